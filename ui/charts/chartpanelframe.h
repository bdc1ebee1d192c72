// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "chartdata.h"
#include "chartpanelaxes.h"
#include "chartscene.h"

#include <QFont>
#include <QList>
#include <QRectF>

class QGraphicsScene;

namespace Atlas {

/*
 * The texts around one panel's plot, and so where the plot goes: the panel's title at the top;
 * along the bottom the time axis (the values, for changes) with its tick labels and its title
 * under them; at the start edge the value axis (the categories of change bars) with its labels
 * and, turned along it, its title (across the top where turned it would take more than two
 * lines). Every text is measured first and wraps rather than being cut or elided, so the plot
 * gets what the texts leave and no label leaves the panel; on a page too small for all of them
 * the bottom axis's title and then the panel's title give way. The texts are ChartTexts, kept as
 * text in SVG and PDF. Mirrored for right to left. Adds them to the scene, which owns them.
 */
class ChartPanelFrame
{
public:
    ChartPanelFrame(const Formatter &formatter, bool rightToLeft, const ChartPanel &panel, const QRectF &rect, double scale);

    // Where the plot goes, and which texts go around it.
    struct Layout
    {
        QRectF plot;
        bool panelTitle = false;       // shown (a page too small for all drops it)
        bool bottomTitle = false;      // shown
        bool startTitleAcross = false; // across the top instead of turned along the axis
    };

    // The plot that leaves room for the titles and for these ticks' labels.
    Layout layout(const AxisTicks &bottom, const AxisTicks &start) const;
    // The height a panel of the rect's width needs for every category label to fit beside its
    // bar without touching the next, in the widest column allowed (Changes); 0 for others.
    double heightForCategories() const;

    // Adds the title and the axes' labels and titles around `plot`; returns the axes as drawn,
    // the bottom one first.
    QList<ChartScene::DrawnAxis> addTo(QGraphicsScene *scene, const Layout &layout, const AxisTicks &bottom,
                                       const AxisTicks &start) const;

private:
    double categoryWidth(const AxisTicks &rows) const; // what category labels wrap at
    double startLabelsWidth(const AxisTicks &start) const;
    double widestLabel(const AxisTicks &ticks) const;  // unwrapped
    double rowHeight(const AxisTicks &rows, double width) const; // for labels wrapped at width
    double framing(double startWidth) const; // the panel's height besides its rows (Changes)
    Layout layoutWith(const AxisTicks &bottom, const AxisTicks &start, bool panelTitle, bool bottomTitle) const;
    double startTitleAcrossHeight() const;

    const ChartPanel &m_panel;
    QRectF m_rect;
    bool m_rightToLeft;
    bool m_categories; // the start axis holds the categories of change bars
    double m_scale;
    QFont m_labelFont;
    QFont m_axisTitleFont;
    QFont m_titleFont;
    QString m_bottomTitle;
    QString m_startTitle;
};

} // namespace Atlas
