// SPDX-License-Identifier: GPL-3.0-or-later
#include "mapoverlaylayer.h"

#include "mapcontroller.h"
#include "mappainter.h"

#include <QPainter>

namespace Atlas {

namespace {

constexpr double ScaleBarWidth = 170;
constexpr double NoteSize = 8.5;

} // namespace

void MapOverlayLayer::paint(QPainter *painter)
{
    if (!controller())
        return;
    painter->setRenderHint(QPainter::Antialiasing, true);
    const MapPainter mapPainter(controller()->scene(), controller()->formatter());
    QFont noteFont = painter->font();
    noteFont.setPointSizeF(NoteSize);
    mapPainter.paintNotes(painter, size(), noteFont);
    mapPainter.paintScaleBar(painter, viewport(), ScaleBarWidth, painter->font());
    mapPainter.paintAttribution(painter, size(), controller()->attribution(), noteFont);
}

} // namespace Atlas
