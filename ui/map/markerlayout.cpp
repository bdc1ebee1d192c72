// SPDX-License-Identifier: GPL-3.0-or-later
#include "markerlayout.h"

#include "mapviewport.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QHash>
#include <QLineF>

#include <algorithm>
#include <cmath>
#include <iterator>
#include <limits>
#include <numeric>
#include <vector>

using namespace Qt::StringLiterals;

namespace Atlas {

namespace {

constexpr double OffScreenMargin = 40;
constexpr double LabelGap = 3;
constexpr double MaxLabelWidth = 230;
constexpr double MaxPinnedLabelWidth = 340;   // a named site's name is seldom shortened
// Past a few hundred names a map is unreadable anyway; the least important go to tooltips.
constexpr int MaxLabels = 300;
constexpr int MaxLabelAttempts = 1200;
constexpr double GridCell = 48;   // > the largest join distance (17 + 0.6 × 17)
// How far beyond the adjacent spot a pinned place's name may move, ring by ring.
constexpr double LeaderRings[] = {0, 12, 26, 42, 60};

int kindRank(const QString &kind)
{
    static const QStringList order{u"base"_s, u"city"_s, u"town"_s, u"facility"_s, u"province"_s,
                                   u"region"_s, u"road"_s, u"river"_s};
    const qsizetype at = order.indexOf(kind);
    return at < 0 ? int(order.size()) : int(at);
}

bool circleHitsRect(const QPointF &center, double radius, const QRectF &rect)
{
    const double dx = center.x() - std::clamp(center.x(), rect.left(), rect.right());
    const double dy = center.y() - std::clamp(center.y(), rect.top(), rect.bottom());
    // hypot() is exact but dear, and a crowded map asks millions of times: the squares decide
    // every case but a hair's breadth from the edge, which hypot() still decides as before.
    const double squared = dx * dx + dy * dy;
    const double limit = radius * radius;
    if (squared > limit * (1 + 1e-9))
        return false;
    if (squared < limit * (1 - 1e-9))
        return true;
    return std::hypot(dx, dy) < radius;
}

// QRectF::intersects(), inline for rectangles of positive size (every name's box): the
// collision search calls it hundreds of millions of times on a crowded map.
bool overlaps(const QRectF &a, const QRectF &b)
{
    if (a.width() <= 0 || a.height() <= 0 || b.width() <= 0 || b.height() <= 0)
        return a.intersects(b);
    return a.left() < b.right() && b.left() < a.right() && a.top() < b.bottom() && b.top() < a.bottom();
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
    double base = eventCount > 0 ? std::min(5.5 + 2.0 * std::sqrt(double(eventCount)), 15.0) : 4.5;
    // From a hundred on, wide enough for the count's digits inside it.
    if (eventCount >= 100)
        base = std::max(base, 6.0 + 4.0 * std::floor(std::log10(double(eventCount)) + 1));
    return selected ? base + 2.0 : base;
}

QList<MarkerLayout::Cluster> MarkerLayout::layout(const QList<PlaceMarker> &markers,
                                                  const MapViewport &viewport, const QFont &labelFont,
                                                  Qt::LayoutDirection direction)
{
    const QRectF visible(QPointF(0, 0), viewport.size());
    const QRectF screen = visible.adjusted(-OffScreenMargin, -OffScreenMargin, OffScreenMargin, OffScreenMargin);
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
        if (x.pinned != y.pinned)
            return x.pinned;
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
        for (int dy = -1; dy <= 1 && home < 0 && !marker.pinned; ++dy) {
            for (int dx = -1; dx <= 1 && home < 0; ++dx) {
                for (int c : clustersIn(cellKey(cx + dx, cy + dy))) {
                    const Cluster &other = clusters.at(c);
                    if (!other.pinned && QLineF(other.position, at).length() < other.radius + radius * 0.6) {
                        home = c;
                        break;
                    }
                }
            }
        }
        if (home < 0) {
            if (const int key = cellKey(cx, cy); key >= 0)
                clustersByCell[size_t(key)].append(int(clusters.size()));
            Cluster cluster;
            cluster.position = at;
            cluster.radius = radius;
            cluster.members = {i};
            cluster.eventCount = marker.eventCount;
            cluster.selected = marker.selected;
            cluster.pinned = marker.pinned;
            clusters.append(cluster);
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
    QList<QRectF> placedLabels;
    std::vector<QList<int>> labelsByCell(size_t(columns) * rows);   // indices into placedLabels
    Cluster boldProbe;
    boldProbe.selected = true;
    const QFont boldFont = labelFontFor(boldProbe, labelFont);
    const QFontMetricsF plainMetrics(labelFont);
    const QFontMetricsF boldMetrics(boldFont);
    QHash<QString, double> &plainWidths = widthCache(labelFont);
    QHash<QString, double> &boldWidths = widthCache(boldFont);

    // How many names and symbols a candidate spot would cover (0: free), counted up to `limit`:
    // a caller looking for the least crowded spot needs no more than the fewest it has seen.
    std::vector<int> seenIn;   // per placed name, the search that last counted it
    int search = 0;
    auto collisions = [&](const Cluster &cluster, const QRectF &candidate, int limit) {
        const int cx0 = cellOf(candidate.left()), cx1 = cellOf(candidate.right());
        const int cy0 = cellOf(candidate.top()), cy1 = cellOf(candidate.bottom());
        // Symbols reach a cell further; a name that overlaps the spot is filed in a cell both
        // cover, so the ring around is needed for names only when such a cell may be off the
        // grid (names are not filed there).
        const bool namesInside = candidate.width() > 0 && candidate.height() > 0 && cellKey(cx0, cy0) >= 0
            && cellKey(cx1, cy1) >= 0;
        int count = 0;
        ++search;   // a name is filed in every cell it covers: count it once
        for (int y = cy0 - 1; y <= cy1 + 1; ++y) {
            for (int x = cx0 - 1; x <= cx1 + 1; ++x) {
                const int key = cellKey(x, y);
                const bool names = !namesInside || (x >= cx0 && x <= cx1 && y >= cy0 && y <= cy1);
                for (int label : key < 0 || !names ? noClusters : labelsByCell[size_t(key)]) {
                    if (seenIn[size_t(label)] == search)
                        continue;
                    const QRectF &placed = placedLabels.at(label);
                    if (overlaps(placed, candidate)) {
                        seenIn[size_t(label)] = search;
                        if (++count >= limit)
                            return count;
                    }
                }
                for (int c : clustersIn(key)) {
                    const Cluster &other = clusters.at(c);
                    if (&other != &cluster && circleHitsRect(other.position, other.radius + 1, candidate)) {
                        if (++count >= limit)
                            return count;
                    }
                }
            }
        }
        return count;
    };
    auto file = [&](const QRectF &rect) {
        const int index = int(placedLabels.size());
        placedLabels.append(rect);
        seenIn.push_back(0);
        const int x0 = cellOf(rect.left()), x1 = cellOf(rect.right());
        const int y0 = cellOf(rect.top()), y1 = cellOf(rect.bottom());
        for (int y = y0; y <= y1; ++y) {
            for (int x = x0; x <= x1; ++x) {
                if (const int key = cellKey(x, y); key >= 0)
                    labelsByCell[size_t(key)].append(index);
            }
        }
    };

    int labelCount = 0;
    int attempts = 0;
    for (Cluster &cluster : clusters) {
        if (!cluster.pinned && (labelCount >= MaxLabels || ++attempts > MaxLabelAttempts))
            continue;
        const PlaceMarker &lead = markers.at(cluster.members.constFirst());
        const QFontMetricsF &metrics = cluster.selected ? boldMetrics : plainMetrics;
        QHash<QString, double> &widths = cluster.selected ? boldWidths : plainWidths;
        const double maxWidth = cluster.pinned ? MaxPinnedLabelWidth : MaxLabelWidth;
        const QString name = cachedWidth(widths, metrics, lead.name) > maxWidth
            ? metrics.elidedText(lead.name, Qt::ElideRight, maxWidth)
            : lead.name;
        const QString text = cluster.members.size() == 1
            ? name
            : QCoreApplication::translate("Atlas::MarkerLayout", "%1 +%2", "place name, number of other places here")
                  .arg(name)
                  .arg(cluster.members.size() - 1);
        const QSizeF size(cachedWidth(widths, metrics, text) + 2, metrics.height());
        const double r = cluster.radius + (cluster.selected ? 6 : 0) + LabelGap;   // clear of the selection ring
        const QPointF p = cluster.position;

        // Rings of spots around the symbol: the four sides first (the reading side leading), then
        // for pinned places the corners and spots further out, reached by a leader line.
        const int ringCount = cluster.pinned ? int(std::size(LeaderRings)) : 1;
        struct Spot { QRectF rect; bool leader; };
        QList<Spot> spots;
        for (int ring = 0; ring < ringCount; ++ring) {
            const double d = r + LeaderRings[ring];
            const QRectF after(p.x() + d, p.y() - size.height() / 2, size.width(), size.height());
            const QRectF before(p.x() - d - size.width(), p.y() - size.height() / 2, size.width(), size.height());
            const QRectF above(p.x() - size.width() / 2, p.y() - d - size.height(), size.width(), size.height());
            const QRectF below(p.x() - size.width() / 2, p.y() + d, size.width(), size.height());
            const bool rtl = direction == Qt::RightToLeft;
            for (const QRectF &side : {rtl ? before : after, rtl ? after : before, above, below})
                spots.append({side, ring > 0});
            if (!cluster.pinned)
                continue;
            const double diagonal = d * 0.72;
            const double top = p.y() - diagonal - size.height();
            const double bottom = p.y() + diagonal;
            const QRectF afterAbove(p.x() + diagonal, top, size.width(), size.height());
            const QRectF beforeAbove(p.x() - diagonal - size.width(), top, size.width(), size.height());
            const QRectF afterBelow(p.x() + diagonal, bottom, size.width(), size.height());
            const QRectF beforeBelow(p.x() - diagonal - size.width(), bottom, size.width(), size.height());
            for (const QRectF &corner : {rtl ? beforeAbove : afterAbove, rtl ? afterAbove : beforeAbove,
                                         rtl ? beforeBelow : afterBelow, rtl ? afterBelow : beforeBelow})
                spots.append({corner, ring > 0});
        }

        // A pinned place keeps its name where its symbol can be seen; one just beyond the
        // edge is named like any other. Any place in view is named inside the view or not at
        // all, so no name is cut by the edge (after a pan to the selection, say).
        const bool inView = visible.isEmpty() || visible.contains(p);
        const bool keepName = cluster.pinned && inView;
        const Spot *chosen = nullptr;
        const Spot *leastCrowded = nullptr;
        int fewest = std::numeric_limits<int>::max();
        for (const Spot &spot : std::as_const(spots)) {
            // A pinned name stays inside the view, where it can be read.
            const bool inside = visible.contains(spot.rect) || visible.isEmpty();
            if (inView && !inside)
                continue;
            // Only fewer than the fewest so far could change the choice.
            const int count = collisions(cluster, spot.rect, keepName ? fewest : 1);
            if (count == 0) {
                chosen = &spot;
                break;
            }
            if (count < fewest) {
                fewest = count;
                leastCrowded = &spot;
            }
        }
        if (!chosen && keepName)
            chosen = leastCrowded ? leastCrowded : &spots.constFirst();
        if (!chosen)
            continue;
        cluster.label = text;
        cluster.labelRect = chosen->rect;
        if (chosen->leader) {
            const QPointF target(std::clamp(p.x(), chosen->rect.left(), chosen->rect.right()),
                                 std::clamp(p.y(), chosen->rect.top(), chosen->rect.bottom()));
            const QLineF line(p, target);
            if (line.length() > cluster.radius + 1) {
                QLineF leader = line;
                leader.setP1(line.pointAt((cluster.radius + 1) / line.length()));
                cluster.leader = leader;
            }
        }
        if (!cluster.pinned)
            ++labelCount;
        file(chosen->rect);
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
