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
 * whole playback, and how many frames a 30-steps-a-second clock would have dropped.
 */
#include "animationframerenderer.h"
#include "atlasdocument.h"
#include "corpusgenerator.h"
#include "filtercriteria.h"
#include "placeactivitymodel.h"
#include "playbackclock.h"

#include <QElapsedTimer>
#include <QTest>

#include <cmath>
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
        QBENCHMARK {
            const QImage image = renderer.render(frame);
            frame = (frame + 1) % renderer.frameCount();
            QVERIFY(!image.isNull());
        }
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
