// SPDX-License-Identifier: GPL-3.0-or-later
#include "tst_chartfixture.h"

#include "chartcatalog.h"
#include "chartdatabuilder.h"
#include "chartexport.h"
#include "chartexportdialog.h"
#include "chartscene.h"

#include "atlasdocument.h"

#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include <cmath>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(Atlas::Language)

namespace {

// Every chart, in English and in Arabic.
void addChartRows()
{
    QTest::addColumn<QString>("chart");
    QTest::addColumn<Atlas::Language>("language");
    for (const QString &name : Atlas::ChartCatalog::names()) {
        QTest::newRow(qPrintable(name + u", English"_s)) << name << Atlas::Language::English;
        QTest::newRow(qPrintable(name + u", Arabic"_s)) << name << Atlas::Language::Arabic;
    }
}

} // namespace

/*
 * Chart export as the command line and the dialog use it: SVG that parses and keeps the title,
 * series names and axis titles as text, PNG of exactly size × dpi / 96 pixels with the resolution
 * recorded and no fill of a colour the legend lacks,
 * a one-page PDF whose text pdftotext can read, and clear refusals (unknown chart, bad size or
 * resolution, unwritable path) that leave no file behind.
 */
class TestChartExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void svgKeepsText_data();
    void svgKeepsText();
    void pngHasRequestedSize_data();
    void pngHasRequestedSize();
    void pngFillsAreLegendColours_data();
    void pngFillsAreLegendColours();
    void pdfHasOnePageWithTitle_data();
    void pdfHasOnePageWithTitle();
    void rejectsBadOptions_data();
    void rejectsBadOptions();
    void dialogPreviewsOutputSize_data();
    void dialogPreviewsOutputSize();
    void dialogRefusesBeforeExport();

private:
    Atlas::ChartData build(const QString &chart) const
    {
        return Atlas::ChartDataBuilder(Atlas::ChartContext::fromDocument(m_document,
                                                                         m_document.language() == Atlas::Language::Arabic))
            .build(chart);
    }
    // Options to export `chart` into the test folder, in the format the file name says.
    Atlas::ChartExportOptions exportOptions(const QString &chart, const QString &fileName) const
    {
        Atlas::ChartExportOptions options;
        options.chartName = chart;
        options.fileName = m_dir.filePath(fileName);
        options.format = QFileInfo(fileName).suffix();
        return options;
    }
    void setLanguage(Atlas::Language language)
    {
        m_document.setLanguage(language);
        QGuiApplication::setLayoutDirection(language == Atlas::Language::Arabic ? Qt::RightToLeft : Qt::LeftToRight);
    }

    Atlas::AtlasDocument m_document;
    QTemporaryDir m_dir;
};

void TestChartExport::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true); // QSettings of the dialog stay out of the user's
    QVERIFY(m_dir.isValid());
    m_document.setDataset(ChartFixture::dataset(), u"chart-fixture"_s, QString());
}

void TestChartExport::init()
{
    setLanguage(Atlas::Language::English);
}

void TestChartExport::svgKeepsText_data()
{
    addChartRows();
}

void TestChartExport::svgKeepsText()
{
    QFETCH(QString, chart);
    QFETCH(Atlas::Language, language);
    setLanguage(language);
    const Atlas::ChartExportOptions options = exportOptions(chart, chart + u"-كتابة.svg"_s); // a non-ASCII path
    QString error;
    QVERIFY2(Atlas::exportChart(m_document, options, &error), qPrintable(error));

    QFile file(options.fileName);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    QStringList texts;
    int depth = 0;
    QString current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == u"text"_s) {
            ++depth;
            current.clear();
        } else if (xml.isCharacters() && depth > 0) {
            current += xml.text();
        } else if (xml.isEndElement() && xml.name() == u"text"_s) {
            --depth;
            texts.append(current);
        }
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    const QString all = texts.join(QString());
    const Atlas::ChartData data = build(chart);
    QVERIFY2(all.contains(data.title), qPrintable(data.title));
    for (const Atlas::ChartPanel &panel : data.panels) {
        for (const Atlas::ChartSeries &series : panel.series) {
            // Mixed-direction names are written run by run, so look for each word.
            const QStringList words = series.name.split(u' ', Qt::SkipEmptyParts);
            for (const QString &word : words)
                QVERIFY2(all.contains(word), qPrintable(series.name + u": "_s + word));
        }
        // Axis titles whole, never elided.
        for (const QString &title : { panel.valueAxisTitle, panel.timeAxisTitle }) {
            const QStringList words = title.split(u' ', Qt::SkipEmptyParts);
            for (const QString &word : words)
                QVERIFY2(all.contains(word), qPrintable(title + u": "_s + word));
        }
    }
}

