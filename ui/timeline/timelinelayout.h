// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dataset.h"
#include "timelinescale.h"

#include <QHash>
#include <QList>
#include <QPointF>
#include <QRectF>
#include <QString>
#include <QStringList>

#include <utility>

namespace Atlas {

// One event as the timeline draws it, read once from the event model.
struct TimelineItem
{
    enum class Shape {
        Point,         // a day: a dot
        UncertainSpan, // a month or year the event happened in somewhere: a hatched, faded bar
        Range          // the source gives a start and an end: a solid bar
    };

    QString id;
    QString category;
    QString title;
    double startDay = 0;      // Julian day of the first day
    double endDay = 1;        // Julian day after the last day (exclusive)
    DatePrecision precision = DatePrecision::Day;
    bool isRange = false;
    bool inferred = false;
    QStringList conflictsWith;
    int modelRow = -1;        // row in the model the item was read from
    double titleWidth = 0;    // pixels of the title in the label font; < 0 while the title is unread
    bool hasTitle() const { return titleWidth >= 0; }

    Shape shape() const
    {
        if (isRange)
            return Shape::Range;
        return precision == DatePrecision::Day ? Shape::Point : Shape::UncertainSpan;
    }
};

/*
 * Where every item goes at one zoom level: lanes by category (only the lanes asked for), items
 * stacked into rows within a lane so neither markers nor titles overlap, and items that find no
 * free row gathered into "N events" badges on an extra row. A badge always stands for two
 * events or more: a lone one is drawn as itself in the badge row (or joins the next badge when
 * its bar would run into it). Titles never run past labelEndDay (the end of the axis): such a
 * title goes before its marker, or is shortened. Positions are kept in days (plus
 * pixel extents measured at the zoom level) so panning needs no new layout; only a change of
 * pixels per day, lanes or items does. Pure: no painting, no widgets. Also answers hit tests.
 */
class TimelineLayout
{
public:
    struct Options
    {
        double pixelsPerDay = 1;
        QStringList lanes;        // categories, top to bottom; items of other categories are left out
        int maxRowsPerLane = 0;   // 0: as many as needed, never cluster
        double top = 0;           // y of the first lane
        double rowHeight = 22;
        double laneGap = 8;       // vertical space between lanes
        double laneHeaderHeight = 16;
        double markerRadius = 5;
        double barHeight = 6;     // bars run along the bottom of their row, the title above them
        double inferredMarkWidth = 14; // room for the "≈" before an inferred date's title
        double labelGap = 4;
        double maxLabelWidth = 220;
        double itemGap = 10;      // horizontal space kept between items of a row
        double clusterWidth = 96; // a badge gathers the overflow of at most this many pixels
        // Density: the time axis is cut into segments of this many pixels (from day 0, so they
        // stay put while panning); a segment of a lane holding more events than its rows could
        // show as bare dots is drawn as bars of counts per bin instead of events.
        double densitySegmentWidth = 240;
        // Titles stay within these days (the axis the data can be shown on): one that would
        // end after labelEndDay is set before its marker instead, or shortened to the room.
        double labelStartDay = -1e12;
        double labelEndDay = 1e12;
        double densityBinWidth = 6;   // pixels of one bar; divides densitySegmentWidth
        int densityRows = 8;          // rows assumed for that test when maxRowsPerLane is 0
    };

    struct Placed
    {
        int item = -1;            // index into items()
        int lane = -1;
        int row = -1;
        double extentStartDay = 0; // where the marker or bar begins, at this zoom
        double extentEndDay = 0;   // where the title (or bar) ends, at this zoom
        double labelWidth = 0;    // the title's pixels after eliding to maxLabelWidth
        bool labelBefore = false; // the title reads towards earlier days, ending at the marker
    };

    struct Cluster
    {
        int lane = -1;
        double startDay = 0;      // earliest start of its items
        double endDay = 0;        // latest end of its items
        double badgeEndDay = 0;   // the badge's end, at this zoom
        QList<int> items;         // indices into items(), chronological
    };

    struct Lane
    {
        QString category;
        double top = 0;
        double height = 0;
        int rows = 0;             // rows of items, the cluster row not counted
        bool hasClusterRow = false; // a row below them for badges and the lone events between
        // Per row, indices into placed(), chronological; one more than `rows` when lone events
        // were drawn in the cluster row.
        QList<QList<int>> rowPlaced;
        QList<int> clusters;         // indices into clusters(), chronological
        QList<double> startDays;     // start day of every item of the lane, ascending
        QList<double> uncertainStartDays; // those of items dated to a week, month, year or range
        QList<std::pair<double, double>> denseSpans; // [first, end) days drawn as density, chronological
        int denseItems = 0;          // items inside the dense spans (neither placed nor clustered)
    };

    // One bar of a dense span.
    struct DensityBin
    {
        int lane = -1;
        double startDay = 0;
        double endDay = 0;
        int count = 0;
        int uncertain = 0;        // of count, events whose date is not one known day
    };

