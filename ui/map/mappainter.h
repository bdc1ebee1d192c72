// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dataset.h"
#include "formatter.h"

#include <QFont>
#include <QRectF>
#include <QSet>
#include <QString>

class QPainter;

namespace Atlas {

class AtlasDocument;
class FilterCriteria;

// How paintMap() draws: language and digits of the names and numbers, the font family the
// names derive from, and which places to ring as selected.
struct MapPaintOptions
{
    Language language = Language::English;
    DigitStyle digits = DigitStyle::Latin;
    QFont font;                       // families and weight for every name; sizes are set per item
    QSet<QString> selectedPlaceIds;
    bool scaleBar = true;
    bool attribution = true;
};

/*
 * Draws the map of the document's events that pass `criteria` into a rectangle of any painter
 * (logical units of 1/96 inch): the base map, a marker per theatre place with its count of
 * events, names, a note listing places outside the map, a scale bar and the base map's
 * attribution, framed on the places that have events. Everything stays inside `rect` (the
 * painter is clipped to it) and text stays text, so a PDF keeps names searchable. Used by the
 * briefing sheets; reads the document, changes nothing. Returns the number of places drawn
 * with events.
 */
int paintMap(QPainter *painter, const QRectF &rect, AtlasDocument &document, const FilterCriteria &criteria,
             const MapPaintOptions &options);

} // namespace Atlas