void TestChartExport::pngHasRequestedSize_data()
{
    QTest::addColumn<QString>("chart");
    QTest::addColumn<QSize>("size");
    QTest::addColumn<int>("dpi");
    QTest::addColumn<QSize>("pixels");
    QTest::newRow("screen") << u"troops"_s << QSize(1200, 800) << 96 << QSize(1200, 800);
    QTest::newRow("double") << u"airstrikes"_s << QSize(1200, 800) << 192 << QSize(2400, 1600);
    QTest::newRow("print") << u"strength"_s << QSize(800, 600) << 300 << QSize(2500, 1875);
    QTest::newRow("largest dpi") << u"attacks"_s << QSize(640, 480) << 600 << QSize(4000, 3000);
    QTest::newRow("odd size") << u"membership"_s << QSize(1001, 701) << 144 << QSize(1502, 1052);
}

void TestChartExport::pngHasRequestedSize()
{
    QFETCH(QString, chart);
    QFETCH(QSize, size);
    QFETCH(int, dpi);
    QFETCH(QSize, pixels);
    Atlas::ChartExportOptions options;
    options.chartName = chart;
    options.fileName = m_dir.filePath(chart + u".png"_s);
    options.format = u"png"_s;
    options.size = size;
    options.dpi = dpi;
    QCOMPARE(Atlas::ChartExport::pixelSize(size, dpi), pixels);
    QString error;
    QVERIFY2(Atlas::exportChart(m_document, options, &error), qPrintable(error));
    const QImage image(options.fileName);
    QCOMPARE(image.size(), pixels);
    QVERIFY(std::abs(image.dotsPerMeterX() - dpi / 0.0254) < 1.0);
    QVERIFY(std::abs(image.dotsPerMeterY() - dpi / 0.0254) < 1.0);
    // Something is drawn: many pixels are not background.
    int inked = 0;
    for (int y = 0; y < image.height(); y += 4) {
        for (int x = 0; x < image.width(); x += 4)
            inked += image.pixel(x, y) != qRgb(255, 255, 255) ? 1 : 0;
    }
    QVERIFY(inked > (image.width() / 4) * (image.height() / 4) / 100);
}

void TestChartExport::pngFillsAreLegendColours_data()
{
    addChartRows();
}

// Overlapping bars and markers are opaque legend colours in the file too, as on screen.
void TestChartExport::pngFillsAreLegendColours()
{
    QFETCH(QString, chart);
    QFETCH(Atlas::Language, language);
    setLanguage(language);
    Atlas::ChartExportOptions options = exportOptions(chart, chart + u"-fills.png"_s);
    options.size = QSize(1600, 1000);
    QString error;
    QVERIFY2(Atlas::exportChart(m_document, options, &error), qPrintable(error));
    const QImage image = QImage(options.fileName).convertToFormat(QImage::Format_RGB32);
    Atlas::ChartScene scene;
    scene.setChartData(build(chart));
    scene.layoutPage(QSizeF(options.size));
    const QString foreign = ChartFixture::foreignFill(image, image.rect(), ChartFixture::allowedFills(scene.legendColors()));
    QVERIFY2(foreign.isEmpty(), qPrintable(foreign + u" is no legend colour"_s));
}

void TestChartExport::pdfHasOnePageWithTitle_data()
{
    QTest::addColumn<QString>("chart");
    for (const QString &name : Atlas::ChartCatalog::names())
        QTest::newRow(qPrintable(name)) << name;
}

void TestChartExport::pdfHasOnePageWithTitle()
{
    QFETCH(QString, chart);
    Atlas::ChartExportOptions options;
    options.chartName = chart;
    options.fileName = m_dir.filePath(chart + u".pdf"_s);
    options.format = u"pdf"_s;
    QString error;
    QVERIFY2(Atlas::exportChart(m_document, options, &error), qPrintable(error));
    QFile file(options.fileName);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.read(5) == "%PDF-");

    QProcess pdftotext;
    pdftotext.start(u"pdftotext"_s, { options.fileName, u"-"_s });
    QVERIFY2(pdftotext.waitForFinished(30000), "pdftotext must be installed (it is in the build root)");
    QCOMPARE(pdftotext.exitCode(), 0);
    const QString text = QString::fromUtf8(pdftotext.readAllStandardOutput());
    QCOMPARE(text.count(u'\f'), 1); // pdftotext ends every page with a form feed
    QVERIFY2(text.simplified().contains(build(chart).title), qPrintable(text.left(400)));
}

