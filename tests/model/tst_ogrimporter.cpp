// SPDX-License-Identifier: GPL-3.0-or-later
// OgrImporter: GeoJSON and KML fixtures feature by feature (points, other geometries, no
// geometry, swapped and projected coordinates, impossible dates, duplicates), reprojection from
// EPSG:3857, KML TimeStamp/TimeSpan, files GDAL cannot read, and ImportJob's re-import.
#include "collectingsink.h"
#include "importjob.h"
#include "ogrimporter.h"
#include "projectfile.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Atlas;
using namespace Qt::StringLiterals;

namespace {

const QString Data = QStringLiteral(ATLAS_IMPORT_DATA);

using AtlasTest::CollectingSink;

ImportReport importFile(const QString &name, CollectingSink *sink)
{
    ImportOptions options;
    options.today = QDate(2026, 1, 2);
    return OgrImporter().run(Data + u'/' + name, *sink, options);
}

QString fieldOf(const Provenance &origin, const QString &name)
{
    for (const auto &[field, value] : origin.fields) {
        if (field == name)
            return value;
    }
    return u"(absent)"_s;
}

} // namespace

class TestOgrImporter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void geojsonFeatures_data()
    {
        QTest::addColumn<qint64>("feature");
        QTest::addColumn<QString>("column");    // empty: imported
        QTest::addColumn<QString>("reason");
        QTest::newRow("point") << qint64(1) << QString() << QString();
        QTest::newRow("point with z, range") << qint64(2) << QString() << QString();
        QTest::newRow("line string") << qint64(3) << u"geometry"_s << u"a line string, not a point"_s;
        QTest::newRow("no geometry") << qint64(4) << u"geometry"_s << u"no geometry"_s;
        QTest::newRow("swapped") << qint64(5) << u"geometry"_s << u"look swapped"_s;
        QTest::newRow("june 31") << qint64(6) << u"date"_s << u"does not exist"_s;
        QTest::newRow("duplicate id") << qint64(7) << u"event_id"_s << u"the same id is on line 1"_s;
        QTest::newRow("unknown category") << qint64(8) << u"category"_s << u"\"categories\" table"_s;
        QTest::newRow("negative deaths") << qint64(9) << u"deaths"_s << u"not a count of people"_s;
    }
    void geojsonFeatures()
    {
        QFETCH(qint64, feature);
        QFETCH(QString, column);
        QFETCH(QString, reason);
        CollectingSink sink;
        const ImportReport report = importFile(u"strikes.geojson"_s, &sink);
        QVERIFY2(report.error.isEmpty(), qPrintable(report.error));
        QCOMPARE(report.format, u"geojson"_s);
        QCOMPARE(report.rows, 9);
        const auto reject = std::find_if(report.rejects.cbegin(), report.rejects.cend(),
                                         [&](const ImportReject &r) { return r.line == feature; });
        if (column.isEmpty()) {
            QVERIFY2(reject == report.rejects.cend(), reject == report.rejects.cend() ? "" : qPrintable(reject->reason));
            QVERIFY(std::any_of(sink.events.cbegin(), sink.events.cend(), [&](const Event &e) { return e.origin.row == feature; }));
        } else {
            QVERIFY(reject != report.rejects.cend());
            QCOMPARE(reject->column, column);
            QVERIFY2(reject->reason.contains(reason), qPrintable(reject->reason));
        }
    }

    void geojsonRecords()
    {
        CollectingSink sink;
        const ImportReport report = importFile(u"strikes.geojson"_s, &sink);
        QCOMPARE(report.imported, 2);
        QCOMPARE(sink.events.size(), 2);
        const Event &strike = sink.events.at(0);
        QCOMPARE(strike.id, u"strikes-s-1"_s);
        QCOMPARE(strike.category, u"strike"_s);
        QCOMPARE(strike.date.start, QDate(2017, 6, 6));
        QVERIFY(!strike.date.isRange());
        QCOMPARE(strike.title.en, u"Coalition strike on Raqqa"_s);
        QCOMPARE(strike.summary.en, u"Coalition aircraft struck positions in Raqqa."_s);
        QCOMPARE(strike.actorIds.size(), 2);
        QCOMPARE(strike.fatalities.best, std::optional<double>(4));
        QCOMPARE(strike.citations.first().outlet, u"CENTCOM"_s);
        QCOMPARE(strike.origin.file, u"strikes.geojson"_s);
        QCOMPARE(strike.origin.row, 1);
        QCOMPARE(strike.origin.recordId, u"S-1"_s);
        QCOMPARE(fieldOf(strike.origin, u"deaths"_s), u"4"_s);
        QCOMPARE(fieldOf(strike.origin, u"geometry"_s), u"POINT (39.0079 35.9528)"_s);
        const Place &raqqa = sink.place(strike);
        QCOMPARE(raqqa.lat, 35.9528);
        QCOMPARE(raqqa.lon, 39.0079);
        QCOMPARE(raqqa.country, u"SY"_s);
        QVERIFY(raqqa.theatre);

        const Event &mosul = sink.events.at(1);
        QCOMPARE(mosul.category, u"military_operation"_s);
        QCOMPARE(mosul.date.start, QDate(2017, 7, 9));
        QCOMPARE(mosul.date.end, QDate(2017, 7, 10));
        QVERIFY(!mosul.fatalities.best);
        QCOMPARE(sink.place(mosul).lat, 36.335);

        QCOMPARE(sink.sources.size(), 1);
        QCOMPARE(sink.sources.first().id, u"import-strikes"_s);
        QCOMPARE(sink.sources.first().importRows, 9);
    }

    void reprojects()
    {
        CollectingSink sink;
        const ImportReport report = importFile(u"strikes-3857.geojson"_s, &sink);
        QVERIFY2(report.error.isEmpty(), qPrintable(report.error));
        QCOMPARE(report.rejects.size(), 0);
        QCOMPARE(sink.events.size(), 1);
        const Place &place = sink.place(sink.events.first());
        QVERIFY2(qAbs(place.lat - 35.9528) < 1e-3, qPrintable(QString::number(place.lat)));
        QVERIFY2(qAbs(place.lon - 39.0079) < 1e-3, qPrintable(QString::number(place.lon)));
        QCOMPARE(sink.events.first().date.start, QDate(2017, 6, 6)); // 06/06/2017, day first
        QCOMPARE(fieldOf(sink.events.first().origin, u"geometry"_s), u"POINT (4342339.56 4294128.67)"_s);
        QCOMPARE(sink.events.first().origin.recordId, u"0"_s); // the feature id GDAL gives it
    }

    void badFiles_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("error");       // the file fails as a whole, or
        QTest::addColumn<QString>("reject");      // its one feature is rejected
        QTest::newRow("not a vector file") << u"notvector.geojson"_s << u"is not a vector file GDAL can read"_s << QString();
        QTest::newRow("truncated") << u"truncated.geojson"_s << u"is not a vector file GDAL can read"_s << QString();
        QTest::newRow("missing") << u"no-such-file.geojson"_s << u"does not exist"_s << QString();
        QTest::newRow("projected without a crs") << u"strikes-nocrs-projected.geojson"_s << QString() << u"outside [-90, 90]"_s;
        QTest::newRow("csv without a date") << u"mapped.csv"_s << u"no field is the date"_s << QString();
    }
    void badFiles()
    {
        QFETCH(QString, file);
        QFETCH(QString, error);
        QFETCH(QString, reject);
        CollectingSink sink;
        const ImportReport report = importFile(file, &sink);
        if (!error.isEmpty()) {
            QVERIFY2(report.error.contains(error), qPrintable(report.error));
            QVERIFY2(report.error.contains(file), qPrintable(report.error));
            QVERIFY(sink.events.isEmpty());
        } else {
            QVERIFY2(report.error.isEmpty(), qPrintable(report.error));
            QCOMPARE(report.rejects.size(), 1);
            QVERIFY2(report.rejects.first().reason.contains(reject), qPrintable(report.rejects.first().reason));
        }
    }

    void kml()
    {
        CollectingSink sink;
        const ImportReport report = importFile(u"events.kml"_s, &sink);
        QVERIFY2(report.error.isEmpty(), qPrintable(report.error));
        QCOMPARE(report.format, u"kml"_s);
        QCOMPARE(report.rows, 5);
        QCOMPARE(report.rejects.size(), 2);
        QCOMPARE(report.rejects.at(0).line, 3);
        QVERIFY(report.rejects.at(0).reason.contains(u"a line string, not a point"_s));
        QCOMPARE(report.rejects.at(1).line, 4);
        QCOMPARE(report.rejects.at(1).column, u"timestamp"_s);
        QVERIFY(report.rejects.at(1).reason.contains(u"empty; a date is required"_s));
        QCOMPARE(sink.events.size(), 3);
        QCOMPARE(sink.events.at(0).title.en, u"Kobani siege lifted"_s);
        QCOMPARE(sink.events.at(0).date.start, QDate(2015, 1, 26));       // TimeStamp
        QCOMPARE(sink.events.at(0).origin.recordId, u"Syria/1"_s);
        QCOMPARE(sink.events.at(1).date.start, QDate(2017, 6, 6));        // TimeSpan
        QCOMPARE(sink.events.at(1).date.end, QDate(2017, 10, 17));
        QCOMPARE(sink.events.at(2).title.en, u"الموصل"_s);
        QCOMPARE(sink.events.at(2).date.start, QDate(2017, 7, 10));
        QCOMPARE(sink.events.at(2).origin.recordId, u"Iraq/2"_s);
        QCOMPARE(sink.place(sink.events.at(2)).name.en, u"الموصل"_s);
    }

    void mapping()
    {
        QString error;
        const std::optional<ImportMapping> mapping = ImportMapping::fromJson(R"({
            "id": "event_id", "date": "date", "title": "name", "category": "category",
            "categories": { "PICNIC": "protest", "strike": "attack" }, "actors": ["actor"],
            "fatalities": "deaths", "coord_precision": "approximate" })"_ba, &error);
        QVERIFY2(mapping, qPrintable(error));
        CollectingSink sink;
        ImportOptions options;
        const ImportReport report = OgrImporter().run(Data + u"/strikes.geojson"_s, sink, options, mapping);
        QVERIFY2(report.error.isEmpty(), qPrintable(report.error));
        // The category table, folded, takes Picnic and overrides strike; summary and country are not mapped.
        const auto event = std::find_if(sink.events.cbegin(), sink.events.cend(), [](const Event &e) { return e.origin.recordId == u"S-8"_s; });
        QVERIFY(event != sink.events.cend());
        QCOMPARE(event->category, u"protest"_s);
        QCOMPARE(sink.events.first().category, u"attack"_s);
        QCOMPARE(sink.events.first().summary.en, u"Coalition strike on Raqqa"_s);
        QCOMPARE(sink.place(sink.events.first()).coordPrecision, CoordPrecision::Approximate);
    }

    void detectAndReimport()
    {
        QString error;
        QCOMPARE(ImportJob::detectFormat(Data + u"/strikes.geojson"_s, &error), u"geojson"_s);
        QCOMPARE(ImportJob::detectFormat(Data + u"/events.kml"_s, &error), u"kml"_s);
        QCOMPARE(ImportJob::detectFormat(Data + u"/notvector.geojson"_s, &error), QString());
        QVERIFY2(error.contains(u"not a vector file"_s), qPrintable(error));

        QTemporaryDir dir;
        ImportJob::Request request;
        request.file = Data + u"/strikes.geojson"_s;
        request.out = dir.filePath(u"ogr.gpkg"_s);
        request.options.today = QDate(2026, 1, 2);
        const ImportJob::Result first = ImportJob::run(request);
        QCOMPARE(first.exitCode, 3);
        QVERIFY2(first.summary.contains(u"9 rows, 2 events"_s), qPrintable(first.summary));
        QFile rejects(dir.filePath(u"ogr.rejects.csv"_s));
        QVERIFY(rejects.open(QIODevice::ReadOnly));
        QVERIFY(rejects.readAll().contains("3,geometry,\"LINESTRING (39.0 35.9,39.1 36.0)\",\"a line string"));

        ImportJob::Request again = request;
        again.out.clear();
        again.into = request.out;
        const ImportJob::Result second = ImportJob::run(again);
        QCOMPARE(second.added, 0);
        QCOMPARE(second.changed, 0);
        QCOMPARE(second.unchanged, 2);

        // A KML file into the same project adds its events next to them.
        again.file = Data + u"/events.kml"_s;
        const ImportJob::Result third = ImportJob::run(again);
        QCOMPARE(third.added, 3);
        const DatasetLoader::Result loaded = ProjectFile::load(request.out);
        const auto *errors = std::get_if<QList<LoadError>>(&loaded);
        QVERIFY2(!errors, errors ? qPrintable(errors->first().path + u": "_s + errors->first().message) : "");
        QCOMPARE(std::get<Dataset>(loaded).events.size(), 5);

        // A format given that GDAL does not see in the file.
        ImportJob::Request wrong = request;
        wrong.out = dir.filePath(u"wrong.gpkg"_s);
        wrong.format = u"kml"_s;
        const ImportJob::Result failed = ImportJob::run(wrong);
        QCOMPARE(failed.exitCode, 1);
        QVERIFY2(failed.summary.contains(u"not kml"_s), qPrintable(failed.summary));
        QVERIFY(!QFile::exists(wrong.out));
    }
};

QTEST_GUILESS_MAIN(TestOgrImporter)
#include "tst_ogrimporter.moc"
