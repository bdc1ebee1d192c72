// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "chartdata.h"

#include <QColor>
#include <QGraphicsScene>
#include <QHash>
#include <QLineF>
#include <QList>
#include <QPointF>
#include <QRectF>

#include <memory>

namespace Atlas {

/*
 * Draws one ChartData as a complete, exportable page in a QGraphicsScene: title and subtitle, a
 * legend, one QChart per panel (levels, periods, changes), value labels with qualifier marks and
 * dates, the notes and the source line — everything inside the scene, so rendering the scene to
 * an image, SVG or PDF gives the same picture as the screen. Mirrors for right-to-left. Keeps
 * where each figure was drawn, for hover and click. Owns its items (the scene does).
 *
 * The façade of the page's parts, each in its own file: ChartPageLayout (text blocks and panel
 * rects, with ChartLegend), ChartPanelBuilder (one QChart per panel, with ChartPanelAxes; the
 * only parts that talk to QtCharts), ChartPanelFrame (the titles, tick and category labels
 * around each plot), ChartLabelPlacer (value labels, clear of what the series draw) and
 * ChartHitTargets (figures under the pointer, the selection frame). This header stays free of
 * QtCharts types.
 */
class ChartScene : public QGraphicsScene
{
    Q_OBJECT

public:
    // A series as QtCharts holds it, for tests and diagnostics.
    struct DrawnSeries
    {
        QString panel;        // "levels", "periods", "changes"
        QString role;         // "points", "trend", "whisker", "bar", "zero"
        QString name;         // the ChartSeries name
        QString figureId;     // for whiskers and bars: the figure drawn
        QList<QPointF> points;
        QList<QPointF> lowerPoints; // bars: the lower edge
        QList<QLineF> segments;     // scene coordinates: the lines drawn (trend, whisker, zero, bar outline)
        QList<QRectF> areas;        // scene coordinates: what is filled (markers, bars)
        QColor fill;                // the colour markers and bars are filled with; invalid for lines
    };

    // An axis as drawn, for tests and diagnostics.
    struct DrawnAxis
    {
        QString role;               // "time", "value", "category"
        QString title;              // as drawn
        QRectF titleRect;           // scene rect of the title's glyphs; empty when not one of our texts
        QStringList labels;         // tick (or category) labels in the axis's order
        QList<QRectF> labelRects;   // their scene rects, when the labels are our texts
    };

    // A panel as drawn: its share of the page, its plot, its axes and the labels of its figures.
    struct DrawnPanel
    {
        QString kind;               // "levels", "periods", "changes"
        QRectF rect;
        QRectF plot;
        QList<DrawnAxis> axes;
        QHash<QString, QRectF> valueLabels; // figure id -> scene rect of its value label
    };

    explicit ChartScene(QObject *parent = nullptr);
    ~ChartScene() override;

    void setChartData(ChartData data);
    const ChartData &chartData() const { return m_data; }

    // Lays the page out for this size in logical pixels (rebuilds all items).
    void layoutPage(QSizeF size);
    QSizeF pageSize() const { return m_pageSize; }

    QString figureAt(QPointF scenePos) const;
    QRectF targetRect(QPointF scenePos) const; // the mark or label figureAt() found there, or empty
    QRectF figureRect(const QString &figureId) const; // scene rect of the drawn figure, or empty
    QPointF figurePoint(const QString &figureId) const; // a point where figureAt() finds it; (-1, -1) if none
    void setSelectedFigure(const QString &figureId);
    QString selectedFigure() const { return m_selectedFigure; }

    QList<DrawnSeries> drawnSeries() const;
    QList<DrawnPanel> drawnPanels() const;
    QList<QColor> legendColors() const; // the swatch colours of the legend, in its order
    QStringList texts() const; // every text our items draw (titles, legend, labels, notes, sources)
    QRectF textBounds(const QString &text) const; // scene rect of the first item drawing it

    static QFont chartFont(const Formatter &formatter, double pixelSize, bool bold = false);

private:
    struct Page; // what layoutPage() built: the panels' charts and the hit targets

    ChartData m_data;
    QSizeF m_pageSize;
    std::unique_ptr<Page> m_page;
    QString m_selectedFigure;
};

} // namespace Atlas
