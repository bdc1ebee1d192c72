// SPDX-License-Identifier: GPL-3.0-or-later
#include "chartpanelaxes.h"

#include "chartstyle.h"

#include <QtCharts/QCategoryAxis>

#include <QFontMetricsF>

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

double AxisTicks::fraction(double position) const
{
    const double f = high > low ? (position - low) / (high - low) : 0.0;
    return reversed ? 1.0 - f : f;
}

QStringList AxisTicks::labels() const
{
    QStringList result;
    for (const Tick &tick : ticks)
        result.append(tick.label);
    return result;
}

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
    if (panel.spanStart.isValid() && panel.spanEnd.isValid()) {
        first = std::min(first, yearPosition(panel.spanStart));
        last = std::max(last, yearPosition(panel.spanEnd.addDays(1)));
    }
    const double span = std::max(last - first, 1.0);
    const double padBefore = panel.kind == ChartPanelKind::Levels ? span * 0.06 : span * 0.04;
    const double padAfter = panel.kind == ChartPanelKind::Levels ? span * 0.22 : span * 0.06;
    return { first - padBefore, last + padAfter };
}

AxisTicks ChartPanelAxes::categoryTicks(const ChartPanel &panel)
{
    QStringList categories; // top down: the bars in series order
    for (const ChartSeries &series : panel.series)
        for (const ChartItem &item : series.items)
            categories.append(item.category);
    const auto n = categories.size();
    AxisTicks rows;
    rows.low = -0.5;
    rows.high = double(n) - 0.5;
    for (qsizetype i = n - 1; i >= 0; --i)
        rows.ticks.append({ double(n - 1 - i), categories.at(i) });
    return rows;
}

ChartPanelAxes::ChartPanelAxes(const Formatter &formatter, bool rightToLeft, double scale)
    : m_formatter(formatter)
    , m_rightToLeft(rightToLeft)
    , m_scale(scale)
    , m_labelFont(ChartStyle::labelFont(formatter, scale))
{
}

bool ChartPanelAxes::fits(const AxisTicks &axis, double length, bool vertical) const
{
    const QFontMetricsF metrics(m_labelFont);
    const double gap = metrics.height() * (vertical ? 0.3 : 0.8);
    QList<std::pair<double, double>> spans; // centre and extent along the axis, in pixels
    for (const AxisTicks::Tick &tick : axis.ticks) {
        const QSizeF size = metrics.boundingRect(QRectF(0, 0, 1e6, 1e6), int(Qt::AlignLeft | Qt::AlignTop), tick.label).size();
        spans.append({ axis.fraction(tick.position) * length, vertical ? size.height() : size.width() + 2 });
    }
    std::sort(spans.begin(), spans.end());
    double previousEdge = -1e9; // where the previous label ends along the axis
    for (const auto &[centre, extent] : std::as_const(spans)) {
        if (centre - extent / 2 < previousEdge + gap)
            return false;
        previousEdge = centre + extent / 2;
    }
    return true;
}

AxisTicks ChartPanelAxes::firstFitting(const QList<AxisTicks> &candidates, double length, bool vertical) const
{
    const AxisTicks *fitting = nullptr;
    for (const AxisTicks &candidate : candidates) {
        if (!fits(candidate, length, vertical))
            continue;
        if (candidate.ticks.size() >= 3)
            return candidate;
        if (!fitting)
            fitting = &candidate;
    }
    if (fitting)
        return *fitting;
    // Nothing fits: the fewest labels crowd least.
    return *std::min_element(candidates.cbegin(), candidates.cend(), [](const AxisTicks &a, const AxisTicks &b) {
        return a.ticks.size() < b.ticks.size();
    });
}

