// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"
#include "tst_bundledwindow.h"

#include "atlasdocument.h"
#include "documentloader.h"
#include "eventfiltermodel.h"
#include "eventmodel.h"
#include "filtercriteria.h"
#include "detailspane.h"
#include "projectfile.h"
#include "projecteventstore.h"

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QQuickWidget>
#include <QScopeGuard>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolBar>
#include <QLineEdit>

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
    void droppedFileOpens();
    void dropsOfOtherFilesAreRefused_data();
    void dropsOfOtherFilesAreRefused();
    void droppedBadFileReportsErrors();
    void openedFilesAreRecent();
    void toolBarHoldsTheCommonActions();
    void resetLayoutRestoresTheDocks();
    void fitsTheWindowSizes_data();
    void fitsTheWindowSizes();
    void docksRegainTheirShare_data();
    void docksRegainTheirShare();
    void projectWithEventsInFile();

private:
    static void closeNextMessageBox(QString *text);
    static QString copyBundledDataset(const QTemporaryDir &dir, const QString &name);
    static bool dragAndDrop(QWidget *target, const QList<QUrl> &urls);
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

QString TestMainWindow::copyBundledDataset(const QTemporaryDir &dir, const QString &name)
{
    const QString path = dir.filePath(name);
    return QFile::copy(Atlas::AtlasDocument::bundledDatasetPath(), path) ? path : QString();
}

// Drags `urls` onto the middle of `target` and drops them there, as the window system delivers a
// drag to the widget under the cursor: enter, move, then drop, or leave when the target refuses.
// Returns whether the drop was accepted.
bool TestMainWindow::dragAndDrop(QWidget *target, const QList<QUrl> &urls)
{
    QMimeData mime;
    mime.setUrls(urls);
    const QPoint centre = target->rect().center();
    const Qt::DropActions actions = Qt::CopyAction | Qt::MoveAction;
    QDragEnterEvent enter(centre, actions, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &enter);
    QDragMoveEvent move(centre, actions, &mime, Qt::LeftButton, Qt::NoModifier);
    if (enter.isAccepted())
        QApplication::sendEvent(target, &move);
    if (!enter.isAccepted() || !move.isAccepted()) {
        QDragLeaveEvent leave;
        QApplication::sendEvent(target, &leave);
        return false;
    }
    QDropEvent drop(centre, actions, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &drop);
    return drop.isAccepted();
}

void TestMainWindow::droppedFileOpens()
{
    BundledWindow bundled;
    QCOMPARE(bundled.open(), QString());
    QTemporaryDir dir;
    const QString path = copyBundledDataset(dir, u"مجموعة بيانات.JSON"_s);
    QVERIFY(!path.isEmpty());

    // Onto the map, whose QQuickWidget takes drops of its own, and onto the window itself.
    auto *map = bundled.window->findChild<QQuickWidget *>();
    QVERIFY(map);
    for (QWidget *target : {static_cast<QWidget *>(map), static_cast<QWidget *>(bundled.window.get())}) {
        QVERIFY(dragAndDrop(target, {QUrl::fromLocalFile(path)}));
        QTRY_COMPARE(bundled.document->origin(), path);
        QVERIFY(Atlas::loadDocument(*bundled.document, Atlas::AtlasDocument::bundledDatasetPath(), nullptr));
    }
}

void TestMainWindow::dropsOfOtherFilesAreRefused_data()
{
    QTest::addColumn<QList<QUrl>>("urls");
    QTest::newRow("a text file") << QList<QUrl> {QUrl::fromLocalFile(u"/tmp/notes.txt"_s)};
    QTest::newRow("two datasets") << QList<QUrl> {QUrl::fromLocalFile(u"/tmp/a.json"_s), QUrl::fromLocalFile(u"/tmp/b.gpkg"_s)};
    QTest::newRow("a web address") << QList<QUrl> {QUrl(u"https://example.org/data.json"_s)};
    QTest::newRow("nothing") << QList<QUrl> {};
}

