// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dataset.h"
#include "vocabulary.h"

#include <random>

using namespace Qt::StringLiterals;

/*
 * Events with random dates (every precision, some ranges, across year ends), categories, 0-3
 * actors of 12, 0-3 places of 30 in five countries (some places with no country) and fatality
 * counts (some missing), from a fixed seed: the same seed always gives the same events. For
 * tests that compare an aggregation with a brute-force count; not a loadable dataset (no
 * citations or sources).
 */
namespace AtlasTest {

inline Atlas::Dataset randomEvents(int eventCount, quint32 seed)
{
    using namespace Atlas;
    std::mt19937 random(seed);
    auto below = [&random](int n) { return int(std::uniform_int_distribution<int>(0, n - 1)(random)); };

    Dataset d;
    for (int i = 0; i < 12; ++i)
        d.actors.append(Actor{ u"actor-%1"_s.arg(i), { u"جهة %1"_s.arg(i), u"Actor %1"_s.arg(i) }, u"state"_s });
    const QStringList countries = { u"SY"_s, u"IQ"_s, u"TR"_s, u"JO"_s, u"US"_s, QString() };
    for (int i = 0; i < 30; ++i) {
        Place place;
        place.id = u"place-%1"_s.arg(i);
        place.name = { u"موقع %1"_s.arg(i), u"Site %1"_s.arg(i) };
        place.country = countries.at(i % countries.size());
        place.lat = 33;
        place.lon = 40;
        d.places.append(place);
    }
    const QDate first(2013, 12, 20);
    for (int i = 0; i < eventCount; ++i) {
        Event event;
        event.id = u"ev-%1"_s.arg(i);
        event.date.precision = DatePrecision(below(4));
        QDate start = first.addDays(below(4000));
        if (event.date.precision == DatePrecision::Year)
            start = QDate(start.year(), 1, 1);
        else if (event.date.precision == DatePrecision::Month)
            start = QDate(start.year(), start.month(), 1);
        else if (event.date.precision == DatePrecision::Week)
            start = start.addDays(1 - start.dayOfWeek());
        event.date.start = start;
        if (below(8) == 0)
            event.date.end = start.addDays(30 + below(400));
        event.category = Vocabulary::EventCategories[std::size_t(below(int(Vocabulary::EventCategories.size())))].toString();
        for (int n = below(4); n > 0; --n)
            event.actorIds.append(u"actor-%1"_s.arg(below(12)));
        for (int n = below(4); n > 0; --n)
            event.placeIds.append(u"place-%1"_s.arg(below(30)));
        if (below(3) != 0)
            event.fatalities.best = double(below(60));
        d.events.append(event);
    }
    d.buildIndex();
    return d;
}

} // namespace AtlasTest
