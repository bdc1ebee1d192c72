// SPDX-License-Identifier: GPL-3.0-or-later
#include "atlasdocument.h"
#include "datasetloader.h"
#include "datasetwriter.h"
#include "documentloader.h"
#include "geopackage.h"
#include "projectfile.h"
#include "projecttables.h"
#include "roundtripcases.h"
#include "sqlconnection.h"
#include "syntheticdataset.h"

#include <QDir>
#include <QElapsedTimer>
#include <QMap>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

#include <cstring>

using namespace Qt::StringLiterals;
using Atlas::Dataset;
using Atlas::DatasetLoader;
using Atlas::DatasetWriter;
using Atlas::LoadError;
using Atlas::ProjectFile;
using Atlas::SqlConnection;
using AtlasTest::errorText;

namespace {

// The dataset DatasetLoader makes of a JSON document; a test failure when it is invalid.
Dataset datasetOf(const QJsonObject &document)
{
    DatasetLoader::Result result = DatasetLoader::loadObject(document);
    if (!std::holds_alternative<Dataset>(result)) {
        QTest::qFail(qPrintable(u"the test's dataset is invalid: "_s + errorText(result)), __FILE__, __LINE__);
        return {};
    }
    return std::get<Dataset>(std::move(result));
}

// Saves `dataset` as a project at `path` and opens it again into `reopened`; what went wrong, or
// nothing.
QString reopen(const Dataset &dataset, const QString &path, Dataset *reopened)
{
    QString error;
    if (!ProjectFile::save(dataset, path, &error))
        return error;
    DatasetLoader::Result loaded = ProjectFile::load(path);
    if (!std::holds_alternative<Dataset>(loaded))
        return errorText(loaded);
    *reopened = std::get<Dataset>(std::move(loaded));
    return {};
}

// Runs statements on a file as another program would, to damage or inspect it.
bool execute(const QString &path, const QStringList &statements)
{
    SqlConnection connection(path, SqlConnection::Mode::ReadWrite);
    for (const QString &statement : statements)
        connection.exec(statement);
    if (!connection.ok())
        qWarning().noquote() << connection.errorText();
    return connection.ok();
}

QList<QVariantList> rows(SqlConnection &connection, const QString &statement)
{
    QList<QVariantList> result;
    QSqlQuery query = connection.select(statement);
    while (query.next()) {
        QVariantList row;
        for (int i = 0; i < query.record().count(); ++i)
            row.append(query.value(i));
        result.append(row);
    }
    return result;
}

QByteArray randomBytes(QRandomGenerator *random, qsizetype size)
{
    QByteArray bytes(size, Qt::Uninitialized);
    for (char &byte : bytes)
        byte = char(random->bounded(256));
    return bytes;
}

bool writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

// Overwrites `count` pages of 4096 bytes from page `first` (1-based, as SQLite counts).
bool overwritePages(const QString &path, qint64 first, qint64 count, QRandomGenerator *random)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadWrite) || !file.seek((first - 1) * 4096))
        return false;
    return file.write(randomBytes(random, count * 4096)) == count * 4096;
}

/*
 * A GeoPackage check by the letter of OGC 12-128r18, written apart from the model's encoder:
 * the SQLite header, the three core tables and their required rows, the registration of every
 * table, the declared column types, and each geometry blob, whose point must be the place's
 * (or the event's first place's) coordinate. Returns every problem found.
 */
class GeoPackageCheck
{
public:
    GeoPackageCheck(const QString &path, const Dataset &dataset) : m_path(path), m_dataset(dataset) { }

    QStringList problems()
    {
        checkHeader();
        SqlConnection connection(m_path, SqlConnection::Mode::ReadOnly);
        expect(rows(connection, u"PRAGMA integrity_check"_s) == QList<QVariantList>{ { u"ok"_s } }, u"integrity_check is not ok"_s);
        expect(rows(connection, u"PRAGMA foreign_key_check"_s).isEmpty(), u"foreign_key_check reports rows"_s);
        checkColumns(connection, u"gpkg_spatial_ref_sys"_s,
                     { u"srs_name"_s, u"srs_id"_s, u"organization"_s, u"organization_coordsys_id"_s, u"definition"_s, u"description"_s });
        checkColumns(connection, u"gpkg_contents"_s,
                     { u"table_name"_s, u"data_type"_s, u"identifier"_s, u"description"_s, u"last_change"_s, u"min_x"_s,
                       u"min_y"_s, u"max_x"_s, u"max_y"_s, u"srs_id"_s });
        checkColumns(connection, u"gpkg_geometry_columns"_s,
                     { u"table_name"_s, u"column_name"_s, u"geometry_type_name"_s, u"srs_id"_s, u"z"_s, u"m"_s });
        const QList<QVariantList> systems = rows(connection, u"SELECT srs_id, upper(organization), organization_coordsys_id "
                                                             "FROM gpkg_spatial_ref_sys ORDER BY srs_id"_s);
        expect(systems == QList<QVariantList>{ { -1, u"NONE"_s, -1 }, { 0, u"NONE"_s, 0 }, { 4326, u"EPSG"_s, 4326 } },
               u"gpkg_spatial_ref_sys lacks the required rows"_s);
        checkContents(connection);
        const QList<QVariantList> geometries = rows(connection, u"SELECT table_name, column_name, geometry_type_name, "
                                                                "srs_id, z, m FROM gpkg_geometry_columns ORDER BY table_name"_s);
        expect(geometries == QList<QVariantList>{ { u"events"_s, u"geom"_s, u"POINT"_s, 4326, 0, 0 },
                                                  { u"places"_s, u"geom"_s, u"POINT"_s, 4326, 0, 0 } },
               u"gpkg_geometry_columns does not name events.geom and places.geom as POINTs in EPSG:4326"_s);
        checkPoints(connection);
        return m_problems;
    }

private:
    void expect(bool condition, const QString &problem)
    {
        if (!condition)
            m_problems.append(problem);
    }

    void checkHeader()
    {
        QFile file(m_path);
        const QByteArray header = file.open(QIODevice::ReadOnly) ? file.read(100) : QByteArray();
        expect(header.startsWith(QByteArrayView("SQLite format 3\0", 16)), u"no SQLite header"_s);
        expect(header.size() == 100 && qFromBigEndian<quint32>(header.constData() + 68) == 0x47504B47,
               u"application_id is not GPKG"_s);
        expect(header.size() == 100 && qFromBigEndian<quint32>(header.constData() + 60) == 10300,
               u"user_version is not 10300"_s);
    }

    void checkColumns(SqlConnection &connection, const QString &table, const QStringList &expected)
    {
        QStringList found;
        for (const QVariantList &row : rows(connection, u"SELECT name FROM pragma_table_info('%1')"_s.arg(table)))
            found.append(row.at(0).toString());
        expect(found == expected, u"%1 has the columns %2"_s.arg(table, found.join(u", "_s)));
    }

