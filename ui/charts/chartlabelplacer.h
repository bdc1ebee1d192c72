// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "chartdata.h"

#include <QFont>
#include <QList>
#include <QRectF>

class QGraphicsScene;

namespace Atlas {

struct FigureMark;

/*
 * Places the value labels of one panel beside their marks so that no label covers a point, a
 * whisker or another label: each figure has a few candidate spots, in reading order for the
 * page's direction; the first one that is free and inside the plot wins, else the first inside
 * the plot is moved down and up until it is free, and a label that ends up away from its mark
 * gets a thin leader line back to it. Labels never leave the page. Adds the labels and leaders
 * to the scene, which owns them.
 */
class ChartLabelPlacer
{
public:
    ChartLabelPlacer(const ChartData &data, QSizeF pageSize, double scale);

    // Where the label of each mark went, in the marks' order.
    QList<QRectF> addTo(QGraphicsScene *scene, ChartPanelKind kind, const QList<FigureMark> &marks,
                        const QRectF &plot) const;

private:
    QList<QRectF> candidates(ChartPanelKind kind, const FigureMark &mark, QSizeF size) const;

    QFont m_font;
    bool m_rightToLeft;
    double m_pageWidth;
    double m_scale;
};

} // namespace Atlas
