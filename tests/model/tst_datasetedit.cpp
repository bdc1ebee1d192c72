// SPDX-License-Identifier: GPL-3.0-or-later
#include "articlereview.h"
#include "atlasdocument.h"
#include "datasetedit.h"
#include "datasetloader.h"
#include "datasetwriter.h"
#include "gazetteer.h"
#include "projectfile.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Atlas;
using namespace Atlas::Article;

/*
 * DatasetEdit and ArticleReview: the reviewed candidates of an article become a source, events
 * and figures citing their verbatim sentences; the edit applies, its inverse restores the
 * dataset exactly, and an edit that would not load is refused with the loader's messages.
 */
class TestDatasetEdit : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void acceptedCandidatesBecomeCitedFacts();
    void inverseRestoresTheDataset();
    void refusedWithReasons_data();
    void refusedWithReasons();
    void documentAppliesEdit();
    void addedArticleKeepsItsText();
    void quotesMustBeInTheKeptText();

private:
    Dataset m_dataset;
    std::optional<ArticleExtractor> m_extractor;
};

namespace {

const QString ArticleText = u"وقالت مصادر عسكرية يوم الجمعة إن التحالف الدولي قصف مواقع للتنظيم قرب منبج، وقتل 35 مقاتلا في الهجوم. "
                        u"وأضافت أن الضربات ستستمر."_s;

} // namespace

void TestDatasetEdit::initTestCase()
{
    const auto loaded = DatasetLoader::loadFile(QStringLiteral(ATLAS_SOURCE_DIR "/resources/data/coalition.json"));
    QVERIFY(std::holds_alternative<Dataset>(loaded));
    m_dataset = std::get<Dataset>(loaded);
    m_extractor.emplace(PlaceMatcher(m_dataset.places, Gazetteer::load(QStringLiteral(ATLAS_SOURCE_DIR "/resources/data/gazetteer/syria-iraq.tsv"))));
}

void TestDatasetEdit::acceptedCandidatesBecomeCitedFacts()
{
    const ArticleExtraction x = m_extractor->extract(ArticleText, QDate(2024, 10, 5));
    QCOMPARE(x.events.size(), 1);
    QVERIFY(!x.numbers.isEmpty());
    ArticleReview::SourceInfo info {u"manbij.txt"_s, u"وكالة"_s, u"قصف قرب منبج"_s, u"Strikes near Manbij"_s, false};
    ArticleReview::Decision event {ArticleReview::Decision::Kind::Event, 0, u"strike"_s, u"قصف قرب منبج"_s, u"Coalition strikes near Manbij"_s, {}, {}, u"coalition"_s};
    ArticleReview::Decision figure {ArticleReview::Decision::Kind::Number, 0, {}, u"35 مقاتلا"_s, u"35 fighters killed"_s, u"fighters"_s, {}, u"isis"_s};
    QStringList errors;
    const DatasetEdit edit = ArticleReview::build(m_dataset, x, info, {event, figure}, &errors);
    QVERIFY2(errors.isEmpty(), qPrintable(errors.join(u'\n')));
    QCOMPARE(edit.sources.size(), 1);
    QCOMPARE(edit.sources.constFirst().text, ArticleText); // kept, for "Show in article"
    QCOMPARE(edit.events.size(), 1);
    QCOMPARE(edit.figures.size(), 1);
    QCOMPARE(edit.places.size(), 1); // Manbij, from the gazetteer
    QCOMPARE(edit.places.constFirst().name.en, u"Manbij"_s);
    const Event &e = edit.events.constFirst();
    QCOMPARE(e.date.start, QDate(2024, 10, 4)); // يوم الجمعة before Saturday 5 October
    QVERIFY(e.date.inferred);
    QCOMPARE(e.placeIds, QStringList {edit.places.constFirst().id});
    QVERIFY(ArticleText.contains(e.citations.constFirst().quote));
    QCOMPARE(e.citations.constFirst().sourceId, edit.sources.constFirst().id);
    QCOMPARE(*edit.figures.constFirst().value, 35.0);
    QCOMPARE(edit.figures.constFirst().unit, u"fighters"_s);
    const Dataset changed = edit.applyTo(m_dataset);
    QCOMPARE(changed.events.size(), m_dataset.events.size() + 1);
    QVERIFY(changed.event(e.id));
}

void TestDatasetEdit::inverseRestoresTheDataset()
{
    DatasetEdit edit;
    Event replaced = m_dataset.events.constFirst();
    replaced.title.en = u"Edited title"_s;
    edit.events.append(replaced);
    edit.removeFigures.append(m_dataset.figures.constLast().id);
    const Dataset changed = edit.applyTo(m_dataset);
    QCOMPARE(changed.event(replaced.id)->title.en, u"Edited title"_s);
    QVERIFY(!changed.figure(m_dataset.figures.constLast().id));
    const Dataset restored = edit.inverse(m_dataset).applyTo(changed);
    // Same content (order may differ for re-added items): compare the written JSON by id.
    QCOMPARE(restored.events.size(), m_dataset.events.size());
    QCOMPARE(restored.figures.size(), m_dataset.figures.size());
    QCOMPARE(restored.event(replaced.id)->title.en, m_dataset.events.constFirst().title.en);
    QVERIFY(restored.figure(m_dataset.figures.constLast().id));
}

