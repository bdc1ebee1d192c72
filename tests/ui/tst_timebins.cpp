// SPDX-License-Identifier: GPL-3.0-or-later
#include "timebins.h"

#include <QRandomGenerator>
#include <QTest>

#include <algorithm>
#include <cmath>

using Atlas::TimeBins;

class TestTimeBins : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void binStart_data()
    {
        QTest::addColumn<double>("day");
        QTest::addColumn<double>("binDays");
        QTest::addColumn<double>("expected");
        QTest::newRow("inside") << 10.5 << 4.0 << 8.0;
        QTest::newRow("on an edge") << 12.0 << 4.0 << 12.0;
        QTest::newRow("fractional bins") << 1.0 << 0.25 << 1.0;
        QTest::newRow("julian day, a month") << 2457029.0 << 30.0 << 2457000.0;
        QTest::newRow("no width") << 7.0 << 0.0 << 7.0;
    }
    void binStart()
    {
        QFETCH(double, day);
        QFETCH(double, binDays);
        QFETCH(double, expected);
        QCOMPARE(TimeBins::binStart(day, binDays), expected);
    }

    void countIn_data()
    {
        QTest::addColumn<QList<double>>("days");
        QTest::addColumn<double>("from");
        QTest::addColumn<double>("to");
        QTest::addColumn<int>("expected");
        const QList<double> days{1, 2, 2, 3, 7};
        QTest::newRow("all") << days << 0.0 << 10.0 << 5;
        QTest::newRow("from is inclusive") << days << 2.0 << 3.0 << 2;
        QTest::newRow("to is exclusive") << days << 1.0 << 2.0 << 1;
        QTest::newRow("gap") << days << 4.0 << 7.0 << 0;
        QTest::newRow("reversed") << days << 7.0 << 1.0 << 0;
        QTest::newRow("empty") << QList<double>() << 0.0 << 10.0 << 0;
    }
    void countIn()
    {
        QFETCH(QList<double>, days);
        QFETCH(double, from);
        QFETCH(double, to);
        QFETCH(int, expected);
        QCOMPARE(TimeBins::countIn(days, from, to), expected);
    }

    // The bins over a range add up to the days in it, each day in the bin a brute-force
    // search puts it in, for random days at several bin widths.
    void binsAddUp_data()
    {
        QTest::addColumn<double>("binDays");
        QTest::addColumn<double>("first");
        QTest::addColumn<int>("bins");
        QTest::newRow("a day") << 1.0 << 2456700.0 << 4000;
        QTest::newRow("a week") << 7.0 << 2456693.0 << 600;
        QTest::newRow("fractional") << 2.5 << 2456800.0 << 700;
        QTest::newRow("part of the range") << 30.0 << 2458000.0 << 20;
        QTest::newRow("before the data") << 10.0 << 2450000.0 << 30;
    }
    void binsAddUp()
    {
        QFETCH(double, binDays);
        QFETCH(double, first);
        QFETCH(int, bins);
        QRandomGenerator random(20140808);
        QList<double> days;
        for (int i = 0; i < 20000; ++i)
            days.append(2456659.0 + std::floor(random.bounded(4018.0)));
        std::sort(days.begin(), days.end());

        const QList<int> counts = TimeBins::counts(days, first, binDays, bins);
        QCOMPARE(counts.size(), bins);
        QList<int> expected(bins, 0);
        for (double day : std::as_const(days)) {
            const int bin = int(std::floor((day - first) / binDays));
            if (bin >= 0 && bin < bins)
                ++expected[bin];
        }
        QCOMPARE(counts, expected);
        int sum = 0;
        for (int count : counts)
            sum += count;
        QCOMPARE(sum, TimeBins::countIn(days, first, first + bins * binDays));
    }
};

QTEST_APPLESS_MAIN(TestTimeBins)
#include "tst_timebins.moc"
