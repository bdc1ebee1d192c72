// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dataset.h"

#include <QHash>
#include <QStringList>

#include <functional>

#include <cstdint>
#include <vector>

namespace Atlas {

class FilterState;

/*
 * The fields of every event that filtering, ordering and the zoomed-out views read, as
 * contiguous arrays indexed by the event's row in the Dataset: the date interval as Julian day
 * numbers, the precision, the category, places, actors and cited sources as small integers, and
 * the point of the first place. Ids become indices into the tables below once, when the columns
 * are built, so a filter change tests integers rather than hashing strings for every event.
 * Lists of places, actors and sources are stored flat: the entries of row r are
 * entries[offsets[r]] to entries[offsets[r + 1]]. Built by EventModel for each dataset; a value.
 */
class EventColumns
{
public:
    EventColumns() = default;
    explicit EventColumns(const Dataset &dataset);


    int rowCount() const { return int(m_earliest.size()); }

    qint32 earliestDay(int row) const { return m_earliest[std::size_t(row)]; }
    qint32 latestDay(int row) const { return m_latest[std::size_t(row)]; }
    DatePrecision precision(int row) const { return DatePrecision(m_precision[std::size_t(row)]); }
    quint16 category(int row) const { return m_category[std::size_t(row)]; }
    // The point of the event's first place; NaN when it has none.
    float latitude(int row) const { return m_lat[std::size_t(row)]; }
    float longitude(int row) const { return m_lon[std::size_t(row)]; }
    // The best count of fatalities; NaN when the source gives none.
    float fatalities(int row) const { return m_fatalities[std::size_t(row)]; }

    struct Range
    {
        const quint32 *first;
        const quint32 *last;
        const quint32 *begin() const { return first; }
        const quint32 *end() const { return last; }
        bool isEmpty() const { return first == last; }
    };
    Range places(int row) const { return range(m_places, row); }
    Range actors(int row) const { return range(m_actors, row); }
    Range sources(int row) const { return range(m_sources, row); }

    // What the indices stand for: category, place, actor and source ids.
    const QStringList &categoryIds() const { return m_categoryIds; }
    const QStringList &placeIds() const { return m_placeIds; }
    const QStringList &actorIds() const { return m_actorIds; }
    const QStringList &sourceIds() const { return m_sourceIds; }
    // The point of each place index (NaN for an id the dataset does not hold).
    double placeLatitude(quint32 place) const { return m_placeLat[place]; }
    double placeLongitude(quint32 place) const { return m_placeLon[place]; }

    // Every row in chronological order: by first day, on the same day the vaguer date first,
    // then by row (FuzzyDate::compare). Computed once with the columns.
    const std::vector<qint32> &dateOrder() const { return m_dateOrder; }

    // The first earliest day and the last latest day of any event; invalid dates when there
    // are no events (or only open ends).
    std::pair<QDate, QDate> daySpan() const;

    // Equal in every array and id table (NaN equal to NaN).
    bool operator==(const EventColumns &other) const;

private:
    friend class EventColumnsBuilder;
    struct Lists
    {
        std::vector<quint32> offsets{ 0 }; // rowCount() + 1 entries
        std::vector<quint32> entries;
    };
    static Range range(const Lists &lists, int row)
    {
        const quint32 *data = lists.entries.data();
        return Range{ data + lists.offsets[std::size_t(row)], data + lists.offsets[std::size_t(row) + 1] };
    }

    std::vector<qint32> m_earliest;
    std::vector<qint32> m_latest;
    std::vector<quint8> m_precision;
    std::vector<quint16> m_category;
    std::vector<float> m_lat;
    std::vector<float> m_lon;
    std::vector<float> m_fatalities;
    Lists m_places;
    Lists m_actors;
    Lists m_sources;
    QStringList m_categoryIds;
    QStringList m_placeIds;
    QStringList m_actorIds;
    QStringList m_sourceIds;
    std::vector<double> m_placeLat;
    std::vector<double> m_placeLon;
    std::vector<qint32> m_dateOrder;
};

/*
 * Fills the columns row by row, from a Dataset or straight from a project's tables
 * (ProjectEventColumns): each list entry added before its row's add(), ids given an index
 * in order of first use. finish() takes each place id's point and computes the date order.
 */
class EventColumnsBuilder
{
public:
    explicit EventColumnsBuilder(std::size_t expectedRows = 0);
    void addPlace(const QString &id) { m_columns.m_places.entries.push_back(m_placeIds.indexOf(id)); }
    void addActor(const QString &id) { m_columns.m_actors.entries.push_back(m_actorIds.indexOf(id)); }
    void addSource(const QString &id) { m_columns.m_sources.entries.push_back(m_sourceIds.indexOf(id)); }
    // Invalid dates stand for the open ends of the time axis; NaN for no point or count.
    void add(QDate earliest, QDate latest, DatePrecision precision, const QString &category, float latitude,
             float longitude, float fatalities);
    // `placePoint(id)` gives a place's latitude and longitude, NaN for an unknown id.
    EventColumns finish(const std::function<std::pair<double, double>(const QString &)> &placePoint);

private:
    class IdTable
    {
    public:
        quint32 indexOf(const QString &id);
        QStringList take() { return std::move(m_ids); }

    private:
        QHash<QString, quint32> m_index;
        QStringList m_ids;
    };
    EventColumns m_columns;
    IdTable m_categoryIds, m_placeIds, m_actorIds, m_sourceIds;
};

/*
 * A FilterState prepared for one EventColumns: its id sets as flags per index, so accepts(row)
 * runs on integers only. The text query is not tested here (it needs the event's text): the
 * caller tests it on the rows that pass the rest. Make a new one whenever the state changes.
 */
class EventColumnFilter
{
public:
    EventColumnFilter(const EventColumns &columns, const FilterState &state);

    bool accepts(int row) const
    {
        if (m_window && !acceptsDays(m_columns.earliestDay(row), m_columns.latestDay(row)))
            return false;
        if (m_byCategory && !m_categories[m_columns.category(row)])
            return false;
        if (m_byPlace && !any(m_places, m_columns.places(row)))
            return false;
        if (m_bySource && !any(m_sources, m_columns.sources(row)))
            return false;
        if (m_byActor && !any(m_actors, m_columns.actors(row)))
            return false;
        if (m_byExtent && !any(m_placesInExtent, m_columns.places(row)))
            return false;
        return true;
    }

private:
    static bool any(const std::vector<bool> &chosen, EventColumns::Range range)
    {
        for (quint32 index : range) {
            if (chosen[index])
                return true;
        }
        return false;
    }
    bool acceptsDays(qint32 earliest, qint32 latest) const
    {
        return m_inside ? earliest >= m_from && latest <= m_to : earliest <= m_to && latest >= m_from;
    }

    const EventColumns &m_columns;
    bool m_window = false;
    bool m_inside = false;
    qint32 m_from = 0;
    qint32 m_to = 0;
    bool m_byCategory = false;
    bool m_byPlace = false;
    bool m_bySource = false;
    bool m_byActor = false;
    bool m_byExtent = false;
    std::vector<bool> m_categories; // one flag per category index: chosen or not
    std::vector<bool> m_places;
    std::vector<bool> m_sources;
    std::vector<bool> m_actors;
    std::vector<bool> m_placesInExtent;
};

} // namespace Atlas
