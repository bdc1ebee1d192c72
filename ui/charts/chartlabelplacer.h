// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "chartdata.h"

#include <QFont>
#include <QLineF>
#include <QList>
#include <QRectF>

class QGraphicsScene;

namespace Atlas {

struct FigureMark;

// What value labels must keep off, in scene coordinates: the lines series draw (trend lines,
// whiskers, bar outlines, the zero line) and what they fill (markers, bars).
struct LabelObstacles
{
    QList<QLineF> lines;
    QList<QRectF> areas;
};

/*
 * Places the value labels of one panel beside their marks so that no label is struck through by
 * a line, lies on a marker or a bar, or covers another label: each figure has a few candidate
 * spots, in reading order for the page's direction; the first one inside the plot and free
 * wins; labels without one then take the free spot nearest to one of them (moving up and down
 * before sideways), and a label that ends up away from its mark gets a thin leader line back to
 * it. Labels stay inside the plot. Adds the labels and leaders to the scene, which owns them.
 */
class ChartLabelPlacer
{
public:
    ChartLabelPlacer(const ChartData &data, double scale);

    // Where the label of each mark went, in the marks' order.
    QList<QRectF> addTo(QGraphicsScene *scene, ChartPanelKind kind, const QList<FigureMark> &marks,
                        const QRectF &plot, const LabelObstacles &obstacles) const;

private:
    QList<QRectF> candidates(ChartPanelKind kind, const FigureMark &mark, QSizeF size) const;
    QRectF nearestFree(const QList<QRectF> &spots, const QRectF &allowed, const LabelObstacles &obstacles,
                 const QList<QRectF> &labels) const;
    bool isFree(const QRectF &rect, const LabelObstacles &obstacles, const QList<QRectF> &labels) const;

    QFont m_font;
    bool m_rightToLeft;
    double m_scale;
};

} // namespace Atlas
