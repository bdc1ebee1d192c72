// SPDX-License-Identifier: GPL-3.0-or-later
#include "clusterindex.h"

#include <QRandomGenerator>
#include <QTest>

#include <algorithm>
#include <cmath>
#include <numbers>
#include <set>

using Atlas::ClusterIndex;

namespace {

QPointF project(double latitude, double longitude)
{
    const double sine = std::sin(latitude * std::numbers::pi / 180);
    return {(longitude + 180) / 360, 0.5 - std::log((1 + sine) / (1 - sine)) / (4 * std::numbers::pi)};
}

// The theatre's box, Syria and Iraq: no antimeridian in it.
QRectF theatre()
{
    return QRectF(project(38, 35), project(29, 49));
}

// Points in the theatre, a tenth of them anywhere on the map, weights 0..5 (places without
// filtered events weigh nothing but still cluster).
std::vector<ClusterIndex::Point> randomPoints(quint32 seed, int count)
{
    QRandomGenerator random(seed);
    const QRectF box = theatre();
    std::vector<ClusterIndex::Point> points;
    for (int i = 0; i < count; ++i) {
        ClusterIndex::Point point;
        if (i % 10 == 9) {
            point.x = random.generateDouble();
            point.y = 0.1 + 0.8 * random.generateDouble();
        } else {
            point.x = box.left() + box.width() * random.generateDouble();
            point.y = box.top() + box.height() * random.generateDouble();
        }
        point.weight = int(random.bounded(6));
        point.id = i;
        points.push_back(point);
    }
    return points;
}

bool inside(const QRectF &rect, double x, double y)
{
    return x >= rect.left() && x <= rect.right() && y >= rect.top() && y <= rect.bottom();
}

double pixelsToWorld(double pixels, int zoom)
{
    return pixels / (256 * std::exp2(zoom));
}

} // namespace

class tst_ClusterIndex : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void countsInViewAddUp_data();
    void countsInViewAddUp();
    void everyPointOnceAtEachLevel_data();
    void everyPointOnceAtEachLevel();
    void expansionZoomSplits_data();
    void expansionZoomSplits();
    void mergesWithinRadius_data();
    void mergesWithinRadius();
    void emptyInput();
    void onePoint();
    void duplicatesAtOneSpot();
};

void tst_ClusterIndex::countsInViewAddUp_data()
{
    QTest::addColumn<quint32>("seed");
    QTest::addColumn<int>("count");
    QTest::addColumn<QRectF>("view");
    QTest::addColumn<double>("zoom");

    const QRectF world(0, 0, 1, 1);
    const QRectF baghdad(project(34.2, 43.4), project(32.4, 45.4));
    QTest::newRow("world, zoom 0") << 7u << 3000 << world << 0.0;
    QTest::newRow("world, zoom 3") << 7u << 3000 << world << 3.0;
    QTest::newRow("world, zoom 5.7") << 7u << 3000 << world << 5.7;
    QTest::newRow("world, zoom 9") << 7u << 3000 << world << 9.0;
    QTest::newRow("world, zoom 16") << 7u << 3000 << world << 16.0;
    QTest::newRow("world, above max zoom") << 7u << 3000 << world << 18.0;
    QTest::newRow("theatre, zoom 4") << 11u << 5000 << theatre() << 4.0;
    QTest::newRow("theatre, zoom 6") << 11u << 5000 << theatre() << 6.0;
    QTest::newRow("theatre, zoom 9") << 11u << 5000 << theatre() << 9.0;
    QTest::newRow("theatre, zoom 14") << 11u << 5000 << theatre() << 14.0;
    QTest::newRow("around Baghdad, zoom 7") << 23u << 20000 << baghdad << 7.0;
    QTest::newRow("around Baghdad, zoom 10") << 23u << 20000 << baghdad << 10.0;
    QTest::newRow("outside the world") << 23u << 1000 << QRectF(1.5, 0.2, 0.3, 0.3) << 6.0;
}

