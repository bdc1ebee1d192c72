// SPDX-License-Identifier: GPL-3.0-or-later
#include "placemarkerlayer.h"

#include "formatter.h"
#include "mapviewport.h"
#include "markerpainter.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Atlas {


PlaceMarkerLayer::PlaceMarkerLayer(QQuickItem *parent)
    : QQuickPaintedItem(parent)
{
    connect(this, &QQuickItem::widthChanged, this, &PlaceMarkerLayer::relayout);
    connect(this, &QQuickItem::heightChanged, this, &PlaceMarkerLayer::relayout);
}

void PlaceMarkerLayer::setCenter(const QGeoCoordinate &center)
{
    if (center == m_center)
        return;
    m_center = center;
    Q_EMIT viewChanged();
    relayout();
}

void PlaceMarkerLayer::setZoomLevel(double zoom)
{
    if (qFuzzyCompare(zoom, m_zoom))
        return;
    m_zoom = zoom;
    Q_EMIT viewChanged();
    relayout();
}

void PlaceMarkerLayer::setModel(QAbstractItemModel *model)
{
    if (model == m_model)
        return;
    for (const QMetaObject::Connection &connection : std::as_const(m_modelConnections))
        disconnect(connection);
    m_modelConnections.clear();
    m_model = model;
    if (m_model) {
        m_modelConnections = {
            connect(m_model, &QAbstractItemModel::dataChanged, this, &PlaceMarkerLayer::reloadMarkers),
            connect(m_model, &QAbstractItemModel::modelReset, this, &PlaceMarkerLayer::reloadMarkers),
            connect(m_model, &QAbstractItemModel::rowsInserted, this, &PlaceMarkerLayer::reloadMarkers),
            connect(m_model, &QAbstractItemModel::rowsRemoved, this, &PlaceMarkerLayer::reloadMarkers),
            connect(m_model, &QAbstractItemModel::layoutChanged, this, &PlaceMarkerLayer::reloadMarkers),
        };
    }
    Q_EMIT modelChanged();
    reloadMarkers();
}

void PlaceMarkerLayer::setSelectedPlaceIds(const QStringList &placeIds)
{
    if (placeIds == m_selected)
        return;
    m_selected = placeIds;
    Q_EMIT selectedPlaceIdsChanged();
    reloadMarkers();
}

void PlaceMarkerLayer::setLanguage(const QString &language)
{
    if (language == m_language)
        return;
    m_language = language;
    Q_EMIT languageChanged();
    relayout();
}

int PlaceMarkerLayer::markerCount() const
{
    return int(m_clusters.size());
}

int PlaceMarkerLayer::placeCount() const
{
    int count = 0;
    for (const MarkerLayout::Cluster &cluster : m_clusters)
        count += int(cluster.members.size());
    return count;
}

void PlaceMarkerLayer::reloadMarkers()
{
    m_markers = PlaceMarker::collect(m_model, QSet<QString>(m_selected.cbegin(), m_selected.cend()));
    relayout();
}

void PlaceMarkerLayer::relayout()
{
    const Qt::LayoutDirection direction = m_language == u"ar" ? Qt::RightToLeft : Qt::LeftToRight;
    m_clusters = MarkerLayout::layout(m_markers, MapViewport(m_center, m_zoom, size()),
                                      MarkerPainter::defaultLabelFont(), direction);
    Q_EMIT layoutChanged();
    update();
}

QStringList PlaceMarkerLayer::placesAt(qreal x, qreal y) const
{
    QStringList ids;
    const int at = MarkerLayout::clusterAt(m_clusters, QPointF(x, y));
    if (at >= 0) {
        for (int member : m_clusters.at(at).members)
            ids.append(m_markers.at(member).placeId);
    }
    return ids;
}

QString PlaceMarkerLayer::toolTipAt(qreal x, qreal y) const
{
    const int at = MarkerLayout::clusterAt(m_clusters, QPointF(x, y));
    if (at < 0)
        return {};
    QStringList lines;
    for (int member : m_clusters.at(at).members) {
        const PlaceMarker &marker = m_markers.at(member);
        const QString events = marker.eventCount > 0 ? tr("%n event(s)", nullptr, marker.eventCount) : tr("no events in view");
        lines.append(tr("%1 (%2): %3").arg(marker.name, marker.kindText, events));
    }
    return lines.join(u'\n');
}

QPointF PlaceMarkerLayer::positionOf(const QString &placeId) const
{
    for (const MarkerLayout::Cluster &cluster : m_clusters) {
        for (int member : cluster.members) {
            if (m_markers.at(member).placeId == placeId)
                return cluster.position;
        }
    }
    return {-1, -1};
}

void PlaceMarkerLayer::paint(QPainter *painter)
{
    const Formatter formatter(m_language == u"ar" ? Language::Arabic : Language::English);
    MarkerPainter::paint(painter, m_markers, m_clusters, MarkerPainter::defaultLabelFont(), formatter);
}

} // namespace Atlas
