// SPDX-License-Identifier: GPL-3.0-or-later
// writeBriefingPdf(): the PDF a reader gets, checked with poppler's tools as a reader's tools
// see it — page count, extractable English and Arabic text, embedded fonts, blank margins,
// the empty window, atlas grouping and unwritable paths.
#include "atlasdocument.h"
#include "briefingrenderer.h"
#include "briefingstyle.h"
#include "documentloader.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace Atlas;

namespace {

QDateTime fixedClock()
{
    return QDateTime(QDate(2026, 1, 15), QTime(9, 30), QTimeZone::UTC);
}

struct ToolResult
{
    bool ok = false;
    QString output;
};

ToolResult runTool(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    ToolResult result;
    if (!process.waitForFinished(60000)) {
        result.output = u"%1 did not run: %2"_s.arg(program, process.errorString());
        return result;
    }
    result.ok = process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
    result.output = QString::fromUtf8(process.readAllStandardOutput());
    if (!result.ok)
        result.output += QString::fromUtf8(process.readAllStandardError());
    return result;
}

// What a search in a PDF reader compares: compatibility forms folded (Arabic presentation
// forms to letters), tatweel and direction marks dropped, whitespace collapsed.
QString searchable(const QString &text)
{
    QString folded = text.normalized(QString::NormalizationForm_KC);
    static const QRegularExpression marks(u"[\u0640\u200e\u200f\u202a-\u202e\u2066-\u2069]"_s);
    folded.remove(marks);
    return folded.simplified();
}

int pdfPages(const QString &fileName)
{
    const ToolResult info = runTool(u"pdfinfo"_s, { fileName });
    static const QRegularExpression pages(u"^Pages:\\s+(\\d+)"_s, QRegularExpression::MultilineOption);
    const QRegularExpressionMatch match = pages.match(info.output);
    return match.hasMatch() ? match.captured(1).toInt() : -1;
}

QString pdfText(const QString &fileName, int page = 0)
{
    QStringList arguments;
    if (page > 0)
        arguments << u"-f"_s << QString::number(page) << u"-l"_s << QString::number(page);
    arguments << u"-enc"_s << u"UTF-8"_s << fileName << u"-"_s;
    return searchable(runTool(u"pdftotext"_s, arguments).output);
}

} // namespace

class TestBriefing : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void writesReadablePdf_data();
    void writesReadablePdf();
    void emptyWindowSaysSo_data();
    void emptyWindowSaysSo();
    void atlasGroupsPagesBySheet_data();
    void atlasGroupsPagesBySheet();
    void progressCountsPagesAndCancels_data();
    void progressCountsPagesAndCancels();
    void unwritablePathFails_data();
    void unwritablePathFails();

private:
    QString outputPath(const QString &name) const;

    AtlasDocument m_document;
    QTemporaryDir m_dir;
};

void TestBriefing::initTestCase()
{
    QStringList errors;
    QVERIFY2(loadDocument(m_document, AtlasDocument::bundledDatasetPath(), &errors), qPrintable(errors.join(u'\n')));
    QVERIFY(m_dir.isValid());
    for (const QString &tool : { u"pdfinfo"_s, u"pdftotext"_s, u"pdffonts"_s, u"pdftoppm"_s })
        QVERIFY2(!QStandardPaths::findExecutable(tool).isEmpty(), qPrintable(tool + u" (poppler-utils) is needed"_s));
}

// ATLAS_BRIEFING_OUTPUT keeps the PDFs for looking at them; a temporary folder otherwise.
QString TestBriefing::outputPath(const QString &name) const
{
    const QString keep = qEnvironmentVariable("ATLAS_BRIEFING_OUTPUT");
    if (!keep.isEmpty()) {
        QDir().mkpath(keep);
        return QDir(keep).filePath(name);
    }
    return m_dir.filePath(name);
}

