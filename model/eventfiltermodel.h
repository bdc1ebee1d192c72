// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "textfolding.h"

#include <QSet>
#include <QSortFilterProxyModel>
#include <QString>

namespace Atlas {

class FilterCriteria;
class EventModel;

/*
 * Shows the events of an EventModel that pass the FilterCriteria, always in date order (the
 * vaguer date first on the same day): the timeline, the map and exports read it in that order,
 * and the shared selection model sits on it. Its one job is filtering: the event table sorts
 * in its own RecordSortModel on top, so a sort there changes no other view. Owns nothing.
 */
class EventFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit EventFilterModel(FilterCriteria *criteria, QObject *parent = nullptr);

    // The source must be an EventModel (other models show unfiltered).
    void setSourceModel(QAbstractItemModel *sourceModel) override;
    // Keeps date order whatever column or order is asked for.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    FilterCriteria *m_criteria;
    EventModel *m_source = nullptr;
};

} // namespace Atlas
