// SPDX-License-Identifier: GPL-3.0-or-later
/*
 * One playback step at scale (issue 16: at most 33 ms a step at 100,000 events for 30 frames a
 * second): PlaybackClock moves to the next month, which sets the document's time window, and
 * everything the views read re-filters — EventFilterModel, FigureFilterModel and the map's
 * PlaceActivityModel (the counts per place). Also one composed animation frame painted from a
 * FilterState copy (map + timeline strip), as --export-animation does per frame.
 *
 * The corpus is CorpusGenerator's (docs/performance.md), made in process. $ATLAS_BENCH_SIZES picks
 * the sizes (default "100000"; "100000,1000000" for the million). Run a Release build by hand:
 *   bench_playback -median 5
 * Besides QBENCHMARK's median, `stepThroughEveryMonth` prints the mean and the worst step over a
 * whole playback, and how many frames a 30-steps-a-second clock would have dropped;
 * `playAtThirtyStepsPerSecond` plays the real clock on the event loop and counts what it showed
 * and dropped. The export benches paint composed 1280×720 frames of a moving and a growing
 * window, and time what a renderer prepares once before its first frame.
 */
#include "animationframerenderer.h"
#include "atlasdocument.h"
#include "corpusgenerator.h"
#include "eventfiltermodel.h"
#include "filtercriteria.h"
#include "placeactivitymodel.h"
#include "playbackclock.h"

#include <QElapsedTimer>
#include <QTest>

#include <cmath>
#include <ctime>
#include <map>
#include <memory>

using namespace Qt::StringLiterals;
using namespace Atlas;

namespace {

QList<int> sizes()
{
    QList<int> result;
    for (const QString &size : qEnvironmentVariable("ATLAS_BENCH_SIZES", u"100000"_s).split(u',', Qt::SkipEmptyParts))
        result.append(size.trimmed().toInt());
    return result;
}

struct Session
{
    AtlasDocument document;
    std::unique_ptr<PlaceActivityModel> activity; // what MapView keeps live
    PlaybackClock clock;
};

} // namespace

class BenchPlayback : public QObject
{
    Q_OBJECT

public:
    BenchPlayback()
    {
        if (!qEnvironmentVariableIsSet("QTEST_FUNCTION_TIMEOUT"))
            qputenv("QTEST_FUNCTION_TIMEOUT", "7200000");
    }

private Q_SLOTS:
    // One step of a monthly moving window, as the player bar takes it.
    void stepMonth_data() { addSizes(); }
    void stepMonth()
    {
        QFETCH(int, size);
        Session &session = this->session(size);
        QBENCHMARK {
            session.clock.stepForward();
        }
        QVERIFY(session.document.eventFilterModel()->rowCount() > 0);
    }

    // "Everything up to now" by month: the windows grow, so later steps keep more rows.
    void stepAccumulating_data() { addSizes(); }
    void stepAccumulating()
    {
        QFETCH(int, size);
        Session &session = this->session(size);
        const PlaybackSchedule monthly = session.clock.schedule();
        session.clock.setSchedule(PlaybackSchedule(monthly.from(), monthly.to(), monthly.step(), monthly.step(),
                                                   PlaybackSchedule::Mode::Accumulate));
        session.clock.setPosition(session.clock.frameCount() / 2);
        QBENCHMARK {
            session.clock.stepForward();
        }
        session.clock.setSchedule(monthly);
    }

    // A whole playback by month, timed step by step: mean, worst, and the frames a clock at
    // 30 steps a second would drop.
    void stepThroughEveryMonth_data() { addSizes(); }
    void stepThroughEveryMonth()
    {
        QFETCH(int, size);
        Session &session = this->session(size);
        session.clock.setPosition(0);
        QElapsedTimer timer;
        double total = 0;
        double worst = 0;
        qint64 dropped = 0;
        const int steps = session.clock.frameCount() - 1;
        for (int step = 0; step < steps; ++step) {
            timer.start();
            session.clock.stepForward();
            const double ms = double(timer.nsecsElapsed()) / 1e6;
            total += ms;
            worst = std::max(worst, ms);
            dropped += qint64(std::floor(ms / (1000.0 / 30)));
        }
        qInfo("%d events, %d monthly steps: mean %.2f ms, worst %.2f ms; at 30 steps/s %lld frames dropped", size,
              steps, total / steps, worst, dropped);
        QTest::setBenchmarkResult(total / steps, QTest::WalltimeMilliseconds);
    }

