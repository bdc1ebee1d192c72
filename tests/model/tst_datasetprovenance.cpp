// SPDX-License-Identifier: GPL-3.0-or-later
#include <QDir>
#include <QHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

const QString BundledDataset = u":/data/coalition.json"_s;
const QString BundledSources = u":/data/sources"_s;
const QString SeedsDir = QStringLiteral(ATLAS_SEEDS_DIR);
const QString CheckoutSources = QStringLiteral(ATLAS_SOURCE_DIR "/resources/data/sources");

QByteArray readAll(const QString &fileName, bool *ok = nullptr)
{
    QFile file(fileName);
    const bool opened = file.open(QIODevice::ReadOnly);
    if (ok)
        *ok = opened;
    return opened ? file.readAll() : QByteArray();
}

// The bundled dataset as raw JSON: provenance is checked on the file itself, so it holds even
// for a dataset the loader would reject for other reasons.
QJsonObject bundledRoot()
{
    return QJsonDocument::fromJson(readAll(BundledDataset)).object();
}

QSet<QString> fileNames(const QString &folder)
{
    const QStringList names = QDir(folder).entryList(QDir::Files);
    return QSet<QString>(names.cbegin(), names.cend());
}

// The numbers written in a text, as digit strings: Arabic-Indic digits become ASCII ones and
// thousands separators between digits go ("19,873" and "١٩٨٧٣" are both "19873").
QSet<QString> digitRuns(QString text)
{
    for (QChar &c : text) {
        if (c.unicode() >= 0x0660 && c.unicode() <= 0x0669)
            c = QChar(u'0' + (c.unicode() - 0x0660));
        else if (c.unicode() >= 0x06F0 && c.unicode() <= 0x06F9)
            c = QChar(u'0' + (c.unicode() - 0x06F0));
    }
    static const QRegularExpression separator(u"(?<=[0-9])[,\u066C](?=[0-9])"_s);
    text.remove(separator);
    QSet<QString> runs;
    static const QRegularExpression digits(u"[0-9]+"_s);
    for (const QRegularExpressionMatch &match : digits.globalMatch(text))
        runs.insert(match.captured());
    return runs;
}

} // namespace

/*
 * The dataset's claims trace back to the five seed articles: every citation quote occurs
 * byte-for-byte in the article it cites, the bundled article copies (on disk and in the
 * resource) are identical to the seeds, and every source names an article that is there.
 * Every event and figure has an English summary and the dataset's Arabic translation of it,
 * which adds no number and puts in quotation marks only the article's own words.
 */
class TestDatasetProvenance : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void quoteIsVerbatim_data();
    void quoteIsVerbatim();
    void sourceHeadlineIsVerbatim_data();
    void sourceHeadlineIsVerbatim();
    void bundledArticleMatchesSeed_data();
    void bundledArticleMatchesSeed();
    void sourceFileExists_data();
    void sourceFileExists();
    void digitRuns_data();
    void digitRuns();
    void summaryInBothLanguages_data();
    void summaryInBothLanguages();
};

void TestDatasetProvenance::initTestCase()
{
    QVERIFY2(QDir(SeedsDir).exists(),
             qPrintable(u"the seed articles are expected in %1 (ATLAS_SEEDS_DIR); that folder is absent"_s
                            .arg(SeedsDir)));
    QVERIFY2(QFile::exists(BundledDataset),
             "the resource :/data/coalition.json is not linked into the test (link atlas_resources)");
    QJsonParseError error;
    QJsonDocument::fromJson(readAll(BundledDataset), &error);
    QVERIFY2(error.error == QJsonParseError::NoError,
             qPrintable(u"the bundled dataset is not valid JSON at byte %1: %2"_s.arg(error.offset).arg(
                 error.errorString())));
}

void TestDatasetProvenance::quoteIsVerbatim_data()
{
    QTest::addColumn<QString>("sourceId");
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("quote");

    const QJsonObject root = bundledRoot();
    QHash<QString, QString> fileOfSource;
    for (const QJsonValue source : root.value("sources"_L1).toArray())
        fileOfSource.insert(source["id"_L1].toString(), source["file"_L1].toString());
    for (const auto section : { "sources"_L1, "places"_L1, "events"_L1, "figures"_L1 }) {
        const QJsonArray items = root.value(section).toArray();
        for (qsizetype i = 0; i < items.size(); ++i) {
            const QJsonObject item = items.at(i).toObject();
            const QString id = item.value("id"_L1).toString();
            const QJsonArray citations = item.value("citations"_L1).toArray();
            for (qsizetype c = 0; c < citations.size(); ++c) {
                const QJsonObject citation = citations.at(c).toObject();
                QTest::addRow("%s %s #%lld", section.data(), qPrintable(id), qlonglong(c))
                    << citation.value("source"_L1).toString()
                    << fileOfSource.value(citation.value("source"_L1).toString())
                    << citation.value("quote"_L1).toString();
            }
        }
    }
}