AxisTicks ChartPanelAxes::valueTicks(const ChartPanel &panel, double length) const
{
    const Formatter &format = m_formatter;
    // The value range of the panel, always with zero in it.
    double low = 0;
    double high = 0;
    double smallest = 0; // for log axes
    for (const ChartSeries &series : panel.series) {
        for (const ChartItem &item : series.items) {
            low = std::min(low, item.low());
            high = std::max(high, item.high());
            smallest = smallest > 0 ? std::min(smallest, item.low()) : item.low();
        }
    }
    if (high - low <= 0)
        high = low + 1;

    const bool horizontal = panel.kind == ChartPanelKind::Changes;
    QList<AxisTicks> candidates;
    if (panel.logarithmic) {
        // Ticks at 1, 2 and 5 of each decade, labelled with the real values; fewer when crowded.
        AxisTicks axis;
        axis.low = std::floor(std::log10(smallest * 0.7));
        axis.high = std::log10(high * 1.6);
        for (const QList<double> &factors : QList<QList<double>>{ { 1, 2, 5 }, { 1 } }) {
            axis.ticks.clear();
            for (int decade = int(axis.low); decade <= int(std::ceil(axis.high)); ++decade) {
                for (const double factor : factors) {
                    const double tick = factor * std::pow(10.0, decade);
                    const double position = std::log10(tick);
                    if (position >= axis.low - 1e-9 && position <= axis.high)
                        axis.ticks.append({ position, format.number(tick) });
                }
            }
            candidates.append(axis);
        }
        return firstFitting(candidates, length, true);
    }
    // Room for the value labels past the bars' ends (changes) or above the highest mark: a
    // share of the range, or what the labels take in pixels if that is more.
    const QFontMetricsF metrics(m_labelFont);
    double labelRoom = metrics.height() + 6 * m_scale;
    if (horizontal) {
        labelRoom = 0;
        for (const ChartSeries &series : panel.series)
            for (const ChartItem &item : series.items)
                labelRoom = std::max(labelRoom, metrics.horizontalAdvance(item.label) + 16 * m_scale);
    }
    const double sides = horizontal ? double(low < 0) + double(high > 0) : 1.0; // ends that carry labels
    const double range = high - low;
    const double roomShare = labelRoom / std::max(length - sides * labelRoom, labelRoom);
    double padLow = 0;
    double padHigh = range * std::max(0.12, roomShare);
    if (horizontal) {
        // Room beside the bars' value ends; a side without bars only keeps the zero line off the edge.
        padLow = low < 0 ? range * std::max(0.22, roomShare) : range * 0.08;
        padHigh = high > 0 ? range * std::max(0.22, roomShare) : range * 0.08;
    } else if (low < 0) {
        padLow = range * 0.08;
    }
    // Round steps, as many as the length takes comfortably, then fewer until the labels fit,
    // then more where that leaves fewer than three.
    const int comfortable = std::clamp(int(length / ((horizontal ? 110 : 55) * m_scale)), 3, 8);
    QList<int> targets;
    for (int target = comfortable; target >= 2; --target)
        targets.append(target);
    for (int target = comfortable + 1; target <= 10; ++target)
        targets.append(target);
    for (const int target : std::as_const(targets)) {
        const double step = niceStep(range + padLow + padHigh, target);
        AxisTicks axis;
        axis.reversed = horizontal && m_rightToLeft;
        // A value axis ends on a tick; the axis of changes ends where its room does, so that a
        // round step does not squeeze the bars.
        axis.low = horizontal ? low - padLow : std::floor((low - padLow) / step) * step;
        axis.high = horizontal ? high + padHigh : std::ceil((high + padHigh) / step) * step;
        const double first = std::ceil(axis.low / step - 1e-6) * step;
        for (double v = first; v <= axis.high + step * 1e-6; v += step) {
            const double tick = std::abs(v) < step * 1e-6 ? 0.0 : v;
            QString label;
            if (horizontal) {
                label = tick < 0 ? u"\u2212"_s + format.percent(-tick)
                                 : (tick > 0 ? u"+"_s : QString()) + format.percent(tick);
            } else {
                label = format.number(tick, step < 1 ? 1 : 0);
            }
            axis.ticks.append({ tick, label });
        }
        candidates.append(axis);
    }
    return firstFitting(candidates, length, !horizontal);
}

AxisTicks ChartPanelAxes::timeTicks(const ChartPanel &panel, double length) const
{
    const auto [timeLow, timeHigh] = timeRange(panel);
    AxisTicks axis;
    axis.low = timeLow;
    axis.high = timeHigh;
    axis.reversed = m_rightToLeft;
    const int firstYear = int(std::ceil(timeLow));
    const int lastYear = int(std::floor(timeHigh));
    auto yearText = [this](int year) { return m_formatter.date(QDate(year, 1, 1), DatePrecision::Year); };

    QList<AxisTicks> candidates;
    // Months while the span holds fewer than three new years, then years. The first month and
    // each January carry their year: beside the month where that fits, else under it.
    if (lastYear - firstYear + 1 < 3) {
        for (const QChar yearSeparator : { QChar(u' '), QChar(u'\n') }) {
            for (const int step : { 1, 2, 3, 6 }) {
                axis.ticks.clear();
                for (QDate month(int(std::floor(timeLow)), 1, 1); yearPosition(month) <= timeHigh; month = month.addMonths(1)) {
                    const double x = yearPosition(month);
                    if (x <= timeLow || (month.month() - 1) % step != 0)
                        continue;
                    QString label = m_formatter.monthName(month.month());
                    if (axis.ticks.isEmpty() || month.month() == 1)
                        label += yearSeparator + yearText(month.year());
                    axis.ticks.append({ x, label });
                }
                candidates.append(axis);
            }
        }
    }
    for (const int step : { 1, 2, 5, 10, 20, 50 }) {
        axis.ticks.clear();
        for (int year = firstYear; year <= lastYear; ++year) {
            if (year % step == 0 && year > timeLow)
                axis.ticks.append({ double(year), yearText(year) });
        }
        if (!axis.ticks.isEmpty())
            candidates.append(axis);
    }
    return firstFitting(candidates, length, false);
}

QCategoryAxis *ChartPanelAxes::newAxis() const
{
    auto *axis = new QCategoryAxis;
    axis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    axis->setLabelsVisible(false);
    axis->setTitleVisible(false);
    axis->setGridLineColor(ChartStyle::gridColor());
    axis->setLinePenColor(ChartStyle::axisColor());
    axis->setShadesVisible(false);
    return axis;
}

QCategoryAxis *ChartPanelAxes::lineAxis(const AxisTicks &ticks) const
{
    QCategoryAxis *axis = newAxis();
    axis->setRange(ticks.low, ticks.high);
    axis->setStartValue(ticks.low - (ticks.high - ticks.low) * 1e-6);
    // QCategoryAxis wants a unique name per boundary; the names are never shown.
    for (qsizetype i = 0; i < ticks.ticks.size(); ++i)
        axis->append(QString::number(i), ticks.ticks.at(i).position);
    axis->setReverse(ticks.reversed);
    return axis;
}

QCategoryAxis *ChartPanelAxes::rowAxis(const AxisTicks &rows) const
{
    QCategoryAxis *axis = newAxis();
    axis->setGridLineVisible(false);
    axis->setRange(rows.low, rows.high);
    axis->setStartValue(rows.low);
    for (qsizetype i = 0; i < rows.ticks.size(); ++i)
        axis->append(QString::number(i), rows.ticks.at(i).position + 0.5);
    return axis;
}

} // namespace Atlas
