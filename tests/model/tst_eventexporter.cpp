// SPDX-License-Identifier: GPL-3.0-or-later
// EventExporter: the test dataset's events written as GeoJSON, KML and CSV, one feature per event
// and place, read back through OgrImporter (dates, points, provenance survive), the time window,
// and the messages for a wrong suffix or a folder that cannot be written.
#include "atlasdocument.h"
#include "eventexporter.h"
#include "ogrimporter.h"
#include "testdataset.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Atlas;

namespace {

struct CollectingSink : ImportSink
{
    QList<Place> places;
    QList<Event> events;
    bool addSource(const Source &) override { return true; }
    bool addActor(const Actor &) override { return true; }
    bool addPlace(const Place &p) override { places.append(p); return true; }
    bool addEvent(const Event &e) override { events.append(e); return true; }
};

const Event *byRecord(const QList<Event> &events, const QString &id)
{
    const auto found = std::find_if(events.cbegin(), events.cend(), [&](const Event &e) { return e.origin.recordId == id; });
    return found == events.cend() ? nullptr : &*found;
}

} // namespace

class TestEventExporter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        m_document.setDataset(AtlasTest::makeDataset(), u"test"_s, QString());
    }

    void roundTrip_data()
    {
        QTest::addColumn<QString>("suffix");
        QTest::newRow("geojson") << u"geojson"_s;
        QTest::newRow("kml") << u"kml"_s;
    }
    void roundTrip()
    {
        QFETCH(QString, suffix);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"events."_s + suffix);
        QString error;
        QCOMPARE(EventExporter::write(m_document, FilterState(), path, &error), 7); // six events, the last at two places
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden), QStringList{ u"events."_s + suffix });

        QString why;
        const std::optional<ImportMapping> mapping = ImportMapping::fromJson(
            R"({"id": "event_id", "date": ["timestamp", "begin"], "date_end": "end", "title": "name", "category": "category"})", &why);
        QVERIFY2(mapping, qPrintable(why));
        CollectingSink sink;
        const ImportReport report = OgrImporter().run(path, sink, ImportOptions(), mapping);
        QVERIFY2(report.error.isEmpty(), qPrintable(report.error));
        QCOMPARE(report.rows, 7);
        QCOMPARE(report.imported, 5);   // ev-founding has no place, and ev-bases' second place repeats its id
        const Event *mosul = byRecord(sink.events, u"ev-mosul"_s);
        QVERIFY(mosul);
        QCOMPARE(mosul->date.start, QDate(2017, 7, 10));
        QVERIFY(!mosul->date.isRange());
        QCOMPARE(mosul->title.en, u"Mosul retaken"_s);
        QCOMPARE(mosul->category, u"territorial_change"_s);
        const Event *raqqa = byRecord(sink.events, u"ev-raqqa"_s);
        QVERIFY(raqqa);
        QCOMPARE(raqqa->date.start, QDate(2017, 10, 1));   // a month: its first and last day
        QCOMPARE(raqqa->date.end, QDate(2017, 10, 31));
        const Place *mosulPlace = m_document.dataset().place(u"mosul"_s);
        const auto place = std::find_if(sink.places.cbegin(), sink.places.cend(), [&](const Place &p) { return p.id == mosul->placeIds.first(); });
        QVERIFY(place != sink.places.cend());
        QVERIFY(qAbs(place->lat - mosulPlace->lat) < 1e-6);
        QVERIFY(qAbs(place->lon - mosulPlace->lon) < 1e-6);
    }

    void csvColumns()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"events.csv"_s);
        FilterState filter;
        filter.setTimeWindow(QDate(2017, 1, 1), QDate(2019, 12, 31));
        QString error;
        QCOMPARE(EventExporter::write(m_document, filter, path, &error), 3); // Mosul, Raqqa, Baghouz
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = file.readAll().trimmed().split('\n');
        QCOMPARE(lines.size(), 4);
        QVERIFY2(lines.first().startsWith("event_id,name,description,timestamp,begin,end,date,date_precision,category,title_ar,place,place_id,latitude,longitude"),
                 lines.first().constData());
        QVERIFY2(lines.first().contains("origin_file,origin_row,origin_record"), lines.first().constData());
        QVERIFY(lines.at(1).startsWith("ev-mosul,Mosul retaken,"));
        QVERIFY2(QString::fromUtf8(lines.at(2)).contains(u"2017-10,month,territorial_change,عزل الرقة"_s), lines.at(2).constData());
    }

    void refused_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("message");
        QTest::newRow("suffix") << u"events.xlsx"_s << u"not .xlsx"_s;
        QTest::newRow("no folder") << u"no-such-folder/events.geojson"_s << u"Cannot write in"_s;
    }
    void refused()
    {
        QFETCH(QString, path);
        QFETCH(QString, message);
        QTemporaryDir dir;
        QString error;
        QCOMPARE(EventExporter::write(m_document, FilterState(), dir.filePath(path), &error), -1);
        QVERIFY2(error.contains(message), qPrintable(error));
        QVERIFY(!QFile::exists(dir.filePath(path)));
    }

private:
    AtlasDocument m_document;
};

QTEST_GUILESS_MAIN(TestEventExporter)
#include "tst_eventexporter.moc"
