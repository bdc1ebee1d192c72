// SPDX-License-Identifier: GPL-3.0-or-later
#include "timelinescale.h"

#include <QPointF>
#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;
using Atlas::TimelineScale;
using Unit = Atlas::TimelineScale::TickUnit;

Q_DECLARE_METATYPE(Qt::LayoutDirection)
Q_DECLARE_METATYPE(Atlas::TimelineScale::TickUnit)
Q_DECLARE_METATYPE(Atlas::Language)
Q_DECLARE_METATYPE(Atlas::DigitStyle)
Q_DECLARE_METATYPE(QList<QPointF>)

class TestTimelineScale : public QObject
{
    Q_OBJECT

private:
    static double jd(int y, int m, int d) { return double(QDate(y, m, d).toJulianDay()); }

private Q_SLOTS:
    void mapping_data()
    {
        QTest::addColumn<Qt::LayoutDirection>("direction");
        QTest::addColumn<QDate>("date");
        QTest::addColumn<double>("expectedX");
        // 100 days from 2020-01-01 across 1000 px: 10 px per day.
        QTest::newRow("ltr first day") << Qt::LeftToRight << QDate(2020, 1, 1) << 0.0;
        QTest::newRow("ltr day 10") << Qt::LeftToRight << QDate(2020, 1, 11) << 100.0;
        QTest::newRow("ltr last edge") << Qt::LeftToRight << QDate(2020, 4, 10) << 1000.0;
        QTest::newRow("ltr before range") << Qt::LeftToRight << QDate(2019, 12, 31) << -10.0;
        QTest::newRow("rtl first day") << Qt::RightToLeft << QDate(2020, 1, 1) << 1000.0;
        QTest::newRow("rtl day 10") << Qt::RightToLeft << QDate(2020, 1, 11) << 900.0;
        QTest::newRow("rtl last edge") << Qt::RightToLeft << QDate(2020, 4, 10) << 0.0;
    }
    void mapping()
    {
        QFETCH(Qt::LayoutDirection, direction);
        QFETCH(QDate, date);
        QFETCH(double, expectedX);
        TimelineScale scale;
        scale.setWidth(1000);
        scale.setDirection(direction);
        scale.setVisibleRange(jd(2020, 1, 1), 100);
        QCOMPARE(scale.pixelsPerDay(), 10.0);
        QCOMPARE(scale.xForDate(date), expectedX);
        QCOMPARE(scale.dayForX(expectedX), double(date.toJulianDay()));
        // Anywhere inside the day's cell maps back to the day.
        const double inside = direction == Qt::RightToLeft ? expectedX - 5 : expectedX + 5;
        QCOMPARE(scale.dateForX(inside), date);
    }

    void zoomKeepsDateUnderCursor_data()
    {
        QTest::addColumn<Qt::LayoutDirection>("direction");
        QTest::addColumn<double>("factor");
        QTest::addColumn<double>("x");
        for (Qt::LayoutDirection direction : {Qt::LeftToRight, Qt::RightToLeft}) {
            const char *name = direction == Qt::LeftToRight ? "ltr" : "rtl";
            QTest::addRow("%s in x2 at 200", name) << direction << 2.0 << 200.0;
            QTest::addRow("%s in x10 at 1500", name) << direction << 10.0 << 1500.0;
            QTest::addRow("%s out x0.5 at 800", name) << direction << 0.5 << 800.0;
            QTest::addRow("%s in x1.19 at 0", name) << direction << 1.19 << 0.0;
        }
    }
    void zoomKeepsDateUnderCursor()
    {
        QFETCH(Qt::LayoutDirection, direction);
        QFETCH(double, factor);
        QFETCH(double, x);
        TimelineScale scale;
        scale.setWidth(1600);
        scale.setDirection(direction);
        scale.setDataSpan(QDate(2014, 1, 1), QDate(2026, 12, 31));
        scale.setVisibleDates(QDate(2018, 1, 1), QDate(2020, 12, 31));
        const double dayBefore = scale.dayForX(x);
        const double ppdBefore = scale.pixelsPerDay();
        scale.zoomAbout(factor, x);
        QVERIFY(qAbs(scale.dayForX(x) - dayBefore) < 1e-6);
        QVERIFY(qAbs(scale.pixelsPerDay() - ppdBefore * factor) < 1e-9 * ppdBefore * factor);
    }

