// SPDX-License-Identifier: GPL-3.0-or-later
#include "chartpanelbuilder.h"

#include "chartpanelaxes.h"
#include "chartpanelframe.h"
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

// Tags a series with what it draws (read back by finish() and drawnSeries()) and adds it.
void attach(QChart *chart, QAbstractSeries *series, const char *role, const QString &name, const QString &figureId)
{
    series->setProperty("atlasRole", QString::fromLatin1(role));
    series->setProperty("atlasName", name);
    series->setProperty("atlasFigure", figureId);
    chart->addSeries(series);
}

// Every item of a panel with its series, in series order.
using PanelItem = std::pair<const ChartItem *, const ChartSeries *>;
QList<PanelItem> panelItems(const ChartPanel &panel)
{
    QList<PanelItem> result;
    for (const ChartSeries &series : panel.series)
        for (const ChartItem &item : series.items)
            result.append({ &item, &series });
    return result;
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
    scene->addItem(chart);
    chart->setGeometry(rect);

    // The ticks depend on the plot's size, the plot on the ticks' labels: a few rounds settle it.
    const ChartPanelAxes axes(m_formatter, m_rightToLeft, m_scale);
    const ChartPanelFrame frame(m_formatter, m_rightToLeft, panel, rect, m_scale);
    const bool changes = panel.kind == ChartPanelKind::Changes;
    const AxisTicks rows = changes ? ChartPanelAxes::categoryTicks(panel) : AxisTicks();
    AxisTicks bottom;
    AxisTicks start;
    ChartPanelFrame::Layout layout;
    layout.plot = QRectF(rect.topLeft(), rect.size() * 0.8);
    for (int round = 0; round < 3; ++round) {
        const QRectF plot = layout.plot;
        bottom = changes ? axes.valueTicks(panel, plot.width()) : axes.timeTicks(panel, plot.width());
        start = changes ? rows : axes.valueTicks(panel, plot.height());
        layout = frame.layout(bottom, start);
        if (std::abs(layout.plot.width() - plot.width()) < 0.5 && std::abs(layout.plot.height() - plot.height()) < 0.5)
            break;
    }
    const QRectF plot = layout.plot;
    chart->setPlotArea(plot.translated(-rect.topLeft()));

    QCategoryAxis *bottomAxis = axes.lineAxis(bottom);
    QCategoryAxis *startAxis = changes ? axes.rowAxis(rows) : axes.lineAxis(start);
    if (changes)
        addChangeBars(chart, panel);
    else if (panel.kind == ChartPanelKind::Periods)
        addPeriodBars(chart, panel, plot.width());
    else
        addLevels(chart, panel);
    chart->addAxis(bottomAxis, Qt::AlignBottom);
    chart->addAxis(startAxis, m_rightToLeft ? Qt::AlignRight : Qt::AlignLeft);
    const QList<QAbstractSeries *> series = chart->series();
    for (QAbstractSeries *drawn : series) {
        drawn->attachAxis(bottomAxis);
        drawn->attachAxis(startAxis);
    }
    chart->layout()->activate();
    return { chart, &panel, rect, frame.addTo(scene, layout, bottom, start) };
}

void ChartPanelBuilder::addChangeBars(QChart *chart, const ChartPanel &panel) const
{
    // Rows from top to bottom in series order; values run along x.
    const QList<PanelItem> bars = panelItems(panel);
    const int n = int(bars.size());
    for (int i = 0; i < n; ++i) {
        const auto &[item, owner] = bars.at(i);
        const double y = n - 1 - i;
        const double from = item->isRange() ? *item->min : 0.0;
        const double to = item->isRange() ? *item->max : item->value.value_or(0.0);
        // The upper edge runs from `from` to `to`, which finish() reads back.
        QAreaSeries *area = newBar(from, y - 0.3, to, y + 0.3);
        fill(area, owner->colorIndex);
        attach(chart, area, "bar", owner->name, item->figureId);
    }
    auto *zero = new QLineSeries;
    zero->append(0, -0.5);
    zero->append(0, n - 0.5);
    zero->setPen(QPen(ChartStyle::textColor(), 1.5 * m_scale));
    attach(chart, zero, "zero", QString(), QString());
}

