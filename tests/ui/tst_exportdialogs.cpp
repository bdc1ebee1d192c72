// SPDX-License-Identifier: GPL-3.0-or-later
// The three export dialogs (File > Export Timeline…, Export Map…, Export Chart…) as the main window
// opens them, in English and Arabic at 1024×700 and 1600×1000: the same fields in the same order
// (file, format, size, resolution, the view's options, output), the same formats in the same
// order and the same buttons in the same order; the chart dialog names its file after the chart
// it shows. With ATLAS_SCREENSHOT_DIR set, each dialog is saved as a picture to look at.
#include "mainwindow.h"
#include "tst_languagesession.h"

#include "atlasdocument.h"
#include "chartcatalog.h"
#include "chartspanel.h"
#include "documentloader.h"
#include "localization.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>

#include <algorithm>
#include <memory>

using namespace Qt::StringLiterals;
using Atlas::Language;


namespace {

using AtlasTest::saveScreenshot;

// What a reader sees of an export dialog, read from its widgets.
struct DialogShape
{
    QStringList labels;  // the form's row labels, top to bottom
    QStringList formats; // the format list, top to bottom
    QStringList buttons; // the buttons in reading order
    QString fileName;
    QString chart;       // the chart dialog's chart
    QSize size;          // as shown
    bool opened = false;
};

QString labelOf(QFormLayout *form, int row)
{
    QLayoutItem *item = form->itemAt(row, QFormLayout::LabelRole);
    const auto *label = item ? qobject_cast<QLabel *>(item->widget()) : nullptr;
    return label ? label->text() : QString();
}

DialogShape readDialog(QDialog *dialog)
{
    DialogShape shape;
    shape.opened = true;
    shape.size = dialog->size();
    auto *form = dialog->findChild<QFormLayout *>();
    for (int row = 0; form && row < form->rowCount(); ++row)
        shape.labels << labelOf(form, row);
    if (auto *format = dialog->findChild<QComboBox *>(u"exportFormat"_s)) {
        for (int i = 0; i < format->count(); ++i)
            shape.formats << format->itemData(i).toString();
    }
    if (auto *box = dialog->findChild<QDialogButtonBox *>()) {
        QList<QAbstractButton *> buttons = box->buttons();
        const bool rtl = dialog->isRightToLeft();
        std::sort(buttons.begin(), buttons.end(), [rtl](QAbstractButton *a, QAbstractButton *b) {
            return rtl ? a->x() > b->x() : a->x() < b->x();
        });
        for (QAbstractButton *button : std::as_const(buttons))
            shape.buttons << button->text();
    }
    if (auto *file = dialog->findChild<QLineEdit *>(u"exportFile"_s))
        shape.fileName = file->text();
    if (auto *chart = dialog->findChild<QComboBox *>(u"exportChart"_s))
        shape.chart = chart->currentData().toString();
    return shape;
}

// "ar-1024x700": a picture's language and window size.
QString sizeTag(Language language, QSize size)
{
    return u"%1-%2x%3"_s.arg(language == Language::Arabic ? u"ar"_s : u"en"_s).arg(size.width()).arg(size.height());
}

// Triggers `action` of the window, reads the modal dialog it opens, saves its picture and closes it.
DialogShape openDialog(Atlas::MainWindow *window, const QString &action, const QString &screenshot)
{
    DialogShape shape;
    QTimer::singleShot(0, window, [&shape, screenshot] {
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        QTest::qWait(20);
        shape = readDialog(dialog);
        saveScreenshot(dialog, screenshot);
        dialog->reject();
    });
    window->findChild<QAction *>(action)->trigger();
    return shape;
}

using Session = AtlasTest::LanguageSession;

} // namespace

