// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "chartdata.h"

#include <QFont>
#include <QList>
#include <QString>
#include <QStringList>

#include <utility>

class QCategoryAxis;

namespace Atlas {

// The ticks of one axis as plain values, in axis units (fractional years, values or their
// log10, rows of change bars): the range the axis shows and each tick's position and label.
struct AxisTicks
{
    struct Tick
    {
        double position = 0;
        QString label; // may hold a "\n": a month name with its year under it
    };

    double low = 0;
    double high = 1;
    bool reversed = false; // runs from the right (time and changes, right to left)
    QList<Tick> ticks;

    // Where a position lies along the axis: 0 at its left or bottom end, 1 at the other.
    double fraction(double position) const;
    QStringList labels() const;
};

/*
 * The axes of a panel and how its figures map onto them. Dates run in fractional years, so that
 * ticks fall on year and month starts; values are linear, or log10 on a logarithmic panel. Picks
 * the ticks as plain values (AxisTicks) for an axis of a given length, measuring their labels so
 * that none overlaps: round steps with zero in view, 1, 2 and 5 of each decade, years while the
 * span holds three of them and months (with their year, on one line where it fits) below that,
 * never fewer than three ticks where three fit; signed percentages for changes. Makes the
 * QCategoryAxis objects that draw the grid and the tick marks; the labels are ChartPanelFrame's.
 * Mirrored for right to left. Owns nothing: the chart takes the axes.
 */
class ChartPanelAxes
{
public:
    static double yearPosition(QDate date);
    static double middlePosition(const ChartItem &item); // the middle of the days it covers
    static double axisValue(const ChartPanel &panel, double value);
    static double dataValue(const ChartPanel &panel, double position); // the inverse
    // Where the time axis of Levels and Periods starts and ends: padded on the side labels use.
    static std::pair<double, double> timeRange(const ChartPanel &panel);
    // One row per change bar, labelled with its category, the first bar at the top.
    static AxisTicks categoryTicks(const ChartPanel &panel);

    ChartPanelAxes(const Formatter &formatter, bool rightToLeft, double scale);

    // Ticks for an axis `length` pixels long (the values of changes run horizontally).
    AxisTicks valueTicks(const ChartPanel &panel, double length) const;
    AxisTicks timeTicks(const ChartPanel &panel, double length) const;

    // The axis QtCharts draws the grid and the tick marks of these ticks with, without labels.
    QCategoryAxis *lineAxis(const AxisTicks &ticks) const;
    QCategoryAxis *rowAxis(const AxisTicks &rows) const; // lines between the rows, no grid

private:
    // The first candidate (densest first) whose labels fit along `length` with three ticks or
    // more; else the first that fits; else the sparsest.
    AxisTicks firstFitting(const QList<AxisTicks> &candidates, double length, bool vertical) const;
    bool fits(const AxisTicks &axis, double length, bool vertical) const;
    QCategoryAxis *newAxis() const;

    Formatter m_formatter;
    bool m_rightToLeft;
    double m_scale;
    QFont m_labelFont;
};

} // namespace Atlas
