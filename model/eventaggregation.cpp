// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventaggregation.h"

#include "dataset.h"

#include <QHash>

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

namespace Atlas {

namespace {

constexpr qint32 Undated = std::numeric_limits<qint32>::min();

qint32 floorDiv(qint32 a, qint32 b)
{
    return a / b - ((a % b != 0) && ((a < 0) != (b < 0)) ? 1 : 0);
}

// A number per bin that grows by one from each bin to the next: the day, the ISO week (Julian
// day 0 is a Monday), year × 12 + month − 1, or the year.
qint32 ordinal(qint32 day, TimeBin bin)
{
    switch (bin) {
    case TimeBin::Day: return day;
    case TimeBin::Week: return floorDiv(day, 7);
    case TimeBin::Month: {
        const QDate date = QDate::fromJulianDay(day);
        return date.year() * 12 + date.month() - 1;
    }
    case TimeBin::Year: return QDate::fromJulianDay(day).year();
    }
    return day;
}

QDate ordinalStart(qint32 value, TimeBin bin)
{
    switch (bin) {
    case TimeBin::Day: return QDate::fromJulianDay(value);
    case TimeBin::Week: return QDate::fromJulianDay(qint64(value) * 7);
    case TimeBin::Month: return QDate(floorDiv(value, 12), value - floorDiv(value, 12) * 12 + 1, 1);
    case TimeBin::Year: return QDate(value, 1, 1);
    }
    return {};
}

} // namespace

qint64 EventAggregation::groupTotal(int groupIndex, bool fatalitySums) const
{
    const std::vector<qint64> &cells = fatalitySums ? fatalities : counts;
    qint64 total = 0;
    for (int b = 0; b < binCount(); ++b)
        total += cells[std::size_t(b) * groups.size() + std::size_t(groupIndex)];
    return total;
}

qint64 EventAggregation::binTotal(int binIndex, bool fatalitySums) const
{
    const std::vector<qint64> &cells = fatalitySums ? fatalities : counts;
    const auto first = cells.begin() + std::ptrdiff_t(std::size_t(binIndex) * groups.size());
    return std::accumulate(first, first + std::ptrdiff_t(groups.size()), qint64(0));
}

QDate EventAggregation::binEnd(int binIndex) const
{
    const qint32 start = qint32(binStarts[std::size_t(binIndex)].toJulianDay());
    return QDate::fromJulianDay(EventAggregator::nextBinStartDay(start, binSize) - 1);
}

EventAggregator::EventAggregator(const EventColumns &columns, const Dataset &dataset)
    : m_columns(columns)
{
    QHash<QString, quint32> countryIndex;
    m_placeCountry.reserve(std::size_t(columns.placeIds().size()));
    for (const QString &id : columns.placeIds()) {
        const Place *place = dataset.place(id);
        if (!place || place->country.isEmpty()) {
            m_placeCountry.push_back(NoKey);
            continue;
        }
        auto found = countryIndex.constFind(place->country);
        if (found == countryIndex.constEnd()) {
            found = countryIndex.insert(place->country, quint32(m_countryIds.size()));
            m_countryIds.append(place->country);
        }
        m_placeCountry.push_back(*found);
    }
}

qint32 EventAggregator::binStartDay(qint32 day, TimeBin bin)
{
    return qint32(ordinalStart(ordinal(day, bin), bin).toJulianDay());
}

qint32 EventAggregator::nextBinStartDay(qint32 start, TimeBin bin)
{
    return qint32(ordinalStart(ordinal(start, bin) + 1, bin).toJulianDay());
}

quint32 EventAggregator::key(int row, EventGrouping grouping) const
{
    switch (grouping) {
    case EventGrouping::Category: return m_columns.category(row);
    case EventGrouping::Actor: {
        const EventColumns::Range actors = m_columns.actors(row);
        return actors.isEmpty() ? NoKey : *actors.first;
    }
    case EventGrouping::Place: {
        const EventColumns::Range places = m_columns.places(row);
        return places.isEmpty() ? NoKey : *places.first;
    }
    case EventGrouping::Country: {
        const EventColumns::Range places = m_columns.places(row);
        return places.isEmpty() ? NoKey : m_placeCountry[*places.first];
    }
    }
    return NoKey;
}

const QStringList &EventAggregator::keyIds(EventGrouping grouping) const
{
    switch (grouping) {
    case EventGrouping::Category: return m_columns.categoryIds();
    case EventGrouping::Actor: return m_columns.actorIds();
    case EventGrouping::Place: return m_columns.placeIds();
    case EventGrouping::Country: return m_countryIds;
    }
    return m_countryIds;
}

EventAggregation EventAggregator::aggregate(std::span<const int> rows, TimeBin bin, EventGrouping grouping,
                                            int topN) const
{
    EventAggregation result;
    result.binSize = bin;
    result.grouping = grouping;
    result.eventCount = qint64(rows.size());

    // First walk: events per key (the last slot holds "none") and the span of bins.
    const QStringList &ids = keyIds(grouping);
    const std::size_t keyCount = std::size_t(ids.size());
    std::vector<qint64> perKey(keyCount + 1, 0);
    std::vector<qint32> ordinals(rows.size());
    qint32 firstOrdinal = std::numeric_limits<qint32>::max();
    qint32 lastOrdinal = std::numeric_limits<qint32>::min();
    for (std::size_t i = 0; i < rows.size(); ++i) {
        const int row = rows[i];
        const qint32 day = m_columns.earliestDay(row);
        if (day == Undated) {
            ++result.undated;
            continue;
        }
        const quint32 k = key(row, grouping);
        ++perKey[k == NoKey ? keyCount : k];
        const qint32 value = ordinal(day, bin);
        ordinals[i] = value;
        firstOrdinal = std::min(firstOrdinal, value);
        lastOrdinal = std::max(lastOrdinal, value);
    }

    // The top N keys by events, then Other and None when they hold events.
    std::vector<quint32> ranked;
    for (std::size_t k = 0; k < keyCount; ++k) {
        if (perKey[k] > 0)
            ranked.push_back(quint32(k));
    }
    std::sort(ranked.begin(), ranked.end(), [&](quint32 a, quint32 b) {
        if (perKey[a] != perKey[b])
            return perKey[a] > perKey[b];
        return ids.at(a) < ids.at(b);
    });
    const std::size_t shown = std::min(ranked.size(), std::size_t(std::max(topN, 0)));
    std::vector<quint32> slot(keyCount + 1, 0);
    for (std::size_t i = 0; i < shown; ++i) {
        slot[ranked[i]] = quint32(i);
        result.groups.push_back({ EventAggregation::GroupKind::Id, ids.at(ranked[i]) });
    }
    if (shown < ranked.size()) {
        for (std::size_t i = shown; i < ranked.size(); ++i)
            slot[ranked[i]] = quint32(result.groups.size());
        result.groups.push_back({ EventAggregation::GroupKind::Other, {} });
    }
    if (perKey[keyCount] > 0) {
        slot[keyCount] = quint32(result.groups.size());
        result.groups.push_back({ EventAggregation::GroupKind::None, {} });
    }

    if (firstOrdinal > lastOrdinal)
        return result;
    const std::size_t binCount = std::size_t(lastOrdinal - firstOrdinal) + 1;
    result.binStarts.reserve(binCount);
    for (qint32 value = firstOrdinal; value <= lastOrdinal; ++value)
        result.binStarts.push_back(ordinalStart(value, bin));

    // Second walk: the cells.
    const std::size_t groupCount = result.groups.size();
    result.counts.assign(binCount * groupCount, 0);
    result.fatalities.assign(binCount * groupCount, 0);
    for (std::size_t i = 0; i < rows.size(); ++i) {
        const int row = rows[i];
        if (m_columns.earliestDay(row) == Undated)
            continue;
        const quint32 k = key(row, grouping);
        const std::size_t cell = std::size_t(ordinals[i] - firstOrdinal) * groupCount + slot[k == NoKey ? keyCount : k];
        ++result.counts[cell];
        const float dead = m_columns.fatalities(row);
        if (!std::isnan(dead))
            result.fatalities[cell] += std::llround(dead);
    }
    return result;
}

} // namespace Atlas
