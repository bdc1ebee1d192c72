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

// The whole selection is mapped each time rather than the change: the two sides then cannot
// drift apart, and select() announces nothing when nothing differs.
void SelectionMirror::selectionToShared()
{
    if (m_mirroring)
        return;
    const QScopedValueRollback guard(m_mirroring, true);
    m_shared->select(m_proxy->mapSelectionToSource(m_local->selection()), QItemSelectionModel::ClearAndSelect);
}

void SelectionMirror::selectionFromShared()
{
    if (m_mirroring)
        return;
    const QScopedValueRollback guard(m_mirroring, true);
    m_local->select(m_proxy->mapSelectionFromSource(m_shared->selection()), QItemSelectionModel::ClearAndSelect);
}

void SelectionMirror::currentToShared()
{
    if (m_mirroring)
        return;
    const QScopedValueRollback guard(m_mirroring, true);
    m_shared->setCurrentIndex(m_proxy->mapToSource(m_local->currentIndex()), QItemSelectionModel::NoUpdate);
}

void SelectionMirror::currentFromShared()
{
    if (m_mirroring)
        return;
    const QScopedValueRollback guard(m_mirroring, true);
    m_local->setCurrentIndex(m_proxy->mapFromSource(m_shared->currentIndex()), QItemSelectionModel::NoUpdate);
}

} // namespace Atlas