void TestBriefing::writesReadablePdf_data()
{
    QTest::addColumn<int>("language");
    QTest::addColumn<int>("digits");
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<int>("paper");
    QTest::addColumn<int>("orientation");
    QTest::addColumn<int>("minimumPages");
    QTest::addColumn<QStringList>("texts"); // must all be found, after folding
    const QString quoteWord = u"مصادرتها"_s; // from the quote of the Anbar operation, April 2023
    const QStringList englishCommon { u"Key figures"_s, u"Events"_s, u"Sources"_s, u"Figures are as reported by the cited outlets"_s,
                                      u"version 1.0.0"_s, quoteWord };
    QTest::newRow("whole-en-a4") << int(Language::English) << int(DigitStyle::Latin) << QString() << QString()
                                 << int(QPageSize::A4) << int(QPageLayout::Portrait) << 5
                                 << englishCommon + QStringList { u"Briefing whole-en-a4"_s, u"2,500"_s, u"Page 1 of"_s,
                                                                  u"Coalition begins attacks on ISIS positions"_s };
    QTest::newRow("2023-en-a4") << int(Language::English) << int(DigitStyle::Latin) << u"2023-01-01"_s << u"2023-12-31"_s
                                << int(QPageSize::A4) << int(QPageLayout::Portrait) << 2
                                << englishCommon + QStringList { u"Briefing 2023-en-a4"_s, u"2,500"_s, u"2023-01-01..2023-12-31"_s,
                                                                 u"Iraqi security forces seize weapons"_s };
    QTest::newRow("2023-en-letter-landscape") << int(Language::English) << int(DigitStyle::Latin) << u"2023-01-01"_s << u"2023-12-31"_s
                                              << int(QPageSize::Letter) << int(QPageLayout::Landscape) << 2
                                              << englishCommon + QStringList { u"Briefing 2023-en-letter-landscape"_s };
    const QStringList arabicCommon { quoteWord, u"الأنبار"_s, u"version 1.0.0"_s };
    QTest::newRow("whole-ar-a4") << int(Language::Arabic) << int(DigitStyle::Latin) << QString() << QString()
                                 << int(QPageSize::A4) << int(QPageLayout::Portrait) << 5
                                 << arabicCommon + QStringList { u"Briefing whole-ar-a4"_s, u"الحسكة"_s };
    QTest::newRow("2023-ar-a4-arabic-digits") << int(Language::Arabic) << int(DigitStyle::ArabicIndic) << u"2023-01-01"_s
                                              << u"2023-12-31"_s << int(QPageSize::A4) << int(QPageLayout::Portrait) << 2
                                              << arabicCommon + QStringList { u"Briefing 2023-ar-a4-arabic-digits"_s, u"٢٬٥٠٠"_s };
}