class TestExportDialogs : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QApplication::setOrganizationName(u"CoalitionAtlasTest"_s);
        QApplication::setApplicationName(u"tst_exportdialogs"_s);
    }
    void init() { QSettings().clear(); }

    void oneLayoutOneSetOfWords_data()
    {
        QTest::addColumn<Language>("language");
        QTest::addColumn<QSize>("windowSize");
        for (const QSize size : {QSize(1024, 700), QSize(1600, 1000)}) {
            const QString name = u"%1x%2"_s.arg(size.width()).arg(size.height());
            QTest::newRow(qPrintable(u"en "_s + name)) << Language::English << size;
            QTest::newRow(qPrintable(u"ar "_s + name)) << Language::Arabic << size;
        }
    }

    void oneLayoutOneSetOfWords()
    {
        QFETCH(Language, language);
        QFETCH(QSize, windowSize);
        Session session(language);
        QVERIFY(session.loaded);
        QVERIFY(session.show(windowSize));
        const QString tag = sizeTag(language, windowSize);

        const DialogShape timeline = openDialog(session.window.get(), u"exportTimelineAction"_s, u"export-timeline-"_s + tag);
        const DialogShape map = openDialog(session.window.get(), u"exportMapAction"_s, u"export-map-"_s + tag);
        const DialogShape chart = openDialog(session.window.get(), u"exportChartAction"_s, u"export-chart-"_s + tag);
        for (const DialogShape *shape : {&timeline, &map, &chart}) {
            QVERIFY(shape->opened);
            // Each fits a 1024×700 screen, its window frame and a panel included.
            QVERIFY2(shape->size.height() <= 620 && shape->size.width() <= 1000,
                     qPrintable(u"%1 × %2"_s.arg(shape->size.width()).arg(shape->size.height())));
        }

        // File, format, size and resolution first, the output last, the view's options between.
        const QStringList common = map.labels;
        QCOMPARE(common.size(), 5);
        for (const DialogShape *shape : {&timeline, &chart}) {
            QVERIFY2(shape->labels.mid(0, 4) == common.mid(0, 4), qPrintable(shape->labels.join(u" | "_s)));
            QCOMPARE(shape->labels.last(), common.last());
            QVERIFY(shape->labels.size() > common.size());
        }
        QCOMPARE(timeline.formats, map.formats);
        QCOMPARE(chart.formats, map.formats);
        QCOMPARE(map.formats, (QStringList{u"svg"_s, u"pdf"_s, u"png"_s}));
        // The same buttons in the same order; the chart adds Copy to Clipboard.
        QCOMPARE(timeline.buttons, map.buttons);
        QStringList chartButtons = chart.buttons;
        QCOMPARE(chartButtons.size(), map.buttons.size() + 1);
        chartButtons.removeIf([&map](const QString &text) { return !map.buttons.contains(text); });
        QCOMPARE(chartButtons, map.buttons);
        // No accelerator ampersands inside Arabic words.
        if (language == Language::Arabic) {
            for (const QString &text : chart.buttons + chart.labels)
                QVERIFY2(!text.contains(u'&'), qPrintable(text));
        }
    }

    // File > Print Preview… asks for the sheet's options, then shows the preview with its pages.
    void printPreviewShowsPages_data() { oneLayoutOneSetOfWords_data(); }
    void printPreviewShowsPages()
    {
        QFETCH(Language, language);
        QFETCH(QSize, windowSize);
        Session session(language);
        QVERIFY(session.loaded);
        QVERIFY(session.show(windowSize));
        const QString tag = sizeTag(language, windowSize);
        int pages = -1;
        bool askedOptions = false;
        QTimer poll;
        poll.setInterval(10);
        connect(&poll, &QTimer::timeout, &poll, [&] {
            QWidget *modal = QApplication::activeModalWidget();
            if (auto *preview = qobject_cast<QPrintPreviewDialog *>(modal)) {
                poll.stop();
                preview->resize(windowSize * 9 / 10);
                QTest::qWait(50);
                if (auto *widget = preview->findChild<QPrintPreviewWidget *>())
                    pages = widget->pageCount();
                saveScreenshot(preview, u"print-preview-"_s + tag);
                preview->reject();
            } else if (auto *dialog = qobject_cast<QDialog *>(modal); dialog && !askedOptions) {
                askedOptions = true;
                saveScreenshot(dialog, u"briefing-options-"_s + tag);
                dialog->accept();
            }
        });
        poll.start();
        session.window->findChild<QAction *>(u"printPreviewAction"_s)->trigger();
        QVERIFY(askedOptions);
        QVERIFY2(pages > 0, qPrintable(QString::number(pages)));
    }

    // The chart dialog shows the chart asked for and names the file after that chart, whatever
    // was exported last; a file named after a chart follows the chart picked.
    void chartAndFileAgree_data()
    {
        QTest::addColumn<QString>("lastExported");
        QTest::addColumn<QString>("shown");
        const QStringList names = Atlas::ChartCatalog::names();
        QVERIFY(names.size() >= 3);
        QTest::newRow("another chart last") << names.at(0) << names.at(2);
        QTest::newRow("same chart last") << names.at(1) << names.at(1);
        QTest::newRow("nothing exported yet") << QString() << names.at(2);
    }

    void chartAndFileAgree()
    {
        QFETCH(QString, lastExported);
        QFETCH(QString, shown);
        if (!lastExported.isEmpty())
            QSettings().setValue(u"charts/export/chart"_s, lastExported);
        Session session(Language::English);
        QVERIFY(session.loaded);
        QVERIFY(session.show(QSize(1600, 1000)));
        auto *charts = session.window->findChild<Atlas::ChartsPanel *>();
        QVERIFY(charts);
        charts->showChart(shown);
        QCOMPARE(charts->currentChartName(), shown);

        const DialogShape dialog = openDialog(session.window.get(), u"exportChartAction"_s, QString());
        QVERIFY(dialog.opened);
        QCOMPARE(dialog.chart, shown);
        QCOMPARE(QFileInfo(dialog.fileName).completeBaseName(), shown);
    }
};

QTEST_MAIN(TestExportDialogs)
#include "tst_exportdialogs.moc"
