// SPDX-License-Identifier: GPL-3.0-or-later
#include "datasetloader.h"
#include "datasetwriter.h"
#include "roundtripcases.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using Atlas::Dataset;
using Atlas::DatasetLoader;
using Atlas::DatasetWriter;
using AtlasTest::errorText;

/*
 * DatasetWriter gives back what DatasetLoader read: the bundled dataset and every valid variant
 * of the fixture come out as equal JSON documents, and writeFile() replaces a file whole.
 */
class TestDatasetWriter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void bundledDatasetRoundTrips();
    void roundTrip_data();
    void roundTrip();
    void writesArabicAsCharacters();
    void writeFile_data();
    void writeFile();
    void writeFileFailure();

private:
    QJsonObject m_fixture;
};

void TestDatasetWriter::initTestCase()
{
    m_fixture = QJsonDocument::fromJson(AtlasTest::readAll(QStringLiteral(ATLAS_TEST_DATA_DIR "/minimal.json"))).object();
    QVERIFY(!m_fixture.isEmpty());
}

void TestDatasetWriter::bundledDatasetRoundTrips()
{
    const QByteArray bytes = AtlasTest::readAll(u":/data/coalition.json"_s);
    QVERIFY2(!bytes.isEmpty(), "the resource :/data/coalition.json is not linked into the test");
    const DatasetLoader::Result result = DatasetLoader::loadJson(bytes);
    QVERIFY2(std::holds_alternative<Dataset>(result), qPrintable(errorText(result)));
    const QJsonObject original = QJsonDocument::fromJson(bytes).object();
    const QJsonObject written = DatasetWriter::toJson(std::get<Dataset>(result));
    QCOMPARE(AtlasTest::firstDifference(original, written), QString());
    QCOMPARE(written, original);
}

void TestDatasetWriter::roundTrip_data()
{
    AtlasTest::addRoundTripRows();
}

void TestDatasetWriter::roundTrip()
{
    QFETCH(QList<AtlasTest::Edit>, edits);
    const QJsonObject original = AtlasTest::withEdits(m_fixture, edits);
    const DatasetLoader::Result result = DatasetLoader::loadObject(original);
    QVERIFY2(std::holds_alternative<Dataset>(result), qPrintable(u"the variant is invalid: "_s + errorText(result)));
    const QJsonObject written = DatasetWriter::toJson(std::get<Dataset>(result));
    QCOMPARE(AtlasTest::firstDifference(original, written), QString());

    // And through bytes: what a file would hold parses to the same document.
    const QJsonObject reparsed = QJsonDocument::fromJson(DatasetWriter::toBytes(std::get<Dataset>(result))).object();
    QCOMPARE(AtlasTest::firstDifference(original, reparsed), QString());
}

void TestDatasetWriter::writesArabicAsCharacters()
{
    const DatasetLoader::Result result = DatasetLoader::loadObject(m_fixture);
    QVERIFY(std::holds_alternative<Dataset>(result));
    const QByteArray bytes = DatasetWriter::toBytes(std::get<Dataset>(result));
    QVERIFY(bytes.contains(u"التاجي"_s.toUtf8()));
    QVERIFY(!bytes.contains("\\u06"));
}

void TestDatasetWriter::writeFile_data()
{
    QTest::addColumn<QString>("relativePath");
    QTest::newRow("plain name") << u"dataset.json"_s;
    QTest::newRow("Arabic folder and name") << u"بيانات/التحالف.json"_s;
}

void TestDatasetWriter::writeFile()
{
    QFETCH(QString, relativePath);
    QTemporaryDir folder;
    QVERIFY(folder.isValid());
    const QString path = folder.filePath(relativePath);
    QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
    QFile old(path);
    QVERIFY(old.open(QIODevice::WriteOnly));
    old.write("an older file, longer than nothing");
    old.close();

    const Dataset dataset = std::get<Dataset>(DatasetLoader::loadObject(m_fixture));
    QString error;
    QVERIFY2(DatasetWriter::writeFile(dataset, path, &error), qPrintable(error));
    const DatasetLoader::Result reread = DatasetLoader::loadFile(path);
    QVERIFY2(std::holds_alternative<Dataset>(reread), qPrintable(errorText(reread)));
    QCOMPARE(AtlasTest::firstDifference(m_fixture, DatasetWriter::toJson(std::get<Dataset>(reread))), QString());
    QCOMPARE(QDir(QFileInfo(path).absolutePath()).entryList(QDir::Files | QDir::Hidden), QStringList{ QFileInfo(path).fileName() });
}

void TestDatasetWriter::writeFileFailure()
{
    QTemporaryDir folder;
    QVERIFY(folder.isValid());
    const QString path = folder.filePath(u"no such folder/out.json"_s);
    QString error;
    QVERIFY(!DatasetWriter::writeFile(std::get<Dataset>(DatasetLoader::loadObject(m_fixture)), path, &error));
    QVERIFY2(error.contains(QDir::toNativeSeparators(path)), qPrintable(error));
    QVERIFY(!QFileInfo::exists(path));
}

QTEST_GUILESS_MAIN(TestDatasetWriter)
#include "tst_datasetwriter.moc"
