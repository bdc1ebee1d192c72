// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dataset.h"
#include "textfolding.h"

#include <QDate>
#include <QSet>
#include <QString>
#include <QStringView>

#include <limits>

namespace Atlas {

// A rectangle of latitude and longitude in degrees (EPSG:4326), as a map view shows it. Empty
// (the default) means the whole world; a point on an edge is inside.
struct GeoExtent
{
    double south = 0;
    double west = 0;
    double north = 0;
    double east = 0;
    bool valid = false;

    static GeoExtent fromCorners(double lat1, double lon1, double lat2, double lon2);
    bool isEmpty() const { return !valid; }
    bool contains(double lat, double lon) const
    {
        return valid && lat >= south && lat <= north && lon >= west && lon <= east;
    }
    bool operator==(const GeoExtent &) const = default;
};

// How a date interval must meet the time window to pass (docs/dataset.md, "Dates").
enum class WindowMatch {
    Overlaps, // any day of the interval falls in the window: "2020" passes a window of March 2020
    Inside    // every day of the interval does: "2020" passes only a window that holds all of 2020
};

/*
 * What the researcher has narrowed the data down to, as a value: a time window, categories,
 * places, actors, sources, a map extent and a text query. An empty set or an invalid date means "no restriction".
 *
 * The time window is one thing everywhere — in the views, every export, the briefings and the
 * command line's --from/--to: an event or figure passes when its date interval overlaps
 * [from, to], or, with WindowMatch::Inside, lies inside it. The one live instance sits in the document's FilterCriteria; exports and
 * briefings take a copy, so what they draw never depends on, nor disturbs, what the views show.
 */
class FilterState
{
public:
    QDate from() const { return m_from; }
    QDate to() const { return m_to; }
    // Either end may be invalid (open); an inverted window is swapped.
    void setTimeWindow(QDate from, QDate to);
    bool hasTimeWindow() const { return m_from.isValid() || m_to.isValid(); }
    WindowMatch windowMatch() const { return m_windowMatch; }
    void setWindowMatch(WindowMatch match) { m_windowMatch = match; }
    // Whether a period [earliest, latest] meets the window as windowMatch() asks.
    bool acceptsPeriod(QDate earliest, QDate latest) const;
    // The same on Julian day numbers, for the column store's hot loop.
    bool acceptsDays(qint64 earliest, qint64 latest) const
    {
        if (m_windowMatch == WindowMatch::Inside)
            return earliest >= m_fromDay && latest <= m_toDay;
        return earliest <= m_toDay && latest >= m_fromDay;
    }

    const QSet<QString> &categories() const { return m_categories; }
    void setCategories(const QSet<QString> &categories) { m_categories = categories; }
    const QSet<QString> &places() const { return m_places; }
    void setPlaces(const QSet<QString> &placeIds) { m_places = placeIds; }
    const QSet<QString> &sources() const { return m_sources; }
    void setSources(const QSet<QString> &sourceIds) { m_sources = sourceIds; }
    const QSet<QString> &actors() const { return m_actors; }
    void setActors(const QSet<QString> &actorIds) { m_actors = actorIds; }
    // Events pass when one of their places lies in the extent; events without places do not.
    const GeoExtent &extent() const { return m_extent; }
    void setExtent(const GeoExtent &extent) { m_extent = extent; }

    // Each passes when its criterion is empty; otherwise one of the given ids must be chosen.
    bool acceptsCategory(const QString &category) const;
    bool acceptsAnyPlace(const QStringList &placeIds) const;
    bool acceptsAnySource(const QList<Citation> &citations) const;
    bool acceptsAnyActor(const QStringList &actorIds) const;
    // Whether one of the places lies in the extent (looked up in `dataset`); true without one.
    bool acceptsAnyPlaceIn(const QStringList &placeIds, const Dataset &dataset) const;

    QString query() const { return m_query; }
    QString foldedQuery() const { return m_foldedQuery; } // TextFolding::fold(query()), cached
    // The folded query prepared for matching, rebuilt only when the query changes.
    const TextFolding::Matcher &matcher() const { return m_matcher; }
    void setQuery(const QString &query);

    // Whether an event of `dataset` passes every criterion; `searchText` is its folded search text
    // (EventModel::searchText()).
    bool acceptsEvent(const Event &event, const Dataset &dataset, const TextFolding::IndexedText &searchText) const;
    // Whether a figure passes: its own date, sources and text; its subject or estimator, or its
    // event's actors, when actors are chosen; and the category, places and extent of its event
    // when it has one (`event` may be null).
    bool acceptsFigure(const Figure &figure, const Event *event, const Dataset &dataset,
                       const TextFolding::IndexedText &searchText) const;

    bool isEmpty() const;
    // One line for logs and briefing footers, e.g. "2020-01-01..2021-12-31; categories: strike".
    QString describe() const;

    // Equal when they select the same rows: the raw query may differ in what folding removes.
    bool operator==(const FilterState &other) const;

private:
    QDate m_from;
    QDate m_to;
    qint64 m_fromDay = std::numeric_limits<qint64>::min(); // m_from as a Julian day, or open
    qint64 m_toDay = std::numeric_limits<qint64>::max();
    WindowMatch m_windowMatch = WindowMatch::Overlaps;
    QSet<QString> m_categories;
    QSet<QString> m_places;
    QSet<QString> m_sources;
    QSet<QString> m_actors;
    GeoExtent m_extent;
    QString m_query;
    QString m_foldedQuery;
    TextFolding::Matcher m_matcher;
};

} // namespace Atlas
