// SPDX-License-Identifier: GPL-3.0-or-later
#include "filterstate.h"

#include <QTest>

using namespace Atlas;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(Atlas::WindowMatch)
Q_DECLARE_METATYPE(Atlas::DatePrecision)

/*
 * The time window's meaning on date intervals (docs/dataset.md, "Dates"): every precision is an
 * interval from earliest() to latest(), and the window takes an interval that overlaps it or, with
 * WindowMatch::Inside, one that lies inside it. Open ends are no restriction on that side.
 */
class TestFilterState : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void intervalOfEachPrecision_data()
    {
        QTest::addColumn<QDate>("start");
        QTest::addColumn<QDate>("end");
        QTest::addColumn<DatePrecision>("precision");
        QTest::addColumn<QDate>("earliest");
        QTest::addColumn<QDate>("latest");

        QTest::newRow("day") << QDate(2024, 9, 27) << QDate() << DatePrecision::Day << QDate(2024, 9, 27) << QDate(2024, 9, 27);
        QTest::newRow("week") << QDate(2014, 8, 11) << QDate() << DatePrecision::Week << QDate(2014, 8, 11) << QDate(2014, 8, 17);
        QTest::newRow("week across a year") << QDate(2019, 12, 29) << QDate() << DatePrecision::Week
                                            << QDate(2019, 12, 29) << QDate(2020, 1, 4);
        QTest::newRow("month") << QDate(2020, 2, 1) << QDate() << DatePrecision::Month << QDate(2020, 2, 1) << QDate(2020, 2, 29);
        QTest::newRow("year") << QDate(2014, 1, 1) << QDate() << DatePrecision::Year << QDate(2014, 1, 1) << QDate(2014, 12, 31);
        QTest::newRow("bounds in days") << QDate(2021, 5, 3) << QDate(2021, 5, 7) << DatePrecision::Day
                                        << QDate(2021, 5, 3) << QDate(2021, 5, 7);
        QTest::newRow("weeks to weeks") << QDate(2021, 5, 3) << QDate(2021, 5, 17) << DatePrecision::Week
                                        << QDate(2021, 5, 3) << QDate(2021, 5, 23);
        QTest::newRow("months to months") << QDate(2025, 9, 1) << QDate(2026, 9, 1) << DatePrecision::Month
                                          << QDate(2025, 9, 1) << QDate(2026, 9, 30);
        QTest::newRow("years to years") << QDate(2014, 1, 1) << QDate(2016, 1, 1) << DatePrecision::Year
                                        << QDate(2014, 1, 1) << QDate(2016, 12, 31);
    }

    void intervalOfEachPrecision()
    {
        QFETCH(QDate, start);
        QFETCH(QDate, end);
        QFETCH(DatePrecision, precision);
        FuzzyDate date;
        date.start = start;
        date.end = end;
        date.precision = precision;
        QTEST(date.earliest(), "earliest");
        QTEST(date.latest(), "latest");
    }

    void windowMatch_data()
    {
        QTest::addColumn<QDate>("earliest");
        QTest::addColumn<QDate>("latest");
        QTest::addColumn<QDate>("from");
        QTest::addColumn<QDate>("to");
        QTest::addColumn<bool>("overlaps");
        QTest::addColumn<bool>("inside");

        const QDate march1(2020, 3, 1), march31(2020, 3, 31);
        // A year against a month: it overlaps, but does not lie inside.
        QTest::newRow("year over a month window") << QDate(2020, 1, 1) << QDate(2020, 12, 31) << march1 << march31 << true << false;
        QTest::newRow("day inside") << QDate(2020, 3, 15) << QDate(2020, 3, 15) << march1 << march31 << true << true;
        QTest::newRow("day on the first day") << march1 << march1 << march1 << march31 << true << true;
        QTest::newRow("day on the last day") << march31 << march31 << march1 << march31 << true << true;
        QTest::newRow("day before") << QDate(2020, 2, 29) << QDate(2020, 2, 29) << march1 << march31 << false << false;
        QTest::newRow("day after") << QDate(2020, 4, 1) << QDate(2020, 4, 1) << march1 << march31 << false << false;
        QTest::newRow("week straddling the start") << QDate(2020, 2, 27) << QDate(2020, 3, 4) << march1 << march31 << true << false;
        QTest::newRow("week straddling the end") << QDate(2020, 3, 29) << QDate(2020, 4, 4) << march1 << march31 << true << false;
        QTest::newRow("span holding the window") << QDate(2019, 1, 1) << QDate(2021, 1, 1) << march1 << march31 << true << false;
        QTest::newRow("open start, ends inside") << QDate(2010, 1, 1) << QDate(2020, 3, 2) << QDate() << march31 << true << true;
        QTest::newRow("open start, ends after") << QDate(2010, 1, 1) << QDate(2020, 4, 2) << QDate() << march31 << true << false;
        QTest::newRow("open end, starts before") << QDate(2020, 2, 1) << QDate(2020, 5, 1) << march1 << QDate() << true << false;
        QTest::newRow("open end, starts inside") << QDate(2020, 3, 5) << QDate(2030, 5, 1) << march1 << QDate() << true << true;
        QTest::newRow("no window") << QDate(2020, 3, 5) << QDate(2030, 5, 1) << QDate() << QDate() << true << true;
        QTest::newRow("inverted window is swapped") << QDate(2020, 3, 15) << QDate(2020, 3, 15) << march31 << march1 << true << true;
    }

    void windowMatch()
    {
        QFETCH(QDate, earliest);
        QFETCH(QDate, latest);
        QFETCH(QDate, from);
        QFETCH(QDate, to);
        FilterState state;
        state.setTimeWindow(from, to);
        QTEST(state.acceptsPeriod(earliest, latest), "overlaps");
        QTEST(state.acceptsDays(earliest.toJulianDay(), latest.toJulianDay()), "overlaps");
        state.setWindowMatch(WindowMatch::Inside);
        QTEST(state.acceptsPeriod(earliest, latest), "inside");
        QTEST(state.acceptsDays(earliest.toJulianDay(), latest.toJulianDay()), "inside");
    }

    // The match is part of the state only while there is a window to match.
    void matchOnlyCountsWithAWindow()
    {
        FilterState overlaps;
        FilterState inside;
        inside.setWindowMatch(WindowMatch::Inside);
        QVERIFY(overlaps == inside);
        overlaps.setTimeWindow(QDate(2020, 1, 1), QDate());
        inside.setTimeWindow(QDate(2020, 1, 1), QDate());
        QVERIFY(!(overlaps == inside));
        QVERIFY(inside.describe().contains(u"(inside)"_s));
    }

    // A map extent takes events with any place inside it (edges included), never events without
    // places; actors take events naming any chosen actor. Places: Al-Tanf and Baghouz.
    void extentAndActors_data()
    {
        QTest::addColumn<QStringList>("placeIds");
        QTest::addColumn<QStringList>("actorIds");
        QTest::addColumn<QList<double>>("extent"); // south, west, north, east; empty for none
        QTest::addColumn<QStringList>("actors");
        QTest::addColumn<bool>("accepted");

        const QList<double> syriaEast{ 33.0, 38.0, 35.0, 41.0 };
        QTest::newRow("no criteria") << QStringList{} << QStringList{} << QList<double>{} << QStringList{} << true;
        QTest::newRow("place inside") << QStringList{ u"tanf"_s } << QStringList{} << syriaEast << QStringList{} << true;
        QTest::newRow("place outside") << QStringList{ u"tanf"_s } << QStringList{} << QList<double>{ 35.0, 40.0, 36.0, 42.0 }
                                       << QStringList{} << false;
        QTest::newRow("second place inside") << QStringList{ u"baghouz"_s, u"tanf"_s } << QStringList{} << syriaEast
                                             << QStringList{} << true;
        QTest::newRow("on the edge") << QStringList{ u"tanf"_s } << QStringList{} << QList<double>{ 33.5, 38.6, 34.0, 39.0 }
                                     << QStringList{} << true;
        QTest::newRow("corners given swapped") << QStringList{ u"tanf"_s } << QStringList{}
                                               << QList<double>{ 35.0, 41.0, 33.0, 38.0 } << QStringList{} << true;
        QTest::newRow("no places") << QStringList{} << QStringList{} << syriaEast << QStringList{} << false;
        QTest::newRow("unknown place") << QStringList{ u"nowhere"_s } << QStringList{} << syriaEast << QStringList{} << false;
        QTest::newRow("actor chosen") << QStringList{} << QStringList{ u"isis"_s, u"us"_s } << QList<double>{}
                                      << QStringList{ u"us"_s } << true;
        QTest::newRow("actor not chosen") << QStringList{} << QStringList{ u"isis"_s } << QList<double>{}
                                          << QStringList{ u"us"_s, u"sdf"_s } << false;
        QTest::newRow("no actors") << QStringList{} << QStringList{} << QList<double>{} << QStringList{ u"us"_s } << false;
        QTest::newRow("actor and extent") << QStringList{ u"baghouz"_s } << QStringList{ u"sdf"_s }
                                          << QList<double>{ 34.0, 40.0, 35.0, 41.0 } << QStringList{ u"sdf"_s } << true;
    }

    void extentAndActors()
    {
        QFETCH(QStringList, placeIds);
        QFETCH(QStringList, actorIds);
        QFETCH(QList<double>, extent);
        QFETCH(QStringList, actors);

        Dataset dataset;
        Place tanf;
        tanf.id = u"tanf"_s, tanf.lat = 33.5, tanf.lon = 38.6;
        Place baghouz;
        baghouz.id = u"baghouz"_s, baghouz.lat = 34.45, baghouz.lon = 40.95;
        dataset.places = { tanf, baghouz };
        Event event;
        event.id = u"e"_s;
        event.date.start = QDate(2019, 3, 23);
        event.placeIds = placeIds;
        event.actorIds = actorIds;
        dataset.events = { event };
        dataset.buildIndex();

        FilterState state;
        if (!extent.isEmpty())
            state.setExtent(GeoExtent::fromCorners(extent.at(0), extent.at(1), extent.at(2), extent.at(3)));
        state.setActors(QSet<QString>(actors.cbegin(), actors.cend()));
        QTEST(state.acceptsEvent(dataset.events.constFirst(), dataset, TextFolding::IndexedText()), "accepted");
        QCOMPARE(state.isEmpty(), extent.isEmpty() && actors.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestFilterState)
#include "tst_filterstate.moc"
