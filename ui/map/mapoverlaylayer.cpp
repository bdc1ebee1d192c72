// SPDX-License-Identifier: GPL-3.0-or-later
#include "mapoverlaylayer.h"

#include "mapcontroller.h"
#include "mappainter.h"
#include "mapviewport.h"

#include <QPainter>

namespace Atlas {

namespace {

constexpr double ScaleBarWidth = 170;
constexpr double NoteSize = 8.5;

} // namespace

MapOverlayLayer::MapOverlayLayer(QQuickItem *parent)
    : QQuickPaintedItem(parent)
{
    connect(this, &QQuickItem::widthChanged, this, [this] { update(); });
    connect(this, &QQuickItem::heightChanged, this, [this] { update(); });
}

void MapOverlayLayer::setCenter(const QGeoCoordinate &center)
{
    if (center == m_center)
        return;
    m_center = center;
    Q_EMIT viewChanged();
    update();
}

void MapOverlayLayer::setZoomLevel(double zoom)
{
    if (qFuzzyCompare(zoom, m_zoom))
        return;
    m_zoom = zoom;
    Q_EMIT viewChanged();
    update();
}

void MapOverlayLayer::setController(MapController *controller)
{
    if (controller == m_controller)
        return;
    for (const QMetaObject::Connection &connection : std::as_const(m_connections))
        disconnect(connection);
    m_connections.clear();
    m_controller = controller;
    if (m_controller) {
        const auto repaint = [this] { update(); };
        m_connections = {
            connect(m_controller, &MapController::sceneChanged, this, repaint),
            connect(m_controller, &MapController::formatterChanged, this, repaint),
            connect(m_controller, &MapController::textsChanged, this, repaint),
        };
    }
    Q_EMIT controllerChanged();
    update();
}

void MapOverlayLayer::paint(QPainter *painter)
{
    if (!m_controller)
        return;
    painter->setRenderHint(QPainter::Antialiasing, true);
    const MapPainter mapPainter(m_controller->scene(), m_controller->formatter());
    const MapViewport viewport(m_center, m_zoom, size());
    QFont noteFont = painter->font();
    noteFont.setPointSizeF(NoteSize);
    mapPainter.paintNotes(painter, size(), noteFont);
    mapPainter.paintScaleBar(painter, viewport, ScaleBarWidth, painter->font());
    mapPainter.paintAttribution(painter, size(), m_controller->attribution(), noteFont);
}

} // namespace Atlas
