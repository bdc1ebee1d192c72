// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "maplayer.h"
#include "markerlayout.h"
#include "placemarker.h"


namespace Atlas {

/*
 * The places and their filtered events as a QML item above the Map: reads the MapScene and the
 * Formatter of its MapController, lays the markers out with MarkerLayout (clusters, names) and
 * paints them with MarkerPainter at the Map's center and zoomLevel, as MapPainter does for
 * exports. Answers what is under a point, for taps and tooltips. Owns only its layout.
 */
class PlaceMarkerLayer : public MapLayer
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(int markerCount READ markerCount NOTIFY layoutChanged)
    Q_PROPERTY(int placeCount READ placeCount NOTIFY layoutChanged)

public:
    using MapLayer::MapLayer;

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
    void layoutChanged();

protected:
    void viewUpdated() override { relayout(); }
    void contentUpdated() override { relayout(); }

private:
    void relayout();
    const QList<PlaceMarker> &markers() const;

    QList<MarkerLayout::Cluster> m_clusters;
};

} // namespace Atlas
