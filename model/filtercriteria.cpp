// SPDX-License-Identifier: GPL-3.0-or-later
#include "filtercriteria.h"

#include "textfolding.h"

#include <QStringList>

#include <algorithm>

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

FilterCriteria::FilterCriteria(QObject *parent)
    : QObject(parent)
{
}

void FilterCriteria::setTimeWindow(QDate from, QDate to)
{
    if (from.isValid() && to.isValid() && to < from)
        std::swap(from, to);
    if (from == m_from && to == m_to)
        return;
    m_from = from;
    m_to = to;
    Q_EMIT changed();
}

bool FilterCriteria::overlapsWindow(QDate earliest, QDate latest) const
{
    if (m_to.isValid() && earliest.isValid() && earliest > m_to)
        return false;
    if (m_from.isValid() && latest.isValid() && latest < m_from)
        return false;
    return true;
}

void FilterCriteria::setCategories(const QSet<QString> &categories)
{
    if (categories == m_categories)
        return;
    m_categories = categories;
    Q_EMIT changed();
}

void FilterCriteria::setPlaces(const QSet<QString> &placeIds)
{
    if (placeIds == m_places)
        return;
    m_places = placeIds;
    Q_EMIT changed();
}

void FilterCriteria::setSources(const QSet<QString> &sourceIds)
{
    if (sourceIds == m_sources)
        return;
    m_sources = sourceIds;
    Q_EMIT changed();
}

void FilterCriteria::setQuery(const QString &query)
{
    if (query == m_query)
        return;
    m_query = query;
    const QString folded = TextFolding::fold(query);
    // Typing a space or a diacritic changes the query but not what it finds.
    if (folded == m_foldedQuery)
        return;
    m_foldedQuery = folded;
    m_matcher = TextFolding::Matcher(m_foldedQuery);
    Q_EMIT changed();
}

bool FilterCriteria::acceptsCategory(const QString &category) const
{
    return m_categories.isEmpty() || m_categories.contains(category);
}

bool FilterCriteria::acceptsAnyPlace(const QStringList &placeIds) const
{
    return m_places.isEmpty()
        || std::any_of(placeIds.cbegin(), placeIds.cend(), [this](const QString &id) { return m_places.contains(id); });
}

bool FilterCriteria::acceptsAnySource(const QList<Citation> &citations) const
{
    return m_sources.isEmpty() || std::any_of(citations.cbegin(), citations.cend(), [this](const Citation &citation) {
               return m_sources.contains(citation.sourceId);
           });
}

bool FilterCriteria::isEmpty() const
{
    return !hasTimeWindow() && m_categories.isEmpty() && m_places.isEmpty() && m_sources.isEmpty()
        && m_foldedQuery.isEmpty();
}

void FilterCriteria::clear()
{
    if (isEmpty() && m_query.isEmpty())
        return;
    m_from = {};
    m_to = {};
    m_categories.clear();
    m_places.clear();
    m_sources.clear();
    m_query.clear();
    m_foldedQuery.clear();
    m_matcher = {};
    Q_EMIT changed();
}

QString FilterCriteria::describe() const
{
    QStringList parts;
    if (hasTimeWindow()) {
        parts.append(u"%1..%2"_s.arg(m_from.isValid() ? m_from.toString(Qt::ISODate) : QString(),
                                      m_to.isValid() ? m_to.toString(Qt::ISODate) : QString()));
    }
    if (!m_categories.isEmpty())
        parts.append(u"categories: "_s + sortedList(m_categories));
    if (!m_places.isEmpty())
        parts.append(u"places: "_s + sortedList(m_places));
    if (!m_sources.isEmpty())
        parts.append(u"sources: "_s + sortedList(m_sources));
    if (!m_query.isEmpty())
        parts.append(u"text: \"%1\""_s.arg(m_query));
    return parts.isEmpty() ? u"no filter"_s : parts.join(u"; "_s);
}

} // namespace Atlas
