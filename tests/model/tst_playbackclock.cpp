// SPDX-License-Identifier: GPL-3.0-or-later
// PlaybackSchedule's windows and PlaybackClock's stepping, looping and frame dropping, with a
// fake time source so nothing depends on how fast the machine is.
#include "filtercriteria.h"
#include "playbackclock.h"
#include "playbackschedule.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Atlas;

using Mode = PlaybackSchedule::Mode;
using Unit = TimeSpan::Unit;

Q_DECLARE_METATYPE(Atlas::TimeSpan)
Q_DECLARE_METATYPE(Atlas::PlaybackSchedule::Mode)

class TestPlaybackClock : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parseSpan_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<int>("unit");
        QTest::addColumn<int>("count");
        QTest::newRow("week") << u"week"_s << true << int(Unit::Week) << 1;
        QTest::newRow("Month") << u"Month"_s << true << int(Unit::Month) << 1;
        QTest::newRow("quarter") << u"quarter"_s << true << int(Unit::Quarter) << 1;
        QTest::newRow("year") << u"year"_s << true << int(Unit::Year) << 1;
        QTest::newRow("2 weeks") << u"2 weeks"_s << true << int(Unit::Week) << 2;
        QTest::newRow("90d") << u"90d"_s << true << int(Unit::Day) << 90;
        QTest::newRow("bare days") << u"45"_s << true << int(Unit::Day) << 45;
        QTest::newRow("6m") << u"6m"_s << true << int(Unit::Month) << 6;
        QTest::newRow("3months") << u"3months"_s << true << int(Unit::Month) << 3;
        QTest::newRow("empty") << QString() << false << 0 << 0;
        QTest::newRow("zero") << u"0 days"_s << false << 0 << 0;
        QTest::newRow("negative") << u"-3 weeks"_s << false << 0 << 0;
        QTest::newRow("fortnight") << u"fortnight"_s << false << 0 << 0;
        QTest::newRow("arabic word") << u"شهر"_s << false << 0 << 0;
    }
    void parseSpan()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        const std::optional<TimeSpan> span = TimeSpan::parse(text);
        QCOMPARE(span.has_value(), valid);
        if (!valid)
            return;
        QFETCH(int, unit);
        QFETCH(int, count);
        QCOMPARE(int(span->unit), unit);
        QCOMPARE(span->count, count);
        QCOMPARE(TimeSpan::parse(span->name()), span); // name() reads back
    }

    void monthsDoNotDrift()
    {
        const TimeSpan month {Unit::Month, 1};
        QCOMPARE(month.advance(QDate(2020, 1, 31), 1), QDate(2020, 2, 29));
        QCOMPARE(month.advance(QDate(2020, 1, 31), 2), QDate(2020, 3, 31));
        QCOMPARE((TimeSpan {Unit::Quarter, 1}).advance(QDate(2019, 11, 30), 1), QDate(2020, 2, 29));
    }

    void windows_data()
    {
        QTest::addColumn<QDate>("from");
        QTest::addColumn<QDate>("to");
        QTest::addColumn<TimeSpan>("step");
        QTest::addColumn<TimeSpan>("window");
        QTest::addColumn<Mode>("mode");
        QTest::addColumn<int>("frames");
        QTest::addColumn<int>("frame");
        QTest::addColumn<QDate>("windowFrom");
        QTest::addColumn<QDate>("windowTo");
        const TimeSpan month {Unit::Month, 1};
        const TimeSpan week {Unit::Week, 1};
        const TimeSpan quarter {Unit::Quarter, 1};
        const TimeSpan year {Unit::Year, 1};
        QTest::newRow("months of 2015, first") << QDate(2015, 1, 1) << QDate(2015, 12, 31) << month << month
                                               << Mode::MovingWindow << 12 << 0 << QDate(2015, 1, 1) << QDate(2015, 1, 31);
        QTest::newRow("months of 2015, February") << QDate(2015, 1, 1) << QDate(2015, 12, 31) << month << month
                                                  << Mode::MovingWindow << 12 << 1 << QDate(2015, 2, 1) << QDate(2015, 2, 28);
        QTest::newRow("months of 2015, last") << QDate(2015, 1, 1) << QDate(2015, 12, 31) << month << month
                                              << Mode::MovingWindow << 12 << 11 << QDate(2015, 12, 1) << QDate(2015, 12, 31);
        QTest::newRow("quarter window stepped by month, clipped") << QDate(2015, 1, 1) << QDate(2015, 12, 31) << month
                                                                  << quarter << Mode::MovingWindow << 12 << 11
                                                                  << QDate(2015, 12, 1) << QDate(2015, 12, 31);
        QTest::newRow("quarter window stepped by month") << QDate(2015, 1, 1) << QDate(2015, 12, 31) << month << quarter
                                                         << Mode::MovingWindow << 12 << 2 << QDate(2015, 3, 1)
                                                         << QDate(2015, 5, 31);
        QTest::newRow("weeks, partial last") << QDate(2016, 1, 1) << QDate(2016, 1, 20) << week << week
                                             << Mode::MovingWindow << 3 << 2 << QDate(2016, 1, 15) << QDate(2016, 1, 20);
        QTest::newRow("accumulate by quarter") << QDate(2014, 8, 8) << QDate(2015, 8, 7) << quarter << quarter
                                               << Mode::Accumulate << 4 << 1 << QDate(2014, 8, 8) << QDate(2015, 2, 7);
        QTest::newRow("accumulate, last reaches the end") << QDate(2014, 8, 8) << QDate(2015, 8, 7) << quarter << quarter
                                                          << Mode::Accumulate << 4 << 3 << QDate(2014, 8, 8)
                                                          << QDate(2015, 8, 7);
        QTest::newRow("years 2014-2024") << QDate(2014, 1, 1) << QDate(2024, 12, 31) << year << year
                                         << Mode::MovingWindow << 11 << 10 << QDate(2024, 1, 1) << QDate(2024, 12, 31);
    }
    void windows()
    {
        QFETCH(QDate, from);
        QFETCH(QDate, to);
        QFETCH(TimeSpan, step);
        QFETCH(TimeSpan, window);
        QFETCH(Mode, mode);
        QFETCH(int, frames);
        QFETCH(int, frame);
        const PlaybackSchedule schedule(from, to, step, window, mode);
        QVERIFY2(schedule.isValid(), qPrintable(schedule.problem()));
        QCOMPARE(schedule.frameCount(), frames);
        QTEST(schedule.windowFrom(frame), "windowFrom");
        QTEST(schedule.windowTo(frame), "windowTo");
        QCOMPARE(schedule.frameAt(mode == Mode::Accumulate ? schedule.windowTo(frame) : schedule.windowFrom(frame)), frame);
        for (int i = 0; i < frames; ++i) { // every window lies inside the range
            QVERIFY(schedule.windowFrom(i) >= from);
            QVERIFY(schedule.windowTo(i) <= to);
            QVERIFY(schedule.windowFrom(i) <= schedule.windowTo(i));
        }
    }

    void problems_data()
    {
        QTest::addColumn<QDate>("from");
        QTest::addColumn<QDate>("to");
        QTest::addColumn<TimeSpan>("step");
        QTest::addColumn<QString>("message");
        QTest::newRow("step longer than range") << QDate(2020, 1, 1) << QDate(2020, 3, 31) << TimeSpan {Unit::Year, 1}
                                                << u"longer than the range"_s;
        QTest::newRow("inverted") << QDate(2021, 1, 1) << QDate(2020, 1, 1) << TimeSpan {Unit::Month, 1}
                                  << u"is after its last day"_s;
        QTest::newRow("open end") << QDate(2021, 1, 1) << QDate() << TimeSpan {Unit::Month, 1} << u"first and a last day"_s;
        QTest::newRow("zero step") << QDate(2020, 1, 1) << QDate(2021, 1, 1) << TimeSpan {Unit::Day, 0}
                                   << u"at least one day"_s;
    }
    void problems()
    {
        QFETCH(QDate, from);
        QFETCH(QDate, to);
        QFETCH(TimeSpan, step);
        QFETCH(QString, message);
        const PlaybackSchedule schedule(from, to, step, step, Mode::MovingWindow);
        QVERIFY(!schedule.isValid());
        QVERIFY2(schedule.problem().contains(message), qPrintable(schedule.problem()));
        QCOMPARE(schedule.frameCount(), 0);
    }

    // Each step writes its window, and only its window, into the criteria it drives.
    void drivesTheFilterWindow()
    {
        FilterCriteria criteria;
        criteria.setCategories({u"strike"_s});
        criteria.setQuery(u"الرقة"_s);
        PlaybackClock clock;
        clock.setTarget(&criteria);
        clock.setSchedule(PlaybackSchedule(QDate(2017, 1, 1), QDate(2017, 12, 31), {Unit::Month, 1}, {Unit::Month, 1},
                                           Mode::MovingWindow));
        QCOMPARE(criteria.state().from(), QDate(2017, 1, 1));
        QSignalSpy changed(&criteria, &FilterCriteria::changed);
        clock.stepForward();
        clock.stepForward();
        QCOMPARE(changed.count(), 2);
        QCOMPARE(criteria.state().from(), QDate(2017, 3, 1));
        QCOMPARE(criteria.state().to(), QDate(2017, 3, 31));
        QCOMPARE(criteria.state().categories(), QSet<QString> {u"strike"_s});
        QCOMPARE(criteria.state().query(), u"الرقة"_s);
        clock.stepBack();
        QCOMPARE(criteria.state().from(), QDate(2017, 2, 1));
        clock.setPosition(100);
        QCOMPARE(clock.position(), 11);
        QCOMPARE(criteria.state().to(), QDate(2017, 12, 31));
        clock.stepForward(); // no loop: stays on the last frame
        QCOMPARE(clock.position(), 11);
        clock.setLoop(true);
        clock.stepForward();
        QCOMPARE(clock.position(), 0);
        clock.stepBack();
        QCOMPARE(clock.position(), 11);
    }

    // Changing the window length keeps the playhead where it was in time.
    void newScheduleKeepsThePlace()
    {
        PlaybackClock clock;
        clock.setSchedule(PlaybackSchedule(QDate(2017, 1, 1), QDate(2017, 12, 31), {Unit::Month, 1}, {Unit::Month, 1},
                                           Mode::MovingWindow));
        clock.setPosition(6); // July
        clock.setSchedule(PlaybackSchedule(QDate(2017, 1, 1), QDate(2017, 12, 31), {Unit::Week, 1}, {Unit::Week, 1},
                                           Mode::MovingWindow));
        QVERIFY(clock.windowFrom() <= QDate(2017, 7, 1));
        QVERIFY(clock.windowTo() >= QDate(2017, 7, 1));
    }

    // A tick shows the frame due by the time played; a slow step drops frames, never queues them.
    void dropsFramesWhenLate()
    {
        qint64 now = 1000;
        FilterCriteria criteria;
        PlaybackClock clock;
        clock.setTimeSource([&now] { return now; });
        clock.setTarget(&criteria);
        clock.setStepsPerSecond(10); // 100 ms a step
        clock.setSchedule(PlaybackSchedule(QDate(2015, 1, 1), QDate(2016, 12, 31), {Unit::Month, 1}, {Unit::Month, 1},
                                           Mode::MovingWindow));
        QSignalSpy positions(&clock, &PlaybackClock::positionChanged);
        QSignalSpy dropped(&clock, &PlaybackClock::framesDropped);
        clock.play();
        QVERIFY(clock.isPlaying());
        now += 50;
        clock.tick();
        QCOMPARE(clock.position(), 0); // not due yet
        now += 50;
        clock.tick();
        QCOMPARE(clock.position(), 1);
        QCOMPARE(dropped.count(), 0);
        now += 450; // the re-filter took 450 ms: frames 2 to 4 were due meanwhile
        clock.tick();
        QCOMPARE(clock.position(), 5);
        QCOMPARE(dropped.count(), 1);
        QCOMPARE(dropped.first().first().toInt(), 3);
        QCOMPARE(clock.droppedFrames(), 3);
        QCOMPARE(positions.count(), 2); // one change per tick, not one per frame due
        QCOMPARE(criteria.state().from(), QDate(2015, 6, 1));
        now += 10000; // far past the end: stops on the last frame without a loop
        clock.tick();
        QCOMPARE(clock.position(), 23);
        QVERIFY(!clock.isPlaying());
    }

    void loopsWhenAsked()
    {
        qint64 now = 0;
        PlaybackClock clock;
        clock.setTimeSource([&now] { return now; });
        clock.setStepsPerSecond(10);
        clock.setLoop(true);
        clock.setSchedule(PlaybackSchedule(QDate(2015, 1, 1), QDate(2015, 12, 31), {Unit::Month, 1}, {Unit::Month, 1},
                                           Mode::MovingWindow));
        clock.setPosition(10);
        clock.play();
        now += 300;
        clock.tick();
        QCOMPARE(clock.position(), 1); // 10 -> 11 -> 0 -> 1
        QVERIFY(clock.isPlaying());
    }

    // With the real timer: it plays to the end and stops.
    void playsWithTheTimer()
    {
        PlaybackClock clock;
        clock.setStepsPerSecond(50);
        clock.setSchedule(PlaybackSchedule(QDate(2015, 1, 1), QDate(2015, 3, 31), {Unit::Week, 1}, {Unit::Week, 1},
                                           Mode::MovingWindow));
        clock.play();
        QTRY_VERIFY_WITH_TIMEOUT(!clock.isPlaying(), 5000);
        QCOMPARE(clock.position(), clock.frameCount() - 1);
    }

    void invalidScheduleStops()
    {
        PlaybackClock clock;
        clock.setSchedule(PlaybackSchedule(QDate(2015, 1, 1), QDate(2015, 12, 31), {Unit::Month, 1}, {Unit::Month, 1},
                                           Mode::MovingWindow));
        clock.play();
        clock.setSchedule(PlaybackSchedule(QDate(2015, 1, 1), QDate(2015, 2, 1), {Unit::Year, 1}, {Unit::Year, 1},
                                           Mode::MovingWindow));
        QVERIFY(!clock.isPlaying());
        QCOMPARE(clock.frameCount(), 0);
        clock.play();
        QVERIFY(!clock.isPlaying());
    }
};

QTEST_GUILESS_MAIN(TestPlaybackClock)
#include "tst_playbackclock.moc"
