// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "markerlayout.h"
#include "placemarker.h"

#include <QAbstractItemModel>
#include <QGeoCoordinate>
#include <QPointer>
#include <QQuickPaintedItem>
#include <QtQmlIntegration>

namespace Atlas {

/*
 * The places and their filtered events as a QML item above the Map: reads a PlaceActivityModel,
 * lays markers out with MarkerLayout (clusters, name collisions) and paints them with
 * MarkerPainter at the Map's center and zoomLevel. Answers what is under a point, for taps and
 * tooltips. Observes the model; owns the markers it derived from it.
 */
class PlaceMarkerLayer : public QQuickPaintedItem
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QGeoCoordinate center READ center WRITE setCenter NOTIFY viewChanged)
    Q_PROPERTY(double zoomLevel READ zoomLevel WRITE setZoomLevel NOTIFY viewChanged)
    Q_PROPERTY(QAbstractItemModel *model READ model WRITE setModel NOTIFY modelChanged)
    Q_PROPERTY(QStringList selectedPlaceIds READ selectedPlaceIds WRITE setSelectedPlaceIds NOTIFY selectedPlaceIdsChanged)
    Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY languageChanged)
    Q_PROPERTY(int markerCount READ markerCount NOTIFY layoutChanged)
    Q_PROPERTY(int placeCount READ placeCount NOTIFY layoutChanged)

public:
    explicit PlaceMarkerLayer(QQuickItem *parent = nullptr);

    QGeoCoordinate center() const { return m_center; }
    void setCenter(const QGeoCoordinate &center);
    double zoomLevel() const { return m_zoom; }
    void setZoomLevel(double zoom);
    QAbstractItemModel *model() const { return m_model; }
    void setModel(QAbstractItemModel *model);
    QStringList selectedPlaceIds() const { return m_selected; }
    void setSelectedPlaceIds(const QStringList &placeIds);
    QString language() const { return m_language; }
    void setLanguage(const QString &language);

    int markerCount() const;   // symbols drawn (a cluster counts once)
    int placeCount() const;    // places drawn, clustered or not

    // Ids of the places under a point (a cluster gives all its members, most important first).
    Q_INVOKABLE QStringList placesAt(qreal x, qreal y) const;
    // Tooltip text for what is under a point; empty when nothing is.
    Q_INVOKABLE QString toolTipAt(qreal x, qreal y) const;
    // Screen position of a place's symbol (its cluster's), or (-1, -1) when not drawn.
    Q_INVOKABLE QPointF positionOf(const QString &placeId) const;

    void paint(QPainter *painter) override;

Q_SIGNALS:
    void viewChanged();
    void modelChanged();
    void selectedPlaceIdsChanged();
    void languageChanged();
    void layoutChanged();

private:
    void reloadMarkers();
    void relayout();

    QGeoCoordinate m_center{33.5, 40.0};
    double m_zoom = 5;
    QPointer<QAbstractItemModel> m_model;
    QList<QMetaObject::Connection> m_modelConnections;
    QStringList m_selected;
    QString m_language = QStringLiteral("en");
    QList<PlaceMarker> m_markers;
    QList<MarkerLayout::Cluster> m_clusters;
};

} // namespace Atlas
