// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dataset.h"
#include "textfolding.h"

#include <QDate>
#include <QSet>
#include <QString>
#include <QStringView>

namespace Atlas {

/*
 * What the researcher has narrowed the data down to, as a value: a time window, categories,
 * places, sources and a text query. An empty set or an invalid date means "no restriction".
 *
 * The time window is one thing everywhere — in the views, every export, the briefings and the
 * command line's --from/--to: an event or figure passes when its date interval overlaps
 * [from, to]. The one live instance sits in the document's FilterCriteria; exports and
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
    // Whether a period [earliest, latest] overlaps the window.
    bool overlapsWindow(QDate earliest, QDate latest) const;

    const QSet<QString> &categories() const { return m_categories; }
    void setCategories(const QSet<QString> &categories) { m_categories = categories; }
    const QSet<QString> &places() const { return m_places; }
    void setPlaces(const QSet<QString> &placeIds) { m_places = placeIds; }
    const QSet<QString> &sources() const { return m_sources; }
    void setSources(const QSet<QString> &sourceIds) { m_sources = sourceIds; }

    // Each passes when its criterion is empty; otherwise one of the given ids must be chosen.
    bool acceptsCategory(const QString &category) const;
    bool acceptsAnyPlace(const QStringList &placeIds) const;
    bool acceptsAnySource(const QList<Citation> &citations) const;

    QString query() const { return m_query; }
    QString foldedQuery() const { return m_foldedQuery; } // TextFolding::fold(query()), cached
    // The folded query prepared for matching, rebuilt only when the query changes.
    const TextFolding::Matcher &matcher() const { return m_matcher; }
    void setQuery(const QString &query);

    // Whether an event passes every criterion; `searchText` is its folded search text
    // (EventModel::searchText()).
    bool acceptsEvent(const Event &event, const TextFolding::IndexedText &searchText) const;
    // Whether a figure passes: its own date, sources and text, and the category and places of
    // its event when it has one (`event` may be null).
    bool acceptsFigure(const Figure &figure, const Event *event, const TextFolding::IndexedText &searchText) const;

    bool isEmpty() const;
    // One line for logs and briefing footers, e.g. "2020-01-01..2021-12-31; categories: strike".
    QString describe() const;

    // Equal when they select the same rows: the raw query may differ in what folding removes.
    bool operator==(const FilterState &other) const;

private:
    QDate m_from;
    QDate m_to;
    QSet<QString> m_categories;
    QSet<QString> m_places;
    QSet<QString> m_sources;
    QString m_query;
    QString m_foldedQuery;
    TextFolding::Matcher m_matcher;
};

} // namespace Atlas
