// SPDX-License-Identifier: GPL-3.0-or-later
// The importers of model/import: code tables, dates, the CSV reader's awkward input, the ACLED
// and UCDP GED fixtures row by row, and ImportJob's new project, re-import and cancel.
#include "acledimporter.h"
#include "csvreader.h"
#include "importcodes.h"
#include "collectingsink.h"
#include "importjob.h"
#include "projectfile.h"
#include "ucdpgedimporter.h"

#include <QBuffer>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <unicode/ucnv.h>

using namespace Atlas;
using namespace Qt::StringLiterals;

namespace {

const QString Data = QStringLiteral(ATLAS_IMPORT_DATA);

using AtlasTest::CollectingSink;

template<typename Importer>
ImportReport importFile(const QString &name, CollectingSink *sink)
{
    QFile file(Data + u'/' + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot open fixture");
    Importer importer;
    ImportOptions options;
    options.today = QDate(2026, 1, 2);
    return importer.run(&file, name, *sink, options);
}

QList<CsvReader::Record> readAll(const QByteArray &bytes, const QString &encoding = {})
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer, encoding);
    QList<CsvReader::Record> records;
    CsvReader::Record record;
    while (reader.next(&record))
        records.append(record);
    return records;
}

QByteArray convert(const QString &text, const char *encoding)
{
    UErrorCode status = U_ZERO_ERROR;
    QByteArray out(text.size() * 4 + 8, Qt::Uninitialized);
    const int32_t n = ucnv_convert(encoding, "UTF-16LE", out.data(), int32_t(out.size()),
                                   reinterpret_cast<const char *>(text.utf16()), int32_t(text.size() * 2), &status);
    out.resize(n);
    return out;
}

} // namespace