void TestMainWindow::dropsOfOtherFilesAreRefused()
{
    QFETCH(QList<QUrl>, urls);
    BundledWindow bundled;
    QCOMPARE(bundled.open(), QString());
    QVERIFY(!dragAndDrop(bundled.window.get(), urls));
    QVERIFY(!dragAndDrop(bundled.window->findChild<QQuickWidget *>(), urls));
    QCoreApplication::processEvents();
    QCOMPARE(bundled.document->origin(), Atlas::AtlasDocument::bundledDatasetPath());
}

void TestMainWindow::droppedBadFileReportsErrors()
{
    BundledWindow bundled;
    QCOMPARE(bundled.open(), QString());
    QTemporaryDir dir;
    const QString path = dir.filePath(u"مكسور.gpkg"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("not a GeoPackage");
    file.close();

    // The file opens after the drop is over: wait for its message box, then close it.
    QString shown;
    QTimer poll;
    connect(&poll, &QTimer::timeout, &poll, [&poll, &shown] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            shown = box->text();
            poll.stop();
            box->accept();
        }
    });
    poll.start(20);
    QVERIFY(dragAndDrop(bundled.window.get(), {QUrl::fromLocalFile(path)}));
    QTRY_VERIFY(!shown.isEmpty());
    QVERIFY2(shown.contains(u"مكسور.gpkg"_s), qPrintable(shown));
    QCOMPARE(bundled.document->origin(), Atlas::AtlasDocument::bundledDatasetPath());
}

void TestMainWindow::openedFilesAreRecent()
{
    QSettings().remove(u"recent/files"_s);
    Atlas::AtlasDocument document;
    QVERIFY(Atlas::loadDocument(document, Atlas::AtlasDocument::bundledDatasetPath(), nullptr));
    Atlas::MainWindow window(&document);
    auto *recent = window.findChild<QMenu *>(u"recentMenu"_s);
    QVERIFY(recent);
    QVERIFY(window.findChild<QMenu *>(u"fileMenu"_s)->actions().contains(recent->menuAction()));
    QCOMPARE(recent->actions().size(), 2); // the separator and Clear Recent: the bundled dataset is not listed

    QTemporaryDir dir;
    const QString path = copyBundledDataset(dir, u"أحدث.json"_s);
    QVERIFY(window.openDataset(path));
    QCOMPARE(recent->actions().size(), 3);
    QCOMPARE(recent->actions().constFirst()->text(), u"&1 أحدث.json"_s);

    // Reopening it from the menu, after the bundled dataset.
    QVERIFY(window.openDataset(Atlas::AtlasDocument::bundledDatasetPath()));
    recent->actions().constFirst()->trigger();
    QCOMPARE(document.origin(), path);
}

// The toolbar holds the menus' own actions (so enabled and checked states agree), with short texts.
void TestMainWindow::toolBarHoldsTheCommonActions()
{
    Atlas::AtlasDocument document;
    QVERIFY(Atlas::loadDocument(document, Atlas::AtlasDocument::bundledDatasetPath(), nullptr));
    Atlas::MainWindow window(&document);
    auto *bar = window.findChild<QToolBar *>(u"mainToolBar"_s);
    QVERIFY(bar);
    for (const QString &name : {u"openDatasetAction"_s, u"exportTimelineAction"_s, u"exportMapAction"_s,
                                u"exportChartAction"_s, u"printPreviewAction"_s, u"clearFiltersAction"_s,
                                u"fitAllAction"_s, u"playerBarAction"_s}) {
        auto *action = window.findChild<QAction *>(name);
        QVERIFY2(action && bar->actions().contains(action), qPrintable(name));
        QVERIFY2(!action->iconText().contains(u'&') && !action->iconText().contains(u'…'), qPrintable(action->iconText()));
    }
    QVERIFY(window.findChild<QAction *>(u"mainToolBarToggle"_s));
}

