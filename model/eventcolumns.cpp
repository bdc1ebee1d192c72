// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventcolumns.h"

#include "filterstate.h"

#include <QHash>

#include <algorithm>
#include <cmath>
#include <limits>

namespace Atlas {

namespace {

// Gives each distinct id an index, in order of first use.
class IdTable
{
public:
    quint32 indexOf(const QString &id)
    {
        const auto found = m_index.constFind(id);
        if (found != m_index.constEnd())
            return *found;
        const auto index = quint32(m_ids.size());
        m_index.insert(id, index);
        m_ids.append(id);
        return index;
    }
    QStringList take() { return std::move(m_ids); }

private:
    QHash<QString, quint32> m_index;
    QStringList m_ids;
};

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

EventColumns::EventColumns(const Dataset &dataset)
{
    const std::size_t count = std::size_t(dataset.events.size());
    m_earliest.reserve(count);
    m_latest.reserve(count);
    m_precision.reserve(count);
    m_category.reserve(count);
    m_lat.reserve(count);
    m_lon.reserve(count);
    m_fatalities.reserve(count);
    m_places.offsets.reserve(count + 1);
    m_actors.offsets.reserve(count + 1);
    m_sources.offsets.reserve(count + 1);

    IdTable categories, places, actors, sources;
    constexpr float none = std::numeric_limits<float>::quiet_NaN();
    for (const Event &event : dataset.events) {
        m_earliest.push_back(julianDay(event.date.earliest(), std::numeric_limits<qint32>::min()));
        m_latest.push_back(julianDay(event.date.latest(), std::numeric_limits<qint32>::max()));
        m_precision.push_back(quint8(event.date.precision));
        m_category.push_back(quint16(std::min<quint32>(categories.indexOf(event.category), 0xffff)));
        const Place *first = event.placeIds.isEmpty() ? nullptr : dataset.place(event.placeIds.constFirst());
        m_lat.push_back(first ? float(first->lat) : none);
        m_lon.push_back(first ? float(first->lon) : none);
        m_fatalities.push_back(event.fatalities.best ? float(*event.fatalities.best) : none);
        for (const QString &id : event.placeIds)
            m_places.entries.push_back(places.indexOf(id));
        m_places.offsets.push_back(quint32(m_places.entries.size()));
        for (const QString &id : event.actorIds)
            m_actors.entries.push_back(actors.indexOf(id));
        m_actors.offsets.push_back(quint32(m_actors.entries.size()));
        for (const QString &id : citedSources(event.citations))
            m_sources.entries.push_back(sources.indexOf(id));
        m_sources.offsets.push_back(quint32(m_sources.entries.size()));
    }
    m_categoryIds = categories.take();
    m_placeIds = places.take();
    m_actorIds = actors.take();
    m_sourceIds = sources.take();
    m_placeLat.reserve(std::size_t(m_placeIds.size()));
    m_placeLon.reserve(std::size_t(m_placeIds.size()));
    for (const QString &id : std::as_const(m_placeIds)) {
        const Place *place = dataset.place(id);
        m_placeLat.push_back(place ? place->lat : std::numeric_limits<double>::quiet_NaN());
        m_placeLon.push_back(place ? place->lon : std::numeric_limits<double>::quiet_NaN());
    }

    m_dateOrder.resize(count);
    for (std::size_t row = 0; row < count; ++row)
        m_dateOrder[row] = qint32(row);
    std::sort(m_dateOrder.begin(), m_dateOrder.end(), [this](qint32 a, qint32 b) {
        const auto ia = std::size_t(a), ib = std::size_t(b);
        if (m_earliest[ia] != m_earliest[ib])
            return m_earliest[ia] < m_earliest[ib];
        if (m_precision[ia] != m_precision[ib])
            return m_precision[ia] < m_precision[ib];
        return a < b;
    });
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
