// SPDX-License-Identifier: GPL-3.0-or-later
#include "placemarkerlayer.h"

#include "formatter.h"
#include "mapcontroller.h"
#include "mapviewport.h"
#include "markerpainter.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <numeric>

using namespace Qt::StringLiterals;

namespace Atlas {

namespace {

// Every theatre place is pinned in a curated dataset; among a million imported places only the
// named sites (named in both languages) keep their own symbol and name.
bool namedSite(const PlaceMarker &marker)
{
    return marker.pinned && marker.named;
}

} // namespace

const QList<PlaceMarker> &PlaceMarkerLayer::markers() const
{
    static const QList<PlaceMarker> none;
    return controller() ? controller()->scene().markers : none;
}

const QList<MarkerLayout::Cluster> &PlaceMarkerLayer::clusters() const
{
    ensureLaidOut();
    return m_clusters;
}

int PlaceMarkerLayer::markerCount() const
{
    ensureLaidOut();
    return int(m_clusters.size());
}

int PlaceMarkerLayer::placeCount() const
{
    ensureLaidOut();
    int count = 0;
    for (const MarkerLayout::Cluster &cluster : m_clusters) {
        for (int member : cluster.members)
            count += m_drawnMarker.at(member) >= 0 ? 1 : m_index.count(m_drawnNode.at(size_t(member)));
    }
    return count;
}

void PlaceMarkerLayer::contentUpdated()
{
    rebuildIndex();
    markStale();
}

void PlaceMarkerLayer::markStale()
{
    m_stale = true;
    update();
    Q_EMIT layoutChanged();
}

void PlaceMarkerLayer::ensureLaidOut() const
{
    if (m_stale)
        const_cast<PlaceMarkerLayer *>(this)->relayout(); // a cache of what the view shows
}

void PlaceMarkerLayer::rebuildIndex()
{
    const QList<PlaceMarker> &all = markers();
    std::vector<int> counts;
    counts.reserve(size_t(all.size()) + 2);
    double coordinates = 0;
    for (const PlaceMarker &marker : all) {
        counts.push_back(namedSite(marker) ? -1 : marker.eventCount);
        coordinates += marker.coordinate.latitude() * 3 + marker.coordinate.longitude();
    }
    const int unpinned = int(std::count_if(counts.begin(), counts.end(), [](int c) { return c >= 0; }));
    m_useIndex = unpinned > IndexThreshold;
    if (!m_useIndex) {
        m_index = ClusterIndex();
        m_indexedCounts.clear();
        return;
    }
    // A selection or language change hands over the same places and counts: keep the index.
    counts.push_back(int(std::fmod(coordinates, 1e6) * 1000));
    if (counts == m_indexedCounts)
        return;
    std::vector<ClusterIndex::Point> points;
    points.reserve(size_t(unpinned));
    for (qsizetype i = 0; i < all.size(); ++i) {
        if (namedSite(all.at(i)))
            continue;
        const QPointF world = MapViewport::project(all.at(i).coordinate);
        points.push_back({world.x(), world.y(), all.at(i).eventCount, int(i)});
    }
    ClusterIndex::Options options;
    options.maxZoom = int(MapViewport::MaxZoom);
    m_index = ClusterIndex(points, options);
    m_indexedCounts = std::move(counts);
}

void PlaceMarkerLayer::collectDrawn()
{
    const QList<PlaceMarker> &all = markers();
    m_drawnNode.clear();
    if (!m_useIndex) {
        m_drawn = all;
        m_drawnMarker.resize(all.size());
        std::iota(m_drawnMarker.begin(), m_drawnMarker.end(), 0);
        return;
    }
    m_drawn.clear();
    m_drawnMarker.clear();
    auto addMarker = [this, &all](int i, ClusterIndex::NodeId node) {
        m_drawn.append(all.at(i));
        m_drawnMarker.append(i);
        m_drawnNode.push_back(node);
    };
    constexpr ClusterIndex::NodeId NoNode = ~ClusterIndex::NodeId(0);
    for (qsizetype i = 0; i < all.size(); ++i) {
        if (namedSite(all.at(i)) || all.at(i).selected)
            addMarker(int(i), NoNode);
    }
    const MapViewport view = viewport();
    if (!view.isValid())
        return;
    const double margin = 40 / view.worldSize();
    const QRectF world = view.visibleWorld().adjusted(-margin, -margin, margin, margin);
    for (ClusterIndex::NodeId node : m_index.query(world, view.zoom())) {
        if (m_index.isLeaf(node)) {
            if (!all.at(m_index.pointId(node)).selected) {
                addMarker(m_index.pointId(node), node);
                m_drawn.last().pinned = false;
            }
            continue;
        }
        PlaceMarker cluster = all.at(m_index.leadPointId(node));
        cluster.coordinate = MapViewport::unproject(QPointF(m_index.x(node), m_index.y(node)));
        cluster.eventCount = int(m_index.weight(node));
        cluster.selected = false;
        cluster.pinned = false;
        // Drawn as a circle whatever its busiest place is: it stands for many places.
        cluster.kind = u"town"_s;
        cluster.kindText = tr("%n places", nullptr, int(m_index.count(node)));
        cluster.name = QCoreApplication::translate("Atlas::MarkerLayout", "%1 +%2", "place name, number of other places here")
                           .arg(cluster.name)
                           .arg(m_index.count(node) - 1);
        m_drawn.append(cluster);
        m_drawnMarker.append(-1);
        m_drawnNode.push_back(node);
    }
}

QList<int> PlaceMarkerLayer::sceneMarkersOf(int drawn) const
{
    if (m_drawnMarker.at(drawn) >= 0)
        return {m_drawnMarker.at(drawn)};
    QList<int> ids;
    for (int id : m_index.leaves(m_drawnNode.at(size_t(drawn))))
        ids.append(id);
    // Busiest first, as a cluster's members are.
    const QList<PlaceMarker> &all = markers();
    std::stable_sort(ids.begin(), ids.end(), [&all](int a, int b) { return all.at(a).eventCount > all.at(b).eventCount; });
    return ids;
}

double PlaceMarkerLayer::expansionZoomAt(qreal x, qreal y) const
{
    ensureLaidOut();
    const int at = MarkerLayout::clusterAt(m_clusters, QPointF(x, y));
    if (at < 0 || !m_useIndex)
        return -1;
    const int drawn = m_clusters.at(at).members.constFirst();
    if (m_drawnMarker.at(drawn) >= 0)
        return -1;
    const int zoom = m_index.expansionZoom(m_drawnNode.at(size_t(drawn)));
    return zoom > MapViewport::MaxZoom ? -1 : std::max(double(zoom), viewport().zoom() + 0.5);
}

void PlaceMarkerLayer::relayout()
{
    collectDrawn();
    const bool rtl = controller() && controller()->formatter().language() == Language::Arabic;
    m_clusters = MarkerLayout::layout(m_drawn, viewport(),
                                      MarkerPainter::defaultLabelFont(), rtl ? Qt::RightToLeft : Qt::LeftToRight);
    m_stale = false;
}

QStringList PlaceMarkerLayer::placesAt(qreal x, qreal y) const
{
    ensureLaidOut();
    QStringList ids;
    const int at = MarkerLayout::clusterAt(m_clusters, QPointF(x, y));
    if (at >= 0) {
        for (int member : m_clusters.at(at).members) {
            for (int marker : sceneMarkersOf(member))
                ids.append(markers().at(marker).placeId);
        }
    }
    return ids;
}

QString PlaceMarkerLayer::toolTipAt(qreal x, qreal y) const
{
    ensureLaidOut();
    const int at = MarkerLayout::clusterAt(m_clusters, QPointF(x, y));
    if (at < 0)
        return {};
    QStringList lines;
    constexpr int MaxLines = 12;
    for (int member : m_clusters.at(at).members) {
        if (lines.size() >= MaxLines)
            break;
        const PlaceMarker &marker = m_drawn.at(member);
        const QString events = marker.eventCount > 0 ? tr("%n event(s)", nullptr, marker.eventCount) : tr("no events in view");
        lines.append(tr("%1 (%2): %3").arg(marker.name, marker.kindText, events));
    }
    return lines.join(u'\n');
}

QPointF PlaceMarkerLayer::positionOf(const QString &placeId) const
{
    ensureLaidOut();
    for (const MarkerLayout::Cluster &cluster : m_clusters) {
        for (int member : cluster.members) {
            if (m_drawn.at(member).placeId == placeId)
                return cluster.position;
        }
    }
    return {-1, -1};
}

void PlaceMarkerLayer::paint(QPainter *painter)
{
    ensureLaidOut();
    if (controller())
        MarkerPainter::paint(painter, m_drawn, m_clusters, MarkerPainter::defaultLabelFont(), controller()->formatter());
}

} // namespace Atlas
