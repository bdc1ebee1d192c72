// SPDX-License-Identifier: GPL-3.0-or-later
// What a researcher waits for when printing a briefing of the bundled dataset: collecting the
// sheets (everything BriefingRenderer does before the first page can be painted), painting the
// first page (what a preview shows first) and painting every page into a PDF, in English and
// Arabic. Run by hand on a Release build: QT_QPA_PLATFORM=offscreen bench_briefing [-iterations N]
#include "atlasdocument.h"
#include "briefingoptions.h"
#include "briefingrenderer.h"
#include "documentloader.h"

#include <QApplication>
#include <QBuffer>
#include <QPainter>
#include <QPdfWriter>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Atlas;

class BenchBriefing : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStringList errors;
        QVERIFY2(loadDocument(m_document, AtlasDocument::bundledDatasetPath(), &errors), qPrintable(errors.join(u'\n')));
    }

    void collect_data() { languages(); }
    void collect()
    {
        QFETCH(Language, language);
        const BriefingOptions options = optionsFor(language);
        int pages = 0;
        QBENCHMARK {
            const BriefingRenderer renderer(m_document, options);
            pages = renderer.pageCount();
        }
        QVERIFY(pages > 1);
    }

    void firstPage_data() { languages(); }
    void firstPage()
    {
        QFETCH(Language, language);
        const BriefingRenderer renderer(m_document, optionsFor(language));
        QBENCHMARK {
            QBuffer buffer;
            buffer.open(QIODevice::WriteOnly);
            QPdfWriter pdf(&buffer);
            pdf.setResolution(96);
            QPainter painter(&pdf);
            renderer.paintPage(&painter, 0);
        }
    }

    void wholePdf_data() { languages(); }
    void wholePdf()
    {
        QFETCH(Language, language);
        const BriefingOptions options = optionsFor(language);
        QBENCHMARK {
            const BriefingRenderer renderer(m_document, options);
            QBuffer buffer;
            buffer.open(QIODevice::WriteOnly);
            QPdfWriter pdf(&buffer);
            QString error;
            QVERIFY2(renderer.render(&pdf, &error), qPrintable(error));
        }
    }

private:
    static void languages()
    {
        QTest::addColumn<Language>("language");
        QTest::newRow("English") << Language::English;
        QTest::newRow("Arabic") << Language::Arabic;
    }
    static BriefingOptions optionsFor(Language language)
    {
        BriefingOptions options;
        options.language = language;
        options.charts = {u"troops"_s, u"strength"_s};
        options.generated = QDateTime(QDate(2026, 1, 15), QTime(9, 30));
        return options;
    }

    AtlasDocument m_document;
};

QTEST_MAIN(BenchBriefing)
#include "bench_briefing.moc"
