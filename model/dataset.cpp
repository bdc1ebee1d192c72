// SPDX-License-Identifier: GPL-3.0-or-later
#include "dataset.h"

using namespace Qt::StringLiterals;

namespace Atlas {

QString FuzzyDate::isoText(QDate date, DatePrecision precision)
{
    if (!date.isValid())
        return {};
    switch (precision) {
    case DatePrecision::Year: return date.toString(u"yyyy"_s);
    case DatePrecision::Month: return date.toString(u"yyyy-MM"_s);
    case DatePrecision::Week:
    case DatePrecision::Day: break;
    }
    return date.toString(Qt::ISODate);
}

namespace {

template<typename T>
QHash<QString, int> indexById(const QList<T> &list)
{
    QHash<QString, int> index;
    index.reserve(list.size());
    for (int row = 0; row < list.size(); ++row)
        index.insert(list.at(row).id, row); // the loader guarantees unique ids
    return index;
}

} // namespace

void Dataset::buildIndex()
{
    m_sourceIndex = indexById(sources);
    m_actorIndex = indexById(actors);
    m_placeIndex = indexById(places);
    m_eventIndex = indexById(events);
    m_figureIndex = indexById(figures);
}

QStringList citedSources(const QList<Citation> &citations)
{
    QStringList ids;
    for (const Citation &citation : citations) {
        if (!ids.contains(citation.sourceId))
            ids.append(citation.sourceId);
    }
    return ids;
}

} // namespace Atlas