    void checkContents(SqlConnection &connection)
    {
        static const QRegularExpression timestamp(u"^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d+)?Z$"_s);
        static const QRegularExpression allowedType(u"^(BOOLEAN|TINYINT|SMALLINT|MEDIUMINT|INT|INTEGER|FLOAT|DOUBLE|REAL|"
                                                    "TEXT|BLOB|DATE|DATETIME|POINT)(\\(\\d+\\))?$"_s);
        QMap<QString, QString> kinds;
        for (const QVariantList &row : rows(connection, u"SELECT table_name, data_type, identifier, last_change, srs_id, "
                                                        "min_x, min_y, max_x, max_y FROM gpkg_contents"_s)) {
            const QString table = row.at(0).toString();
            kinds.insert(table, row.at(1).toString());
            expect(!row.at(2).toString().isEmpty(), table + u" has no identifier"_s);
            expect(timestamp.match(row.at(3).toString()).hasMatch(), table + u" has last_change "_s + row.at(3).toString());
            if (row.at(1) == u"features"_s) {
                expect(row.at(4).toInt() == 4326, table + u" is not in EPSG:4326"_s);
                expect(row.at(5).toDouble() <= row.at(7).toDouble() && row.at(6).toDouble() <= row.at(8).toDouble(),
                       table + u" has an inverted extent"_s);
            }
            bool hasIntegerKey = false;
            for (const QVariantList &column : rows(connection, u"SELECT name, type, pk FROM pragma_table_info('%1')"_s.arg(table))) {
                hasIntegerKey |= column.at(2).toInt() == 1 && column.at(1).toString() == u"INTEGER"_s;
                expect(allowedType.match(column.at(1).toString()).hasMatch(),
                       u"%1.%2 has the type %3, which GeoPackage does not allow"_s.arg(table, column.at(0).toString(),
                                                                                       column.at(1).toString()));
            }
            expect(hasIntegerKey, table + u" has no INTEGER PRIMARY KEY"_s);
        }
        const QMap<QString, QString> expected{
            { u"atlas_meta"_s, u"attributes"_s }, { u"sources"_s, u"attributes"_s }, { u"actors"_s, u"attributes"_s },
            { u"places"_s, u"features"_s }, { u"events"_s, u"features"_s }, { u"figures"_s, u"attributes"_s },
            { u"event_places"_s, u"attributes"_s }, { u"event_actors"_s, u"attributes"_s },
            { u"figure_theaters"_s, u"attributes"_s }, { u"citations"_s, u"attributes"_s },
            { u"conflicts"_s, u"attributes"_s },
        };
        expect(kinds == expected, u"gpkg_contents registers %1"_s.arg(QStringList(kinds.keys()).join(u", "_s)));
    }

    // OGC 12-128r18 §2.1.3: "GP", version 0, flags (byte order, envelope code, empty, extended
    // type), srs_id, envelope, then WKB.
    std::optional<QPointF> parse(const QByteArray &blob, const QString &where)
    {
        const auto fail = [&](const QString &problem) {
            m_problems.append(where + u": "_s + problem);
            return std::nullopt;
        };
        if (blob.size() < 8 || blob.at(0) != 'G' || blob.at(1) != 'P' || blob.at(2) != 0)
            return fail(u"no GP header of version 0"_s);
        const auto flags = quint8(blob.at(3));
        const int envelopeCode = (flags >> 1) & 7;
        if ((flags & 0xE0) || envelopeCode > 4 || (flags & 0x10))
            return fail(u"flags 0x"_s + QString::number(flags, 16));
        const bool little = flags & 1;
        const qint32 srsId = little ? qFromLittleEndian<qint32>(blob.constData() + 4) : qFromBigEndian<qint32>(blob.constData() + 4);
        if (srsId != 4326)
            return fail(u"srs_id %1"_s.arg(srsId));
        static constexpr int envelopeSizes[] = { 0, 32, 48, 48, 64 };
        const QByteArray wkb = blob.mid(8 + envelopeSizes[envelopeCode]);
        if (wkb.size() != 21 || (wkb.at(0) != 0 && wkb.at(0) != 1))
            return fail(u"WKB of %1 bytes"_s.arg(wkb.size()));
        const bool wkbLittle = wkb.at(0) == 1;
        const auto word = [&](int offset) {
            return wkbLittle ? qFromLittleEndian<quint32>(wkb.constData() + offset) : qFromBigEndian<quint32>(wkb.constData() + offset);
        };
        const auto number = [&](int offset) {
            const quint64 bits = wkbLittle ? qFromLittleEndian<quint64>(wkb.constData() + offset)
                                           : qFromBigEndian<quint64>(wkb.constData() + offset);
            double value;
            std::memcpy(&value, &bits, sizeof value);
            return value;
        };
        if (word(1) != 1)
            return fail(u"WKB type %1"_s.arg(word(1)));
        return QPointF(number(5), number(13));
    }

    void checkPoints(SqlConnection &connection)
    {
        QHash<QString, QPointF> places;
        for (const Atlas::Place &place : m_dataset.places)
            places.insert(place.id, QPointF(place.lon, place.lat));
        int placeRows = 0;
        for (const QVariantList &row : rows(connection, u"SELECT id, geom FROM places"_s)) {
            ++placeRows;
            const auto point = parse(row.at(1).toByteArray(), u"places "_s + row.at(0).toString());
            expect(point && *point == places.value(row.at(0).toString()), u"places %1: the point is not the place's"_s.arg(row.at(0).toString()));
        }
        expect(placeRows == m_dataset.places.size(), u"places has %1 rows"_s.arg(placeRows));
        int eventRows = 0;
        for (const QVariantList &row : rows(connection, u"SELECT id, geom FROM events"_s)) {
            const Atlas::EventRef event = m_dataset.event(row.at(0).toString());
            ++eventRows;
            if (!event || event->placeIds.isEmpty()) {
                expect(row.at(1).isNull(), u"events %1 has a point but no place"_s.arg(row.at(0).toString()));
                continue;
            }
            const auto point = parse(row.at(1).toByteArray(), u"events "_s + event->id);
            expect(point && *point == places.value(event->placeIds.first()),
                   u"events %1: the point is not its first place's"_s.arg(event->id));
        }
        expect(eventRows == m_dataset.events.size(), u"events has %1 rows"_s.arg(eventRows));
    }

    QString m_path;
    const Dataset &m_dataset;
    QStringList m_problems;
};

