// SPDX-License-Identifier: GPL-3.0-or-later
// BriefingLayout and BriefingCollector: what goes on which page, flowing, headings kept with
// their first item, sections, atlas grouping, and mirroring of the painted page.
#include "atlasdocument.h"
#include "briefingcontent.h"
#include "briefinglayout.h"
#include "briefingrenderer.h"
#include "briefingstyle.h"
#include "documentloader.h"
#include "filtercriteria.h"

#include <QImage>
#include <QTimeZone>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Atlas;

namespace {

QDateTime fixedClock()
{
    return QDateTime(QDate(2026, 1, 15), QTime(9, 30), QTimeZone::UTC);
}

// A sheet with `count` events whose citations are long enough to need several lines.
BriefingSheet syntheticSheet(int count, BriefingSections sections)
{
    BriefingSheet sheet;
    sheet.title = u"Synthetic briefing"_s;
    sheet.period = u"Period covered: 1 January 2020 – 31 December 2020"_s;
    sheet.dataset = u"Dataset: test, version 1"_s;
    sheet.generated = u"Generated on 15 January 2026"_s;
    sheet.filterText = u"test, version 1 · filter: no filter"_s;
    sheet.reportedNote = u"Figures are as reported by the cited outlets."_s;
    sheet.sections = sections;
    for (int i = 0; i < count; ++i) {
        BriefingEventEntry entry;
        entry.eventId = u"event-%1"_s.arg(i);
        entry.date = u"%1 March 2020"_s.arg(i % 28 + 1);
        entry.title = u"Event number %1 with a title that is long enough to wrap onto a second line of the column"_s.arg(i);
        entry.details = u"Strike · Baghdad, Anbar"_s;
        BriefingCitation citation;
        citation.sourceId = u"source"_s;
        citation.quote = u"وبدأ التحالف الدولي بقيادة أمريكا، هجماته على مواقع التنظيم الإرهابي في سوريا والعراق في 15 أغسطس 2014، وقدم التحالف التدريب والمشورة"_s;
        citation.reference = u"Outlet, 2021 · “Title of the article”"_s;
        entry.citations.append(citation);
        sheet.events.append(entry);
    }
    for (int i = 0; i < count / 2; ++i) {
        BriefingFigureRow row;
        row.figureId = u"figure-%1"_s.arg(i);
        row.what = u"Troops"_s;
        row.label = u"US troops in Syria and Iraq in various bases, figure %1"_s.arg(i);
        row.value = u"about 2,500 troops"_s;
        row.date = u"September 2024"_s;
        row.source = u"Outlet not named, 28 September 2024"_s;
        sheet.figures.append(row);
    }
    sheet.sources.append({ u"source"_s, u"Outlet, 2021: “Title” (article file 000.txt)"_s });
    return sheet;
}

} // namespace

class TestBriefingLayout : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void blocksStayInTheBody_data();
    void blocksStayInTheBody();
    void headingsKeepTheirFirstItem_data();
    void headingsKeepTheirFirstItem();
    void longContentFlowsInOrder_data();
    void longContentFlowsInOrder();
    void continuedTableRepeatsItsHeader();
    void sectionsChooseBlocks_data();
    void sectionsChooseBlocks();
    void emptyWindowGivesOneNoticePage();
    void atlasModeStartsEachSheetOnANewPage_data();
    void atlasModeStartsEachSheetOnANewPage();
    void windowSelectsContent_data();
    void windowSelectsContent();
    void arabicPageIsMirrored_data();
    void arabicPageIsMirrored();

private:
    AtlasDocument m_document;
};

void TestBriefingLayout::initTestCase()
{
    QStringList errors;
    QVERIFY2(loadDocument(m_document, AtlasDocument::bundledDatasetPath(), &errors), qPrintable(errors.join(u'\n')));
}

