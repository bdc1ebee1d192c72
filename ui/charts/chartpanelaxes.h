// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "chartdata.h"

#include <QRectF>
#include <QStringList>

#include <utility>

class QCategoryAxis;

namespace Atlas {

/*
 * The axes of a panel and how its figures map onto them. Dates run in fractional years, so that
 * ticks fall on year and month starts; values are linear, or log10 on a logarithmic panel. Makes
 * the QCategoryAxis objects with their ticks: round steps with zero in view, 1, 2 and 5 of each
 * decade, as many years or months as fit the width, signed percentages for changes, and the
 * categories of change bars; mirrored for right to left. Owns nothing: the chart takes the axes.
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

    ChartPanelAxes(const Formatter &formatter, bool rightToLeft, double scale);

    QCategoryAxis *valueAxis(const ChartPanel &panel, const QRectF &rect) const;
    QCategoryAxis *timeAxis(const ChartPanel &panel, const QRectF &rect) const;
    QCategoryAxis *categoryAxis(const QStringList &categories) const; // from the top down

private:
    QCategoryAxis *newAxis(const QString &title) const;

    Formatter m_formatter;
    bool m_rightToLeft;
    double m_scale;
};

} // namespace Atlas
