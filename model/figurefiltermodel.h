// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "textfolding.h"

#include <QSet>
#include <QSortFilterProxyModel>
#include <QString>

namespace Atlas {

class FilterCriteria;
class FigureModel;

/*
 * Shows the figures of a FigureModel that pass the FilterCriteria (time window on as_of,
 * sources, text; categories and places apply through the figure's event when it has one),
 * always in date order. The charts and the figures table read it; the table sorts in its own
 * RecordSortModel on top, so a sort there changes no chart. Owns nothing.
 */
class FigureFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit FigureFilterModel(FilterCriteria *criteria, QObject *parent = nullptr);

    // The source must be a FigureModel (other models show unfiltered).
    void setSourceModel(QAbstractItemModel *sourceModel) override;
    // Keeps date order whatever column or order is asked for.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    FilterCriteria *m_criteria;
    FigureModel *m_source = nullptr;
};

} // namespace Atlas