void TestBriefingLayout::blocksStayInTheBody_data()
{
    QTest::addColumn<int>("language");
    QTest::addColumn<int>("paper");
    QTest::addColumn<int>("orientation");
    QTest::newRow("en-a4-portrait") << int(Language::English) << int(QPageSize::A4) << int(QPageLayout::Portrait);
    QTest::newRow("en-letter-landscape") << int(Language::English) << int(QPageSize::Letter) << int(QPageLayout::Landscape);
    QTest::newRow("ar-a4-portrait") << int(Language::Arabic) << int(QPageSize::A4) << int(QPageLayout::Portrait);
    QTest::newRow("ar-letter-portrait") << int(Language::Arabic) << int(QPageSize::Letter) << int(QPageLayout::Portrait);
}

void TestBriefingLayout::blocksStayInTheBody()
{
    QFETCH(int, language);
    QFETCH(int, paper);
    QFETCH(int, orientation);
    BriefingOptions options;
    options.language = Language(language);
    options.paper = QPageSize::PageSizeId(paper);
    options.orientation = QPageLayout::Orientation(orientation);
    options.generated = fixedClock();
    options.charts = { u"troops"_s, u"airstrikes"_s };
    const BriefingRenderer renderer(m_document, options);
    const QRectF content = renderer.style().contentRect();
    QVERIFY(renderer.pageCount() >= 2);
    for (int i = 0; i < renderer.pageCount(); ++i) {
        const BriefingPage &page = renderer.pages().at(i);
        QVERIFY2(!page.blocks.isEmpty(), qPrintable(u"page %1 is empty"_s.arg(i + 1)));
        QVERIFY(content.contains(page.footer));
        for (const BriefingBlock &block : page.blocks) {
            QVERIFY2(content.contains(block.rect), qPrintable(u"page %1: a block leaves the margins"_s.arg(i + 1)));
            QVERIFY2(block.rect.bottom() <= page.footer.top(), qPrintable(u"page %1: a block runs into the footer"_s.arg(i + 1)));
        }
    }
}

void TestBriefingLayout::headingsKeepTheirFirstItem_data()
{
    QTest::addColumn<int>("language");
    QTest::addColumn<int>("orientation");
    QTest::addColumn<int>("events");
    QTest::newRow("bundled-en-portrait") << int(Language::English) << int(QPageLayout::Portrait) << -1;
    QTest::newRow("bundled-ar-landscape") << int(Language::Arabic) << int(QPageLayout::Landscape) << -1;
    QTest::newRow("synthetic-7") << int(Language::English) << int(QPageLayout::Portrait) << 7;
    QTest::newRow("synthetic-40-landscape") << int(Language::English) << int(QPageLayout::Landscape) << 40;
}

void TestBriefingLayout::headingsKeepTheirFirstItem()
{
    QFETCH(int, language);
    QFETCH(int, orientation);
    QFETCH(int, events);
    QList<BriefingPage> pages;
    if (events < 0) {
        BriefingOptions options;
        options.language = Language(language);
        options.orientation = QPageLayout::Orientation(orientation);
        options.generated = fixedClock();
        const BriefingRenderer renderer(m_document, options);
        pages = renderer.pages();
    } else {
        const BriefingStyle style(Language(language), QPageSize::A4, QPageLayout::Orientation(orientation));
        BriefingSheet sheet = syntheticSheet(events, BriefingSections(BriefingSection::KeyFigures) | BriefingSection::Events
                                                         | BriefingSection::Sources);
        pages = BriefingLayout(style).layout({ sheet });
    }
    int headings = 0;
    for (const BriefingPage &page : std::as_const(pages)) {
        for (int b = 0; b < page.blocks.size(); ++b) {
            if (page.blocks.at(b).kind != BriefingBlock::Kind::Heading)
                continue;
            ++headings;
            QVERIFY2(b + 1 < page.blocks.size(), qPrintable(u"heading \"%1\" ends a page"_s.arg(page.blocks.at(b).text)));
            const BriefingBlock::Kind next = page.blocks.at(b + 1).kind;
            QVERIFY2(next != BriefingBlock::Kind::Heading && next != BriefingBlock::Kind::Header,
                     qPrintable(u"heading \"%1\" has no item under it"_s.arg(page.blocks.at(b).text)));
            if (next == BriefingBlock::Kind::TableHeader) {
                QVERIFY(b + 2 < page.blocks.size());
                QCOMPARE(page.blocks.at(b + 2).kind, BriefingBlock::Kind::FigureRow);
            }
        }
    }
    QVERIFY(headings >= 3);
}

