// SPDX-License-Identifier: GPL-3.0-or-later
#include "recordtableview.h"

#include <QHeaderView>
#include <QItemSelectionModel>

namespace Atlas {

RecordTableView::RecordTableView(QWidget *parent)
    : QTableView(parent)
{
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setSortingEnabled(true);
    setAlternatingRowColors(true);
    setWordWrap(false);
    verticalHeader()->hide();
    horizontalHeader()->setStretchLastSection(true);
    horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    connect(this, &QAbstractItemView::activated, this, &RecordTableView::activatedRecord);
}

void RecordTableView::setModels(QAbstractItemModel *model, QItemSelectionModel *selection, int sortColumn)
{
    QItemSelectionModel *own = selectionModel();
    setModel(model);
    setSelectionModel(selection);
    if (own && own != selection)
        own->deleteLater(); // the one QAbstractItemView::setModel made; the shared one stays
    sortByColumn(sortColumn, Qt::AscendingOrder);
    connect(selection, &QItemSelectionModel::currentChanged, this, [this](const QModelIndex &current) {
        if (current.isValid())
            scrollTo(current, QAbstractItemView::EnsureVisible);
    });
    resizeColumnsToContents();
}

} // namespace Atlas