enum class BadFile {
    Missing, Folder, Empty, RandomBytes, JsonNamedGpkg, CutInHeader, HeaderThenGarbage, TruncatedHalf,
    OverwrittenSchemaPage, OverwrittenCorePages, OverwrittenMiddlePages, PlainSqlite, ForeignPolygons,
    ForeignPoints, Unreadable,
};

enum class SaveFailure { ReadOnlyTarget, LockedTarget, UnwritableFolder, TargetIsFolder, MissingFolder };

// Whether permissions stop this process (root ignores them).
bool permissionsApply(const QString &folder)
{
    QFile probe(QDir(folder).filePath(u"probe"_s));
    if (!probe.open(QIODevice::WriteOnly))
        return true;
    probe.close();
    probe.setPermissions(QFile::ReadOwner);
    const bool applies = !QFileInfo(probe.fileName()).isWritable();
    probe.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    probe.remove();
    return applies;
}

} // namespace

Q_DECLARE_METATYPE(BadFile)
Q_DECLARE_METATYPE(SaveFailure)

/*
 * ProjectFile: lossless round trips through a real GeoPackage 1.3, a clear refusal of every
 * damaged, foreign or newer file with the document left as it was, saves that fail without
 * touching the old file, and saves killed at random moments that leave the old or the new file.
 */
class TestProjectFile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void bundledDatasetRoundTrips();
    void roundTrip_data();
    void roundTrip();
    void isValidGeoPackage();
    void ogrinfoListsTheLayers();
    void opensThroughLoadDocument();
    void rejectsBadFile_data();
    void rejectsBadFile();
    void rejectsEditedProject_data();
    void rejectsEditedProject();
    void migratesVersionOne_data();
    void migratesVersionOne();
    void saveFailureKeepsOldFile_data();
    void saveFailureKeepsOldFile();
    void copyIsTheSameProject();
    void replacesWhatALinkPointsTo();
    void keepsPermissions();
    void removesStaleTemporaries();
    void killedSaveLeavesOldOrNew_data();
    void killedSaveLeavesOldOrNew();
    void fullOrReadOnlyDiskKeepsOldFile_data();
    void fullOrReadOnlyDiskKeepsOldFile();

private:
    void expectRefusal(const QString &path, const QStringList &expected);

    QJsonObject m_fixtureJson;
    Dataset m_fixture;
    Dataset m_bundled;
};

void TestProjectFile::initTestCase()
{
    QVERIFY2(QSqlDatabase::isDriverAvailable(u"QSQLITE"_s), "the Qt SQLite driver is not installed");
    m_fixtureJson = QJsonDocument::fromJson(AtlasTest::readAll(QStringLiteral(ATLAS_TEST_DATA_DIR "/minimal.json"))).object();
    m_fixture = datasetOf(m_fixtureJson);
    DatasetLoader::Result bundled = DatasetLoader::loadFile(u":/data/coalition.json"_s);
    QVERIFY2(std::holds_alternative<Dataset>(bundled), qPrintable(errorText(bundled)));
    m_bundled = std::get<Dataset>(std::move(bundled));
}

void TestProjectFile::bundledDatasetRoundTrips()
{
    QTemporaryDir folder;
    Dataset reopened;
    const QString problem = reopen(m_bundled, folder.filePath(u"coalition.gpkg"_s), &reopened);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    const QJsonObject original = QJsonDocument::fromJson(AtlasTest::readAll(u":/data/coalition.json"_s)).object();
    QCOMPARE(AtlasTest::firstDifference(original, DatasetWriter::toJson(reopened)), QString());
}

void TestProjectFile::roundTrip_data()
{
    AtlasTest::addRoundTripRows();
}

void TestProjectFile::roundTrip()
{
    QFETCH(QList<AtlasTest::Edit>, edits);
    const QJsonObject original = AtlasTest::withEdits(m_fixtureJson, edits);
    const Dataset dataset = datasetOf(original);
    QTemporaryDir folder;
    const QString path = folder.filePath(u"مشروع.gpkg"_s);
    Dataset reopened;
    const QString problem = reopen(dataset, path, &reopened);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QCOMPARE(AtlasTest::firstDifference(original, DatasetWriter::toJson(reopened)), QString());
    QCOMPARE(GeoPackageCheck(path, dataset).problems(), QStringList());
}

void TestProjectFile::isValidGeoPackage()
{
    QTemporaryDir folder;
    const QString path = folder.filePath(u"coalition.gpkg"_s);
    QString error;
    QVERIFY2(ProjectFile::save(m_bundled, path, &error), qPrintable(error));
    QCOMPARE(GeoPackageCheck(path, m_bundled).problems(), QStringList());

    // An event without places has no point; its row is still there.
    QJsonObject edited = AtlasTest::withEdits(m_fixtureJson, { { u"events[0].places"_s, QJsonArray{} } });
    const Dataset placeless = datasetOf(edited);
    QVERIFY2(ProjectFile::save(placeless, path, &error), qPrintable(error));
    QCOMPARE(GeoPackageCheck(path, placeless).problems(), QStringList());
}

// GDAL reads the file as layers: done when ogrinfo (gdal-bin) is installed, else the SQL checks
// of isValidGeoPackage() stand in for it.
void TestProjectFile::ogrinfoListsTheLayers()
{
    const QString ogrinfo = QStandardPaths::findExecutable(u"ogrinfo"_s);
    if (ogrinfo.isEmpty())
        QSKIP("ogrinfo (gdal-bin) is not installed; isValidGeoPackage checks the structure through SQL");
    QTemporaryDir folder;
    const QString path = folder.filePath(u"coalition.gpkg"_s);
    QString error;
    QVERIFY2(ProjectFile::save(m_bundled, path, &error), qPrintable(error));
    QProcess process;
    process.start(ogrinfo, { u"-ro"_s, u"-so"_s, u"-al"_s, path });
    QVERIFY(process.waitForFinished(60000));
    const QString output = QString::fromUtf8(process.readAllStandardOutput());
    QCOMPARE(process.exitCode(), 0);
    QVERIFY2(!output.contains(u"ERROR"_s) && !QString::fromUtf8(process.readAllStandardError()).contains(u"ERROR"_s),
             qPrintable(output));
    for (const auto &[layer, count] : { std::pair{ u"events"_s, m_bundled.events.size() }, std::pair{ u"places"_s, m_bundled.places.size() } }) {
        const qsizetype at = output.indexOf(u"Layer name: "_s + layer + u'\n');
        QVERIFY2(at >= 0, qPrintable(output));
        const QString section = output.mid(at, output.indexOf(u"Layer name: "_s, at + 1) - at);
        QVERIFY2(section.contains(u"Geometry: Point"_s), qPrintable(section));
        QVERIFY2(section.contains(u"Feature Count: %1"_s.arg(count)), qPrintable(section));
        QVERIFY2(section.contains(u"EPSG\",4326"_s) || section.contains(u"ID[\"EPSG\",4326]"_s), qPrintable(section));
    }
    QVERIFY2(output.contains(u"Layer name: citations"_s), qPrintable(output));
}