    void clamp_data()
    {
        QTest::addColumn<double>("zoomFactor");
        QTest::addColumn<double>("panPixels");
        QTest::addColumn<QString>("expect"); // which limit holds afterwards
        QTest::newRow("zoom out past the decade") << 0.001 << 0.0 << u"whole"_s;
        QTest::newRow("zoom in past a few days") << 1e6 << 0.0 << u"minimum"_s;
        QTest::newRow("pan before the first event") << 1.0 << 1e7 << u"start"_s;
        QTest::newRow("pan after the last event") << 1.0 << -1e7 << u"end"_s;
    }
    void clamp()
    {
        QFETCH(double, zoomFactor);
        QFETCH(double, panPixels);
        QFETCH(QString, expect);
        TimelineScale scale;
        scale.setWidth(1000);
        scale.setDataSpan(QDate(2014, 9, 10), QDate(2024, 9, 27), 0.03);
        scale.setVisibleDates(QDate(2019, 1, 1), QDate(2019, 12, 31));
        scale.zoomAbout(zoomFactor, 500);
        scale.panByPixels(panPixels);
        const double dataFirst = jd(2014, 9, 10);
        const double dataEnd = jd(2024, 9, 28);
        const double margin = (dataEnd - dataFirst) * 0.03;
        QVERIFY(scale.firstDay() >= dataFirst - margin - 1e-6);
        QVERIFY(scale.lastDay() <= dataEnd + margin + 1e-6);
        if (expect == u"whole") {
            QCOMPARE(scale.firstDay(), dataFirst - margin);
            QCOMPARE(scale.lastDay(), dataEnd + margin);
        } else if (expect == u"minimum") {
            QCOMPARE(scale.spanDays(), TimelineScale::MinimumSpanDays);
        } else if (expect == u"start") {
            QCOMPARE(scale.firstDay(), dataFirst - margin);
        } else {
            QCOMPARE(scale.lastDay(), dataEnd + margin);
        }
    }

    void pan_data()
    {
        QTest::addColumn<Qt::LayoutDirection>("direction");
        QTest::addColumn<double>("dx");
        QTest::addColumn<double>("dayShift");
        // 10 px per day: dragging the content right by 100 px shows 10 earlier days in LTR.
        QTest::newRow("ltr drag right") << Qt::LeftToRight << 100.0 << -10.0;
        QTest::newRow("ltr drag left") << Qt::LeftToRight << -50.0 << 5.0;
        QTest::newRow("rtl drag right") << Qt::RightToLeft << 100.0 << 10.0;
        QTest::newRow("rtl drag left") << Qt::RightToLeft << -50.0 << -5.0;
    }
    void pan()
    {
        QFETCH(Qt::LayoutDirection, direction);
        QFETCH(double, dx);
        QFETCH(double, dayShift);
        TimelineScale scale;
        scale.setWidth(1000);
        scale.setDirection(direction);
        scale.setVisibleRange(jd(2020, 1, 1), 100);
        const double dayUnderPointer = scale.dayForX(300);
        scale.panByPixels(dx);
        QCOMPARE(scale.firstDay(), jd(2020, 1, 1) + dayShift);
        // The content follows the pointer: the day that was under x is now under x + dx.
        QVERIFY(qAbs(scale.dayForX(300 + dx) - dayUnderPointer) < 1e-9);
    }