void TestBriefingLayout::longContentFlowsInOrder_data()
{
    QTest::addColumn<int>("events");
    QTest::addColumn<int>("minimumPages");
    QTest::newRow("1") << 1 << 1;
    QTest::newRow("30") << 30 << 4;
    QTest::newRow("200") << 200 << 25;
}

void TestBriefingLayout::longContentFlowsInOrder()
{
    QFETCH(int, events);
    QFETCH(int, minimumPages);
    const BriefingStyle style(Language::English, QPageSize::A4, QPageLayout::Portrait);
    const BriefingSheet sheet = syntheticSheet(events, BriefingSections(BriefingSection::Events));
    const QList<BriefingPage> pages = BriefingLayout(style).layout({ sheet });
    QVERIFY(pages.size() >= minimumPages);
    QList<int> order;
    for (const BriefingPage &page : pages) {
        QCOMPARE(page.sheetPageCount, int(pages.size()));
        for (const BriefingBlock &block : page.blocks) {
            if (block.kind == BriefingBlock::Kind::Event)
                order.append(block.index);
        }
    }
    QList<int> expected;
    for (int i = 0; i < events; ++i)
        expected.append(i);
    QCOMPARE(order, expected);
    // Nothing was shrunk: every event is as tall as it measures on its own.
    const BriefingLayout layout(style);
    for (const BriefingPage &page : pages) {
        for (const BriefingBlock &block : page.blocksOf(BriefingBlock::Kind::Event))
            QCOMPARE(block.rect.height(), layout.eventParts(sheet.events.at(block.index), block.rect.width()).height);
    }
}

void TestBriefingLayout::continuedTableRepeatsItsHeader()
{
    const BriefingStyle style(Language::English, QPageSize::A4, QPageLayout::Landscape);
    const BriefingSheet sheet = syntheticSheet(120, BriefingSections(BriefingSection::KeyFigures));
    const QList<BriefingPage> pages = BriefingLayout(style).layout({ sheet });
    QVERIFY(pages.size() >= 3);
    int rows = 0;
    for (const BriefingPage &page : pages) {
        const QList<BriefingBlock> figureRows = page.blocksOf(BriefingBlock::Kind::FigureRow);
        rows += int(figureRows.size());
        if (figureRows.isEmpty())
            continue;
        const QList<BriefingBlock> headers = page.blocksOf(BriefingBlock::Kind::TableHeader);
        QCOMPARE(headers.size(), 1);
        QVERIFY(headers.constFirst().rect.bottom() <= figureRows.constFirst().rect.top() + 0.01);
    }
    QCOMPARE(rows, int(sheet.figures.size()));
}

void TestBriefingLayout::sectionsChooseBlocks_data()
{
    QTest::addColumn<int>("sections");
    QTest::addColumn<bool>("map");
    QTest::addColumn<bool>("figures");
    QTest::addColumn<bool>("charts");
    QTest::addColumn<bool>("events");
    QTest::addColumn<bool>("sources");
    const auto all = BriefingSections(BriefingSection::Map) | BriefingSection::KeyFigures | BriefingSection::Charts
        | BriefingSection::Events | BriefingSection::Sources;
    QTest::newRow("all") << int(all.toInt()) << true << true << true << true << true;
    QTest::newRow("map only") << int(BriefingSections(BriefingSection::Map).toInt()) << true << false << false << false << false;
    QTest::newRow("figures and charts")
        << int((BriefingSections(BriefingSection::KeyFigures) | BriefingSection::Charts).toInt()) << false << true << true << false << false;
    QTest::newRow("events and sources")
        << int((BriefingSections(BriefingSection::Events) | BriefingSection::Sources).toInt()) << false << false << false << true << true;
}

