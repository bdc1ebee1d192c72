// SPDX-License-Identifier: GPL-3.0-or-later
#include "chartpanelaxes.h"

#include "chartstyle.h"

#include <QtCharts/QCategoryAxis>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace Atlas {

namespace {

double niceStep(double range, int targetTicks)
{
    if (range <= 0 || targetTicks < 1)
        return 1;
    const double raw = range / targetTicks;
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    for (const double factor : { 1.0, 2.0, 2.5, 5.0, 10.0 }) {
        if (raw <= factor * magnitude)
            return factor * magnitude;
    }
    return 10 * magnitude;
}

} // namespace

double ChartPanelAxes::yearPosition(QDate date)
{
    return date.year() + double(date.dayOfYear() - 1) / date.daysInYear();
}

double ChartPanelAxes::middlePosition(const ChartItem &item)
{
    return (yearPosition(item.start) + yearPosition(item.end.addDays(1))) / 2;
}

double ChartPanelAxes::axisValue(const ChartPanel &panel, double value)
{
    return panel.logarithmic ? std::log10(std::max(value, 1e-9)) : value;
}

double ChartPanelAxes::dataValue(const ChartPanel &panel, double position)
{
    return panel.logarithmic ? std::pow(10.0, position) : position;
}

std::pair<double, double> ChartPanelAxes::timeRange(const ChartPanel &panel)
{
    double first = 1e9;
    double last = -1e9;
    for (const ChartSeries &series : panel.series) {
        for (const ChartItem &item : series.items) {
            first = std::min(first, yearPosition(item.start));
            last = std::max(last, yearPosition(item.end.addDays(1)));
        }
    }
    const double span = std::max(last - first, 1.0);
    const double padBefore = panel.kind == ChartPanelKind::Levels ? span * 0.06 : span * 0.04;
    const double padAfter = panel.kind == ChartPanelKind::Levels ? span * 0.22 : span * 0.06;
    return { first - padBefore, last + padAfter };
}

ChartPanelAxes::ChartPanelAxes(const Formatter &formatter, bool rightToLeft, double scale)
    : m_formatter(formatter)
    , m_rightToLeft(rightToLeft)
    , m_scale(scale)
{
}

QCategoryAxis *ChartPanelAxes::newAxis(const QString &title) const
{
    auto *axis = new QCategoryAxis;
    axis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    axis->setTruncateLabels(false);
    axis->setLabelsFont(ChartStyle::font(m_formatter, 12 * m_scale));
    axis->setLabelsColor(ChartStyle::textColor());
    axis->setTitleText(title);
    axis->setTitleFont(ChartStyle::font(m_formatter, 13 * m_scale));
    axis->setTitleBrush(ChartStyle::textColor());
    axis->setGridLineColor(ChartStyle::gridColor());
    axis->setLinePenColor(ChartStyle::axisColor());
    axis->setShadesVisible(false);
    return axis;
}

