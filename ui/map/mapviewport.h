// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QGeoCoordinate>
#include <QList>
#include <QMarginsF>
#include <QPointF>
#include <QRectF>
#include <QSizeF>

namespace Atlas {

/*
 * What part of the world a map shows: a centre, a zoom level and a size in pixels, on the
 * spherical Web Mercator projection used by QtLocation (a world 256 · 2^zoom pixels wide).
 * Converts between coordinates, "world units" (Mercator x and y scaled to 0..1, y down) and
 * pixels. A value type; the base map, the markers and exports all position through it, so they
 * line up with each other and with the QtLocation Map.
 */
class MapViewport
{
public:
    static constexpr double TileSize = 256.0;
    static constexpr double MaxLatitude = 85.05112878;
    static constexpr double MinZoom = 2.0;
    static constexpr double MaxZoom = 14.0;

    MapViewport() = default;
    MapViewport(const QGeoCoordinate &center, double zoom, const QSizeF &size);

    // Coordinates <-> world units; latitudes beyond ±85.05° are clamped.
    static QPointF project(double latitude, double longitude);
    static QPointF project(const QGeoCoordinate &coordinate)
    {
        return project(coordinate.latitude(), coordinate.longitude());
    }
    static QGeoCoordinate unproject(const QPointF &world);

    QGeoCoordinate center() const { return m_center; }
    double zoom() const { return m_zoom; }
    QSizeF size() const { return m_size; }
    bool isValid() const { return m_center.isValid() && !m_size.isEmpty(); }

    // Width of the whole world in pixels at this zoom.
    double worldSize() const;
    QPointF toScreen(const QPointF &world) const;
    QPointF toScreen(const QGeoCoordinate &coordinate) const { return toScreen(project(coordinate)); }
    QPointF toWorld(const QPointF &screen) const;
    QGeoCoordinate toCoordinate(const QPointF &screen) const { return unproject(toWorld(screen)); }
    // The visible part of the world, in world units.
    QRectF visibleWorld() const;
    // Ground distance of one pixel at the centre's latitude.
    double metersPerPixel() const;

    // The viewport of `size` that shows all `coordinates` with `margins` pixels kept free on
    // each side, at no more than `maxZoom`. A single coordinate is shown at `maxZoom`.
    static MapViewport fitting(const QList<QGeoCoordinate> &coordinates, const QSizeF &size,
                               const QMarginsF &margins, double maxZoom = 9.0);

private:
    QGeoCoordinate m_center{33.5, 40.0};
    double m_zoom = 5.0;
    QSizeF m_size;
};

} // namespace Atlas
