// SPDX-License-Identifier: GPL-3.0-or-later
// The summarising briefing (docs/briefing-summary.md): a briefing of a big dataset stays within
// its page limit, lists the top-ranked events and counts them all; the appendix adds every
// event; a small dataset keeps its full list.
#include "atlasdocument.h"
#include "briefingrenderer.h"
#include "corpusgenerator.h"
#include "documentloader.h"
#include "eventsummary.h"

#include <QDir>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace Atlas;

namespace {

constexpr int PageLimit = 20; // issue 14: a briefing of a million events is at most 20 pages by default

int pdfPages(const QString &fileName)
{
    QProcess process;
    process.start(u"pdfinfo"_s, { fileName });
    if (!process.waitForFinished(60000))
        return -1;
    static const QRegularExpression pages(u"^Pages:\\s+(\\d+)"_s, QRegularExpression::MultilineOption);
    const QRegularExpressionMatch match = pages.match(QString::fromUtf8(process.readAllStandardOutput()));
    return match.hasMatch() ? match.captured(1).toInt() : -1;
}

BriefingOptions optionsFor(Language language)
{
    BriefingOptions options;
    options.language = language;
    options.charts = { u"troops"_s, u"attacks"_s };
    options.generated = QDateTime(QDate(2026, 1, 15), QTime(9, 30), QTimeZone::UTC);
    return options;
}

// The events of the dataset whose date interval overlaps [from, to], as the filter takes them.
QList<const Event *> eventsOverlapping(const Dataset &dataset, QDate from, QDate to)
{
    QList<const Event *> events;
    for (const Event &event : dataset.events) {
        if ((!to.isValid() || event.date.earliest() <= to) && (!from.isValid() || event.date.latest() >= from))
            events.append(&event);
    }
    return events;
}

int blocksOf(const BriefingRenderer &renderer, BriefingBlock::Kind kind)
{
    int count = 0;
    for (const BriefingPage &page : renderer.pages())
        count += int(page.blocksOf(kind).size());
    return count;
}

} // namespace

class TestBriefingSummary : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void bigDatasetStaysWithinPageLimit_data();
    void bigDatasetStaysWithinPageLimit();
    void appendixAddsEveryEvent_data();
    void appendixAddsEveryEvent();
    void smallDatasetKeepsItsList_data();
    void smallDatasetKeepsItsList();

private:
    AtlasDocument m_bundled;
    AtlasDocument m_big;
    QTemporaryDir m_dir;
};

void TestBriefingSummary::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(!QStandardPaths::findExecutable(u"pdfinfo"_s).isEmpty(), "pdfinfo (poppler-utils) is needed");
    QStringList errors;
    QVERIFY2(loadDocument(m_bundled, AtlasDocument::bundledDatasetPath(), &errors), qPrintable(errors.join(u'\n')));
    AtlasBench::CorpusGenerator::Options corpus;
    corpus.eventCount = 20000;
    corpus.placeCount = 1000;
    corpus.seed = 20140808;
    m_big.setDataset(AtlasBench::CorpusGenerator::generate(corpus).dataset, u"corpus"_s, QString());
}

void TestBriefingSummary::bigDatasetStaysWithinPageLimit_data()
{
    QTest::addColumn<int>("language");
    QTest::newRow("English") << int(Language::English);
    QTest::newRow("Arabic") << int(Language::Arabic);
}

void TestBriefingSummary::bigDatasetStaysWithinPageLimit()
{
    QFETCH(int, language);
    const BriefingOptions options = optionsFor(Language(language));
    // ATLAS_BRIEFING_OUTPUT keeps the PDFs for looking at them, as in tst_briefing.
    const QString keep = qEnvironmentVariable("ATLAS_BRIEFING_OUTPUT");
    const QDir folder(keep.isEmpty() ? m_dir.path() : keep);
    QDir().mkpath(folder.path());
    const QString fileName = folder.filePath(u"big-"_s + QString::fromLatin1(QTest::currentDataTag()) + u".pdf"_s);
    QString error;
    QVERIFY2(writeBriefingPdf(m_big, options, fileName, &error), qPrintable(error));
    const int pages = pdfPages(fileName);
    QVERIFY2(pages >= 1 && pages <= PageLimit, qPrintable(u"%1 pages"_s.arg(pages)));

    const BriefingRenderer renderer(m_big, options);
    QCOMPARE(renderer.pageCount(), pages);
    const BriefingSheet &sheet = renderer.sheets().constFirst();
    QVERIFY(sheet.summarised);
    QVERIFY(sheet.appendix.isEmpty());
    QCOMPARE(sheet.counts.size(), 4);
    QCOMPARE(blocksOf(renderer, BriefingBlock::Kind::CountTables), 2);

    // The listed events are the top of the ranking, in its order, over every event.
    const Dataset &dataset = m_big.dataset();
    QList<const Event *> all;
    for (const Event &event : dataset.events)
        all.append(&event);
    const QList<const Event *> top = EventSummary::topEvents(all, options.topEventCount);
    QCOMPARE(sheet.events.size(), qsizetype(options.topEventCount));
    QCOMPARE(blocksOf(renderer, BriefingBlock::Kind::Event), options.topEventCount);
    for (int i = 0; i < top.size(); ++i)
        QCOMPARE(sheet.events.at(i).eventId, top.at(i)->id);
    for (const Event *event : std::as_const(all)) {
        const bool listed = std::any_of(top.cbegin(), top.cend(), [&](const Event *t) { return t == event; });
        QVERIFY2(listed || !EventSummary::ranksBefore(*event, *top.constLast()), qPrintable(event->id));
    }
    QVERIFY(sheet.summaryNote.contains(u"20,000"_s) || sheet.summaryNote.contains(u"٢٠٬٠٠٠"_s)
            || sheet.summaryNote.contains(u"20٬000"_s));
}