// View > Reset Layout shows the docks a user closed and puts them back where a first run has them.
void TestMainWindow::resetLayoutRestoresTheDocks()
{
    QSettings().clear();
    Atlas::AtlasDocument document;
    QVERIFY(Atlas::loadDocument(document, Atlas::AtlasDocument::bundledDatasetPath(), nullptr));
    Atlas::MainWindow window(&document);
    window.resize(1600, 1000);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *details = window.findChild<QDockWidget *>(u"detailsDock"_s);
    auto *map = window.findChild<QDockWidget *>(u"mapDock"_s);
    QVERIFY(details && map);
    QTRY_VERIFY(details->width() > 200);
    const int detailsWidth = details->width();
    details->close();
    window.removeDockWidget(map);
    window.addDockWidget(Qt::BottomDockWidgetArea, map);
    map->show();
    QTRY_VERIFY(!details->isVisible());

    auto *reset = window.findChild<QAction *>(u"resetLayoutAction"_s);
    QVERIFY(reset);
    reset->trigger();
    QTRY_VERIFY(details->isVisible());
    QCOMPARE(window.dockWidgetArea(map), Qt::LeftDockWidgetArea);
    QCOMPARE(window.dockWidgetArea(details), Qt::RightDockWidgetArea);
    QTRY_VERIFY2(std::abs(details->width() - detailsWidth) < 40,
                 qPrintable(u"%1 px, a first run has %2"_s.arg(details->width()).arg(detailsWidth)));
}

// From 1024×700 to 2560×1440 the search field keeps room for its words, the timeline for its
// lanes and the side docks for their text.
void TestMainWindow::fitsTheWindowSizes_data()
{
    QTest::addColumn<QSize>("size");
    QTest::newRow("1024x700") << QSize(1024, 700);
    QTest::newRow("1600x1000") << QSize(1600, 1000);
    QTest::newRow("2560x1440") << QSize(2560, 1440);
}

void TestMainWindow::fitsTheWindowSizes()
{
    QFETCH(QSize, size);
    QSettings().clear();
    Atlas::AtlasDocument document;
    QVERIFY(Atlas::loadDocument(document, Atlas::AtlasDocument::bundledDatasetPath(), nullptr));
    Atlas::MainWindow window(&document);
    QVERIFY(window.minimumSize().width() <= 1024 && window.minimumSize().height() <= 700);
    window.resize(size);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTRY_COMPARE(window.size(), size);
    auto *search = window.findChild<QLineEdit *>(u"searchField"_s);
    QVERIFY(search);
    QTRY_VERIFY2(search->width() >= search->fontMetrics().horizontalAdvance(u"Search titles"_s),
                 qPrintable(QString::number(search->width())));
    auto *timeline = window.findChild<QWidget *>(u"timeline"_s);
    QVERIFY(timeline);
    QTRY_VERIFY2(timeline->height() >= size.height() * 2 / 5,
                 qPrintable(u"timeline %1 px high in a %2 px window"_s.arg(timeline->height()).arg(size.height())));
    auto *details = window.findChild<QDockWidget *>(u"detailsDock"_s);
    QTRY_VERIFY2(details->width() >= 200, qPrintable(QString::number(details->width())));
}

// A window made small and large again gives its docks their room back: the share of the window a
// first run (or the reader, dragging a separator) gave them, in either direction of the interface.
void TestMainWindow::docksRegainTheirShare_data()
{
    QTest::addColumn<QSize>("large");
    QTest::addColumn<Qt::LayoutDirection>("direction");
    QTest::addColumn<int>("detailsWidth"); // set as a reader would; 0: the first run's
    QTest::newRow("1600x1000") << QSize(1600, 1000) << Qt::LeftToRight << 0;
    QTest::newRow("2560x1440") << QSize(2560, 1440) << Qt::LeftToRight << 0;
    QTest::newRow("1600x1000 rtl") << QSize(1600, 1000) << Qt::RightToLeft << 0;
    QTest::newRow("details dragged wide") << QSize(1600, 1000) << Qt::LeftToRight << 520;
}

