// SPDX-License-Identifier: GPL-3.0-or-later
#include "timelinelayout.h"
#include "timelinescale.h"

#include <QRandomGenerator>
#include <QTest>

#include <cmath>

using namespace Qt::StringLiterals;
using Atlas::DatePrecision;
using Atlas::TimelineItem;
using Atlas::TimelineLayout;
using Atlas::TimelineScale;

Q_DECLARE_METATYPE(Qt::LayoutDirection)

namespace {

// "id category yyyy[-mm[-dd]][..yyyy[-mm[-dd]]] titleWidth", e.g. "e1 strike 2020-08-03 60".
TimelineItem parseItem(const QString &spec)
{
    const QStringList parts = spec.split(u' ');
    TimelineItem item;
    item.id = parts.at(0);
    item.category = parts.at(1);
    item.title = item.id;
    item.titleWidth = parts.value(3, u"40"_s).toDouble();
    const QStringList range = parts.at(2).split(u".."_s);
    const auto parse = [&item](const QString &text, bool end) {
        const QStringList fields = text.split(u'-');
        item.precision = fields.size() == 1 ? DatePrecision::Year
                : fields.size() == 2         ? DatePrecision::Month
                                             : DatePrecision::Day;
        const QDate first(fields.at(0).toInt(), fields.value(1, u"1"_s).toInt(), fields.value(2, u"1"_s).toInt());
        if (!end)
            return first;
        switch (item.precision) {
        case DatePrecision::Year: return QDate(first.year(), 12, 31);
        case DatePrecision::Month: return QDate(first.year(), first.month(), first.daysInMonth());
        case DatePrecision::Week: return first.addDays(6);
        case DatePrecision::Day: break;
        }
        return first;
    };
    const QDate start = parse(range.at(0), false);
    const QDate end = parse(range.value(1, range.at(0)), true);
    item.isRange = range.size() == 2;
    item.startDay = double(start.toJulianDay());
    item.endDay = double(end.toJulianDay()) + 1;
    return item;
}

QList<TimelineItem> parseItems(const QStringList &specs)
{
    QList<TimelineItem> items;
    for (const QString &spec : specs)
        items.append(parseItem(spec));
    return items;
}

TimelineLayout::Options options(double pixelsPerDay, int maxRows = 0)
{
    TimelineLayout::Options options;
    options.pixelsPerDay = pixelsPerDay;
    options.lanes = {u"strike"_s, u"agreement"_s};
    options.maxRowsPerLane = maxRows;
    options.top = 40;
    return options;
}

TimelineScale scaleFor(double pixelsPerDay, QDate first, Qt::LayoutDirection direction = Qt::LeftToRight)
{
    TimelineScale scale;
    scale.setWidth(1000);
    scale.setDirection(direction);
    scale.setVisibleRange(double(first.toJulianDay()), 1000 / pixelsPerDay);
    return scale;
}

} // namespace

