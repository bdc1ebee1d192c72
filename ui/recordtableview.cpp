// SPDX-License-Identifier: GPL-3.0-or-later
#include "recordtableview.h"

#include "recordsortmodel.h"
#include "selectionmirror.h"

#include <QHeaderView>
#include <QHelpEvent>
#include <QItemSelectionModel>
#include <QTextDocument>
#include <QToolTip>

namespace Atlas {

RecordTableView::RecordTableView(QWidget *parent)
    : QTableView(parent)
    , m_sortModel(new RecordSortModel(this))
{
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setSortingEnabled(true);
    setAlternatingRowColors(true);
    setWordWrap(false);
    verticalHeader()->hide();
    horizontalHeader()->setStretchLastSection(true);
    horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    setModel(m_sortModel);
}

void RecordTableView::setModels(QAbstractItemModel *records, QItemSelectionModel *sharedSelection, int sortColumn)
{
    m_sortModel->setSourceModel(records);
    auto *mirror = new SelectionMirror(sharedSelection, m_sortModel, this);
    QItemSelectionModel *previous = selectionModel();
    setSelectionModel(mirror->selectionModel());
    if (m_selection)
        m_selection->deleteLater(); // with its selection model, the previous one
    else
        previous->deleteLater(); // the one setModel() made
    m_selection = mirror;
    connect(mirror->selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex &current) {
        if (current.isValid())
            scrollTo(current, QAbstractItemView::EnsureVisible);
    });
    sortByColumn(sortColumn, Qt::AscendingOrder);
    resizeColumnsToContents();
}

void RecordTableView::setCollationLanguage(Language language)
{
    m_sortModel->setLanguage(language);
}

bool RecordTableView::viewportEvent(QEvent *event)
{
    if (event->type() != QEvent::ToolTip)
        return QTableView::viewportEvent(event);
    const auto *help = static_cast<QHelpEvent *>(event);
    const QModelIndex index = indexAt(help->pos());
    const QString text = index.data(Qt::ToolTipRole).toString();
    if (text.isEmpty()) {
        QToolTip::hideText();
        event->ignore();
    } else {
        // Data is text, never markup: escaped into rich text that QToolTip shows as it is.
        QToolTip::showText(help->globalPos(), Qt::convertFromPlainText(text, Qt::WhiteSpaceNormal), viewport(),
                           visualRect(index));
    }
    return true;
}

} // namespace Atlas
