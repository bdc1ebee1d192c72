// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dataset.h"

#include <QList>
#include <QString>

namespace Atlas {

// How many events have one key: a category id, a country code, an actor id or a place id.
struct EventTally
{
    QString key;
    int count = 0;
    bool operator==(const EventTally &) const = default;
};

/*
 * What a set of events adds up to, for a briefing that summarises instead of listing: how many
 * events there are by category, by country (of their places), by actor and by place. An event
 * counts once for each distinct key it has, so an event at two places in Syria counts once for
 * Syria and once for each place. Every list is ordered by count, most first, then by key; a
 * plain value made by one pass over the events. Also ranks events for the briefing's "top
 * events" (docs/briefing-summary.md).
 */
struct EventSummary
{
    int eventCount = 0;
    QList<EventTally> categories;
    QList<EventTally> countries;
    QList<EventTally> actors;
    QList<EventTally> places;

    static EventSummary count(const Dataset &dataset, const QList<const Event *> &events);

    // The reported fatalities that rank an event: the best estimate, else the middle of low and
    // high, else whichever bound is given; -1 when the sources give no count.
    static double rankingFatalities(const Event &event);
    // The number of distinct sources an event cites.
    static int sourceCount(const Event &event);
    // Whether `a` ranks above `b`: more reported fatalities, then more distinct sources, then
    // the earlier start date, then the smaller id. A total order, so the ranking never depends
    // on the order the events come in.
    static bool ranksBefore(const Event &a, const Event &b);
    // The first `count` events of `events` by ranksBefore(), best first.
    static QList<const Event *> topEvents(const QList<const Event *> &events, int count);
};

} // namespace Atlas
