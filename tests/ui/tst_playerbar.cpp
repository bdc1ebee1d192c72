// SPDX-License-Identifier: GPL-3.0-or-later
// The player bar in the main window on the bundled dataset: at every step of a playback the
// document's window is the clock's, and the timeline, map, charts, event table and status bar
// all show that window; shortcuts step it, mirrored in right-to-left; hiding the bar pauses it.
#include "tst_bundledwindow.h"

#include "chartscene.h"
#include "chartspanel.h"
#include "eventfiltermodel.h"
#include "filtercriteria.h"
#include "localization.h"
#include "mapview.h"
#include "placeactivitymodel.h"
#include "playbackclock.h"
#include "playerbar.h"
#include "recordtableview.h"
#include "timelineview.h"

#include <QAbstractItemView>
#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QSignalSpy>
#include <QDir>
#include <QSlider>
#include <QTableView>
#include <QToolButton>

using namespace Qt::StringLiterals;
using namespace Atlas;

class TestPlayerBar : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { BundledWindow::useTestSettings(u"tst_playerbar"_s); }
    void init()
    {
        const QString error = m_bundled.open();
        QVERIFY2(error.isEmpty(), qPrintable(error));
        m_bar = m_bundled.window->findChild<PlayerBar *>(u"playerBar"_s);
        QVERIFY(m_bar);
        QVERIFY(!m_bar->isVisible());
        auto *toggle = m_bundled.window->findChild<QAction *>(u"playerBarAction"_s);
        QVERIFY(toggle);
        QVERIFY(!m_bar->playAction()->isEnabled());
        toggle->trigger();
        QVERIFY(m_bar->isVisible());
        QVERIFY(m_bar->playAction()->isEnabled());
    }
    void cleanup() { m_bundled.close(); }

    // Every view on the clock's window, at every step of a playback by quarter and by year.
    void everyViewFollowsEveryStep_data()
    {
        QTest::addColumn<int>("unit");
        QTest::addColumn<int>("mode");
        QTest::newRow("quarters, moving") << int(TimeSpan::Unit::Quarter) << int(PlaybackSchedule::Mode::MovingWindow);
        QTest::newRow("years, up to now") << int(TimeSpan::Unit::Year) << int(PlaybackSchedule::Mode::Accumulate);
    }
    void everyViewFollowsEveryStep()
    {
        QFETCH(int, unit);
        QFETCH(int, mode);
        AtlasDocument &document = *m_bundled.document;
        m_bar->setWindowLength({TimeSpan::Unit(unit), 1});
        m_bar->setMode(PlaybackSchedule::Mode(mode));
        PlaybackClock *clock = m_bar->clock();
        QVERIFY(clock->frameCount() > 3);
        clock->setPosition(0);

        auto *timeline = m_bundled.window->findChild<TimelineView *>(u"timeline"_s);
        auto *map = m_bundled.window->findChild<MapView *>(u"map"_s);
        auto *charts = m_bundled.window->findChild<ChartsPanel *>(u"charts"_s);
        auto *table = m_bundled.window->findChild<RecordTableView *>(u"eventTable"_s);
        auto *status = m_bundled.window->findChild<QLabel *>(u"eventCount"_s);
        QVERIFY(timeline && map && charts && table && status);
        const Dataset &dataset = document.dataset();
        QSet<QString> placeIds;
        for (const Place &place : dataset.places)
            placeIds.insert(place.id);

        for (int frame = 0; frame < clock->frameCount(); ++frame) {
            if (frame > 0)
                m_bar->stepForwardAction()->trigger();
            QCOMPARE(clock->position(), frame);
            QCoreApplication::processEvents();
            const FilterState &state = document.filter()->state();
            QCOMPARE(state.from(), clock->windowFrom());
            QCOMPARE(state.to(), clock->windowTo());

            // What the window holds, worked out from the dataset alone.
            int events = 0;
            int eventsAtPlaces = 0;
            QString outside;
            for (const Event &event : dataset.events) {
                if (state.acceptsPeriod(event.date.earliest(), event.date.latest())) {
                    ++events;
                    for (const QString &id : event.placeIds)
                        eventsAtPlaces += placeIds.contains(id);
                } else if (outside.isEmpty()) {
                    outside = event.id;
                }
            }
            QCOMPARE(table->model()->rowCount(), events);
            QCOMPARE(status->text(), u"%1 of %2 events"_s.arg(events).arg(dataset.events.size()));
            QCOMPARE(map->activityModel()->totalEventCount(), eventsAtPlaces);
            if (!outside.isEmpty())
                QVERIFY2(timeline->eventRect(outside).isEmpty(), qPrintable(outside)); // filtered off the timeline
            charts->rebuildNow();
            const ChartData &chart = charts->chartScene()->chartData();
            for (const ChartPanel &panel : chart.panels) {
                for (const ChartSeries &series : panel.series) {
                    for (const ChartItem &item : series.items) {
                        const Figure *figure = dataset.figure(item.figureId);
                        QVERIFY(figure);
                        QVERIFY2(state.acceptsPeriod(figure->asOf.earliest(), figure->asOf.latest()),
                                 qPrintable(item.figureId));
                    }
                }
            }
        }
        // Step forward on the last frame stays there; with Loop it wraps to the first.
        m_bar->stepForwardAction()->trigger();
        QCOMPARE(clock->position(), clock->frameCount() - 1);
        m_bar->loopAction()->setChecked(true);
        m_bar->stepForwardAction()->trigger();
        QCOMPARE(clock->position(), 0);
    }

    // The filter bar's other criteria stay while the window plays.
    void keepsTheOtherCriteria()
    {
        AtlasDocument &document = *m_bundled.document;
        document.filter()->setCategories({u"strike"_s});
        m_bar->stepForwardAction()->trigger();
        QCOMPARE(document.filter()->state().categories(), QSet<QString> {u"strike"_s});
        QCOMPARE(document.filter()->state().from(), m_bar->clock()->windowFrom());
    }

    void shortcutsFollowTheDirection_data()
    {
        QTest::addColumn<Qt::LayoutDirection>("direction");
        QTest::addColumn<Qt::Key>("later");
        QTest::newRow("left to right") << Qt::LeftToRight << Qt::Key_Right;
        QTest::newRow("right to left") << Qt::RightToLeft << Qt::Key_Left;
    }
    void shortcutsFollowTheDirection()
    {
        QFETCH(Qt::LayoutDirection, direction);
        QFETCH(Qt::Key, later);
        m_bar->setLayoutDirection(direction);
        QCOMPARE(m_bar->stepForwardAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | later));
        QCOMPARE(m_bar->stepBackAction()->shortcut(),
                 QKeySequence(Qt::CTRL | Qt::SHIFT | (later == Qt::Key_Right ? Qt::Key_Left : Qt::Key_Right)));
        // The play glyph points the way time runs: its filled side is at the start.
        const QImage play = m_bar->playAction()->icon().pixmap(QSize(64, 64)).toImage();
        const int x = direction == Qt::LeftToRight ? 20 : 43;
        QVERIFY(qAlpha(play.pixel(x, 32)) > 0);
        QCOMPARE(qAlpha(play.pixel(63 - x, 14)), 0);

        QVERIFY(QTest::qWaitForWindowActive(m_bundled.window.get()));
        PlaybackClock *clock = m_bar->clock();
        clock->setPosition(2);
        QTest::keyClick(m_bundled.window.get(), later, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(clock->position(), 3);
        QTest::keyClick(m_bundled.window.get(), Qt::Key_Comma, Qt::ControlModifier);
        QCOMPARE(clock->position(), 2);
        QTest::keyClick(m_bundled.window.get(), Qt::Key_Space, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(clock->isPlaying());
        QCOMPARE(m_bar->playAction()->text(), u"Pause"_s);
    }

    void playsAndHidingPauses()
    {
        PlaybackClock *clock = m_bar->clock();
        clock->setStepsPerSecond(30);
        clock->setPosition(0);
        QSignalSpy positions(clock, &PlaybackClock::positionChanged);
        m_bar->playAction()->trigger();
        QVERIFY(clock->isPlaying());
        QTRY_VERIFY(positions.count() >= 3);
        QCOMPARE(m_bundled.document->filter()->state().from(), clock->windowFrom());
        m_bundled.window->findChild<QAction *>(u"playerBarAction"_s)->trigger();
        QVERIFY(!m_bar->isVisible());
        QVERIFY(!clock->isPlaying());
        QVERIFY(!m_bar->playAction()->isEnabled());
    }

    // In Arabic the bar runs right to left: play sits right of the slider, texts are translated;
    // pictures of both go to $ATLAS_SCREENSHOT_DIR when it is set (for people; no check reads them).
    void mirrorsInArabic_data()
    {
        QTest::addColumn<int>("language");
        QTest::newRow("English") << int(Language::English);
        QTest::newRow("Arabic") << int(Language::Arabic);
    }
    void mirrorsInArabic()
    {
        QFETCH(int, language);
        m_bundled.close();
        Localization localization;
        localization.setLanguage(Language(language));
        const QString error = m_bundled.open();
        QVERIFY2(error.isEmpty(), qPrintable(error));
        m_bundled.document->setLanguage(Language(language));
        m_bar = m_bundled.window->findChild<PlayerBar *>(u"playerBar"_s);
        m_bundled.window->findChild<QAction *>(u"playerBarAction"_s)->trigger();
        m_bar->clock()->setPosition(10);
        QCoreApplication::processEvents();
        const bool arabic = Language(language) == Language::Arabic;
        QCOMPARE(m_bar->layoutDirection(), arabic ? Qt::RightToLeft : Qt::LeftToRight);
        const QRect play = m_bar->findChild<QToolButton *>(u"playButton"_s)->geometry();
        const QRect slider = m_bar->findChild<QSlider *>(u"positionSlider"_s)->geometry();
        QCOMPARE(play.center().x() > slider.center().x(), arabic);
        QCOMPARE(m_bar->playAction()->text() == u"Play"_s, !arabic);
        const QString folder = qEnvironmentVariable("ATLAS_SCREENSHOT_DIR");
        if (!folder.isEmpty() && QDir().mkpath(folder)) {
            const QString suffix = arabic ? u"ar"_s : u"en"_s;
            m_bar->grab().save(QDir(folder).filePath(u"playerbar-"_s + suffix + u".png"_s));
            m_bundled.window->grab().save(QDir(folder).filePath(u"playerbar-window-"_s + suffix + u".png"_s));
        }
        m_bundled.close();
        localization.setLanguage(Language::English);
        QVERIFY(m_bundled.open().isEmpty());
    }

private:
    BundledWindow m_bundled;
    PlayerBar *m_bar = nullptr;
};

QTEST_MAIN(TestPlayerBar)
#include "tst_playerbar.moc"
