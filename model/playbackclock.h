// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "playbackschedule.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>

namespace Atlas {

class FilterCriteria;

/*
 * Plays a PlaybackSchedule: a position (the frame shown), play and pause, steps back and
 * forward, a speed in steps per second and a loop. Every change of position writes that
 * frame's window into the FilterCriteria it drives (normally the document's), and only the
 * time window: categories, places, sources and text stay as the researcher set them. So the
 * timeline, map, charts, tables and status bar follow the clock the way they follow the filter
 * bar, through the one live filter.
 *
 * Data flow: QTimer -> tick() -> position -> FilterCriteria::setTimeWindow -> proxies -> views.
 *
 * Frames are dropped, never queued: each tick shows the frame that is due by the time played
 * so far, so when re-filtering takes longer than the interval the clock skips the frames it had
 * no time for (framesDropped()) and playback keeps its speed. The time source is passed in for
 * tests (setTimeSource); by default it is a QElapsedTimer. Owns its timer only.
 */
class PlaybackClock : public QObject
{
    Q_OBJECT
    Q_PROPERTY(int position READ position WRITE setPosition NOTIFY positionChanged)
    Q_PROPERTY(bool playing READ isPlaying NOTIFY playingChanged)

public:
    explicit PlaybackClock(QObject *parent = nullptr);

    void setTarget(FilterCriteria *criteria);
    FilterCriteria *target() const { return m_target; }

    // A new schedule keeps the position on the frame holding the current window's start (moving)
    // or end (accumulating), and pauses when the schedule cannot be played.
    void setSchedule(const PlaybackSchedule &schedule);
    const PlaybackSchedule &schedule() const { return m_schedule; }

    int position() const { return m_position; }
    int frameCount() const { return m_schedule.frameCount(); }
    QDate windowFrom() const { return m_schedule.windowFrom(m_position); }
    QDate windowTo() const { return m_schedule.windowTo(m_position); }

    double stepsPerSecond() const { return m_stepsPerSecond; }
    void setStepsPerSecond(double steps); // clamped to 0.1..60
    bool loops() const { return m_loop; }
    void setLoop(bool loop);
    bool isPlaying() const { return m_playing; }
    int droppedFrames() const { return m_dropped; } // since play() was last called

    // Milliseconds since some fixed point; for tests. An empty function restores the default.
    void setTimeSource(std::function<qint64()> milliseconds);

public Q_SLOTS:
    void play();
    void pause();
    void togglePlaying();
    void stepForward();
    void stepBack();
    void setPosition(int frame);
    // Shows the frame that is due now; the timer calls it, tests may too.
    void tick();

Q_SIGNALS:
    void positionChanged(int frame);
    void playingChanged(bool playing);
    void scheduleChanged();
    void framesDropped(int count);

private:
    qint64 now() const;
    void restartTiming();
    void apply();

    PlaybackSchedule m_schedule;
    QPointer<FilterCriteria> m_target;
    QTimer m_timer;
    QElapsedTimer m_elapsed;
    std::function<qint64()> m_timeSource;
    double m_stepsPerSecond = 4;
    bool m_loop = false;
    bool m_playing = false;
    int m_position = 0;
    int m_startPosition = 0;   // where the current run of play started
    qint64 m_startTime = 0;
    qint64 m_stepsPlayed = 0;  // since m_startTime, dropped ones included
    int m_dropped = 0;
};

} // namespace Atlas
