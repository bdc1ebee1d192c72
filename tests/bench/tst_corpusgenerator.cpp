// SPDX-License-Identifier: GPL-3.0-or-later
// What the benchmarks' synthetic corpus promises (CorpusGenerator): a valid dataset of the asked
// size, one Arabic event in ten, quotes verbatim from the generated articles, places inside the
// theatre box, every date precision and ranges, and the same output for the same seed.
#include "corpusgenerator.h"
#include "datasetloader.h"
#include "datasetwriter.h"
#include "documentloader.h"
#include "atlasdocument.h"
#include "eventfiltermodel.h"

#include <QJsonDocument>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Atlas;
using AtlasBench::CorpusGenerator;

namespace {

constexpr int EventCount = 2000;

bool hasArabic(const QString &text)
{
    return std::any_of(text.begin(), text.end(), [](QChar c) { return c.script() == QChar::Script_Arabic; });
}

} // namespace

class TestCorpusGenerator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { m_corpus = CorpusGenerator::generate({ EventCount, 5000, 7 }); }

    void passesTheLoadersChecks()
    {
        const DatasetLoader::Result result = DatasetLoader::loadObject(DatasetWriter::toJson(m_corpus.dataset));
        if (const auto *errors = std::get_if<QList<LoadError>>(&result))
            QFAIL(qPrintable(errors->first().toString() + u" (%1 errors)"_s.arg(errors->size())));
    }

    void countsMatch()
    {
        const Dataset &d = m_corpus.dataset;
        QCOMPARE(d.events.size(), EventCount);
        QCOMPARE(d.places.size(), 5000);
        QCOMPARE(d.sources.size(), 20); // one per thousand events, at least 20
        QCOMPARE(d.actors.size(), 12);
    }

    void oneEventInTenIsArabic()
    {
        int arabic = 0;
        for (const Event &event : m_corpus.dataset.events) {
            QVERIFY(!hasArabic(event.title.en));
            arabic += hasArabic(event.title.ar);
        }
        QCOMPARE_GE(arabic, EventCount * 9 / 100);
        QCOMPARE_LE(arabic, EventCount * 11 / 100);
    }

    void textsHaveTheirLengths()
    {
        for (const Event &event : m_corpus.dataset.events) {
            QVERIFY2(event.title.en.size() >= 60 && event.title.en.size() <= 120, qPrintable(event.title.en));
            QVERIFY2(event.title.ar.size() >= 60 && event.title.ar.size() <= 120, qPrintable(event.title.ar));
            QVERIFY2(event.summary.en.size() >= 200 && event.summary.en.size() <= 400, qPrintable(event.summary.en));
        }
    }

    void quotesAreVerbatimSubstringsOfTheirArticle()
    {
        const Dataset &d = m_corpus.dataset;
        QCOMPARE(m_corpus.articles.size(), d.sources.size());
        QHash<QString, QString> text;
        for (qsizetype i = 0; i < d.sources.size(); ++i) {
            QCOMPARE(m_corpus.articles.at(i).file, d.sources.at(i).file);
            text.insert(d.sources.at(i).id, m_corpus.articles.at(i).text);
        }
        const auto check = [&](const QList<Citation> &citations) {
            for (const Citation &citation : citations) {
                if (!text.value(citation.sourceId).contains(citation.quote))
                    return false;
            }
            return true;
        };
        for (const Event &event : d.events)
            QVERIFY2(check(event.citations), qPrintable(event.id));
        for (const Place &place : d.places)
            QVERIFY2(check(place.citations), qPrintable(place.id));
    }

    void placesAreInTheTheatreBox()
    {
        QSet<QString> names;
        for (const Place &place : m_corpus.dataset.places) {
            QVERIFY2(place.lat >= 29 && place.lat <= 37.5 && place.lon >= 36 && place.lon <= 48, qPrintable(place.id));
            QVERIFY(place.theatre);
            QVERIFY(hasArabic(place.name.ar));
            QVERIFY(!hasArabic(place.name.en));
            names.insert(place.name.en);
        }
        QCOMPARE(names.size(), m_corpus.dataset.places.size());
    }

    void everyDatePrecisionAndRangeOccurs()
    {
        QSet<QString> kinds;
        for (const Event &event : m_corpus.dataset.events) {
            const FuzzyDate &date = event.date;
            QVERIFY(date.earliest() >= QDate(2014, 1, 1) && date.latest() <= QDate(2024, 12, 31));
            kinds.insert(u"%1%2%3"_s.arg(int(date.precision)).arg(date.isRange() ? u" range"_s : QString(),
                                                                    date.inferred ? u" inferred"_s : QString()));
        }
        for (int precision = 0; precision <= int(DatePrecision::Day); ++precision) {
            QVERIFY2(kinds.contains(QString::number(precision)), qPrintable(QString::number(precision)));
            QVERIFY2(kinds.contains(QString::number(precision) + u" range"_s), qPrintable(QString::number(precision)));
        }
    }

    void theSameSeedGivesTheSameCorpus()
    {
        const auto again = CorpusGenerator::generate({ EventCount, 5000, 7 });
        QCOMPARE(DatasetWriter::toBytes(again.dataset), DatasetWriter::toBytes(m_corpus.dataset));
        QCOMPARE(again.articles.size(), m_corpus.articles.size());
        for (qsizetype i = 0; i < again.articles.size(); ++i)
            QCOMPARE(again.articles.at(i).text, m_corpus.articles.at(i).text);
        const auto other = CorpusGenerator::generate({ EventCount, 5000, 8 });
        QVERIFY(DatasetWriter::toBytes(other.dataset) != DatasetWriter::toBytes(m_corpus.dataset));
    }

    void opensAsAProjectWithItsArticles()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(u"مشروع.gpkg"_s);
        QString error;
        QVERIFY2(CorpusGenerator::writeProject(m_corpus, path, &error), qPrintable(error));
        AtlasDocument document;
        QStringList errors;
        QVERIFY2(loadDocument(document, path, &errors), qPrintable(errors.join(u'\n')));
        QCOMPARE(document.eventFilterModel()->rowCount(), EventCount);
        QVERIFY(QFile::exists(dir.filePath(u"sources/"_s + m_corpus.dataset.sources.first().file)));
    }

private:
    CorpusGenerator::Corpus m_corpus;
};

QTEST_GUILESS_MAIN(TestCorpusGenerator)
#include "tst_corpusgenerator.moc"