void TestBriefingSummary::appendixAddsEveryEvent_data()
{
    QTest::addColumn<QDate>("from");
    QTest::addColumn<QDate>("to");
    QTest::newRow("a quarter of the big dataset") << QDate(2016, 1, 1) << QDate(2016, 3, 31);
}

void TestBriefingSummary::appendixAddsEveryEvent()
{
    QFETCH(QDate, from);
    QFETCH(QDate, to);
    BriefingOptions options = optionsFor(Language::English);
    options.from = from;
    options.to = to;
    const qsizetype inWindow = eventsOverlapping(m_big.dataset(), from, to).size();
    QVERIFY2(inWindow > options.summaryThreshold, qPrintable(QString::number(inWindow)));

    const BriefingRenderer summary(m_big, options);
    QVERIFY(summary.sheets().constFirst().summarised);
    QVERIFY(summary.pageCount() <= PageLimit);
    QCOMPARE(blocksOf(summary, BriefingBlock::Kind::AppendixEvent), 0);

    options.appendix = true;
    const BriefingRenderer withAppendix(m_big, options);
    const BriefingSheet &sheet = withAppendix.sheets().constFirst();
    QCOMPARE(sheet.appendix.size(), inWindow);
    QCOMPARE(sheet.events.size(), qsizetype(options.topEventCount)); // the summary stays in front
    QVERIFY2(withAppendix.pageCount() > summary.pageCount(),
             qPrintable(u"%1 pages with the appendix, %2 without"_s.arg(withAppendix.pageCount()).arg(summary.pageCount())));
    // Every event once, oldest first, starting on a page of its own after the summary.
    QList<int> indices;
    int firstAppendixPage = -1;
    for (int p = 0; p < withAppendix.pageCount(); ++p) {
        for (const BriefingBlock &block : withAppendix.pages().at(p).blocksOf(BriefingBlock::Kind::AppendixEvent)) {
            if (firstAppendixPage < 0)
                firstAppendixPage = p;
            indices.append(block.index);
        }
    }
    QCOMPARE(indices.size(), inWindow);
    for (int i = 0; i < indices.size(); ++i)
        QCOMPARE(indices.at(i), i);
    QVERIFY(firstAppendixPage >= summary.pageCount() - 1);
    QVERIFY(withAppendix.pages().at(firstAppendixPage).blocksOf(BriefingBlock::Kind::Event).isEmpty());
}

void TestBriefingSummary::smallDatasetKeepsItsList_data()
{
    QTest::addColumn<int>("threshold");
    QTest::addColumn<bool>("summarised");
    QTest::newRow("the default threshold") << BriefingOptions::DefaultSummaryThreshold << false;
    QTest::newRow("exactly its events") << int(m_bundled.dataset().events.size()) << false;
    QTest::newRow("a threshold below its events") << 10 << true;
}

void TestBriefingSummary::smallDatasetKeepsItsList()
{
    QFETCH(int, threshold);
    QFETCH(bool, summarised);
    BriefingOptions options = optionsFor(Language::English);
    options.summaryThreshold = threshold;
    const BriefingRenderer renderer(m_bundled, options);
    const BriefingSheet &sheet = renderer.sheets().constFirst();
    const qsizetype total = m_bundled.dataset().events.size();
    QCOMPARE(sheet.summarised, summarised);
    QCOMPARE(sheet.events.size(), summarised ? qsizetype(options.topEventCount) : total);
    QCOMPARE(sheet.counts.isEmpty(), !summarised);
    QCOMPARE(blocksOf(renderer, BriefingBlock::Kind::CountTables) > 0, summarised);
    QCOMPARE(blocksOf(renderer, BriefingBlock::Kind::Event), int(sheet.events.size()));
}

QTEST_MAIN(TestBriefingSummary)
#include "tst_briefingsummary.moc"
