// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "eventcolumns.h"

#include <QDate>
#include <QStringList>

#include <cstdint>
#include <span>
#include <vector>

namespace Atlas {

struct Dataset;

// The width of a time bin. Weeks are ISO weeks (Monday to Sunday); all dates are UTC days.
enum class TimeBin { Day, Week, Month, Year };
// What splits the events of a bin: their category, first actor, first place or the country of
// their first place.
enum class EventGrouping { Category, Actor, Country, Place };

/*
 * The counts of some events per time bin and group, with their fatality sums, as integers.
 * bins × groups, row-major: value(bin, group) = counts[bin * groupCount() + group]. The groups
 * are the topN ids with the most events (most first, ties by id), then "Other" (every other id)
 * and "None" (events without an actor or place) when they hold any event, so every event is in
 * exactly one cell and the cells sum to the number of dated events aggregated.
 */
struct EventAggregation
{
    enum class GroupKind { Id, Other, None };
    struct Group
    {
        GroupKind kind = GroupKind::Id;
        QString id; // category id, actor id, ISO country code or place id; empty for Other/None
    };

    TimeBin binSize = TimeBin::Month;
    EventGrouping grouping = EventGrouping::Category;
    std::vector<QDate> binStarts; // first day of each bin, consecutive, from the first event's bin to the last
    std::vector<Group> groups;
    std::vector<qint64> counts;     // events per cell
    std::vector<qint64> fatalities; // sum of the cell's events' best fatality counts (rounded); none counts 0
    qint64 eventCount = 0;          // every event aggregated: the sum of counts, plus undated
    qint64 undated = 0;             // events without a first day: in eventCount, in no cell

    int binCount() const { return int(binStarts.size()); }
    int groupCount() const { return int(groups.size()); }
    qint64 count(int binIndex, int groupIndex) const
    {
        return counts[std::size_t(binIndex) * groups.size() + std::size_t(groupIndex)];
    }
    qint64 fatalitySum(int binIndex, int groupIndex) const
    {
        return fatalities[std::size_t(binIndex) * groups.size() + std::size_t(groupIndex)];
    }
    qint64 groupTotal(int groupIndex, bool fatalitySums = false) const;
    qint64 binTotal(int binIndex, bool fatalitySums = false) const;
    // The last day of a bin.
    QDate binEnd(int binIndex) const;
};

/*
 * Aggregates the events of one EventColumns: made once per dataset (it maps each place to its
 * country once), then aggregate() per chart and filter. Events whose date is uncertain (a month,
 * a year, a range) are binned by their first day, as the timeline orders them: "2020" counts in
 * January 2020, or in its first ISO week. The rows come from the filter (the source rows of an
 * EventFilterModel); aggregate() walks them twice, once to rank the groups and once to fill the
 * cells, reading only integer columns. Owns nothing but its country table; the columns must
 * outlive it.
 */
class EventAggregator
{
public:
    EventAggregator(const EventColumns &columns, const Dataset &dataset);

    EventAggregation aggregate(std::span<const int> rows, TimeBin bin, EventGrouping grouping, int topN) const;

    // The first day of the bin that holds `day` (a Julian day number).
    static qint32 binStartDay(qint32 day, TimeBin bin);
    // The first day of the bin after the one starting at `start`.
    static qint32 nextBinStartDay(qint32 start, TimeBin bin);

    static constexpr quint32 NoKey = 0xffffffffu;
    // The key of a row for a grouping (an index into keyIds()), or NoKey.
    quint32 key(int row, EventGrouping grouping) const;
    const QStringList &keyIds(EventGrouping grouping) const;

private:
    const EventColumns &m_columns;
    std::vector<quint32> m_placeCountry; // country index of each place index, or NoKey
    QStringList m_countryIds;
};

} // namespace Atlas
