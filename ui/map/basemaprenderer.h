// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "basemap.h"
#include "dataset.h"

#include <QGeoCoordinate>
#include <QImage>

class QPainter;

namespace Atlas {

class MapViewport;

/*
 * Draws a BaseMap with QPainter in a quiet style that lets data stand out: pale land on a
 * grey-blue sea, thin coastlines and borders, rivers and lakes, and country, sea, lake and river
 * names in the UI language. Picks the level of detail for the zoom and skips what is off screen.
 * The map view and the exporter both use it, so screen and export look the same. Reads the
 * BaseMap it is given, owns nothing.
 */
class BaseMapRenderer
{
public:
    explicit BaseMapRenderer(const BaseMap &baseMap = BaseMap::bundled());

    void setLanguage(Language language) { m_language = language; }
    void setLabelsVisible(bool visible) { m_labelsVisible = visible; }

    // Fills the viewport's rectangle of the painter (sea first, so no gap is ever empty).
    void paint(QPainter *painter, const MapViewport &viewport) const;

    static QColor seaColor();

private:
    void paintLabels(QPainter *painter, const MapViewport &viewport) const;

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