// The counts and weights of the clusters in view are exactly those of their points; the points
// well inside the view (more than 4 radii from its edge) are all in them, and none of their
// points lies further than that outside it. Over the whole world they add up to every point.
void tst_ClusterIndex::countsInViewAddUp()
{
    QFETCH(quint32, seed);
    QFETCH(int, count);
    QFETCH(QRectF, view);
    QFETCH(double, zoom);

    const std::vector<ClusterIndex::Point> points = randomPoints(seed, count);
    const ClusterIndex index(points);
    const std::vector<ClusterIndex::NodeId> clusters = index.query(view, zoom);
    const int levelZoom = std::min(int(std::floor(zoom)), index.options().maxZoom + 1);
    const double reach = 4 * index.radiusAt(levelZoom);

    std::multiset<int> held;
    qint64 weightInView = 0;
    int countInView = 0;
    for (ClusterIndex::NodeId cluster : clusters) {
        QVERIFY(inside(view, index.x(cluster), index.y(cluster)));
        const std::vector<int> leaves = index.leaves(cluster);
        QCOMPARE(int(leaves.size()), index.count(cluster));
        qint64 weight = 0;
        for (int id : leaves) {
            weight += points[size_t(id)].weight;
            held.insert(id);
            QVERIFY2(inside(view.adjusted(-reach, -reach, reach, reach), points[size_t(id)].x, points[size_t(id)].y),
                     "a point far outside the view");
        }
        QCOMPARE(index.weight(cluster), weight);
        weightInView += weight;
        countInView += index.count(cluster);
    }
    QCOMPARE(int(held.size()), countInView);
    QCOMPARE(int(std::set<int>(held.begin(), held.end()).size()), countInView);   // none twice

    const QRectF core = view.adjusted(reach, reach, -reach, -reach);
    qint64 weightInCore = 0;
    int inCore = 0;
    for (const ClusterIndex::Point &point : points) {
        if (core.isValid() && inside(core, point.x, point.y)) {
            QVERIFY2(held.count(point.id) == 1, "a point in view is in no cluster in view");
            weightInCore += point.weight;
            ++inCore;
        }
    }
    QVERIFY(countInView >= inCore);
    QVERIFY(weightInView >= weightInCore);
    if (view.contains(QRectF(0, 0, 1, 1))) {
        qint64 total = 0;
        for (const ClusterIndex::Point &point : points)
            total += point.weight;
        QCOMPARE(countInView, count);
        QCOMPARE(weightInView, total);
        QVERIFY(int(clusters.size()) <= count);
    }
}

void tst_ClusterIndex::everyPointOnceAtEachLevel_data()
{
    QTest::addColumn<quint32>("seed");
    QTest::addColumn<int>("count");
    QTest::newRow("200 points") << 1u << 200;
    QTest::newRow("4000 points") << 2u << 4000;
}

void tst_ClusterIndex::everyPointOnceAtEachLevel()
{
    QFETCH(quint32, seed);
    QFETCH(int, count);
    const ClusterIndex index(randomPoints(seed, count));
    size_t previous = 0;
    for (int zoom = 0; zoom <= index.options().maxZoom + 1; ++zoom) {
        std::vector<int> seen;
        const std::vector<ClusterIndex::NodeId> nodes = index.level(zoom);
        for (ClusterIndex::NodeId node : nodes) {
            const std::vector<int> leaves = index.leaves(node);
            seen.insert(seen.end(), leaves.begin(), leaves.end());
        }
        std::sort(seen.begin(), seen.end());
        QCOMPARE(int(seen.size()), count);
        for (int i = 0; i < count; ++i)
            QCOMPARE(seen[size_t(i)], i);
        QVERIFY2(nodes.size() >= previous, "a deeper zoom has fewer nodes");
        previous = nodes.size();
    }
    QCOMPARE(int(previous), count);   // above the last level every point stands alone
    QVERIFY(index.level(0).size() < size_t(count));
}

void tst_ClusterIndex::expansionZoomSplits_data()
{
    QTest::addColumn<double>("zoom");
    QTest::newRow("zoom 2") << 2.0;
    QTest::newRow("zoom 5") << 5.0;
    QTest::newRow("zoom 8") << 8.0;
    QTest::newRow("zoom 12") << 12.0;
}

// At its expansion zoom a cluster is gone and its children are there; one zoom out it is
// still whole.
void tst_ClusterIndex::expansionZoomSplits()
{
    QFETCH(double, zoom);
    const ClusterIndex index(randomPoints(5, 6000));
    int checked = 0;
    for (ClusterIndex::NodeId node : index.query(theatre(), zoom)) {
        if (index.isLeaf(node)) {
            QCOMPARE(index.expansionZoom(node), -1);
            continue;
        }
        const int expansion = index.expansionZoom(node);
        QVERIFY(expansion > int(zoom));
        QVERIFY(expansion <= index.options().maxZoom + 1);
        const std::vector<ClusterIndex::NodeId> before = index.level(expansion - 1);
        const std::vector<ClusterIndex::NodeId> after = index.level(expansion);
        QVERIFY(std::find(before.begin(), before.end(), node) != before.end());
        QVERIFY(std::find(after.begin(), after.end(), node) == after.end());
        const std::vector<ClusterIndex::NodeId> children = index.children(node);
        QVERIFY(children.size() >= 2);
        for (ClusterIndex::NodeId child : children)
            QVERIFY(std::find(after.begin(), after.end(), child) != after.end());
        if (++checked == 40)
            break;
    }
    QVERIFY(checked > 0);
}

