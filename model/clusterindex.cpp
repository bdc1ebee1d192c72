// SPDX-License-Identifier: GPL-3.0-or-later
#include "clusterindex.h"

#include <algorithm>
#include <cmath>
#include <utility>

namespace Atlas {

namespace {

constexpr int MaxCellShift = 30;

std::uint64_t rowKey(std::uint64_t row, std::uint64_t column)
{
    return (row << 32) | column;
}

} // namespace

ClusterIndex::ClusterIndex(const std::vector<Point> &points)
    : ClusterIndex(points, Options())
{
}

ClusterIndex::ClusterIndex(const std::vector<Point> &points, const Options &options)
    : m_options(options)
    , m_pointCount(points.size())
{
    m_options.maxZoom = std::max(m_options.maxZoom, m_options.minZoom);
    const int levelCount = m_options.maxZoom - m_options.minZoom + 2;
    m_levels.resize(size_t(levelCount));
    // Clusters at most double the nodes: reserving for that avoids reallocating while merging.
    m_nodes.reserve(points.size() * 2);
    m_children.reserve(points.size() * 2);

    Level &leaves = m_levels.back();
    leaves.nodes.reserve(points.size());
    for (const Point &point : points) {
        Node node;
        node.x = point.x;
        node.y = point.y;
        node.weight = point.weight;
        node.zoom = m_options.maxZoom + 1;
        node.pointId = point.id;
        node.lead = point.id;
        node.leadWeight = point.weight;
        leaves.nodes.push_back(NodeId(m_nodes.size()));
        m_nodes.push_back(node);
    }
    // Each level is sorted in the cells the next zoom out merges with, so the merge reads it
    // as it is and a query reads cells no narrower than twice the radius.
    leaves.cellShift = cellShiftFor(m_options.maxZoom);
    sortByCell(m_nodes, leaves.cellShift, leaves.nodes);
    for (int zoom = m_options.maxZoom; zoom >= m_options.minZoom; --zoom) {
        Level &coarse = m_levels[size_t(zoom - m_options.minZoom)];
        mergeInto(m_levels[size_t(zoom - m_options.minZoom + 1)], zoom, coarse);
        coarse.cellShift = cellShiftFor(zoom - 1);
        sortByCell(m_nodes, coarse.cellShift, coarse.nodes);
    }
}

double ClusterIndex::radiusAt(int zoom) const
{
    return m_options.radius / (m_options.tileSize * std::exp2(double(zoom)));
}

int ClusterIndex::cellShiftFor(int zoom) const
{
    const double radius = radiusAt(zoom);
    if (!(radius > 0))
        return MaxCellShift;
    return std::clamp(int(std::floor(std::log2(1.0 / radius))), 0, MaxCellShift);
}

std::uint64_t ClusterIndex::cellKey(double x, double y, int shift)
{
    const double cells = std::exp2(double(shift));
    const double last = cells - 1;
    const auto column = std::uint64_t(std::clamp(std::floor(x * cells), 0.0, last));
    const auto row = std::uint64_t(std::clamp(std::floor(y * cells), 0.0, last));
    return rowKey(row, column);
}

void ClusterIndex::sortByCell(const std::vector<Node> &nodes, int shift, std::vector<NodeId> &ids)
{
    // A stable least-significant-digit radix sort on the cell keys, 16 bits a pass over the
    // bits in use: a level of a million nodes sorts in a few linear passes.
    using Keyed = std::pair<std::uint64_t, NodeId>;
    std::vector<Keyed> keyed;
    keyed.reserve(ids.size());
    for (NodeId id : ids)
        keyed.emplace_back(cellKey(nodes[id].x, nodes[id].y, shift), id);
    std::vector<Keyed> scratch(keyed.size());
    std::vector<size_t> histogram(1 << 16);
    for (int bit : {0, 16, 32, 48}) {
        const bool used = bit < shift || (bit >= 32 && bit - 32 < shift);
        if (!used)
            continue;
        std::fill(histogram.begin(), histogram.end(), 0);
        for (const Keyed &k : keyed)
            ++histogram[(k.first >> bit) & 0xffff];
        size_t offset = 0;
        for (size_t &h : histogram)
            offset += std::exchange(h, offset);
        for (const Keyed &k : keyed)
            scratch[histogram[(k.first >> bit) & 0xffff]++] = k;
        keyed.swap(scratch);
    }
    for (size_t i = 0; i < keyed.size(); ++i)
        ids[i] = keyed[i].second;
}

void ClusterIndex::mergeInto(const Level &fine, int zoom, Level &coarse)
{
    const double radius = radiusAt(zoom);
    const double radius2 = radius * radius;
    const size_t n = fine.nodes.size();
    std::vector<std::uint64_t> keys(n);
    for (size_t i = 0; i < n; ++i) {
        const Node &node = m_nodes[fine.nodes[i]];
        keys[i] = cellKey(node.x, node.y, fine.cellShift);
    }
    const std::uint64_t lastRow = (std::uint64_t(1) << fine.cellShift) - 1;
    std::vector<char> merged(n, 0);
    // Nodes are visited cell by cell, so where each neighbouring row's cells start only moves
    // forward: three cursors replace a search per node.
    size_t cursor[3] = {0, 0, 0};
    std::vector<size_t> members;
    coarse.nodes.clear();
    coarse.nodes.reserve(n);
    for (size_t i = 0; i < n; ++i) {
        if (merged[i])
            continue;
        merged[i] = 1;
        const double px = m_nodes[fine.nodes[i]].x;
        const double py = m_nodes[fine.nodes[i]].y;
        const std::uint64_t row = keys[i] >> 32;
        const std::uint64_t column = keys[i] & 0xffffffffu;
        members.assign(1, i);
        for (int d = -1; d <= 1; ++d) {
            if ((d < 0 && row == 0) || (d > 0 && row == lastRow))
                continue;
            const std::uint64_t first = rowKey(row + d, column > 0 ? column - 1 : 0);
            const std::uint64_t last = rowKey(row + d, column + 1);
            size_t &c = cursor[d + 1];
            while (c < n && keys[c] < first)
                ++c;
            for (size_t j = c; j < n && keys[j] <= last; ++j) {
                if (merged[j])
                    continue;
                const Node &other = m_nodes[fine.nodes[j]];
                const double dx = other.x - px;
                const double dy = other.y - py;
                if (dx * dx + dy * dy <= radius2) {
                    merged[j] = 1;
                    members.push_back(j);
                }
            }
        }
        if (members.size() == 1) {
            coarse.nodes.push_back(fine.nodes[i]);
            continue;
        }
        Node cluster;
        cluster.zoom = zoom;
        cluster.count = 0;
        cluster.firstChild = std::uint32_t(m_children.size());
        cluster.childCount = std::uint32_t(members.size());
        double wx = 0, wy = 0, cx = 0, cy = 0;
        for (size_t member : members) {
            const NodeId child = fine.nodes[member];
            const Node &node = m_nodes[child];
            cluster.weight += node.weight;
            cluster.count += node.count;
            wx += node.x * double(node.weight);
            wy += node.y * double(node.weight);
            cx += node.x * node.count;
            cy += node.y * node.count;
            if (cluster.lead < 0 || node.leadWeight > cluster.leadWeight) {
                cluster.lead = node.lead;
                cluster.leadWeight = node.leadWeight;
            }
            m_children.push_back(child);
        }
        if (cluster.weight > 0) {
            cluster.x = wx / double(cluster.weight);
            cluster.y = wy / double(cluster.weight);
        } else {
            cluster.x = cx / cluster.count;
            cluster.y = cy / cluster.count;
        }
        coarse.nodes.push_back(NodeId(m_nodes.size()));
        m_nodes.push_back(cluster);
    }
}

int ClusterIndex::levelIndex(double zoom) const
{
    const int whole = std::isfinite(zoom) ? int(std::floor(zoom)) : m_options.maxZoom + 1;
    return std::clamp(whole, m_options.minZoom, m_options.maxZoom + 1) - m_options.minZoom;
}

std::vector<ClusterIndex::NodeId> ClusterIndex::level(double zoom) const
{
    if (m_levels.empty())
        return {};
    return m_levels[size_t(levelIndex(zoom))].nodes;
}

std::vector<ClusterIndex::NodeId> ClusterIndex::query(const QRectF &world, double zoom) const
{
    std::vector<NodeId> found;
    if (m_levels.empty() || !world.isValid())
        return found;
    const Level &level = m_levels[size_t(levelIndex(zoom))];
    const double left = world.left(), right = world.right(), top = world.top(), bottom = world.bottom();
    auto inside = [&](NodeId id) {
        const Node &node = m_nodes[id];
        return node.x >= left && node.x <= right && node.y >= top && node.y <= bottom;
    };
    const std::uint64_t from = cellKey(left, top, level.cellShift);
    const std::uint64_t to = cellKey(right, bottom, level.cellShift);
    const std::uint64_t firstRow = from >> 32, lastRow = to >> 32;
    const std::uint64_t firstColumn = from & 0xffffffffu, lastColumn = to & 0xffffffffu;
    const size_t rows = size_t(lastRow - firstRow + 1);
    // A view of many rows (the whole world at a deep zoom) is cheaper read straight through.
    if (rows * 32 > level.nodes.size()) {
        for (NodeId id : level.nodes) {
            if (inside(id))
                found.push_back(id);
        }
        return found;
    }
    auto keyOf = [&](NodeId id) { return cellKey(m_nodes[id].x, m_nodes[id].y, level.cellShift); };
    for (std::uint64_t row = firstRow; row <= lastRow; ++row) {
        const std::uint64_t first = rowKey(row, firstColumn);
        const std::uint64_t last = rowKey(row, lastColumn);
        auto at = std::lower_bound(level.nodes.begin(), level.nodes.end(), first,
                                   [&](NodeId id, std::uint64_t key) { return keyOf(id) < key; });
        for (; at != level.nodes.end() && keyOf(*at) <= last; ++at) {
            if (inside(*at))
                found.push_back(*at);
        }
    }
    return found;
}

int ClusterIndex::expansionZoom(NodeId node) const
{
    return isLeaf(node) ? -1 : m_nodes[node].zoom + 1;
}

std::vector<ClusterIndex::NodeId> ClusterIndex::children(NodeId node) const
{
    const Node &n = m_nodes[node];
    return {m_children.begin() + n.firstChild, m_children.begin() + n.firstChild + n.childCount};
}

std::vector<int> ClusterIndex::leaves(NodeId node) const
{
    std::vector<int> ids;
    std::vector<NodeId> stack{node};
    while (!stack.empty()) {
        const Node &n = m_nodes[stack.back()];
        stack.pop_back();
        if (n.childCount == 0)
            ids.push_back(n.pointId);
        else
            stack.insert(stack.end(), m_children.begin() + n.firstChild, m_children.begin() + n.firstChild + n.childCount);
    }
    return ids;
}

} // namespace Atlas
