// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "formatter.h"
#include "mapscene.h"
#include "mapviewport.h"

#include <QGeoCoordinate>
#include <QObject>
#include <QSizeF>
#include <QStringList>
#include <QtQmlIntegration>

namespace Atlas {

/*
 * The bridge between MapView (C++) and its QML scene, handed to the QML as an initial property.
 * C++ sets what the map shows (the MapScene, the document's Formatter, selected places, online
 * tiles) and asks for a view; the painted QML layers read the scene and the formatter from here;
 * QML reports taps, the cursor and the current view back, and asks it the Web Mercator
 * arithmetic of panning and zooming (MapViewport), so the Map and the painted layers agree.
 */
class MapController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("MapView creates the controller")
    Q_PROPERTY(QString language READ language NOTIFY languageChanged)
    Q_PROPERTY(QStringList selectedPlaceIds READ selectedPlaceIds NOTIFY selectedPlaceIdsChanged)
    Q_PROPERTY(bool onlineTiles READ onlineTiles NOTIFY onlineTilesChanged)
    Q_PROPERTY(QString attribution READ attribution NOTIFY textsChanged)

public:
    explicit MapController(QObject *parent = nullptr);

    QString language() const;   // "ar" or "en", for QML's mirroring
    const Formatter &formatter() const { return m_formatter; }
    void setFormatter(const Formatter &formatter);
    const MapScene &scene() const { return m_scene; }
    void setScene(const MapScene &scene);
    QStringList selectedPlaceIds() const { return m_selected; }
    void setSelectedPlaceIds(const QStringList &placeIds);
    bool onlineTiles() const { return m_onlineTiles; }
    void setOnlineTiles(bool online);
    QString attribution() const;
    QString offTheatreNote() const { return m_scene.offTheatreNote(m_formatter); }
    QString noDataNote() const { return m_scene.noDataNote(); }

    // The view QML last reported.
    QGeoCoordinate center() const { return m_center; }
    double zoomLevel() const { return m_zoom; }

    // Asks QML to show this view (QML may clamp the zoom to the map's limits).
    void requestView(const QGeoCoordinate &center, double zoom);

    // Called from QML.
    Q_INVOKABLE void activatePlaces(const QStringList &placeIds);
    // A cluster that no zoom splits (events geocoded to nearly one spot): select all its events.
    Q_INVOKABLE void selectEventsAt(const QStringList &placeIds);
    Q_INVOKABLE void reportCursor(qreal x, qreal y, qreal width, qreal height);
    Q_INVOKABLE void reportView(const QGeoCoordinate &center, double zoom, qreal width, qreal height);
    // What the view shows now, as QML last reported it.
    MapViewport viewport() const;
    // The centre after dragging the map by (dx, dy) pixels.
    Q_INVOKABLE QGeoCoordinate panned(const QGeoCoordinate &center, double zoom, qreal width, qreal height,
                                      qreal dx, qreal dy) const;
    // The centre that keeps the coordinate under (x, y) in place when zooming to `newZoom`.
    Q_INVOKABLE QGeoCoordinate zoomedCenter(const QGeoCoordinate &center, double zoom, double newZoom,
                                            qreal width, qreal height, qreal x, qreal y) const;
    Q_INVOKABLE double clampZoom(double zoom) const;

Q_SIGNALS:
    void languageChanged();
    void formatterChanged();
    void sceneChanged();
    void selectedPlaceIdsChanged();
    void onlineTilesChanged();
    void textsChanged();
    void viewRequested(const QGeoCoordinate &center, double zoom);
    void placesActivated(const QStringList &placeIds);
    void eventsAtRequested(const QStringList &placeIds);
    void cursorMoved(const QGeoCoordinate &coordinate);
    void viewChanged();

private:
    Formatter m_formatter;
    MapScene m_scene;
    QStringList m_selected;
    bool m_onlineTiles = false;
    QGeoCoordinate m_center{33.5, 40.0};
    double m_zoom = 5;
    QSizeF m_size;
};

} // namespace Atlas