    void ticks_data()
    {
        QTest::addColumn<QDate>("first");
        QTest::addColumn<QDate>("last");
        QTest::addColumn<double>("width");
        QTest::addColumn<Unit>("minor");
        QTest::addColumn<Unit>("major");
        QTest::newRow("12 years") << QDate(2014, 1, 1) << QDate(2025, 12, 31) << 1200.0 << Unit::Year << Unit::Year;
        QTest::newRow("12 years narrow") << QDate(2014, 1, 1) << QDate(2025, 12, 31) << 300.0 << Unit::FiveYears << Unit::FiveYears;
        QTest::newRow("2 years") << QDate(2019, 1, 1) << QDate(2020, 12, 31) << 1200.0 << Unit::Quarter << Unit::Year;
        QTest::newRow("1 year") << QDate(2020, 1, 1) << QDate(2020, 12, 31) << 1200.0 << Unit::Month << Unit::Year;
        QTest::newRow("3 months") << QDate(2020, 6, 1) << QDate(2020, 8, 31) << 1200.0 << Unit::Week << Unit::Month;
        QTest::newRow("10 days") << QDate(2024, 9, 20) << QDate(2024, 9, 29) << 1200.0 << Unit::Day << Unit::Month;
        QTest::newRow("10 days, small widget") << QDate(2024, 9, 20) << QDate(2024, 9, 29) << 280.0 << Unit::Day << Unit::Month;
    }
    void ticks()
    {
        QFETCH(QDate, first);
        QFETCH(QDate, last);
        QFETCH(double, width);
        QFETCH(Unit, minor);
        QFETCH(Unit, major);
        TimelineScale scale;
        scale.setWidth(width);
        scale.setVisibleDates(first, last);
        QCOMPARE(scale.minorUnit(), minor);
        const QList<TimelineScale::Tick> ticks = scale.ticks();
        int minorCount = 0;
        QDate previous;
        for (const TimelineScale::Tick &tick : ticks) {
            QCOMPARE(tick.unit, tick.major ? major : minor);
            QCOMPARE(TimelineScale::alignDown(tick.date, tick.unit), tick.date);
            QCOMPARE(tick.x, scale.xForDate(tick.date));
            if (tick.major)
                continue;
            ++minorCount;
            QVERIFY(tick.date >= first && tick.date <= last);
            if (previous.isValid()) {
                QCOMPARE(tick.date, TimelineScale::advance(previous, minor));
                // Labels need room: ticks of the chosen unit are never closer than its minimum.
                QVERIFY(tick.x - scale.xForDate(previous) >= TimelineScale::minimumSpacing(minor) * 0.9);
            }
            previous = tick.date;
        }
        const int expected = int(qRound((double(last.toJulianDay()) - double(first.toJulianDay()) + 1)
                                        / TimelineScale::approximateDays(minor)));
        QVERIFY2(qAbs(minorCount - expected) <= 1, qPrintable(u"%1 minor ticks, about %2 expected"_s.arg(minorCount).arg(expected)));
    }

    void labels_data()
    {
        QTest::addColumn<Atlas::Language>("language");
        QTest::addColumn<Atlas::DigitStyle>("digits");
        QTest::addColumn<Unit>("unit");
        QTest::addColumn<bool>("major");
        QTest::addColumn<QDate>("date");
        QTest::addColumn<QString>("expected");
        const auto en = Atlas::Language::English;
        const auto ar = Atlas::Language::Arabic;
        const auto latin = Atlas::DigitStyle::Latin;
        const auto arab = Atlas::DigitStyle::ArabicIndic;
        QTest::newRow("en year") << en << latin << Unit::Year << false << QDate(2020, 1, 1) << u"2020"_s;
        QTest::newRow("en decade") << en << latin << Unit::Decade << true << QDate(2020, 1, 1) << u"2020"_s;
        QTest::newRow("en quarter") << en << latin << Unit::Quarter << false << QDate(2020, 7, 1) << u"Q3"_s;
        QTest::newRow("en month") << en << latin << Unit::Month << false << QDate(2020, 9, 1) << u"September"_s;
        QTest::newRow("en month as major") << en << latin << Unit::Month << true << QDate(2024, 9, 1) << u"September 2024"_s;
        QTest::newRow("en week") << en << latin << Unit::Week << false << QDate(2024, 9, 23) << u"23"_s;
        QTest::newRow("en day") << en << latin << Unit::Day << false << QDate(2024, 9, 27) << u"27"_s;
        QTest::newRow("ar year, Arabic-Indic") << ar << arab << Unit::Year << false << QDate(2014, 1, 1) << u"٢٠١٤"_s;
        QTest::newRow("ar day, Arabic-Indic") << ar << arab << Unit::Day << false << QDate(2024, 9, 27) << u"٢٧"_s;
        QTest::newRow("ar month, Levantine") << ar << latin << Unit::Month << false << QDate(2020, 9, 1) << u"أيلول"_s;
    }
    void labels()
    {
        QFETCH(Atlas::Language, language);
        QFETCH(Atlas::DigitStyle, digits);
        QFETCH(Unit, unit);
        QFETCH(bool, major);
        QFETCH(QDate, date);
        QFETCH(QString, expected);
        TimelineScale::Tick tick;
        tick.date = date;
        tick.unit = unit;
        tick.major = major;
        QCOMPARE(TimelineScale::label(tick, Atlas::Formatter(language, digits)), expected);
    }

