// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QObject>
#include <QSet>
#include <QString>

#include "dataset.h"
#include "textfolding.h"

namespace Atlas {

/*
 * What the researcher has narrowed the data down to: a time window, categories, places,
 * sources and a text query. One instance, owned by AtlasDocument; the filter proxies of events
 * and figures observe it, the filter bar and the timeline's brush edit it. An empty set or an
 * invalid date means "no restriction".
 */
class FilterCriteria : public QObject
{
    Q_OBJECT

public:
    explicit FilterCriteria(QObject *parent = nullptr);

    QDate from() const { return m_from; }
    QDate to() const { return m_to; }
    void setTimeWindow(QDate from, QDate to); // either may be invalid (open end)
    bool hasTimeWindow() const { return m_from.isValid() || m_to.isValid(); }
    // Whether a period [earliest, latest] overlaps the window.
    bool overlapsWindow(QDate earliest, QDate latest) const;

    const QSet<QString> &categories() const { return m_categories; }
    void setCategories(const QSet<QString> &categories);
    const QSet<QString> &places() const { return m_places; }
    void setPlaces(const QSet<QString> &placeIds);
    const QSet<QString> &sources() const { return m_sources; }
    void setSources(const QSet<QString> &sourceIds);

    // Each passes when its criterion is empty; otherwise one of the given ids must be chosen.
    bool acceptsCategory(const QString &category) const;
    bool acceptsAnyPlace(const QStringList &placeIds) const;
    bool acceptsAnySource(const QList<Citation> &citations) const;

    QString query() const { return m_query; }
    QString foldedQuery() const { return m_foldedQuery; } // TextFolding::fold(query()), cached
    // The folded query prepared for matching, rebuilt only when the query changes: the filter
    // proxies test it against every row.
    const TextFolding::Matcher &matcher() const { return m_matcher; }
    void setQuery(const QString &query);

    bool isEmpty() const;
    void clear();
    // One line for logs and briefing footers, e.g. "2020-01-01..2021-12-31; categories: strike".
    QString describe() const;

Q_SIGNALS:
    void changed();

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
