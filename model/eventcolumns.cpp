// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventcolumns.h"

#include "filterstate.h"

#include <QHash>

#include <algorithm>
#include <cmath>
#include <limits>

namespace Atlas {

namespace {

qint32 julianDay(QDate date, qint32 unknown)
{
    return date.isValid() ? qint32(date.toJulianDay()) : unknown;
}

std::vector<bool> flags(const QStringList &ids, const QSet<QString> &chosen)
{
    std::vector<bool> result(std::size_t(ids.size()), false);
    for (qsizetype i = 0; i < ids.size(); ++i)
        result[std::size_t(i)] = chosen.contains(ids.at(i));
    return result;
}

} // namespace

quint32 EventColumnsBuilder::IdTable::indexOf(const QString &id)
{
    const auto found = m_index.constFind(id);
    if (found != m_index.constEnd())
        return *found;
    const auto index = quint32(m_ids.size());
    m_index.insert(id, index);
    m_ids.append(id);
    return index;
}

EventColumnsBuilder::EventColumnsBuilder(std::size_t expectedRows)
{
    m_columns.m_earliest.reserve(expectedRows);
    m_columns.m_latest.reserve(expectedRows);
    m_columns.m_precision.reserve(expectedRows);
    m_columns.m_category.reserve(expectedRows);
    m_columns.m_lat.reserve(expectedRows);
    m_columns.m_lon.reserve(expectedRows);
    m_columns.m_fatalities.reserve(expectedRows);
    m_columns.m_places.offsets.reserve(expectedRows + 1);
    m_columns.m_actors.offsets.reserve(expectedRows + 1);
    m_columns.m_sources.offsets.reserve(expectedRows + 1);
}

std::pair<QDate, QDate> EventColumns::daySpan() const
{
    constexpr qint32 openStart = std::numeric_limits<qint32>::min();
    constexpr qint32 openEnd = std::numeric_limits<qint32>::max();
    qint32 first = openEnd;
    qint32 last = openStart;
    for (const qint32 day : m_earliest) {
        if (day != openStart)
            first = std::min(first, day);
    }
    for (const qint32 day : m_latest) {
        if (day != openEnd)
            last = std::max(last, day);
    }
    return { first == openEnd ? QDate() : QDate::fromJulianDay(first),
             last == openStart ? QDate() : QDate::fromJulianDay(last) };
}

void EventColumnsBuilder::add(QDate earliest, QDate latest, DatePrecision precision, const QString &category,
                                float latitude, float longitude, float fatalities)
{
    EventColumns &c = m_columns;
    c.m_earliest.push_back(julianDay(earliest, std::numeric_limits<qint32>::min()));
    c.m_latest.push_back(julianDay(latest, std::numeric_limits<qint32>::max()));
    c.m_precision.push_back(quint8(precision));
    c.m_category.push_back(quint16(std::min<quint32>(m_categoryIds.indexOf(category), 0xffff)));
    c.m_lat.push_back(latitude);
    c.m_lon.push_back(longitude);
    c.m_fatalities.push_back(fatalities);
    c.m_places.offsets.push_back(quint32(c.m_places.entries.size()));
    c.m_actors.offsets.push_back(quint32(c.m_actors.entries.size()));
    c.m_sources.offsets.push_back(quint32(c.m_sources.entries.size()));
}

EventColumns EventColumnsBuilder::finish(const std::function<std::pair<double, double>(const QString &)> &placePoint)
{
    EventColumns c = std::move(m_columns);
    m_columns = EventColumns();
    c.m_categoryIds = m_categoryIds.take();
    c.m_placeIds = m_placeIds.take();
    c.m_actorIds = m_actorIds.take();
    c.m_sourceIds = m_sourceIds.take();
    c.m_placeLat.reserve(std::size_t(c.m_placeIds.size()));
    c.m_placeLon.reserve(std::size_t(c.m_placeIds.size()));
    for (const QString &id : std::as_const(c.m_placeIds)) {
        const auto [lat, lon] = placePoint(id);
        c.m_placeLat.push_back(lat);
        c.m_placeLon.push_back(lon);
    }

    const std::size_t count = c.m_earliest.size();
    c.m_dateOrder.resize(count);
    for (std::size_t row = 0; row < count; ++row)
        c.m_dateOrder[row] = qint32(row);
    std::sort(c.m_dateOrder.begin(), c.m_dateOrder.end(), [&c](qint32 a, qint32 b) {
        const auto ia = std::size_t(a), ib = std::size_t(b);
        if (c.m_earliest[ia] != c.m_earliest[ib])
            return c.m_earliest[ia] < c.m_earliest[ib];
        if (c.m_precision[ia] != c.m_precision[ib])
            return c.m_precision[ia] < c.m_precision[ib];
        return a < b;
    });
    return c;
}

EventColumns::EventColumns(const Dataset &dataset)
{
    EventColumnsBuilder builder(std::size_t(dataset.events.size()));
    constexpr float none = std::numeric_limits<float>::quiet_NaN();
    for (const Event &event : dataset.events) {
        for (const QString &id : event.placeIds)
            builder.addPlace(id);
        for (const QString &id : event.actorIds)
            builder.addActor(id);
        for (const QString &id : citedSources(event.citations))
            builder.addSource(id);
        const Place *first = event.placeIds.isEmpty() ? nullptr : dataset.place(event.placeIds.constFirst());
        builder.add(event.date.earliest(), event.date.latest(), event.date.precision, event.category,
                    first ? float(first->lat) : none, first ? float(first->lon) : none,
                    event.fatalities.best ? float(*event.fatalities.best) : none);
    }
    *this = builder.finish([&dataset](const QString &id) {
        const Place *place = dataset.place(id);
        constexpr double unknown = std::numeric_limits<double>::quiet_NaN();
        return place ? std::pair(place->lat, place->lon) : std::pair(unknown, unknown);
    });
}

bool EventColumns::operator==(const EventColumns &other) const
{
    const auto nanEqual = [](const auto &a, const auto &b) {
        return std::equal(a.begin(), a.end(), b.begin(), b.end(), [](auto x, auto y) {
            return x == y || (std::isnan(double(x)) && std::isnan(double(y)));
        });
    };
    return m_earliest == other.m_earliest && m_latest == other.m_latest && m_precision == other.m_precision
        && m_category == other.m_category && nanEqual(m_lat, other.m_lat) && nanEqual(m_lon, other.m_lon)
        && nanEqual(m_fatalities, other.m_fatalities) && m_places.offsets == other.m_places.offsets
        && m_places.entries == other.m_places.entries && m_actors.offsets == other.m_actors.offsets
        && m_actors.entries == other.m_actors.entries && m_sources.offsets == other.m_sources.offsets
        && m_sources.entries == other.m_sources.entries && m_categoryIds == other.m_categoryIds
        && m_placeIds == other.m_placeIds && m_actorIds == other.m_actorIds && m_sourceIds == other.m_sourceIds
        && nanEqual(m_placeLat, other.m_placeLat) && nanEqual(m_placeLon, other.m_placeLon)
        && m_dateOrder == other.m_dateOrder;
}

EventColumnFilter::EventColumnFilter(const EventColumns &columns, const FilterState &state)
    : m_columns(columns)
    , m_window(state.hasTimeWindow())
    , m_inside(state.windowMatch() == WindowMatch::Inside)
    , m_from(julianDay(state.from(), std::numeric_limits<qint32>::min()))
    , m_to(julianDay(state.to(), std::numeric_limits<qint32>::max()))
    , m_byCategory(!state.categories().isEmpty())
    , m_byPlace(!state.places().isEmpty())
    , m_bySource(!state.sources().isEmpty())
    , m_byActor(!state.actors().isEmpty())
    , m_byExtent(!state.extent().isEmpty())
{
    if (m_byCategory)
        m_categories = flags(columns.categoryIds(), state.categories());
    if (m_byPlace)
        m_places = flags(columns.placeIds(), state.places());
    if (m_bySource)
        m_sources = flags(columns.sourceIds(), state.sources());
    if (m_byActor)
        m_actors = flags(columns.actorIds(), state.actors());
    if (m_byExtent) {
        m_placesInExtent.resize(std::size_t(columns.placeIds().size()));
        for (std::size_t i = 0; i < m_placesInExtent.size(); ++i) {
            const double lat = columns.placeLatitude(quint32(i));
            m_placesInExtent[i] = !std::isnan(lat) && state.extent().contains(lat, columns.placeLongitude(quint32(i)));
        }
    }
}

} // namespace Atlas