void TestBriefingLayout::sectionsChooseBlocks()
{
    QFETCH(int, sections);
    QFETCH(bool, map);
    QFETCH(bool, figures);
    QFETCH(bool, charts);
    QFETCH(bool, events);
    QFETCH(bool, sources);
    BriefingOptions options;
    options.sections = BriefingSections::fromInt(uint(sections));
    options.charts = { u"troops"_s };
    options.generated = fixedClock();
    const BriefingRenderer renderer(m_document, options);
    QSet<BriefingBlock::Kind> kinds;
    for (const BriefingPage &page : renderer.pages()) {
        for (const BriefingBlock &block : page.blocks)
            kinds.insert(block.kind);
    }
    QVERIFY(kinds.contains(BriefingBlock::Kind::Header));
    QCOMPARE(kinds.contains(BriefingBlock::Kind::Map), map);
    QCOMPARE(kinds.contains(BriefingBlock::Kind::FigureRow), figures);
    QCOMPARE(kinds.contains(BriefingBlock::Kind::Chart), charts);
    QCOMPARE(kinds.contains(BriefingBlock::Kind::Event), events);
    QCOMPARE(kinds.contains(BriefingBlock::Kind::Source), sources);
}

void TestBriefingLayout::emptyWindowGivesOneNoticePage()
{
    BriefingOptions options;
    options.from = QDate(2031, 1, 1);
    options.to = QDate(2031, 12, 31);
    options.generated = fixedClock();
    const BriefingRenderer renderer(m_document, options);
    QCOMPARE(renderer.sheets().size(), 1);
    QVERIFY(renderer.sheets().constFirst().isEmpty());
    QCOMPARE(renderer.pageCount(), 1);
    const QList<BriefingBlock> notices = renderer.pages().constFirst().blocksOf(BriefingBlock::Kind::Notice);
    QCOMPARE(notices.size(), 1);
    QCOMPARE(notices.constFirst().text, BriefingLayout::emptyNotice());
}

void TestBriefingLayout::atlasModeStartsEachSheetOnANewPage_data()
{
    QTest::addColumn<int>("mode");
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<QStringList>("subtitles"); // expected, in order
    QTest::newRow("years 2019-2021") << int(BriefingAtlasMode::Year) << u"2019-01-01"_s << u"2021-12-31"_s
                                     << QStringList { u"Year 2019"_s, u"Year 2020"_s, u"Year 2021"_s };
    QTest::newRow("years 2022-2023") << int(BriefingAtlasMode::Year) << u"2022-01-01"_s << u"2023-12-31"_s
                                     << QStringList { u"Year 2022"_s, u"Year 2023"_s };
    QTest::newRow("sites 2023") << int(BriefingAtlasMode::Site) << u"2023-01-01"_s << u"2023-12-31"_s << QStringList();
}

void TestBriefingLayout::atlasModeStartsEachSheetOnANewPage()
{
    QFETCH(int, mode);
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(QStringList, subtitles);
    BriefingOptions options;
    options.atlasMode = BriefingAtlasMode(mode);
    options.from = QDate::fromString(from, Qt::ISODate);
    options.to = QDate::fromString(to, Qt::ISODate);
    options.generated = fixedClock();
    const BriefingRenderer renderer(m_document, options);
    const QList<BriefingSheet> &sheets = renderer.sheets();
    if (!subtitles.isEmpty()) {
        QStringList actual;
        for (const BriefingSheet &sheet : sheets)
            actual.append(sheet.subtitle);
        QCOMPARE(actual, subtitles);
    } else {
        QVERIFY(sheets.size() >= 2);
        for (const BriefingSheet &sheet : sheets) {
            QCOMPARE(sheet.filter.places().size(), 1);
            QVERIFY(sheet.subtitle.startsWith(u"Site: "_s));
        }
    }
    int previousSheet = -1;
    for (const BriefingPage &page : renderer.pages()) {
        if (page.sheet != previousSheet) {
            QCOMPARE(page.sheet, previousSheet + 1);
            QCOMPARE(page.pageInSheet, 0);
            QCOMPARE(page.blocks.constFirst().kind, BriefingBlock::Kind::Header);
            previousSheet = page.sheet;
        }
    }
    QCOMPARE(previousSheet, int(sheets.size()) - 1);
}

