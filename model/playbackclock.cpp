// SPDX-License-Identifier: GPL-3.0-or-later
#include "playbackclock.h"

#include "filtercriteria.h"

#include <algorithm>
#include <cmath>

namespace Atlas {

PlaybackClock::PlaybackClock(QObject *parent)
    : QObject(parent)
{
    m_timer.setTimerType(Qt::PreciseTimer);
    m_elapsed.start();
    connect(&m_timer, &QTimer::timeout, this, &PlaybackClock::tick);
}

void PlaybackClock::setTarget(FilterCriteria *criteria)
{
    m_target = criteria;
}

void PlaybackClock::setSchedule(const PlaybackSchedule &schedule)
{
    const QDate anchor = schedule.mode() == PlaybackSchedule::Mode::Accumulate ? windowTo() : windowFrom();
    const bool hadFrames = frameCount() > 0;
    m_schedule = schedule;
    if (!m_schedule.isValid() || m_schedule.frameCount() == 0) {
        pause();
        m_position = 0;
        Q_EMIT scheduleChanged();
        return;
    }
    m_position = hadFrames ? m_schedule.frameAt(anchor) : 0;
    restartTiming();
    Q_EMIT scheduleChanged();
    Q_EMIT positionChanged(m_position);
    apply();
}

void PlaybackClock::setStepsPerSecond(double steps)
{
    m_stepsPerSecond = std::clamp(steps, 0.1, 60.0);
    m_timer.setInterval(int(std::lround(1000.0 / m_stepsPerSecond)));
    restartTiming();
}

void PlaybackClock::setLoop(bool loop)
{
    m_loop = loop;
}

void PlaybackClock::setTimeSource(std::function<qint64()> milliseconds)
{
    m_timeSource = std::move(milliseconds);
    restartTiming();
}

qint64 PlaybackClock::now() const
{
    return m_timeSource ? m_timeSource() : m_elapsed.elapsed();
}

void PlaybackClock::restartTiming()
{
    m_startPosition = m_position;
    m_startTime = now();
    m_stepsPlayed = 0;
}

void PlaybackClock::play()
{
    if (m_playing || frameCount() == 0)
        return;
    // Playing from the last frame without a loop starts again from the first.
    if (m_position >= frameCount() - 1 && !m_loop) {
        m_position = 0;
        Q_EMIT positionChanged(m_position);
        apply();
    }
    m_playing = true;
    m_dropped = 0;
    m_timer.setInterval(int(std::lround(1000.0 / m_stepsPerSecond)));
    restartTiming();
    m_timer.start();
    Q_EMIT playingChanged(true);
}

void PlaybackClock::pause()
{
    if (!m_playing)
        return;
    m_playing = false;
    m_timer.stop();
    Q_EMIT playingChanged(false);
}

void PlaybackClock::togglePlaying()
{
    if (m_playing)
        pause();
    else
        play();
}

void PlaybackClock::stepForward()
{
    if (frameCount() == 0)
        return;
    setPosition(m_position + 1 < frameCount() ? m_position + 1 : (m_loop ? 0 : m_position));
}

void PlaybackClock::stepBack()
{
    if (frameCount() == 0)
        return;
    setPosition(m_position > 0 ? m_position - 1 : (m_loop ? frameCount() - 1 : 0));
}

void PlaybackClock::setPosition(int frame)
{
    if (frameCount() == 0)
        return;
    frame = std::clamp(frame, 0, frameCount() - 1);
    restartTiming(); // a seek while playing goes on from the new frame
    if (frame == m_position) {
        apply();     // the window may have been changed elsewhere: show this frame's again
        return;
    }
    m_position = frame;
    Q_EMIT positionChanged(m_position);
    apply();
}

void PlaybackClock::tick()
{
    if (!m_playing || frameCount() == 0)
        return;
    const qint64 due = qint64(std::floor(double(now() - m_startTime) * m_stepsPerSecond / 1000.0));
    if (due <= m_stepsPlayed)
        return; // early: nothing is due yet
    const qint64 skipped = due - m_stepsPlayed - 1;
    m_stepsPlayed = due;
    qint64 next = m_startPosition + due;
    const int count = frameCount();
    if (next >= count) {
        if (m_loop) {
            next %= count;
        } else {
            next = count - 1;
            pause();
        }
    }
    if (skipped > 0) {
        m_dropped += int(skipped);
        Q_EMIT framesDropped(int(skipped));
    }
    if (int(next) != m_position) {
        m_position = int(next);
        Q_EMIT positionChanged(m_position);
        apply();
    }
}

void PlaybackClock::apply()
{
    if (m_target && frameCount() > 0)
        m_target->setTimeWindow(windowFrom(), windowTo());
}

} // namespace Atlas
