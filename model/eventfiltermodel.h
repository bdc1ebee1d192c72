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
 * Shows the events of an EventModel that pass the FilterCriteria, sorted as a view asks.
 * Every event view (timeline, table, map) reads this one proxy, so the shared selection model
 * sits on it. Owns nothing.
 */
class EventFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit EventFilterModel(FilterCriteria *criteria, QObject *parent = nullptr);

    // The source must be an EventModel (other models show unfiltered).
    void setSourceModel(QAbstractItemModel *sourceModel) override;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    FilterCriteria *m_criteria;
    EventModel *m_source = nullptr;
};

} // namespace Atlas
