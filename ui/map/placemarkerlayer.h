// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clusterindex.h"
#include "maplayer.h"
#include "markerlayout.h"
#include "placemarker.h"


namespace Atlas {

/*
 * The places and their filtered events as a QML item above the Map: reads the MapScene and the
 * Formatter of its MapController, lays the markers out with MarkerLayout (clusters, names) and
 * paints them with MarkerPainter at the Map's center and zoomLevel, as MapPainter does for
 * exports. Answers what is under a point, for taps and tooltips. Owns only its layout.
 *
 * At scale (more than IndexThreshold unpinned places, as imported data gives) the places are
 * first reduced through a ClusterIndex, rebuilt only when the places or their counts change and
 * queried for the view on every pan and zoom: each index cluster becomes one marker with its
 * summed count, named after its busiest place, and a tap on it zooms to where it splits. Pinned
 * and selected places are always drawn as themselves. Smaller maps lay out every place as before.
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
    const QList<MarkerLayout::Cluster> &clusters() const;

    // Ids of the places under a point (a cluster gives all its members, most important first).
    Q_INVOKABLE QStringList placesAt(qreal x, qreal y) const;
    // Tooltip text for what is under a point; empty when nothing is.
    Q_INVOKABLE QString toolTipAt(qreal x, qreal y) const;
    // Screen position of a place's symbol (its cluster's), or (-1, -1) when not drawn.
    Q_INVOKABLE QPointF positionOf(const QString &placeId) const;
    // The zoom at which the index cluster under a point splits, or -1 (no index cluster there,
    // or it splits only beyond the map's deepest zoom: then a tap selects its events).
    Q_INVOKABLE double expansionZoomAt(qreal x, qreal y) const;
    Q_INVOKABLE bool usesIndex() const { return m_useIndex; }

    static constexpr int IndexThreshold = 2000;

    void paint(QPainter *painter) override;

Q_SIGNALS:
    void layoutChanged();

protected:
    void viewUpdated() override { markStale(); }
    void contentUpdated() override;

private:
    // A view change (a fit sets the zoom, then the centre) only marks the layout stale; the
    // layout is made once, when it is first painted or asked for (ensureLaidOut()).
    void markStale();
    void ensureLaidOut() const;
    void relayout();
    void rebuildIndex();
    void collectDrawn();
    const QList<PlaceMarker> &markers() const;
    // The scene's markers that a drawn marker stands for.
    QList<int> sceneMarkersOf(int drawn) const;

    QList<MarkerLayout::Cluster> m_clusters;
    bool m_stale = true;
    // What was laid out: the scene's markers, or at scale one per index node in view.
    QList<PlaceMarker> m_drawn;
    QList<int> m_drawnMarker;                    // scene marker of each drawn one, -1 for a cluster
    std::vector<ClusterIndex::NodeId> m_drawnNode;   // its index node (at scale)
    bool m_useIndex = false;
    ClusterIndex m_index;                        // ids: scene marker indices
    std::vector<int> m_indexedCounts;            // the counts it was built from
};

} // namespace Atlas
