// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mapviewport.h"

#include <QGeoCoordinate>
#include <QPointer>
#include <QQuickPaintedItem>
#include <QtQmlIntegration>

namespace Atlas {

class MapController;

/*
 * A painted layer of the map view: bound to the Map's center and zoomLevel and to the view's
 * MapController, whose scene and formatter it draws. Calls viewUpdated() when the view or the
 * item's size changes and contentUpdated() when the controller's scene, formatter or texts do;
 * both repaint by default. The base of BaseMapLayer, PlaceMarkerLayer and MapOverlayLayer.
 */
class MapLayer : public QQuickPaintedItem
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("MapLayer is the base of the map's painted layers")
    Q_PROPERTY(QGeoCoordinate center READ center WRITE setCenter NOTIFY viewChanged)
    Q_PROPERTY(double zoomLevel READ zoomLevel WRITE setZoomLevel NOTIFY viewChanged)
    Q_PROPERTY(Atlas::MapController *controller READ controller WRITE setController NOTIFY controllerChanged)

public:
    explicit MapLayer(QQuickItem *parent = nullptr);

    QGeoCoordinate center() const { return m_center; }
    void setCenter(const QGeoCoordinate &center);
    double zoomLevel() const { return m_zoom; }
    void setZoomLevel(double zoom);
    MapController *controller() const { return m_controller; }
    void setController(MapController *controller);

    MapViewport viewport() const { return MapViewport(m_center, m_zoom, size()); }

Q_SIGNALS:
    void viewChanged();
    void controllerChanged();

protected:
    virtual void viewUpdated() { update(); }
    virtual void contentUpdated() { update(); }

private:
    QGeoCoordinate m_center{33.5, 40.0};
    double m_zoom = 5;
    QPointer<MapController> m_controller;
    QList<QMetaObject::Connection> m_connections;
};

} // namespace Atlas
