// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "chartdata.h"

#include <QList>
#include <QRectF>
#include <QSizeF>

class QGraphicsScene;

namespace Atlas {

/*
 * Lays out the page of one chart: the title and subtitle at the top, the legend under them, the
 * notes and the source line at the foot (measured first), and the panels sharing the height
 * left between them, a Changes panel by the height its category labels need (ChartPanelFrame
 * measures them). Adds those texts and the legend to
 * the scene, which owns them, and hands back the panels' rects; a chart without panels gets its
 * empty text in the middle instead.
 */
class ChartPageLayout
{
public:
    ChartPageLayout(const ChartData &data, QSizeF pageSize);

    // The rect of each of the data's panels, in their order.
    QList<QRectF> addTo(QGraphicsScene *scene) const;

private:
    double addTextBlock(QGraphicsScene *scene, const QString &text, const QFont &font, const QColor &color,
                        double top) const;
    double addFooter(QGraphicsScene *scene) const;
    QList<QRectF> panelRects(double top, double bottom) const;

    const ChartData &m_data;
    QSizeF m_pageSize;
    double m_scale;
    double m_margin;
    double m_width;
};

} // namespace Atlas
