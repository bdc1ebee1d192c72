// SPDX-License-Identifier: GPL-3.0-or-later
#include "mapviewport.h"

#include <QtMath>

#include <algorithm>
#include <cmath>

namespace Atlas {

namespace {
constexpr double EarthRadius = 6378137.0; // WGS 84 semi-major axis, as Web Mercator uses
}

MapViewport::MapViewport(const QGeoCoordinate &center, double zoom, const QSizeF &size)
    : m_center(center)
    , m_zoom(std::clamp(zoom, MinZoom, MaxZoom))
    , m_size(size)
{
}

QPointF MapViewport::project(double latitude, double longitude)
{
    const double lat = std::clamp(latitude, -MaxLatitude, MaxLatitude);
    const double x = (longitude + 180.0) / 360.0;
    const double sinLat = std::sin(qDegreesToRadians(lat));
    const double y = 0.5 - std::log((1.0 + sinLat) / (1.0 - sinLat)) / (4.0 * M_PI);
    return {x, y};
}

QGeoCoordinate MapViewport::unproject(const QPointF &world)
{
    const double longitude = world.x() * 360.0 - 180.0;
    const double n = M_PI * (1.0 - 2.0 * world.y());
    const double latitude = qRadiansToDegrees(std::atan(std::sinh(n)));
    return {latitude, longitude};
}

double MapViewport::worldSize() const
{
    return TileSize * std::exp2(m_zoom);
}

QPointF MapViewport::toScreen(const QPointF &world) const
{
    const QPointF center = project(m_center);
    const double scale = worldSize();
    return {(world.x() - center.x()) * scale + m_size.width() / 2.0,
            (world.y() - center.y()) * scale + m_size.height() / 2.0};
}

QPointF MapViewport::toWorld(const QPointF &screen) const
{
    const QPointF center = project(m_center);
    const double scale = worldSize();
    return {center.x() + (screen.x() - m_size.width() / 2.0) / scale,
            center.y() + (screen.y() - m_size.height() / 2.0) / scale};
}

QRectF MapViewport::visibleWorld() const
{
    return QRectF(toWorld({0, 0}), toWorld({m_size.width(), m_size.height()}));
}

double MapViewport::metersPerPixel() const
{
    return 2.0 * M_PI * EarthRadius * std::cos(qDegreesToRadians(m_center.latitude())) / worldSize();
}

MapViewport MapViewport::fitting(const QList<QGeoCoordinate> &coordinates, const QSizeF &size,
                                 const QMarginsF &margins, double maxZoom)
{
    if (coordinates.isEmpty() || size.isEmpty())
        return MapViewport({33.5, 40.0}, 5.0, size);

    double left = 1, right = 0, top = 1, bottom = 0;
    for (const QGeoCoordinate &c : coordinates) {
        const QPointF p = project(c);
        left = std::min(left, p.x());
        right = std::max(right, p.x());
        top = std::min(top, p.y());
        bottom = std::max(bottom, p.y());
    }
    const double usableWidth = std::max(1.0, size.width() - margins.left() - margins.right());
    const double usableHeight = std::max(1.0, size.height() - margins.top() - margins.bottom());
    double zoom = maxZoom;
    const double spanX = right - left;
    const double spanY = bottom - top;
    if (spanX > 0 || spanY > 0) {
        const double fitX = spanX > 0 ? std::log2(usableWidth / (spanX * TileSize)) : maxZoom;
        const double fitY = spanY > 0 ? std::log2(usableHeight / (spanY * TileSize)) : maxZoom;
        zoom = std::min({fitX, fitY, maxZoom});
    }
    zoom = std::clamp(zoom, MinZoom, MaxZoom);

    // Centre the box within the area the margins leave, which may sit off the widget's centre.
    const double scale = TileSize * std::exp2(zoom);
    const QPointF boxCenter((left + right) / 2.0, (top + bottom) / 2.0);
    const QPointF marginShift((margins.right() - margins.left()) / 2.0 / scale,
                              (margins.bottom() - margins.top()) / 2.0 / scale);
    return MapViewport(unproject(boxCenter + marginShift), zoom, size);
}

} // namespace Atlas
