// SPDX-License-Identifier: GPL-3.0-or-later
#include "timelineexporter.h"
#include "imageexportdialog.h"
#include "timelinerenderer.h"

#include "atlasdocument.h"
#include "filtercriteria.h"
#include "tst_timelinedata.h"
#include "../model/syntheticdataset.h"

#include <QComboBox>
#include <QFile>
#include <QSpinBox>
#include <QImage>
#include <QImageReader>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>
#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;
using Atlas::TimelineExportOptions;

Q_DECLARE_METATYPE(Atlas::Language)

namespace {

// Every run of text inside <text> elements (QSvgGenerator may split a string over tspans).
QStringList svgTexts(const QByteArray &svg, QString *error)
{
    QStringList texts;
    QXmlStreamReader reader(svg);
    int depth = 0;
    QString current;
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isStartElement() && reader.name() == u"text") {
            if (depth++ == 0)
                current.clear();
        } else if (reader.isEndElement() && reader.name() == u"text") {
            if (--depth == 0)
                texts.append(current);
        } else if (reader.isCharacters() && depth > 0) {
            current += reader.text();
        }
    }
    if (reader.hasError())
        *error = reader.errorString();
    return texts;
}

// A title split where its direction changes ("2500 جندي" is an LTR number and an RTL word):
// an SVG writes each such run as its own <text>, so each run is looked for on its own.
QStringList directionalRuns(const QString &title)
{
    QStringList runs;
    QString current;
    int currentClass = 0; // 0 none yet, 1 left-to-right, 2 right-to-left
    for (const QChar c : title) {
        const QChar::Direction direction = c.direction();
        const int cls = (direction == QChar::DirL || direction == QChar::DirEN || direction == QChar::DirAN) ? 1
                : (direction == QChar::DirR || direction == QChar::DirAL)                                   ? 2
                                                                                                             : 0;
        if (cls != 0 && currentClass != 0 && cls != currentClass) {
            runs.append(current.trimmed());
            current.clear();
        }
        if (cls != 0)
            currentClass = cls;
        current += c;
    }
    runs.append(current.trimmed());
    runs.removeAll(QString());
    return runs;
}

bool containsText(const QStringList &texts, const QString &title)
{
    if (texts.contains(title))
        return true;
    for (const QString &run : directionalRuns(title)) {
        if (std::none_of(texts.cbegin(), texts.cend(), [&run](const QString &text) { return text.contains(run); }))
            return false;
    }
    return true;
}

} // namespace