void TestChartExport::rejectsBadOptions_data()
{
    QTest::addColumn<QString>("chart");
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QString>("format");
    QTest::addColumn<QSize>("size");
    QTest::addColumn<int>("dpi");
    QTest::addColumn<QString>("mentions");
    const QString file = u"out.svg"_s;
    QTest::newRow("unknown chart") << u"casualties"_s << file << u"svg"_s << QSize(1200, 800) << 96
                                   << Atlas::ChartCatalog::names().join(u", "_s);
    QTest::newRow("empty chart name") << QString() << file << u"svg"_s << QSize(1200, 800) << 96 << u"troops"_s;
    QTest::newRow("unknown format") << u"troops"_s << u"out.gif"_s << QString() << QSize(1200, 800) << 96 << u"gif"_s;
    QTest::newRow("too narrow") << u"troops"_s << file << u"svg"_s << QSize(100, 800) << 96 << u"100"_s;
    QTest::newRow("zero height") << u"troops"_s << file << u"png"_s << QSize(1200, 0) << 96 << u"between"_s;
    QTest::newRow("too large") << u"troops"_s << file << u"pdf"_s << QSize(12000, 800) << 96 << u"12000"_s;
    QTest::newRow("dpi too low") << u"troops"_s << file << u"png"_s << QSize(1200, 800) << 72 << u"72 dpi"_s;
    QTest::newRow("dpi too high") << u"troops"_s << file << u"png"_s << QSize(1200, 800) << 601 << u"601 dpi"_s;
    QTest::newRow("png too many pixels") << u"troops"_s << u"out.png"_s << u"png"_s << QSize(9000, 800) << 600 << u"pixels"_s;
    QTest::newRow("unwritable path") << u"troops"_s << u"/nonexistent-folder/sub/out.svg"_s << u"svg"_s
                                     << QSize(1200, 800) << 96 << u"/nonexistent-folder/sub/out.svg"_s;
}

void TestChartExport::rejectsBadOptions()
{
    QFETCH(QString, chart);
    QFETCH(QString, fileName);
    QFETCH(QString, format);
    QFETCH(QSize, size);
    QFETCH(int, dpi);
    QFETCH(QString, mentions);
    Atlas::ChartExportOptions options;
    options.chartName = chart;
    options.fileName = fileName.startsWith(u'/') ? fileName : m_dir.filePath(fileName);
    options.format = format;
    options.size = size;
    options.dpi = dpi;
    QString error;
    QVERIFY(!Atlas::exportChart(m_document, options, &error));
    QVERIFY2(error.contains(mentions), qPrintable(error));
    QVERIFY2(!QFile::exists(options.fileName), "a refused export writes nothing");
}

// The dialog asks for the file's pixels, as the map and timeline dialogs do: a PNG is exactly the
// size asked at any resolution (a higher one lays the chart out larger), a vector file a page of
// that size at 96 dpi; the preview says so, and the file written is what it said.
void TestChartExport::dialogPreviewsOutputSize_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QSize>("size");
    QTest::addColumn<int>("dpi");
    QTest::addColumn<QStringList>("preview");
    QTest::addColumn<QSizeF>("written"); // pixels, or points of a vector page
    QTest::newRow("png 2x") << u"png"_s << QSize(2400, 1600) << 192 << QStringList{u"2,400"_s, u"1,600"_s, u"192 dpi"_s}
                            << QSizeF(2400, 1600);
    QTest::newRow("png print") << u"png"_s << QSize(3125, 1563) << 300
                               << QStringList{u"3,125"_s, u"1,563"_s, u"300 dpi"_s} << QSizeF(3125, 1563);
    QTest::newRow("png odd at 1.5x") << u"png"_s << QSize(1601, 1001) << 144
                                     << QStringList{u"1,601"_s, u"1,001"_s, u"144 dpi"_s} << QSizeF(1601, 1001);
    QTest::newRow("svg is vector") << u"svg"_s << QSize(960, 480) << 300 << QStringList{u"720"_s, u"360"_s, u"points"_s}
                                   << QSizeF(960, 480);
    QTest::newRow("pdf is vector") << u"pdf"_s << QSize(1200, 800) << 96 << QStringList{u"900"_s, u"600"_s, u"points"_s}
                                   << QSizeF(900, 600);
}

