// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "chartdata.h"

class QGraphicsScene;

namespace Atlas {

/*
 * The legend under a chart's title: one entry per series key across all panels, in panel order,
 * each the series' marker shape (a square swatch for bars) in its colour and its name, wrapped
 * into lines that run from the page's start edge. Its items belong to the scene.
 */
class ChartLegend
{
public:
    ChartLegend(const ChartData &data, double scale);

    // Adds the entries to the scene in the band [left, left + width] from top down; returns the
    // height they take (0 without series).
    double addTo(QGraphicsScene *scene, double left, double top, double width) const;

    QList<QColor> colors() const; // each entry's swatch colour, in the legend's order

private:
    struct Entry
    {
        QString key;
        QString name;
        int colorIndex;
        bool bar;
    };

    QList<Entry> m_entries;
    Formatter m_formatter;
    bool m_rightToLeft;
    double m_scale;
};

} // namespace Atlas
