// SPDX-License-Identifier: GPL-3.0-or-later
#include "../model/visualorder.h"
#include "tst_languagesession.h"

#include "chartexport.h"
#include "detailspane.h"
#include "localization.h"

#include "atlasdocument.h"
#include "documentloader.h"
#include "filtercriteria.h"
#include "formatter.h"

#include <QApplication>
#include <QFile>
#include <QFileInfo>
#include <QItemSelectionModel>
#include <QMap>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextDocument>
#include <QTranslator>
#include <QXmlStreamReader>

#include <algorithm>

using namespace Qt::StringLiterals;


/*
 * The figures' ranges ("1,500–3,000") read back from what a reader gets, for both interface
 * languages and both digit styles: the lines of an exported chart's SVG, put together from its
 * text runs by their positions; the text pdftotext reads from the chart's PDF (which it orders
 * from the glyphs' positions); and the paragraphs of the details pane's HTML. Each line is laid
 * out by the Unicode bidi algorithm (AtlasTest::visualOrder): the low end must come first in the
 * reading direction — left in English, right in Arabic (in the pane: of the words around it).
 */
namespace {

struct Range
{
    QString low;
    QString high;
};

// Where the two ends land in a line laid out as the reader sees it: true when both are whole in it
// (then `inOrder` says whether the low end comes first in the reading direction).
bool findRange(const QString &visualLine, const Range &range, bool rtl, bool *inOrder)
{
    const QString low = AtlasTest::visualOrder(range.low, rtl);
    const QString high = AtlasTest::visualOrder(range.high, rtl);
    const qsizetype lowAt = visualLine.indexOf(low);
    const qsizetype highAt = visualLine.indexOf(high);
    if (lowAt < 0 || highAt < 0 || low == high)
        return false;
    *inOrder = rtl ? lowAt > highAt : lowAt < highAt;
    return true;
}

// The direction a range in `logical` should read in: that of the words around it — the last letter
// before it, else the first after it, else the paragraph's — so that an English note quoted in the
// Arabic pane reads its range left to right, and a range in Arabic text right to left.
bool rangeReadsRightToLeft(const QString &logical, const Range &range, bool paragraphRtl)
{
    const qsizetype low = logical.indexOf(range.low);
    const qsizetype high = low < 0 ? -1 : logical.indexOf(range.high, low + range.low.size());
    if (low < 0 || high < 0)
        return paragraphRtl;
    const auto strong = [](QChar c) -> int {
        const QChar::Direction direction = c.direction();
        return direction == QChar::DirL ? 0 : (direction == QChar::DirR || direction == QChar::DirAL) ? 1 : -1;
    };
    for (qsizetype i = low - 1; i >= 0; --i) {
        if (const int found = strong(logical.at(i)); found >= 0)
            return found == 1;
    }
    for (qsizetype i = high + range.high.size(); i < logical.size(); ++i) {
        if (const int found = strong(logical.at(i)); found >= 0)
            return found == 1;
    }
    return paragraphRtl;
}

// The lines of an SVG as drawn: QSvgGenerator writes a <text> per run, positioned by x in its
// group; runs of a group on one baseline, left to right, each in its own visual order.
QStringList svgLines(const QByteArray &svg, bool rtl)
{
    struct Run { double x; QString text; };
    QMap<std::pair<int, double>, QList<Run>> lines; // (group, baseline) → runs
    QXmlStreamReader xml(svg);
    QList<int> groups{0};
    int nextGroup = 1;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == u"g"_s) {
            groups << nextGroup++;
        } else if (xml.isEndElement() && xml.name() == u"g"_s) {
            groups.removeLast();
        } else if (xml.isStartElement() && xml.name() == u"text"_s) {
            const double x = xml.attributes().value(u"x"_s).toDouble();
            const double y = xml.attributes().value(u"y"_s).toDouble();
            lines[{groups.last(), y}].append({x, xml.readElementText()});
        }
    }
    QStringList result;
    for (QList<Run> &runs : lines) {
        std::sort(runs.begin(), runs.end(), [](const Run &a, const Run &b) { return a.x < b.x; });
        QString line;
        for (const Run &run : std::as_const(runs))
            line += AtlasTest::visualOrder(run.text, rtl);
        result << line;
    }
    return result;
}

