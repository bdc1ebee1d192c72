// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "rowmapproxymodel.h"

#include <vector>

namespace Atlas {

class FilterCriteria;
class EventModel;

/*
 * Shows the events of an EventModel that pass the FilterCriteria, always in date order (the
 * vaguer date first on the same day): the timeline, the map and exports read it in that order,
 * and the shared selection model sits on it. Its one job is filtering: the event table sorts
 * in its own RecordSortModel on top, so a sort there changes no other view. Owns nothing.
 *
 * A flat proxy over the EventModel's EventColumns rather than a QSortFilterProxyModel: the date
 * order is computed once per dataset, and a filter change walks it once, testing integers
 * (EventColumnFilter) and the rows the text query matches (EventModel::rowsMatching, kept
 * while the query stays), then announces
 * one layout change, so selections and other persistent indexes follow their rows.
 */
class EventFilterModel : public RowMapProxyModel
{
    Q_OBJECT

public:
    explicit EventFilterModel(FilterCriteria *criteria, QObject *parent = nullptr);

    // The source must be an EventModel (another model shows no rows).
    void setSourceModel(QAbstractItemModel *sourceModel) override;
    // The order is always the date order; sorting is the table's (RecordSortModel).
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

private:
    // The source rows that pass now, in date order.
    std::vector<int> passingRows() const;
    void refilter();
    void resetFromSource();
    void forwardDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight, const QList<int> &roles);

    FilterCriteria *m_criteria;
    EventModel *m_source = nullptr;
    QList<QMetaObject::Connection> m_sourceConnections;
};

} // namespace Atlas
