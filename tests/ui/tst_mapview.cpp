// SPDX-License-Identifier: GPL-3.0-or-later
#include "atlasdocument.h"
#include "eventfiltermodel.h"
#include "eventmodel.h"
#include "formatter.h"
#include "filtercriteria.h"
#include "mapcontroller.h"
#include "mapview.h"
#include "mapviewport.h"
#include "placeactivitymodel.h"
#include "placemarkerlayer.h"
#include "tst_mapdataset.h"

#include <QItemSelectionModel>
#include <QQmlError>
#include <QQuickItem>
#include <QQuickWidget>
#include <QSignalSpy>
#include <QAction>
#include <QRandomGenerator>
#include <QTest>
#include <algorithm>

using namespace Qt::StringLiterals;

class TestMapView : public QObject
{
    Q_OBJECT

private:
    Atlas::PlaceMarkerLayer *markerLayer() const
    {
        return m_view->rootItem()->property("markerLayer").value<Atlas::PlaceMarkerLayer *>();
    }
    QPointF positionOf(const QString &placeId) const
    {
        QPointF at;
        QMetaObject::invokeMethod(markerLayer(), "positionOf", qReturnArg(at), placeId);
        return at;
    }
    int countAt(const QString &placeId) const
    {
        return m_view->activityModel()->eventCount(placeId);
    }

private Q_SLOTS:
    void init()
    {
        m_document = std::make_unique<Atlas::AtlasDocument>();
        m_document->setDataset(MapTest::makeDataset(), u"test"_s, QString());
        m_view = std::make_unique<Atlas::MapView>(m_document.get());
        m_view->resize(1000, 700);
        m_view->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
        m_view->fitAllPlaces();
        QCoreApplication::processEvents();
    }
    void cleanup()
    {
        m_view.reset();
        m_document.reset();
    }

    void qmlLoads()
    {
        QCOMPARE(m_view->quickWidget()->status(), QQuickWidget::Ready);
        QVERIFY2(m_view->quickWidget()->errors().isEmpty(),
                 qPrintable(m_view->quickWidget()->errors().isEmpty() ? QString() : m_view->quickWidget()->errors().first().toString()));
        QVERIFY(m_view->rootItem());
        QVERIFY(m_view->errorText().isEmpty());
        QVERIFY(markerLayer());
        QVERIFY(m_view->rootItem()->property("map").value<QObject *>());
    }

    void oneMarkerPerTheatrePlace_data()
    {
        QTest::addColumn<QStringList>("placeFilter");
        QTest::addColumn<int>("places");

        // Six theatre places; Washington (theatre=false) is listed in a note, not drawn.
        QTest::newRow("no place filter") << QStringList() << 6;
        QTest::newRow("two places") << QStringList{u"al-tanf"_s, u"mosul"_s} << 2;
        QTest::newRow("off-theatre only") << QStringList{u"washington"_s} << 0;
    }
    void oneMarkerPerTheatrePlace()
    {
        QFETCH(QStringList, placeFilter);
        QFETCH(int, places);
        m_document->filter()->setPlaces(QSet<QString>(placeFilter.cbegin(), placeFilter.cend()));
        // Zoomed in far enough that Taji and Baghdad do not merge, and all fit: one symbol each.
        const Atlas::MapViewport wide(QGeoCoordinate(35.0, 41.5), 6.5, QSizeF(1000, 700));
        m_view->controller()->requestView(wide.center(), wide.zoom());
        QTRY_COMPARE(markerLayer()->zoomLevel(), 6.5);
        QCOMPARE(markerLayer()->placeCount(), places);
        QVERIFY(markerLayer()->markerCount() <= places);
        const bool washingtonNoted = m_view->controller()->offTheatreNote().contains(u"Washington"_s);
        QCOMPARE(washingtonNoted, placeFilter.isEmpty() || placeFilter.contains(u"washington"_s));
    }

    void namedSitesKeepTheirOwnMarkers()
    {
        // At the scale of the whole region Taji and Baghdad nearly touch: as named theatre sites
        // each keeps its own symbol and its name.
        m_view->controller()->requestView(QGeoCoordinate(34.5, 41.5), 5.0);
        QTRY_COMPARE(markerLayer()->zoomLevel(), 5.0);
        QCOMPARE(markerLayer()->placeCount(), 6);
        QCOMPARE(markerLayer()->markerCount(), 6);
        for (const Atlas::MarkerLayout::Cluster &cluster : markerLayer()->clusters())
            QVERIFY(!cluster.label.isEmpty());
        m_view->controller()->requestView(QGeoCoordinate(33.42, 44.32), 10.0);
        QTRY_COMPARE(markerLayer()->zoomLevel(), 10.0);
        QVERIFY(positionOf(u"camp-taji"_s) != positionOf(u"baghdad"_s));
    }

