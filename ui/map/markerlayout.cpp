// SPDX-License-Identifier: GPL-3.0-or-later
#include "markerlayout.h"

#include "mapviewport.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QHash>
#include <QLineF>

#include <algorithm>
#include <cmath>
#include <numeric>
#include <vector>

using namespace Qt::StringLiterals;

namespace Atlas {

namespace {

constexpr double OffScreenMargin = 40;
constexpr double LabelGap = 3;
constexpr double MaxLabelWidth = 230;
// Past a few hundred names a map is unreadable anyway; the least important go to tooltips.
constexpr int MaxLabels = 300;
constexpr int MaxLabelAttempts = 1200;
constexpr double GridCell = 48;   // > the largest join distance (17 + 0.6 × 17)

int kindRank(const QString &kind)
{
    static const QStringList order{u"base"_s, u"city"_s, u"town"_s, u"facility"_s, u"province"_s,
                                   u"region"_s, u"road"_s, u"river"_s};
    const qsizetype at = order.indexOf(kind);
    return at < 0 ? int(order.size()) : int(at);
}

bool circleHitsRect(const QPointF &center, double radius, const QRectF &rect)
{
    const double x = std::clamp(center.x(), rect.left(), rect.right());
    const double y = std::clamp(center.y(), rect.top(), rect.bottom());
    return std::hypot(center.x() - x, center.y() - y) < radius;
}

// Shaping names is the dearest part of a layout, and a pan lays out the same names every frame:
// widths are kept per font. One cache per thread (QQuickPaintedItem may paint on the render
// thread); bounded so a long session does not grow it without end.
QHash<QString, double> &widthCache(const QFont &font)
{
    thread_local QHash<QString, QHash<QString, double>> caches;
    QHash<QString, double> &cache = caches[font.key()];
    if (cache.size() > 40000)
        cache.clear();
    return cache;
}

double cachedWidth(QHash<QString, double> &cache, const QFontMetricsF &metrics, const QString &text)
{
    const auto found = cache.constFind(text);
    if (found != cache.constEnd())
        return *found;
    return *cache.insert(text, metrics.horizontalAdvance(text));
}

} // namespace

double MarkerLayout::symbolRadius(int eventCount, bool selected)
{
    const double base = eventCount > 0 ? std::min(5.5 + 2.0 * std::sqrt(double(eventCount)), 15.0) : 4.5;
    return selected ? base + 2.0 : base;
}

QList<MarkerLayout::Cluster> MarkerLayout::layout(const QList<PlaceMarker> &markers,
                                                  const MapViewport &viewport, const QFont &labelFont,
                                                  Qt::LayoutDirection direction)
{
    const QRectF screen = QRectF(QPointF(0, 0), viewport.size()).adjusted(-OffScreenMargin, -OffScreenMargin,
                                                                          OffScreenMargin, OffScreenMargin);
    QList<int> order(markers.size());
    std::iota(order.begin(), order.end(), 0);
    QList<int> rank(markers.size());
    for (qsizetype i = 0; i < markers.size(); ++i)
        rank[i] = kindRank(markers.at(i).kind);
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
        const PlaceMarker &x = markers.at(a);
        const PlaceMarker &y = markers.at(b);
        if (x.selected != y.selected)
            return x.selected;
        if (x.eventCount != y.eventCount)
            return x.eventCount > y.eventCount;
        return rank.at(a) < rank.at(b);   // then model order: stable_sort keeps it
    });

    // A grid of cells larger than any join distance makes both passes look only at neighbours,
    // so 10 000 markers lay out in a few milliseconds.
    const int columns = int(std::ceil(screen.width() / GridCell)) + 2;
    const int rows = int(std::ceil(screen.height() / GridCell)) + 2;
    auto cellOf = [&](double v) { return int(std::floor((v + OffScreenMargin) / GridCell)) + 1; };
    auto cellKey = [&](int x, int y) {
        return x < 0 || y < 0 || x >= columns || y >= rows ? -1 : y * columns + x;
    };
    std::vector<QList<int>> clustersByCell(size_t(columns) * rows);
    static const QList<int> noClusters;
    auto clustersIn = [&](int key) -> const QList<int> & { return key < 0 ? noClusters : clustersByCell[size_t(key)]; };

    QList<Cluster> clusters;
    for (int i : order) {
        const PlaceMarker &marker = markers.at(i);
        const QPointF at = viewport.toScreen(marker.coordinate);
        if (!screen.contains(at))
            continue;
        const double radius = symbolRadius(marker.eventCount, marker.selected);
        const int cx = cellOf(at.x());
        const int cy = cellOf(at.y());
        int home = -1;
        for (int dy = -1; dy <= 1 && home < 0; ++dy) {
            for (int dx = -1; dx <= 1 && home < 0; ++dx) {
                for (int c : clustersIn(cellKey(cx + dx, cy + dy))) {
                    if (QLineF(clusters.at(c).position, at).length() < clusters.at(c).radius + radius * 0.6) {
                        home = c;
                        break;
                    }
                }
            }
        }
        if (home < 0) {
            if (const int key = cellKey(cx, cy); key >= 0)
                clustersByCell[size_t(key)].append(int(clusters.size()));
            clusters.append(Cluster{at, radius, {i}, marker.eventCount, marker.selected, {}, {}});
            continue;
        }
        Cluster &cluster = clusters[home];
        cluster.members.append(i);
        cluster.eventCount += marker.eventCount;
        cluster.selected = cluster.selected || marker.selected;
        cluster.radius = std::max(cluster.radius, symbolRadius(cluster.eventCount, cluster.selected));
    }

    // Names, most important first, each at the first spot that touches no symbol or name. Long
    // names are shortened (the tooltip has them whole); the selected place's name is bold.
    std::vector<QList<QRectF>> labelsByCell(size_t(columns) * rows);
    static const QList<QRectF> noLabels;
    const QFont boldFont = labelFontFor(Cluster{{}, 0, {}, 0, true, {}, {}}, labelFont);
    const QFontMetricsF plainMetrics(labelFont);
    const QFontMetricsF boldMetrics(boldFont);
    QHash<QString, double> &plainWidths = widthCache(labelFont);
    QHash<QString, double> &boldWidths = widthCache(boldFont);
    int labelCount = 0;
    int attempts = 0;
    for (Cluster &cluster : clusters) {
        if (labelCount >= MaxLabels || ++attempts > MaxLabelAttempts)
            break;
        const PlaceMarker &lead = markers.at(cluster.members.constFirst());
        const QFontMetricsF &metrics = cluster.selected ? boldMetrics : plainMetrics;
        QHash<QString, double> &widths = cluster.selected ? boldWidths : plainWidths;
        const QString name = cachedWidth(widths, metrics, lead.name) > MaxLabelWidth
            ? metrics.elidedText(lead.name, Qt::ElideRight, MaxLabelWidth)
            : lead.name;
        const QString text = cluster.members.size() == 1
            ? name
            : QCoreApplication::translate("Atlas::MarkerLayout", "%1 +%2", "place name, number of other places here")
                  .arg(name)
                  .arg(cluster.members.size() - 1);
        const QSizeF size(cachedWidth(widths, metrics, text) + 2, metrics.height());
        const double r = cluster.radius + (cluster.selected ? 6 : 0) + LabelGap;   // clear of the selection ring
        const QPointF p = cluster.position;
        const QRectF after(p.x() + r, p.y() - size.height() / 2, size.width(), size.height());
        const QRectF before(p.x() - r - size.width(), p.y() - size.height() / 2, size.width(), size.height());
        const QRectF above(p.x() - size.width() / 2, p.y() - r - size.height(), size.width(), size.height());
        const QRectF below(p.x() - size.width() / 2, p.y() + r, size.width(), size.height());
        const QList<QRectF> candidates = direction == Qt::RightToLeft
            ? QList<QRectF>{before, after, above, below}
            : QList<QRectF>{after, before, above, below};
        for (const QRectF &candidate : candidates) {
            const int x0 = cellOf(candidate.left()) - 1, x1 = cellOf(candidate.right()) + 1;
            const int y0 = cellOf(candidate.top()) - 1, y1 = cellOf(candidate.bottom()) + 1;
            bool free = true;
            for (int y = y0; y <= y1 && free; ++y) {
                for (int x = x0; x <= x1 && free; ++x) {
                    const int key = cellKey(x, y);
                    for (const QRectF &other : key < 0 ? noLabels : labelsByCell[size_t(key)]) {
                        if (other.intersects(candidate)) {
                            free = false;
                            break;
                        }
                    }
                    for (int c : clustersIn(key)) {
                        if (!free)
                            break;
                        const Cluster &other = clusters.at(c);
                        if (&other != &cluster && circleHitsRect(other.position, other.radius + 1, candidate))
                            free = false;
                    }
                }
            }
            if (free) {
                cluster.label = text;
                cluster.labelRect = candidate;
                ++labelCount;
                for (int y = y0 + 1; y < y1; ++y) {
                    for (int x = x0 + 1; x < x1; ++x) {
                        if (const int key = cellKey(x, y); key >= 0)
                            labelsByCell[size_t(key)].append(candidate);
                    }
                }
                break;
            }
        }
    }
    return clusters;
}

QFont MarkerLayout::labelFontFor(const Cluster &cluster, const QFont &labelFont)
{
    QFont font = labelFont;
    if (cluster.selected)
        font.setWeight(QFont::Bold);
    return font;
}

int MarkerLayout::clusterAt(const QList<Cluster> &clusters, const QPointF &point)
{
    int best = -1;
    double bestDistance = 0;
    for (int i = 0; i < clusters.size(); ++i) {
        const Cluster &cluster = clusters.at(i);
        const double distance = QLineF(cluster.position, point).length();
        const bool hit = distance <= cluster.radius + 4 || cluster.labelRect.contains(point);
        if (hit && (best < 0 || distance < bestDistance)) {
            best = i;
            bestDistance = distance;
        }
    }
    return best;
}

} // namespace Atlas
