// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventsummary.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace Atlas {

namespace {

QList<EventTally> ordered(const QHash<QString, int> &counts)
{
    QList<EventTally> tallies;
    tallies.reserve(counts.size());
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        tallies.append({ it.key(), it.value() });
    std::sort(tallies.begin(), tallies.end(), [](const EventTally &a, const EventTally &b) {
        if (a.count != b.count)
            return a.count > b.count;
        return a.key < b.key;
    });
    return tallies;
}

// Adds one to each distinct key of `keys` (a few per event, so a linear check beats a set).
void countDistinct(QHash<QString, int> &counts, const QStringList &keys)
{
    for (qsizetype i = 0; i < keys.size(); ++i) {
        const QString &key = keys.at(i);
        if (!key.isEmpty() && std::find(keys.cbegin(), keys.cbegin() + i, key) == keys.cbegin() + i)
            ++counts[key];
    }
}

} // namespace

EventSummary EventSummary::count(const Dataset &dataset, const QList<const Event *> &events)
{
    QHash<QString, int> categories;
    QHash<QString, int> countries;
    QHash<QString, int> actors;
    QHash<QString, int> places;
    QStringList eventCountries;
    for (const Event *event : events) {
        ++categories[event->category];
        countDistinct(actors, event->actorIds);
        countDistinct(places, event->placeIds);
        eventCountries.clear();
        for (const QString &placeId : event->placeIds) {
            if (const Place *place = dataset.place(placeId))
                eventCountries.append(place->country);
        }
        countDistinct(countries, eventCountries);
    }
    EventSummary summary;
    summary.eventCount = int(events.size());
    summary.categories = ordered(categories);
    summary.countries = ordered(countries);
    summary.actors = ordered(actors);
    summary.places = ordered(places);
    return summary;
}

double EventSummary::rankingFatalities(const Event &event)
{
    const Fatalities &f = event.fatalities;
    if (f.best)
        return *f.best;
    if (f.low && f.high)
        return (*f.low + *f.high) / 2;
    if (f.low)
        return *f.low;
    if (f.high)
        return *f.high;
    return -1;
}

int EventSummary::sourceCount(const Event &event)
{
    // Called for every comparison of a ranking: a few citations each, so no allocation.
    const QList<Citation> &citations = event.citations;
    int distinct = 0;
    for (qsizetype i = 0; i < citations.size(); ++i) {
        const auto same = [&](const Citation &other) { return other.sourceId == citations.at(i).sourceId; };
        if (std::none_of(citations.cbegin(), citations.cbegin() + i, same))
            ++distinct;
    }
    return distinct;
}

bool EventSummary::ranksBefore(const Event &a, const Event &b)
{
    const double fatalitiesA = rankingFatalities(a);
    const double fatalitiesB = rankingFatalities(b);
    if (fatalitiesA != fatalitiesB)
        return fatalitiesA > fatalitiesB;
    const int sourcesA = sourceCount(a);
    const int sourcesB = sourceCount(b);
    if (sourcesA != sourcesB)
        return sourcesA > sourcesB;
    if (a.date.start != b.date.start)
        return a.date.start < b.date.start;
    return a.id < b.id;
}

QList<const Event *> EventSummary::topEvents(const QList<const Event *> &events, int count)
{
    QList<const Event *> ranked = events;
    const qsizetype kept = std::clamp<qsizetype>(count, 0, ranked.size());
    std::partial_sort(ranked.begin(), ranked.begin() + kept, ranked.end(),
                      [](const Event *a, const Event *b) { return ranksBefore(*a, *b); });
    ranked.resize(kept);
    return ranked;
}

} // namespace Atlas
