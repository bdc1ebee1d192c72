// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "maplayer.h"

namespace Atlas {

/*
 * What lies over the map view: the notes (places outside the map, no data) in the top start
 * corner, the scale bar in the bottom start corner and the attribution in the bottom end
 * corner, painted by MapPainter exactly as map exports and briefings paint them.
 */
class MapOverlayLayer : public MapLayer
{
    Q_OBJECT
    QML_ELEMENT

public:
    using MapLayer::MapLayer;

    void paint(QPainter *painter) override;
};

} // namespace Atlas