    // One composed frame (map + timeline strip + stamp) of an animation export, 1280×720.
    void renderComposedFrame_data() { addSizes(); }
    void renderComposedFrame()
    {
        QFETCH(int, size);
        Session &session = this->session(size);
        AnimationSettings settings;
        const PlaybackSchedule monthly = session.clock.schedule();
        settings.schedule = PlaybackSchedule(monthly.from(), monthly.to(), monthly.step(), monthly.step(),
                                             PlaybackSchedule::Mode::MovingWindow);
        AnimationFrameRenderer renderer(session.document, settings);
        int frame = renderer.frameCount() / 2;
        // The first frame also paints the base map raster the others reuse: time it apart.
        // On a loaded machine wall time says little: the thread's CPU time is printed beside it.
        const auto cpuMs = [] {
            timespec now {};
            clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
            return double(now.tv_sec) * 1e3 + double(now.tv_nsec) / 1e6;
        };
        QElapsedTimer first;
        first.start();
        double cpu = cpuMs();
        renderer.render(frame++);
        qInfo("%d events: the first composed frame %lld ms (CPU %.0f ms)", size, qint64(first.elapsed()), cpuMs() - cpu);
        for (int warm = 0; warm < 3; ++warm) {
            first.restart();
            cpu = cpuMs();
            renderer.render(frame++);
            qInfo("%d events: a further composed frame %lld ms (CPU %.0f ms)", size, qint64(first.elapsed()), cpuMs() - cpu);
        }
        QBENCHMARK {
            const QImage image = renderer.render(frame);
            frame = (frame + 1) % renderer.frameCount();
            QVERIFY(!image.isNull());
        }
    }

    // The same late in an "everything up to now" export, where a frame holds most events.
    void renderComposedFrameAccumulating_data() { addSizes(); }
    void renderComposedFrameAccumulating()
    {
        QFETCH(int, size);
        Session &session = this->session(size);
        AnimationSettings settings;
        const PlaybackSchedule monthly = session.clock.schedule();
        settings.schedule = PlaybackSchedule(monthly.from(), monthly.to(), monthly.step(), monthly.step(),
                                             PlaybackSchedule::Mode::Accumulate);
        AnimationFrameRenderer renderer(session.document, settings);
        int frame = renderer.frameCount() - 10;
        renderer.render(frame++); // the base map raster, painted once
        QBENCHMARK {
            const QImage image = renderer.render(frame);
            frame = frame + 1 < renderer.frameCount() ? frame + 1 : renderer.frameCount() - 10;
            QVERIFY(!image.isNull());
        }
    }

    // What an export pays once before its first frame: the renderer's indexes and measured titles.
    void prepareComposedExport_data() { addSizes(); }
    void prepareComposedExport()
    {
        QFETCH(int, size);
        Session &session = this->session(size);
        AnimationSettings settings;
        settings.schedule = session.clock.schedule();
        QBENCHMARK {
            AnimationFrameRenderer renderer(session.document, settings);
            QVERIFY(renderer.frameCount() > 0);
        }
    }

    // The clock itself playing monthly steps at 30 a second for four seconds of wall time, on
    // the event loop as the player bar runs it: how many frames it showed and dropped, and
    // whether it kept time (a clock that queued would fall behind).
    void playAtThirtyStepsPerSecond_data() { addSizes(); }
    void playAtThirtyStepsPerSecond()
    {
        QFETCH(int, size);
        Session &session = this->session(size);
        PlaybackClock &clock = session.clock;
        clock.setLoop(true);
        clock.setStepsPerSecond(30);
        clock.setPosition(0);
        int shown = 0;
        int dropped = 0;
        const QMetaObject::Connection onShown = connect(&clock, &PlaybackClock::positionChanged, this, [&] { ++shown; });
        const QMetaObject::Connection onDropped = connect(&clock, &PlaybackClock::framesDropped, this,
                                                          [&](int frames) { dropped += frames; });
        QElapsedTimer wall;
        wall.start();
        clock.play();
        QTest::qWait(4000);
        clock.pause();
        const double seconds = double(wall.elapsed()) / 1000;
        disconnect(onShown);
        disconnect(onDropped);
        clock.setLoop(false);
        const double due = seconds * 30;
        qInfo("%d events, playing 30 steps/s for %.2f s: %d frames shown, %d dropped, %d of %.0f due accounted for",
              size, seconds, shown, dropped, shown + dropped, due);
        QTest::setBenchmarkResult(dropped, QTest::Events);
    }

private:
    void addSizes()
    {
        QTest::addColumn<int>("size");
        for (int size : sizes())
            QTest::newRow(qPrintable(QString::number(size))) << size;
    }

    Session &session(int size)
    {
        auto found = m_sessions.find(size);
        if (found != m_sessions.end())
            return *found->second;
        auto session = std::make_unique<Session>();
        AtlasBench::CorpusGenerator::Options options;
        options.eventCount = size;
        session->document.setDataset(AtlasBench::CorpusGenerator::generate(options).dataset, u"bench"_s, QString());
        session->activity = std::make_unique<PlaceActivityModel>(session->document.placeModel(),
                                                                 session->document.eventFilterModel(),
                                                                 session->document.filter());
        session->clock.setTarget(session->document.filter());
        const auto [first, last] = PlaybackSchedule::eventRange(session->document.dataset());
        const TimeSpan month {TimeSpan::Unit::Month, 1};
        session->clock.setSchedule(PlaybackSchedule(first, last, month, month, PlaybackSchedule::Mode::MovingWindow));
        qInfo("%d events, %d monthly frames from %s to %s", size, session->clock.frameCount(),
              qPrintable(first.toString(Qt::ISODate)), qPrintable(last.toString(Qt::ISODate)));
        return *m_sessions.emplace(size, std::move(session)).first->second;
    }

    std::map<int, std::unique_ptr<Session>> m_sessions;
};

QTEST_MAIN(BenchPlayback)
#include "bench_playback.moc"