void TestProjectFile::opensThroughLoadDocument()
{
    QTemporaryDir folder;
    // Read by its header whatever the name: a project saved as .atlas still opens as one.
    for (const QString &name : { u"دراسة.gpkg"_s, u"project.atlas"_s }) {
        const QString path = folder.filePath(name);
        QString error;
        QVERIFY2(ProjectFile::save(m_fixture, path, &error), qPrintable(error));
        Atlas::AtlasDocument document;
        QStringList errors;
        QVERIFY2(Atlas::loadDocument(document, path, &errors), qPrintable(errors.join(u'\n')));
        QCOMPARE(document.origin(), path);
        QCOMPARE(document.dataset().events.size(), m_fixture.events.size());
        QCOMPARE(DatasetWriter::toJson(document.dataset()), m_fixtureJson);
    }
}

void TestProjectFile::rejectsBadFile_data()
{
    QTest::addColumn<BadFile>("bad");
    QTest::addColumn<QStringList>("expected"); // parts of the messages, in order

    QTest::newRow("missing file") << BadFile::Missing << QStringList{ u"there is no such file"_s };
    QTest::newRow("a folder") << BadFile::Folder << QStringList{ u"it is a folder"_s };
    QTest::newRow("empty file") << BadFile::Empty << QStringList{ u"is empty"_s };
    QTest::newRow("random bytes") << BadFile::RandomBytes << QStringList{ u"does not start like one"_s };
    QTest::newRow("JSON named .gpkg") << BadFile::JsonNamedGpkg << QStringList{ u"does not start like one"_s };
    QTest::newRow("cut inside the header") << BadFile::CutInHeader << QStringList{ u"ends inside the SQLite header"_s };
    QTest::newRow("header, then garbage") << BadFile::HeaderThenGarbage << QStringList{ u"is damaged"_s };
    QTest::newRow("truncated to half") << BadFile::TruncatedHalf << QStringList{ u"is damaged"_s };
    QTest::newRow("schema page overwritten") << BadFile::OverwrittenSchemaPage << QStringList{ u"is damaged"_s };
    QTest::newRow("core pages overwritten") << BadFile::OverwrittenCorePages << QStringList{ u"is damaged"_s };
    QTest::newRow("middle pages overwritten") << BadFile::OverwrittenMiddlePages << QStringList{ u"is damaged"_s };
    QTest::newRow("another SQLite database")
        << BadFile::PlainSqlite << QStringList{ u"is an SQLite database but not a Coalition Atlas project"_s, u"atlas_meta, sources"_s };
    QTest::newRow("a GeoPackage of polygons")
        << BadFile::ForeignPolygons
        << QStringList{ u"is a GeoPackage but not a Coalition Atlas project: it lacks the tables atlas_meta, sources, actors, places, events"_s };
    QTest::newRow("a GeoPackage of points")
        << BadFile::ForeignPoints << QStringList{ u"it has the point layers wells, which Coalition Atlas cannot import yet"_s, u"atlas_meta"_s };
    QTest::newRow("an unreadable file") << BadFile::Unreadable << QStringList{ u"Cannot open"_s };
}

void TestProjectFile::rejectsBadFile()
{
    QFETCH(BadFile, bad);
    QFETCH(QStringList, expected);
    QTemporaryDir folder;
    const QString path = folder.filePath(u"bad.gpkg"_s);
    QRandomGenerator random(42);
    QString error;
    const auto saved = [&](const Dataset &dataset) {
        const bool ok = ProjectFile::save(dataset, path, &error);
        if (!ok)
            qWarning().noquote() << error;
        return ok;
    };
    const auto fileSize = [&] { return QFileInfo(path).size(); };

    switch (bad) {
    case BadFile::Missing: break;
    case BadFile::Folder: QVERIFY(QDir().mkdir(path)); break;
    case BadFile::Empty: QVERIFY(writeBytes(path, {})); break;
    case BadFile::RandomBytes: QVERIFY(writeBytes(path, randomBytes(&random, 65536))); break;
    case BadFile::JsonNamedGpkg: QVERIFY(QFile::copy(QStringLiteral(ATLAS_TEST_DATA_DIR "/minimal.json"), path)); break;
    case BadFile::CutInHeader:
    case BadFile::HeaderThenGarbage:
    case BadFile::TruncatedHalf: {
        QVERIFY(saved(AtlasTest::syntheticDataset(2000, u"big"_s)));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        if (bad == BadFile::HeaderThenGarbage) {
            QVERIFY(file.seek(100));
            QVERIFY(file.write(randomBytes(&random, file.size() - 100)) > 0);
        } else {
            QVERIFY(file.resize(bad == BadFile::CutInHeader ? 60 : file.size() / 2));
        }
        break;
    }
    case BadFile::OverwrittenSchemaPage:
        QVERIFY(saved(m_bundled));
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadWrite) && file.seek(100));
            QVERIFY(file.write(randomBytes(&random, 4096 - 100)) == 4096 - 100);
        }
        break;
    case BadFile::OverwrittenCorePages:
        QVERIFY(saved(m_bundled));
        QVERIFY(overwritePages(path, 2, 4, &random));
        break;
    case BadFile::OverwrittenMiddlePages:
        QVERIFY(saved(AtlasTest::syntheticDataset(2000, u"big"_s)));
        QVERIFY(overwritePages(path, fileSize() / 4096 / 2, 3, &random));
        break;
    case BadFile::PlainSqlite:
        QVERIFY(execute(path, { u"CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT)"_s,
                                u"INSERT INTO notes (text) VALUES ('a note')"_s }));
        break;
    case BadFile::ForeignPolygons:
    case BadFile::ForeignPoints: {
        const QString table = bad == BadFile::ForeignPoints ? u"wells"_s : u"districts"_s;
        const QString type = bad == BadFile::ForeignPoints ? u"POINT"_s : u"POLYGON"_s;
        SqlConnection connection(path, SqlConnection::Mode::ReadWrite);
        QVERIFY(Atlas::GeoPackage::createCore(connection));
        connection.exec(u"CREATE TABLE %1 (fid INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL, geom %2, name TEXT)"_s.arg(table, type));
        connection.exec(u"INSERT INTO gpkg_contents (table_name, data_type, identifier, srs_id) VALUES (?, 'features', ?, 4326)"_s,
                        { table, table });
        connection.exec(u"INSERT INTO gpkg_geometry_columns VALUES (?, 'geom', ?, 4326, 0, 0)"_s, { table, type });
        QVERIFY2(connection.ok(), qPrintable(connection.errorText()));
        break;
    }
    case BadFile::Unreadable:
        if (!permissionsApply(folder.path()))
            QSKIP("permissions do not apply to this user (root)");
        QVERIFY(saved(m_fixture));
        QVERIFY(QFile::setPermissions(path, QFileDevice::WriteOwner));
        break;
    }

    expectRefusal(path, expected);
}

