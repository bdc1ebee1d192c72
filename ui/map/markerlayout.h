// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "placemarker.h"

#include <QFont>
#include <QLineF>
#include <QList>
#include <QPointF>
#include <QRectF>
#include <QString>

namespace Atlas {

class MapViewport;

/*
 * Where markers and their names go on screen so nothing piles up: places whose symbols would
 * overlap at this zoom merge into one cluster drawn at its most important member, and each name
 * takes the first free spot inside the view to the side, above or below its symbol, or is left out (the tooltip
 * still has it). Pinned places (the named sites of the theatre: Al-Tanf, Camp Taji, Baghouz…)
 * never merge and never lose their name: when the spots next to the symbol are taken, the name
 * moves further out on a leader line, and if the map is too crowded even for that, it takes the
 * spot it overlaps least. Importance: selected first, then pinned, then more filtered events,
 * then bases and cities. Pure geometry.
 */
class MarkerLayout
{
public:
    struct Cluster
    {
        QPointF position;          // screen
        double radius = 0;
        QList<int> members;        // indices into the markers, most important first
        int eventCount = 0;        // summed over members
        bool selected = false;
        bool pinned = false;       // a pinned place, alone in its cluster
        QString label;             // empty when the name found no room
        QRectF labelRect;
        QLineF leader;             // from the symbol to a name set further out; null when adjacent
    };

    static QList<Cluster> layout(const QList<PlaceMarker> &markers, const MapViewport &viewport,
                                 const QFont &labelFont, Qt::LayoutDirection direction);
    // The font of a cluster's name: bold when selected.
    static QFont labelFontFor(const Cluster &cluster, const QFont &labelFont);

    static double symbolRadius(int eventCount, bool selected);
    // Index into `clusters` of the one under `point` (its symbol or its name), or -1.
    static int clusterAt(const QList<Cluster> &clusters, const QPointF &point);
};

} // namespace Atlas
