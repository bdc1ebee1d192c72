// SPDX-License-Identifier: GPL-3.0-or-later
#include "filterstate.h"

#include <QStringList>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace Atlas {

namespace {

QString sortedList(const QSet<QString> &set)
{
    QStringList list(set.cbegin(), set.cend());
    std::sort(list.begin(), list.end());
    return list.join(u',');
}

} // namespace

GeoExtent GeoExtent::fromCorners(double lat1, double lon1, double lat2, double lon2)
{
    GeoExtent extent;
    if (!std::isfinite(lat1) || !std::isfinite(lon1) || !std::isfinite(lat2) || !std::isfinite(lon2))
        return extent;
    extent.south = std::min(lat1, lat2);
    extent.north = std::max(lat1, lat2);
    extent.west = std::min(lon1, lon2);
    extent.east = std::max(lon1, lon2);
    extent.valid = true;
    return extent;
}

void FilterState::setTimeWindow(QDate from, QDate to)
{
    if (from.isValid() && to.isValid() && to < from)
        std::swap(from, to);
    m_from = from;
    m_to = to;
    m_fromDay = from.isValid() ? from.toJulianDay() : std::numeric_limits<qint64>::min();
    m_toDay = to.isValid() ? to.toJulianDay() : std::numeric_limits<qint64>::max();
}

bool FilterState::acceptsPeriod(QDate earliest, QDate latest) const
{
    // An unknown end is taken as open on that side.
    return acceptsDays(earliest.isValid() ? earliest.toJulianDay() : std::numeric_limits<qint64>::min() + 1,
                       latest.isValid() ? latest.toJulianDay() : std::numeric_limits<qint64>::max() - 1);
}

void FilterState::setQuery(const QString &query)
{
    m_query = query;
    const QString folded = TextFolding::fold(query);
    if (folded == m_foldedQuery)
        return;
    m_foldedQuery = folded;
    m_matcher = TextFolding::Matcher(m_foldedQuery);
}

bool FilterState::acceptsCategory(const QString &category) const
{
    return m_categories.isEmpty() || m_categories.contains(category);
}

bool FilterState::acceptsAnyPlace(const QStringList &placeIds) const
{
    return m_places.isEmpty()
        || std::any_of(placeIds.cbegin(), placeIds.cend(), [this](const QString &id) { return m_places.contains(id); });
}

bool FilterState::acceptsAnySource(const QList<Citation> &citations) const
{
    return m_sources.isEmpty() || std::any_of(citations.cbegin(), citations.cend(), [this](const Citation &citation) {
               return m_sources.contains(citation.sourceId);
           });
}

bool FilterState::acceptsAnyActor(const QStringList &actorIds) const
{
    return m_actors.isEmpty()
        || std::any_of(actorIds.cbegin(), actorIds.cend(), [this](const QString &id) { return m_actors.contains(id); });
}

bool FilterState::acceptsAnyPlaceIn(const QStringList &placeIds, const Dataset &dataset) const
{
    return m_extent.isEmpty() || std::any_of(placeIds.cbegin(), placeIds.cend(), [&](const QString &id) {
               const Place *place = dataset.place(id);
               return place && m_extent.contains(place->lat, place->lon);
           });
}

bool FilterState::acceptsEvent(const Event &event, const Dataset &dataset,
                               const TextFolding::IndexedText &searchText) const
{
    if (hasTimeWindow() && !acceptsPeriod(event.date.earliest(), event.date.latest()))
        return false;
    if (!acceptsCategory(event.category) || !acceptsAnyPlace(event.placeIds) || !acceptsAnySource(event.citations)
        || !acceptsAnyActor(event.actorIds) || !acceptsAnyPlaceIn(event.placeIds, dataset))
        return false;
    return m_matcher.isEmpty() || m_matcher.matches(searchText);
}

bool FilterState::acceptsFigure(const Figure &figure, const Event *event, const Dataset &dataset,
                                const TextFolding::IndexedText &searchText) const
{
    if (hasTimeWindow() && !acceptsPeriod(figure.asOf.earliest(), figure.asOf.latest()))
        return false;
    if (!acceptsAnySource(figure.citations))
        return false;
    if (!m_actors.isEmpty() && !m_actors.contains(figure.subject) && !m_actors.contains(figure.estimatedBy)
        && !(event && acceptsAnyActor(event->actorIds)))
        return false;
    // Categories, places and the extent belong to events: they narrow figures that have an event.
    if (event && (!acceptsCategory(event->category) || !acceptsAnyPlace(event->placeIds)
                  || !acceptsAnyPlaceIn(event->placeIds, dataset)))
        return false;
    return m_matcher.isEmpty() || m_matcher.matches(searchText);
}

bool FilterState::isEmpty() const
{
    return !hasTimeWindow() && m_categories.isEmpty() && m_places.isEmpty() && m_sources.isEmpty()
        && m_actors.isEmpty() && m_extent.isEmpty() && m_foldedQuery.isEmpty();
}

QString FilterState::describe() const
{
    QStringList parts;
    if (hasTimeWindow()) {
        parts.append(u"%1..%2%3"_s.arg(m_from.isValid() ? m_from.toString(Qt::ISODate) : QString(),
                                        m_to.isValid() ? m_to.toString(Qt::ISODate) : QString(),
                                        m_windowMatch == WindowMatch::Inside ? u" (inside)"_s : QString()));
    }
    if (!m_categories.isEmpty())
        parts.append(u"categories: "_s + sortedList(m_categories));
    if (!m_places.isEmpty())
        parts.append(u"places: "_s + sortedList(m_places));
    if (!m_sources.isEmpty())
        parts.append(u"sources: "_s + sortedList(m_sources));
    if (!m_actors.isEmpty())
        parts.append(u"actors: "_s + sortedList(m_actors));
    if (!m_extent.isEmpty()) {
        parts.append(u"extent: %1,%2..%3,%4"_s.arg(m_extent.south).arg(m_extent.west).arg(m_extent.north)
                         .arg(m_extent.east));
    }
    if (!m_query.isEmpty())
        parts.append(u"text: \"%1\""_s.arg(m_query));
    return parts.isEmpty() ? u"no filter"_s : parts.join(u"; "_s);
}

bool FilterState::operator==(const FilterState &other) const
{
    return m_from == other.m_from && m_to == other.m_to
        && (m_windowMatch == other.m_windowMatch || !hasTimeWindow()) && m_categories == other.m_categories
        && m_places == other.m_places && m_sources == other.m_sources && m_actors == other.m_actors
        && m_extent == other.m_extent && m_foldedQuery == other.m_foldedQuery;
}

} // namespace Atlas