    // Zooming into a badge: every footprint (days plus the pixels of markers and titles) lies
    // inside the view with the margin free at both edges, and the zoom is as close as that allows.
    void fitFootprints_data()
    {
        QTest::addColumn<Qt::LayoutDirection>("direction");
        QTest::addColumn<QList<QPointF>>("days");     // first and last day of each footprint (from 2020-01-01)
        QTest::addColumn<QList<QPointF>>("pixels");   // leading and trailing pixels of each
        for (Qt::LayoutDirection direction : {Qt::LeftToRight, Qt::RightToLeft}) {
            const char *name = direction == Qt::LeftToRight ? "ltr" : "rtl";
            QTest::addRow("%s dots a week apart, titles", name)
                << direction << QList<QPointF>{{10.5, 10.5}, {17.5, 17.5}} << QList<QPointF>{{6, 230}, {6, 230}};
            QTest::addRow("%s last title longest", name)
                << direction << QList<QPointF>{{0.5, 0.5}, {1.5, 1.5}, {40.5, 40.5}}
                << QList<QPointF>{{6, 40}, {6, 40}, {6, 400}};
            QTest::addRow("%s a year's bar and a dot", name)
                << direction << QList<QPointF>{{0, 366}, {0, 0}, {200.5, 200.5}} << QList<QPointF>{{0, 0}, {0, 120}, {6, 90}};
            QTest::addRow("%s one day", name) << direction << QList<QPointF>{{3.5, 3.5}} << QList<QPointF>{{6, 100}};
        }
    }
    void fitFootprints()
    {
        QFETCH(Qt::LayoutDirection, direction);
        QFETCH(QList<QPointF>, days);
        QFETCH(QList<QPointF>, pixels);
        constexpr double Margin = 24;
        TimelineScale scale;
        scale.setWidth(900);
        scale.setDirection(direction);
        scale.setDataSpan(QDate(2014, 1, 1), QDate(2026, 9, 30));
        scale.setVisibleDates(QDate(2014, 1, 1), QDate(2026, 9, 30));
        const double first = jd(2020, 1, 1);
        QList<TimelineScale::Footprint> footprints;
        for (qsizetype i = 0; i < days.size(); ++i)
            footprints.append({first + days.at(i).x(), first + days.at(i).y(), pixels.at(i).x(), pixels.at(i).y()});
        scale.fitFootprints(footprints, Margin);
        const bool rtl = direction == Qt::RightToLeft;
        double low = 1e9;
        double high = -1e9;
        for (const TimelineScale::Footprint &footprint : std::as_const(footprints)) {
            const double a = scale.xForDay(footprint.firstDay) + (rtl ? footprint.leadingPixels : -footprint.leadingPixels);
            const double b = scale.xForDay(footprint.lastDay) + (rtl ? -footprint.trailingPixels : footprint.trailingPixels);
            low = std::min({low, a, b});
            high = std::max({high, a, b});
        }
        QVERIFY2(low >= Margin - 0.5 && high <= scale.width() - Margin + 0.5,
                 qPrintable(u"%1..%2 in %3"_s.arg(low).arg(high).arg(scale.width())));
        // As close as that allows: the footprints fill the room, or the zoom is at its closest.
        QVERIFY2(high - low >= scale.width() - 2 * Margin - 2 || scale.spanDays() <= TimelineScale::MinimumSpanDays + 1e-9,
                 qPrintable(u"%1 px of %2"_s.arg(high - low).arg(scale.width() - 2 * Margin)));
    }

    void ensureVisible_data()
    {
        QTest::addColumn<QDate>("date");
        QTest::addColumn<bool>("keepsZoom");
        QTest::newRow("already visible") << QDate(2020, 3, 1) << true;
        QTest::newRow("later") << QDate(2022, 5, 5) << true;
        QTest::newRow("earlier") << QDate(2015, 2, 2) << true;
    }
    void ensureVisible()
    {
        QFETCH(QDate, date);
        QFETCH(bool, keepsZoom);
        TimelineScale scale;
        scale.setWidth(800);
        scale.setDataSpan(QDate(2014, 1, 1), QDate(2025, 12, 31));
        scale.setVisibleDates(QDate(2020, 1, 1), QDate(2020, 12, 31));
        const double span = scale.spanDays();
        const double firstBefore = scale.firstDay();
        const double day = double(date.toJulianDay());
        const bool wasVisible = day >= scale.firstDay() && day + 1 <= scale.lastDay();
        scale.ensureVisible(day, day + 1);
        QVERIFY(day >= scale.firstDay() && day + 1 <= scale.lastDay());
        QCOMPARE(scale.spanDays() == span, keepsZoom);
        if (wasVisible)
            QCOMPARE(scale.firstDay(), firstBefore);
    }
};

QTEST_GUILESS_MAIN(TestTimelineScale)
#include "tst_timelinescale.moc"
