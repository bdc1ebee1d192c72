// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QRectF>

#include <cstdint>
#include <vector>

namespace Atlas {

/*
 * A hierarchical index of weighted points for drawing a map at any zoom, in the manner of
 * Mapbox's supercluster: points are in world units (Web Mercator x and y scaled to 0..1, y down,
 * as MapViewport::project gives them); for every integer zoom from maxZoom down to minZoom the
 * nodes of the level below are merged greedily, each into the first unmerged node within
 * `radius` pixels at that zoom. A cluster keeps its weight (summed), its point count, a centre
 * weighted by weight (by point count when the weight is 0) and its children, so it can be
 * expanded; a node that finds no neighbour passes up unchanged. Each level is sorted by grid
 * cell (cells at least `radius` wide), so building is O(n log n) and a query reads only the
 * cells in view. Pure arithmetic on plain vectors; built once per dataset and filter, queried
 * every frame.
 *
 * Every point is a leaf of exactly one node of each level; a leaf lies within 4 × radius of
 * the centre of the node that holds it at a level (the radius halves with each zoom below).
 */
class ClusterIndex
{
public:
    struct Point
    {
        double x = 0;      // world units
        double y = 0;
        int weight = 0;    // e.g. the filtered events at a place
        int id = 0;        // the caller's id, returned by leaves()
    };

    struct Options
    {
        double radius = 40;      // merge distance in pixels at each zoom
        double tileSize = 256;   // the world is tileSize · 2^zoom pixels wide
        int minZoom = 0;
        int maxZoom = 16;        // above it every point is its own node
    };

    using NodeId = std::uint32_t;

    ClusterIndex() = default;
    explicit ClusterIndex(const std::vector<Point> &points);
    ClusterIndex(const std::vector<Point> &points, const Options &options);

    int pointCount() const { return int(m_pointCount); }
    const Options &options() const { return m_options; }

    // Nodes at integer zoom floor(zoom) (clamped to minZoom..maxZoom + 1) whose centre lies in
    // `world` (world units), in no particular order.
    std::vector<NodeId> query(const QRectF &world, double zoom) const;
    // Every node of the level for `zoom`.
    std::vector<NodeId> level(double zoom) const;

    double x(NodeId node) const { return m_nodes[node].x; }
    double y(NodeId node) const { return m_nodes[node].y; }
    std::int64_t weight(NodeId node) const { return m_nodes[node].weight; }
    int count(NodeId node) const { return m_nodes[node].count; }   // points under it
    bool isLeaf(NodeId node) const { return m_nodes[node].childCount == 0; }
    int pointId(NodeId node) const { return m_nodes[node].pointId; }   // a leaf's Point::id, else -1
    // The Point::id of its heaviest leaf (the first of equals): what a cluster is named after.
    int leadPointId(NodeId node) const { return m_nodes[node].lead; }
    // The zoom at which the node shows as more than one node; -1 for a leaf.
    int expansionZoom(NodeId node) const;
    std::vector<NodeId> children(NodeId node) const;
    // The Point::ids under the node.
    std::vector<int> leaves(NodeId node) const;
    // Merge distance in world units at an integer zoom.
    double radiusAt(int zoom) const;

private:
    struct Node
    {
        double x = 0;
        double y = 0;
        std::int64_t weight = 0;
        int count = 1;
        int zoom = 0;                 // the level it was made at (maxZoom + 1 for leaves)
        int pointId = -1;
        int lead = -1;                // Point::id of the heaviest leaf
        int leadWeight = 0;
        std::uint32_t firstChild = 0; // into m_children
        std::uint32_t childCount = 0;
    };
    struct Level
    {
        int cellShift = 0;            // cells are 2^-cellShift world units wide
        std::vector<NodeId> nodes;    // sorted by cell, row by row
    };

    int levelIndex(double zoom) const;
    int cellShiftFor(int zoom) const;
    static std::uint64_t cellKey(double x, double y, int shift);
    static void sortByCell(const std::vector<Node> &nodes, int shift, std::vector<NodeId> &ids);
    void mergeInto(const Level &fine, int zoom, Level &coarse);

    Options m_options;
    std::size_t m_pointCount = 0;
    std::vector<Node> m_nodes;
    std::vector<NodeId> m_children;
    std::vector<Level> m_levels;      // index zoom - minZoom; the last holds the leaves
};

} // namespace Atlas
