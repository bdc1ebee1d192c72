// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "formatter.h"

#include <QDate>
#include <QList>
#include <QString>
#include <Qt>

namespace Atlas {

/*
 * The time axis of the timeline: which days are visible across how many pixels, and which way
 * time runs. Days are Julian day numbers as doubles (day d covers [d, d + 1)). Pure value type:
 * no widgets, no painting. Maps days to x and back (mirrored when the axis runs right to left),
 * zooms about a point, pans, clamps to the data span plus a margin, and says which ticks to draw.
 */
class TimelineScale
{
public:
    // Tick spacing, finest first.
    enum class TickUnit { Day, Week, Month, Quarter, Year, FiveYears, Decade };

    struct Tick
    {
        QDate date;        // first day of the period the tick starts
        double x = 0;      // device x of that day's start edge
        TickUnit unit = TickUnit::Day;
        bool major = false;
    };

    // Something to show whole: days [firstDay, lastDay] plus pixels that do not scale with the
    // zoom (a marker's radius before, a title after; "after" is later in time in both directions).
    struct Footprint
    {
        double firstDay = 0;
        double lastDay = 0;
        double leadingPixels = 0;
        double trailingPixels = 0;
    };

    static constexpr double MinimumSpanDays = 3.0;

    TimelineScale() = default;

    // The visible range [firstDay, firstDay + spanDays) across widthPixels.
    void setVisibleRange(double firstDay, double spanDays);
    void setVisibleDates(QDate first, QDate last); // inclusive
    void setWidth(double widthPixels);
    void setDirection(Qt::LayoutDirection direction) { m_direction = direction; }
    // The days the data covers; zoom and pan stay within them plus a margin of marginFraction.
    void setDataSpan(QDate first, QDate last, double marginFraction = 0.03);

    double firstDay() const { return m_first; }
    double spanDays() const { return m_span; }
    double lastDay() const { return m_first + m_span; } // exclusive
    double width() const { return m_width; }
    Qt::LayoutDirection direction() const { return m_direction; }
    double pixelsPerDay() const { return m_width / m_span; }
    double limitFirstDay() const { return m_limitFirst; }
    double limitSpanDays() const { return m_limitSpan; }
    QDate firstVisibleDate() const;
    QDate lastVisibleDate() const; // inclusive

    double xForDay(double day) const;
    double dayForX(double x) const;
    double xForDate(QDate date) const { return xForDay(double(date.toJulianDay())); }
    QDate dateForX(double x) const;

    // Multiplies the pixels per day by `factor` keeping the day under `x` where it is.
    void zoomAbout(double factor, double x);
    // Moves the content by dx pixels as a drag does: positive dx moves it right on screen.
    void panByPixels(double dx);
    // Shows [firstDay, lastDay) with a little room either side.
    void fitDays(double firstDay, double lastDay, double paddingFraction = 0.05);
    // The closest zoom at which every footprint lies inside the view with `marginPixels` free
    // at both edges, centred on them; the days alone (fitDays) when no zoom gives titles room.
    void fitFootprints(const QList<Footprint> &footprints, double marginPixels);
    // Makes [firstDay, lastDay) visible, moving as little as possible and keeping the zoom
    // when the range fits; centres it otherwise.
    void ensureVisible(double firstDay, double lastDay);
    void clamp();

    // The finest unit whose ticks are at least minimumSpacing(unit) pixels apart.
    TickUnit minorUnit() const;
    static TickUnit majorUnitFor(TickUnit minor);
    static double approximateDays(TickUnit unit);
    static double minimumSpacing(TickUnit unit);
    // Minor ticks of minorUnit() and major ticks of its major unit inside the visible range
    // (years and coarser have no major unit: majorUnitFor() returns the unit itself).
    QList<Tick> ticks() const;
    // The label of a tick: a day number, a month name, "Q3", a year; major ticks of weeks and
    // days name month and year.
    static QString label(const Tick &tick, const Formatter &formatter);

    static QDate alignDown(QDate date, TickUnit unit);
    static QDate advance(QDate date, TickUnit unit);

private:
    double m_first = 0;
    double m_span = 365;
    double m_width = 1000;
    Qt::LayoutDirection m_direction = Qt::LeftToRight;
    double m_limitFirst = 0;
    double m_limitSpan = 0; // 0: no data span, no clamping
};

} // namespace Atlas