    // Imported data: thousands of uncited places near Raqqa, every third with an event. The map
    // clusters them through its index; the places drawn add up to all of them when all are in
    // view, and a tap on a cluster zooms to where it splits.
    void clustersAtScaleAddUp_data()
    {
        QTest::addColumn<double>("zoom");
        QTest::newRow("zoom 4") << 4.0;
        QTest::newRow("zoom 5") << 5.0;
        QTest::newRow("zoom 5.6") << 5.6;
    }
    void clustersAtScaleAddUp()
    {
        QFETCH(double, zoom);
        constexpr int Imported = 3000;
        Atlas::Dataset d = MapTest::makeDataset();
        QRandomGenerator random(14);
        for (int i = 0; i < Imported; ++i) {
            const QString id = u"imported-%1"_s.arg(i);
            // As an importer makes them: an English name only.
            d.places.append(MapTest::place(id, QString(), u"Site %1"_s.arg(i), u"location"_s,
                                           35.5 + random.bounded(1.0), 38.5 + random.bounded(1.5)));
            if (i % 3 == 0)
                d.events.append(MapTest::event(u"i%1"_s.arg(i), QDate(2018, 1, 1), {id}));
        }
        d.buildIndex();
        m_document->setDataset(d, u"scale"_s, QString());
        m_view->controller()->requestView(QGeoCoordinate(34.5, 41.5), zoom);
        QTRY_COMPARE(markerLayer()->zoomLevel(), zoom);
        QVERIFY(markerLayer()->usesIndex());
        QCOMPARE(markerLayer()->placeCount(), Imported + 6);
        QVERIFY(markerLayer()->markerCount() < 200);
        int events = 0;
        double expansion = -1;
        QPointF clusterAt;
        for (const Atlas::MarkerLayout::Cluster &cluster : markerLayer()->clusters()) {
            events += cluster.eventCount;
            if (expansion < 0 && !cluster.pinned) {
                expansion = markerLayer()->expansionZoomAt(cluster.position.x(), cluster.position.y());
                clusterAt = cluster.position;
            }
        }
        QCOMPARE(events, Imported / 3 + 7);   // e4 and e6 count at both their theatre places
        QVERIFY(expansion > zoom);
        QVERIFY(markerLayer()->placesAt(clusterAt.x(), clusterAt.y()).size() > 1);
        // Named sites keep their own symbols and names.
        QVERIFY(positionOf(u"camp-taji"_s) != positionOf(u"baghdad"_s));

        // To look at by hand: ATLAS_MAP_SHOTS=DIR writes the map in English and Arabic.
        const QString shots = qEnvironmentVariable("ATLAS_MAP_SHOTS");
        if (!shots.isEmpty()) {
            const QString name = u"%1/clusters-z%2"_s.arg(shots).arg(zoom);
            QVERIFY(m_view->quickWidget()->grabFramebuffer().save(name + u"-en.png"_s));
            m_document->setFormatter(Atlas::Formatter(Atlas::Language::Arabic, Atlas::DigitStyle::ArabicIndic));
            QCoreApplication::processEvents();
            QVERIFY(m_view->quickWidget()->grabFramebuffer().save(name + u"-ar.png"_s));
        }
    }
    void clusterSelectsItsEvents()
    {
        const QStringList places{u"al-tanf"_s, u"baghouz"_s};
        m_view->controller()->selectEventsAt(places);
        QCOMPARE(m_document->eventSelection()->selectedRows().size(), 4);
        QCOMPARE(m_document->eventSelection()->currentIndex().data(Atlas::EventModel::IdRole).toString(), u"e5"_s);
    }