void TestProjectFile::rejectsEditedProject_data()
{
    QTest::addColumn<QStringList>("statements"); // run on a saved project of the fixture
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("newer schema")
        << QStringList{ u"UPDATE atlas_meta SET value = '6' WHERE key = 'schema_version'"_s }
        << QStringList{ u"has project schema version 6, but this version of Coalition Atlas reads versions up to 5"_s };
    QTest::newRow("schema version not a number")
        << QStringList{ u"UPDATE atlas_meta SET value = 'one' WHERE key = 'schema_version'"_s }
        << QStringList{ uR"(has no valid project schema version: atlas_meta.schema_version says "one")"_s };
    QTest::newRow("no schema version")
        << QStringList{ u"DELETE FROM atlas_meta WHERE key = 'schema_version'"_s }
        << QStringList{ uR"(has no valid project schema version: atlas_meta.schema_version says "")"_s };
    QTest::newRow("a table dropped") << QStringList{ u"DROP TABLE event_actors"_s }
                                     << QStringList{ u"lacks the tables event_actors"_s };
    QTest::newRow("a column dropped") << QStringList{ u"ALTER TABLE events DROP COLUMN date_note"_s }
                                      << QStringList{ u"lacks the columns events.date_note"_s };
    QTest::newRow("a citation of no event")
        << QStringList{ u"INSERT INTO citations (fid, owner_kind, owner_id, ordinal, source_id, quote) "
                        "VALUES (10, 'event', 'ghost', 0, 'iraq-mission-end', 'x')"_s }
        << QStringList{ uR"(citations (fid 10): 1 row(s) for event "ghost", which is not in the table events)"_s };
    QTest::newRow("an unknown owner kind")
        << QStringList{ u"INSERT INTO citations (fid, owner_kind, owner_id, ordinal, source_id, quote) "
                        "VALUES (10, 'actor', 'usa', 0, 'iraq-mission-end', 'x')"_s }
        << QStringList{ uR"(citations (fid 10): owner_kind "actor" is not one of place, event, figure)"_s };
    QTest::newRow("a broken point")
        << QStringList{ u"UPDATE places SET geom = x'00010203' WHERE id = 'taji'"_s }
        << QStringList{ uR"(places (fid 2, id "taji").geom: not a GeoPackage geometry (no "GP" header))"_s,
                        uR"(places (fid 2, id "taji").lat: missing)"_s };
    QTest::newRow("a point in another system")
        << QStringList{ u"UPDATE places SET geom = x'475000010000000001010000000000000000000040000000000000F03F' WHERE id = 'taji'"_s }
        << QStringList{ uR"(places (fid 2, id "taji").geom: spatial reference system 0 instead of EPSG:4326)"_s };
    QTest::newRow("a category outside the vocabulary")
        << QStringList{ u"UPDATE events SET category = 'bogus' WHERE id = 'taji-handover'"_s }
        << QStringList{ uR"(events (fid 1, id "taji-handover").category: "bogus" is not a category)"_s };
    QTest::newRow("a conflict listed on one side only")
        << QStringList{ u"INSERT INTO conflicts (owner_kind, owner_id, ordinal, other_id) VALUES ('event', 'taji-handover', 0, 'iraq-phase-two')"_s,
                        u"UPDATE events SET conflict_note = 'One side only.' WHERE id = 'taji-handover'"_s }
        << QStringList{ uR"(events (fid 1, id "taji-handover").conflicts_with[0]: "iraq-phase-two" does not list "taji-handover" back in its conflicts_with)"_s };
    QTest::newRow("text where a number belongs")
        << QStringList{ u"UPDATE figures SET value = 'many' WHERE id = 'us-troops-iraq-2024'"_s }
        << QStringList{ uR"(figures (fid 1, id "us-troops-iraq-2024").value: expected a number, found a string ("many"))"_s };
}

void TestProjectFile::rejectsEditedProject()
{
    QFETCH(QStringList, statements);
    QFETCH(QStringList, expected);
    QTemporaryDir folder;
    // Placeholders in the name stay in the name: a message must never fill them in.
    const QString path = folder.filePath(u"edited %1 %2.gpkg"_s);
    QString error;
    QVERIFY2(ProjectFile::save(m_fixture, path, &error), qPrintable(error));
    QVERIFY(execute(path, statements));
    expectRefusal(path, expected);
}

// The layout of version 4, as a file saved before version 5 has it: no search index, no triggers.
const QStringList VersionFourLayout = [] {
    QStringList statements{ u"DROP TABLE event_search"_s, u"DELETE FROM atlas_meta WHERE key = 'search_index'"_s };
    for (const QString &table : { u"events"_s, u"event_places"_s, u"event_actors"_s, u"citations"_s, u"places"_s, u"actors"_s }) {
        for (const QString &operation : { u"insert"_s, u"update"_s, u"delete"_s })
            statements.append(u"DROP TRIGGER event_search_stale_%1_%2"_s.arg(table, operation));
    }
    return statements << u"UPDATE atlas_meta SET value = '4' WHERE key = 'schema_version'"_s;
}();

// The layout of version 3, as a file saved before version 4 has it: no edit marks, no article texts.
const QStringList VersionFourColumnsDropped{
    u"ALTER TABLE events DROP COLUMN edited_by"_s,
    u"ALTER TABLE events DROP COLUMN edited_at"_s,
    u"ALTER TABLE sources DROP COLUMN text"_s,
};
const QStringList VersionThreeLayout = QStringList(VersionFourColumnsDropped)
    << u"UPDATE atlas_meta SET value = '3' WHERE key = 'schema_version'"_s;

// The layout of version 2, as a file saved before version 3 has it: no fatalities, provenance or
// citation outlets.
const QStringList VersionThreeColumnsDropped = QStringList(VersionFourColumnsDropped) << QStringList{
    u"ALTER TABLE events DROP COLUMN fatalities_best"_s,
    u"ALTER TABLE events DROP COLUMN fatalities_low"_s,
    u"ALTER TABLE events DROP COLUMN fatalities_high"_s,
    u"ALTER TABLE events DROP COLUMN origin_file"_s,
    u"ALTER TABLE events DROP COLUMN origin_row"_s,
    u"ALTER TABLE events DROP COLUMN origin_record"_s,
    u"ALTER TABLE events DROP COLUMN origin_fields"_s,
    u"ALTER TABLE citations DROP COLUMN outlet"_s,
};
const QStringList VersionTwoLayout = QStringList(VersionThreeColumnsDropped)
    << u"UPDATE atlas_meta SET value = '2' WHERE key = 'schema_version'"_s;

