// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "formatter.h"
#include "markerlayout.h"

class QPainter;

namespace Atlas {

/*
 * Draws laid-out place markers: a symbol by kind (square for bases, circle for cities and
 * towns, dashed ring for provinces and regions, diamond for roads, wave blue for rivers,
 * triangle for the rest), filled when filtered events happened there and sized by their number,
 * leader lines to names set apart from their symbol,
 * the count inside, a ring around the selected place, and the names with a halo. Names are
 * drawn as text, so SVG and PDF exports keep them searchable.
 */
class MarkerPainter
{
public:
    static void paint(QPainter *painter, const QList<PlaceMarker> &markers,
                      const QList<MarkerLayout::Cluster> &clusters, const QFont &labelFont,
                      const Formatter &formatter);
    static QFont defaultLabelFont();
};

} // namespace Atlas