void TestBriefing::writesReadablePdf()
{
    QFETCH(int, language);
    QFETCH(int, digits);
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(int, paper);
    QFETCH(int, orientation);
    QFETCH(int, minimumPages);
    QFETCH(QStringList, texts);

    BriefingOptions options;
    options.title = u"Briefing %1"_s.arg(QString::fromLatin1(QTest::currentDataTag()));
    options.language = Language(language);
    options.digits = DigitStyle(digits);
    options.from = QDate::fromString(from, Qt::ISODate);
    options.to = QDate::fromString(to, Qt::ISODate);
    options.paper = QPageSize::PageSizeId(paper);
    options.orientation = QPageLayout::Orientation(orientation);
    options.charts = { u"troops"_s, u"attacks"_s };
    options.generated = fixedClock();
    const QString fileName = outputPath(QString::fromLatin1(QTest::currentDataTag()) + u".pdf"_s);
    QString error;
    QVERIFY2(writeBriefingPdf(m_document, options, fileName, &error), qPrintable(error));

    // Page count: what the layout planned, and enough for the content.
    const BriefingRenderer renderer(m_document, options);
    const int pages = pdfPages(fileName);
    QCOMPARE(pages, renderer.pageCount());
    QVERIFY2(pages >= minimumPages, qPrintable(u"%1 pages"_s.arg(pages)));

    // Text a reader can search and copy, Arabic included.
    const QString text = pdfText(fileName);
    for (const QString &expected : std::as_const(texts))
        QVERIFY2(text.contains(searchable(expected)), qPrintable(u"\"%1\" not found in the PDF text"_s.arg(expected)));

    // Every font embedded.
    const ToolResult fonts = runTool(u"pdffonts"_s, { fileName });
    QVERIFY2(fonts.ok, qPrintable(fonts.output));
    const QStringList lines = fonts.output.split(u'\n', Qt::SkipEmptyParts);
    QVERIFY(lines.size() > 2);
    for (const QString &line : lines.mid(2)) {
        // name type encoding emb sub uni object ID: the fourth column from the end is "emb".
        const QStringList columns = line.split(u' ', Qt::SkipEmptyParts);
        QVERIFY(columns.size() >= 7);
        QVERIFY2(columns.at(columns.size() - 5) == u"yes"_s, qPrintable(u"not embedded: "_s + line));
    }
    QVERIFY(fonts.output.contains(u"NotoSansArabic"_s));

    // Nothing in the margins: render at 50 dpi and look at the outer band of every page.
    const QString prefix = m_dir.filePath(QString::fromLatin1(QTest::currentDataTag()));
    const ToolResult rendered = runTool(u"pdftoppm"_s, { u"-r"_s, u"50"_s, u"-png"_s, fileName, prefix });
    QVERIFY2(rendered.ok, qPrintable(rendered.output));
    const int band = int(std::floor((BriefingStyle::MarginMillimetres - 2) / 25.4 * 50)); // pixels
    for (int page = 1; page <= pages; ++page) {
        // pdftoppm pads page numbers to the width of the page count.
        const QString digitsWidth = QString::number(page).rightJustified(QString::number(pages).size(), u'0');
        const QImage image(prefix + u"-"_s + digitsWidth + u".png"_s);
        QVERIFY2(!image.isNull(), qPrintable(u"page %1 was not rendered"_s.arg(page)));
        for (int y = 0; y < image.height(); ++y) {
            for (int x = 0; x < image.width(); ++x) {
                const bool inBand = x < band || y < band || x >= image.width() - band || y >= image.height() - band;
                if (inBand && qGray(image.pixel(x, y)) < 245)
                    QFAIL(qPrintable(u"page %1: ink in the margin at %2,%3"_s.arg(page).arg(x).arg(y)));
            }
        }
    }
}

void TestBriefing::emptyWindowSaysSo_data()
{
    QTest::addColumn<int>("language");
    QTest::addColumn<int>("mode");
    QTest::newRow("en") << int(Language::English) << int(BriefingAtlasMode::None);
    QTest::newRow("ar") << int(Language::Arabic) << int(BriefingAtlasMode::None);
    QTest::newRow("en-atlas-year") << int(Language::English) << int(BriefingAtlasMode::Year);
}

void TestBriefing::emptyWindowSaysSo()
{
    QFETCH(int, language);
    QFETCH(int, mode);
    BriefingOptions options;
    options.language = Language(language);
    options.atlasMode = BriefingAtlasMode(mode);
    options.from = QDate(2031, 1, 1);
    options.to = QDate(2032, 6, 30);
    options.generated = fixedClock();
    const QString fileName = outputPath(u"empty-"_s + QString::fromLatin1(QTest::currentDataTag()) + u".pdf"_s);
    QString error;
    QVERIFY2(writeBriefingPdf(m_document, options, fileName, &error), qPrintable(error));
    QCOMPARE(pdfPages(fileName), 1);
    const QString text = pdfText(fileName);
    QVERIFY2(text.contains(u"No events or figures fall in this period"_s), qPrintable(text));
    QVERIFY(text.contains(u"2031-01-01..2032-06-30"_s));
}

void TestBriefing::atlasGroupsPagesBySheet_data()
{
    QTest::addColumn<int>("mode");
    QTest::addColumn<QStringList>("firstPageTexts"); // the first page of each sheet, in order
    QTest::newRow("year") << int(BriefingAtlasMode::Year) << QStringList { u"Year 2019"_s, u"Year 2020"_s, u"Year 2021"_s };
    QTest::newRow("site") << int(BriefingAtlasMode::Site) << QStringList();
}