QCategoryAxis *ChartPanelAxes::valueAxis(const ChartPanel &panel, const QRectF &rect) const
{
    const double s = m_scale;
    const Formatter &format = m_formatter;
    // The value range of the panel, always with zero in it.
    double low = 0;
    double high = 0;
    for (const ChartSeries &series : panel.series) {
        for (const ChartItem &item : series.items) {
            low = std::min(low, item.low());
            high = std::max(high, item.high());
        }
    }
    if (high - low <= 0)
        high = low + 1;

    QCategoryAxis *axis = newAxis(panel.valueAxisTitle);
    if (panel.logarithmic) {
        // Ticks at 1, 2 and 5 of each decade, labelled with the real values.
        double smallest = high;
        for (const ChartSeries &series : panel.series)
            for (const ChartItem &item : series.items)
                smallest = std::min(smallest, item.low());
        const double axisLow = std::floor(std::log10(smallest * 0.7));
        const double axisHigh = std::log10(high * 1.6);
        axis->setRange(axisLow, axisHigh);
        axis->setStartValue(axisLow - 1e-6);
        for (int decade = int(axisLow); decade <= int(std::ceil(axisHigh)); ++decade) {
            for (const double factor : { 1.0, 2.0, 5.0 }) {
                const double tick = factor * std::pow(10.0, decade);
                const double position = std::log10(tick);
                if (position >= axisLow - 1e-9 && position <= axisHigh)
                    axis->append(format.number(tick), position);
            }
        }
        return axis;
    }
    const bool horizontal = panel.kind == ChartPanelKind::Changes;
    const double valueLength = horizontal ? rect.width() * 0.6 : rect.height() * 0.75;
    const int targetTicks = std::clamp(int(valueLength / (horizontal ? 110 * s : 55 * s)), 2, 8);
    const double padLow = low < 0 ? (high - low) * (horizontal ? 0.22 : 0.08) : 0;
    const double padHigh = (high - low) * (horizontal ? 0.22 : 0.12);
    const double step = niceStep(high + padHigh - (low - padLow), targetTicks);
    const double axisLow = std::floor((low - padLow) / step) * step;
    const double axisHigh = std::ceil((high + padHigh) / step) * step;
    axis->setRange(axisLow, axisHigh);
    axis->setStartValue(axisLow - step * 1e-6);
    for (double v = axisLow; v <= axisHigh + step * 1e-6; v += step) {
        const double tick = std::abs(v) < step * 1e-6 ? 0.0 : v;
        QString label;
        if (horizontal) {
            label = tick < 0 ? u"\u2212"_s + format.percent(-tick)
                             : (tick > 0 ? u"+"_s : QString()) + format.percent(tick);
        } else {
            label = format.number(tick, step < 1 ? 1 : 0);
        }
        axis->append(label, tick);
    }
    return axis;
}

QCategoryAxis *ChartPanelAxes::timeAxis(const ChartPanel &panel, const QRectF &rect) const
{
    const auto [timeLow, timeHigh] = timeRange(panel);
    QCategoryAxis *axis = newAxis(panel.timeAxisTitle);
    axis->setRange(timeLow, timeHigh);
    axis->setStartValue(timeLow);
    const double plotWidth = rect.width() * 0.85;
    const int maxTicks = std::max(2, int(plotWidth / (95 * m_scale)));
    if (timeHigh - timeLow > 2.0) {
        int yearStep = 1;
        for (const int candidate : { 1, 2, 5, 10, 20, 50 }) {
            yearStep = candidate;
            if ((timeHigh - timeLow) / candidate <= maxTicks)
                break;
        }
        for (int year = int(std::ceil(timeLow)); year <= timeHigh; ++year) {
            if (year % yearStep == 0 && year > timeLow)
                axis->append(m_formatter.date(QDate(year, 1, 1), DatePrecision::Year), year);
        }
    } else {
        int monthStep = 1;
        for (const int candidate : { 1, 2, 3, 6, 12 }) {
            monthStep = candidate;
            if ((timeHigh - timeLow) * 12 / candidate <= maxTicks / 1.6)
                break;
        }
        QDate month(int(std::floor(timeLow)), 1, 1);
        while (yearPosition(month) <= timeHigh) {
            const double x = yearPosition(month);
            if (x > timeLow && (month.month() - 1) % monthStep == 0)
                axis->append(m_formatter.date(month, DatePrecision::Month), x);
            month = month.addMonths(1);
        }
    }
    axis->setReverse(m_rightToLeft);
    return axis;
}

QCategoryAxis *ChartPanelAxes::categoryAxis(const QStringList &categories) const
{
    const int n = int(categories.size());
    QCategoryAxis *axis = newAxis(QString());
    axis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionCenter);
    axis->setGridLineVisible(false);
    axis->setRange(-0.5, n - 0.5);
    axis->setStartValue(-0.5);
    QStringList used;
    for (int i = n - 1; i >= 0; --i) {
        QString label = categories.at(i);
        while (used.contains(label))
            label.append(QChar(0x200B)); // QCategoryAxis needs unique labels
        used.append(label);
        axis->append(label, (n - 1 - i) + 0.5);
    }
    return axis;
}

} // namespace Atlas
