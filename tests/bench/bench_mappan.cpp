// SPDX-License-Identifier: GPL-3.0-or-later
// Frame time of the map while panning: the base map plus 10 000 synthetic place markers with
// their events, laid out and painted into a 1600×1000 QImage at three zoom levels (target: under
// 16 ms a frame), and the whole QQuickWidget scene grabbed under the software renderer.
// Run by hand: QT_QPA_PLATFORM=offscreen bench_mappan [-iterations N]
//              bench_mappan --shots DIR   (also writes screenshots of the bundled dataset to DIR)
#include "atlasdocument.h"
#include "basemaprenderer.h"
#include "documentloader.h"
#include "mapcontroller.h"
#include "mapexporter.h"
#include "mapview.h"
#include "mapviewport.h"
#include "markerlayout.h"
#include "markerpainter.h"
#include "placemarker.h"

#include <QApplication>
#include <QDir>
#include <QImage>
#include <QPainter>
#include <QQuickItem>
#include <QQuickWidget>
#include <QRandomGenerator>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Atlas;

namespace {

constexpr int MarkerCount = 10000;
const QSize FrameSize(1600, 1000);

// 10 000 markers scattered over the theatre (29–37.5° N, 36–48° E), denser along the Euphrates,
// each with 0–5 events, with the kinds and name lengths of the real data.
QList<PlaceMarker> syntheticMarkers()
{
    QRandomGenerator random(20240927);
    const QStringList kinds{u"base"_s, u"city"_s, u"town"_s, u"province"_s, u"road"_s, u"facility"_s};
    const QStringList names{u"Al-Tanf"_s, u"Baghouz"_s, u"Qasrak"_s, u"Camp Taji"_s, u"Deir ez-Zor"_s, u"Hasakah"_s};
    QList<PlaceMarker> markers;
    markers.reserve(MarkerCount);
    for (int i = 0; i < MarkerCount; ++i) {
        PlaceMarker marker;
        marker.placeId = u"p%1"_s.arg(i);
        const bool river = i % 3 == 0;
        const double t = random.generateDouble();
        const double lat = river ? 36.5 - 5.5 * t + random.bounded(0.3) : 29.0 + random.bounded(8.5);
        const double lon = river ? 38.0 + 9.0 * t + random.bounded(0.3) : 36.0 + random.bounded(12.0);
        marker.coordinate = QGeoCoordinate(lat, lon);
        marker.kind = kinds.at(i % kinds.size());
        marker.name = names.at(i % names.size()) + u' ' + QString::number(i);
        marker.eventCount = int(random.bounded(6));
        markers.append(marker);
    }
    return markers;
}

Dataset syntheticDataset()
{
    Dataset dataset;
    dataset.schema = 1;
    int eventNumber = 0;
    for (const PlaceMarker &marker : syntheticMarkers()) {
        Place place;
        place.id = marker.placeId;
        place.name = {marker.name, marker.name};
        place.kind = marker.kind;
        place.country = u"SY"_s;
        place.lat = marker.coordinate.latitude();
        place.lon = marker.coordinate.longitude();
        dataset.places.append(place);
        if (eventNumber < MarkerCount) {
            Event event;
            event.id = u"e%1"_s.arg(eventNumber++);
            event.date.start = QDate(2014, 1, 1).addDays(eventNumber % 3650);
            event.category = u"strike"_s;
            event.title = {event.id, event.id};
            event.placeIds = {place.id};
            dataset.events.append(event);
        }
    }
    dataset.buildIndex();
    return dataset;
}

bool writeShots(const QString &directory)
{
    QDir().mkpath(directory);
    AtlasDocument document;
    QStringList errors;
    if (!loadDocument(document, AtlasDocument::bundledDatasetPath(), &errors)) {
        qWarning("%s", qPrintable(errors.join(u'\n')));
        return false;
    }
    bool ok = true;
    QString error;
    for (const auto &[language, suffix] : {std::pair{Language::English, u"en"_s}, std::pair{Language::Arabic, u"ar"_s}}) {
        document.setLanguage(language);
        MapExportOptions options;
        options.fileName = directory + u"/export-region-"_s + suffix + u".png"_s;
        ok = exportMap(document, options, &error) && ok;
        options.fileName = directory + u"/export-region-"_s + suffix + u".pdf"_s;
        ok = exportMap(document, options, &error) && ok;
        options.fileName = directory + u"/export-2017-"_s + suffix + u".svg"_s;
        options.filter.setTimeWindow(QDate(2017, 1, 1), QDate(2017, 12, 31));
        ok = exportMap(document, options, &error) && ok;
    }
    document.setLanguage(Language::English);

    MapView view(&document);
    view.resize(1400, 900);
    view.show();
    if (!QTest::qWaitForWindowExposed(&view))
        return false;
    view.fitAllPlaces();
    QTest::qWait(200);
    view.quickWidget()->grabFramebuffer().save(directory + u"/view-theatre.png"_s);
    view.controller()->requestView(QGeoCoordinate(35.0, 41.0), 5.0);   // 28–42° N, 30–52° E
    QTest::qWait(200);
    view.quickWidget()->grabFramebuffer().save(directory + u"/view-region.png"_s);
    view.controller()->requestView(QGeoCoordinate(33.6, 38.9), 8.5);   // around Al-Tanf
    QTest::qWait(200);
    view.quickWidget()->grabFramebuffer().save(directory + u"/view-al-tanf.png"_s);
    document.selectEvent(document.dataset().events.constLast().id);
    QTest::qWait(200);
    view.quickWidget()->grabFramebuffer().save(directory + u"/view-selected.png"_s);
    document.setLanguage(Language::Arabic);
    view.fitAllPlaces();
    QTest::qWait(200);
    view.quickWidget()->grabFramebuffer().save(directory + u"/view-region-ar.png"_s);
    if (!ok)
        qWarning("%s", qPrintable(error));
    return ok;
}

} // namespace

