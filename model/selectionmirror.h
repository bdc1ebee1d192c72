// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QAbstractProxyModel;
class QItemSelectionModel;

namespace Atlas {

/*
 * Keeps the selection of a view that shows a proxy (a table on its RecordSortModel) in step with
 * the shared selection on the proxy's source (AtlasDocument::eventSelection() on
 * eventFilterModel()), both ways: rows selected in the view select the same records in the
 * shared selection, and records selected elsewhere select their rows here and become the
 * current row, wherever the proxy sorted them. A guard keeps each side from echoing the change
 * it just received, so there is no feedback loop. Owns the view's selection model.
 */
class SelectionMirror : public QObject
{
    Q_OBJECT

public:
    // `proxy`'s source model must be `shared`'s model.
    SelectionMirror(QItemSelectionModel *shared, QAbstractProxyModel *proxy, QObject *parent = nullptr);

    // The selection model for the view of the proxy.
    QItemSelectionModel *selectionModel() const { return m_local; }
    QItemSelectionModel *sharedSelection() const { return m_shared; }

private:
    void selectionToShared();
    void selectionFromShared();
    void currentToShared();
    void currentFromShared();
    // Runs a change of one side unless it is the echo of a change this mirror is making.
    template<typename Change>
    void mirror(Change change);

    QItemSelectionModel *m_shared;
    QAbstractProxyModel *m_proxy;
    QItemSelectionModel *m_local;
    bool m_mirroring = false;
};

} // namespace Atlas