void TestBriefingLayout::windowSelectsContent_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<QString>("inside");   // an event id that must be listed
    QTest::addColumn<QString>("outside");  // one that must not
    QTest::newRow("2014") << u"2014-01-01"_s << u"2014-12-31"_s << u"coalition-attacks-begin-2014-08-15"_s << u"coalition-launch-2016-08-14-as-printed"_s;
    QTest::newRow("2016") << u"2016-01-01"_s << u"2016-12-31"_s << u"coalition-launch-2016-08-14-as-printed"_s << u"coalition-attacks-begin-2014-08-15"_s;
}

void TestBriefingLayout::windowSelectsContent()
{
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(QString, inside);
    QFETCH(QString, outside);
    BriefingOptions options;
    options.from = QDate::fromString(from, Qt::ISODate);
    options.to = QDate::fromString(to, Qt::ISODate);
    options.generated = fixedClock();
    const QList<BriefingSheet> sheets = BriefingCollector::collect(m_document, options);
    QCOMPARE(sheets.size(), 1);
    QStringList ids;
    QDate previous;
    for (const BriefingEventEntry &entry : sheets.constFirst().events) {
        ids.append(entry.eventId);
        const QDate start = m_document.dataset().event(entry.eventId)->date.start;
        QVERIFY2(!previous.isValid() || previous <= start, "events are in date order");
        previous = start;
        QCOMPARE(entry.citations.size(), 1);
        QVERIFY(!entry.citations.constFirst().quote.isEmpty());
    }
    QVERIFY(ids.contains(inside));
    QVERIFY(!ids.contains(outside));
    QVERIFY(sheets.constFirst().filterText.contains(from));
    QVERIFY(sheets.constFirst().generated.contains(u"2026"_s));
}

void TestBriefingLayout::arabicPageIsMirrored_data()
{
    QTest::addColumn<int>("language");
    QTest::addColumn<bool>("inkOnTheRight");
    QTest::newRow("en") << int(Language::English) << false;
    QTest::newRow("ar") << int(Language::Arabic) << true;
}

void TestBriefingLayout::arabicPageIsMirrored()
{
    QFETCH(int, language);
    QFETCH(bool, inkOnTheRight);
    BriefingOptions options;
    options.language = Language(language);
    options.title = u"Short"_s;
    options.generated = fixedClock();
    const BriefingRenderer renderer(m_document, options);
    const QImage page = renderer.renderPage(0, 96).convertToFormat(QImage::Format_RGB32);
    const QRectF title = renderer.layout().headerParts(renderer.sheets().constFirst(), renderer.style().contentRect().width()).title;
    // The short title's ink sits at the reading start of the content: left in English, right in Arabic.
    const QRect band = title.translated(renderer.style().contentRect().topLeft()).toAlignedRect();
    double sum = 0;
    int count = 0;
    for (int y = band.top(); y < band.bottom(); ++y) {
        for (int x = band.left(); x < band.right(); ++x) {
            if (qGray(page.pixel(x, y)) < 160) {
                sum += x;
                ++count;
            }
        }
    }
    QVERIFY(count > 20);
    const double centre = sum / count;
    const double middle = page.width() / 2.0;
    QCOMPARE(centre > middle, inkOnTheRight);
}

QTEST_MAIN(TestBriefingLayout)
#include "tst_briefinglayout.moc"