class BenchMapPan : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void paintFrame_data()
    {
        QTest::addColumn<double>("zoom");
        QTest::addColumn<bool>("withMarkers");
        QTest::addColumn<bool>("cached");
        for (const double zoom : {5.0, 7.0, 9.0}) {
            QTest::addRow("zoom %g, base map repainted", zoom) << zoom << false << false;
            QTest::addRow("zoom %g, base map cached", zoom) << zoom << false << true;
            QTest::addRow("zoom %g, base map cached + 10000 markers", zoom) << zoom << true << true;
        }
    }
    // One frame of a pan: move the centre by 12 px, lay the markers out, paint everything. "cached"
    // is what BaseMapLayer does: the base map image is repainted only when the pan leaves its
    // margin (about one frame in 27 here), so the mean includes those repaints.
    void paintFrame()
    {
        QFETCH(double, zoom);
        QFETCH(bool, withMarkers);
        QFETCH(bool, cached);
        const QList<PlaceMarker> markers = withMarkers ? syntheticMarkers() : QList<PlaceMarker>();
        QImage frame(FrameSize, QImage::Format_ARGB32_Premultiplied);
        BaseMapRenderer renderer;
        BaseMapImageCache cache(renderer);
        const QFont font = MarkerPainter::defaultLabelFont();
        const Formatter formatter;
        MapViewport viewport(QGeoCoordinate(34.0, 41.0), zoom, QSizeF(FrameSize));
        int step = 0;
        QBENCHMARK {
            viewport = MapViewport(viewport.toCoordinate(QPointF(FrameSize.width() / 2.0 + ((step++ / 40) % 2 ? -12 : 12),
                                                                 FrameSize.height() / 2.0)),
                                   zoom, QSizeF(FrameSize));
            QPainter painter(&frame);
            if (cached)
                cache.paint(&painter, viewport);
            else
                renderer.paint(&painter, viewport);
            if (withMarkers) {
                const auto clusters = MarkerLayout::layout(markers, viewport, font, Qt::LeftToRight);
                MarkerPainter::paint(&painter, markers, clusters, font, formatter);
            }
        }
    }

    void layoutOnly_data()
    {
        QTest::addColumn<double>("zoom");
        for (const double zoom : {5.0, 7.0, 9.0})
            QTest::addRow("zoom %g", zoom) << zoom;
    }
    // MarkerLayout alone (clusters and names for 10 000 markers), without painting.
    void layoutOnly()
    {
        QFETCH(double, zoom);
        const QList<PlaceMarker> markers = syntheticMarkers();
        const MapViewport viewport(QGeoCoordinate(34.0, 41.0), zoom, QSizeF(FrameSize));
        const QFont font = MarkerPainter::defaultLabelFont();
        int clusters = 0;
        QBENCHMARK {
            clusters = int(MarkerLayout::layout(markers, viewport, font, Qt::LeftToRight).size());
        }
        QVERIFY(clusters > 0);
    }

    void grabQuickWidget_data()
    {
        QTest::addColumn<double>("zoom");
        for (const double zoom : {5.0, 7.0, 9.0})
            QTest::addRow("zoom %g", zoom) << zoom;
    }
    // The whole scene (base map, Map, markers, overlays) rendered by the software scene graph and
    // read back, after a 12 px pan: an upper bound of what a frame costs on screen.
    void grabQuickWidget()
    {
        QFETCH(double, zoom);
        AtlasDocument document;
        document.setDataset(syntheticDataset(), u"synthetic"_s, QString());
        MapView view(&document);
        view.resize(FrameSize);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QVERIFY(view.errorText().isEmpty());
        QGeoCoordinate center(34.0, 41.0);
        int step = 0;
        QBENCHMARK {
            center = MapViewport(center, zoom, QSizeF(FrameSize))
                         .toCoordinate(QPointF(FrameSize.width() / 2.0 + ((step++ / 40) % 2 ? -12 : 12), FrameSize.height() / 2.0));
            view.controller()->requestView(center, zoom);
            const QImage image = view.quickWidget()->grabFramebuffer();
            QVERIFY(!image.isNull());
        }
    }
};

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QStringList arguments = app.arguments();
    const qsizetype shots = arguments.indexOf(u"--shots"_s);
    if (shots >= 0) {
        if (shots + 1 >= arguments.size()) {
            qWarning("--shots needs a directory");
            return 2;
        }
        return writeShots(arguments.at(shots + 1)) ? 0 : 1;
    }
    BenchMapPan bench;
    return QTest::qExec(&bench, arguments);
}

#include "bench_mappan.moc"
