// SPDX-License-Identifier: GPL-3.0-or-later
#include "timelinelayout.h"

#include "timebins.h"
#include "timelinescale.h"

#include <algorithm>
#include <cmath>

namespace Atlas {

void TimelineLayout::prepareItems(const QList<TimelineItem> &items)
{
    m_items = items;
    m_indexOfId.clear();
    m_conflictPairs.clear();
    m_indexOfId.reserve(m_items.size());
    for (int i = 0; i < m_items.size(); ++i)
        m_indexOfId.insert(m_items.at(i).id, i);
    for (int i = 0; i < m_items.size(); ++i) {
        for (const QString &otherId : m_items.at(i).conflictsWith) {
            const int other = m_indexOfId.value(otherId, -1);
            if (other < 0 || other == i)
                continue;
            // Once per pair, whether one or both sides name the conflict.
            const bool named = m_items.at(other).conflictsWith.contains(m_items.at(i).id);
            if (!named || i < other)
                m_conflictPairs.append({i, other});
        }
    }
    m_allOrder.resize(m_items.size());
    for (int i = 0; i < m_items.size(); ++i)
        m_allOrder[i] = i;
    std::sort(m_allOrder.begin(), m_allOrder.end(), [this](int a, int b) {
        const TimelineItem &x = m_items.at(a);
        const TimelineItem &y = m_items.at(b);
        if (x.startDay != y.startDay)
            return x.startDay < y.startDay;
        if (x.endDay != y.endDay)
            return x.endDay < y.endDay;
        return x.id < y.id;
    });
    // Start days per category, ascending, for density: they do not change with the zoom.
    m_startDaysOfCategory.clear();
    m_uncertainStartDaysOfCategory.clear();
    for (int index : std::as_const(m_allOrder)) {
        const TimelineItem &item = m_items.at(index);
        m_startDaysOfCategory[item.category].append(item.startDay);
        if (item.isRange || item.precision != DatePrecision::Day)
            m_uncertainStartDaysOfCategory[item.category].append(item.startDay);
    }
}

void TimelineLayout::adoptTitles(const QList<TimelineItem> &items)
{
    Q_ASSERT(items.size() == m_items.size());
    m_items = items;
}

void TimelineLayout::layout(const QList<TimelineItem> &items, const Options &options)
{
    if (!m_items.isSharedWith(items) || m_allOrder.size() != items.size())
        prepareItems(items);
    m_options = options;
    m_order.clear();
    m_rankOfItem.fill(-1, m_items.size());
    m_placed.clear();
    m_clusters.clear();
    m_lanes.clear();
    m_placedOfItem.fill(-1, m_items.size());
    m_clusterOfItem.fill(-1, m_items.size());

    const double ppd = std::max(options.pixelsPerDay, 1e-9);
    QHash<QString, int> laneOfCategory;
    for (const QString &category : options.lanes) {
        if (laneOfCategory.contains(category))
            continue;
        laneOfCategory.insert(category, int(m_lanes.size()));
        m_lanes.append(Lane{});
        m_lanes.last().category = category;
    }
    // The lane of each item, looked up once per category rather than once per item.
    QList<int> laneOfItem(m_items.size(), -1);
    {
        QHash<QString, int> cache;
        for (int i = 0; i < m_items.size(); ++i) {
            const QString &category = m_items.at(i).category;
            auto it = cache.constFind(category);
            if (it == cache.constEnd())
                it = cache.insert(category, laneOfCategory.value(category, -1));
            laneOfItem[i] = *it;
        }
    }
    m_order.reserve(m_items.size());
    for (int index : std::as_const(m_allOrder)) {
        if (laneOfItem.at(index) >= 0)
            m_order.append(index);
    }
    for (int rank = 0; rank < m_order.size(); ++rank)
        m_rankOfItem[m_order.at(rank)] = rank;
    findDenseSpans();

    // Greedy first-fit in chronological order: each row remembers where its last extent ends
    // (in days), an item takes the first row it fits in, or a new one while rows are allowed.
    QList<QList<double>> rowEnds(m_lanes.size());
    QList<int> openCluster(m_lanes.size(), -1);
    QList<int> denseSpanOfLane(m_lanes.size(), 0); // the first dense span not yet passed
    const double gapDays = options.itemGap / ppd;
    for (int index : std::as_const(m_order)) {
        const TimelineItem &item = m_items.at(index);
        const int laneIndex = laneOfItem.at(index);
        Lane &lane = m_lanes[laneIndex];
        if (!lane.denseSpans.isEmpty()) {
            int &span = denseSpanOfLane[laneIndex];
            while (span < lane.denseSpans.size() && lane.denseSpans.at(span).second <= item.startDay)
                ++span;
            if (span < lane.denseSpans.size() && lane.denseSpans.at(span).first <= item.startDay) {
                ++lane.denseItems;
                continue;
            }
        }

        const Extent extent = extentOf(item, options.labelEndDay, true);
        const double startExtent = extent.startDay;
        const double endExtent = extent.endDay;

        QList<double> &ends = rowEnds[laneIndex];
        int row = -1;
        for (int r = 0; r < ends.size(); ++r) {
            if (ends.at(r) + gapDays <= startExtent) {
                row = r;
                break;
            }
        }
        if (row < 0 && (options.maxRowsPerLane <= 0 || ends.size() < options.maxRowsPerLane)) {
            row = int(ends.size());
            ends.append(0);
            lane.rowPlaced.append(QList<int>());
        }
        if (row >= 0) {
            ends[row] = endExtent;
            m_placedOfItem[index] = int(m_placed.size());
            lane.rowPlaced[row].append(int(m_placed.size()));
            m_placed.append(Placed{index, laneIndex, row, startExtent, endExtent, extent.labelWidth, extent.labelBefore});
            continue;
        }

        // No free row: the item joins the lane's open badge, or opens a new one when the open
        // badge already covers clusterWidth pixels.
        int &open = openCluster[laneIndex];
        if (open < 0 || (startExtent - m_clusters.at(open).startDay) * ppd >= options.clusterWidth) {
            open = int(m_clusters.size());
            lane.clusters.append(open);
            lane.hasClusterRow = true;
            Cluster cluster;
            cluster.lane = laneIndex;
            cluster.startDay = startExtent;
            cluster.endDay = item.endDay;
            cluster.badgeEndDay = startExtent + (options.clusterWidth - options.itemGap) / ppd;
            m_clusters.append(cluster);
        }
        Cluster &cluster = m_clusters[open];
        cluster.items.append(index);
        cluster.endDay = std::max(cluster.endDay, item.endDay);
        m_clusterOfItem[index] = open;
    }

    for (Lane &lane : m_lanes) {
        lane.rows = int(lane.rowPlaced.size());
        if (!lane.denseSpans.isEmpty()) {
            // The bars need room even where few events were placed beside them.
            const int denseRows = options.maxRowsPerLane > 0 ? options.maxRowsPerLane : 3;
            while (lane.rowPlaced.size() < denseRows)
                lane.rowPlaced.append(QList<int>());
            lane.rows = int(lane.rowPlaced.size());
        }
    }
    resolveLoneClusters();

    double y = options.top;
    for (int i = 0; i < m_lanes.size(); ++i) {
        Lane &lane = m_lanes[i];
        lane.top = y;
        lane.height = options.laneHeaderHeight
                + options.rowHeight * (std::max(lane.rows, 1) + (lane.hasClusterRow ? 1 : 0));
        y += lane.height + options.laneGap;
    }
    m_height = m_lanes.isEmpty() ? 0 : y - options.laneGap - options.top;
}

TimelineLayout::Extent TimelineLayout::extentOf(const TimelineItem &item, double endLimit, bool allowBefore) const
{
    const Options &options = m_options;
    const double ppd = std::max(options.pixelsPerDay, 1e-9);
    const double title = std::clamp(item.titleWidth, 0.0, options.maxLabelWidth);
    const double mark = item.inferred ? options.inferredMarkWidth : 0;
    const bool point = item.shape() == TimelineItem::Shape::Point;
    // Where the marker or bar is, and where a title after or before it begins.
    const double centre = item.startDay + 0.5;
    const double markerStart = point ? centre - options.markerRadius / ppd : item.startDay;
    const double markerEnd = point ? centre + options.markerRadius / ppd : item.endDay;
    const double afterFrom = point ? markerEnd + options.labelGap / ppd : item.startDay;
    const double beforeTo = markerStart - options.labelGap / ppd;
    const double limit = std::min(endLimit, options.labelEndDay);
    const double roomAfter = (limit - afterFrom) * ppd - mark;
    const double roomBefore = allowBefore ? (beforeTo - options.labelStartDay) * ppd - mark : 0;

    Extent extent;
    extent.startDay = markerStart;
    if (title <= roomAfter || title <= 0) {
        extent.labelWidth = title;
    } else if (title <= roomBefore) {
        extent.labelWidth = title;
        extent.labelBefore = true;
    } else {
        // Too long for either side: shortened on the roomier one, or left out when only an
        // ellipsis would fit (the tooltip has it whole).
        extent.labelBefore = roomBefore > roomAfter;
        const double room = std::max(roomAfter, roomBefore);
        extent.labelWidth = room >= 3 * options.markerRadius + 12 ? std::floor(room) : 0;
    }
    const double labelDays = (extent.labelWidth + (extent.labelWidth > 0 ? mark : 0)) / ppd;
    if (extent.labelBefore) {
        extent.startDay = beforeTo - labelDays;
        extent.endDay = markerEnd;
    } else {
        extent.endDay = extent.labelWidth > 0 ? std::max(markerEnd, afterFrom + labelDays) : markerEnd;
    }
    return extent;
}

void TimelineLayout::resolveLoneClusters()
{
    if (m_clusters.isEmpty())
        return;
    const double ppd = std::max(m_options.pixelsPerDay, 1e-9);
    const double gapDays = m_options.itemGap / ppd;
    for (int laneIndex = 0; laneIndex < m_lanes.size(); ++laneIndex) {
        Lane &lane = m_lanes[laneIndex];
        if (lane.clusters.isEmpty())
            continue;
        // The badge row, below the item rows: where a lone event is drawn as itself.
        const int badgeRow = lane.rows;
        QList<int> &rowPlaced = lane.rowPlaced.emplace_back();
        double rowEnd = -1e12; // where the badge row's last badge or event ends
        for (qsizetype k = 0; k < lane.clusters.size(); ++k) {
            Cluster &cluster = m_clusters[lane.clusters.at(k)];
            if (cluster.items.size() != 1) {
                rowEnd = cluster.badgeEndDay;
                continue;
            }
            Cluster *next = k + 1 < lane.clusters.size() ? &m_clusters[lane.clusters.at(k + 1)] : nullptr;
            const int item = cluster.items.constFirst();
            // Badges start at least clusterWidth apart, so a marker always fits before the
            // next one; a title goes before it when there is room, or is shortened to the room;
            // a bar must end before the next badge.
            const double bound = next ? next->startDay - gapDays : m_options.labelEndDay;
            Extent extent = extentOf(m_items.at(item), bound, true);
            if (extent.labelBefore && extent.startDay < rowEnd + gapDays)
                extent = extentOf(m_items.at(item), bound, false);
            if (extent.endDay <= bound || !next) {
                rowEnd = extent.endDay;
                m_placedOfItem[item] = int(m_placed.size());
                rowPlaced.append(int(m_placed.size()));
                m_placed.append(Placed{item, laneIndex, badgeRow, extent.startDay, extent.endDay,
                                       extent.labelWidth, extent.labelBefore});
            } else {
                // Its bar would run into the next badge: it joins that one, which then starts here.
                next->items.prepend(item);
                next->startDay = std::min(next->startDay, cluster.startDay);
                next->endDay = std::max(next->endDay, cluster.endDay);
                next->badgeEndDay = next->startDay + (m_options.clusterWidth - m_options.itemGap) / ppd;
            }
            cluster.items.clear();
        }
    }
    // Renumber the badges that are left.
    QList<Cluster> kept;
    QList<int> renumbered(m_clusters.size(), -1);
    for (qsizetype i = 0; i < m_clusters.size(); ++i) {
        if (m_clusters.at(i).items.isEmpty())
            continue;
        renumbered[i] = int(kept.size());
        kept.append(m_clusters.at(i));
    }
    m_clusters = kept;
    m_clusterOfItem.fill(-1, m_items.size());
    for (qsizetype i = 0; i < m_clusters.size(); ++i) {
        for (int item : std::as_const(m_clusters.at(i).items))
            m_clusterOfItem[item] = int(i);
    }
    for (Lane &lane : m_lanes) {
        QList<int> clusters;
        for (int cluster : std::as_const(lane.clusters)) {
            if (renumbered.at(cluster) >= 0)
                clusters.append(renumbered.at(cluster));
        }
        lane.clusters = clusters;
        if (lane.rowPlaced.size() > lane.rows && lane.rowPlaced.constLast().isEmpty())
            lane.rowPlaced.removeLast();
    }
}

QList<TimelineScale::Footprint> TimelineLayout::footprints(const QList<int> &items) const
{
    QList<TimelineScale::Footprint> result;
    for (int index : items) {
        if (index < 0 || index >= m_items.size())
            continue;
        const TimelineItem &item = m_items.at(index);
        const double title = std::clamp(item.titleWidth, 0.0, m_options.maxLabelWidth)
                + (item.inferred ? m_options.inferredMarkWidth : 0);
        if (item.shape() == TimelineItem::Shape::Point) {
            const double centre = item.startDay + 0.5;
            result.append({centre, centre, m_options.markerRadius,
                           m_options.markerRadius + m_options.labelGap + title});
        } else {
            // The bar, and its title along it from its start.
            result.append({item.startDay, item.endDay, 0, 0});
            result.append({item.startDay, item.startDay, 0, title});
        }
    }
    return result;
}

void TimelineLayout::findDenseSpans()
{
    for (Lane &lane : m_lanes) {
        lane.startDays = m_startDaysOfCategory.value(lane.category);
        lane.uncertainStartDays = m_uncertainStartDaysOfCategory.value(lane.category);
    }
    // Bare dots need their diameter and the gap; a segment's rows hold that many side by side.
    const double ppd = std::max(m_options.pixelsPerDay, 1e-9);
    const int rows = m_options.maxRowsPerLane > 0 ? m_options.maxRowsPerLane : m_options.densityRows;
    const double dotWidth = 2 * m_options.markerRadius + m_options.itemGap;
    const int capacity = std::max(1, int(rows * m_options.densitySegmentWidth / dotWidth));
    const double segmentDays = m_options.densitySegmentWidth / ppd;
    for (Lane &lane : m_lanes) {
        const QList<double> &days = lane.startDays;
        for (qsizetype first = 0; first < days.size();) {
            const double segmentStart = TimeBins::binStart(days.at(first), segmentDays);
            const double segmentEnd = segmentStart + segmentDays;
            const auto end = std::lower_bound(days.cbegin() + first, days.cend(), segmentEnd);
            const qsizetype last = end - days.cbegin();
            if (last - first > capacity) {
                if (!lane.denseSpans.isEmpty() && lane.denseSpans.last().second >= segmentStart)
                    lane.denseSpans.last().second = segmentEnd;
                else
                    lane.denseSpans.append({segmentStart, segmentEnd});
            }
            first = last;
        }
    }
}

double TimelineLayout::densityBinDays() const
{
    return m_options.densityBinWidth / std::max(m_options.pixelsPerDay, 1e-9);
}

bool TimelineLayout::isDense(int laneIndex, double day) const
{
    if (laneIndex < 0 || laneIndex >= m_lanes.size())
        return false;
    const auto &spans = m_lanes.at(laneIndex).denseSpans;
    const auto it = std::upper_bound(spans.cbegin(), spans.cend(), day,
                                     [](double d, const std::pair<double, double> &span) { return d < span.second; });
    return it != spans.cend() && it->first <= day;
}

TimelineLayout::DensityBin TimelineLayout::densityBinAt(int laneIndex, double day) const
{
    if (!isDense(laneIndex, day))
        return {};
    const Lane &lane = m_lanes.at(laneIndex);
    const double binDays = densityBinDays();
    DensityBin bin;
    bin.lane = laneIndex;
    bin.startDay = TimeBins::binStart(day, binDays);
    bin.endDay = bin.startDay + binDays;
    bin.count = TimeBins::countIn(lane.startDays, bin.startDay, bin.endDay);
    bin.uncertain = TimeBins::countIn(lane.uncertainStartDays, bin.startDay, bin.endDay);
    return bin;
}

QList<TimelineLayout::DensityBin> TimelineLayout::densityBins(int laneIndex, double firstDay, double lastDay) const
{
    QList<DensityBin> result;
    if (laneIndex < 0 || laneIndex >= m_lanes.size())
        return result;
    const Lane &lane = m_lanes.at(laneIndex);
    const double binDays = densityBinDays();
    for (const auto &[spanStart, spanEnd] : lane.denseSpans) {
        const double from = std::max(spanStart, TimeBins::binStart(firstDay, binDays));
        const double to = std::min(spanEnd, lastDay);
        if (from >= to)
            continue;
        const int bins = int(std::ceil((to - from) / binDays - 1e-9));
        const QList<int> counts = TimeBins::counts(lane.startDays, from, binDays, bins);
        const QList<int> uncertain = TimeBins::counts(lane.uncertainStartDays, from, binDays, bins);
        for (int i = 0; i < bins; ++i) {
            if (counts.at(i) == 0)
                continue;
            const double start = from + i * binDays;
            result.append(DensityBin{laneIndex, start, start + binDays, counts.at(i), uncertain.at(i)});
        }
    }
    return result;
}

double TimelineLayout::densityHeight(int laneIndex) const
{
    if (laneIndex < 0 || laneIndex >= m_lanes.size())
        return 0;
    return m_lanes.at(laneIndex).rows * m_options.rowHeight;
}

int TimelineLayout::nextItem(int item, int step) const
{
    if (m_order.isEmpty())
        return -1;
    if (item < 0 || item >= m_rankOfItem.size() || m_rankOfItem.at(item) < 0)
        return step >= 0 ? m_order.first() : m_order.last();
    const int rank = std::clamp(m_rankOfItem.at(item) + step, 0, int(m_order.size()) - 1);
    return m_order.at(rank);
}

double TimelineLayout::rowTop(int lane, int row) const
{
    if (lane < 0 || lane >= m_lanes.size())
        return 0;
    return m_lanes.at(lane).top + m_options.laneHeaderHeight + row * m_options.rowHeight;
}

static QRectF spanRect(double x1, double x2, double top, double height)
{
    return QRectF(std::min(x1, x2), top, std::abs(x2 - x1), height);
}

QRectF TimelineLayout::markerRect(const Placed &placed, const TimelineScale &scale) const
{
    const TimelineItem &item = m_items.at(placed.item);
    const double r = m_options.markerRadius;
    if (item.shape() == TimelineItem::Shape::Point) {
        const double x = scale.xForDay(item.startDay + 0.5);
        const double y = rowCenterY(placed.lane, placed.row);
        return QRectF(x - r, y - r, 2 * r, 2 * r);
    }
    const double bottom = rowTop(placed.lane, placed.row) + m_options.rowHeight - 2;
    QRectF rect = spanRect(scale.xForDay(item.startDay), scale.xForDay(item.endDay),
                           bottom - m_options.barHeight, m_options.barHeight);
    if (rect.width() < 2) // a year at the widest zoom is still a visible sliver
        rect.setWidth(2);
    return rect;
}

QRectF TimelineLayout::extentRect(const Placed &placed, const TimelineScale &scale) const
{
    return spanRect(scale.xForDay(placed.extentStartDay), scale.xForDay(placed.extentEndDay),
                    rowTop(placed.lane, placed.row), m_options.rowHeight);
}

QRectF TimelineLayout::badgeRect(const Cluster &cluster, const TimelineScale &scale) const
{
    const Lane &lane = m_lanes.at(cluster.lane);
    const double top = rowTop(cluster.lane, std::max(lane.rows, 1)) + 2;
    return spanRect(scale.xForDay(cluster.startDay), scale.xForDay(cluster.badgeEndDay), top,
                    m_options.rowHeight - 4);
}

QList<int> TimelineLayout::placedInRange(int laneIndex, int row, double firstDay, double lastDay) const
{
    QList<int> result;
    if (laneIndex < 0 || laneIndex >= m_lanes.size())
        return result;
    const Lane &lane = m_lanes.at(laneIndex);
    if (row < 0 || row >= lane.rowPlaced.size())
        return result;
    // Extents within a row do not overlap and are chronological, so their ends are sorted too.
    const QList<int> &indices = lane.rowPlaced.at(row);
    auto it = std::lower_bound(indices.begin(), indices.end(), firstDay, [this](int placed, double day) {
        return m_placed.at(placed).extentEndDay < day;
    });
    for (; it != indices.end() && m_placed.at(*it).extentStartDay < lastDay; ++it)
        result.append(*it);
    return result;
}

QList<int> TimelineLayout::clustersInRange(int laneIndex, double firstDay, double lastDay) const
{
    QList<int> result;
    if (laneIndex < 0 || laneIndex >= m_lanes.size())
        return result;
    const QList<int> &indices = m_lanes.at(laneIndex).clusters;
    auto it = std::lower_bound(indices.begin(), indices.end(), firstDay, [this](int cluster, double day) {
        return m_clusters.at(cluster).badgeEndDay < day;
    });
    for (; it != indices.end() && m_clusters.at(*it).startDay < lastDay; ++it)
        result.append(*it);
    return result;
}

TimelineLayout::Hit TimelineLayout::hitTest(QPointF point, const TimelineScale &scale) const
{
    for (int laneIndex = 0; laneIndex < m_lanes.size(); ++laneIndex) {
        const Lane &lane = m_lanes.at(laneIndex);
        if (point.y() < lane.top || point.y() >= lane.top + lane.height)
            continue;
        const double inRows = point.y() - lane.top - m_options.laneHeaderHeight;
        if (inRows < 0)
            return {Hit::LaneHeader, laneIndex};
        const int row = int(inRows / m_options.rowHeight);
        const double day = scale.dayForX(point.x());
        const double tolerance = 3 / scale.pixelsPerDay();
        if (row < lane.rows && isDense(laneIndex, day))
            return {Hit::Density, laneIndex};
        if (row < lane.rowPlaced.size()) {
            int best = -1;
            double bestDistance = 0;
            for (int placedIndex : placedInRange(laneIndex, row, day - tolerance, day + tolerance)) {
                const Placed &p = m_placed.at(placedIndex);
                const QRectF extent = extentRect(p, scale).adjusted(-3, 0, 3, 0);
                if (!extent.contains(point))
                    continue;
                const double distance = std::abs(markerRect(p, scale).center().x() - point.x());
                if (best < 0 || distance < bestDistance) {
                    best = p.item;
                    bestDistance = distance;
                }
            }
            if (best >= 0)
                return {Hit::Item, best};
        }
        if (lane.hasClusterRow && row == std::max(lane.rows, 1)) {
            for (int cluster : clustersInRange(laneIndex, day - tolerance, day + tolerance)) {
                if (badgeRect(m_clusters.at(cluster), scale).adjusted(-2, -2, 2, 2).contains(point))
                    return {Hit::Cluster, cluster};
            }
        }
        return {};
    }
    return {};
}

} // namespace Atlas