class TestTimelineLayout : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void stacking_data()
    {
        QTest::addColumn<QStringList>("items");
        QTest::addColumn<double>("pixelsPerDay");
        QTest::addColumn<QString>("expected"); // "id:lane:row" per item, in item order
        QTest::newRow("far apart share a row")
                << QStringList{u"a strike 2020-01-01"_s, u"b strike 2020-06-01"_s, u"c strike 2021-01-01"_s}
                << 2.0 << u"a:0:0 b:0:0 c:0:0"_s;
        QTest::newRow("same day stacks")
                << QStringList{u"a strike 2020-01-01"_s, u"b strike 2020-01-01"_s, u"c strike 2020-01-01"_s}
                << 2.0 << u"a:0:0 b:0:1 c:0:2"_s;
        QTest::newRow("title overlaps the next event")
                << QStringList{u"a strike 2020-01-01 200"_s, u"b strike 2020-01-21"_s, u"c strike 2020-06-01"_s}
                << 2.0 << u"a:0:0 b:0:1 c:0:0"_s;
        QTest::newRow("zoomed in, the same events fit one row")
                << QStringList{u"a strike 2020-01-01 200"_s, u"b strike 2020-01-21"_s}
                << 20.0 << u"a:0:0 b:0:0"_s;
        QTest::newRow("a month's span holds its month")
                << QStringList{u"m strike 2020-08 10"_s, u"d strike 2020-08-20"_s, u"e strike 2020-09-15"_s}
                << 4.0 << u"m:0:0 d:0:1 e:0:0"_s;
        QTest::newRow("a range holds its days")
                << QStringList{u"r agreement 2019-01-01..2019-12-31 10"_s, u"d agreement 2019-06-01"_s}
                << 1.0 << u"r:1:0 d:1:1"_s;
        QTest::newRow("lanes by category")
                << QStringList{u"a strike 2020-01-01"_s, u"b agreement 2020-01-01"_s}
                << 2.0 << u"a:0:0 b:1:0"_s;
        QTest::newRow("category without a lane is left out")
                << QStringList{u"a strike 2020-01-01"_s, u"x patrol 2020-01-01"_s}
                << 2.0 << u"a:0:0 x:-"_s;
    }
    void stacking()
    {
        QFETCH(QStringList, items);
        QFETCH(double, pixelsPerDay);
        QFETCH(QString, expected);
        TimelineLayout layout;
        layout.layout(parseItems(items), options(pixelsPerDay));
        QStringList actual;
        for (int i = 0; i < layout.items().size(); ++i) {
            const int placed = layout.placedIndexOfItem(i);
            const QString id = layout.items().at(i).id;
            actual.append(placed < 0 ? id + u":-"_s
                                     : u"%1:%2:%3"_s.arg(id).arg(layout.placed().at(placed).lane).arg(layout.placed().at(placed).row));
        }
        QCOMPARE(actual.join(u' '), expected);
        QVERIFY(layout.clusters().isEmpty());
    }

    void rowsNeverOverlap_data()
    {
        QTest::addColumn<double>("pixelsPerDay");
        QTest::addColumn<int>("maxRows");
        QTest::newRow("decade, unlimited rows") << 0.1 << 0;
        QTest::newRow("decade, 3 rows") << 0.1 << 3;
        QTest::newRow("year, 4 rows") << 3.0 << 4;
        QTest::newRow("days, 2 rows") << 200.0 << 2;
    }
    void rowsNeverOverlap()
    {
        QFETCH(double, pixelsPerDay);
        QFETCH(int, maxRows);
        QRandomGenerator random(42);
        QList<TimelineItem> items;
        const qint64 first = QDate(2014, 1, 1).toJulianDay();
        for (int i = 0; i < 2000; ++i) {
            TimelineItem item;
            item.id = u"e%1"_s.arg(i);
            item.category = random.bounded(2) ? u"strike"_s : u"agreement"_s;
            item.startDay = double(first + random.bounded(4000));
            const int kind = random.bounded(4);
            item.precision = kind == 0 ? DatePrecision::Month : kind == 1 ? DatePrecision::Year : DatePrecision::Day;
            item.isRange = kind == 3;
            item.endDay = item.startDay + (kind == 0 ? 30 : kind == 1 ? 365 : kind == 3 ? random.bounded(1, 200) : 1);
            item.titleWidth = random.bounded(20, 300);
            items.append(item);
        }
        TimelineLayout layout;
        const TimelineLayout::Options opts = options(pixelsPerDay, maxRows);
        layout.layout(items, opts);
        // Every item is drawn, in a badge or in a density bar.
        QCOMPARE(layout.placed().size() + [&] {
            qsizetype clustered = 0;
            for (const TimelineLayout::Cluster &cluster : layout.clusters())
                clustered += cluster.items.size();
            for (const TimelineLayout::Lane &lane : layout.lanes())
                clustered += lane.denseItems;
            return clustered;
        }(), items.size());
        for (const TimelineLayout::Lane &lane : layout.lanes()) {
            if (maxRows > 0)
                QVERIFY(lane.rows <= maxRows);
            for (const QList<int> &row : lane.rowPlaced) {
                for (int i = 1; i < row.size(); ++i) {
                    const TimelineLayout::Placed &before = layout.placed().at(row.at(i - 1));
                    const TimelineLayout::Placed &after = layout.placed().at(row.at(i));
                    // Whole extents (marker and title) plus the gap stay apart.
                    QVERIFY(before.extentEndDay + opts.itemGap / pixelsPerDay <= after.extentStartDay + 1e-9);
                }
            }
        }
        if (maxRows == 0)
            QVERIFY(layout.clusters().isEmpty());
    }

    void clustering_data()
    {
        QTest::addColumn<int>("count");
        QTest::addColumn<int>("spreadDays");
        QTest::addColumn<double>("pixelsPerDay");
        QTest::addColumn<int>("maxRows");
        QTest::addColumn<int>("expectedPlaced");
        QTest::addColumn<int>("expectedClusters");
        // Ten events on one day, two rows: two drawn, eight in one badge.
        QTest::newRow("one day, dense") << 10 << 0 << 1.0 << 2 << 2 << 1;
        QTest::newRow("one day, enough rows") << 10 << 0 << 1.0 << 10 << 10 << 0;
        // One event a day for 200 days at 0.5 px/day, one row: a marker and its gap take
        // 10 px (20 days), so every 20th day is drawn; the other 190 span 100 px, more than
        // one badge covers (clusterWidth, 96 px), so they need two.
        QTest::newRow("spread, badges split") << 200 << 200 << 0.5 << 1 << 10 << 2;
        // Zoomed in, 20 px per day: every event fits once its title is short.
        QTest::newRow("zoomed in, no badge") << 20 << 20 << 20.0 << 1 << 20 << 0;
    }
    void clustering()
    {
        QFETCH(int, count);
        QFETCH(int, spreadDays);
        QFETCH(double, pixelsPerDay);
        QFETCH(int, maxRows);
        QFETCH(int, expectedPlaced);
        QFETCH(int, expectedClusters);
        QList<TimelineItem> items;
        const double first = double(QDate(2020, 1, 1).toJulianDay());
        for (int i = 0; i < count; ++i) {
            TimelineItem item;
            item.id = u"e%1"_s.arg(i);
            item.category = u"strike"_s;
            item.startDay = first + (count > 1 ? double(spreadDays) * i / count : 0);
            item.startDay = std::floor(item.startDay);
            item.endDay = item.startDay + 1;
            item.titleWidth = 0;
            items.append(item);
        }
        TimelineLayout::Options opts = options(pixelsPerDay, maxRows);
        opts.markerRadius = 4;
        opts.itemGap = 2;
        opts.labelGap = 0;
        opts.densitySegmentWidth = 1e6; // badges are under test here, not density bars
        TimelineLayout layout;
        layout.layout(items, opts);
        QCOMPARE(layout.placed().size(), expectedPlaced);
        QCOMPARE(layout.clusters().size(), expectedClusters);
        qsizetype clustered = 0;
        for (const TimelineLayout::Cluster &cluster : layout.clusters()) {
            clustered += cluster.items.size();
            QVERIFY((cluster.startDay - layout.clusters().constFirst().startDay) >= 0);
        }
        QCOMPARE(layout.placed().size() + clustered, qsizetype(count));
        QCOMPARE(layout.lanes().at(0).hasClusterRow, expectedClusters > 0);
    }

    // A badge stands for two events or more: a lone one that found no row is drawn as itself
    // in the badge row, or joins the next badge when its bar would run into it.
    void noBadgeOfOneEvent_data()
    {
        QTest::addColumn<QStringList>("specs");
        QTest::addColumn<int>("maxRows");
        QTest::addColumn<int>("expectedBadges");
        QTest::addColumn<QStringList>("inBadgeRow"); // ids drawn on their own in the badge row
        // Three events on a day and two rows: the third was "1 event".
        QTest::newRow("three on a day, two rows")
            << QStringList{u"a strike 2020-01-10 30"_s, u"b strike 2020-01-10 30"_s, u"c strike 2020-01-10 30"_s}
            << 2 << 0 << QStringList{u"c"_s};
        // Two crowded days far apart, one row: each overflows by one.
        QTest::newRow("two lone overflows")
            << QStringList{u"a strike 2020-01-10 30"_s, u"b strike 2020-01-10 30"_s,
                           u"c strike 2020-06-10 30"_s, u"d strike 2020-06-10 30"_s}
            << 1 << 0 << QStringList{u"b"_s, u"d"_s};
        // A lone overflow before a real badge: drawn itself, the badge keeps its three.
        QTest::newRow("lone then badge")
            << QStringList{u"a strike 2020-01-10 30"_s, u"b strike 2020-01-10 30"_s,
                           u"c strike 2020-03-10 30"_s, u"d strike 2020-03-10 30"_s,
                           u"e strike 2020-03-10 30"_s, u"f strike 2020-03-10 30"_s}
            << 1 << 1 << QStringList{u"b"_s};
        // A long range that overflows alone would run into the next badge: it joins it.
        QTest::newRow("long bar joins the next badge")
            << QStringList{u"a strike 2020-01-10 30"_s, u"r strike 2020-01-11..2020-12-31 30"_s,
                           u"c strike 2020-02-10 30"_s, u"d strike 2020-02-10 30"_s, u"e strike 2020-02-10 30"_s}
            << 1 << 1 << QStringList{};
    }
    void noBadgeOfOneEvent()
    {
        QFETCH(QStringList, specs);
        QFETCH(int, maxRows);
        QFETCH(int, expectedBadges);
        QFETCH(QStringList, inBadgeRow);
        const QList<TimelineItem> items = parseItems(specs);
        TimelineLayout::Options opts = options(2.0, maxRows);
        opts.densitySegmentWidth = 1e6; // badges are under test here, not density bars
        TimelineLayout layout;
        layout.layout(items, opts);
        QCOMPARE(layout.clusters().size(), expectedBadges);
        qsizetype clustered = 0;
        for (const TimelineLayout::Cluster &cluster : layout.clusters()) {
            QVERIFY2(cluster.items.size() >= 2, "a badge of one event");
            clustered += cluster.items.size();
            for (int item : cluster.items)
                QCOMPARE(layout.clusterIndexOfItem(item), int(&cluster - layout.clusters().constData()));
        }
        QCOMPARE(layout.placed().size() + clustered, items.size());
        const TimelineLayout::Lane &lane = layout.lanes().at(0);
        QVERIFY(lane.rows <= maxRows);
        QStringList lone;
        for (const TimelineLayout::Placed &placed : layout.placed()) {
            if (placed.row == lane.rows)
                lone.append(layout.items().at(placed.item).id);
        }
        QCOMPARE(lone, inBadgeRow);
        QCOMPARE(lane.hasClusterRow, !inBadgeRow.isEmpty() || expectedBadges > 0);
        // In the badge row, events and badges keep apart, and each lone event can be hit.
        const TimelineScale scale = scaleFor(2.0, QDate(2019, 12, 1));
        for (const TimelineLayout::Placed &placed : layout.placed()) {
            if (placed.row != lane.rows)
                continue;
            const QRectF extent = layout.extentRect(placed, scale);
            for (const TimelineLayout::Cluster &cluster : layout.clusters())
                QVERIFY(!extent.intersects(layout.badgeRect(cluster, scale)));
            const TimelineLayout::Hit hit = layout.hitTest(layout.markerRect(placed, scale).center(), scale);
            QCOMPARE(hit, (TimelineLayout::Hit{TimelineLayout::Hit::Item, placed.item}));
        }
    }

    // Titles stay on the axis: one that would run past labelEndDay is set before its event, or
    // shortened when neither side has room, in both reading directions.
    void titlesEndWithTheAxis_data()
    {
        QTest::addColumn<Qt::LayoutDirection>("direction");
        QTest::addColumn<QString>("spec");
        QTest::addColumn<double>("axisDays");  // days from 2020-01-01 to the axis end
        QTest::addColumn<bool>("before");
        QTest::addColumn<bool>("shortened");
        for (Qt::LayoutDirection direction : {Qt::LeftToRight, Qt::RightToLeft}) {
            const char *name = direction == Qt::LeftToRight ? "ltr" : "rtl";
            // 10 px a day: a 200 px title needs 20 days after its dot.
            QTest::addRow("%s room after", name) << direction << u"a strike 2020-01-05 200"_s << 60.0 << false << false;
            QTest::addRow("%s dot at the end", name) << direction << u"a strike 2020-01-28 200"_s << 30.0 << true << false;
            QTest::addRow("%s month at the end", name) << direction << u"a strike 2020-03 400"_s << 91.0 << true << false;
            QTest::addRow("%s no room either side", name) << direction << u"a strike 2020-01-03 400"_s << 6.0 << false << true;
        }
    }
    void titlesEndWithTheAxis()
    {
        QFETCH(Qt::LayoutDirection, direction);
        QFETCH(QString, spec);
        QFETCH(double, axisDays);
        QFETCH(bool, before);
        QFETCH(bool, shortened);
        const double first = double(QDate(2020, 1, 1).toJulianDay());
        TimelineLayout::Options opts = options(10.0);
        opts.maxLabelWidth = 1e9;
        opts.labelStartDay = first;
        opts.labelEndDay = first + axisDays;
        TimelineLayout layout;
        const QList<TimelineItem> items = parseItems({spec});
        layout.layout(items, opts);
        QCOMPARE(layout.placed().size(), 1);
        const TimelineLayout::Placed &placed = layout.placed().constFirst();
        QCOMPARE(placed.labelBefore, before);
        QCOMPARE(placed.labelWidth < items.constFirst().titleWidth, shortened);
        QVERIFY(placed.extentEndDay <= opts.labelEndDay + 1e-9);
        QVERIFY(placed.extentStartDay >= opts.labelStartDay - 1e-9);
        // On screen: the whole extent lies between the axis ends, whichever way time runs.
        TimelineScale scale;
        scale.setWidth(axisDays * 10);
        scale.setDirection(direction);
        scale.setVisibleRange(first, axisDays);
        const QRectF extent = layout.extentRect(placed, scale);
        QVERIFY2(extent.left() >= -1e-6 && extent.right() <= scale.width() + 1e-6,
                 qPrintable(u"%1..%2 of %3"_s.arg(extent.left()).arg(extent.right()).arg(scale.width())));
        QVERIFY(extent.contains(layout.markerRect(placed, scale).center()));
    }

    void hitTest_data()
    {
        QTest::addColumn<Qt::LayoutDirection>("direction");
        QTest::addColumn<QString>("target"); // what to aim at
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("expectedId");
        for (Qt::LayoutDirection direction : {Qt::LeftToRight, Qt::RightToLeft}) {
            const char *name = direction == Qt::LeftToRight ? "ltr" : "rtl";
            QTest::addRow("%s marker of a", name) << direction << u"marker a"_s << int(TimelineLayout::Hit::Item) << u"a"_s;
            QTest::addRow("%s title of a", name) << direction << u"title a"_s << int(TimelineLayout::Hit::Item) << u"a"_s;
            QTest::addRow("%s marker of b (row 1)", name) << direction << u"marker b"_s << int(TimelineLayout::Hit::Item) << u"b"_s;
            QTest::addRow("%s month bar of m", name) << direction << u"marker m"_s << int(TimelineLayout::Hit::Item) << u"m"_s;
            QTest::addRow("%s empty space", name) << direction << u"empty"_s << int(TimelineLayout::Hit::Nothing) << QString();
            QTest::addRow("%s lane header", name) << direction << u"header"_s << int(TimelineLayout::Hit::LaneHeader) << QString();
            QTest::addRow("%s above the lanes", name) << direction << u"axis"_s << int(TimelineLayout::Hit::Nothing) << QString();
        }
    }
    void hitTest()
    {
        QFETCH(Qt::LayoutDirection, direction);
        QFETCH(QString, target);
        QFETCH(int, kind);
        QFETCH(QString, expectedId);
        const QList<TimelineItem> items = parseItems({u"a strike 2020-01-10 100"_s, u"b strike 2020-01-11 100"_s,
                                                      u"m agreement 2020-03 40"_s});
        TimelineLayout layout;
        layout.layout(items, options(10.0));
        const TimelineScale scale = scaleFor(10.0, QDate(2020, 1, 1), direction);
        const auto placedOf = [&](const QString &id) { return layout.placed().at(layout.placedIndexOfItem(layout.itemIndex(id))); };
        QPointF point;
        if (target.startsWith(u"marker "_s)) {
            point = layout.markerRect(placedOf(target.mid(7)), scale).center();
        } else if (target.startsWith(u"title "_s)) {
            const TimelineLayout::Placed &placed = placedOf(target.mid(6));
            const QRectF marker = layout.markerRect(placed, scale);
            // 50 px into the title, which reads away from the marker.
            point = QPointF(direction == Qt::RightToLeft ? marker.left() - 50 : marker.right() + 50, marker.center().y());
        } else if (target == u"empty") {
            point = QPointF(scale.xForDate(QDate(2020, 2, 20)), layout.rowCenterY(0, 0));
        } else if (target == u"header") {
            point = QPointF(500, layout.lanes().at(1).top + 3);
        } else {
            point = QPointF(500, 10);
        }
        const TimelineLayout::Hit hit = layout.hitTest(point, scale);
        QCOMPARE(int(hit.kind), kind);
        if (!expectedId.isEmpty())
            QCOMPARE(layout.items().at(hit.index).id, expectedId);
    }

    void hitTestCluster()
    {
        QList<TimelineItem> items;
        for (int i = 0; i < 6; ++i)
            items.append(parseItem(u"e%1 strike 2020-01-10 30"_s.arg(i)));
        TimelineLayout layout;
        layout.layout(items, options(10.0, 2));
        QCOMPARE(layout.clusters().size(), 1);
        const TimelineScale scale = scaleFor(10.0, QDate(2020, 1, 1));
        const TimelineLayout::Hit hit = layout.hitTest(layout.badgeRect(layout.clusters().at(0), scale).center(), scale);
        QCOMPARE(hit, (TimelineLayout::Hit{TimelineLayout::Hit::Cluster, 0}));
        QCOMPARE(layout.clusters().at(0).items.size(), 4);
    }

    void chronologicalOrder_data()
    {
        QTest::addColumn<QStringList>("items");
        QTest::addColumn<QString>("expected");
        QTest::newRow("by start across lanes")
                << QStringList{u"c strike 2021-05-01"_s, u"a agreement 2014-09-10"_s, u"b strike 2016"_s}
                << u"a b c"_s;
        QTest::newRow("a year before its days")
                << QStringList{u"d strike 2020-01-01"_s, u"y strike 2020"_s, u"m strike 2020-01"_s}
                << u"d m y"_s; // same start: shortest period first
    }
    void chronologicalOrder()
    {
        QFETCH(QStringList, items);
        QFETCH(QString, expected);
        TimelineLayout layout;
        layout.layout(parseItems(items), options(1.0));
        QStringList forward;
        int item = layout.nextItem(-1, 1);
        for (int guard = 0; guard < items.size(); ++guard) {
            forward.append(layout.items().at(item).id);
            const int next = layout.nextItem(item, 1);
            if (next == item)
                break;
            item = next;
        }
        QCOMPARE(forward.join(u' '), expected);
        // Stepping back from the last returns the one before it.
        const int last = layout.chronological().last();
        QCOMPARE(layout.items().at(layout.nextItem(last, -1)).id, expected.split(u' ').at(items.size() - 2));
    }

    void conflictPairs()
    {
        QList<TimelineItem> items = parseItems({u"a strike 2020-01-01"_s, u"b strike 2020-01-05"_s, u"c strike 2020-02-01"_s});
        items[0].conflictsWith = {u"b"_s};
        items[1].conflictsWith = {u"a"_s, u"missing"_s};
        items[2].conflictsWith = {u"a"_s};
        TimelineLayout layout;
        layout.layout(items, options(1.0));
        QCOMPARE(layout.conflictPairs().size(), 2); // a–b once, c–a once, the unknown id ignored
    }

    // Every item of a lane is placed, in a badge or counted in a density bar, exactly one of
    // them; the bars add up to the dense items.
    void densityAccountsForEveryItem_data()
    {
        QTest::addColumn<int>("count");
        QTest::addColumn<double>("pixelsPerDay");
        QTest::addColumn<int>("maxRows");
        QTest::addColumn<bool>("expectDense");
        QTest::newRow("decade, bounded rows") << 20000 << 0.3 << 4 << true;
        QTest::newRow("decade, unbounded rows") << 20000 << 0.3 << 0 << true;
        QTest::newRow("a quarter wide") << 20000 << 10.0 << 6 << true;
        QTest::newRow("a day wide: events") << 20000 << 4000.0 << 6 << false;
        QTest::newRow("few events") << 40 << 0.3 << 4 << false;
    }
    void densityAccountsForEveryItem()
    {
        QFETCH(int, count);
        QFETCH(double, pixelsPerDay);
        QFETCH(int, maxRows);
        QFETCH(bool, expectDense);
        QRandomGenerator random(20140808);
        QList<TimelineItem> items;
        const double first = double(QDate(2014, 1, 1).toJulianDay());
        for (int i = 0; i < count; ++i) {
            TimelineItem item;
            item.id = u"e%1"_s.arg(i);
            item.category = random.bounded(3) == 0 ? u"agreement"_s : u"strike"_s;
            item.startDay = first + std::floor(random.bounded(3650.0));
            item.precision = random.bounded(5) == 0 ? DatePrecision::Month : DatePrecision::Day;
            item.endDay = item.startDay + (item.precision == DatePrecision::Month ? 30 : 1);
            item.titleWidth = 60;
            items.append(item);
        }
        TimelineLayout layout;
        layout.layout(items, options(pixelsPerDay, maxRows));

        int dense = 0;
        int binned = 0;
        for (int lane = 0; lane < layout.lanes().size(); ++lane) {
            dense += layout.lanes().at(lane).denseItems;
            for (const TimelineLayout::DensityBin &bin : layout.densityBins(lane, first - 400, first + 4050)) {
                binned += bin.count;
                QVERIFY(bin.uncertain <= bin.count);
            }
        }
        QCOMPARE(binned, dense);
        QCOMPARE(dense > 0, expectDense);
        int accounted = 0;
        for (int i = 0; i < items.size(); ++i) {
            const int lane = items.at(i).category == u"strike"_s ? 0 : 1;
            const bool inDensity = layout.isDense(lane, items.at(i).startDay);
            const bool placed = layout.placedIndexOfItem(i) >= 0;
            const bool clustered = layout.clusterIndexOfItem(i) >= 0;
            QVERIFY2(int(inDensity) + int(placed) + int(clustered) == 1, qPrintable(items.at(i).id));
            ++accounted;
        }
        QCOMPARE(accounted, count);
        QCOMPARE(int(layout.placed().size()) + dense + [&layout] {
            int clustered = 0;
            for (const TimelineLayout::Cluster &cluster : layout.clusters())
                clustered += int(cluster.items.size());
            return clustered;
        }(), count);
        if (expectDense) {
            // A dense lane's bars can be hit, and report the same count the bars paint.
            const TimelineLayout::Lane &strike = layout.lanes().at(0);
            QVERIFY(!strike.denseSpans.isEmpty());
            const double day = strike.denseSpans.first().first + 0.01;
            const TimelineScale scale = scaleFor(pixelsPerDay, QDate::fromJulianDay(qint64(day) - 1));
            const QPointF point(scale.xForDay(day), layout.densityTop(0) + 2);
            QCOMPARE(int(layout.hitTest(point, scale).kind), int(TimelineLayout::Hit::Density));
            const TimelineLayout::DensityBin bin = layout.densityBinAt(0, day);
            QCOMPARE(bin.count, layout.densityBins(0, bin.startDay, bin.endDay).value(0).count);
        }
    }
};

QTEST_GUILESS_MAIN(TestTimelineLayout)
#include "tst_timelinelayout.moc"