void TestDatasetProvenance::quoteIsVerbatim()
{
    QFETCH(QString, sourceId);
    QFETCH(QString, file);
    QFETCH(QString, quote);

    QVERIFY2(!file.isEmpty(), qPrintable(u"no source with id \"%1\" and a file"_s.arg(sourceId)));
    QVERIFY2(!quote.isEmpty(), "empty quote");
    bool ok = false;
    const QByteArray article = readAll(SeedsDir + u'/' + file, &ok);
    QVERIFY2(ok, qPrintable(u"cannot read the seed article %1/%2"_s.arg(SeedsDir, file)));
    QVERIFY2(article.contains(quote.toUtf8()),
             qPrintable(u"not found verbatim in %1: \"%2\""_s.arg(file, quote)));
}

// docs/dataset.md: a source's Arabic title is the headline exactly as in the article, and its
// author the byline as written.
void TestDatasetProvenance::sourceHeadlineIsVerbatim_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("text");
    for (const QJsonValue value : bundledRoot().value("sources"_L1).toArray()) {
        const QJsonObject source = value.toObject();
        const QString id = source.value("id"_L1).toString();
        const QString file = source.value("file"_L1).toString();
        QTest::addRow("%s title", qPrintable(id)) << file << source["title"_L1]["ar"_L1].toString();
        if (source.contains("author"_L1))
            QTest::addRow("%s author", qPrintable(id)) << file << source.value("author"_L1).toString();
    }
}

void TestDatasetProvenance::sourceHeadlineIsVerbatim()
{
    QFETCH(QString, file);
    QFETCH(QString, text);
    QVERIFY2(!text.isEmpty(), "empty");
    bool ok = false;
    const QByteArray article = readAll(SeedsDir + u'/' + file, &ok);
    QVERIFY2(ok, qPrintable(u"cannot read the seed article %1/%2"_s.arg(SeedsDir, file)));
    QVERIFY2(article.contains(text.toUtf8()), qPrintable(u"not found verbatim in %1: \"%2\""_s.arg(file, text)));
}

void TestDatasetProvenance::bundledArticleMatchesSeed_data()
{
    QTest::addColumn<QString>("name");
    QSet<QString> names = fileNames(CheckoutSources);
    names.unite(fileNames(BundledSources));
    QVERIFY2(!names.isEmpty(), qPrintable(u"no articles in %1 nor in the resource"_s.arg(CheckoutSources)));
    QStringList sorted(names.cbegin(), names.cend());
    sorted.sort();
    for (const QString &name : std::as_const(sorted))
        QTest::newRow(qPrintable(name)) << name;
}

void TestDatasetProvenance::bundledArticleMatchesSeed()
{
    QFETCH(QString, name);
    bool ok = false;
    const QByteArray seed = readAll(SeedsDir + u'/' + name, &ok);
    QVERIFY2(ok, qPrintable(u"%1 has no seed article of that name in %2"_s.arg(name, SeedsDir)));
    const QByteArray onDisk = readAll(CheckoutSources + u'/' + name, &ok);
    QVERIFY2(ok, qPrintable(u"missing from %1"_s.arg(CheckoutSources)));
    QVERIFY2(onDisk == seed, qPrintable(u"%1/%2 differs from the seed"_s.arg(CheckoutSources, name)));
    const QByteArray bundled = readAll(BundledSources + u'/' + name, &ok);
    QVERIFY2(ok, qPrintable(u"missing from the resource %1 (resources/CMakeLists.txt)"_s.arg(BundledSources)));
    QVERIFY2(bundled == seed, qPrintable(u"%1/%2 differs from the seed"_s.arg(BundledSources, name)));
}

