// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QGeoCoordinate>
#include <QPointer>
#include <QQuickPaintedItem>
#include <QtQmlIntegration>

namespace Atlas {

class MapController;

/*
 * What lies over the map view, as a QML item: the notes (places outside the map, no data) in
 * the top start corner, the scale bar in the bottom start corner and the attribution in the
 * bottom end corner, painted by MapPainter exactly as map exports and briefings paint them.
 * Reads its MapController's scene, formatter and attribution; owns nothing.
 */
class MapOverlayLayer : public QQuickPaintedItem
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QGeoCoordinate center READ center WRITE setCenter NOTIFY viewChanged)
    Q_PROPERTY(double zoomLevel READ zoomLevel WRITE setZoomLevel NOTIFY viewChanged)
    Q_PROPERTY(Atlas::MapController *controller READ controller WRITE setController NOTIFY controllerChanged)

public:
    explicit MapOverlayLayer(QQuickItem *parent = nullptr);

    QGeoCoordinate center() const { return m_center; }
    void setCenter(const QGeoCoordinate &center);
    double zoomLevel() const { return m_zoom; }
    void setZoomLevel(double zoom);
    MapController *controller() const { return m_controller; }
    void setController(MapController *controller);

    void paint(QPainter *painter) override;

Q_SIGNALS:
    void viewChanged();
    void controllerChanged();

private:
    QGeoCoordinate m_center{33.5, 40.0};
    double m_zoom = 5;
    QPointer<MapController> m_controller;
    QList<QMetaObject::Connection> m_connections;
};

} // namespace Atlas
