// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dataset.h"

using namespace Qt::StringLiterals;

/*
 * A small dataset built in code for the model tests, with real Arabic strings from the seed
 * articles: six events at each date precision, places, actors, two sources and three figures.
 * Independent of resources/data/coalition.json, so the tests say exactly what they rely on.
 */
namespace AtlasTest {

inline Atlas::FuzzyDate fuzzy(QDate start, Atlas::DatePrecision precision, QDate end = {})
{
    Atlas::FuzzyDate date;
    date.start = start;
    date.end = end;
    date.precision = precision;
    return date;
}

inline Atlas::Dataset makeDataset()
{
    using namespace Atlas;
    Dataset d;
    d.schema = 1;
    d.info.name = u"test"_s;

    Source s1;
    s1.id = u"src-ahram"_s;
    s1.file = u"000_08ec0888cc83b49d.txt"_s;
    s1.outlet = {u"الأهرام"_s, u"Al-Ahram"_s};
    s1.title = {u"كيف سيؤثر انسحاب القوات الأمريكية من التحالف الدولي"_s, u"How the US withdrawal will affect the coalition"_s};
    s1.published = fuzzy(QDate(2025, 4, 15), DatePrecision::Day);
    s1.published.inferred = true;
    s1.published.note = u"The article gives 04/15 without a year."_s;
    Source s2;
    s2.id = u"src-afp"_s;
    s2.file = u"001_037562c013cbc5d0.txt"_s;
    s2.outlet = {u"فرانس برس"_s, u"AFP"_s};
    s2.title = {u"التحالف: انخفاض هجمات داعش"_s, u"Coalition: ISIS attacks fall"_s};
    s2.published = fuzzy(QDate(2021, 4, 1), DatePrecision::Month);
    d.sources = {s1, s2};

    Actor coalition{u"coalition"_s, {u"التحالف الدولي"_s, u"Global Coalition"_s}, u"alliance"_s};
    Actor isis{u"isis"_s, {u"داعش"_s, u"ISIS"_s}, u"armed_group"_s};
    Actor mcfarlane{u"mcfarlane"_s, {u"ماثيو ماكفرلين"_s, u"Paul Matthew McFarlane"_s}, u"person"_s};
    d.actors = {coalition, isis, mcfarlane};

    auto place = [](const QString &id, const QString &ar, const QString &en, const QString &kind, const QString &country,
                    double lat, double lon) {
        Place p;
        p.id = id;
        p.name = {ar, en};
        p.kind = kind;
        p.country = country;
        p.lat = lat;
        p.lon = lon;
        return p;
    };
    d.places = {
        place(u"baghouz"_s, u"الباغوز"_s, u"Baghouz"_s, u"town"_s, u"SY"_s, 34.46, 40.94),
        place(u"tanf"_s, u"التنف"_s, u"Al-Tanf"_s, u"base"_s, u"SY"_s, 33.50, 38.62),
        place(u"qasrak"_s, u"قسرك"_s, u"Qasrak"_s, u"base"_s, u"SY"_s, 36.70, 40.60),
        place(u"anbar"_s, u"الأنبار"_s, u"Anbar"_s, u"province"_s, u"IQ"_s, 33.40, 42.50),
        place(u"mosul"_s, u"الموصل"_s, u"Mosul"_s, u"city"_s, u"IQ"_s, 36.34, 43.13),
        place(u"raqqa"_s, u"الرقة"_s, u"Raqqa"_s, u"city"_s, u"SY"_s, 35.95, 39.01),
    };
    d.places[2].coordPrecision = CoordPrecision::Approximate;

    auto event = [](const QString &id, FuzzyDate date, const QString &category, const QString &ar, const QString &en,
                    const QStringList &places, const QList<Citation> &citations) {
        Event e;
        e.id = id;
        e.date = date;
        e.category = category;
        e.title = {ar, en};
        e.summary.en = en;
        e.placeIds = places;
        e.actorIds = {u"coalition"_s};
        e.citations = citations;
        return e;
    };
    d.events = {
        event(u"ev-founding"_s, fuzzy(QDate(2014, 1, 1), DatePrecision::Year), u"founding"_s,
              u"تأسيس التحالف الدولي"_s, u"Global coalition founded"_s, {},
              {{u"src-ahram"_s, u"يعمل التحالف الدولي منذ تأسيسه عام 2014"_s}}),
        event(u"ev-mosul"_s, fuzzy(QDate(2017, 7, 10), DatePrecision::Day), u"territorial_change"_s,
              u"استعادة الموصل"_s, u"Mosul retaken"_s, {u"mosul"_s},
              {{u"src-ahram"_s, u"لإعادة السيطرة على مدينة الموصل العراقية"_s}}),
        event(u"ev-raqqa"_s, fuzzy(QDate(2017, 10, 1), DatePrecision::Month), u"territorial_change"_s,
              u"عزل الرقة"_s, u"Raqqa isolated"_s, {u"raqqa"_s},
              {{u"src-ahram"_s, u"وعزل الرقة، معقل التنظيم في سوريا"_s}}),
        event(u"ev-baghouz"_s, fuzzy(QDate(2019, 3, 1), DatePrecision::Month), u"military_operation"_s,
              u"إعلان هزيمة التنظيم في الباغوز"_s, u"Defeat of ISIS declared at Baghouz"_s, {u"baghouz"_s},
              {{u"src-ahram"_s, u"إعلان هزيمة التنظيم في آخر معاقله ببلدة الباغوز"_s}}),
        event(u"ev-attacks"_s, fuzzy(QDate(2021, 4, 1), DatePrecision::Month), u"assessment"_s,
              u"ماكفرلين: انخفاض هجمات داعش"_s, u"McFarlane: ISIS attacks fell"_s, {u"anbar"_s},
              {{u"src-afp"_s, u"عام بعد عام، رأينا انخفاضا في عدد هجمات تنظيم داعش"_s}}),
        event(u"ev-bases"_s, fuzzy(QDate(2025, 4, 15), DatePrecision::Day), u"withdrawal_handover"_s,
              u"قاعدتا قسرك والتنف"_s, u"Qasrak and Al-Tanf bases"_s, {u"qasrak"_s, u"tanf"_s},
              {{u"src-ahram"_s, u"قاعدة قسرك الأمريكي على طريق"_s}, {u"src-afp"_s, u"وقاعدة التنف"_s}}),
    };
    d.events[0].date.inferred = true;
    d.events[0].date.note = u"Year from the article."_s;
    d.events[5].actorIds.append(u"mcfarlane"_s);

    Figure troops;
    troops.id = u"fig-troops"_s;
    troops.metric = u"troops"_s;
    troops.kind = FigureKind::Stock;
    troops.subject = u"coalition"_s;
    troops.theater = {u"IQ"_s};
    troops.value = 2500;
    troops.qualifier = u"about"_s;
    troops.unit = u"troops"_s;
    troops.asOf = fuzzy(QDate(2024, 9, 27), DatePrecision::Day);
    troops.label = {u"قوات التحالف في العراق"_s, u"Coalition troops in Iraq"_s};
    troops.citations = {{u"src-ahram"_s, u"2500 جندي"_s}};
    troops.eventId = u"ev-bases"_s;
    Figure fighters;
    fighters.id = u"fig-fighters"_s;
    fighters.metric = u"fighters"_s;
    fighters.kind = FigureKind::Stock;
    fighters.subject = u"isis"_s;
    fighters.theater = {u"SY"_s, u"IQ"_s};
    fighters.min = 1500;
    fighters.max = 3000;
    fighters.qualifier = u"range"_s;
    fighters.unit = u"fighters"_s;
    fighters.asOf = fuzzy(QDate(2020, 8, 1), DatePrecision::Month);
    fighters.label = {u"مقاتلو داعش"_s, u"ISIS fighters"_s};
    fighters.citations = {{u"src-afp"_s, u"آلاف مقاتل"_s}};
    Figure change;
    change.id = u"fig-attacks"_s;
    change.metric = u"attacks"_s;
    change.kind = FigureKind::Change;
    change.subject = u"isis"_s;
    change.estimatedBy = u"mcfarlane"_s;
    change.theater = {u"IQ"_s};
    change.value = 68;
    change.qualifier = u"exact"_s;
    change.unit = u"percent"_s;
    change.direction = u"decrease"_s;
    change.asOf = fuzzy(QDate(2021, 4, 1), DatePrecision::Month);
    change.baseline = u"the same period of 2020"_s;
    change.label = {u"هجمات داعش في العراق"_s, u"ISIS attacks in Iraq"_s};
    change.citations = {{u"src-afp"_s, u"رأينا انخفاضا في عدد هجمات تنظيم داعش"_s}};
    change.eventId = u"ev-attacks"_s;
    d.figures = {troops, fighters, change};

    d.buildIndex();
    return d;
}

} // namespace AtlasTest