void TestDatasetProvenance::sourceFileExists_data()
{
    QTest::addColumn<QString>("file");
    const QJsonArray sources = bundledRoot().value("sources"_L1).toArray();
    QVERIFY2(!sources.isEmpty(), "the bundled dataset lists no sources");
    for (const QJsonValue source : sources) {
        const QJsonObject object = source.toObject();
        QTest::newRow(qPrintable(object.value("id"_L1).toString())) << object.value("file"_L1).toString();
    }
}

void TestDatasetProvenance::sourceFileExists()
{
    QFETCH(QString, file);
    QVERIFY2(!file.isEmpty(), "the source names no file");
    QVERIFY2(QFile::exists(SeedsDir + u'/' + file), qPrintable(u"%1 is not a seed article"_s.arg(file)));
    QVERIFY2(QFile::exists(CheckoutSources + u'/' + file),
             qPrintable(u"%1 is not in %2"_s.arg(file, CheckoutSources)));
    QVERIFY2(QFile::exists(BundledSources + u'/' + file),
             qPrintable(u"%1 is not in the resource %2"_s.arg(file, BundledSources)));
}

void TestDatasetProvenance::digitRuns_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("runs");
    QTest::newRow("none") << u"التحالف الدولي"_s << QStringList();
    QTest::newRow("Latin digits in Arabic") << u"بـ347 مليون دولار عام 2020"_s << QStringList{ u"2020"_s, u"347"_s };
    QTest::newRow("thousands separator") << u"19,873 air strikes, 2,500–3,500"_s
                                         << QStringList{ u"19873"_s, u"2500"_s, u"3500"_s };
    QTest::newRow("Arabic-Indic digits") << u"١٩٨٧٣ ضربة و٢٠١٤"_s << QStringList{ u"19873"_s, u"2014"_s };
    QTest::newRow("Arabic thousands separator") << u"١٩٬٨٧٣"_s << QStringList{ u"19873"_s };
    QTest::newRow("a comma between numbers") << u"56, 27"_s << QStringList{ u"27"_s, u"56"_s };
}

void TestDatasetProvenance::digitRuns()
{
    QFETCH(QString, text);
    QFETCH(QStringList, runs);
    QStringList found = ::digitRuns(text).values();
    found.sort();
    QCOMPARE(found, runs);
}

void TestDatasetProvenance::summaryInBothLanguages_data()
{
    QTest::addColumn<QString>("en");
    QTest::addColumn<QString>("ar");
    QTest::addColumn<QStringList>("quotes");
    const QJsonObject root = bundledRoot();
    for (const QString &section : { u"events"_s, u"figures"_s }) {
        for (const QJsonValue &item : root.value(section).toArray()) {
            const QJsonObject object = item.toObject();
            const QJsonObject summary = object.value("summary"_L1).toObject();
            QStringList quotes;
            for (const QJsonValue &citation : object.value("citations"_L1).toArray())
                quotes.append(citation.toObject().value("quote"_L1).toString());
            QTest::addRow("%s %s", qPrintable(section), qPrintable(object.value("id"_L1).toString()))
                << summary.value("en"_L1).toString() << summary.value("ar"_L1).toString() << quotes;
        }
    }
}

void TestDatasetProvenance::summaryInBothLanguages()
{
    QFETCH(QString, en);
    QFETCH(QString, ar);
    QFETCH(QStringList, quotes);
    QVERIFY2(!en.trimmed().isEmpty(), "no English summary");
    QVERIFY2(!ar.trimmed().isEmpty(), "no Arabic summary");
    QVERIFY2(std::any_of(ar.cbegin(), ar.cend(), [](QChar c) { return c.script() == QChar::Script_Arabic; }),
             qPrintable(ar));
    const QString allQuotes = quotes.join(u'\n');
    const QSet<QString> known = ::digitRuns(allQuotes) + ::digitRuns(en);
    for (const QString &number : ::digitRuns(ar))
        QVERIFY2(known.contains(number), qPrintable(u"%1 is in neither the quotes nor the English summary"_s.arg(number)));
    // A passage in quotation marks is the article's: it must be in the quotes as written.
    static const QRegularExpression quoted(u"\"([^\"]+)\""_s);
    for (const QRegularExpressionMatch &match : quoted.globalMatch(ar))
        QVERIFY2(allQuotes.contains(match.captured(1)), qPrintable(u"not the article's words: "_s + match.captured(1)));
}

QTEST_GUILESS_MAIN(TestDatasetProvenance)
#include "tst_datasetprovenance.moc"