    void timeWindowChangesCounts_data()
    {
        QTest::addColumn<QDate>("from");
        QTest::addColumn<QDate>("to");
        QTest::addColumn<int>("tanf");
        QTest::addColumn<int>("baghouz");

        QTest::newRow("all") << QDate() << QDate() << 3 << 1;
        QTest::newRow("2017") << QDate(2017, 1, 1) << QDate(2017, 12, 31) << 1 << 0;
        QTest::newRow("2019") << QDate(2019, 1, 1) << QDate(2019, 12, 31) << 1 << 1;
        QTest::newRow("2020 on") << QDate(2020, 1, 1) << QDate() << 0 << 0;
    }
    void timeWindowChangesCounts()
    {
        QFETCH(QDate, from);
        QFETCH(QDate, to);
        QFETCH(int, tanf);
        QFETCH(int, baghouz);
        m_document->filter()->setTimeWindow(from, to);
        QCOMPARE(countAt(u"al-tanf"_s), tanf);
        QCOMPARE(countAt(u"baghouz"_s), baghouz);
        // The marker's tooltip says the same.
        const QPointF at = positionOf(u"al-tanf"_s);
        QVERIFY(at.x() >= 0);
        QString tip;
        QMetaObject::invokeMethod(markerLayer(), "toolTipAt", qReturnArg(tip), at.x(), at.y());
        QVERIFY2(tip.contains(u"Al-Tanf"_s), qPrintable(tip));
        QCOMPARE(tip.contains(u"no events"_s), tanf == 0);
        QCOMPARE(m_view->controller()->noDataNote().isEmpty(), tanf + baghouz > 0 || from.year() < 2020);
    }

    void selectingAnEventSelectsItsPlaces()
    {
        QVERIFY(m_document->selectEvent(u"e4"_s));   // Mosul and Raqqa
        QTRY_COMPARE(m_view->controller()->selectedPlaceIds(), (QStringList{u"mosul"_s, u"raqqa"_s}));
        // The map panned so both places are in view.
        const QPointF mosul = positionOf(u"mosul"_s);
        const QPointF raqqa = positionOf(u"raqqa"_s);
        const QRectF visible(0, 0, markerLayer()->width(), markerLayer()->height());
        QVERIFY(visible.contains(mosul));
        QVERIFY(visible.contains(raqqa));
        m_view->zoomToSelection();
        QTRY_VERIFY(markerLayer()->zoomLevel() > 5.5);
    }

    // The base map's names (SYRIA, IRAQ) are a layer above the markers, following the map.
    void namesLayerAboveTheMarkers()
    {
        QQuickItem *root = m_view->rootItem();
        QVERIFY(root);
        const QList<QQuickItem *> layers = root->childItems();
        const auto names = std::find_if(layers.cbegin(), layers.cend(), [](QQuickItem *item) {
            return item->objectName() == u"baseMapLabels";
        });
        QVERIFY(names != layers.cend());
        const qsizetype markers = layers.indexOf(markerLayer());
        QVERIFY(markers >= 0);
        QVERIFY((*names)->z() > markerLayer()->z() || ((*names)->z() == markerLayer()->z() && names - layers.cbegin() > markers));
        QVERIFY((*names)->isVisible());
        m_view->controller()->requestView(QGeoCoordinate(34.5, 41.0), 6.3);
        QTRY_COMPARE((*names)->property("zoomLevel").toDouble(), 6.3);
    }

    void tapOnMarkerSelectsLatestEvent()
    {
        m_view->controller()->requestView(QGeoCoordinate(34.0, 39.5), 7.0);
        QTRY_COMPARE(markerLayer()->zoomLevel(), 7.0);
        const QPointF at = positionOf(u"al-tanf"_s);
        QVERIFY(at.x() >= 0);
        QTest::mouseClick(m_view->quickWidget(), Qt::LeftButton, {}, at.toPoint());
        QTRY_COMPARE(m_document->currentEventId(), u"e5"_s);
        QTRY_VERIFY(m_view->controller()->selectedPlaceIds().contains(u"al-tanf"_s));
    }

    void layersFollowTheMap()
    {
        // The painted layers use MapViewport; the QtLocation Map must put a coordinate at the
        // same pixel, or markers would drift off the OSM tiles.
        m_view->controller()->requestView(QGeoCoordinate(34.5, 41.0), 6.3);
        QTRY_COMPARE(markerLayer()->zoomLevel(), 6.3);
        QObject *map = m_view->rootItem()->property("map").value<QObject *>();
        QVERIFY(map);
        QPointF fromMap;
        QVERIFY(QMetaObject::invokeMethod(map, "fromCoordinate", qReturnArg(fromMap),
                                          QGeoCoordinate(36.34, 43.13), false));
        const Atlas::MapViewport viewport(QGeoCoordinate(34.5, 41.0), 6.3, markerLayer()->size());
        const QPointF mine = viewport.toScreen(QGeoCoordinate(36.34, 43.13));
        QVERIFY2(QLineF(fromMap, mine).length() < 1.0,
                 qPrintable(u"map %1,%2 vs layer %3,%4"_s.arg(fromMap.x()).arg(fromMap.y()).arg(mine.x()).arg(mine.y())));
    }

