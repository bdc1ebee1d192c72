// SPDX-License-Identifier: GPL-3.0-or-later
#include "basemap.h"
#include "basemaprenderer.h"
#include "mappainter.h"
#include "mapscene.h"
#include "mapviewport.h"
#include "markerpainter.h"

#include <QImage>
#include <QLineF>
#include <QPainter>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using Atlas::BaseMap;

Q_DECLARE_METATYPE(Atlas::Language)

namespace {

// Whether a coordinate falls on land at a level, by the odd-even rule the renderer fills with.
bool onLand(const BaseMap &map, int level, double lat, double lon)
{
    const QPointF p = Atlas::MapViewport::project(lat, lon);
    bool inside = false;
    for (const BaseMap::Layer &layer : map.layers()) {
        if (layer.type != BaseMap::LayerType::Land || layer.level != level)
            continue;
        for (const BaseMap::Feature &feature : layer.features) {
            for (const QPolygonF &ring : feature.parts) {
                if (ring.containsPoint(p, Qt::OddEvenFill))
                    inside = !inside;
            }
        }
    }
    return inside;
}

const BaseMap::Label &syriaLabel()
{
    const BaseMap &map = BaseMap::bundled();
    for (const BaseMap::Label &label : map.labels()) {
        if (label.kind == BaseMap::Label::Kind::Country && map.name(label.name).en == u"Syria")
            return label;
    }
    qFatal("the base map names Syria");
}

} // namespace

