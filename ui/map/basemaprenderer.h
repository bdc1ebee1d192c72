// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "basemap.h"
#include "dataset.h"

#include <QColor>
#include <QFont>
#include <QGeoCoordinate>
#include <QImage>
#include <QList>
#include <QRectF>
#include <QString>

class QPainter;

namespace Atlas {

class MapViewport;

/*
 * Draws a BaseMap with QPainter in a quiet style that lets data stand out: pale land on a
 * grey-blue sea, thin coastlines and borders, rivers and lakes, and country, sea, lake and river
 * names in the UI language. Picks the level of detail for the zoom and skips what is off screen.
 * The names can be painted on their own (paintLabels), above the markers: the map view does so
 * in a layer of its own and MapPainter after the markers, so screen and export look the same.
 * A name is kept whole inside the view, moved in from the edge while its place is in view.
 * Reads the BaseMap it is given, owns nothing.
 */
class BaseMapRenderer
{
public:
    explicit BaseMapRenderer(const BaseMap &baseMap = BaseMap::bundled());

    void setLanguage(Language language) { m_language = language; }
    void setLabelsVisible(bool visible) { m_labelsVisible = visible; }

    // Fills the viewport's rectangle of the painter (sea first, so no gap is ever empty), and
    // names the countries, seas and rivers unless the labels are off.
    void paint(QPainter *painter, const MapViewport &viewport) const;
    // The names alone, for a layer above the markers.
    void paintLabels(QPainter *painter, const MapViewport &viewport) const;

    struct PlacedLabel
    {
        QString text;
        QRectF rect;      // screen, unrotated
        QFont font;
        QColor color;
        double angle = 0; // degrees, for river names
        BaseMap::Label::Kind kind = BaseMap::Label::Kind::Country;
    };
    // Where paintLabels() puts each name it draws, in the viewport's screen coordinates.
    QList<PlacedLabel> labelPlacements(const MapViewport &viewport, const QFont &baseFont) const;

    static QColor seaColor();

private:
    // The text, font and colour of a name at a zoom (its rectangle still to be placed).
    PlacedLabel styled(const BaseMap::Label &label, double zoom, const QFont &baseFont) const;

    const BaseMap &m_baseMap;
    Language m_language = Language::English;
    bool m_labelsVisible = true;
};

/*
 * The base map painted once into an image a margin larger than the view, so that a pan only
 * moves the image: BaseMapRenderer runs again only when the view leaves the margin or the zoom,
 * size, language or pixel ratio changes. Owns the image; reads the renderer.
 */
class BaseMapImageCache
{
public:
    static constexpr double Margin = 320;

    explicit BaseMapImageCache(const BaseMapRenderer &renderer);

    void paint(QPainter *painter, const MapViewport &viewport, qreal devicePixelRatio = 1.0);
    void invalidate() { m_image = QImage(); }
    int repaintCount() const { return m_repaints; }

private:
    const BaseMapRenderer &m_renderer;
    QImage m_image;
    QGeoCoordinate m_center;
    double m_zoom = -1;
    QSizeF m_size;
    int m_repaints = 0;
};

} // namespace Atlas
