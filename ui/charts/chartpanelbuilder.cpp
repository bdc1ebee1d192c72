// SPDX-License-Identifier: GPL-3.0-or-later
#include "chartpanelbuilder.h"

#include "chartstyle.h"

#include <QtCharts/QAreaSeries>
#include <QtCharts/QCategoryAxis>
#include <QtCharts/QChart>
#include <QtCharts/QLineSeries>
#include <QtCharts/QScatterSeries>

#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QHash>
#include <QPen>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace Atlas {

namespace {

QScatterSeries::MarkerShape markerShape(ChartStyle::Shape shape)
{
    switch (shape) {
    case ChartStyle::Shape::Circle: return QScatterSeries::MarkerShapeCircle;
    case ChartStyle::Shape::Square: return QScatterSeries::MarkerShapeRectangle;
    case ChartStyle::Shape::Triangle: return QScatterSeries::MarkerShapeTriangle;
    case ChartStyle::Shape::Diamond: return QScatterSeries::MarkerShapeRotatedRectangle;
    }
    return QScatterSeries::MarkerShapeCircle;
}

// x of a day in fractional years, so axis ticks fall on year and month starts.
double yearPosition(QDate date)
{
    return date.year() + double(date.dayOfYear() - 1) / date.daysInYear();
}

// The middle of the days an item covers, where a level is drawn.
double middlePosition(const ChartItem &item)
{
    return (yearPosition(item.start) + yearPosition(item.end.addDays(1))) / 2;
}

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

// Where a value sits on the panel's value axis, and back.
double axisValue(const ChartPanel &panel, double value)
{
    return panel.logarithmic ? std::log10(std::max(value, 1e-9)) : value;
}

double dataValue(const ChartPanel &panel, double position)
{
    return panel.logarithmic ? std::pow(10.0, position) : position;
}

// The time axis of Levels and Periods, padded on the side where labels extend.
std::pair<double, double> timeRange(const ChartPanel &panel)
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

const char *panelRoleName(ChartPanelKind kind)
{
    switch (kind) {
    case ChartPanelKind::Levels: return "levels";
    case ChartPanelKind::Periods: return "periods";
    case ChartPanelKind::Changes: return "changes";
    }
    return "";
}

// Tags a series with what it draws (read back by finish() and drawnSeries()) and adds it.
void attach(QChart *chart, QAbstractSeries *series, const char *role, const QString &name, const QString &figureId)
{
    series->setProperty("atlasRole", QString::fromLatin1(role));
    series->setProperty("atlasName", name);
    series->setProperty("atlasFigure", figureId);
    chart->addSeries(series);
}

// A bar from (x0, y0) to (x1, y1) in value coordinates.
QAreaSeries *newBar(double x0, double y0, double x1, double y1)
{
    auto *area = new QAreaSeries;
    auto *upper = new QLineSeries(area);
    auto *lower = new QLineSeries(area);
    upper->append(x0, y1);
    upper->append(x1, y1);
    lower->append(x0, y0);
    lower->append(x1, y0);
    area->setUpperSeries(upper);
    area->setLowerSeries(lower);
    return area;
}

} // namespace

ChartPanelBuilder::ChartPanelBuilder(const ChartData &data, double scale)
    : m_formatter(data.formatter)
    , m_rightToLeft(data.rightToLeft)
    , m_scale(scale)
{
}

