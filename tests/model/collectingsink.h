// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importsink.h"

#include <QList>

#include <algorithm>

namespace AtlasTest {

// An import sink that keeps every record it is given, in order, for the importer tests.
struct CollectingSink : Atlas::ImportSink
{
    QList<Atlas::Source> sources;
    QList<Atlas::Actor> actors;
    QList<Atlas::Place> places;
    QList<Atlas::Event> events;
    bool addSource(const Atlas::Source &s) override { sources.append(s); return true; }
    bool addActor(const Atlas::Actor &a) override { actors.append(a); return true; }
    bool addPlace(const Atlas::Place &p) override { places.append(p); return true; }
    bool addEvent(const Atlas::Event &e) override { events.append(e); return true; }
    // The first place of an event, which the sink must hold.
    const Atlas::Place &place(const Atlas::Event &e) const
    {
        return *std::find_if(places.cbegin(), places.cend(), [&](const Atlas::Place &p) { return p.id == e.placeIds.first(); });
    }
};

} // namespace AtlasTest