void TestMainWindow::docksRegainTheirShare()
{
    QFETCH(QSize, large);
    QFETCH(Qt::LayoutDirection, direction);
    QFETCH(int, detailsWidth);
    QSettings().clear();
    QApplication::setLayoutDirection(direction);
    const auto restoreDirection = qScopeGuard([] { QApplication::setLayoutDirection(Qt::LeftToRight); });
    Atlas::AtlasDocument document;
    QVERIFY(Atlas::loadDocument(document, Atlas::AtlasDocument::bundledDatasetPath(), nullptr));
    Atlas::MainWindow window(&document);
    window.resize(large);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTRY_COMPARE(window.size(), large);
    auto *details = window.findChild<QDockWidget *>(u"detailsDock"_s);
    auto *map = window.findChild<QDockWidget *>(u"mapDock"_s);
    auto *events = window.findChild<QDockWidget *>(u"eventsDock"_s);
    QVERIFY(details && map && events);
    QTRY_VERIFY(details->width() > 200);
    if (detailsWidth > 0) {
        window.resizeDocks({details}, {detailsWidth}, Qt::Horizontal);
        QTRY_VERIFY2(std::abs(details->width() - detailsWidth) < 10, qPrintable(QString::number(details->width())));
    }
    QTest::qWait(50);
    const QSize before[] = {details->size(), map->size(), events->size()};

    window.resize(1024, 700);
    QTRY_COMPARE(window.size(), QSize(1024, 700));
    QTRY_VERIFY2(details->width() < before[0].width(), "the docks shrink with the window");
    window.resize(large);
    QTRY_COMPARE(window.size(), large);

    const QString why = u"details %1 px (was %2), map %3 px (was %4), events %5 px high (was %6)"_s;
    const auto near = [](int now, int was) { return std::abs(now - was) <= 12; };
    QTRY_VERIFY2(near(details->width(), before[0].width()) && near(map->width(), before[1].width())
                     && near(events->height(), before[2].height()),
                 qPrintable(why.arg(details->width()).arg(before[0].width()).arg(map->width()).arg(before[1].width())
                                .arg(events->height()).arg(before[2].height())));
}

// A project opened with its events left in the file (a large one; here the threshold is set to
// 0) shows them in every view, while the actions that would change the dataset are off with
// the reason, until a dataset held in memory is opened again.
void TestMainWindow::projectWithEventsInFile()
{
    QTemporaryDir dir;
    const QString project = dir.filePath(u"كبير.gpkg"_s);
    {
        Atlas::AtlasDocument bundled;
        QStringList errors;
        QVERIFY(Atlas::loadDocument(bundled, Atlas::AtlasDocument::bundledDatasetPath(), &errors));
        QString error;
        QVERIFY2(Atlas::ProjectFile::save(bundled.dataset(), project, &error), qPrintable(error));
    }
    qputenv("COALITION_ATLAS_EVENTS_IN_FILE_ABOVE", "0");
    const auto restore = qScopeGuard([] { qunsetenv("COALITION_ATLAS_EVENTS_IN_FILE_ABOVE"); });
    Atlas::AtlasDocument document;
    Atlas::MainWindow window(&document);
    window.resize(1600, 1000);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openDataset(project));
    QVERIFY(document.dataset().eventStore);
    QVERIFY(!document.isEditable());
    QCOMPARE(document.eventFilterModel()->rowCount(), 45);

    auto *addArticle = window.findChild<QAction *>(u"addArticleAction"_s);
    auto *import = window.findChild<QAction *>(u"importAction"_s);
    QVERIFY(addArticle && import);
    QVERIFY(!addArticle->isEnabled());
    QVERIFY(!import->isEnabled());
    QVERIFY(addArticle->statusTip().contains(u"file"_s));

    const QString id = document.dataset().eventAt(3)->id;
    QVERIFY(document.selectEvent(id));
    auto *details = window.findChild<Atlas::DetailsPane *>();
    QVERIFY(details);
    QTRY_COMPARE(details->shownId(), id);
    QVERIFY(details->html().contains(document.dataset().eventAt(3)->title.en.toHtmlEscaped()));
    QVERIFY(!details->html().contains(u"edit:"_s));
    if (qEnvironmentVariableIsSet("ATLAS_SCREENSHOT_DIR"))
        window.grab().save(qEnvironmentVariable("ATLAS_SCREENSHOT_DIR") + u"/events-in-file.png"_s);

    QVERIFY(window.openDataset(Atlas::AtlasDocument::bundledDatasetPath()));
    if (qEnvironmentVariableIsSet("ATLAS_SCREENSHOT_DIR")) {
        QVERIFY(document.selectEvent(id));
        window.grab().save(qEnvironmentVariable("ATLAS_SCREENSHOT_DIR") + u"/events-in-memory.png"_s);
    }
    QVERIFY(document.isEditable());
    QVERIFY(addArticle->isEnabled());
    QVERIFY(import->isEnabled());
    QVERIFY(addArticle->statusTip().isEmpty());
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
