// SPDX-License-Identifier: GPL-3.0-or-later
#include "dataset.h"

#include "projecteventstore.h"

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

int Dataset::eventCount() const
{
    return eventStore ? eventStore->rowCount() : int(events.size());
}

EventRef Dataset::eventAt(int row) const
{
    if (eventStore)
        return eventStore->event(row);
    if (row < 0 || row >= events.size())
        return nullptr;
    return EventRef(EventRef(), &events.at(row)); // owns nothing: the list outlives the caller's use
}

int Dataset::eventRow(const QString &id) const
{
    return eventStore ? eventStore->row(id) : m_eventIndex.value(id, -1);
}

bool Dataset::forEachEvent(const std::function<bool(const Event &)> &visit) const
{
    if (!eventStore) {
        for (const Event &event : events) {
            if (!visit(event))
                return false;
        }
        return true;
    }
    return eventStore->forEach(visit);
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
