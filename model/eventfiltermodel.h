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
    // The criteria as of their last change, read for every row without copying sets per row.
    TextFolding::Matcher m_matcher;
    QSet<QString> m_categories;
    QSet<QString> m_places;
    QSet<QString> m_sources;
};

} // namespace Atlas