    struct Hit
    {
        enum Kind { Nothing, Item, Cluster, LaneHeader, Density };
        Kind kind = Nothing;
        int index = -1;           // item index, cluster index or lane index (LaneHeader, Density)
        bool operator==(const Hit &) const = default;
    };

    TimelineLayout() = default;

    // Items may come in any order; the layout keeps its own chronological order. Passing the
    // same (shared) list again, as a zoom step does, reuses the order and the id index.
    void layout(const QList<TimelineItem> &items, const Options &options);
    // The items of the last layout() with more titles read (TimelineModelReader::readTitles):
    // the same items in the same order, so the order and the id index are kept.
    void adoptTitles(const QList<TimelineItem> &items);

    const Options &options() const { return m_options; }
    const QList<TimelineItem> &items() const { return m_items; }
    const QList<Placed> &placed() const { return m_placed; }
    const QList<Cluster> &clusters() const { return m_clusters; }
    const QList<Lane> &lanes() const { return m_lanes; }
    double height() const { return m_height; } // from options().top to below the last lane
    int placedIndexOfItem(int item) const { return item >= 0 && item < m_placedOfItem.size() ? m_placedOfItem.at(item) : -1; }
    int clusterIndexOfItem(int item) const { return item >= 0 && item < m_clusterOfItem.size() ? m_clusterOfItem.at(item) : -1; }
    int itemIndex(const QString &id) const { return m_indexOfId.value(id, -1); }
    // Pairs of item indices whose events contradict each other, each pair once.
    const QList<std::pair<int, int>> &conflictPairs() const { return m_conflictPairs; }
    // Chronological neighbours among all laid-out items (placed or clustered).
    int nextItem(int item, int step) const;
    const QList<int> &chronological() const { return m_order; }

    double rowTop(int lane, int row) const;
    double rowCenterY(int lane, int row) const { return rowTop(lane, row) + m_options.rowHeight / 2; }
    // Device rectangle of an item's marker or bar (not its title) under `scale`.
    QRectF markerRect(const Placed &placed, const TimelineScale &scale) const;
    // Device rectangle of everything drawn for it: marker or bar and title.
    QRectF extentRect(const Placed &placed, const TimelineScale &scale) const;
    QRectF badgeRect(const Cluster &cluster, const TimelineScale &scale) const;

    Hit hitTest(QPointF point, const TimelineScale &scale) const;

    // Days of one density bar at the zoom laid out.
    double densityBinDays() const;
    // Whether `day` lies in one of the lane's dense spans.
    bool isDense(int lane, double day) const;
    // The bar of a dense span holding `day`; count 0 and lane -1 outside dense spans.
    DensityBin densityBinAt(int lane, double day) const;
    // The bars of a lane's dense spans that meet [firstDay, lastDay), chronological.
    QList<DensityBin> densityBins(int lane, double firstDay, double lastDay) const;
    // Rectangle of the rows a dense lane's bars stand in, across the whole width.
    double densityTop(int lane) const { return rowTop(lane, 0); }
    double densityHeight(int lane) const;

    // Indices into placed() of one row whose extent meets [firstDay, lastDay), chronological.
    QList<int> placedInRange(int lane, int row, double firstDay, double lastDay) const;
    QList<int> clustersInRange(int lane, double firstDay, double lastDay) const;

    // What the items need on the axis at any zoom (their days, the marker's radius before them
    // and their whole title after), for TimelineScale::fitFootprints().
    QList<TimelineScale::Footprint> footprints(const QList<int> &items) const;

private:
    struct Extent
    {
        double startDay = 0;
        double endDay = 0;
        double labelWidth = 0;
        bool labelBefore = false;
    };
    // Where an item's marker or bar and its title go when its title must end before `endLimit`
    // (and may go before the marker only when `allowBefore`).
    Extent extentOf(const TimelineItem &item, double endLimit, bool allowBefore) const;
    void prepareItems(const QList<TimelineItem> &items);
    void findDenseSpans();
    void resolveLoneClusters();

    Options m_options;
    QList<TimelineItem> m_items;
    QList<int> m_allOrder;       // every item index, chronological
    QList<int> m_order;          // item indices in the laid-out lanes, chronological
    QList<int> m_rankOfItem;     // position of each item in m_order
    QList<Placed> m_placed;
    QList<Cluster> m_clusters;
    QList<Lane> m_lanes;
    QList<int> m_placedOfItem;   // per item, -1 when not placed
    QList<int> m_clusterOfItem;  // per item, -1 when not clustered
    QHash<QString, int> m_indexOfId;
    QHash<QString, QList<double>> m_startDaysOfCategory;          // ascending
    QHash<QString, QList<double>> m_uncertainStartDaysOfCategory; // ascending
    QList<std::pair<int, int>> m_conflictPairs;
    double m_height = 0;
};

} // namespace Atlas
