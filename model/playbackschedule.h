// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QStringView>

#include <optional>

namespace Atlas {

struct Dataset;

// A length of calendar time: a number of days, weeks, months, quarters or years.
struct TimeSpan
{
    enum class Unit { Day, Week, Month, Quarter, Year };

    Unit unit = Unit::Month;
    int count = 1;

    bool isValid() const { return count > 0; }
    // `date` moved on by `times` spans, counted from `date` itself so months never drift
    // (31 January + 1 month = 28/29 February, + 2 months = 31 March).
    QDate advance(QDate date, qint64 times = 1) const;
    // "week", "month", "quarter", "year", or a count and a unit: "2 weeks", "3months", "90d",
    // "6m", "1y", "2q", "10w"; a bare number is days. Case-insensitive; nullopt otherwise.
    static std::optional<TimeSpan> parse(QStringView text);
    // What parse() reads back: "month", "3 months", "90 days".
    QString name() const;
    bool operator==(const TimeSpan &) const = default;
};

/*
 * The frames of a playback, as values: frame i shows the window that starts i steps after
 * `from` (a moving window of `window` length), or everything from `from` up to the end of its
 * i-th step (accumulating). Frames start on or before `to`, and no window reaches past `to`.
 * The player bar's clock and the animation export both step through one of these, so the app
 * and a video show the same windows. Pure; no Qt objects.
 */
class PlaybackSchedule
{
    Q_DECLARE_TR_FUNCTIONS(Atlas::PlaybackSchedule)

public:
    enum class Mode { MovingWindow, Accumulate };

    PlaybackSchedule() = default;
    PlaybackSchedule(QDate from, QDate to, TimeSpan step, TimeSpan window, Mode mode);

    QDate from() const { return m_from; }
    QDate to() const { return m_to; }
    TimeSpan step() const { return m_step; }
    TimeSpan window() const { return m_window; }
    Mode mode() const { return m_mode; }

    // Empty when the schedule can be played; else why not ("the step is longer than…").
    QString problem() const;
    bool isValid() const { return problem().isEmpty(); }
    int frameCount() const { return m_frameCount; }
    QDate windowFrom(int frame) const;
    QDate windowTo(int frame) const;   // inclusive
    // The frame whose window starts on or before `date` (moving) or ends on or after it
    // (accumulating), clamped to the frames; 0 when there are none.
    int frameAt(QDate date) const;

    // First and last day of every event of the dataset (invalid when it has none).
    static std::pair<QDate, QDate> eventRange(const Dataset &dataset);

private:
    QDate m_from;
    QDate m_to;
    TimeSpan m_step;
    TimeSpan m_window;
    Mode m_mode = Mode::MovingWindow;
    int m_frameCount = 0;
};

} // namespace Atlas