void TestChartExport::dialogPreviewsOutputSize()
{
    QFETCH(QString, format);
    QFETCH(QSize, size);
    QFETCH(int, dpi);
    QFETCH(QStringList, preview);
    QFETCH(QSizeF, written);
    QCoreApplication::setOrganizationName(u"CoalitionAtlasTests"_s);
    Atlas::ChartExportDialog dialog(&m_document, u"troops"_s);
    Atlas::ChartExportOptions options;
    options.chartName = u"strength"_s;
    options.format = format;
    if (format == u"png"_s)
        options.pixelSize = size;
    else
        options.size = size;
    options.dpi = dpi;
    options.fileName = m_dir.filePath(u"dialog."_s + format);
    dialog.setOptions(options);
    for (const QString &piece : std::as_const(preview))
        QVERIFY2(dialog.previewText().contains(piece), qPrintable(dialog.previewText()));
    QCOMPARE(dialog.options().chartName, u"strength"_s);
    QCOMPARE(dialog.size(), size);
    QVERIFY2(dialog.errorText().isEmpty(), qPrintable(dialog.errorText()));
    QVERIFY(dialog.exportNow());
    QVERIFY(dialog.errorText().isEmpty());

    QFile file(options.fileName);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QSizeF actual;
    if (format == u"png"_s) {
        const QImage image = QImage::fromData(bytes);
        actual = QSizeF(image.size());
        QVERIFY(std::abs(image.dotsPerMeterX() - dpi / 0.0254) < 1.0);
    } else if (format == u"svg"_s) {
        QXmlStreamReader xml(bytes);
        while (!xml.atEnd() && !(xml.readNext() == QXmlStreamReader::StartElement && xml.name() == u"svg"_s)) { }
        const QStringList box = xml.attributes().value(u"viewBox"_s).toString().split(u' ', Qt::SkipEmptyParts);
        QCOMPARE(box.size(), 4);
        actual = QSizeF(box.at(2).toDouble(), box.at(3).toDouble());
    } else {
        static const QRegularExpression mediaBox(uR"(/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\])"_s);
        const QRegularExpressionMatch match = mediaBox.match(QString::fromLatin1(bytes));
        QVERIFY2(match.hasMatch(), "a PDF page box");
        actual = QSizeF(match.captured(1).toDouble(), match.captured(2).toDouble());
    }
    QVERIFY2(std::abs(actual.width() - written.width()) < 1.0 && std::abs(actual.height() - written.height()) < 1.0,
             qPrintable(u"%1 × %2 written, %3 × %4 said"_s.arg(actual.width()).arg(actual.height())
                            .arg(written.width()).arg(written.height())));

    // Remembered for the next time.
    Atlas::ChartExportDialog again(&m_document);
    QCOMPARE(again.options().chartName, u"strength"_s);
    QCOMPARE(again.size(), size);
    QCOMPARE(again.options().format, format);
    QCOMPARE(QFileInfo(again.options().fileName).absolutePath(), QFileInfo(options.fileName).absolutePath());
}

// A PNG whose pixels at its resolution would leave the chart too small is refused before Export,
// naming the size, the resolution and what to change; Export stays disabled meanwhile.
void TestChartExport::dialogRefusesBeforeExport()
{
    Atlas::ChartExportDialog dialog(&m_document, u"troops"_s);
    Atlas::ChartExportOptions options;
    options.chartName = u"troops"_s;
    options.format = u"png"_s;
    options.pixelSize = QSize(400, 300);
    options.dpi = 600;
    options.fileName = m_dir.filePath(u"refused.png"_s);
    dialog.setOptions(options);
    QVERIFY2(dialog.errorText().contains(u"600 dpi"_s) && dialog.errorText().contains(u"400 × 300"_s),
             qPrintable(dialog.errorText()));
    QVERIFY(!dialog.exportNow());
    QVERIFY(!QFile::exists(options.fileName));
}

QTEST_MAIN(TestChartExport)
#include "tst_chartexport.moc"
