// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A small dataset for the timeline tests, built in code: real Arabic titles from the seed
// articles, dates at every precision, a range, inferred dates, a conflict, and events that
// share a day so they must stack.

#include "dataset.h"

#include <QString>

namespace TimelineTestData {

using namespace Qt::StringLiterals;

inline Atlas::FuzzyDate date(int y, int m = 0, int d = 0, bool inferred = false)
{
    Atlas::FuzzyDate date;
    date.start = QDate(y, m ? m : 1, d ? d : 1);
    date.precision = d ? Atlas::DatePrecision::Day : m ? Atlas::DatePrecision::Month : Atlas::DatePrecision::Year;
    date.inferred = inferred;
    return date;
}

inline Atlas::Event event(const QString &id, const Atlas::FuzzyDate &when, const QString &category,
                          const QString &ar, const QString &en, const QString &sourceId)
{
    Atlas::Event event;
    event.id = id;
    event.date = when;
    event.category = category;
    event.title = {ar, en};
    event.summary.en = en;
    event.citations = {{sourceId, ar}};
    return event;
}

inline Atlas::Dataset dataset()
{
    Atlas::Dataset dataset;
    dataset.schema = 1;
    dataset.info.name = u"timeline test"_s;
    Atlas::Source albawaba;
    albawaba.id = u"src-0"_s;
    albawaba.outlet = {u"البوابة نيوز"_s, u"Al-Bawaba News"_s};
    Atlas::Source voa;
    voa.id = u"src-3"_s;
    voa.outlet = {u"صوت أميركا"_s, u"Voice of America"_s};
    Atlas::Source diyaruna;
    diyaruna.id = u"src-4"_s;
    diyaruna.outlet = {u"ديارنا"_s, u"Diyaruna"_s};
    dataset.sources = {albawaba, voa, diyaruna};

    Atlas::FuzzyDate phaseTwo = date(2025, 9);
    phaseTwo.end = QDate(2026, 9, 1);

    dataset.events = {
        event(u"founding"_s, date(2014), u"founding"_s, u"تأسيس التحالف الدولي ضد داعش"_s,
              u"The international coalition against ISIS is founded"_s, u"src-0"_s),
        event(u"launch"_s, date(2016, 8, 14), u"military_operation"_s, u"انطلاق عمليات التحالف"_s,
              u"Coalition operations begin"_s, u"src-0"_s),
        event(u"offensive"_s, date(2016, 8, 16), u"military_operation"_s, u"مواصلة العمليات الهجومية"_s,
              u"Offensive operations continue"_s, u"src-0"_s),
        event(u"progress"_s, date(2016, 11, 30), u"diplomacy_statement"_s, u"التحالف يحقق تقدمًا كبيرًا ضد التنظيم"_s,
              u"The coalition reports great progress"_s, u"src-0"_s),
        event(u"bases"_s, date(2020, 10), u"report"_s, u"يتمركز التحالف الدولي في عدد من القواعد"_s,
              u"Coalition bases in Syria and Iraq"_s, u"src-0"_s),
        event(u"patrol"_s, date(2023, 2, 18, true), u"patrol"_s, u"دورية أميركية في ريف محافظة الحسكة"_s,
              u"US patrol in rural Hasakah"_s, u"src-4"_s),
        event(u"decline"_s, date(2023, 4, 24, true), u"assessment"_s, u"تراجع في الهجمات"_s,
              u"Attacks decline"_s, u"src-4"_s),
        event(u"agreement"_s, date(2024, 9, 27), u"agreement"_s, u"شراكة أمنية ثنائية مع الحكومة العراقية"_s,
              u"A bilateral security partnership with Iraq"_s, u"src-3"_s),
        event(u"troops"_s, date(2024, 9, 27), u"agreement"_s, u"2500 جندي في العراق و900 جندي في سوريا"_s,
              u"2,500 troops in Iraq and 900 in Syria"_s, u"src-3"_s),
        event(u"phase-two"_s, phaseTwo, u"agreement"_s, u"المرحلة الثانية من الاتفاق"_s,
              u"The agreement's second phase"_s, u"src-3"_s),
    };
    dataset.events[6].conflictsWith = {u"patrol"_s};
    dataset.events[6].conflictNote = u"test conflict"_s;
    dataset.buildIndex();
    return dataset;
}

} // namespace TimelineTestData
