// SPDX-License-Identifier: GPL-3.0-or-later
#include "placemarkerlayer.h"

#include "formatter.h"
#include "mapcontroller.h"
#include "mapviewport.h"
#include "markerpainter.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Atlas {

const QList<PlaceMarker> &PlaceMarkerLayer::markers() const
{
    static const QList<PlaceMarker> none;
    return controller() ? controller()->scene().markers : none;
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
    const bool rtl = controller() && controller()->formatter().language() == Language::Arabic;
    m_clusters = MarkerLayout::layout(markers(), viewport(),
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
    if (controller())
        MarkerPainter::paint(painter, markers(), m_clusters, MarkerPainter::defaultLabelFont(), controller()->formatter());
}

} // namespace Atlas
