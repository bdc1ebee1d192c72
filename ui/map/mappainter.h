// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "formatter.h"
#include "mapscene.h"

#include <QFont>
#include <QMarginsF>
#include <QRectF>
#include <QString>

#include <functional>

class QPainter;

namespace Atlas {

class MapViewport;

// How MapPainter frames and dresses a map.
struct MapPaintOptions
{
    QFont font;                     // families and weight of every text; sizes are set per item
    bool title = false;             // a title block with the time window and the count of places
    bool scaleBar = true;
    bool attribution = true;
    QMarginsF frameMargins{50, 50, 50, 50}; // kept free of framed places (around the title too)
    double maxZoom = 8.0;
    double scaleBarWidth = 200;     // at most, in logical pixels
    double noteSize = 8.5;          // points: the notes and the attribution
    // Frame these places instead of the scene's places with events (an animation keeps one
    // framing for all its frames); empty: the scene's.
    QList<QGeoCoordinate> frameOn;
    // Paints the base map of the viewport, without its names (they go above the markers),
    // instead of a BaseMapRenderer (an animation draws one raster for all its frames). Empty:
    // painted directly.
    std::function<void(QPainter *, const MapViewport &)> paintBaseMap;
};

/*
 * Draws a MapScene on any QPainter (logical units of 1/96 inch): the base map, the markers and
 * their names (MarkerLayout, MarkerPainter), the base map's names above them, the notes (places outside the map, no data), the
 * scale bar and the attribution, and optionally a title. The whole picture is what map exports
 * and briefing sheets draw; the pieces are what the map view's QML layers draw, so the screen
 * and every export share one look and one set of words. Text stays text, so SVG and PDF keep
 * names searchable. Numbers and dates go through the Formatter it is given (the document's), so
 * digits follow the preferences. Paints only; reads the scene.
 */
class MapPainter
{
public:
    MapPainter(const MapScene &scene, const Formatter &formatter);

    // The whole map framed on the scene's places with events, inside `rect` (clipped to it).
    // Returns the viewport it framed, in rect-local coordinates.
    MapViewport paint(QPainter *painter, const QRectF &rect, const MapPaintOptions &options) const;

    // The pieces, in a painter whose origin is the top-left corner of a map of `size`.
    void paintMarkers(QPainter *painter, const MapViewport &viewport) const;
    // The off-theatre and no-data notes in the top start corner, below `top`.
    void paintNotes(QPainter *painter, const QSizeF &size, const QFont &font, double top = 8) const;
    void paintScaleBar(QPainter *painter, const MapViewport &viewport, double maxWidth, const QFont &font) const;
    // `text` in the bottom end corner, left to right whatever the language (the credits are English).
    void paintAttribution(QPainter *painter, const QSizeF &size, const QString &text, const QFont &font) const;
    // Title and subtitle in the top start corner.
    void paintTitle(QPainter *painter, const QSizeF &size, const QFont &font) const;

    QString title() const;
    QString subtitle() const;   // "August 2014 – September 2026 · events at 17 places shown…"
    Qt::LayoutDirection direction() const;

private:
    QRectF titleBox(const QSizeF &size, const QFont &font) const;
    QString noteText() const;
    QRectF noteBox(const QString &note, const QSizeF &size, const QFont &font, double top) const;

    MapScene m_scene;
    Formatter m_formatter;
};

} // namespace Atlas
