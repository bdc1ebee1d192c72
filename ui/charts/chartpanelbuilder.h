// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "chartdata.h"
#include "chartscene.h"

#include <QList>
#include <QPointF>
#include <QRectF>

class QAreaSeries;
class QChart;
class QGraphicsScene;

namespace Atlas {

// One panel as drawn: its QChart, owned by the scene, the panel it shows, where, and its axes.
struct PanelChart
{
    QChart *chart = nullptr;
    const ChartPanel *panel = nullptr;
    QRectF rect;
    QList<ChartScene::DrawnAxis> axes;
};

// Where one figure of a laid-out panel is drawn, in scene coordinates.
struct FigureMark
{
    const ChartItem *item = nullptr;
    QList<QRectF> hitRects; // a range's whisker with its caps, then a value's marker; or the bar
    QPointF anchor;         // Levels: the value's point, else the range's upper end; null for bars
    QPointF lowerEnd;       // Levels: the range's lower end
    QRectF bar;             // Periods and Changes
    bool valueEndRight = true; // Changes: the value end of the bar (not zero or min) is its right edge
};

/*
 * Draws one ChartPanel as a QChart in the plot ChartPanelFrame leaves, with the ticks of
 * ChartPanelAxes and a series per mark, each tagged with its role, name and figure: markers and
 * a trend line for levels, min–max whiskers for ranges, bars over their period for flows,
 * diverging bars around zero for changes, in the colour and shape of their series. Fills are
 * opaque legend colours with a white outline; where periods overlap, the larger count stands
 * behind, and the bar in front is narrower, so both show down to zero and nothing mixes into a
 * colour the legend lacks. Once the chart is laid out it tells where each figure was drawn, and
 * what QtCharts holds. Owns nothing: the charts belong to the scene.
 */
class ChartPanelBuilder
{
public:
    ChartPanelBuilder(const ChartData &data, double scale);

    // Adds a chart of the panel in rect (scene coordinates) to the scene.
    PanelChart addTo(QGraphicsScene *scene, const ChartPanel &panel, const QRectF &rect) const;

    // Once laid out: makes the whisker caps a fixed number of pixels wide and returns the marks
    // of the drawn figures, in series order.
    QList<FigureMark> finish(const PanelChart &panelChart) const;

    static QRectF plotRect(const PanelChart &panelChart); // in scene coordinates
    static QString kindName(ChartPanelKind kind);         // "levels", "periods", "changes"
    static QList<ChartScene::DrawnSeries> drawnSeries(const PanelChart &panelChart);

private:
    void addChangeBars(QChart *chart, const ChartPanel &panel) const;
    void addPeriodBars(QChart *chart, const ChartPanel &panel, double plotWidth) const;
    void addLevels(QChart *chart, const ChartPanel &panel) const;
    void fill(QAreaSeries *bar, int colorIndex) const; // opaque, in the series' colour

    Formatter m_formatter;
    bool m_rightToLeft;
    double m_scale;
};

} // namespace Atlas
