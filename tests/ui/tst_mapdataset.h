// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dataset.h"

using namespace Qt::StringLiterals;

/*
 * A small dataset for the map tests, built in code: theatre places far apart (one marker each at
 * any zoom), two that sit 25 km apart (Taji and Baghdad, which cluster at theatre scale), one
 * off-theatre place (Washington), and events in 2015, 2017 and 2019 so a time window changes the
 * counts.
 */
namespace MapTest {

inline Atlas::Place place(const QString &id, const QString &ar, const QString &en, const QString &kind,
                          double lat, double lon, bool theatre = true)
{
    Atlas::Place p;
    p.id = id;
    p.name = {ar, en};
    p.kind = kind;
    p.country = u"SY"_s;
    p.lat = lat;
    p.lon = lon;
    p.theatre = theatre;
    return p;
}

inline Atlas::Event event(const QString &id, QDate day, const QStringList &placeIds)
{
    Atlas::Event e;
    e.id = id;
    e.date.start = day;
    e.date.precision = Atlas::DatePrecision::Day;
    e.category = u"strike"_s;
    e.title = {u"حدث "_s + id, u"Event "_s + id};
    e.placeIds = placeIds;
    return e;
}

inline Atlas::Dataset makeDataset()
{
    Atlas::Dataset d;
    d.schema = 1;
    d.info.name = u"map test"_s;
    d.places = {
        place(u"al-tanf"_s, u"التنف"_s, u"Al-Tanf"_s, u"base"_s, 33.50583, 38.61778),
        place(u"mosul"_s, u"الموصل"_s, u"Mosul"_s, u"city"_s, 36.34, 43.13),
        place(u"raqqa"_s, u"الرقة"_s, u"Raqqa"_s, u"city"_s, 35.95, 39.01),
        place(u"baghouz"_s, u"الباغوز"_s, u"Baghouz"_s, u"town"_s, 34.45861, 40.95056),
        place(u"camp-taji"_s, u"معسكر التاجي"_s, u"Camp Taji"_s, u"base"_s, 33.52944, 44.2775),
        place(u"baghdad"_s, u"بغداد"_s, u"Baghdad"_s, u"city"_s, 33.312806, 44.361488),
        place(u"washington"_s, u"واشنطن"_s, u"Washington"_s, u"city"_s, 38.89484, -77.036388, false),
    };
    d.events = {
        event(u"e1"_s, QDate(2015, 3, 1), {u"al-tanf"_s}),
        event(u"e2"_s, QDate(2017, 6, 1), {u"al-tanf"_s}),
        event(u"e3"_s, QDate(2019, 3, 23), {u"baghouz"_s}),
        event(u"e4"_s, QDate(2017, 7, 10), {u"mosul"_s, u"raqqa"_s}),
        event(u"e5"_s, QDate(2019, 1, 5), {u"al-tanf"_s}),
        event(u"e6"_s, QDate(2015, 8, 8), {u"camp-taji"_s, u"washington"_s}),
    };
    d.buildIndex();
    return d;
}

} // namespace MapTest