class TestImport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void acledDate_data()
    {
        QTest::addColumn<QDate>("coded");
        QTest::addColumn<int>("code");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QDate>("earliest");
        QTest::addColumn<QDate>("latest");
        QTest::addColumn<int>("precision");
        QTest::newRow("1 the day") << QDate(2025, 5, 16) << 1 << true << QDate(2025, 5, 16) << QDate(2025, 5, 16) << int(DatePrecision::Day);
        QTest::newRow("2 the week around it") << QDate(2025, 5, 16) << 2 << true << QDate(2025, 5, 13) << QDate(2025, 5, 19) << int(DatePrecision::Week);
        QTest::newRow("3 its month") << QDate(2025, 2, 15) << 3 << true << QDate(2025, 2, 1) << QDate(2025, 2, 28) << int(DatePrecision::Month);
        QTest::newRow("0 not a code") << QDate(2025, 5, 16) << 0 << false << QDate() << QDate() << 0;
        QTest::newRow("4 not a code") << QDate(2025, 5, 16) << 4 << false << QDate() << QDate() << 0;
    }
    void acledDate()
    {
        QFETCH(QDate, coded);
        QFETCH(int, code);
        QFETCH(bool, valid);
        const auto date = ImportCodes::acledDate(coded, code);
        QCOMPARE(date.has_value(), valid);
        if (!valid)
            return;
        QFETCH(QDate, earliest);
        QFETCH(QDate, latest);
        QFETCH(int, precision);
        QCOMPARE(date->earliest(), earliest);
        QCOMPARE(date->latest(), latest);
        QCOMPARE(int(date->precision), precision);
    }

    void ucdpDate_data()
    {
        QTest::addColumn<QDate>("start");
        QTest::addColumn<QDate>("end");
        QTest::addColumn<int>("code");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<int>("precision");
        QTest::addColumn<bool>("range");
        QTest::newRow("1 exact") << QDate(2017, 3, 1) << QDate(2017, 3, 1) << 1 << true << int(DatePrecision::Day) << false;
        QTest::newRow("2 span of days") << QDate(2017, 3, 2) << QDate(2017, 3, 5) << 2 << true << int(DatePrecision::Day) << true;
        QTest::newRow("3 a week") << QDate(2017, 3, 6) << QDate(2017, 3, 12) << 3 << true << int(DatePrecision::Week) << false;
        QTest::newRow("3 not seven days: bounds") << QDate(2017, 3, 6) << QDate(2017, 3, 10) << 3 << true << int(DatePrecision::Day) << true;
        QTest::newRow("4 a month") << QDate(2017, 4, 1) << QDate(2017, 4, 30) << 4 << true << int(DatePrecision::Month) << false;
        QTest::newRow("5 a year") << QDate(2017, 1, 1) << QDate(2017, 12, 31) << 5 << true << int(DatePrecision::Year) << false;
        QTest::newRow("5 across years: bounds") << QDate(2016, 7, 1) << QDate(2017, 6, 30) << 5 << true << int(DatePrecision::Day) << true;
        QTest::newRow("end before start") << QDate(2017, 3, 5) << QDate(2017, 3, 1) << 2 << false << 0 << false;
        QTest::newRow("6 not a code") << QDate(2017, 3, 1) << QDate(2017, 3, 1) << 6 << false << 0 << false;
    }
    void ucdpDate()
    {
        QFETCH(QDate, start);
        QFETCH(QDate, end);
        QFETCH(int, code);
        QFETCH(bool, valid);
        const auto date = ImportCodes::ucdpDate(start, end, code);
        QCOMPARE(date.has_value(), valid);
        if (!valid)
            return;
        QFETCH(int, precision);
        QFETCH(bool, range);
        QCOMPARE(int(date->precision), precision);
        QCOMPARE(date->isRange(), range);
        QCOMPARE(date->earliest(), start);
        QCOMPARE(date->latest(), end);
    }

    void coordPrecision_data()
    {
        QTest::addColumn<QString>("table");
        QTest::addColumn<int>("code");
        QTest::addColumn<int>("precision"); // -1: not a code
        QTest::newRow("acled 1") << u"acled"_s << 1 << int(CoordPrecision::Exact);
        QTest::newRow("acled 2") << u"acled"_s << 2 << int(CoordPrecision::Approximate);
        QTest::newRow("acled 3") << u"acled"_s << 3 << int(CoordPrecision::Province);
        QTest::newRow("acled 4") << u"acled"_s << 4 << -1;
        QTest::newRow("ucdp 1") << u"ucdp"_s << 1 << int(CoordPrecision::Exact);
        QTest::newRow("ucdp 2") << u"ucdp"_s << 2 << int(CoordPrecision::Approximate);
        QTest::newRow("ucdp 3") << u"ucdp"_s << 3 << int(CoordPrecision::District);
        QTest::newRow("ucdp 4") << u"ucdp"_s << 4 << int(CoordPrecision::Province);
        QTest::newRow("ucdp 5") << u"ucdp"_s << 5 << int(CoordPrecision::Province);
        QTest::newRow("ucdp 6 country centroid") << u"ucdp"_s << 6 << int(CoordPrecision::Country);
        QTest::newRow("ucdp 7 water or air") << u"ucdp"_s << 7 << int(CoordPrecision::Unknown);
        QTest::newRow("ucdp 0") << u"ucdp"_s << 0 << -1;
    }
    void coordPrecision()
    {
        QFETCH(QString, table);
        QFETCH(int, code);
        QFETCH(int, precision);
        const auto found = table == u"acled"_s ? ImportCodes::acledGeoPrecision(code) : ImportCodes::ucdpWherePrecision(code);
        QCOMPARE(found ? int(*found) : -1, precision);
    }

    void categories_data()
    {
        QTest::addColumn<QString>("eventType");
        QTest::addColumn<QString>("subEventType");
        QTest::addColumn<QString>("category");
        QTest::newRow("armed clash") << u"Battles"_s << u"Armed clash"_s << u"military_operation"_s;
        QTest::newRow("territory") << u"Battles"_s << u"Government regains territory"_s << u"territorial_change"_s;
        QTest::newRow("air strike") << u"Explosions/Remote violence"_s << u"Air/drone strike"_s << u"strike"_s;
        QTest::newRow("IED") << u"Explosions/Remote violence"_s << u"Remote explosive/landmine/IED"_s << u"attack"_s;
        QTest::newRow("civilians") << u"Violence against civilians"_s << u"Attack"_s << u"violence_against_civilians"_s;
        QTest::newRow("protest") << u"Protests"_s << u"Peaceful protest"_s << u"protest"_s;
        QTest::newRow("riot") << u"Riots"_s << u"Mob violence"_s << u"protest"_s;
        QTest::newRow("base") << u"Strategic developments"_s << u"Headquarters or base established"_s << u"deployment"_s;
        QTest::newRow("agreement") << u"Strategic developments"_s << u"Agreement"_s << u"agreement"_s;
        QTest::newRow("unknown sub, known type") << u"Battles"_s << u"Something new"_s << u"military_operation"_s;
        QTest::newRow("case") << u"battles"_s << u"ARMED CLASH"_s << u"military_operation"_s;
        QTest::newRow("neither") << u"Parades"_s << u"Brass band"_s << QString();
    }
    void categories()
    {
        QFETCH(QString, eventType);
        QFETCH(QString, subEventType);
        QFETCH(QString, category);
        QCOMPARE(ImportCodes::acledCategory(eventType, subEventType), category);
    }

    void ucdpCategories_data()
    {
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("category");
        QTest::newRow("1 state-based") << 1 << u"military_operation"_s;
        QTest::newRow("2 non-state") << 2 << u"attack"_s;
        QTest::newRow("3 one-sided") << 3 << u"violence_against_civilians"_s;
        QTest::newRow("4") << 4 << QString();
    }
    void ucdpCategories()
    {
        QFETCH(int, code);
        QFETCH(QString, category);
        QCOMPARE(ImportCodes::ucdpCategory(code), category);
    }

    void dates_data()
    {
        QTest::addColumn<QStringList>("samples");
        QTest::addColumn<int>("format");
        QTest::addColumn<QDate>("first");
        QTest::newRow("iso") << QStringList{ u"2019-02-03"_s, u"2019-12-31"_s } << int(ImportCodes::DateFormat::Iso) << QDate(2019, 2, 3);
        QTest::newRow("iso with time") << QStringList{ u"2019-02-03 14:05:00"_s } << int(ImportCodes::DateFormat::Iso) << QDate(2019, 2, 3);
        QTest::newRow("iso T time Z") << QStringList{ u"2019-02-03T14:05:00Z"_s } << int(ImportCodes::DateFormat::Iso) << QDate(2019, 2, 3);
        QTest::newRow("dd-mm-yyyy") << QStringList{ u"12-06-2017"_s, u"13-06-2017"_s } << int(ImportCodes::DateFormat::DayMonthYear) << QDate(2017, 6, 12);
        QTest::newRow("d/m/y ambiguous: day first") << QStringList{ u"03/04/2019"_s } << int(ImportCodes::DateFormat::DayMonthYear) << QDate(2019, 4, 3);
        QTest::newRow("m/d/y by a day above 12") << QStringList{ u"03/04/2019"_s, u"12/25/2019"_s } << int(ImportCodes::DateFormat::MonthDayYear) << QDate(2019, 3, 4);
        QTest::newRow("16 May 2025") << QStringList{ u"16 May 2025"_s } << int(ImportCodes::DateFormat::DayMonthNameYear) << QDate(2025, 5, 16);
        QTest::newRow("7-Oct-14") << QStringList{ u"7-Oct-14"_s } << int(ImportCodes::DateFormat::DayMonthNameYear) << QDate(2014, 10, 7);
        QTest::newRow("2-nov-14 with time") << QStringList{ u"2-nov-14 09:30"_s } << int(ImportCodes::DateFormat::DayMonthNameYear) << QDate(2014, 11, 2);
        QTest::newRow("impossible date reads as nothing") << QStringList{ u"2019-02-30"_s, u"2019-03-01"_s } << int(ImportCodes::DateFormat::Iso) << QDate();
    }
    void dates()
    {
        QFETCH(QStringList, samples);
        QFETCH(int, format);
        QFETCH(QDate, first);
        const ImportCodes::DateFormat detected = ImportCodes::detectDateFormat(samples);
        QCOMPARE(int(detected), format);
        QCOMPARE(ImportCodes::parseDate(samples.first(), detected), first);
    }

    void csvRecords()
    {
        const auto records = readAll("a,b,c\r\n1,\"x, \"\"y\"\"\nz\",3\n\n4,5,6\n"_ba);
        QCOMPARE(records.size(), 3);
        QCOMPARE(records.at(1).line, 2);
        QCOMPARE(records.at(1).fields, (QStringList{ u"1"_s, u"x, \"y\"\nz"_s, u"3"_s }));
        QCOMPARE(records.at(2).line, 5); // after the embedded newline and the blank line
        QCOMPARE(records.at(2).fields, (QStringList{ u"4"_s, u"5"_s, u"6"_s }));
    }

    void csvProblems_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<qint64>("line");
        QTest::addColumn<QString>("problem");
        QTest::newRow("unbalanced quote, truncated") << "a,b\n1,\"never closed\n2,3"_ba << qint64(2) << u"never closes"_s;
        QTest::newRow("a 10 MB line") << ("a,b\n1," + QByteArray(10 * 1024 * 1024, 'x') + "\n2,3\n") << qint64(2) << u"longer than"_s;
        QTest::newRow("NUL in a row") << "a,b\n1,x\0y\n"_ba << qint64(2) << u"NUL"_s;
    }
    void csvProblems()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(qint64, line);
        QFETCH(QString, problem);
        const auto records = readAll(bytes, u"UTF-8"_s);
        qsizetype broken = -1;
        for (qsizetype i = 0; i < records.size(); ++i) {
            if (!records.at(i).problem.isEmpty()) {
                broken = i;
                break;
            }
        }
        QVERIFY(broken >= 0);
        QCOMPARE(records.at(broken).line, line);
        QVERIFY2(records.at(broken).problem.contains(problem), qPrintable(records.at(broken).problem));
    }

    void encodings_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("encoding");
        const QString text = u"name,place\nالرقة,دير الزور\n"_s;
        QTest::newRow("UTF-8") << text.toUtf8() << u"UTF-8"_s;
        QTest::newRow("UTF-16LE without BOM") << convert(text, "UTF-16LE") << u"UTF-16LE"_s;
        QTest::newRow("UTF-16BE without BOM") << convert(text, "UTF-16BE") << u"UTF-16BE"_s;
        QTest::newRow("UTF-16LE with BOM") << ("\xFF\xFE"_ba + convert(text, "UTF-16LE")) << u"UTF-16LE"_s;
        QTest::newRow("Windows-1256") << convert(text, "windows-1256") << u"windows-1256"_s;
    }
    void encodings()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, encoding);
        QCOMPARE(CsvReader::detectEncoding(bytes), encoding);
        const auto records = readAll(bytes);
        QCOMPARE(records.size(), 2);
        QCOMPARE(records.at(1).fields, (QStringList{ u"الرقة"_s, u"دير الزور"_s }));
    }

    void binaryGarbage()
    {
        QByteArray garbage;
        for (int i = 0; i < 4096; ++i)
            garbage.append(char((i * 7919 + 13) % 256));
        QCOMPARE(CsvReader::detectEncoding(garbage), QString());
        QBuffer buffer(&garbage);
        buffer.open(QIODevice::ReadOnly);
        CsvReader reader(&buffer);
        QVERIFY(reader.error().contains(u"binary"_s));
    }

    void acledRows_data()
    {
        QTest::addColumn<qint64>("line");
        QTest::addColumn<QString>("column");
        QTest::addColumn<QString>("reason");
        QTest::newRow("2019-02-30 style impossible date") << qint64(6) << u"event_date"_s << u"does not exist"_s;
        QTest::newRow("swapped coordinates") << qint64(7) << u"latitude"_s << u"swapped"_s;
        QTest::newRow("Syrian town in the Indian Ocean") << qint64(8) << u"latitude"_s << u"outside the Syria/Iraq theatre"_s;
        QTest::newRow("duplicate id") << qint64(9) << u"event_id_cnty"_s << u"line 2"_s;
        QTest::newRow("empty required field") << qint64(10) << u"actor1"_s << u"empty"_s;
        QTest::newRow("too few fields") << qint64(11) << QString() << u"fields where the header has"_s;
    }
    void acledRows()
    {
        QFETCH(qint64, line);
        QFETCH(QString, column);
        QFETCH(QString, reason);
        CollectingSink sink;
        const ImportReport report = importFile<AcledImporter>(u"acled.csv"_s, &sink);
        QVERIFY2(report.error.isEmpty(), qPrintable(report.error));
        const auto found = std::find_if(report.rejects.cbegin(), report.rejects.cend(),
                                        [&](const ImportReject &r) { return r.line == line; });
        QVERIFY2(found != report.rejects.cend(), qPrintable(u"no reject on line %1"_s.arg(line)));
        QCOMPARE(found->column, column);
        QVERIFY2(found->reason.contains(reason), qPrintable(found->reason));
    }

    void acledRecords()
    {
        CollectingSink sink;
        const ImportReport report = importFile<AcledImporter>(u"acled.csv"_s, &sink);
        QCOMPARE(report.rows, 10);
        QCOMPARE(report.imported, 4);
        QCOMPARE(report.rejects.size(), 6);
        QCOMPARE(sink.events.size(), 4);
        const Event &strike = sink.events.at(0);
        QCOMPARE(strike.id, u"acled-syr1001"_s);
        QCOMPARE(strike.category, u"strike"_s);
        QCOMPARE(strike.fatalities.best, std::optional<double>(2));
        QCOMPARE(strike.citations.first().outlet, u"CENTCOM"_s);
        QVERIFY(strike.citations.first().quote.contains(u"\"according to CENTCOM\""_s));
        QCOMPARE(strike.origin.row, 2);
        QCOMPARE(strike.origin.recordId, u"SYR1001"_s);
        QCOMPARE(strike.origin.fields.at(6), (std::pair{ u"sub_event_type"_s, u"Air/drone strike"_s }));
        QVERIFY(strike.title.ar.isEmpty());
        const Event &clash = sink.events.at(1);
        QCOMPARE(clash.date.precision, DatePrecision::Week);
        QCOMPARE(clash.date.start, QDate(2025, 5, 9));
        QVERIFY(clash.summary.en.contains(u'\n'));
        QCOMPARE(sink.events.at(2).category, u"protest"_s);
        QCOMPARE(sink.events.at(2).date.precision, DatePrecision::Month);
        // Palmyra once, though two imported events name it; the same armed group once.
        QCOMPARE(std::count_if(sink.places.cbegin(), sink.places.cend(), [](const Place &p) { return p.name.en == u"Palmyra"_s; }), 1);
        QCOMPARE(sink.events.at(3).placeIds, clash.placeIds);
        QCOMPARE(std::count_if(sink.actors.cbegin(), sink.actors.cend(), [](const Actor &a) { return a.name.en == u"Islamic State (Syria)"_s; }), 1);
        QCOMPARE(sink.sources.size(), 1);
        QCOMPARE(sink.sources.first().importRows, 10);
        QVERIFY(sink.sources.first().attribution.contains(u"ACLED"_s));
        for (const Place &place : std::as_const(sink.places))
            QVERIFY2(QRegularExpression(u"^[a-z0-9][a-z0-9-]*$"_s).match(place.id).hasMatch(), qPrintable(place.id));
    }

    void recordIdsSharingASlug()
    {
        // The first row of the fixture again, with ids that differ only in case and punctuation.
        QFile file(Data + u"/acled.csv"_s);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = file.readAll().split('\n');
        QByteArray bytes = lines.at(0) + '\n';
        for (const QByteArray &id : { QByteArray("SYR1001"), QByteArray("SYr1001"), QByteArray("syr-1001"), QByteArray("SYR1001-2") })
            bytes += id + lines.at(1).mid(lines.at(1).indexOf(',')) + '\n';
        QBuffer buffer(&bytes);
        QVERIFY(buffer.open(QIODevice::ReadOnly));
        CollectingSink sink;
        ImportOptions options;
        options.today = QDate(2026, 1, 2);
        const ImportReport report = AcledImporter().run(&buffer, u"acled.csv"_s, sink, options);
        QVERIFY2(report.error.isEmpty(), qPrintable(report.error));
        QCOMPARE(report.imported, 4);
        QStringList ids;
        QStringList records;
        for (const Event &event : std::as_const(sink.events)) {
            ids.append(event.id);
            records.append(event.origin.recordId);
        }
        QCOMPARE(ids, (QStringList{ u"acled-syr1001"_s, u"acled-syr1001-2"_s, u"acled-syr-1001"_s, u"acled-syr1001-2-2"_s }));
        QCOMPARE(records, (QStringList{ u"SYR1001"_s, u"SYr1001"_s, u"syr-1001"_s, u"SYR1001-2"_s }));
    }

    void acledOldColumns()
    {
        CollectingSink sink;
        const ImportReport report = importFile<AcledImporter>(u"acled-old.csv"_s, &sink);
        QVERIFY(report.rejects.isEmpty());
        QCOMPARE(report.imported, 2);
        QCOMPARE(sink.events.at(0).date.start, QDate(2017, 6, 12));
        QCOMPARE(sink.events.at(0).category, u"territorial_change"_s);
        QCOMPARE(sink.places.first().country, u"IQ"_s);
        // actor1 and the two associated actors, split at ';'
        QCOMPARE(sink.events.at(0).actorIds.size(), 4);
    }

    void ucdpRecords()
    {
        CollectingSink sink;
        const ImportReport report = importFile<UcdpGedImporter>(u"ucdp-ged.csv"_s, &sink);
        QVERIFY2(report.error.isEmpty(), qPrintable(report.error));
        QCOMPARE(report.imported, 4);
        QCOMPARE(report.rejects.size(), 2);
        QCOMPARE(report.rejects.at(0).column, u"date_start"_s);
        QCOMPARE(report.rejects.at(0).line, 7);
        QCOMPARE(report.rejects.at(1).column, u"best"_s);
        const Event &first = sink.events.at(0);
        QCOMPARE(first.citations.first().quote, u"SANA, 2017-03-02, \"Army advances\"\nsecond line"_s);
        QCOMPARE(first.fatalities, (Fatalities{ 5, 3, 8 }));
        QCOMPARE(sink.events.at(1).date.isRange(), true);
        QCOMPARE(sink.events.at(2).date.precision, DatePrecision::Week);
        QCOMPARE(sink.events.at(2).category, u"violence_against_civilians"_s);
        QCOMPARE(sink.events.at(3).date.precision, DatePrecision::Month);
        const auto placeOf = [&](const Event &e) {
            return *std::find_if(sink.places.cbegin(), sink.places.cend(), [&](const Place &p) { return p.id == e.placeIds.first(); });
        };
        QCOMPARE(placeOf(sink.events.at(2)).coordPrecision, CoordPrecision::Country);
        QCOMPARE(placeOf(sink.events.at(3)).coordPrecision, CoordPrecision::Unknown);
        QCOMPARE(placeOf(sink.events.at(3)).country, u"IQ"_s);
    }

    void newProjectAndReimport()
    {
        QTemporaryDir dir;
        ImportJob::Request request;
        request.file = Data + u"/acled.csv"_s;
        request.out = dir.filePath(u"new.gpkg"_s);
        request.options.today = QDate(2026, 1, 2);
        const ImportJob::Result result = ImportJob::run(request);
        QCOMPARE(result.exitCode, 3);
        QVERIFY2(result.summary.contains(u"10 rows"_s), qPrintable(result.summary));
        QVERIFY(QFile::exists(dir.filePath(u"new.rejects.csv"_s)));
        QFile rejects(dir.filePath(u"new.rejects.csv"_s));
        QVERIFY(rejects.open(QIODevice::ReadOnly));
        QCOMPARE(rejects.readLine(), "line,column,value,reason\n"_ba);
        QVERIFY(rejects.readAll().contains("6,event_date,30 February 2025,"));

        const DatasetLoader::Result loaded = ProjectFile::load(request.out);
        const auto *errors = std::get_if<QList<LoadError>>(&loaded);
        QVERIFY2(!errors, errors ? qPrintable(errors->first().path + u": "_s + errors->first().message) : "");
        const Dataset &dataset = std::get<Dataset>(loaded);
        QCOMPARE(dataset.events.size(), 4);
        QCOMPARE(dataset.events.first().origin.fields.size(), 31);

        // The same file again into the project: nothing changes, and it says so.
        ImportJob::Request again = request;
        again.out.clear();
        again.into = request.out;
        const QDateTime modified = QFileInfo(request.out).lastModified();
        const ImportJob::Result second = ImportJob::run(again);
        QCOMPARE(second.exitCode, 3);
        QCOMPARE(second.added, 0);
        QCOMPARE(second.changed, 0);
        QCOMPARE(second.unchanged, 4);
        QVERIFY2(second.summary.contains(u"nothing changed"_s), qPrintable(second.summary));
        QCOMPARE(QFileInfo(request.out).lastModified(), modified);

        // Another file into it: added, and the first file's events stay.
        ImportJob::Request other = again;
        other.file = Data + u"/ucdp-ged.csv"_s;
        const ImportJob::Result third = ImportJob::run(other);
        QCOMPARE(third.added, 4);
        const DatasetLoader::Result merged = ProjectFile::load(request.out);
        QVERIFY(std::holds_alternative<Dataset>(merged));
        QCOMPARE(std::get<Dataset>(merged).events.size(), 8);
    }

    void strictWritesNothing()
    {
        QTemporaryDir dir;
        ImportJob::Request request;
        request.file = Data + u"/acled.csv"_s;
        request.out = dir.filePath(u"strict.gpkg"_s);
        request.strict = true;
        const ImportJob::Result result = ImportJob::run(request);
        QCOMPARE(result.exitCode, 1);
        QVERIFY(!QFile::exists(request.out));
        QVERIFY(ProjectFile::temporaryFiles(request.out).isEmpty());
    }

    void cancelMidway()
    {
        QTemporaryDir dir;
        // Enough rows for the progress callback to be asked (every 4096 rows).
        QFile source(Data + u"/acled.csv"_s);
        QVERIFY(source.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = source.readAll().split('\n');
        QByteArray big = lines.first() + '\n';
        for (int i = 0; i < 10000; ++i)
            big += QByteArray(lines.at(1)).replace(QByteArrayView("SYR1001"), QByteArray("SYR" + QByteArray::number(100000 + i))) + "\n";
        const QString file = dir.filePath(u"big.csv"_s);
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(big);
        out.close();
        ImportJob::Request request;
        request.file = file;
        request.out = dir.filePath(u"cancelled.gpkg"_s);
        int asked = 0;
        request.options.progress = [&](qint64, qint64) { return ++asked < 2; };
        const ImportJob::Result result = ImportJob::run(request);
        QCOMPARE(result.exitCode, 1);
        QCOMPARE(asked, 2);
        QVERIFY(!QFile::exists(request.out));
        QVERIFY(ProjectFile::temporaryFiles(request.out).isEmpty());
    }

    void ogrinfoListsPoints()
    {
        const QString ogrinfo = QStandardPaths::findExecutable(u"ogrinfo"_s);
        if (ogrinfo.isEmpty())
            QSKIP("ogrinfo (gdal-bin) is not installed");
        QTemporaryDir dir;
        ImportJob::Request request;
        request.file = Data + u"/ucdp-ged.csv"_s;
        request.out = dir.filePath(u"ogr.gpkg"_s);
        QCOMPARE(ImportJob::run(request).exitCode, 3);
        QProcess process;
        process.start(ogrinfo, { u"-ro"_s, u"-so"_s, request.out, u"events"_s });
        QVERIFY(process.waitForFinished(30000));
        const QString output = QString::fromUtf8(process.readAllStandardOutput());
        QVERIFY2(output.contains(u"Geometry: Point"_s), qPrintable(output));
        QVERIFY2(output.contains(u"Feature Count: 4"_s), qPrintable(output));
    }

    void detectFormat_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("format");
        QTest::newRow("acled") << u"acled.csv"_s << u"acled"_s;
        QTest::newRow("acled before 2023") << u"acled-old.csv"_s << u"acled"_s;
        QTest::newRow("ucdp") << u"ucdp-ged.csv"_s << u"ucdp-ged"_s;
    }
    void detectFormat()
    {
        QFETCH(QString, file);
        QFETCH(QString, format);
        QString error;
        QCOMPARE(ImportJob::detectFormat(Data + u'/' + file, &error), format);
    }
};

QTEST_GUILESS_MAIN(TestImport)
#include "tst_import.moc"
