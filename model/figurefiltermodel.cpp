// SPDX-License-Identifier: GPL-3.0-or-later
#include "figurefiltermodel.h"

#include "collation.h"
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
}

bool FigureFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const Figure *figure = m_source && !sourceParent.isValid() ? m_source->figureAt(sourceRow) : nullptr;
    if (!figure)
        return true;
    const Event *event = figure->eventId.isEmpty() ? nullptr : m_source->dataset()->event(figure->eventId);
    return m_criteria->state().acceptsFigure(*figure, event, m_source->searchText(sourceRow));
}

bool FigureFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const Figure *a = m_source ? m_source->figure(left) : nullptr;
    const Figure *b = m_source ? m_source->figure(right) : nullptr;
    if (!a || !b)
        return QSortFilterProxyModel::lessThan(left, right);

    switch (left.column()) {
    case FigureModel::DateColumn: {
        const QDate startA = a->asOf.earliest();
        const QDate startB = b->asOf.earliest();
        if (startA != startB)
            return startA < startB;
        if (a->asOf.precision != b->asOf.precision)
            return a->asOf.precision < b->asOf.precision;
        return left.row() < right.row();
    }
    case FigureModel::ValueColumn: {
        // Ranges sort by their lower end; figures without a number go first.
        const double valueA = a->value.value_or(a->min.value_or(-qInf()));
        const double valueB = b->value.value_or(b->min.value_or(-qInf()));
        if (valueA != valueB)
            return valueA < valueB;
        return left.row() < right.row();
    }
    default:
        break;
    }
    const int order = Collation::compare(m_source->language(), m_source->data(left).toString(),
                                         m_source->data(right).toString());
    return order != 0 ? order < 0 : left.row() < right.row();
}

} // namespace Atlas
