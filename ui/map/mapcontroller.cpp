// SPDX-License-Identifier: GPL-3.0-or-later
#include "mapcontroller.h"

#include "basemap.h"
#include "mapviewport.h"

#include <algorithm>
#include <cmath>

#include <QCoreApplication>

namespace Atlas {

MapController::MapController(QObject *parent)
    : QObject(parent)
{
}

QString MapController::language() const
{
    return m_formatter.language() == Language::Arabic ? QStringLiteral("ar") : QStringLiteral("en");
}

void MapController::setFormatter(const Formatter &formatter)
{
    const bool languageChange = formatter.language() != m_formatter.language();
    m_formatter = formatter;
    if (languageChange)
        Q_EMIT languageChanged();
    Q_EMIT formatterChanged();
}

void MapController::setScene(const MapScene &scene)
{
    m_scene = scene;
    Q_EMIT sceneChanged();
}

void MapController::setSelectedPlaceIds(const QStringList &placeIds)
{
    if (placeIds == m_selected)
        return;
    m_selected = placeIds;
    Q_EMIT selectedPlaceIdsChanged();
}

void MapController::setOnlineTiles(bool online)
{
    if (online == m_onlineTiles)
        return;
    m_onlineTiles = online;
    Q_EMIT onlineTilesChanged();
    Q_EMIT textsChanged();
}

QString MapController::attribution() const
{
    if (m_onlineTiles)
        return QCoreApplication::translate("Atlas::MapView", "© OpenStreetMap contributors");
    return BaseMap::bundled().attribution();
}

void MapController::requestView(const QGeoCoordinate &center, double zoom)
{
    Q_EMIT viewRequested(center, zoom);
}

void MapController::activatePlaces(const QStringList &placeIds)
{
    Q_EMIT placesActivated(placeIds);
}

void MapController::selectEventsAt(const QStringList &placeIds)
{
    Q_EMIT eventsAtRequested(placeIds);
}

void MapController::reportCursor(qreal x, qreal y, qreal width, qreal height)
{
    Q_EMIT cursorMoved(MapViewport(m_center, m_zoom, {width, height}).toCoordinate({x, y}));
}

QGeoCoordinate MapController::panned(const QGeoCoordinate &center, double zoom, qreal width, qreal height,
                                     qreal dx, qreal dy) const
{
    const MapViewport viewport(center, zoom, {width, height});
    QGeoCoordinate moved = viewport.toCoordinate({width / 2 - dx, height / 2 - dy});
    // Keep the theatre within reach: the centre may not wander off to the poles or round the world.
    moved.setLatitude(std::clamp(moved.latitude(), -70.0, 75.0));
    moved.setLongitude(std::clamp(moved.longitude(), -170.0, 170.0));
    return moved;
}

QGeoCoordinate MapController::zoomedCenter(const QGeoCoordinate &center, double zoom, double newZoom,
                                           qreal width, qreal height, qreal x, qreal y) const
{
    const MapViewport before(center, zoom, {width, height});
    const QPointF anchor = MapViewport::project(before.toCoordinate({x, y}));
    const double scale = MapViewport::TileSize * std::exp2(clampZoom(newZoom));
    const QPointF centerWorld = anchor - QPointF(x - width / 2, y - height / 2) / scale;
    return MapViewport::unproject(centerWorld);
}

double MapController::clampZoom(double zoom) const
{
    return std::clamp(zoom, 4.0, 13.0);
}

void MapController::reportView(const QGeoCoordinate &center, double zoom, qreal width, qreal height)
{
    if (center == m_center && zoom == m_zoom && QSizeF(width, height) == m_size)
        return;
    m_center = center;
    m_zoom = zoom;
    m_size = QSizeF(width, height);
    Q_EMIT viewChanged();
}

MapViewport MapController::viewport() const
{
    return MapViewport(m_center, m_zoom, m_size);
}

} // namespace Atlas