void TestBriefing::atlasGroupsPagesBySheet()
{
    QFETCH(int, mode);
    QFETCH(QStringList, firstPageTexts);
    BriefingOptions options;
    options.atlasMode = BriefingAtlasMode(mode);
    options.from = QDate(2019, 1, 1);
    options.to = QDate(2021, 12, 31);
    options.sections = BriefingSections(BriefingSection::Map) | BriefingSection::Events;
    options.generated = fixedClock();
    const QString fileName = outputPath(u"atlas-"_s + QString::fromLatin1(QTest::currentDataTag()) + u".pdf"_s);
    QString error;
    QVERIFY2(writeBriefingPdf(m_document, options, fileName, &error), qPrintable(error));
    const BriefingRenderer renderer(m_document, options);
    QCOMPARE(pdfPages(fileName), renderer.pageCount());
    QVERIFY(renderer.sheets().size() >= 2);
    if (firstPageTexts.isEmpty()) {
        for (const BriefingSheet &sheet : renderer.sheets())
            firstPageTexts.append(sheet.subtitle);
    }
    QCOMPARE(renderer.sheets().size(), firstPageTexts.size());
    int sheet = 0;
    for (int page = 0; page < renderer.pageCount(); ++page) {
        const BriefingPage &planned = renderer.pages().at(page);
        const QString text = pdfText(fileName, page + 1);
        QVERIFY2(text.contains(u"Sheet %1 of %2"_s.arg(planned.sheet + 1).arg(renderer.sheets().size())), qPrintable(text));
        if (planned.pageInSheet == 0) {
            QCOMPARE(planned.sheet, sheet);
            QVERIFY2(text.contains(searchable(firstPageTexts.at(sheet))),
                     qPrintable(u"page %1 does not start \"%2\""_s.arg(page + 1).arg(firstPageTexts.at(sheet))));
            ++sheet;
        }
    }
    QCOMPARE(sheet, int(firstPageTexts.size()));
}

void TestBriefing::progressCountsPagesAndCancels_data()
{
    QTest::addColumn<int>("cancelAfter"); // 0: never
    QTest::newRow("to the end") << 0;
    QTest::newRow("cancelled after the first page") << 1;
    QTest::newRow("cancelled after three pages") << 3;
}

void TestBriefing::progressCountsPagesAndCancels()
{
    QFETCH(int, cancelAfter);
    BriefingOptions options;
    options.generated = fixedClock();
    const QString fileName = outputPath(u"progress-%1.pdf"_s.arg(cancelAfter));
    QFile::remove(fileName);
    QList<std::pair<int, int>> calls;
    QString error;
    const bool written = writeBriefingPdf(m_document, options, fileName, &error, [&](int done, int count) {
        calls.append({done, count});
        return cancelAfter == 0 || done < cancelAfter;
    });
    QVERIFY(!calls.isEmpty());
    const int pages = calls.constFirst().second;
    QVERIFY(pages > 3);
    for (int i = 0; i < calls.size(); ++i)
        QCOMPARE(calls.at(i), std::make_pair(i + 1, pages));
    if (cancelAfter == 0) {
        QVERIFY2(written, qPrintable(error));
        QCOMPARE(calls.size(), pages);
        QVERIFY(QFile::exists(fileName));
    } else {
        // Cancelled: nothing written, no partial file left behind.
        QVERIFY(!written);
        QCOMPARE(calls.size(), cancelAfter);
        QVERIFY(!QFile::exists(fileName));
    }
}

void TestBriefing::unwritablePathFails_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("mentioned");
    QTest::newRow("missing folder") << u"/nonexistent-folder-for-atlas/briefing.pdf"_s << u"/nonexistent-folder-for-atlas/briefing.pdf"_s;
    QTest::newRow("a folder") << u"@DIR@"_s << u"@DIR@"_s;
    QTest::newRow("no name") << QString() << u"No file name"_s;
}

void TestBriefing::unwritablePathFails()
{
    QFETCH(QString, path);
    QFETCH(QString, mentioned);
    path.replace(u"@DIR@"_s, m_dir.path());
    mentioned.replace(u"@DIR@"_s, m_dir.path());
    BriefingOptions options;
    options.generated = fixedClock();
    QString error;
    QVERIFY(!writeBriefingPdf(m_document, options, path, &error));
    QVERIFY2(error.contains(mentioned), qPrintable(error));
}

QTEST_MAIN(TestBriefing)
#include "tst_briefing.moc"
