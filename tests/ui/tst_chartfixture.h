// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "chartstyle.h"
#include "dataset.h"

#include <QColor>
#include <QDate>
#include <QImage>
#include <QList>
#include <QSet>
#include <QString>

/*
 * A small hand-made dataset for the chart tests: troops (a point value, a repeated series, a
 * multi-theatre figure), airstrike flows in both theatres, attack counts and decreases, strength
 * ranges and point estimates by two estimators, membership counts with a "more than", territory
 * shares in percent, one figure of a metric no chart shows, and two events that some figures
 * were reported in; and how to find a fill of a colour the legend lacks in a picture of a chart.
 * Shared by tst_chartpanel and tst_chartexport.
 */
namespace ChartFixture {

using namespace Qt::StringLiterals;

inline Atlas::FuzzyDate date(QDate start, Atlas::DatePrecision precision, QDate end = {})
{
    Atlas::FuzzyDate result;
    result.start = start;
    result.end = end;
    result.precision = precision;
    return result;
}

inline Atlas::Figure figure(const QString &id, const QString &metric, Atlas::FigureKind kind, const QString &subject,
                            const QStringList &theater, std::optional<double> value, const QString &qualifier,
                            const QString &unit, const Atlas::FuzzyDate &asOf, const QString &sourceId,
                            const QString &labelEn, const QString &labelAr, const QString &quote)
{
    Atlas::Figure result;
    result.id = id;
    result.metric = metric;
    result.kind = kind;
    result.subject = subject;
    result.theater = theater;
    result.value = value;
    result.qualifier = qualifier;
    result.unit = unit;
    result.asOf = asOf;
    result.label = { labelAr, labelEn };
    result.citations = { { sourceId, quote } };
    return result;
}

inline Atlas::Figure range(Atlas::Figure f, double min, double max, const QString &estimatedBy)
{
    f.value.reset();
    f.min = min;
    f.max = max;
    f.estimatedBy = estimatedBy;
    return f;
}

inline Atlas::Dataset dataset()
{
    using Atlas::DatePrecision;
    using Atlas::FigureKind;
    Atlas::Dataset data;
    data.schema = 1;
    data.info.name = u"chart test"_s;

    Atlas::Source a;
    a.id = u"src-a"_s;
    a.file = u"a.txt"_s;
    a.outlet = { u"وكالة ستيب"_s, u"Step News Agency"_s };
    a.title = { u"عنوان أ"_s, u"Title A"_s };
    a.published = date(QDate(2021, 4, 15), DatePrecision::Day);
    Atlas::Source b;
    b.id = u"src-b"_s;
    b.file = u"b.txt"_s;
    b.outlet = { u"بوابة الحركات الإسلامية"_s, u"Islamist Movements Portal"_s };
    b.title = { u"عنوان ب"_s, u"Title B"_s };
    b.published = date(QDate(2024, 9, 28), DatePrecision::Day);
    data.sources = { a, b };

    auto actor = [](const QString &id, const QString &ar, const QString &en) {
        Atlas::Actor result;
        result.id = id;
        result.name = { ar, en };
        result.kind = u"state"_s;
        return result;
    };
    data.actors = { actor(u"us"_s, u"الولايات المتحدة"_s, u"United States"_s),
                    actor(u"gb"_s, u"المملكة المتحدة"_s, u"United Kingdom"_s),
                    actor(u"coalition"_s, u"التحالف الدولي"_s, u"Coalition"_s),
                    actor(u"isis"_s, u"داعش"_s, u"ISIS"_s),
                    actor(u"un"_s, u"الأمم المتحدة"_s, u"United Nations"_s),
                    actor(u"us-intelligence"_s, u"الاستخبارات الأمريكية"_s, u"US intelligence"_s) };

    auto country = [](const QString &id, const QString &code, const QString &ar, const QString &en) {
        Atlas::Place place;
        place.id = id;
        place.kind = u"country"_s;
        place.country = code;
        place.name = { ar, en };
        return place;
    };
    data.places = { country(u"syria"_s, u"SY"_s, u"سوريا"_s, u"Syria"_s),
                    country(u"iraq"_s, u"IQ"_s, u"العراق"_s, u"Iraq"_s) };

    const QStringList sy { u"SY"_s };
    const QStringList iq { u"IQ"_s };
    const QStringList both { u"IQ"_s, u"SY"_s };
    data.figures = {
        figure(u"us-sy-2021"_s, u"troops"_s, FigureKind::Stock, u"us"_s, sy, 900, u"about"_s, u"troops"_s,
               date(QDate(2021, 1, 1), DatePrecision::Year), u"src-a"_s, u"US troops in Syria: about 900"_s,
               u"القوات الأمريكية في سوريا: نحو 900"_s, u"يقدّر بحوالي 900 مقاتل أمريكي"_s),
        figure(u"us-sy-2024"_s, u"troops"_s, FigureKind::Stock, u"us"_s, sy, 900, u"exact"_s, u"troops"_s,
               date(QDate(2024, 9, 28), DatePrecision::Day), u"src-b"_s, u"US troops in Syria: 900"_s,
               u"القوات الأمريكية في سوريا: 900"_s, u"و900 جندي في سوريا"_s),
        figure(u"us-iq-2024"_s, u"troops"_s, FigureKind::Stock, u"us"_s, iq, 2500, u"exact"_s, u"troops"_s,
               date(QDate(2024, 9, 28), DatePrecision::Day), u"src-b"_s, u"US troops in Iraq: 2,500"_s,
               u"القوات الأمريكية في العراق: 2500"_s, u"البالغ عددها 2500 جندي في العراق"_s),
        figure(u"gb-2021"_s, u"troops"_s, FigureKind::Stock, u"gb"_s, both, 400, u"exact"_s, u"troops"_s,
               date(QDate(2021, 1, 1), DatePrecision::Month, QDate(2021, 4, 1)), u"src-a"_s,
               u"British troops: 400"_s, u"القوات البريطانية: 400"_s, u"400 جندي بريطاني"_s),
        figure(u"strikes-sy"_s, u"airstrikes"_s, FigureKind::Flow, u"coalition"_s, sy, 19873, u"exact"_s,
               u"airstrikes"_s, date(QDate(2014, 8, 1), DatePrecision::Month, QDate(2021, 1, 1)), u"src-a"_s,
               u"Airstrikes in Syria: 19,873"_s, u"الضربات في سوريا: 19873"_s, u"19 ألفا و873 ضربة جوية"_s),
        figure(u"strikes-iq"_s, u"airstrikes"_s, FigureKind::Flow, u"coalition"_s, iq, 14862, u"exact"_s,
               u"airstrikes"_s, date(QDate(2014, 8, 1), DatePrecision::Month, QDate(2021, 1, 1)), u"src-a"_s,
               u"Airstrikes in Iraq: 14,862"_s, u"الضربات في العراق: 14862"_s, u"14 ألفا و862 ضربة جوية"_s),
        figure(u"attacks-2024"_s, u"attacks"_s, FigureKind::Flow, u"isis"_s, both, 500, u"about"_s, u"attacks"_s,
               date(QDate(2024, 1, 1), DatePrecision::Day, QDate(2024, 9, 28)), u"src-b"_s,
               u"ISIS attacks this year: about 500"_s, u"هجمات داعش هذا العام: نحو 500"_s, u"نحو 500 هجوم"_s),
        figure(u"attacks-iq-change"_s, u"attack_change_pct"_s, FigureKind::Change, u"isis"_s, iq, 68, u"exact"_s,
               u"percent"_s, date(QDate(2023, 1, 1), DatePrecision::Month, QDate(2023, 4, 1)), u"src-b"_s,
               u"Fall in attacks in Iraq, January to April 2023: 68%"_s, u"تراجع الهجمات في العراق: 68٪"_s,
               u"انخفاضا قياسيا بلغ 68 بالمائة"_s),
        figure(u"attacks-sy-change"_s, u"attack_change_pct"_s, FigureKind::Change, u"isis"_s, sy, 55, u"exact"_s,
               u"percent"_s, date(QDate(2023, 1, 1), DatePrecision::Month, QDate(2023, 4, 1)), u"src-b"_s,
               u"Fall in attacks in Syria, January to April 2023: 55%"_s, u"تراجع الهجمات في سوريا: 55٪"_s,
               u"انخفاضا بنسبة 55 بالمائة"_s),
        range(figure(u"un-fighters"_s, u"fighters"_s, FigureKind::Stock, u"isis"_s, both, std::nullopt, u"range"_s,
                     u"fighters"_s, date(QDate(2024, 1, 1), DatePrecision::Year), u"src-b"_s,
                     u"ISIS fighters (UN): 1,500–3,000"_s, u"مقاتلو داعش: 1500–3000"_s, u"ما بين 1500 و3000 مقاتل"_s),
              1500, 3000, u"un"_s),
        range(figure(u"un-members"_s, u"members_and_supporters"_s, FigureKind::Stock, u"isis"_s, both, std::nullopt,
                     u"range"_s, u"people"_s, date(QDate(2023, 2, 1), DatePrecision::Month), u"src-b"_s,
                     u"ISIS members and supporters (UN): 5,000–7,000"_s, u"عناصر وأنصار داعش: 5000–7000"_s,
                     u"بين خمسة آلاف وسبعة آلاف"_s),
              5000, 7000, u"un"_s),
        figure(u"usintel-fighters"_s, u"fighters"_s, FigureKind::Stock, u"isis"_s, both, 2500, u"about"_s,
               u"fighters"_s, date(QDate(2024, 1, 1), DatePrecision::Year), u"src-b"_s,
               u"ISIS fighters (US intelligence): about 2,500"_s, u"مقاتلو داعش: نحو 2500"_s, u"بنحو 2500 مقاتل"_s),
        figure(u"members-83"_s, u"coalition_members"_s, FigureKind::Stock, u"coalition"_s, both, 83, u"exact"_s,
               u"countries"_s, date(QDate(2021, 1, 1), DatePrecision::Month, QDate(2021, 4, 1)), u"src-a"_s,
               u"Coalition members: 83"_s, u"أعضاء التحالف: 83"_s, u"يتكون من 83 دولة عضوة"_s),
        figure(u"members-84"_s, u"coalition_members"_s, FigureKind::Stock, u"coalition"_s, both, 84, u"exact"_s,
               u"members"_s, date(QDate(2023, 4, 24), DatePrecision::Day), u"src-b"_s, u"Coalition members: 84"_s,
               u"أعضاء التحالف: 84"_s, u"الذي يتكون من 84 عضوا"_s),
        figure(u"participants-40"_s, u"coalition_participants"_s, FigureKind::Stock, u"coalition"_s, both, 40,
               u"more_than"_s, u"countries"_s, date(QDate(2016, 11, 30), DatePrecision::Day), u"src-b"_s,
               u"States participating: more than 40"_s, u"الدول المشاركة: أكثر من 40"_s, u"أكثر من 40 دولة"_s),
        figure(u"money"_s, u"money_usd"_s, FigureKind::Stock, u"coalition"_s, iq, 347000000, u"exact"_s, u"usd"_s,
               date(QDate(2020, 8, 1), DatePrecision::Month), u"src-a"_s, u"Value of facilities"_s,
               u"قيمة المنشآت"_s, u"347 مليون دولار"_s),
    };
    data.figures.append(figure(u"territory-iq"_s, u"territory_recovered_pct"_s, FigureKind::Stock, u"coalition"_s, iq,
                               56, u"exact"_s, u"percent"_s, date(QDate(2016, 11, 1), DatePrecision::Month),
                               u"src-b"_s, u"Territory recovered in Iraq: 56%"_s, u"الأراضي المستعادة في العراق: 56٪"_s,
                               u"استعادة 56 بالمائة من الأراضي"_s));
    data.figures.append(figure(u"territory-sy"_s, u"territory_recovered_pct"_s, FigureKind::Stock, u"coalition"_s, sy,
                               27, u"exact"_s, u"percent"_s, date(QDate(2016, 11, 1), DatePrecision::Month),
                               u"src-b"_s, u"Territory recovered in Syria: 27%"_s, u"الأراضي المستعادة في سوريا: 27٪"_s,
                               u"و27 بالمائة في سوريا"_s));

    auto event = [](const QString &id, QDate day, const QString &en, const QString &ar) {
        Atlas::Event result;
        result.id = id;
        result.date = date(day, DatePrecision::Day);
        result.category = u"diplomacy_statement"_s;
        result.title = { ar, en };
        result.citations = { { u"src-b"_s, ar } };
        return result;
    };
    data.events = { event(u"briefing-2023"_s, QDate(2023, 4, 24), u"Coalition briefing on attacks"_s,
                          u"إحاطة التحالف عن الهجمات"_s),
                    event(u"interview-2021"_s, QDate(2021, 4, 15), u"Interview with the coalition command"_s,
                          u"مقابلة مع قيادة التحالف"_s) };
    for (Atlas::Figure &f : data.figures) {
        if (f.metric == u"attack_change_pct"_s) {
            f.direction = u"decrease"_s;
            f.eventId = u"briefing-2023"_s;
        }
        if (f.id == u"us-sy-2021"_s || f.id == u"strikes-iq"_s)
            f.eventId = u"interview-2021"_s;
        if (f.id == u"usintel-fighters"_s)
            f.estimatedBy = u"us-intelligence"_s;
    }
    data.buildIndex();
    return data;
}

// The colours a chart may fill with: the legend's, and the page's white and greys (text, grid,
// axes), which text and lines may thicken into.
inline QSet<QRgb> allowedFills(const QList<QColor> &legend)
{
    QSet<QRgb> allowed = { qRgb(255, 255, 255), Atlas::ChartStyle::textColor().rgb(), Atlas::ChartStyle::mutedColor().rgb(),
                           Atlas::ChartStyle::gridColor().rgb(), Atlas::ChartStyle::axisColor().rgb() };
    for (const QColor &colour : legend)
        allowed.insert(colour.rgb());
    return allowed;
}

// The first pixel in `area` of an RGB32 image that shows a fill (its 3 × 3 neighbourhood all
// alike: edges and antialiased lines blend, fills do not) in none of the allowed colours,
// described; empty when there is none.
inline QString foreignFill(const QImage &image, const QRect &area, const QSet<QRgb> &allowed)
{
    const QRect inside = area & image.rect().adjusted(1, 1, -1, -1);
    for (int y = inside.top(); y <= inside.bottom(); y += 2) {
        for (int x = inside.left(); x <= inside.right(); x += 2) {
            const QRgb pixel = image.pixel(x, y);
            bool uniform = true;
            for (int dy = -1; dy <= 1 && uniform; ++dy)
                for (int dx = -1; dx <= 1 && uniform; ++dx)
                    uniform = image.pixel(x + dx, y + dy) == pixel;
            if (uniform && !allowed.contains(pixel))
                return u"%1 at (%2, %3)"_s.arg(QColor(pixel).name()).arg(x).arg(y);
        }
    }
    return {};
}

} // namespace ChartFixture
