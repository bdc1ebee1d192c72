// SPDX-License-Identifier: GPL-3.0-or-later
#include "placemarkerlayer.h"

#include "formatter.h"
#include "mapcontroller.h"
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

void PlaceMarkerLayer::setController(MapController *controller)
{
    if (controller == m_controller)
        return;
    for (const QMetaObject::Connection &connection : std::as_const(m_connections))
        disconnect(connection);
    m_connections.clear();
    m_controller = controller;
    if (m_controller) {
        m_connections = {
            connect(m_controller, &MapController::sceneChanged, this, &PlaceMarkerLayer::relayout),
            connect(m_controller, &MapController::formatterChanged, this, &PlaceMarkerLayer::relayout),
        };
    }
    Q_EMIT controllerChanged();
    relayout();
}

const QList<PlaceMarker> &PlaceMarkerLayer::markers() const
{
    static const QList<PlaceMarker> none;
    return m_controller ? m_controller->scene().markers : none;
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

void PlaceMarkerLayer::relayout()
{
    const bool rtl = m_controller && m_controller->formatter().language() == Language::Arabic;
    m_clusters = MarkerLayout::layout(markers(), MapViewport(m_center, m_zoom, size()),
                                      MarkerPainter::defaultLabelFont(), rtl ? Qt::RightToLeft : Qt::LeftToRight);
    Q_EMIT layoutChanged();
    update();
}

QStringList PlaceMarkerLayer::placesAt(qreal x, qreal y) const
{
    QStringList ids;
    const int at = MarkerLayout::clusterAt(m_clusters, QPointF(x, y));
    if (at >= 0) {
        for (int member : m_clusters.at(at).members)
            ids.append(markers().at(member).placeId);
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
        const PlaceMarker &marker = markers().at(member);
        const QString events = marker.eventCount > 0 ? tr("%n event(s)", nullptr, marker.eventCount) : tr("no events in view");
        lines.append(tr("%1 (%2): %3").arg(marker.name, marker.kindText, events));
    }
    return lines.join(u'\n');
}

QPointF PlaceMarkerLayer::positionOf(const QString &placeId) const
{
    for (const MarkerLayout::Cluster &cluster : m_clusters) {
        for (int member : cluster.members) {
            if (markers().at(member).placeId == placeId)
                return cluster.position;
        }
    }
    return {-1, -1};
}

void PlaceMarkerLayer::paint(QPainter *painter)
{
    if (m_controller)
        MarkerPainter::paint(painter, markers(), m_clusters, MarkerPainter::defaultLabelFont(), m_controller->formatter());
}

} // namespace Atlas
