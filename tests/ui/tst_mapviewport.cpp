// SPDX-License-Identifier: GPL-3.0-or-later
#include "mapviewport.h"
#include "markerlayout.h"
#include "markerpainter.h"
#include "scalebar.h"

#include <QRandomGenerator>
#include <QTest>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;
using Atlas::MapViewport;

Q_DECLARE_METATYPE(Qt::LayoutDirection)

class TestMapViewport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void project_data()
    {
        QTest::addColumn<double>("latitude");
        QTest::addColumn<double>("longitude");
        QTest::addColumn<double>("x");
        QTest::addColumn<double>("y");

        QTest::newRow("null island") << 0.0 << 0.0 << 0.5 << 0.5;
        QTest::newRow("antimeridian west") << 0.0 << -180.0 << 0.0 << 0.5;
        QTest::newRow("90 E") << 0.0 << 90.0 << 0.75 << 0.5;
        QTest::newRow("mercator top") << 85.05112878 << 0.0 << 0.5 << 0.0;
        QTest::newRow("mercator bottom") << -85.05112878 << 0.0 << 0.5 << 1.0;
        QTest::newRow("beyond the top is clamped") << 89.9 << 0.0 << 0.5 << 0.0;
        // 45° N: y = 0.5 - ln(tan(67.5°)) / 2π
        QTest::newRow("45 N") << 45.0 << 0.0 << 0.5 << 0.5 - std::log(std::tan(M_PI * 67.5 / 180)) / (2 * M_PI);
        QTest::newRow("Al-Tanf") << 33.50583 << 38.61778 << (38.61778 + 180) / 360
                                 << 0.5 - std::log(std::tan(M_PI / 4 + 33.50583 * M_PI / 360)) / (2 * M_PI);
    }
    void project()
    {
        QFETCH(double, latitude);
        QFETCH(double, longitude);
        QFETCH(double, x);
        QFETCH(double, y);
        const QPointF world = MapViewport::project(latitude, longitude);
        QVERIFY2(std::abs(world.x() - x) < 1e-9, qPrintable(QString::number(world.x(), 'g', 12)));
        QVERIFY2(std::abs(world.y() - y) < 1e-7, qPrintable(QString::number(world.y(), 'g', 12)));
        if (std::abs(latitude) < 85) {
            const QGeoCoordinate back = MapViewport::unproject(world);
            QVERIFY(std::abs(back.latitude() - latitude) < 1e-9);
            QVERIFY(std::abs(back.longitude() - longitude) < 1e-9);
        }
    }

    void screen_data()
    {
        QTest::addColumn<double>("zoom");
        QTest::addColumn<QGeoCoordinate>("point");
        QTest::addColumn<QPointF>("expected");

        const QGeoCoordinate center(33.5, 40.0);
        QTest::newRow("centre maps to the middle") << 6.0 << center << QPointF(400, 300);
        // One degree of longitude at zoom z is 256 * 2^z / 360 pixels.
        QTest::newRow("1 deg east, z6") << 6.0 << QGeoCoordinate(33.5, 41.0) << QPointF(400 + 256 * 64 / 360.0, 300);
        QTest::newRow("1 deg west, z8") << 8.0 << QGeoCoordinate(33.5, 39.0) << QPointF(400 - 256 * 256 / 360.0, 300);
        QTest::newRow("north is up") << 5.0 << QGeoCoordinate(34.5, 40.0)
                                     << QPointF(400, 300 - 256 * 32 * (MapViewport::project(33.5, 40).y() - MapViewport::project(34.5, 40).y()));
    }
    void screen()
    {
        QFETCH(double, zoom);
        QFETCH(QGeoCoordinate, point);
        QFETCH(QPointF, expected);
        const MapViewport viewport(QGeoCoordinate(33.5, 40.0), zoom, QSizeF(800, 600));
        const QPointF at = viewport.toScreen(point);
        QVERIFY2(QLineF(at, expected).length() < 1e-6, qPrintable(u"%1,%2"_s.arg(at.x()).arg(at.y())));
        const QGeoCoordinate back = viewport.toCoordinate(at);
        QVERIFY(back.distanceTo(point) < 0.01);
    }

    void fitting_data()
    {
        QTest::addColumn<QList<QGeoCoordinate>>("places");
        QTest::addColumn<QSizeF>("size");
        QTest::addColumn<QMarginsF>("margins");
        QTest::addColumn<double>("maxZoom");

        const QList<QGeoCoordinate> theatre{{33.50583, 38.61778}, {36.34, 43.13}, {34.45861, 40.95056},
                                            {33.312806, 44.361488}, {36.706242, 40.511955}};
        QTest::newRow("theatre, wide") << theatre << QSizeF(1600, 1000) << QMarginsF(60, 90, 60, 70) << 8.0;
        QTest::newRow("theatre, tall") << theatre << QSizeF(500, 900) << QMarginsF(20, 20, 20, 20) << 8.0;
        QTest::newRow("theatre, lopsided margins") << theatre << QSizeF(800, 600) << QMarginsF(200, 10, 10, 100) << 8.0;
        QTest::newRow("Taji and Baghdad, capped") << QList<QGeoCoordinate>{{33.52944, 44.2775}, {33.312806, 44.361488}}
                                                  << QSizeF(800, 600) << QMarginsF(40, 40, 40, 40) << 9.0;
        QTest::newRow("one place") << QList<QGeoCoordinate>{{33.5, 38.6}} << QSizeF(800, 600) << QMarginsF(40, 40, 40, 40)
                                   << 7.0;
    }
    void fitting()
    {
        QFETCH(QList<QGeoCoordinate>, places);
        QFETCH(QSizeF, size);
        QFETCH(QMarginsF, margins);
        QFETCH(double, maxZoom);

        const MapViewport view = MapViewport::fitting(places, size, margins, maxZoom);
        QVERIFY(view.zoom() <= maxZoom + 1e-9);
        const QRectF inner = QRectF(QPointF(0, 0), size).marginsRemoved(margins).adjusted(-0.5, -0.5, 0.5, 0.5);
        QRectF box;
        for (const QGeoCoordinate &place : places) {
            const QPointF at = view.toScreen(place);
            QVERIFY2(inner.contains(at), qPrintable(u"%1,%2 outside"_s.arg(at.x()).arg(at.y())));
            box |= QRectF(at, QSizeF(0.001, 0.001));
        }
        // Tight: unless capped, the box touches the inner rectangle on one axis.
        if (view.zoom() < maxZoom - 1e-6) {
            const bool widthTight = std::abs(box.width() - (size.width() - margins.left() - margins.right())) < 1;
            const bool heightTight = std::abs(box.height() - (size.height() - margins.top() - margins.bottom())) < 1;
            QVERIFY(widthTight || heightTight);
        }
        if (places.size() == 1)
            QCOMPARE(view.zoom(), maxZoom);
    }

    void scaleBar_data()
    {
        QTest::addColumn<double>("zoom");
        QTest::addColumn<double>("maxWidth");
        QTest::addColumn<double>("meters");
        QTest::addColumn<QString>("label");

        // At 33.5° N: z5 ≈ 4075 m/px, z8 ≈ 509 m/px, z12 ≈ 31.8 m/px.
        QTest::newRow("z5, 200 px") << 5.0 << 200.0 << 500000.0 << u"500 km"_s;
        QTest::newRow("z8, 200 px") << 8.0 << 200.0 << 100000.0 << u"100 km"_s;
        QTest::newRow("z8, 100 px") << 8.0 << 100.0 << 50000.0 << u"50 km"_s;
        QTest::newRow("z12, 100 px") << 12.0 << 100.0 << 2000.0 << u"2 km"_s;
        QTest::newRow("z14, 50 px") << 14.0 << 50.0 << 200.0 << u"200 m"_s;
    }
    void scaleBar()
    {
        QFETCH(double, zoom);
        QFETCH(double, maxWidth);
        QFETCH(double, meters);
        QFETCH(QString, label);
        const MapViewport viewport(QGeoCoordinate(33.5, 40.0), zoom, QSizeF(800, 600));
        const Atlas::ScaleBar bar = Atlas::ScaleBar::forViewport(viewport, maxWidth);
        QCOMPARE(bar.meters(), meters);
        QVERIFY(bar.pixels() <= maxWidth && bar.pixels() > maxWidth * 0.39);
        QCOMPARE(bar.label(Atlas::Formatter(Atlas::Language::English)), label);
    }

    // A place in view is named inside the view or not at all, pinned or not: a pan that leaves
    // it by the edge (to a selection, say) never shows half a name.
    void namesNeverCutByTheEdge_data()
    {
        QTest::addColumn<Qt::LayoutDirection>("direction");
        QTest::addColumn<bool>("pinned");
        QTest::addColumn<QPointF>("at");   // where Mosul lands on an 800 × 600 view
        for (const Qt::LayoutDirection direction : {Qt::LeftToRight, Qt::RightToLeft}) {
            const char *name = direction == Qt::LeftToRight ? "ltr" : "rtl";
            for (const bool pinned : {false, true}) {
                const char *kind = pinned ? "pinned" : "imported";
                QTest::addRow("%s %s right edge", name, kind) << direction << pinned << QPointF(792, 300);
                QTest::addRow("%s %s left edge", name, kind) << direction << pinned << QPointF(8, 300);
                QTest::addRow("%s %s top corner", name, kind) << direction << pinned << QPointF(790, 6);
                QTest::addRow("%s %s bottom", name, kind) << direction << pinned << QPointF(400, 596);
            }
        }
    }
    void namesNeverCutByTheEdge()
    {
        QFETCH(Qt::LayoutDirection, direction);
        QFETCH(bool, pinned);
        QFETCH(QPointF, at);
        Atlas::PlaceMarker mosul;
        mosul.placeId = u"mosul"_s;
        mosul.name = direction == Qt::RightToLeft ? u"الموصل، المدينة القديمة"_s : u"Mosul, the old city"_s;
        mosul.kind = u"city"_s;
        mosul.coordinate = QGeoCoordinate(36.34, 43.13);
        mosul.eventCount = 12;
        mosul.pinned = pinned;
        const QSizeF size(800, 600);
        const MapViewport probe(mosul.coordinate, 8, size);
        const QPointF world = MapViewport::project(mosul.coordinate)
            - (at - QPointF(size.width() / 2, size.height() / 2)) / probe.worldSize();
        const MapViewport viewport(MapViewport::unproject(world), 8, size);
        const QList<Atlas::MarkerLayout::Cluster> layout = Atlas::MarkerLayout::layout(
            {mosul}, viewport, Atlas::MarkerPainter::defaultLabelFont(), direction);
        QCOMPARE(layout.size(), 1);
        // Along an edge a lone place has room on some side; in a corner an imported place's
        // four spots may all leave the view, and then it goes unnamed (the tooltip has it).
        const bool corner = (at.x() < 20 || at.x() > 780) && (at.y() < 20 || at.y() > 580);
        if (layout.constFirst().label.isEmpty()) {
            QVERIFY2(corner && !pinned, "a lone place has room for its name on some side");
            return;
        }
        const QRectF rect = layout.constFirst().labelRect;
        QVERIFY2(QRectF(QPointF(0, 0), size).contains(rect),
                 qPrintable(u"%1,%2 %3×%4"_s.arg(rect.x()).arg(rect.y()).arg(rect.width()).arg(rect.height())));
    }

    void clustering_data()
    {
        QTest::addColumn<double>("zoom");
        QTest::addColumn<bool>("pinned");
        QTest::addColumn<int>("clusters");
        QTest::addColumn<int>("largest");

        // Taji and Baghdad are 25 km apart: one symbol at theatre scale, two when zoomed in (where
        // Mosul, 330 km north, is off screen and not drawn). Pinned (named sites), they never merge.
        QTest::newRow("theatre scale") << 6.0 << false << 2 << 2;
        QTest::newRow("close up") << 10.0 << false << 2 << 1;
        QTest::newRow("theatre scale, pinned") << 6.0 << true << 3 << 1;
        QTest::newRow("whole region, pinned") << 4.0 << true << 3 << 1;
    }
    void clustering()
    {
        QFETCH(double, zoom);
        QFETCH(bool, pinned);
        QFETCH(int, clusters);
        QFETCH(int, largest);
        auto marker = [pinned](const QString &id, double lat, double lon, int count) {
            Atlas::PlaceMarker m;
            m.placeId = id;
            m.name = id;
            m.kind = u"city"_s;
            m.coordinate = QGeoCoordinate(lat, lon);
            m.eventCount = count;
            m.pinned = pinned;
            return m;
        };
        const QList<Atlas::PlaceMarker> markers{marker(u"camp-taji"_s, 33.52944, 44.2775, 1),
                                                marker(u"baghdad"_s, 33.312806, 44.361488, 4),
                                                marker(u"mosul"_s, 36.34, 43.13, 2)};
        const MapViewport viewport(QGeoCoordinate(33.45, 44.3), zoom, QSizeF(1600, 1600));
        const QList<Atlas::MarkerLayout::Cluster> layout = Atlas::MarkerLayout::layout(
            markers, viewport, Atlas::MarkerPainter::defaultLabelFont(), Qt::LeftToRight);
        QCOMPARE(layout.size(), clusters);
        qsizetype biggest = 0;
        for (const Atlas::MarkerLayout::Cluster &cluster : layout)
            biggest = std::max(biggest, cluster.members.size());
        QCOMPARE(int(biggest), largest);
        // The place with more events leads its cluster; no two names overlap; a pinned place
        // always has its name, inside the view.
        QCOMPARE(layout.constFirst().members.constFirst(), 1);
        for (int i = 0; i < layout.size(); ++i) {
            if (pinned) {
                QVERIFY(!layout.at(i).label.isEmpty());
                QVERIFY(QRectF(QPointF(0, 0), viewport.size()).contains(layout.at(i).labelRect));
            }
            for (int j = i + 1; j < layout.size(); ++j) {
                if (!layout.at(i).label.isEmpty() && !layout.at(j).label.isEmpty())
                    QVERIFY(!layout.at(i).labelRect.intersects(layout.at(j).labelRect));
            }
        }
        const int hit = Atlas::MarkerLayout::clusterAt(layout, layout.constFirst().position);
        QCOMPARE(hit, 0);
    }

    // A crowded map of named sites (pinned: never merged, never without a name), as a corpus of
    // thousands gives: every name takes the spot it overlaps least, the first free one when there
    // is one. Checked against a count by brute force over every earlier name and every symbol:
    // no side spot next to the symbol may overlap fewer than the one the name took.
    void crowdedPinnedNames_data()
    {
        QTest::addColumn<int>("count");
        QTest::addColumn<double>("zoom");
        QTest::addColumn<Qt::LayoutDirection>("direction");
        QTest::newRow("30 sites, close up") << 30 << 8.0 << Qt::LeftToRight;
        QTest::newRow("400 sites") << 400 << 6.0 << Qt::LeftToRight;
        QTest::newRow("400 sites, right to left") << 400 << 6.0 << Qt::RightToLeft;
        QTest::newRow("1200 sites") << 1200 << 6.0 << Qt::LeftToRight;
    }
    void crowdedPinnedNames()
    {
        QFETCH(int, count);
        QFETCH(double, zoom);
        QFETCH(Qt::LayoutDirection, direction);
        QRandomGenerator random(16);
        QList<Atlas::PlaceMarker> markers;
        for (int i = 0; i < count; ++i) {
            Atlas::PlaceMarker m;
            m.placeId = u"site-%1"_s.arg(i);
            m.name = (i % 3 ? u"Tell Abyad %1"_s : u"عين عيسى %1"_s).arg(i);
            m.kind = i % 5 ? u"town"_s : u"base"_s;
            m.coordinate = QGeoCoordinate(33 + random.bounded(2.0), 38.5 + random.bounded(5.0));
            m.eventCount = int(random.bounded(40));
            m.pinned = true;
            markers.append(m);
        }
        const MapViewport viewport(QGeoCoordinate(34, 41), zoom, QSizeF(1280, 720));
        const QRectF visible(QPointF(0, 0), viewport.size());
        const QList<Atlas::MarkerLayout::Cluster> layout =
            Atlas::MarkerLayout::layout(markers, viewport, Atlas::MarkerPainter::defaultLabelFont(), direction);
        QCOMPARE(layout.size(), count);

        // What a name at `rect` for cluster `index` covers: the names placed before it, the
        // other symbols (with a pixel's clearance).
        const auto covered = [&](qsizetype index, const QRectF &rect) {
            int hits = 0;
            for (qsizetype j = 0; j < layout.size(); ++j) {
                const Atlas::MarkerLayout::Cluster &other = layout.at(j);
                if (j < index && !other.label.isEmpty() && other.labelRect.intersects(rect))
                    ++hits;
                if (j != index) {
                    const QPointF p = other.position;
                    const QPointF nearest(std::clamp(p.x(), rect.left(), rect.right()), std::clamp(p.y(), rect.top(), rect.bottom()));
                    if (std::hypot(p.x() - nearest.x(), p.y() - nearest.y()) < other.radius + 1)
                        ++hits;
                }
            }
            return hits;
        };
        int crowded = 0;
        for (qsizetype i = 0; i < layout.size(); ++i) {
            const Atlas::MarkerLayout::Cluster &cluster = layout.at(i);
            QVERIFY2(!cluster.label.isEmpty(), qPrintable(cluster.label));
            QVERIFY(visible.contains(cluster.labelRect));
            const QPointF p = cluster.position;
            const QSizeF size = cluster.labelRect.size();
            const double r = cluster.radius + 3;
            const QRectF sides[] = {QRectF(p.x() + r, p.y() - size.height() / 2, size.width(), size.height()),
                                    QRectF(p.x() - r - size.width(), p.y() - size.height() / 2, size.width(), size.height()),
                                    QRectF(p.x() - size.width() / 2, p.y() - r - size.height(), size.width(), size.height()),
                                    QRectF(p.x() - size.width() / 2, p.y() + r, size.width(), size.height())};
            const int taken = covered(i, cluster.labelRect);
            for (const QRectF &side : sides) {
                if (visible.contains(side))
                    QVERIFY2(taken <= covered(i, side), qPrintable(u"%1: %2 > %3"_s.arg(cluster.label).arg(taken).arg(covered(i, side))));
            }
            crowded += taken > 0 ? 1 : 0;
        }
        // The rows are what they say: a sparse map finds nearly every name a free spot, a
        // dense one seldom does.
        if (zoom > 6)
            QVERIFY2(crowded <= count / 10, qPrintable(QString::number(crowded)));
        else
            QVERIFY2(crowded > count / 4, qPrintable(QString::number(crowded)));
    }
};

QTEST_MAIN(TestMapViewport)
#include "tst_mapviewport.moc"