void TestDatasetEdit::refusedWithReasons_data()
{
    QTest::addColumn<QString>("titleEn");
    QTest::addColumn<QString>("actor");
    QTest::addColumn<QString>("reason");
    QTest::newRow("no English title") << QString() << u"coalition"_s << u"needs a title in Arabic and in English"_s;
    QTest::newRow("unknown actor") << u"Strikes"_s << u"nobody"_s << u"needs an actor"_s;
}

void TestDatasetEdit::refusedWithReasons()
{
    QFETCH(QString, titleEn);
    QFETCH(QString, actor);
    QFETCH(QString, reason);
    const ArticleExtraction x = m_extractor->extract(ArticleText, QDate(2024, 10, 5));
    ArticleReview::SourceInfo info {u"manbij.txt"_s, QString(), u"قصف"_s, u"Strikes"_s, false};
    ArticleReview::Decision event {ArticleReview::Decision::Kind::Event, 0, u"strike"_s, u"قصف"_s, titleEn, {}, {}, actor};
    QStringList errors;
    const DatasetEdit edit = ArticleReview::build(m_dataset, x, info, {event}, &errors);
    QVERIFY(edit.isEmpty());
    QVERIFY2(errors.join(u'\n').contains(reason), qPrintable(errors.join(u'\n')));
}

void TestDatasetEdit::documentAppliesEdit()
{
    AtlasDocument document;
    document.setDataset(m_dataset, u"test.json"_s, u":/data/sources"_s);
    QSignalSpy changed(&document, &AtlasDocument::datasetChanged);
    DatasetEdit edit;
    edit.removeEvents.append(m_dataset.events.constFirst().id);
    document.applyEdit(edit);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(document.dataset().events.size(), m_dataset.events.size() - 1);
    QCOMPARE(document.origin(), u"test.json"_s);
    document.applyEdit(edit.inverse(m_dataset));
    QCOMPARE(document.dataset().events.size(), m_dataset.events.size());
}

// The article added with File > Add Article… is the new source with its text, outlet, title and
// publication date, through JSON and a project: its quotes can be shown in it after reopening.
void TestDatasetEdit::addedArticleKeepsItsText()
{
    const QString text = ArticleText + u"\n<b>markup</b> \u202eكما هي\u202c"_s;
    const ArticleExtraction x = m_extractor->extract(text, QDate(2024, 10, 5));
    ArticleReview::SourceInfo info {u"منبج.txt"_s, u"عنب بلدي"_s, u"قصف قرب منبج"_s, u"Strikes near Manbij"_s, false};
    ArticleReview::Decision event {ArticleReview::Decision::Kind::Event, 0, u"strike"_s, u"قصف قرب منبج"_s, u"Coalition strikes near Manbij"_s, {}, {}, u"coalition"_s};
    QStringList errors;
    const Dataset changed = ArticleReview::build(m_dataset, x, info, {event}, &errors).applyTo(m_dataset);
    QVERIFY2(errors.isEmpty(), qPrintable(errors.join(u'\n')));
    const Source added = changed.sources.constLast();

    QTemporaryDir folder;
    const QString path = folder.filePath(u"مشروع.gpkg"_s);
    QString error;
    QVERIFY2(ProjectFile::save(changed, path, &error), qPrintable(error));
    const auto loaded = ProjectFile::load(path);
    QVERIFY(std::holds_alternative<Dataset>(loaded));
    const auto json = DatasetLoader::loadJson(DatasetWriter::toBytes(changed));
    QVERIFY(std::holds_alternative<Dataset>(json));
    for (const Dataset &reopened : {std::get<Dataset>(loaded), std::get<Dataset>(json)}) {
        const Source *source = reopened.source(added.id);
        QVERIFY(source);
        QCOMPARE(source->text, text);
        QCOMPARE(source->outlet.ar, u"عنب بلدي"_s);
        QCOMPARE(source->title.en, u"Strikes near Manbij"_s);
        QCOMPARE(source->published.start, QDate(2024, 10, 5));
        const Event &cited = reopened.events.constLast();
        QCOMPARE(cited.citations.constFirst().sourceId, added.id);
        QVERIFY(source->text.contains(cited.citations.constFirst().quote));
    }
}

void TestDatasetEdit::quotesMustBeInTheKeptText()
{
    Dataset dataset = m_dataset;
    Source source;
    source.id = u"art-kept"_s;
    source.file = u"kept.txt"_s;
    source.outlet = LocalizedText {u"وكالة"_s, u"Agency"_s};
    source.title = LocalizedText {u"عنوان"_s, u"Title"_s};
    source.published.start = QDate(2024, 1, 1);
    source.text = u"قال المتحدث إن التحالف سيواصل عمله."_s;
    dataset.sources.append(source);
    dataset.events.first().citations.append(Citation {source.id, u"التحالف سيواصل عمله"_s});
    QVERIFY(std::holds_alternative<Dataset>(DatasetLoader::loadObject(DatasetWriter::toJson(dataset))));
    dataset.events.first().citations.last().quote = u"التحالف سيواصل عمله."_s.replace(u'ا', u'أ');
    const auto refused = DatasetLoader::loadObject(DatasetWriter::toJson(dataset));
    QVERIFY(std::holds_alternative<QList<LoadError>>(refused));
    const LoadError error = std::get<QList<LoadError>>(refused).constFirst();
    QCOMPARE(error.path, u"events[0].citations[%1].quote"_s.arg(dataset.events.first().citations.size() - 1));
    QCOMPARE(error.message, u"not a verbatim part of the text of source \"art-kept\""_s);
}

QTEST_GUILESS_MAIN(TestDatasetEdit)
#include "tst_datasetedit.moc"