void tst_ClusterIndex::mergesWithinRadius_data()
{
    QTest::addColumn<double>("pixelsAtZoom10");
    QTest::addColumn<int>("zoom");
    QTest::addColumn<int>("nodes");
    QTest::newRow("30 px at 10: one") << 30.0 << 10 << 1;
    QTest::newRow("30 px at 10, 60 at 11: two") << 30.0 << 11 << 2;
    QTest::newRow("50 px at 10: two") << 50.0 << 10 << 2;
    QTest::newRow("50 px at 10, 25 at 9: one") << 50.0 << 9 << 1;
    QTest::newRow("far apart, zoom 0: one") << 20000.0 << 0 << 1;
}

void tst_ClusterIndex::mergesWithinRadius()
{
    QFETCH(double, pixelsAtZoom10);
    QFETCH(int, zoom);
    QFETCH(int, nodes);
    const QPointF tanf = project(33.5, 38.6);
    const double apart = pixelsToWorld(pixelsAtZoom10, 10);
    const ClusterIndex index({{tanf.x(), tanf.y(), 3, 0}, {tanf.x() + apart, tanf.y(), 1, 1}});
    const std::vector<ClusterIndex::NodeId> level = index.level(zoom);
    QCOMPARE(int(level.size()), nodes);
    if (nodes == 1) {
        // The centre is weighted: three quarters of the way to the heavier point.
        QCOMPARE(index.weight(level.front()), 4);
        QCOMPARE(index.leadPointId(level.front()), 0);
        QVERIFY(std::abs(index.x(level.front()) - (tanf.x() + apart / 4)) < 1e-12);
    }
}

void tst_ClusterIndex::emptyInput()
{
    const ClusterIndex index(std::vector<ClusterIndex::Point>{});
    QCOMPARE(index.pointCount(), 0);
    QVERIFY(index.query(QRectF(0, 0, 1, 1), 5).empty());
    QVERIFY(index.level(20).empty());
    const ClusterIndex none;
    QVERIFY(none.query(QRectF(0, 0, 1, 1), 5).empty());
}

void tst_ClusterIndex::onePoint()
{
    const QPointF taji = project(33.52, 44.26);
    const ClusterIndex index({{taji.x(), taji.y(), 7, 42}});
    for (int zoom = 0; zoom <= 18; ++zoom) {
        const std::vector<ClusterIndex::NodeId> nodes = index.query(QRectF(0, 0, 1, 1), zoom);
        QCOMPARE(int(nodes.size()), 1);
        QVERIFY(index.isLeaf(nodes.front()));
        QCOMPARE(index.pointId(nodes.front()), 42);
        QCOMPARE(index.weight(nodes.front()), 7);
        QCOMPARE(index.expansionZoom(nodes.front()), -1);
        QCOMPARE(index.leaves(nodes.front()), std::vector<int>{42});
    }
    QVERIFY(index.query(QRectF(0, 0, 0.1, 0.1), 5).empty());
}

// Events geocoded to one spot never split: one cluster up to the deepest level, then the points.
void tst_ClusterIndex::duplicatesAtOneSpot()
{
    const QPointF baghouz = project(34.43, 40.95);
    std::vector<ClusterIndex::Point> points;
    for (int i = 0; i < 5; ++i)
        points.push_back({baghouz.x(), baghouz.y(), i, i});
    const ClusterIndex index(points);
    const int maxZoom = index.options().maxZoom;
    for (int zoom = 0; zoom <= maxZoom; ++zoom) {
        const std::vector<ClusterIndex::NodeId> nodes = index.query(theatre(), zoom);
        QCOMPARE(int(nodes.size()), 1);
        QCOMPARE(index.count(nodes.front()), 5);
        QCOMPARE(index.weight(nodes.front()), 10);
        QCOMPARE(index.expansionZoom(nodes.front()), maxZoom + 1);
    }
    QCOMPARE(int(index.query(theatre(), maxZoom + 1).size()), 5);
}

QTEST_GUILESS_MAIN(tst_ClusterIndex)
#include "tst_clusterindex.moc"