void ChartPanelBuilder::addPeriodBars(QChart *chart, const ChartPanel &panel, double plotWidth) const
{
    // Overlapping periods: larger counts are added first, so they sit behind smaller ones.
    QList<PanelItem> bars = panelItems(panel);
    std::stable_sort(bars.begin(), bars.end(), [](const auto &a, const auto &b) {
        return a.first->high() > b.first->high();
    });
    const auto [timeLow, timeHigh] = ChartPanelAxes::timeRange(panel);
    const double yearsPerPixel = (timeHigh - timeLow) / std::max(plotWidth, 1.0);
    const double minimumWidth = 8 * m_scale * yearsPerPixel;
    for (const auto &[bar, owner] : std::as_const(bars)) {
        const ChartItem &item = *bar;
        double x0 = ChartPanelAxes::yearPosition(item.start);
        double x1 = ChartPanelAxes::yearPosition(item.end.addDays(1));
        // A bar in front of larger ones of the same period is narrower, so that the bars behind
        // show on both sides down to zero and nothing reads as stacked.
        const auto behind = std::count_if(bars.cbegin(), bars.cend(), [&item](const auto &other) {
            return other.first != &item && other.first->high() > item.high() && other.first->start <= item.end
                   && item.start <= other.first->end;
        });
        const double inset = std::min(double(behind) * 16 * m_scale * yearsPerPixel, (x1 - x0) * 0.2);
        x0 += inset;
        x1 -= inset;
        if (x1 - x0 < minimumWidth) {
            const double centre = (x0 + x1) / 2;
            x0 = centre - minimumWidth / 2;
            x1 = centre + minimumWidth / 2;
        }
        QAreaSeries *area = newBar(x0, item.isRange() ? *item.min : 0.0, x1, item.high());
        fill(area, owner->colorIndex);
        attach(chart, area, "bar", owner->name, item.figureId);
    }
}

void ChartPanelBuilder::fill(QAreaSeries *bar, int colorIndex) const
{
    bar->setBrush(ChartStyle::seriesColor(colorIndex));
    bar->setPen(QPen(Qt::white, 1.5 * m_scale)); // a gap between bars that touch
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
            const double x = ChartPanelAxes::middlePosition(item);
            if (item.isRange()) {
                auto *whisker = new QLineSeries;
                whisker->append(x, ChartPanelAxes::axisValue(panel, *item.max));
                whisker->append(x, ChartPanelAxes::axisValue(panel, *item.min));
                whisker->setPen(QPen(color, 2.6 * s, item.envelope ? Qt::DashLine : Qt::SolidLine, Qt::FlatCap));
                attach(chart, whisker, "whisker", series.name, item.figureId);
            }
            if (item.value)
                values.append(QPointF(x, ChartPanelAxes::axisValue(panel, *item.value)));
        }
        if (values.size() >= 2) {
            auto *trend = new QLineSeries;
            trend->append(values);
            trend->setPen(QPen(color, 1.4 * s, Qt::DashLine));
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
                const double x = ChartPanelAxes::middlePosition(item);
                if (drawn) {
                    // The caps get their width in pixels now that the plot is known.
                    auto *whisker = static_cast<QLineSeries *>(drawn);
                    const QPointF top(x, ChartPanelAxes::axisValue(panel, *item.max));
                    const QPointF bottom(x, ChartPanelAxes::axisValue(panel, *item.min));
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
                    const QPointF p = toScene(QPointF(x, ChartPanelAxes::axisValue(panel, *item.value)));
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

QString ChartPanelBuilder::kindName(ChartPanelKind kind)
{
    switch (kind) {
    case ChartPanelKind::Levels: return u"levels"_s;
    case ChartPanelKind::Periods: return u"periods"_s;
    case ChartPanelKind::Changes: return u"changes"_s;
    }
    return {};
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
        drawn.panel = kindName(panelChart.panel->kind);
        drawn.role = series->property("atlasRole").toString();
        drawn.name = series->property("atlasName").toString();
        drawn.figureId = series->property("atlasFigure").toString();
        QChart *chart = panelChart.chart;
        auto toScene = [chart, series](QPointF value) { return chart->mapToScene(chart->mapToPosition(value, series)); };
        if (auto *area = qobject_cast<QAreaSeries *>(series)) {
            drawn.points = area->upperSeries()->points();
            if (area->lowerSeries())
                drawn.lowerPoints = area->lowerSeries()->points();
            const QRectF bar = QRectF(toScene(drawn.points.first()), toScene(drawn.lowerPoints.last())).normalized();
            drawn.areas.append(bar);
            drawn.segments = { QLineF(bar.topLeft(), bar.topRight()), QLineF(bar.topRight(), bar.bottomRight()),
                               QLineF(bar.bottomRight(), bar.bottomLeft()), QLineF(bar.bottomLeft(), bar.topLeft()) };
            drawn.fill = area->brush().color();
        } else if (auto *scatter = qobject_cast<QScatterSeries *>(series)) {
            drawn.points = scatter->points();
            const double size = scatter->markerSize();
            for (const QPointF &point : std::as_const(drawn.points)) {
                const QPointF centre = toScene(point);
                drawn.areas.append(QRectF(centre.x() - size / 2, centre.y() - size / 2, size, size));
            }
            drawn.fill = scatter->color();
        } else if (auto *xy = qobject_cast<QXYSeries *>(series)) {
            drawn.points = xy->points();
            for (qsizetype i = 1; i < drawn.points.size(); ++i)
                drawn.segments.append(QLineF(toScene(drawn.points.at(i - 1)), toScene(drawn.points.at(i))));
        }
        for (QPointF &point : drawn.points)
            point.setY(ChartPanelAxes::dataValue(*panelChart.panel, point.y()));
        result.append(drawn);
    }
    return result;
}

} // namespace Atlas
