// SPDX-License-Identifier: GPL-3.0-or-later
#include "atlasdocument.h"
#include "documentloader.h"
#include "filtercriteria.h"
#include "formatter.h"
#include "mapexporter.h"
#include "tst_mapdataset.h"

#include <QFile>
#include <QImageReader>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace {

// Every piece of character data inside <text> elements of an SVG, joined by newlines.
QString svgText(const QString &fileName, QString *error)
{
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    QXmlStreamReader xml(&file);
    QStringList texts;
    int depth = 0;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == u"text")
            ++depth;
        else if (xml.isEndElement() && xml.name() == u"text")
            --depth;
        else if (xml.isCharacters() && depth > 0)
            texts.append(xml.text().toString());
    }
    if (xml.hasError())
        *error = xml.errorString();
    return texts.join(u'\n');
}

} // namespace

class TestMapExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_document = std::make_unique<Atlas::AtlasDocument>();
        m_document->setDataset(MapTest::makeDataset(), u"test"_s, QString());
        QVERIFY(m_dir.isValid());
    }

    void everyNamedSiteIsLabelled_data()
    {
        QTest::addColumn<Atlas::Language>("language");
        QTest::addColumn<QString>("suffix");
        QTest::newRow("English SVG") << Atlas::Language::English << u"svg"_s;
        QTest::newRow("Arabic SVG") << Atlas::Language::Arabic << u"svg"_s;
        QTest::newRow("English PDF") << Atlas::Language::English << u"pdf"_s;
        QTest::newRow("Arabic PDF") << Atlas::Language::Arabic << u"pdf"_s;
    }
    void everyNamedSiteIsLabelled()
    {
        // The bundled dataset at the default framing: Al-Tanf, Camp Taji, Baghouz, Hasakah,
        // Houri, Qasrak… each keeps its own name on the map, in both languages.
        QFETCH(Atlas::Language, language);
        QFETCH(QString, suffix);
        Atlas::AtlasDocument document;
        QStringList errors;
        QVERIFY2(Atlas::loadDocument(document, Atlas::AtlasDocument::bundledDatasetPath(), &errors),
                 qPrintable(errors.join(u'\n')));
        document.setLanguage(language);
        Atlas::MapExportOptions options;
        options.fileName = m_dir.filePath(u"sites."_s + suffix);
        QString error;
        QVERIFY2(Atlas::exportMap(document, options, &error), qPrintable(error));
        QString text;
        if (suffix == u"svg"_s) {
            text = svgText(options.fileName, &error);
        } else {
            const QString pdftotext = QStandardPaths::findExecutable(u"pdftotext"_s);
            QVERIFY2(!pdftotext.isEmpty(), "pdftotext (poppler-utils) is needed by this test");
            QProcess process;
            process.start(pdftotext, {options.fileName, u"-"_s});
            QVERIFY(process.waitForFinished(30000));
            // pdftotext writes Arabic in presentation forms, between direction marks: fold them
            // back before comparing.
            text = QString::fromUtf8(process.readAllStandardOutput()).normalized(QString::NormalizationForm_KC);
            static const QRegularExpression marks(u"[\u200e\u200f\u202a-\u202e\u2066-\u2069]"_s);
            text.remove(marks);
        }
        QVERIFY2(error.isEmpty(), qPrintable(error));
        int theatre = 0;
        for (const Atlas::Place &place : document.dataset().places) {
            if (!place.theatre)
                continue;
            ++theatre;
            const QString name = place.name.text(language);
            if (suffix == u"svg"_s) {
                QVERIFY2(text.contains(name), qPrintable(name + u" is not labelled"_s));
            } else {
                // PDF text comes back in visual runs: every word of the name must be there.
                for (const QString &word : name.split(u' ', Qt::SkipEmptyParts)) {
                    QVERIFY2(text.contains(word.normalized(QString::NormalizationForm_KC)),
                             qPrintable(word + u" of "_s + name + u" is not labelled"_s));
                }
            }
        }
        QVERIFY(theatre >= 19);
    }

    void countsFollowTheDigitPreference_data()
    {
        QTest::addColumn<Atlas::Language>("language");
        QTest::addColumn<Atlas::DigitStyle>("digits");
        QTest::addColumn<QString>("tanfCount");
        QTest::newRow("English, Latin") << Atlas::Language::English << Atlas::DigitStyle::Latin << u"3"_s;
        QTest::newRow("English, Arabic-Indic") << Atlas::Language::English << Atlas::DigitStyle::ArabicIndic << u"٣"_s;
        QTest::newRow("Arabic, Arabic-Indic") << Atlas::Language::Arabic << Atlas::DigitStyle::ArabicIndic << u"٣"_s;
        QTest::newRow("Arabic, Latin") << Atlas::Language::Arabic << Atlas::DigitStyle::Latin << u"3"_s;
    }
    void countsFollowTheDigitPreference()
    {
        QFETCH(Atlas::Language, language);
        QFETCH(Atlas::DigitStyle, digits);
        QFETCH(QString, tanfCount);
        m_document->setLanguage(language);
        m_document->setFormatter(Atlas::Formatter(language, digits));
        Atlas::MapExportOptions options;
        options.fileName = m_dir.filePath(u"digits.svg"_s);
        QString error;
        QVERIFY2(Atlas::exportMap(*m_document, options, &error), qPrintable(error));
        const QStringList texts = svgText(options.fileName, &error).split(u'\n');
        // Al-Tanf has three events: its count is drawn as a text of its own.
        QVERIFY2(texts.contains(tanfCount), qPrintable(texts.join(u" | "_s).left(600)));
        const QString other = digits == Atlas::DigitStyle::Latin ? u"٣"_s : u"3"_s;
        QVERIFY(!texts.contains(other));
    }

    void png_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::addColumn<int>("dpi");
        QTest::newRow("default") << QSize(1600, 1000) << 96;
        QTest::newRow("small, print resolution") << QSize(800, 500) << 300;
    }
    void png()
    {
        QFETCH(QSize, size);
        QFETCH(int, dpi);
        Atlas::MapExportOptions options;
        options.fileName = m_dir.filePath(u"خريطة map.png"_s);
        options.size = size;
        options.dpi = dpi;
        QString error;
        QVERIFY2(Atlas::exportMap(*m_document, options, &error), qPrintable(error));
        QImageReader reader(options.fileName);
        QCOMPARE(reader.format(), QByteArray("png"));
        const QImage image = reader.read();
        QCOMPARE(image.size(), size);
        QCOMPARE(qRound(image.dotsPerMeterX() * 0.0254), dpi);
        // Not blank: the base map's sea and land and red markers are all there.
        QSet<QRgb> colours;
        for (int y = 0; y < image.height(); y += 7)
            for (int x = 0; x < image.width(); x += 7)
                colours.insert(image.pixel(x, y));
        QVERIFY(colours.size() > 20);
    }

    void svgKeepsNamesAsText_data()
    {
        QTest::addColumn<Atlas::Language>("language");
        QTest::addColumn<QStringList>("names");
        QTest::newRow("English") << Atlas::Language::English
                                 << QStringList{u"Al-Tanf"_s, u"Mosul"_s, u"Baghouz"_s, u"Made with Natural Earth"_s,
                                                // The halo path and the text say the same.
                                                u"SYRIA"_s, u"IRAQ"_s};
        QTest::newRow("Arabic") << Atlas::Language::Arabic << QStringList{u"التنف"_s, u"الموصل"_s};
    }
    void svgKeepsNamesAsText()
    {
        QFETCH(Atlas::Language, language);
        QFETCH(QStringList, names);
        m_document->setLanguage(language);
        Atlas::MapExportOptions options;
        options.fileName = m_dir.filePath(u"map.svg"_s);
        QString error;
        QVERIFY2(Atlas::exportMap(*m_document, options, &error), qPrintable(error));
        const QString text = svgText(options.fileName, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        for (const QString &name : names)
            QVERIFY2(text.contains(name), qPrintable(name + u" missing from: "_s + text.left(400)));
    }

    void windowHidesEventsOutsideIt()
    {
        // Only 2019: Al-Tanf's label stays (every theatre place is drawn) but its count is 1,
        // and the off-theatre note, which lists only places with events, leaves Washington out.
        Atlas::MapExportOptions options;
        options.fileName = m_dir.filePath(u"window.svg"_s);
        options.filter.setTimeWindow(QDate(2019, 1, 1), QDate(2019, 12, 31));
        QString error;
        QVERIFY2(Atlas::exportMap(*m_document, options, &error), qPrintable(error));
        const QString text = svgText(options.fileName, &error);
        QVERIFY(!text.contains(u"Washington"_s));
        QVERIFY(text.contains(u"January 2019"_s));
        // The document's own filter is untouched.
        QVERIFY(!m_document->filter()->state().hasTimeWindow());
    }

    void pdfHasSearchableText()
    {
        Atlas::MapExportOptions options;
        options.fileName = m_dir.filePath(u"map.pdf"_s);
        QString error;
        QVERIFY2(Atlas::exportMap(*m_document, options, &error), qPrintable(error));
        QFile file(options.fileName);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.read(5) == "%PDF-");
        const QString pdftotext = QStandardPaths::findExecutable(u"pdftotext"_s);
        QVERIFY2(!pdftotext.isEmpty(), "pdftotext (poppler-utils) is needed by this test");
        QProcess process;
        process.start(pdftotext, {options.fileName, u"-"_s});
        QVERIFY(process.waitForFinished(30000));
        QCOMPARE(process.exitCode(), 0);
        const QString text = QString::fromUtf8(process.readAllStandardOutput());
        QVERIFY2(text.contains(u"Al-Tanf"_s), qPrintable(text.left(400)));
        QVERIFY(text.contains(u"Natural Earth"_s));
    }

    void errors_data()
    {
        QTest::addColumn<QString>("fileName");
        QTest::addColumn<QSize>("size");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown suffix") << u"map.tiff"_s << QSize(1600, 1000) << u"unknown file type"_s;
        QTest::newRow("no suffix") << u"map"_s << QSize(1600, 1000) << u"unknown file type"_s;
        QTest::newRow("missing folder") << u"no/such/folder/map.png"_s << QSize(1600, 1000) << u"Cannot write the map"_s;
        QTest::newRow("tiny") << u"map.png"_s << QSize(10, 10) << u"size"_s;
    }
    void errors()
    {
        QFETCH(QString, fileName);
        QFETCH(QSize, size);
        QFETCH(QString, message);
        Atlas::MapExportOptions options;
        options.fileName = m_dir.filePath(fileName);
        options.size = size;
        QString error;
        QVERIFY(!Atlas::exportMap(*m_document, options, &error));
        QVERIFY2(error.contains(message), qPrintable(error));
        QVERIFY(!QFile::exists(options.fileName));
    }

    void rejectedExportKeepsOldFile()
    {
        const QString path = m_dir.filePath(u"keep.png"_s);
        QFile old(path);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("old");
        old.close();
        Atlas::MapExportOptions options;
        options.fileName = path;
        options.dpi = 1;   // rejected before anything is written
        QString error;
        QVERIFY(!Atlas::exportMap(*m_document, options, &error));
        QVERIFY(old.open(QIODevice::ReadOnly));
        QCOMPARE(old.readAll(), QByteArray("old"));
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Atlas::AtlasDocument> m_document;
};

QTEST_MAIN(TestMapExport)
#include "tst_mapexport.moc"