class TestMapBaseMap : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void bundledLoads()
    {
        const BaseMap &map = BaseMap::bundled();
        QVERIFY(!map.isNull());
        QCOMPARE(map.levels().size(), 3);
        QVERIFY(map.attribution().contains(u"Made with Natural Earth"_s));
        QVERIFY(map.attribution().contains(u"naturalearthdata.com"_s));
        // The metadata names the packages and versions it was made from.
        QVERIFY(map.sources().join(u'\n').contains(u"world-atlas@2.0.2"_s));
        QVERIFY(map.sources().join(u'\n').contains(u"marble-qt-data"_s));
    }

    void coversTheRegion()
    {
        const QRectF bounds = BaseMap::bundled().geographicBounds();
        QVERIFY(bounds.left() <= 30 && bounds.right() >= 52);
        QVERIFY(bounds.top() <= 28 && bounds.bottom() >= 42);
        const QRectF region(Atlas::MapViewport::project(42, 30), Atlas::MapViewport::project(28, 52));
        for (const BaseMap::Level &level : BaseMap::bundled().levels())
            QVERIFY2(level.world.contains(region), qPrintable(level.name));
    }

    void landAndSea_data()
    {
        QTest::addColumn<int>("level");
        QTest::addColumn<double>("lat");
        QTest::addColumn<double>("lon");
        QTest::addColumn<bool>("land");

        for (int level = 0; level < 3; ++level) {
            QTest::addRow("level %d Deir ez-Zor", level) << level << 35.33 << 40.14 << true;
            QTest::addRow("level %d Al-Tanf", level) << level << 33.5 << 38.62 << true;
            QTest::addRow("level %d Baghdad", level) << level << 33.31 << 44.36 << true;
            QTest::addRow("level %d Tehran", level) << level << 35.7 << 51.4 << true;
            QTest::addRow("level %d Riyadh edge of region", level) << level << 28.5 << 46.0 << true;
            QTest::addRow("level %d east Mediterranean", level) << level << 34.0 << 33.0 << false;
            QTest::addRow("level %d the Gulf", level) << level << 27.5 << 51.0 << false;
            QTest::addRow("level %d Caspian", level) << level << 41.0 << 51.0 << false;
        }
    }
    void landAndSea()
    {
        QFETCH(int, level);
        QFETCH(double, lat);
        QFETCH(double, lon);
        QFETCH(bool, land);
        QCOMPARE(onLand(BaseMap::bundled(), level, lat, lon), land);
    }

    void layersAtEveryLevel()
    {
        const BaseMap &map = BaseMap::bundled();
        for (int level = 0; level < 3; ++level) {
            for (auto type : {BaseMap::LayerType::Land, BaseMap::LayerType::Coastline, BaseMap::LayerType::Border}) {
                bool found = false;
                for (const BaseMap::Layer &layer : map.layers())
                    found = found || (layer.type == type && layer.level == level && !layer.features.isEmpty());
                QVERIFY2(found, qPrintable(u"layer %1 level %2"_s.arg(int(type)).arg(level)));
            }
        }
        QCOMPARE(map.levelForZoom(3), 0);
        QCOMPARE(map.levelForZoom(5.5), 1);
        QCOMPARE(map.levelForZoom(9), 2);
        // Where the detailed level stops, a coarser one takes over rather than leaving sea.
        const Atlas::MapViewport home(QGeoCoordinate(34, 41), 7.0, QSizeF(800, 600));
        QCOMPARE(map.levelFor(7.0, home.visibleWorld()), 2);
        const Atlas::MapViewport east(QGeoCoordinate(40, 62), 7.0, QSizeF(800, 600));
        QCOMPARE(map.levelFor(7.0, east.visibleWorld()), 1);
        const Atlas::MapViewport wide(QGeoCoordinate(35, 41), 4.6, QSizeF(2400, 1400));
        QCOMPARE(map.levelFor(4.6, wide.visibleWorld()), 0);
    }

    void riversAndLakes()
    {
        const BaseMap &map = BaseMap::bundled();
        const QStringList rivers = map.featureNames(BaseMap::LayerType::River);
        QVERIFY2(rivers.contains(u"Euphrates"_s), qPrintable(rivers.join(u", ")));
        QVERIFY(rivers.contains(u"Tigris"_s));
        // Natural Earth 1:50m has no Khabur; it is not named from thin air.
        QVERIFY(!rivers.contains(u"Khabur"_s));
        const QStringList lakes = map.featureNames(BaseMap::LayerType::Lake);
        QVERIFY2(lakes.contains(u"Lake Tharthar"_s), qPrintable(lakes.join(u", ")));
        QVERIFY(lakes.contains(u"Lake Van"_s));
        bool euphratesLabel = false;
        for (const BaseMap::Label &label : map.labels())
            euphratesLabel = euphratesLabel || map.name(label.name).ar == u"الفرات"_s;
        QVERIFY(euphratesLabel);
    }

    void rendersLandAndSea_data()
    {
        QTest::addColumn<double>("zoom");
        QTest::newRow("overview") << 4.0;
        QTest::newRow("theatre") << 6.0;
        QTest::newRow("close") << 9.0;
    }
    void rendersLandAndSea()
    {
        QFETCH(double, zoom);
        const Atlas::MapViewport viewport(QGeoCoordinate(34.0, 35.95), zoom, QSizeF(600, 300));
        QImage image(600, 300, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::black);
        {
            QPainter painter(&image);
            Atlas::BaseMapRenderer renderer;
            renderer.setLabelsVisible(false);
            renderer.paint(&painter, viewport);
        }
        const QPoint sea = viewport.toScreen(QGeoCoordinate(34.0, 35.3)).toPoint();   // off Tripoli
        const QPoint land = viewport.toScreen(QGeoCoordinate(34.0, 36.6)).toPoint();  // Homs countryside
        QVERIFY(image.rect().contains(sea) && image.rect().contains(land));
        QCOMPARE(image.pixelColor(sea), Atlas::BaseMapRenderer::seaColor());
        QVERIFY(image.pixelColor(land) != Atlas::BaseMapRenderer::seaColor());
        QVERIFY(image.pixelColor(land).lightness() > 200);
    }

    // A country's name whose place is in view is drawn whole inside the view, moved in from the
    // edge, never cut by it (as after panning to a selection near a border).
    void namesStayWholeInsideTheView_data()
    {
        QTest::addColumn<Atlas::Language>("language");
        QTest::addColumn<QPointF>("anchorAt");   // where Syria's label point lands on an 800 × 600 view
        for (const auto language : {Atlas::Language::English, Atlas::Language::Arabic}) {
            const char *name = language == Atlas::Language::English ? "en" : "ar";
            QTest::addRow("%s left edge", name) << language << QPointF(6, 300);
            QTest::addRow("%s right edge", name) << language << QPointF(794, 300);
            QTest::addRow("%s top edge", name) << language << QPointF(400, 3);
            QTest::addRow("%s bottom corner", name) << language << QPointF(790, 596);
            QTest::addRow("%s middle", name) << language << QPointF(400, 300);
        }
    }
    void namesStayWholeInsideTheView()
    {
        QFETCH(Atlas::Language, language);
        QFETCH(QPointF, anchorAt);
        const BaseMap::Label &label = syriaLabel();
        const QSizeF size(800, 600);
        const double zoom = std::max(6.0, label.minZoom);
        const Atlas::MapViewport probe(QGeoCoordinate(label.latitude, label.longitude), zoom, size);
        // The centre that puts the label's point at anchorAt.
        const QPointF world = Atlas::MapViewport::project(label.latitude, label.longitude)
            - (anchorAt - QPointF(size.width() / 2, size.height() / 2)) / probe.worldSize();
        const Atlas::MapViewport viewport(Atlas::MapViewport::unproject(world), zoom, size);
        QVERIFY(std::abs(viewport.toScreen(QGeoCoordinate(label.latitude, label.longitude)).x() - anchorAt.x()) < 0.5);

        Atlas::BaseMapRenderer renderer;
        renderer.setLanguage(language);
        const QList<Atlas::BaseMapRenderer::PlacedLabel> names = renderer.labelPlacements(viewport, QFont());
        const QRectF screen(QPointF(0, 0), size);
        for (const Atlas::BaseMapRenderer::PlacedLabel &name : names)
            QVERIFY2(screen.contains(name.rect), qPrintable(name.text));
        const QString syria = language == Atlas::Language::English ? u"SYRIA"_s
                                                                  : BaseMap::bundled().name(label.name).text(language);
        QVERIFY2(std::any_of(names.cbegin(), names.cend(), [&](const auto &name) { return name.text == syria; }),
                 qPrintable(syria));
    }

    // Country names are drawn above the place markers: over a marker's disc the name shows
    // (it is what differs from the marker drawn alone there), in exports as in the view.
    void namesAboveMarkers_data()
    {
        QTest::addColumn<Atlas::Language>("language");
        QTest::newRow("en") << Atlas::Language::English;
        QTest::newRow("ar") << Atlas::Language::Arabic;
    }
    void namesAboveMarkers()
    {
        QFETCH(Atlas::Language, language);
        const BaseMap::Label &label = syriaLabel();
        Atlas::MapScene scene;
        Atlas::PlaceMarker marker;
        marker.placeId = u"p"_s;
        marker.coordinate = QGeoCoordinate(label.latitude, label.longitude);
        marker.kind = u"city"_s;
        marker.name = u"Palmyra"_s;
        marker.eventCount = 60;
        marker.pinned = true;
        scene.markers = {marker};
        Atlas::Formatter formatter(language);
        const Atlas::MapPainter painter(scene, formatter);
        Atlas::MapPaintOptions options;
        options.maxZoom = std::max(6.0, label.minZoom);
        options.scaleBar = false;
        options.attribution = false;

        QImage whole(900, 700, QImage::Format_ARGB32_Premultiplied);
        whole.fill(Qt::white);
        Atlas::MapViewport viewport;
        {
            QPainter p(&whole);
            viewport = painter.paint(&p, QRectF(0, 0, 900, 700), options);
        }
        // The same map with the marker alone on top: the order the names used to be under.
        QImage under(whole.size(), QImage::Format_ARGB32_Premultiplied);
        under.fill(Qt::white);
        {
            QPainter p(&under);
            p.setRenderHint(QPainter::Antialiasing, true);
            p.setFont(options.font);
            Atlas::BaseMapRenderer base;
            base.setLanguage(language);
            base.setLabelsVisible(false);
            base.paint(&p, viewport);
            painter.paintMarkers(&p, viewport);
        }
        const QPointF centre = viewport.toScreen(marker.coordinate);
        const double radius = Atlas::MarkerLayout::symbolRadius(marker.eventCount, false) - 2;
        int differing = 0;
        int inDisc = 0;
        for (int y = int(centre.y() - radius); y <= int(centre.y() + radius); ++y) {
            for (int x = int(centre.x() - radius); x <= int(centre.x() + radius); ++x) {
                if (QLineF(centre, QPointF(x, y)).length() > radius)
                    continue;
                ++inDisc;
                differing += whole.pixel(x, y) != under.pixel(x, y);
            }
        }
        QVERIFY(inDisc > 100);
        QVERIFY2(differing > inDisc / 20, qPrintable(u"%1 of %2 pixels"_s.arg(differing).arg(inDisc)));
    }

    void rejectsDamagedFiles_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("message");

        QTest::newRow("empty") << QByteArray() << u"not a Coalition Atlas base map file"_s;
        QTest::newRow("wrong magic") << QByteArray("PNG!\x01\0\0\0", 8) << u"not a Coalition Atlas base map file"_s;
        QTest::newRow("future version") << QByteArray("CABM\x09\0\0\0", 8) << u"format version 9"_s;
        QTest::newRow("truncated metadata") << QByteArray("CABM\x01\0\0\0\xff\0\0\0{", 13) << u"ends inside the metadata"_s;
        // Nine million features in a file of 50 bytes: refused before anything is allocated for them.
        const QByteArray meta = "{\"coordinateScale\":1}";
        QByteArray counted = QByteArray("CABM\x01\0\0\0", 8) + char(meta.size()) + QByteArray(3, '\0') + meta
            + QByteArray("\x01\0\0\0\x01\0\0\0", 8) + QByteArray("\x40\x54\x89\0", 4);
        QTest::newRow("count larger than the file") << counted << u": layer 0 is damaged"_s;
    }
    void rejectsDamagedFiles()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, message);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"خريطة.cabm"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(bytes);
        file.close();
        BaseMap map;
        QString error;
        QVERIFY(!map.load(path, &error));
        QVERIFY(map.isNull());
        QVERIFY2(error.contains(message), qPrintable(error));
        QVERIFY(error.contains(path));
    }

    void truncatedRealFileFails()
    {
        QFile bundled(BaseMap::bundledPath());
        QVERIFY(bundled.open(QIODevice::ReadOnly));
        const QByteArray bytes = bundled.readAll();
        QTemporaryDir dir;
        const QString path = dir.filePath(u"cut.cabm"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(bytes.left(bytes.size() - 1000));
        file.close();
        BaseMap map;
        QString error;
        QVERIFY(!map.load(path, &error));
        QVERIFY(!error.isEmpty());
    }
};

QTEST_MAIN(TestMapBaseMap)
#include "tst_mapbasemap.moc"