    void keyboardAndCursor()
    {
        m_view->controller()->requestView(QGeoCoordinate(34.0, 40.0), 6.0);
        QTRY_COMPARE(markerLayer()->zoomLevel(), 6.0);
        m_view->quickWidget()->setFocus();
        m_view->rootItem()->forceActiveFocus();
        QTest::keyClick(m_view->quickWidget(), Qt::Key_Plus);
        QTRY_COMPARE(markerLayer()->zoomLevel(), 7.0);
        QTest::keyClick(m_view->quickWidget(), Qt::Key_Minus);
        QTRY_COMPARE(markerLayer()->zoomLevel(), 6.0);
        const double longitudeBefore = markerLayer()->center().longitude();
        QTest::keyClick(m_view->quickWidget(), Qt::Key_Right);
        QTRY_VERIFY(markerLayer()->center().longitude() > longitudeBefore);

        QSignalSpy cursor(m_view.get(), &Atlas::MapView::cursorCoordinateChanged);
        m_view->controller()->reportView(QGeoCoordinate(33.5, 38.65), 6.0, 1000, 700);
        m_view->controller()->reportCursor(500, 350, 1000, 700);
        QCOMPARE(cursor.size(), 1);
        QCOMPARE(cursor.first().first().toString(), u"33.5° N, 38.65° E"_s);
        m_view->controller()->reportView(QGeoCoordinate(-12.25, -77.5), 6.0, 1000, 700);
        m_view->controller()->reportCursor(500, 350, 1000, 700);
        QCOMPARE(cursor.last().first().toString(), u"12.25° S, 77.5° W"_s);
    }

    // Filter to Map View keeps the events with a place in what the map shows and follows the
    // map once it rests; clearing the filter elsewhere unchecks it.
    void filterToMapView()
    {
        QAction *action = m_view->filterToViewAction();
        QVERIFY(action->isCheckable());
        m_view->controller()->requestView(QGeoCoordinate(33.5, 38.6), 9.0); // Al-Tanf alone
        QTRY_COMPARE(markerLayer()->zoomLevel(), 9.0);
        action->setChecked(true);
        const Atlas::GeoExtent extent = m_document->filter()->state().extent();
        QVERIFY(!extent.isEmpty());
        QVERIFY(extent.contains(33.50583, 38.61778));
        QVERIFY(!extent.contains(34.45861, 40.95056));
        QCOMPARE(m_document->eventFilterModel()->rowCount(), 3); // e1, e2, e5 at Al-Tanf

        m_view->controller()->requestView(QGeoCoordinate(34.46, 40.95), 9.0); // Baghouz alone
        QTRY_COMPARE(m_document->eventFilterModel()->rowCount(), 1);
        QVERIFY(m_document->filter()->state().extent().contains(34.45861, 40.95056));

        m_document->filter()->clear();
        QVERIFY(!action->isChecked());
        QCOMPARE(m_document->eventFilterModel()->rowCount(), 6);
        m_view->controller()->requestView(QGeoCoordinate(33.5, 38.6), 9.0);
        QTest::qWait(400);
        QVERIFY2(m_document->filter()->state().extent().isEmpty(), "an unchecked action leaves the filter alone");
    }

    void onlineTilesSwitch()
    {
        QCOMPARE(m_view->onlineTiles(), false);
        QVERIFY(m_view->controller()->attribution().contains(u"Natural Earth"_s));
        m_view->setOnlineTiles(true);
        QVERIFY(m_view->controller()->attribution().contains(u"© OpenStreetMap contributors"_s));
        QTRY_VERIFY(m_view->rootItem()->property("map").value<QObject *>());
        m_view->setOnlineTiles(false);
        QVERIFY(!m_view->controller()->attribution().contains(u"OpenStreetMap"_s));
    }

private:
    std::unique_ptr<Atlas::AtlasDocument> m_document;
    std::unique_ptr<Atlas::MapView> m_view;
};

QTEST_MAIN(TestMapView)
#include "tst_mapview.moc"
