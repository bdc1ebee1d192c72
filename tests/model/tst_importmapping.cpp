// SPDX-License-Identifier: GPL-3.0-or-later
// ImportMapping and MappedCsvImporter: what a mapping file may say and the message for what it
// may not, the columns guessed from a header, and a CSV whose place names are joined to the
// bundled gazetteer and to the project's own places, with names that match neither.
#include "collectingsink.h"
#include "importjob.h"
#include "importmapping.h"
#include "mappedcsvimporter.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Atlas;
using namespace Qt::StringLiterals;

namespace {

const QString Data = QStringLiteral(ATLAS_IMPORT_DATA);

using AtlasTest::CollectingSink;

ImportReport importCsv(const QString &name, const std::optional<ImportMapping> &mapping, CollectingSink *sink,
                       const Dataset *project = nullptr)
{
    QFile file(Data + u'/' + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot open fixture");
    ImportOptions options;
    options.today = QDate(2026, 1, 2);
    return MappedCsvImporter(mapping, project).run(&file, name, *sink, options, project);
}

ImportMapping fixtureMapping()
{
    QString error;
    const std::optional<ImportMapping> mapping = ImportMapping::load(Data + u"/mapped.json"_s, &error);
    if (!mapping)
        qFatal("%s", qPrintable(error));
    return *mapping;
}

} // namespace

class TestImportMapping : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void badMappings_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("message");
        QTest::newRow("not json") << R"({"date": )"_ba << u"is not JSON"_s;
        QTest::newRow("not an object") << R"(["date"])"_ba << u"is not a JSON object"_s;
        QTest::newRow("no date") << R"({"title": "name"})"_ba << u"lacks \"date\""_s;
        QTest::newRow("unknown key") << R"({"date": "d", "lattitude": "y"})"_ba << u"unknown key \"lattitude\""_s;
        QTest::newRow("column not text") << R"({"date": 3})"_ba << u"\"date\" that is not a column name"_s;
        QTest::newRow("one coordinate") << R"({"date": "d", "latitude": "y"})"_ba << u"only one of \"latitude\" and \"longitude\""_s;
        QTest::newRow("bad category") << R"({"date": "d", "categories": {"Raid": "raid"}})"_ba << u"\"raid\", which is not a category"_s;
        QTest::newRow("bad date format") << R"({"date": "d", "date_format": "ymd"})"_ba << u"iso, dmy, mdy or d-month-y"_s;
        QTest::newRow("bad country") << R"({"date": "d", "country_code": "Narnia"})"_ba << u"a country code"_s;
        QTest::newRow("bad precision") << R"({"date": "d", "coord_precision": "close"})"_ba << u"a coordinate precision"_s;
        QTest::newRow("actors not a list") << R"({"date": "d", "actors": "who"})"_ba << u"a list of column names"_s;
    }
    void badMappings()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, message);
        QString error;
        QVERIFY(!ImportMapping::fromJson(json, &error));
        QVERIFY2(error.contains(message), qPrintable(error));
    }

    void guess_data()
    {
        QTest::addColumn<QStringList>("columns");
        QTest::addColumn<QString>("date");
        QTest::addColumn<QString>("latitude");
        QTest::addColumn<QString>("place");
        QTest::newRow("lat lon") << QStringList{ u"id"_s, u"date"_s, u"lat"_s, u"lon"_s } << u"date"_s << u"lat"_s << QString();
        QTest::newRow("kml") << QStringList{ u"name"_s, u"description"_s, u"timestamp"_s, u"begin"_s, u"end"_s } << u"timestamp"_s << QString() << QString();
        QTest::newRow("only a latitude") << QStringList{ u"event_date"_s, u"latitude"_s, u"location"_s } << u"event_date"_s << QString() << u"location"_s;
        QTest::newRow("nothing") << QStringList{ u"a"_s, u"b"_s } << QString() << QString() << QString();
    }
    void guess()
    {
        QFETCH(QStringList, columns);
        QFETCH(QString, date);
        QFETCH(QString, latitude);
        QFETCH(QString, place);
        const ImportMapping mapping = ImportMapping::guess(columns);
        QCOMPARE(mapping.date, date);
        QCOMPARE(mapping.latitude, latitude);
        QCOMPARE(mapping.place, place);
    }

    void gazetteerJoin_data()
    {
        QTest::addColumn<QString>("ref");
        QTest::addColumn<QString>("column");    // empty: imported
        QTest::addColumn<QString>("reason");
        QTest::addColumn<double>("lat");
        QTest::newRow("english name") << u"M-1"_s << QString() << QString() << 35.95283;
        QTest::newRow("arabic name") << u"M-2"_s << QString() << QString() << 36.335;
        QTest::newRow("unknown town") << u"M-3"_s << u"town"_s << u"nor the gazetteer has this name"_s << 0.0;
        QTest::newRow("lower case") << u"M-4"_s << QString() << QString() << 36.52815;
        QTest::newRow("february 31") << u"M-5"_s << u"when"_s << u"does not exist"_s << 0.0;
        QTest::newRow("without diacritics") << u"M-6"_s << QString() << QString() << 36.50237;
        QTest::newRow("another unknown town") << u"M-7"_s << u"town"_s << u"nor the gazetteer"_s << 0.0;
        QTest::newRow("value not in the table") << u"M-8"_s << u"what"_s << u"\"categories\" table"_s << 0.0;
    }
    void gazetteerJoin()
    {
        QFETCH(QString, ref);
        QFETCH(QString, column);
        QFETCH(QString, reason);
        QFETCH(double, lat);
        CollectingSink sink;
        const ImportReport report = importCsv(u"mapped.csv"_s, fixtureMapping(), &sink);
        QVERIFY2(report.error.isEmpty(), qPrintable(report.error));
        QCOMPARE(report.rows, 8);
        QCOMPARE(report.imported, 4);
        const qint64 line = ref.mid(2).toInt() + 1;
        const auto reject = std::find_if(report.rejects.cbegin(), report.rejects.cend(), [&](const ImportReject &r) { return r.line == line; });
        if (column.isEmpty()) {
            QVERIFY2(reject == report.rejects.cend(), reject == report.rejects.cend() ? "" : qPrintable(reject->reason));
            const auto event = std::find_if(sink.events.cbegin(), sink.events.cend(), [&](const Event &e) { return e.origin.recordId == ref; });
            QVERIFY(event != sink.events.cend());
            QCOMPARE(event->id, u"mapped-"_s + ref.toLower());
            const auto place = std::find_if(sink.places.cbegin(), sink.places.cend(), [&](const Place &p) { return p.id == event->placeIds.first(); });
            QVERIFY(place != sink.places.cend());
            QCOMPARE(place->lat, lat);
            QVERIFY2(place->coordSource.startsWith(u"GeoNames gazetteer"_s), qPrintable(place->coordSource));
        } else {
            QVERIFY(reject != report.rejects.cend());
            QCOMPARE(reject->column, column);
            QVERIFY2(reject->reason.contains(reason), qPrintable(reject->reason));
        }
    }

    void projectPlacesFirst()
    {
        // A place of the project with a gazetteer name is reused as it is, not added again.
        Dataset project;
        Place homs;
        homs.id = u"homs-city"_s;
        homs.name = LocalizedText{ u"حمص"_s, u"Homs"_s };
        homs.country = u"SY"_s;
        homs.lat = 34.73;
        homs.lon = 36.71;
        project.places.append(homs);
        Place springfield;
        springfield.id = u"springfield"_s;
        springfield.name = LocalizedText{ QString(), u"Springfield"_s };
        springfield.country = u"SY"_s;
        project.places.append(springfield);
        CollectingSink sink;
        const ImportReport report = importCsv(u"mapped.csv"_s, fixtureMapping(), &sink, &project);
        QCOMPARE(report.imported, 5); // M-7 Springfield is now known
        const auto event = std::find_if(sink.events.cbegin(), sink.events.cend(), [](const Event &e) { return e.origin.recordId == u"M-7"_s; });
        QVERIFY(event != sink.events.cend());
        QCOMPARE(event->placeIds, QStringList{ u"springfield"_s });
        QVERIFY(std::none_of(sink.places.cbegin(), sink.places.cend(), [](const Place &p) { return p.id == u"springfield"_s; }));
    }

    void guessedCsv()
    {
        // Without a mapping the columns are guessed; this header has no date column.
        CollectingSink sink;
        const ImportReport report = importCsv(u"mapped.csv"_s, std::nullopt, &sink);
        QVERIFY2(report.error.contains(u"no column is the date"_s), qPrintable(report.error));
        QVERIFY(sink.events.isEmpty());
    }

    void commandLineJob()
    {
        QTemporaryDir dir;
        ImportJob::Request request;
        request.file = Data + u"/mapped.csv"_s;
        request.mapping = Data + u"/mapped.json"_s;
        request.out = dir.filePath(u"mapped.gpkg"_s);
        QString error;
        QCOMPARE(ImportJob::detectFormat(request.file, &error), u"csv"_s);
        const ImportJob::Result result = ImportJob::run(request);
        QCOMPARE(result.exitCode, 3);
        QVERIFY2(result.summary.contains(u"8 rows, 4 events"_s), qPrintable(result.summary));
        request.mapping = Data + u"/no-such-mapping.json"_s;
        request.out = dir.filePath(u"other.gpkg"_s);
        const ImportJob::Result failed = ImportJob::run(request);
        QCOMPARE(failed.exitCode, 1);
        QVERIFY2(failed.summary.contains(u"Cannot read the mapping"_s), qPrintable(failed.summary));
        QVERIFY(!QFile::exists(request.out));
    }
};

QTEST_GUILESS_MAIN(TestImportMapping)
#include "tst_importmapping.moc"
