// SPDX-License-Identifier: GPL-3.0-or-later
#include "selectionmirror.h"

#include <QAbstractProxyModel>
#include <QItemSelectionModel>
#include <QScopedValueRollback>

namespace Atlas {

SelectionMirror::SelectionMirror(QItemSelectionModel *shared, QAbstractProxyModel *proxy, QObject *parent)
    : QObject(parent)
    , m_shared(shared)
    , m_proxy(proxy)
    , m_local(new QItemSelectionModel(proxy, this))
{
    Q_ASSERT(proxy->sourceModel() == shared->model());
    connect(m_local, &QItemSelectionModel::selectionChanged, this, &SelectionMirror::selectionToShared);
    connect(m_local, &QItemSelectionModel::currentChanged, this, &SelectionMirror::currentToShared);
    connect(m_shared, &QItemSelectionModel::selectionChanged, this, &SelectionMirror::selectionFromShared);
    connect(m_shared, &QItemSelectionModel::currentChanged, this, &SelectionMirror::currentFromShared);
    selectionFromShared();
    currentFromShared();
}

template<typename Change>
void SelectionMirror::mirror(Change change)
{
    if (m_mirroring)
        return; // the echo of a change this mirror is making
    const QScopedValueRollback guard(m_mirroring, true);
    change();
}

// The whole selection is mapped each time rather than the change: the two sides then cannot
// drift apart, and select() announces nothing when nothing differs.
void SelectionMirror::selectionToShared()
{
    mirror([this] {
        m_shared->select(m_proxy->mapSelectionToSource(m_local->selection()), QItemSelectionModel::ClearAndSelect);
    });
}

void SelectionMirror::selectionFromShared()
{
    mirror([this] {
        m_local->select(m_proxy->mapSelectionFromSource(m_shared->selection()), QItemSelectionModel::ClearAndSelect);
    });
}

void SelectionMirror::currentToShared()
{
    mirror([this] {
        m_shared->setCurrentIndex(m_proxy->mapToSource(m_local->currentIndex()), QItemSelectionModel::NoUpdate);
    });
}

void SelectionMirror::currentFromShared()
{
    mirror([this] {
        m_local->setCurrentIndex(m_proxy->mapFromSource(m_shared->currentIndex()), QItemSelectionModel::NoUpdate);
    });
}

} // namespace Atlas