// The layout of version 1, as a file saved before version 2 has it: also no summary_ar in events
// and no summary columns in figures.
const QStringList VersionOneLayout = QStringList(VersionThreeColumnsDropped) << QStringList{
    u"ALTER TABLE events DROP COLUMN summary_ar"_s,
    u"ALTER TABLE figures DROP COLUMN summary_en"_s,
    u"ALTER TABLE figures DROP COLUMN summary_ar"_s,
    u"UPDATE atlas_meta SET value = '1' WHERE key = 'schema_version'"_s,
};

void TestProjectFile::migratesVersionOne_data()
{
    QTest::addColumn<QStringList>("statements"); // run on a saved project of the fixture
    QTest::addColumn<QList<AtlasTest::Edit>>("expected"); // the fixture's JSON as the file then holds it

    const QList<AtlasTest::Edit> withoutSummaries{ { u"events[1].summary.ar"_s, std::nullopt },
                                                  { u"figures[0].summary"_s, std::nullopt } };
    QTest::newRow("version 1 layout") << VersionOneLayout << withoutSummaries;
    QTest::newRow("version 1 layout, a text edited in a GIS")
        << (QStringList(VersionOneLayout) << u"UPDATE events SET summary = 'بالعربية' WHERE id = 'taji-handover'"_s)
        << (QList<AtlasTest::Edit>(withoutSummaries) << AtlasTest::Edit{ u"events[0].summary.en"_s, u"بالعربية"_s });
    QTest::newRow("version 2 layout") << VersionTwoLayout << QList<AtlasTest::Edit>();
    QTest::newRow("version 3 layout") << VersionThreeLayout << QList<AtlasTest::Edit>();
    QTest::newRow("version 4 layout") << VersionFourLayout << QList<AtlasTest::Edit>();
    QTest::newRow("version 2 with the columns empty")
        << QStringList{ u"UPDATE events SET summary_ar = NULL"_s, u"UPDATE figures SET summary_en = NULL, summary_ar = NULL"_s }
        << withoutSummaries;
}

// A file of an older schema opens with what it has (version 1: English summaries, no figure
// summaries), without being written to; saving it again writes the current version.
void TestProjectFile::migratesVersionOne()
{
    QFETCH(QStringList, statements);
    QFETCH(QList<AtlasTest::Edit>, expected);
    QTemporaryDir folder;
    const QString path = folder.filePath(u"قديم.gpkg"_s);
    QString error;
    QVERIFY2(ProjectFile::save(m_fixture, path, &error), qPrintable(error));
    QVERIFY(execute(path, statements));
    const QByteArray before = AtlasTest::readAll(path);

    DatasetLoader::Result loaded = ProjectFile::load(path);
    QVERIFY2(std::holds_alternative<Dataset>(loaded), qPrintable(errorText(loaded)));
    const Dataset &opened = std::get<Dataset>(loaded);
    QCOMPARE(AtlasTest::firstDifference(AtlasTest::withEdits(m_fixtureJson, expected), DatasetWriter::toJson(opened)),
             QString());
    QCOMPARE(AtlasTest::readAll(path), before);

    const QString again = folder.filePath(u"again.gpkg"_s);
    QVERIFY2(ProjectFile::save(opened, again, &error), qPrintable(error));
    SqlConnection connection(again, SqlConnection::Mode::ReadOnly);
    QCOMPARE(Atlas::ProjectTables::metaValue(connection, Atlas::ProjectTables::SchemaVersionKey),
             QString::number(Atlas::ProjectTables::SchemaVersion));
}

// Opens `path` through loadDocument, as File > Open and --dataset do: the open document keeps
// what it had, and the messages name the file and contain `expected`, in order.
void TestProjectFile::expectRefusal(const QString &path, const QStringList &expected)
{
    Atlas::AtlasDocument document;
    document.setDataset(m_fixture, u"before"_s, QString());
    QStringList errors;
    QVERIFY(!Atlas::loadDocument(document, path, &errors));
    QCOMPARE(document.origin(), u"before"_s);
    QCOMPARE(document.dataset().events.size(), m_fixture.events.size());
    QVERIFY(!errors.isEmpty());
    for (const QString &line : std::as_const(errors))
        QVERIFY2(line.contains(QFileInfo(path).fileName()), qPrintable(line));
    const QString all = errors.join(u'\n');
    qsizetype from = 0;
    for (const QString &part : expected) {
        const qsizetype at = all.indexOf(part, from);
        QVERIFY2(at >= 0, qPrintable(u"expected \"%1\" in:\n%2"_s.arg(part, all)));
        from = at + part.size();
    }
}

void TestProjectFile::saveFailureKeepsOldFile_data()
{
    QTest::addColumn<SaveFailure>("failure");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<bool>("copying"); // ProjectFile::copy (Save As of an unchanged project) rather than save
    for (const bool copying : { false, true }) {
        const char *how = copying ? "copy" : "save";
        QTest::addRow("%s: read-only target", how) << SaveFailure::ReadOnlyTarget << u"the file is read-only"_s << copying;
        QTest::addRow("%s: target locked by another writer", how)
            << SaveFailure::LockedTarget << u"another program is writing to it"_s << copying;
        QTest::addRow("%s: unwritable folder", how) << SaveFailure::UnwritableFolder << u"cannot create a file in the folder"_s << copying;
        QTest::addRow("%s: target is a folder", how) << SaveFailure::TargetIsFolder << u"it is a folder"_s << copying;
        QTest::addRow("%s: folder does not exist", how) << SaveFailure::MissingFolder << u"cannot create a file in the folder"_s << copying;
    }
}