PanelChart ChartPanelBuilder::addTo(QGraphicsScene *scene, const ChartPanel &panel, const QRectF &rect) const
{
    auto *chart = new QChart;
    chart->setBackgroundVisible(false);
    chart->setPlotAreaBackgroundVisible(false);
    chart->setDropShadowEnabled(false);
    chart->legend()->hide();
    chart->setMargins(QMargins(0, 0, 0, 0));
    chart->layout()->setContentsMargins(0, 0, 0, 0);
    chart->setLocalizeNumbers(false);
    if (!panel.title.isEmpty()) {
        chart->setTitle(panel.title);
        chart->setTitleFont(ChartStyle::font(m_formatter, 14 * m_scale, true));
        chart->setTitleBrush(ChartStyle::textColor());
    }
    scene->addItem(chart);
    chart->setGeometry(rect);

    const Qt::Alignment startEdge = m_rightToLeft ? Qt::AlignRight : Qt::AlignLeft;
    QCategoryAxis *values = valueAxis(panel, rect);
    QCategoryAxis *other = nullptr;
    if (panel.kind == ChartPanelKind::Changes) {
        other = addChangeBars(chart, panel);
        values->setReverse(m_rightToLeft);
        chart->addAxis(values, Qt::AlignBottom);
        chart->addAxis(other, startEdge);
    } else {
        other = timeAxis(panel, rect);
        if (panel.kind == ChartPanelKind::Periods)
            addPeriodBars(chart, panel);
        else
            addLevels(chart, panel);
        chart->addAxis(other, Qt::AlignBottom);
        chart->addAxis(values, startEdge);
    }
    const QList<QAbstractSeries *> series = chart->series();
    for (QAbstractSeries *drawn : series) {
        drawn->attachAxis(values);
        drawn->attachAxis(other);
    }
    chart->layout()->activate();
    return { chart, &panel };
}

QCategoryAxis *ChartPanelBuilder::newAxis(const QString &title) const
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

QCategoryAxis *ChartPanelBuilder::valueAxis(const ChartPanel &panel, const QRectF &rect) const
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
            label = tick < 0 ? u"\u2212"_s + format.percent(-tick) : (tick > 0 ? u"+"_s : QString()) + format.percent(tick);
        } else {
            label = format.number(tick, step < 1 ? 1 : 0);
        }
        axis->append(label, tick);
    }
    return axis;
}

QCategoryAxis *ChartPanelBuilder::timeAxis(const ChartPanel &panel, const QRectF &rect) const
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

QCategoryAxis *ChartPanelBuilder::addChangeBars(QChart *chart, const ChartPanel &panel) const
{
    // Categories from top to bottom in series order; values run along x.
    QList<std::pair<const ChartItem *, const ChartSeries *>> bars;
    for (const ChartSeries &series : panel.series)
        for (const ChartItem &item : series.items)
            bars.append({ &item, &series });
    const int n = int(bars.size());
    QCategoryAxis *categories = newAxis(QString());
    categories->setLabelsPosition(QCategoryAxis::AxisLabelsPositionCenter);
    categories->setGridLineVisible(false);
    categories->setRange(-0.5, n - 0.5);
    categories->setStartValue(-0.5);
    QStringList used;
    for (int i = n - 1; i >= 0; --i) {
        QString label = bars.at(i).first->category;
        while (used.contains(label))
            label.append(QChar(0x200B)); // QCategoryAxis needs unique labels
        used.append(label);
        categories->append(label, (n - 1 - i) + 0.5);
    }
    for (int i = 0; i < n; ++i) {
        const auto &[item, owner] = bars.at(i);
        const double y = n - 1 - i;
        const double from = item->isRange() ? *item->min : 0.0;
        const double to = item->isRange() ? *item->max : item->value.value_or(0.0);
        // The upper edge runs from `from` to `to`, which finish() reads back.
        QAreaSeries *area = newBar(from, y - 0.3, to, y + 0.3);
        const QColor color = ChartStyle::seriesColor(owner->colorIndex);
        area->setBrush(color);
        area->setPen(QPen(color.darker(120), 1.2 * m_scale));
        attach(chart, area, "bar", owner->name, item->figureId);
    }
    auto *zero = new QLineSeries;
    zero->append(0, -0.5);
    zero->append(0, n - 0.5);
    zero->setPen(QPen(ChartStyle::textColor(), 1.5 * m_scale));
    attach(chart, zero, "zero", QString(), QString());
    return categories;
}

