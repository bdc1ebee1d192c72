// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "atlasdocument.h"
#include "documentloader.h"
#include "eventfiltermodel.h"
#include "eventmodel.h"
#include "filtercriteria.h"

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void docksExist_data();
    void docksExist();
    void actionsExist_data();
    void actionsExist();
    void statusCountsFilteredEvents();
    void badDatasetKeepsCurrentData();
    void layoutPersists();

private:
    static void closeNextMessageBox(QString *text);
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setOrganizationName(u"CoalitionAtlasTest"_s);
    QApplication::setApplicationName(u"tst_mainwindow"_s);
    QSettings().clear();
}

void TestMainWindow::docksExist_data()
{
    QTest::addColumn<QString>("dockName");
    for (const char *name : {"detailsDock", "eventsDock", "figuresDock", "mapDock", "chartsDock"})
        QTest::newRow(name) << QString::fromLatin1(name);
}

void TestMainWindow::docksExist()
{
    QFETCH(QString, dockName);
    Atlas::AtlasDocument document;
    QVERIFY(Atlas::loadDocument(document, Atlas::AtlasDocument::bundledDatasetPath(), nullptr));
    Atlas::MainWindow window(&document);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *dock = window.findChild<QDockWidget *>(dockName);
    QVERIFY2(dock, qPrintable(dockName));
    QVERIFY(dock->widget());
    QVERIFY(!dock->windowTitle().isEmpty());
    // Each dock can be shown and hidden from the View menu.
    QAction *toggle = window.findChild<QAction *>(dockName + u"Toggle"_s);
    QVERIFY(toggle);
    const bool wasVisible = dock->isVisible();
    toggle->trigger();
    QCOMPARE(dock->isVisible(), !wasVisible);
}

void TestMainWindow::actionsExist_data()
{
    QTest::addColumn<QString>("menuName");
    QTest::addColumn<QString>("actionName");
    QTest::newRow("open") << u"fileMenu"_s << u"openDatasetAction"_s;
    QTest::newRow("bundled") << u"fileMenu"_s << u"openBundledAction"_s;
    QTest::newRow("quit") << u"fileMenu"_s << u"quitAction"_s;
    QTest::newRow("export timeline") << u"fileMenu"_s << u"exportTimelineAction"_s;
    QTest::newRow("export chart") << u"fileMenu"_s << u"exportChartAction"_s;
    QTest::newRow("export map") << u"fileMenu"_s << u"exportMapAction"_s;
    QTest::newRow("print preview") << u"fileMenu"_s << u"printPreviewAction"_s;
    QTest::newRow("print") << u"fileMenu"_s << u"printAction"_s;
    QTest::newRow("export briefing") << u"fileMenu"_s << u"exportBriefingAction"_s;
    QTest::newRow("zoom in") << u"viewMenu"_s << u"zoomInAction"_s;
    QTest::newRow("fit all") << u"viewMenu"_s << u"fitAllAction"_s;
    QTest::newRow("online tiles") << u"viewMenu"_s << u"onlineTilesAction"_s;
    QTest::newRow("preferences") << u"editMenu"_s << u"preferencesAction"_s;
    QTest::newRow("find") << u"editMenu"_s << u"findAction"_s;
    QTest::newRow("clear filters") << u"editMenu"_s << u"clearFiltersAction"_s;
    QTest::newRow("about") << u"helpMenu"_s << u"aboutAction"_s;
    QTest::newRow("about Qt") << u"helpMenu"_s << u"aboutQtAction"_s;
}

void TestMainWindow::actionsExist()
{
    QFETCH(QString, menuName);
    QFETCH(QString, actionName);
    Atlas::AtlasDocument document;
    QVERIFY(Atlas::loadDocument(document, Atlas::AtlasDocument::bundledDatasetPath(), nullptr));
    Atlas::MainWindow window(&document);
    auto *menu = window.menuBar()->findChild<QMenu *>(menuName);
    QVERIFY2(menu, qPrintable(menuName));
    auto *action = window.findChild<QAction *>(actionName);
    QVERIFY2(action, qPrintable(actionName));
    QVERIFY(menu->actions().contains(action));
    QVERIFY(!action->text().isEmpty());
}

void TestMainWindow::statusCountsFilteredEvents()
{
    Atlas::AtlasDocument document;
    QVERIFY(Atlas::loadDocument(document, Atlas::AtlasDocument::bundledDatasetPath(), nullptr));
    Atlas::MainWindow window(&document);
    auto *label = window.findChild<QLabel *>(u"eventCount"_s);
    QVERIFY(label);
    const int total = document.eventModel()->rowCount();
    QVERIFY(total > 0);
    QCOMPARE(label->text(), u"%1 of %1 events"_s.arg(total));

    document.filter()->setTimeWindow(QDate(2024, 1, 1), QDate(2024, 12, 31));
    const int shown = document.eventFilterModel()->rowCount();
    QVERIFY(shown > 0 && shown < total);
    QCOMPARE(label->text(), u"%1 of %2 events"_s.arg(shown).arg(total));
}

void TestMainWindow::closeNextMessageBox(QString *text)
{
    QTimer::singleShot(0, [text] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box)
            return;
        *text = box->text() + u'\n' + box->informativeText() + u'\n' + box->detailedText();
        box->accept();
    });
}

void TestMainWindow::badDatasetKeepsCurrentData()
{
    Atlas::AtlasDocument document;
    QVERIFY(Atlas::loadDocument(document, Atlas::AtlasDocument::bundledDatasetPath(), nullptr));
    const int events = document.eventModel()->rowCount();
    Atlas::MainWindow window(&document);

    QTemporaryDir dir;
    const QString path = dir.filePath(u"بيانات.json"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"({"schema": 1, "sources": [)");
    file.close();

    QString shown;
    closeNextMessageBox(&shown);
    QVERIFY(!window.openDataset(path));
    QVERIFY2(shown.contains(u"بيانات.json"_s), qPrintable(shown));
    QCOMPARE(document.eventModel()->rowCount(), events);
    QCOMPARE(document.origin(), Atlas::AtlasDocument::bundledDatasetPath());
}

void TestMainWindow::layoutPersists()
{
    Atlas::AtlasDocument document;
    QVERIFY(Atlas::loadDocument(document, Atlas::AtlasDocument::bundledDatasetPath(), nullptr));
    {
        Atlas::MainWindow window(&document);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.findChild<QDockWidget *>(u"figuresDock"_s)->hide();
        window.close();
    }
    Atlas::MainWindow reopened(&document);
    reopened.show();
    QVERIFY(QTest::qWaitForWindowExposed(&reopened));
    QVERIFY(!reopened.findChild<QDockWidget *>(u"figuresDock"_s)->isVisible());
    QVERIFY(reopened.findChild<QDockWidget *>(u"detailsDock"_s)->isVisible());
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