// The lines of a PDF as drawn, from the words' boxes that `pdftotext -bbox` reads (its plain text
// guesses an order of its own for Arabic-Indic digits): words whose middles share a height, left to
// right. Arabic comes in presentation forms, folded back to letters.
QStringList pdfLines(const QByteArray &bbox, bool rtl)
{
    struct Word { int page; double middle; double x; QString text; };
    QList<Word> words;
    QXmlStreamReader xml(bbox);
    int page = 0;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == u"page"_s) {
            ++page;
        } else if (xml.isStartElement() && xml.name() == u"word"_s) {
            const QXmlStreamAttributes box = xml.attributes();
            const double middle = (box.value(u"yMin"_s).toDouble() + box.value(u"yMax"_s).toDouble()) / 2;
            const double x = box.value(u"xMin"_s).toDouble();
            words.append({page, middle, x, xml.readElementText().normalized(QString::NormalizationForm_KC)});
        }
    }
    std::sort(words.begin(), words.end(), [](const Word &a, const Word &b) {
        return a.page != b.page ? a.page < b.page : a.middle < b.middle;
    });
    QStringList result;
    QList<Word> line;
    const auto flush = [&] {
        std::sort(line.begin(), line.end(), [](const Word &a, const Word &b) { return a.x < b.x; });
        QStringList shown;
        for (const Word &word : std::as_const(line))
            shown << AtlasTest::visualOrder(word.text, rtl);
        if (!shown.isEmpty())
            result << shown.join(u' ');
        line.clear();
    };
    for (const Word &word : std::as_const(words)) {
        if (!line.isEmpty() && (word.page != line.first().page || word.middle - line.first().middle > 3))
            flush();
        line.append(word);
    }
    flush();
    return result;
}

// With ATLAS_SCREENSHOT_DIR set, a copy of an exported file for people to look at.
void keepForLooking(const QString &fileName, const QString &tag)
{
    const QString folder = qEnvironmentVariable("ATLAS_SCREENSHOT_DIR");
    if (folder.isEmpty())
        return;
    const QFileInfo info(fileName);
    QString name = info.completeBaseName() + u'-' + tag + u'.' + info.suffix();
    name.replace(u", "_s, u"-"_s).replace(u' ', u'-');
    QFile::remove(folder + u'/' + name);
    QFile::copy(fileName, folder + u'/' + name);
}

} // namespace

