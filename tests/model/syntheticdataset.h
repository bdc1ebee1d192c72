// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dataset.h"
#include "vocabulary.h"

using namespace Qt::StringLiterals;

/*
 * A large valid dataset made up in code, for tests that need volume: `eventCount` events over
 * 2014-2024 on 50 places of the theatre, each with two places, an actor and a citation, and one
 * figure per ten events. Everything passes DatasetLoader's checks. `name` tells two apart.
 */
namespace AtlasTest {

inline Atlas::Dataset syntheticDataset(int eventCount, const QString &name)
{
    using namespace Atlas;
    Dataset d;
    d.schema = 1;
    d.info = { name, u"1.0.0"_s, u"2025-01-01"_s, u"Synthetic events for volume tests."_s, u"CC BY 4.0"_s };

    auto citation = [](int i) {
        return Citation{ u"src-%1"_s.arg(i % 3),
                         u"قال المتحدث باسم التحالف الدولي إن العملية رقم %1 جرت قرب الحدود السورية العراقية"_s.arg(i) };
    };
    for (int i = 0; i < 3; ++i) {
        Source source;
        source.id = u"src-%1"_s.arg(i);
        source.file = u"00%1_synthetic.txt"_s.arg(i);
        source.outlet = { u"وكالة %1"_s.arg(i), u"Agency %1"_s.arg(i) };
        source.title = { u"تقرير %1"_s.arg(i), u"Report %1"_s.arg(i) };
        source.published.start = QDate(2024, 1 + i, 1);
        source.published.precision = DatePrecision::Day;
        d.sources.append(source);
    }
    for (int i = 0; i < 10; ++i)
        d.actors.append(Actor{ u"actor-%1"_s.arg(i), { u"جهة %1"_s.arg(i), u"Actor %1"_s.arg(i) }, u"state"_s });
    for (int i = 0; i < 50; ++i) {
        Place place;
        place.id = u"place-%1"_s.arg(i);
        place.name = { u"موقع %1"_s.arg(i), u"Site %1"_s.arg(i) };
        place.kind = u"town"_s;
        place.country = i % 2 ? u"IQ"_s : u"SY"_s;
        place.lat = 30.5 + (i % 11) + i / 100.0;
        place.lon = 36.5 + (i % 13) + i / 1000.0;
        place.coordSource = u"synthetic"_s;
        place.citations = { citation(i) };
        d.places.append(place);
    }
    d.events.reserve(eventCount);
    for (int i = 0; i < eventCount; ++i) {
        Event event;
        event.id = u"ev-%1"_s.arg(i);
        event.date.start = QDate(2014, 1, 1).addDays(i % 4000);
        event.date.precision = DatePrecision::Day;
        event.category = Vocabulary::EventCategories[std::size_t(i) % Vocabulary::EventCategories.size()].toString();
        event.title = { u"حدث رقم %1 في سوريا والعراق"_s.arg(i), u"Event %1 in Syria and Iraq"_s.arg(i) };
        event.summary.en = u"What the passage about event %1 says, in plain English."_s.arg(i);
        event.placeIds = { u"place-%1"_s.arg(i % 50), u"place-%1"_s.arg((i + 7) % 50) };
        event.actorIds = { u"actor-%1"_s.arg(i % 10) };
        event.citations = { citation(i) };
        d.events.append(event);
    }
    for (int i = 0; i < eventCount / 10; ++i) {
        Figure figure;
        figure.id = u"fig-%1"_s.arg(i);
        figure.metric = u"troops"_s;
        figure.subject = u"actor-%1"_s.arg(i % 10);
        figure.theater = { u"IQ"_s };
        figure.value = 100 + i;
        figure.qualifier = u"exact"_s;
        figure.unit = u"troops"_s;
        figure.asOf.start = QDate(2020, 1, 1);
        figure.asOf.precision = DatePrecision::Day;
        figure.label = { u"قوات %1"_s.arg(i), u"Troops %1"_s.arg(i) };
        figure.citations = { citation(i) };
        figure.eventId = u"ev-%1"_s.arg(i);
        d.figures.append(figure);
    }
    d.buildIndex();
    return d;
}

} // namespace AtlasTest
