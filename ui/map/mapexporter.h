// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "filterstate.h"

#include <QSize>
#include <QString>

namespace Atlas {

class AtlasDocument;

// What `coalition-atlas --export-map FILE [--from --to]` and File > Export Map ask for.
struct MapExportOptions
{
    QString fileName;        // .png, .svg or .pdf
    FilterState filter;      // the events counted; its window is the map's time window
    QSize size {1600, 1000}; // pixels (the page of an SVG/PDF at `dpi`)
    int dpi = 96;
};

/*
 * Draws the map of a document to a PNG, SVG or PDF file without any window: the base map,
 * a marker per theatre place with its count of the events that pass `filter`, names, a title,
 * a scale bar and the attributions, framed on the theatre places that have such events
 * (MapScene + MapPainter, as the view and the briefings draw it). SVG and PDF stay vector and
 * keep every name as text. The document and its filter are left untouched. Writes atomically; on failure returns false
 * and says why in `errorMessage` (unknown suffix, unwritable path…).
 */
bool exportMap(AtlasDocument &document, const MapExportOptions &options, QString *errorMessage);

} // namespace Atlas
