// SPDX-License-Identifier: GPL-3.0-or-later
#include "figurefiltermodel.h"

#include "figuremodel.h"
#include "filtercriteria.h"
#include "textfolding.h"

namespace Atlas {

FigureFilterModel::FigureFilterModel(FilterCriteria *criteria, QObject *parent)
    : QSortFilterProxyModel(parent)
    , m_criteria(criteria)
{
    // invalidate(), not invalidateRowsFilter(): one pass that keeps the selection (see EventFilterModel).
    connect(m_criteria, &FilterCriteria::changed, this, &QSortFilterProxyModel::invalidate);
}

void FigureFilterModel::setSourceModel(QAbstractItemModel *sourceModel)
{
    m_source = qobject_cast<FigureModel *>(sourceModel);
    QSortFilterProxyModel::setSourceModel(sourceModel);
    sort(FigureModel::DateColumn);
}

bool FigureFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const Figure *figure = m_source && !sourceParent.isValid() ? m_source->figureAt(sourceRow) : nullptr;
    if (!figure)
        return true;
    const EventRef event = figure->eventId.isEmpty() ? nullptr : m_source->dataset()->event(figure->eventId);
    return m_criteria->state().acceptsFigure(*figure, event.get(), *m_source->dataset(), m_source->searchText(sourceRow));
}

void FigureFilterModel::sort(int, Qt::SortOrder)
{
    QSortFilterProxyModel::sort(FigureModel::DateColumn, Qt::AscendingOrder);
}

bool FigureFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const Figure *a = m_source ? m_source->figure(left) : nullptr;
    const Figure *b = m_source ? m_source->figure(right) : nullptr;
    if (!a || !b)
        return QSortFilterProxyModel::lessThan(left, right);
    const int order = FuzzyDate::compare(a->asOf, b->asOf);
    return order != 0 ? order < 0 : left.row() < right.row();
}

} // namespace Atlas
