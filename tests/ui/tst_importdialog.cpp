// SPDX-License-Identifier: GPL-3.0-or-later
// ImportDialog with real widgets, offscreen, in English and Arabic: the format detected, the
// preview of the first rows with the rejected ones and why, an import on the worker thread into
// a copy of the open dataset with its report and saved rejects, a cancel that leaves the dataset
// as it was, and re-importing the same file changing nothing.
#include "atlasdocument.h"
#include "documentloader.h"
#include "importdialog.h"
#include "localization.h"

#include <QDir>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Atlas;
using namespace Qt::StringLiterals;

namespace {

const QString Data = QStringLiteral(ATLAS_SOURCE_DIR "/tests/model/data/import");

void screenshot(QWidget *widget, const QString &name)
{
    const QString folder = qEnvironmentVariable("ATLAS_SCREENSHOT_DIR");
    if (!folder.isEmpty())
        widget->grab().save(QDir(folder).filePath(name));
}

QString text(const QWidget &dialog, const char *name)
{
    return dialog.findChild<QLabel *>(QString::fromLatin1(name))->text();
}

} // namespace

class TestImportDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStringList errors;
        QVERIFY(loadDocument(m_document, AtlasDocument::bundledDatasetPath(), &errors));
    }

    void previewAndImport_data()
    {
        QTest::addColumn<Language>("language");
        QTest::newRow("English") << Language::English;
        QTest::newRow("Arabic") << Language::Arabic;
    }
    void previewAndImport()
    {
        QFETCH(Language, language);
        Localization localization;
        localization.setLanguage(language);
        ImportDialog dialog(m_document.dataset());
        QCOMPARE(dialog.isRightToLeft(), language == Language::Arabic);
        dialog.setFile(Data + u"/strikes.geojson"_s);
        auto *preview = dialog.findChild<QTableWidget *>(u"importPreview"_s);
        QCOMPARE(preview->rowCount(), 9);
        QCOMPARE(preview->item(0, 3)->text(), u"Coalition strike on Raqqa"_s);
        QVERIFY(preview->item(2, 2)->text().contains(u"a line string, not a point"_s)); // across the row
        QCOMPARE(preview->columnSpan(2, 2), 4);
        QCOMPARE(preview->columnSpan(1, 2), 1);
        QVERIFY(preview->item(1, 2)->text().contains(u"2017-07-09 – 2017-07-10"_s));
        QVERIFY2(text(dialog, "importDetected").contains(language == Language::Arabic ? u"GeoJSON"_s : u"Detected format: GeoJSON"_s),
                 qPrintable(text(dialog, "importDetected")));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        screenshot(&dialog, language == Language::Arabic ? u"import-preview-ar.png"_s : u"import-preview-en.png"_s);

        const qsizetype before = m_document.dataset().events.size();
        dialog.startImport();
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isRunning(), 20000);
        QVERIFY(dialog.changed());
        QCOMPARE(dialog.result().added, 2);
        QCOMPARE(dialog.dataset().events.size(), before + 2);
        QCOMPARE(m_document.dataset().events.size(), before); // the caller takes the dataset
        auto *rejects = dialog.findChild<QTableWidget *>(u"importRejects"_s);
        QCOMPARE(rejects->rowCount(), 7);
        QVERIFY(dialog.findChild<QPushButton *>(u"saveReportButton"_s)->isVisibleTo(&dialog));
        screenshot(&dialog, language == Language::Arabic ? u"import-report-ar.png"_s : u"import-report-en.png"_s);
        QTemporaryDir dir;
        QString error;
        QVERIFY2(dialog.saveReport(dir.filePath(u"report.csv"_s), &error), qPrintable(error));
        QFile report(dir.filePath(u"report.csv"_s));
        QVERIFY(report.open(QIODevice::ReadOnly));
        QVERIFY(report.readAll().startsWith("line,column,value,reason\n3,geometry,\"LINESTRING (39.0 35.9,39.1 36.0)\",\"a line string"));
        localization.setLanguage(Language::English);

        // The same file again into the imported dataset: nothing changes.
        ImportDialog again(dialog.dataset());
        again.setFile(Data + u"/strikes.geojson"_s);
        again.startImport();
        QTRY_VERIFY_WITH_TIMEOUT(!again.isRunning(), 20000);
        QVERIFY(!again.changed());
        QCOMPARE(again.result().unchanged, 2);
        QVERIFY2(text(again, "importReportSummary").contains(u"Nothing changed"_s), qPrintable(text(again, "importReportSummary")));
    }

    void cancelLeavesTheDataset()
    {
        QTemporaryDir dir;
        QFile source(Data + u"/acled.csv"_s);
        QVERIFY(source.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = source.readAll().split('\n');
        QByteArray big = lines.first() + '\n';
        for (int i = 0; i < 40000; ++i)
            big += QByteArray(lines.at(1)).replace(QByteArrayView("SYR1001"), QByteArray("SYR" + QByteArray::number(100000 + i))) + "\n";
        const QString file = dir.filePath(u"big.csv"_s);
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(big);
        out.close();

        ImportDialog dialog(m_document.dataset());
        dialog.setFile(file);
        QCOMPARE(dialog.findChild<QTableWidget *>(u"importPreview"_s)->rowCount(), ImportDialog::PreviewRows);
        dialog.startImport();
        QVERIFY(dialog.isRunning());
        dialog.reject(); // Cancel while running cancels the import, not the dialog
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isRunning(), 20000);
        QVERIFY(!dialog.changed());
        QCOMPARE(dialog.dataset().events.size(), m_document.dataset().events.size());
        QVERIFY2(text(dialog, "importPreviewSummary").contains(u"cancelled"_s), qPrintable(text(dialog, "importPreviewSummary")));
    }

private:
    AtlasDocument m_document;
};

QTEST_MAIN(TestImportDialog)
#include "tst_importdialog.moc"