void TestProjectFile::saveFailureKeepsOldFile()
{
    QFETCH(SaveFailure, failure);
    QFETCH(QString, expected);
    QTemporaryDir folder;
    const QString sub = folder.filePath(u"sub"_s);
    QVERIFY(QDir().mkdir(sub));
    QString path = QDir(sub).filePath(u"project.gpkg"_s);
    const bool hasOldFile = failure == SaveFailure::ReadOnlyTarget || failure == SaveFailure::LockedTarget
        || failure == SaveFailure::UnwritableFolder;
    QString error;
    if (hasOldFile)
        QVERIFY2(ProjectFile::save(m_fixture, path, &error), qPrintable(error));
    std::optional<SqlConnection> lock;
    switch (failure) {
    case SaveFailure::ReadOnlyTarget:
        QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadGroup));
        break;
    case SaveFailure::UnwritableFolder:
        if (!permissionsApply(sub))
            QSKIP("permissions do not apply to this user (root)");
        QVERIFY(QFile::setPermissions(sub, QFile::ReadOwner | QFile::ExeOwner));
        break;
    case SaveFailure::LockedTarget:
        lock.emplace(path, SqlConnection::Mode::ReadWrite);
        QVERIFY2(lock->exec(u"BEGIN EXCLUSIVE"_s), qPrintable(lock->errorText()));
        break;
    case SaveFailure::TargetIsFolder:
        QVERIFY(QDir().mkdir(path));
        break;
    case SaveFailure::MissingFolder:
        path = folder.filePath(u"nowhere/project.gpkg"_s);
        break;
    }

    QFETCH(bool, copying);
    const Dataset other = AtlasTest::syntheticDataset(20, u"other"_s);
    if (copying) {
        const QString otherPath = folder.filePath(u"other.gpkg"_s);
        QVERIFY2(ProjectFile::save(other, otherPath, &error), qPrintable(error));
        QVERIFY(!ProjectFile::copy(otherPath, path, &error));
    } else {
        QVERIFY(!ProjectFile::save(other, path, &error));
    }
    QVERIFY2(error.contains(QDir::toNativeSeparators(path)) && error.contains(expected), qPrintable(error));
    lock.reset();
    QFile::setPermissions(sub, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    QCOMPARE(ProjectFile::temporaryFiles(path), QStringList());
    if (hasOldFile) {
        const DatasetLoader::Result loaded = ProjectFile::load(path);
        QVERIFY2(std::holds_alternative<Dataset>(loaded), qPrintable(errorText(loaded)));
        QCOMPARE(std::get<Dataset>(loaded).info.name, m_fixture.info.name);
    }
}

// Save As of an unchanged project copies the file: the copy opens as the same dataset, replaces
// what was at the target, and only a project of the current schema is copied rather than saved.
void TestProjectFile::copyIsTheSameProject()
{
    QTemporaryDir folder;
    const QString original = folder.filePath(u"أصل.gpkg"_s);
    const QString copied = folder.filePath(u"نسخة.gpkg"_s);
    QString error;
    QVERIFY2(ProjectFile::save(m_bundled, original, &error), qPrintable(error));
    QVERIFY2(ProjectFile::save(AtlasTest::syntheticDataset(20, u"other"_s), copied, &error), qPrintable(error));
    QVERIFY(ProjectFile::isCurrentProject(original));

    QVERIFY2(ProjectFile::copy(original, copied, &error), qPrintable(error));
    QCOMPARE(ProjectFile::temporaryFiles(copied), QStringList());
    DatasetLoader::Result loaded = ProjectFile::load(copied);
    QVERIFY2(std::holds_alternative<Dataset>(loaded), qPrintable(errorText(loaded)));
    QCOMPARE(AtlasTest::firstDifference(DatasetWriter::toJson(m_bundled), DatasetWriter::toJson(std::get<Dataset>(loaded))),
             QString());
    QCOMPARE(GeoPackageCheck(copied, m_bundled).problems(), QStringList());
    QVERIFY2(ProjectFile::copy(copied, copied, &error), "a project copied onto itself is already saved");

    QVERIFY(!ProjectFile::copy(folder.filePath(u"gone.gpkg"_s), copied, &error));
    QVERIFY2(error.contains(u"gone.gpkg"_s) && error.contains(u"It was left as it was."_s), qPrintable(error));

    QVERIFY(execute(original, VersionTwoLayout));
    QVERIFY2(!ProjectFile::isCurrentProject(original), "an older schema is saved anew, not copied");
    QFile json(folder.filePath(u"data.json"_s));
    QVERIFY(json.open(QIODevice::WriteOnly));
    json.write("{}");
    json.close();
    QVERIFY(!ProjectFile::isCurrentProject(json.fileName()));
}

void TestProjectFile::replacesWhatALinkPointsTo()
{
    QTemporaryDir folder;
    const QString real = folder.filePath(u"real.gpkg"_s);
    const QString link = folder.filePath(u"link.gpkg"_s);
    QString error;
    QVERIFY2(ProjectFile::save(m_fixture, real, &error), qPrintable(error));
    QVERIFY(QFile::link(real, link));
    QVERIFY2(ProjectFile::save(AtlasTest::syntheticDataset(10, u"through the link"_s), link, &error), qPrintable(error));
    QVERIFY(QFileInfo(link).isSymLink());
    const DatasetLoader::Result loaded = ProjectFile::load(real);
    QVERIFY2(std::holds_alternative<Dataset>(loaded), qPrintable(errorText(loaded)));
    QCOMPARE(std::get<Dataset>(loaded).info.name, u"through the link"_s);
}

void TestProjectFile::keepsPermissions()
{
    QTemporaryDir folder;
    const QString path = folder.filePath(u"shared.gpkg"_s);
    QString error;
    QVERIFY2(ProjectFile::save(m_fixture, path, &error), qPrintable(error));
    // Not QTemporaryFile's owner-only mode: a new project is readable like any new file.
    QVERIFY(QFileInfo(path).permissions() & QFile::ReadOther);
    const QFile::Permissions chosen = QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup;
    QVERIFY(QFile::setPermissions(path, chosen));
    QVERIFY2(ProjectFile::save(m_fixture, path, &error), qPrintable(error));
    QCOMPARE(QFileInfo(path).permissions() & ~(QFile::ReadUser | QFile::WriteUser | QFile::ExeUser), chosen);
}

void TestProjectFile::removesStaleTemporaries()
{
    QTemporaryDir folder;
    const QString path = folder.filePath(u"p.gpkg"_s);
    const QStringList stale{ folder.filePath(u".p.gpkg.atlas-save-aB3dE9"_s), folder.filePath(u".p.gpkg.atlas-save-Zz0000"_s) };
    const QStringList others{ folder.filePath(u".p.gpkg.atlas-save-short"_s), folder.filePath(u".q.gpkg.atlas-save-aB3dE9"_s),
                              folder.filePath(u"p.gpkg.atlas-save-aB3dE9"_s) };
    for (const QString &file : stale + others)
        QVERIFY(writeBytes(file, "remains"));
    QCOMPARE(ProjectFile::temporaryFiles(path), stale);
    QString error;
    QVERIFY2(ProjectFile::save(m_fixture, path, &error), qPrintable(error));
    QCOMPARE(ProjectFile::temporaryFiles(path), QStringList());
    for (const QString &file : others)
        QVERIFY2(QFile::exists(file), qPrintable(file + u" was not ours to remove"_s));
}

