// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "formatter.h"

#include <QRectF>
#include <QString>

class QPainter;

namespace Atlas {

class MapViewport;

/*
 * A scale bar: the longest round ground distance (1, 2 or 5 × 10^n metres) that fits in a
 * given width at the centre of a viewport, its length in pixels and its label ("200 km").
 * Value type; paint() draws it for the map view and the exporter alike.
 */
class ScaleBar
{
public:
    static ScaleBar forViewport(const MapViewport &viewport, double maxWidth);

    double meters() const { return m_meters; }
    double pixels() const { return m_pixels; }
    QString label(const Formatter &formatter) const;

    // Draws the bar with its bottom-left corner at `bottomLeft` (bottom-right in right-to-left).
    void paint(QPainter *painter, const QPointF &anchor, const Formatter &formatter,
               Qt::LayoutDirection direction = Qt::LeftToRight) const;

private:
    double m_meters = 0;
    double m_pixels = 0;
};

} // namespace Atlas