void ChartPanelBuilder::addPeriodBars(QChart *chart, const ChartPanel &panel) const
{
    // Overlapping periods: larger counts are added first, so they sit behind smaller ones and
    // every outline shows.
    QList<std::pair<const ChartItem *, const ChartSeries *>> bars;
    for (const ChartSeries &series : panel.series)
        for (const ChartItem &item : series.items)
            bars.append({ &item, &series });
    std::stable_sort(bars.begin(), bars.end(), [](const auto &a, const auto &b) {
        return a.first->high() > b.first->high();
    });
    const auto [timeLow, timeHigh] = timeRange(panel);
    const double minimumWidth = (timeHigh - timeLow) * 0.012;
    for (const auto &[bar, owner] : std::as_const(bars)) {
        const ChartItem &item = *bar;
        const QColor color = ChartStyle::seriesColor(owner->colorIndex);
        double x0 = yearPosition(item.start);
        double x1 = yearPosition(item.end.addDays(1));
        // A bar in front of larger ones of the same period is inset a little, so the outlines
        // behind stay visible down to zero and nothing reads as stacked.
        const auto behind = std::count_if(bars.cbegin(), bars.cend(), [&item](const auto &other) {
            return other.first != &item && other.first->high() > item.high() && other.first->start <= item.end
                   && item.start <= other.first->end;
        });
        const double inset = std::min(double(behind) * (timeHigh - timeLow) * 0.008, (x1 - x0) * 0.2);
        x0 += inset;
        x1 -= inset;
        if (x1 - x0 < minimumWidth) {
            const double centre = (x0 + x1) / 2;
            x0 = centre - minimumWidth / 2;
            x1 = centre + minimumWidth / 2;
        }
        QAreaSeries *area = newBar(x0, item.isRange() ? *item.min : 0.0, x1, item.high());
        QColor fill = color;
        fill.setAlpha(item.isRange() ? 60 : 90);
        area->setBrush(fill);
        area->setPen(QPen(color.darker(110), 1.8 * m_scale));
        attach(chart, area, "bar", owner->name, item.figureId);
    }
}

void ChartPanelBuilder::addLevels(QChart *chart, const ChartPanel &panel) const
{
    const double s = m_scale;
    for (const ChartSeries &series : panel.series) {
        const QColor color = ChartStyle::seriesColor(series.colorIndex);
        // A thin trend line where a series has several dated point values, whiskers for ranges,
        // markers for point values.
        QList<QPointF> values;
        for (const ChartItem &item : series.items) {
            const double x = middlePosition(item);
            if (item.isRange()) {
                auto *whisker = new QLineSeries;
                whisker->append(x, axisValue(panel, *item.max));
                whisker->append(x, axisValue(panel, *item.min));
                whisker->setPen(QPen(color, 2.6 * s, item.envelope ? Qt::DashLine : Qt::SolidLine, Qt::FlatCap));
                attach(chart, whisker, "whisker", series.name, item.figureId);
            }
            if (item.value)
                values.append(QPointF(x, axisValue(panel, *item.value)));
        }
        if (values.size() >= 2) {
            auto *trend = new QLineSeries;
            trend->append(values);
            QColor line = color;
            line.setAlpha(150);
            trend->setPen(QPen(line, 1.8 * s, Qt::DashLine));
            attach(chart, trend, "trend", series.name, QString());
        }
        if (!values.isEmpty()) {
            auto *points = new QScatterSeries;
            points->append(values);
            points->setMarkerShape(markerShape(ChartStyle::seriesShape(series.colorIndex)));
            points->setMarkerSize(12 * s);
            points->setColor(color);
            points->setBorderColor(Qt::white);
            points->setPen(QPen(Qt::white, 1.5 * s));
            attach(chart, points, "points", series.name, QString());
        }
    }
}

