// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "markerlayout.h"
#include "placemarker.h"

#include <QGeoCoordinate>
#include <QPointer>
#include <QQuickPaintedItem>
#include <QtQmlIntegration>

namespace Atlas {

class MapController;

/*
 * The places and their filtered events as a QML item above the Map: reads the MapScene and the
 * Formatter of its MapController, lays the markers out with MarkerLayout (clusters, names) and
 * paints them with MarkerPainter at the Map's center and zoomLevel, as MapPainter does for
 * exports. Answers what is under a point, for taps and tooltips. Owns only its layout.
 */
class PlaceMarkerLayer : public QQuickPaintedItem
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QGeoCoordinate center READ center WRITE setCenter NOTIFY viewChanged)
    Q_PROPERTY(double zoomLevel READ zoomLevel WRITE setZoomLevel NOTIFY viewChanged)
    Q_PROPERTY(Atlas::MapController *controller READ controller WRITE setController NOTIFY controllerChanged)
    Q_PROPERTY(int markerCount READ markerCount NOTIFY layoutChanged)
    Q_PROPERTY(int placeCount READ placeCount NOTIFY layoutChanged)

public:
    explicit PlaceMarkerLayer(QQuickItem *parent = nullptr);

    QGeoCoordinate center() const { return m_center; }
    void setCenter(const QGeoCoordinate &center);
    double zoomLevel() const { return m_zoom; }
    void setZoomLevel(double zoom);
    MapController *controller() const { return m_controller; }
    void setController(MapController *controller);

    int markerCount() const;   // symbols drawn (a cluster counts once)
    int placeCount() const;    // places drawn, clustered or not
    const QList<MarkerLayout::Cluster> &clusters() const { return m_clusters; }

    // Ids of the places under a point (a cluster gives all its members, most important first).
    Q_INVOKABLE QStringList placesAt(qreal x, qreal y) const;
    // Tooltip text for what is under a point; empty when nothing is.
    Q_INVOKABLE QString toolTipAt(qreal x, qreal y) const;
    // Screen position of a place's symbol (its cluster's), or (-1, -1) when not drawn.
    Q_INVOKABLE QPointF positionOf(const QString &placeId) const;

    void paint(QPainter *painter) override;

Q_SIGNALS:
    void viewChanged();
    void controllerChanged();
    void layoutChanged();

private:
    void relayout();
    const QList<PlaceMarker> &markers() const;

    QGeoCoordinate m_center{33.5, 40.0};
    double m_zoom = 5;
    QPointer<MapController> m_controller;
    QList<QMetaObject::Connection> m_connections;
    QList<MarkerLayout::Cluster> m_clusters;
};

} // namespace Atlas