class TestExportedBidi : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QStringList errors;
        QVERIFY2(Atlas::loadDocument(m_document, Atlas::AtlasDocument::bundledDatasetPath(), &errors),
                 qPrintable(errors.join(u'\n')));
        QVERIFY(m_arabic.load(Atlas::Localization::translationPath(Atlas::Language::Arabic)));
    }
    void cleanup()
    {
        QCoreApplication::removeTranslator(&m_arabic);
        QApplication::setLayoutDirection(Qt::LeftToRight);
        m_document.setLanguage(Atlas::Language::English);
        m_document.setFormatter(Atlas::Formatter(Atlas::Language::English));
    }

    void chartSvgAndPdf_data() { AtlasTest::addLanguageAndDigitRows(); }
    void chartSvgAndPdf()
    {
        QFETCH(Atlas::Language, language);
        QFETCH(Atlas::DigitStyle, digits);
        const bool rtl = use(language, digits);
        const QList<Range> ranges = figureRanges();
        QVERIFY(!ranges.isEmpty());

        for (const QString &format : {u"svg"_s, u"pdf"_s}) {
            Atlas::ChartExportOptions options;
            options.chartName = u"strength"_s; // the ISIS strength estimates: ranges with dates
            options.fileName = m_dir.filePath(u"strength."_s + format);
            options.filter = m_document.filter()->state();
            QString error;
            QVERIFY2(Atlas::exportChart(m_document, options, &error), qPrintable(error));
            keepForLooking(options.fileName, QString::fromLatin1(QTest::currentDataTag()));
            QStringList lines;
            if (format == u"svg"_s) {
                QFile file(options.fileName);
                QVERIFY(file.open(QIODevice::ReadOnly));
                lines = svgLines(file.readAll(), rtl);
            } else {
                QProcess pdftotext;
                pdftotext.start(u"pdftotext"_s, {u"-bbox"_s, u"-enc"_s, u"UTF-8"_s, options.fileName, u"-"_s});
                QVERIFY2(pdftotext.waitForFinished(30000), "pdftotext must be installed (it is in the build root)");
                QCOMPARE(pdftotext.exitCode(), 0);
                lines = pdfLines(pdftotext.readAllStandardOutput(), rtl);
            }
            checkLines(lines, ranges, rtl, format);
        }
    }

    void detailsPane_data() { AtlasTest::addLanguageAndDigitRows(); }
    void detailsPane()
    {
        QFETCH(Atlas::Language, language);
        QFETCH(Atlas::DigitStyle, digits);
        use(language, digits);
        Atlas::DetailsPane pane(&m_document);
        m_document.eventSelection()->clearCurrentIndex();
        m_document.figureSelection()->clearCurrentIndex();
        int shown = 0;
        for (const Atlas::Figure &figure : m_document.dataset().figures) {
            if (!figure.min || !figure.max || *figure.min == *figure.max)
                continue;
            QVERIFY(m_document.selectFigure(figure.id));
            const Range range{m_document.formatter().number(*figure.min), m_document.formatter().number(*figure.max)};
            const QTextDocument *html = pane.findChild<QTextBrowser *>()->document();
            bool found = false;
            for (QTextBlock block = html->begin(); block.isValid(); block = block.next()) {
                const bool blockRtl = block.textDirection() == Qt::RightToLeft;
                bool inOrder = false;
                const bool rangeRtl = rangeReadsRightToLeft(block.text(), range, blockRtl);
                if (findRange(AtlasTest::visualOrder(block.text(), blockRtl), range, rangeRtl, &inOrder)) {
                    QVERIFY2(inOrder, qPrintable(figure.id + u": "_s + AtlasTest::visualOrder(block.text(), blockRtl)));
                    found = true;
                }
            }
            QVERIFY2(found, qPrintable(figure.id + u": the range is not in the pane: "_s + html->toPlainText()));
            ++shown;
        }
        QVERIFY2(shown > 0, "no figure of the bundled dataset is a range: this test tests nothing");
    }

private:
    // Sets the interface up as Preferences would; true when it reads right to left.
    bool use(Atlas::Language language, Atlas::DigitStyle digits)
    {
        const bool rtl = language == Atlas::Language::Arabic;
        if (rtl)
            QCoreApplication::installTranslator(&m_arabic);
        QApplication::setLayoutDirection(rtl ? Qt::RightToLeft : Qt::LeftToRight);
        m_document.setLanguage(language);
        m_document.setFormatter(Atlas::Formatter(language, digits));
        return rtl;
    }

    QList<Range> figureRanges() const
    {
        QList<Range> ranges;
        for (const Atlas::Figure &figure : m_document.dataset().figures) {
            if (figure.min && figure.max && *figure.min != *figure.max)
                ranges.append({m_document.formatter().number(*figure.min), m_document.formatter().number(*figure.max)});
        }
        return ranges;
    }

    // Every line holding both ends of a range reads it low to high; at least one line does.
    static void checkLines(const QStringList &lines, const QList<Range> &ranges, bool rtl, const QString &format)
    {
        int checked = 0;
        for (const QString &line : lines) {
            for (const Range &range : ranges) {
                bool inOrder = false;
                if (!findRange(line, range, rtl, &inOrder))
                    continue;
                QVERIFY2(inOrder, qPrintable(format + u": "_s + range.low + u"–"_s + range.high + u" reads backwards in \""_s
                                             + line + u'"'));
                ++checked;
            }
        }
        QVERIFY2(checked > 0, qPrintable(format + u": no line holds a range, so nothing was read back: "_s
                                         + lines.join(u" | "_s)));
    }

    Atlas::AtlasDocument m_document;
    QTranslator m_arabic;
    QTemporaryDir m_dir;
};

QTEST_MAIN(TestExportedBidi)
#include "tst_exportedbidi.moc"
