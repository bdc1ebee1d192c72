// SPDX-License-Identifier: GPL-3.0-or-later
#include "maplayer.h"

#include "mapcontroller.h"

namespace Atlas {

MapLayer::MapLayer(QQuickItem *parent)
    : QQuickPaintedItem(parent)
{
    connect(this, &QQuickItem::widthChanged, this, [this] { viewUpdated(); });
    connect(this, &QQuickItem::heightChanged, this, [this] { viewUpdated(); });
}

void MapLayer::setCenter(const QGeoCoordinate &center)
{
    if (center == m_center)
        return;
    m_center = center;
    Q_EMIT viewChanged();
    viewUpdated();
}

void MapLayer::setZoomLevel(double zoom)
{
    if (qFuzzyCompare(zoom, m_zoom))
        return;
    m_zoom = zoom;
    Q_EMIT viewChanged();
    viewUpdated();
}

void MapLayer::setController(MapController *controller)
{
    if (controller == m_controller)
        return;
    for (const QMetaObject::Connection &connection : std::as_const(m_connections))
        disconnect(connection);
    m_connections.clear();
    m_controller = controller;
    if (m_controller) {
        const auto changed = [this] { contentUpdated(); };
        m_connections = {
            connect(m_controller, &MapController::sceneChanged, this, changed),
            connect(m_controller, &MapController::formatterChanged, this, changed),
            connect(m_controller, &MapController::textsChanged, this, changed),
        };
    }
    Q_EMIT controllerChanged();
    contentUpdated();
}

} // namespace Atlas