class TestTimelineExporter : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    static Atlas::Dataset crowdedDataset(int extra)
    {
        // The test dataset plus `extra` events on one day in one lane: a stack that must not be cut.
        Atlas::Dataset dataset = TimelineTestData::dataset();
        for (int i = 0; i < extra; ++i) {
            dataset.events.append(TimelineTestData::event(u"crowd-%1"_s.arg(i), TimelineTestData::date(2019, 3, 23),
                                                          u"territorial_change"_s,
                                                          u"استعادة الباغوز %1"_s.arg(i),
                                                          u"Baghuz retaken, report %1"_s.arg(i), u"src-0"_s));
        }
        dataset.buildIndex();
        return dataset;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
    }

    void svgKeepsTitlesAsText_data()
    {
        QTest::addColumn<Atlas::Language>("language");
        QTest::addColumn<int>("extra");
        QTest::addColumn<QSize>("size");
        QTest::newRow("en") << Atlas::Language::English << 0 << QSize(1600, 900);
        QTest::newRow("ar") << Atlas::Language::Arabic << 0 << QSize(1600, 900);
        QTest::newRow("ar, 40 events on one day, tall") << Atlas::Language::Arabic << 40 << QSize(1600, 2400);
    }
    void svgKeepsTitlesAsText()
    {
        QFETCH(Atlas::Language, language);
        QFETCH(int, extra);
        QFETCH(QSize, size);
        Atlas::AtlasDocument document;
        document.setDataset(crowdedDataset(extra), u"test"_s, QString());
        document.setLanguage(language);
        TimelineExportOptions options;
        options.fileName = m_dir.filePath(u"timeline-%1.svg"_s.arg(QString::fromLatin1(QTest::currentDataTag())));
        options.pixelSize = size;
        QString error;
        QVERIFY2(exportTimeline(document, options, &error), qPrintable(error));
        QFile file(options.fileName);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QString parseError;
        const QStringList texts = svgTexts(file.readAll(), &parseError);
        QVERIFY2(parseError.isEmpty(), qPrintable(parseError));
        // Every title, whole, when the rows fit the height asked: nothing elided or dropped.
        for (const Atlas::Event &event : document.dataset().events) {
            const QString title = event.title.text(language);
            QVERIFY2(containsText(texts, title), qPrintable(u"missing title: "_s + title));
        }
    }

    void conflictLinksHaveALegendEntry_data()
    {
        QTest::addColumn<bool>("conflicts");
        QTest::newRow("with conflicting accounts") << true;
        QTest::newRow("without") << false;
    }
    void conflictLinksHaveALegendEntry()
    {
        QFETCH(bool, conflicts);
        Atlas::Dataset dataset = TimelineTestData::dataset();
        if (!conflicts) {
            for (Atlas::Event &event : dataset.events)
                event.conflictsWith.clear();
        }
        Atlas::AtlasDocument document;
        document.setDataset(dataset, u"test"_s, QString());
        TimelineExportOptions options;
        options.fileName = m_dir.filePath(u"conflicts-%1.svg"_s.arg(conflicts));
        QString error;
        QVERIFY2(exportTimeline(document, options, &error), qPrintable(error));
        QFile file(options.fileName);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QString parseError;
        const QStringList texts = svgTexts(file.readAll(), &parseError);
        QCOMPARE(containsText(texts, Atlas::TimelineRenderer::conflictLegendText()), conflicts);
    }

    void pngHasRequestedSize_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::addColumn<int>("dpi");
        QTest::newRow("1600x900 at 96 dpi") << QSize(1600, 900) << 96;
        QTest::newRow("1600x1200 at 150 dpi") << QSize(1600, 1200) << 150;
        QTest::newRow("800x600 at 72 dpi") << QSize(800, 600) << 72;
    }
    void pngHasRequestedSize()
    {
        QFETCH(QSize, size);
        QFETCH(int, dpi);
        Atlas::AtlasDocument document;
        document.setDataset(TimelineTestData::dataset(), u"test"_s, QString());
        TimelineExportOptions options;
        options.fileName = m_dir.filePath(u"timeline.png"_s);
        options.pixelSize = size;
        options.dpi = dpi;
        QString error;
        QVERIFY2(exportTimeline(document, options, &error), qPrintable(error));
        const QImage image(options.fileName);
        QCOMPARE(image.size(), size);
        QCOMPARE(qRound(image.dotsPerMeterX() * 0.0254), dpi);
        // Not a blank page: the painted events add colour to the white base.
        int coloured = 0;
        for (int y = 0; y < image.height(); y += 4) {
            for (int x = 0; x < image.width(); x += 4) {
                const QColor c = image.pixelColor(x, y);
                coloured += (qAbs(c.red() - c.green()) + qAbs(c.green() - c.blue())) > 60;
            }
        }
        QVERIFY2(coloured > 50, qPrintable(QString::number(coloured)));
    }

    // A crowded day keeps the size asked: the lane gets the rows that fit and a badge for the
    // rest, rather than a picture grown to 60 rows.
    void crowdedKeepsTheSizeAsked_data()
    {
        QTest::addColumn<Atlas::Language>("language");
        QTest::addColumn<QSize>("size");
        for (const QSize size : {QSize(1200, 700), QSize(1024, 700), QSize(1600, 900)}) {
            QTest::addRow("en %dx%d", size.width(), size.height()) << Atlas::Language::English << size;
            QTest::addRow("ar %dx%d", size.width(), size.height()) << Atlas::Language::Arabic << size;
        }
    }
    void crowdedKeepsTheSizeAsked()
    {
        QFETCH(Atlas::Language, language);
        QFETCH(QSize, size);
        Atlas::AtlasDocument document;
        document.setDataset(crowdedDataset(60), u"test"_s, QString());
        document.setLanguage(language);
        TimelineExportOptions options;
        options.fileName = m_dir.filePath(u"crowded.svg"_s);
        options.pixelSize = size;
        QCOMPARE(Atlas::TimelineExporter::exportSize(document, options), size);
        QString error;
        QVERIFY2(exportTimeline(document, options, &error), qPrintable(error));
        QFile file(options.fileName);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QXmlStreamReader reader(file.readAll());
        while (!reader.atEnd() && !(reader.readNext() == QXmlStreamReader::StartElement && reader.name() == u"svg")) {
        }
        QCOMPARE(reader.attributes().value(u"viewBox"_s).toString().split(u' ', Qt::SkipEmptyParts),
                 (QStringList{u"0"_s, u"0"_s, QString::number(size.width()), QString::number(size.height())}));
    }

    // The axis ends where the data ends (the test data's last day is 1 September 2026): titles
    // near the end go before their events instead of widening the axis into later years.
    void axisEndsWhereTheDataEnds_data()
    {
        QTest::addColumn<Atlas::Language>("language");
        QTest::addColumn<QSize>("size");
        for (const QSize size : {QSize(1024, 700), QSize(1600, 900)}) {
            QTest::addRow("en %dx%d", size.width(), size.height()) << Atlas::Language::English << size;
            QTest::addRow("ar %dx%d", size.width(), size.height()) << Atlas::Language::Arabic << size;
        }
    }
    void axisEndsWhereTheDataEnds()
    {
        QFETCH(Atlas::Language, language);
        QFETCH(QSize, size);
        Atlas::AtlasDocument document;
        document.setDataset(TimelineTestData::dataset(), u"test"_s, QString());
        document.setLanguage(language);
        TimelineExportOptions options;
        options.fileName = m_dir.filePath(u"axis.svg"_s);
        options.pixelSize = size;
        QString error;
        QVERIFY2(exportTimeline(document, options, &error), qPrintable(error));
        QFile file(options.fileName);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QStringList texts = svgTexts(file.readAll(), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const auto yearLabel = [&document](int year) {
            Atlas::TimelineScale::Tick tick;
            tick.date = QDate(year, 1, 1);
            tick.unit = Atlas::TimelineScale::TickUnit::Year;
            return Atlas::TimelineScale::label(tick, document.formatter());
        };
        QVERIFY2(texts.contains(yearLabel(2016)) && texts.contains(yearLabel(2026)), qPrintable(texts.join(u" | "_s)));
        for (int year = 2027; year <= 2040; ++year)
            QVERIFY2(!texts.contains(yearLabel(year)), qPrintable(yearLabel(year)));
        // Every title is still there, whole or shortened from its start.
        const QString title = language == Atlas::Language::Arabic ? u"المرحلة الثانية من الاتفاق"_s : u"The agreement's second phase"_s;
        QVERIFY2(containsText(texts, title), qPrintable(texts.join(u" | "_s)));
    }

    // What exportSize() says — the dialog's promise — is what every format writes: the size asked
    // when the rows fit, and the asked width with the rows' height when they do not.
    void everyFormatHasTheSizeItSays_data()
    {
        QTest::addColumn<QString>("suffix");
        QTest::addColumn<int>("extra");     // crowding events
        QTest::addColumn<QSize>("asked");
        QTest::addColumn<bool>("fits");
        for (const char *suffix : {"png", "svg", "pdf"}) {
            QTest::addRow("%s roomy", suffix) << QString::fromLatin1(suffix) << 0 << QSize(1600, 900) << true;
            QTest::addRow("%s crowded", suffix) << QString::fromLatin1(suffix) << 60 << QSize(1200, 700) << true;
            // Eight lanes do not fit 120 pixels even with one row each: then it grows.
            QTest::addRow("%s lanes too many", suffix) << QString::fromLatin1(suffix) << 0 << QSize(1200, 120) << false;
        }
    }
    void everyFormatHasTheSizeItSays()
    {
        QFETCH(QString, suffix);
        QFETCH(int, extra);
        QFETCH(QSize, asked);
        QFETCH(bool, fits);
        Atlas::AtlasDocument document;
        document.setDataset(crowdedDataset(extra), u"test"_s, QString());
        TimelineExportOptions options;
        options.fileName = m_dir.filePath(u"sized."_s + suffix);
        options.pixelSize = asked;
        options.dpi = 96;
        const QSize said = Atlas::TimelineExporter::exportSize(document, options);
        QCOMPARE(said == asked, fits);
        QCOMPARE(said.width(), asked.width());
        QVERIFY(said.height() >= asked.height());
        QString error;
        QVERIFY2(exportTimeline(document, options, &error), qPrintable(error));

        QFile file(options.fileName);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QSizeF written;
        if (suffix == u"png"_s) {
            written = QImage::fromData(bytes).size();
        } else if (suffix == u"svg"_s) {
            QXmlStreamReader reader(bytes);
            while (!reader.atEnd() && !(reader.readNext() == QXmlStreamReader::StartElement && reader.name() == u"svg")) {
            }
            const QStringList box = reader.attributes().value(u"viewBox"_s).toString().split(u' ', Qt::SkipEmptyParts);
            QCOMPARE(box.size(), 4);
            written = QSizeF(box.at(2).toDouble(), box.at(3).toDouble());
        } else {
            // The page in points: 72 for each 96 pixels.
            static const QRegularExpression mediaBox(uR"(/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\])"_s);
            const QRegularExpressionMatch match = mediaBox.match(QString::fromLatin1(bytes));
            QVERIFY2(match.hasMatch(), "a PDF page box");
            written = QSizeF(match.captured(1).toDouble() * 96 / 72, match.captured(2).toDouble() * 96 / 72);
        }
        QVERIFY2(std::abs(written.width() - said.width()) < 1.5 && std::abs(written.height() - said.height()) < 1.5,
                 qPrintable(u"%1 × %2 written, %3 × %4 said"_s.arg(written.width()).arg(written.height())
                                .arg(said.width()).arg(said.height())));
    }

    // The export dialog's preview names the size the file will have: the pixels asked at any DPI,
    // and when the timeline needs more height, why and how much, before anything is written.
    void dialogSaysWhatItWillBe()
    {
        Atlas::AtlasDocument document;
        document.setDataset(crowdedDataset(60), u"test"_s, QString());
        Atlas::ImageExportDialog dialog(u"test/timelineDialog"_s, u"timeline"_s, QSize(1200, 500), document.formatter());
        auto *format = dialog.findChild<QComboBox *>();
        QVERIFY(format);
        format->setCurrentIndex(format->findData(u"png"_s));
        auto spins = dialog.findChildren<QSpinBox *>();
        QCOMPARE(spins.size(), 3);
        spins.at(0)->setValue(1200);
        spins.at(1)->setValue(500);
        spins.at(2)->setValue(192);
        QVERIFY2(dialog.previewText().contains(u"1,200"_s) && dialog.previewText().contains(u"500"_s)
                     && dialog.previewText().contains(u"192 dpi"_s),
                 qPrintable(dialog.previewText()));
        QCOMPARE(dialog.resultSize(), QSize(1200, 500));

        dialog.setSizeCheck([&document, &dialog](QSize size, int dpi) {
            TimelineExportOptions options;
            options.fileName = dialog.fileName();
            options.pixelSize = size;
            options.dpi = dpi;
            return Atlas::TimelineExporter::exportSize(document, options);
        }, u"Rows need room."_s);
        const QSize result = dialog.resultSize();
        QVERIFY(result.height() > 500);
        QCOMPARE(result.width(), 1200);
        const QString height = document.formatter().number(result.height());
        QVERIFY2(dialog.previewText().contains(u"Rows need room."_s) && dialog.previewText().contains(height),
                 qPrintable(dialog.previewText()));

        // What the dialog said is what is written.
        TimelineExportOptions options;
        options.fileName = m_dir.filePath(u"said.png"_s);
        options.pixelSize = dialog.size();
        options.dpi = dialog.dpi();
        QString error;
        QVERIFY2(exportTimeline(document, options, &error), qPrintable(error));
        QCOMPARE(QImage(options.fileName).size(), result);
    }

    void pdfIsWritten_data()
    {
        QTest::addColumn<Atlas::Language>("language");
        QTest::addColumn<int>("extra");
        QTest::newRow("en") << Atlas::Language::English << 0;
        QTest::newRow("ar crowded") << Atlas::Language::Arabic << 200;
    }
    void pdfIsWritten()
    {
        QFETCH(Atlas::Language, language);
        QFETCH(int, extra);
        Atlas::AtlasDocument document;
        document.setDataset(crowdedDataset(extra), u"test"_s, QString());
        document.setLanguage(language);
        TimelineExportOptions options;
        options.fileName = m_dir.filePath(u"timeline.pdf"_s);
        QString error;
        QVERIFY2(exportTimeline(document, options, &error), qPrintable(error));
        QFile file(options.fileName);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray pdf = file.readAll();
        QVERIFY(pdf.startsWith("%PDF-"));
        QVERIFY(pdf.size() > 2000);
        QVERIFY(pdf.contains("%%EOF"));
    }

    void rangeAndLanes()
    {
        // A window and one lane: only that lane's events in the window appear.
        Atlas::AtlasDocument document;
        document.setDataset(TimelineTestData::dataset(), u"test"_s, QString());
        TimelineExportOptions options;
        options.fileName = m_dir.filePath(u"window.svg"_s);
        options.filter.setTimeWindow(QDate(2024, 1, 1), QDate(2026, 12, 31));
        options.lanes = {u"agreement"_s};
        QString error;
        QVERIFY2(exportTimeline(document, options, &error), qPrintable(error));
        QFile file(options.fileName);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QString parseError;
        const QStringList texts = svgTexts(file.readAll(), &parseError);
        QVERIFY(texts.contains(u"A bilateral security partnership with Iraq"_s));
        QVERIFY(texts.contains(u"The agreement's second phase"_s));
        QVERIFY(!texts.contains(u"Coalition operations begin"_s));
        QVERIFY(!texts.contains(u"Attacks decline"_s));
    }

    void errors_data()
    {
        QTest::addColumn<QString>("fileName");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("missing folder") << u"/nonexistent-folder/timeline.svg"_s << u"nonexistent-folder"_s;
        QTest::newRow("unknown suffix") << u"%1/timeline.bmp"_s << u"bmp"_s;
        QTest::newRow("no suffix") << u"%1/timeline"_s << u"timeline"_s;
        QTest::newRow("a folder, not a file") << u"%1/folder.png"_s << u"folder.png"_s;
    }
    void errors()
    {
        QFETCH(QString, fileName);
        QFETCH(QString, mentions);
        QVERIFY(QDir(m_dir.path()).mkpath(u"folder.png"_s));
        Atlas::AtlasDocument document;
        document.setDataset(TimelineTestData::dataset(), u"test"_s, QString());
        TimelineExportOptions options;
        options.fileName = fileName.contains(u"%1"_s) ? fileName.arg(m_dir.path()) : fileName;
        QString error;
        QVERIFY(!exportTimeline(document, options, &error));
        QVERIFY2(error.contains(mentions), qPrintable(error));
    }

    // A decade of many events is a picture in every format, never "needs N pixels": crowded
    // lanes draw density bars and bounded rows instead of one row an event.
    void manyEventsFitEveryFormat_data()
    {
        QTest::addColumn<QString>("suffix");
        QTest::newRow("png") << u"png"_s;
        QTest::newRow("svg") << u"svg"_s;
        QTest::newRow("pdf") << u"pdf"_s;
    }
    void manyEventsFitEveryFormat()
    {
        QFETCH(QString, suffix);
        Atlas::AtlasDocument document;
        document.setDataset(AtlasTest::syntheticDataset(20000, u"many"_s), u"test"_s, QString());
        TimelineExportOptions options;
        options.fileName = m_dir.filePath(u"many."_s + suffix);
        QString error;
        QVERIFY2(exportTimeline(document, options, &error), qPrintable(error));
        QFile file(options.fileName);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        if (suffix == u"png"_s) {
            const QImage image = QImage::fromData(bytes, "PNG");
            QVERIFY(!image.isNull());
            QVERIFY2(image.height() <= 32000, qPrintable(QString::number(image.height())));
        } else if (suffix == u"svg"_s) {
            QXmlStreamReader xml(bytes);
            while (!xml.atEnd())
                xml.readNext();
            QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        } else {
            QVERIFY(bytes.startsWith("%PDF"));
        }
    }
};

QTEST_MAIN(TestTimelineExporter)
#include "tst_timelineexporter.moc"