QList<FigureMark> ChartPanelBuilder::finish(const PanelChart &panelChart) const
{
    QChart *chart = panelChart.chart;
    const ChartPanel &panel = *panelChart.panel;
    const QList<QAbstractSeries *> all = chart->series();
    if (all.isEmpty())
        return {};
    QAbstractSeries *reference = all.first();
    auto toScene = [&](QPointF value) { return chart->mapToScene(chart->mapToPosition(value, reference)); };
    auto toValue = [&](QPointF scenePos) { return chart->mapToValue(chart->mapFromScene(scenePos), reference); };
    QHash<QString, QAbstractSeries *> drawnFigure; // whiskers and bars by figure
    for (QAbstractSeries *series : all) {
        const QString figureId = series->property("atlasFigure").toString();
        if (!figureId.isEmpty())
            drawnFigure.insert(figureId, series);
    }

    const double s = m_scale;
    const double cap = 6 * s;
    const double marker = 8 * s;
    QList<FigureMark> marks;
    for (const ChartSeries &series : panel.series) {
        for (const ChartItem &item : series.items) {
            QAbstractSeries *drawn = drawnFigure.value(item.figureId);
            FigureMark mark;
            mark.item = &item;
            if (panel.kind == ChartPanelKind::Levels) {
                const double x = middlePosition(item);
                if (drawn) {
                    // The caps get their width in pixels now that the plot is known.
                    auto *whisker = static_cast<QLineSeries *>(drawn);
                    const QPointF top(x, axisValue(panel, *item.max));
                    const QPointF bottom(x, axisValue(panel, *item.min));
                    const QPointF t = toScene(top);
                    const QPointF b = toScene(bottom);
                    const double left = toValue(QPointF(t.x() - cap, t.y())).x();
                    const double right = toValue(QPointF(t.x() + cap, t.y())).x();
                    whisker->replace(QList<QPointF>{ QPointF(left, top.y()), QPointF(right, top.y()), top, bottom,
                                                     QPointF(left, bottom.y()), QPointF(right, bottom.y()) });
                    mark.hitRects.append(QRectF(QPointF(t.x() - cap - 3 * s, t.y() - 3 * s),
                                                QPointF(t.x() + cap + 3 * s, b.y() + 3 * s)));
                    mark.anchor = t;
                    mark.lowerEnd = b;
                }
                if (item.value) {
                    const QPointF p = toScene(QPointF(x, axisValue(panel, *item.value)));
                    mark.hitRects.append(QRectF(p.x() - marker, p.y() - marker, 2 * marker, 2 * marker));
                    mark.anchor = p;
                }
            } else {
                if (!drawn)
                    continue;
                auto *bar = static_cast<QAreaSeries *>(drawn);
                const QPointF from = toScene(bar->upperSeries()->at(0));
                const QPointF to = toScene(bar->lowerSeries()->at(1));
                mark.bar = QRectF(from, to).normalized();
                mark.hitRects.append(mark.bar);
                mark.valueEndRight = to.x() >= from.x();
            }
            marks.append(mark);
        }
    }
    return marks;
}

QRectF ChartPanelBuilder::plotRect(const PanelChart &panelChart)
{
    return panelChart.chart->mapRectToScene(panelChart.chart->plotArea());
}

QList<ChartScene::DrawnSeries> ChartPanelBuilder::drawnSeries(const PanelChart &panelChart)
{
    QList<ChartScene::DrawnSeries> result;
    const QList<QAbstractSeries *> list = panelChart.chart->series();
    for (QAbstractSeries *series : list) {
        ChartScene::DrawnSeries drawn;
        drawn.panel = QString::fromLatin1(panelRoleName(panelChart.panel->kind));
        drawn.role = series->property("atlasRole").toString();
        drawn.name = series->property("atlasName").toString();
        drawn.figureId = series->property("atlasFigure").toString();
        if (auto *area = qobject_cast<QAreaSeries *>(series)) {
            drawn.points = area->upperSeries()->points();
            if (area->lowerSeries())
                drawn.lowerPoints = area->lowerSeries()->points();
        } else if (auto *xy = qobject_cast<QXYSeries *>(series)) {
            drawn.points = xy->points();
        }
        for (QPointF &point : drawn.points)
            point.setY(dataValue(*panelChart.panel, point.y()));
        result.append(drawn);
    }
    return result;
}

} // namespace Atlas