void TestProjectFile::killedSaveLeavesOldOrNew_data()
{
    QTest::addColumn<int>("events");
    QTest::addColumn<int>("minimumRounds"); // however slow the build (ASan)
    QTest::addColumn<int>("maximumRounds");
    QTest::addColumn<qint64>("budget");     // milliseconds for the rounds past the minimum, with the first save
    // Few kills of a save long enough that most land while megabytes are written...
    QTest::newRow("large project, some kills") << 20000 << 6 << 40 << qint64(15000);
    // ...and hundreds of kills of a short save, at every stage of it: the temporary file made,
    // the tables created, rows written, the commit, the rename.
    QTest::newRow("small project, hundreds of kills") << 200 << 250 << 400 << qint64(30000);
}

void TestProjectFile::killedSaveLeavesOldOrNew()
{
    QFETCH(int, events);
    QFETCH(int, minimumRounds);
    QFETCH(int, maximumRounds);
    QFETCH(qint64, budget);
    QTemporaryDir folder;
    const QString path = folder.filePath(u"killed.gpkg"_s);
    const auto startHelper = [&](QProcess *helper, const QString &name) {
        helper->start(QStringLiteral(ATLAS_SAVE_HELPER), { path, QString::number(events), name });
        while (helper->state() != QProcess::NotRunning && !helper->canReadLine())
            helper->waitForReadyRead(10000);
        return helper->readLine() == "saving\n";
    };

    // A complete save gives the first content and the time a save takes.
    QElapsedTimer clock;
    clock.start();
    QProcess first;
    QVERIFY(startHelper(&first, u"generation-0"_s));
    QElapsedTimer saving;
    saving.start();
    QVERIFY(first.waitForFinished(60000));
    QCOMPARE(first.exitCode(), 0);
    const qint64 saveTime = qMax<qint64>(saving.elapsed(), 4);

    const quint32 seed = QRandomGenerator::global()->generate();
    qInfo("seed %u; one save of %d events takes about %lld ms", seed, events, saveTime);
    QRandomGenerator random(seed);
    QString current = u"generation-0"_s;
    int rounds = 0;
    int killedWhileWriting = 0;
    int killedAfterRename = 0;
    while (rounds < minimumRounds || (clock.elapsed() + 3 * saveTime < budget && rounds < maximumRounds)) {
        ++rounds;
        const QString next = u"generation-%1"_s.arg(rounds);
        QProcess helper;
        QVERIFY(startHelper(&helper, next));
        // Up to a little past the end of the save, so that some kills come after the rename.
        if (!helper.waitForFinished(int(random.bounded(saveTime * 5 / 4 + 1)))) {
            helper.kill(); // SIGKILL
            QVERIFY(helper.waitForFinished(10000));
        }
        const QStringList temporaries = ProjectFile::temporaryFiles(path);
        QVERIFY2(temporaries.size() <= 1, qPrintable(temporaries.join(u", "_s)));
        killedWhileWriting += int(temporaries.size());

        const DatasetLoader::Result loaded = ProjectFile::load(path);
        QVERIFY2(std::holds_alternative<Dataset>(loaded), qPrintable(u"round %1: %2"_s.arg(rounds).arg(errorText(loaded))));
        const Dataset &dataset = std::get<Dataset>(loaded);
        QVERIFY2(dataset.info.name == current || dataset.info.name == next,
                 qPrintable(u"round %1: found %2, expected %3 or %4"_s.arg(rounds).arg(dataset.info.name, current, next)));
        QCOMPARE(dataset.events.size(), events);
        if (dataset.info.name == next && helper.exitStatus() == QProcess::CrashExit)
            ++killedAfterRename;
        current = dataset.info.name;
    }
    qInfo("%d rounds in %lld ms: %d killed while writing, %d after the rename; the last content is %s", rounds,
          clock.elapsed(), killedWhileWriting, killedAfterRename, qPrintable(current));
    QVERIFY2(killedWhileWriting > 0, "no kill came while the new file was being written");

    // The next save clears the remains of the killed one.
    QString error;
    QVERIFY2(ProjectFile::save(m_fixture, path, &error), qPrintable(error));
    QCOMPARE(ProjectFile::temporaryFiles(path), QStringList());
}

void TestProjectFile::fullOrReadOnlyDiskKeepsOldFile_data()
{
    QTest::addColumn<QString>("disk");
    QTest::addColumn<QString>("expected"); // in the message, after "Cannot save <path>: "
    QTest::newRow("full disk") << u"full"_s << u"the disk is full"_s;
    QTest::newRow("read-only file system") << u"read-only"_s << u"read-only"_s;
}

// A real small file system (a tmpfs the helper mounts in namespaces of its own): root in the build
// root ignores permissions, and a disk cannot be filled for a test any other way.
void TestProjectFile::fullOrReadOnlyDiskKeepsOldFile()
{
    QFETCH(QString, disk);
    QFETCH(QString, expected);
    QTemporaryDir folder;
    const QString mountPoint = folder.filePath(u"قرص"_s);
    QVERIFY(QDir().mkdir(mountPoint));
    QProcess helper;
    helper.start(QStringLiteral(ATLAS_SAVE_HELPER), { u"--on-disk"_s, disk, mountPoint });
    QVERIFY(helper.waitForFinished(120000));
    const QString output = QString::fromUtf8(helper.readAllStandardOutput());
    if (helper.exitCode() == 3)
        QSKIP(qPrintable(u"this kernel gives no user namespaces: "_s + output.trimmed()));
    QVERIFY2(helper.exitStatus() == QProcess::NormalExit && helper.exitCode() == 0,
             qPrintable(output + QString::fromUtf8(helper.readAllStandardError())));
    QMap<QString, QString> report;
    for (const QString &line : output.split(u'\n', Qt::SkipEmptyParts)) {
        const qsizetype colon = line.indexOf(u": "_s);
        report.insert(line.left(colon), line.mid(colon + 2));
    }
    qInfo("%s", qPrintable(report.value(u"error"_s)));
    QCOMPARE(report.value(u"old"_s), u"saved"_s);
    QVERIFY2(!report.contains(u"new"_s), "the save to a full or read-only disk succeeded");
    const QString path = QDir::toNativeSeparators(QDir(mountPoint).filePath(u"project.gpkg"_s));
    QVERIFY2(report.value(u"error"_s).startsWith(u"Cannot save %1: "_s.arg(path)) && report.value(u"error"_s).contains(expected),
             qPrintable(report.value(u"error"_s)));
    QVERIFY2(report.value(u"error"_s).endsWith(u"It was left as it was."_s), qPrintable(report.value(u"error"_s)));
    QCOMPARE(report.value(u"loaded"_s), u"old"_s);
    QCOMPARE(report.value(u"temporaries"_s), u"0"_s);
}

QTEST_GUILESS_MAIN(TestProjectFile)
#include "tst_projectfile.moc"
