// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"
#include "plainmessage.h"
#include "projectactions.h"

#include "aboutdialog.h"
#include "articleviewer.h"
#include "atlasdocument.h"
#include "briefingactions.h"
#include "chartexportdialog.h"
#include "chartspanel.h"
#include "detailspane.h"
#include "dockproportions.h"
#include "documentdrop.h"
#include "documentloader.h"
#include "eventfiltermodel.h"
#include "eventmodel.h"
#include "figurefiltermodel.h"
#include "figuremodel.h"
#include "filterbar.h"
#include "filtercriteria.h"
#include "formatter.h"
#include "imageexportdialog.h"
#include "importdialog.h"
#include "mapexporter.h"
#include "mapview.h"
#include "animationexportdialog.h"
#include "playerbar.h"
#include "preferencesdialog.h"
#include "recentfiles.h"
#include "recordtableview.h"
#include "sourcemodel.h"
#include "vocabulary.h"
#include "timelineexporter.h"
#include "timelineview.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QCloseEvent>
#include <QShowEvent>
#include <QDir>
#include <QDockWidget>
#include <QGridLayout>
#include <QFileDialog>
#include <QFileInfo>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QScreen>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>
#include <QUndoStack>

#include "articlereviewdialog.h"
#include "dataseteditcommand.h"
#include "projectfile.h"

using namespace Qt::StringLiterals;

namespace Atlas {

MainWindow::MainWindow(AtlasDocument *document, QWidget *parent)
    : QMainWindow(parent)
    , m_document(document)
{
    setObjectName(u"mainWindow"_s);
    setDockOptions(AnimatedDocks | AllowTabbedDocks | AllowNestedDocks);
    createCentralArea();
    createDocks();
    m_dockProportions = new DockProportions(this);
    createMenus();
    createToolBar();

    m_eventCount = new QLabel(this);
    m_eventCount->setObjectName(u"eventCount"_s);
    m_cursorPosition = new QLabel(this);
    m_cursorPosition->setObjectName(u"cursorPosition"_s);
    statusBar()->addWidget(m_eventCount);
    statusBar()->addPermanentWidget(m_cursorPosition);
    connect(m_map, &MapView::cursorCoordinateChanged, m_cursorPosition, &QLabel::setText);

    for (QAbstractItemModel *model : {static_cast<QAbstractItemModel *>(document->eventFilterModel()),
                                      static_cast<QAbstractItemModel *>(document->eventModel())}) {
        connect(model, &QAbstractItemModel::rowsInserted, this, &MainWindow::updateStatus);
        connect(model, &QAbstractItemModel::rowsRemoved, this, &MainWindow::updateStatus);
        connect(model, &QAbstractItemModel::modelReset, this, &MainWindow::updateStatus);
        connect(model, &QAbstractItemModel::layoutChanged, this, &MainWindow::updateStatus);
    }
    connect(document, &AtlasDocument::datasetChanged, this, &MainWindow::updateTitle);
    connect(document, &AtlasDocument::originChanged, this, &MainWindow::updateTitle);
    connect(document, &AtlasDocument::languageChanged, this, &MainWindow::updateStatus);
    updateStatus();
    updateTitle();
    resize(screen()->availableSize() * 9 / 10);
    // Everything fits from 1024×700 up (docs/ARCHITECTURE.md, "Window layout").
    setMinimumSize(960, 640);
    m_defaultLayout = saveState();
    readSettings();
}

void MainWindow::createCentralArea()
{
    auto *central = new QWidget(this);
    central->setObjectName(u"centralArea"_s);
    m_filterBar = new FilterBar(m_document, central);
    m_timeline = new TimelineView(m_document, central);
    m_timeline->setObjectName(u"timeline"_s);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_filterBar);
    m_playerBar = new PlayerBar(m_document, central);
    m_playerBar->setVisible(false);
    layout->addWidget(m_playerBar);
    layout->addWidget(m_timeline, 1);
    setCentralWidget(central);
}

QDockWidget *MainWindow::addDock(QWidget *content, const QString &objectName, const QString &title, Qt::DockWidgetArea area)
{
    // Dock areas are absolute; in a right-to-left layout the side docks change sides with the rest.
    if (layoutDirection() == Qt::RightToLeft && (area == Qt::LeftDockWidgetArea || area == Qt::RightDockWidgetArea))
        area = area == Qt::LeftDockWidgetArea ? Qt::RightDockWidgetArea : Qt::LeftDockWidgetArea;
    auto *dock = new QDockWidget(title, this);
    dock->setObjectName(objectName);
    dock->setWidget(content);
    addDockWidget(area, dock);
    return dock;
}

void MainWindow::createDocks()
{
    m_map = new MapView(m_document, this);
    m_map->setObjectName(u"map"_s);
    QDockWidget *map = addDock(m_map, u"mapDock"_s, tr("Map"), Qt::LeftDockWidgetArea);

    m_charts = new ChartsPanel(m_document, this);
    m_charts->setObjectName(u"charts"_s);
    connect(m_charts, &ChartsPanel::exportRequested, this, &MainWindow::exportChart);
    QDockWidget *charts = addDock(m_charts, u"chartsDock"_s, tr("Charts"), Qt::LeftDockWidgetArea);
    tabifyDockWidget(map, charts);
    map->raise();

    m_details = new DetailsPane(m_document, this);
    m_details->setMinimumWidth(220); // a title and a label per line, even in a 1024-pixel window
    connect(m_details, &DetailsPane::showInArticleRequested, this, &MainWindow::showArticle);
    QDockWidget *details = addDock(m_details, u"detailsDock"_s, tr("Details"), Qt::RightDockWidgetArea);
    connect(m_timeline, &TimelineView::activated, details, [details] {
        details->show();
        details->raise();
    });

    m_eventTable = new RecordTableView(this);
    m_eventTable->setObjectName(u"eventTable"_s);
    m_eventTable->setModels(m_document->eventFilterModel(), m_document->eventSelection(), EventModel::DateColumn);
    m_eventTable->setCollationLanguage(m_document->language());
    connect(m_document, &AtlasDocument::languageChanged, m_eventTable, &RecordTableView::setCollationLanguage);
    QDockWidget *events = addDock(m_eventTable, u"eventsDock"_s, tr("Events"), Qt::BottomDockWidgetArea);

    m_figureTable = new RecordTableView(this);
    m_figureTable->setObjectName(u"figureTable"_s);
    m_figureTable->setModels(m_document->figureFilterModel(), m_document->figureSelection(), FigureModel::DateColumn);
    m_figureTable->setCollationLanguage(m_document->language());
    connect(m_document, &AtlasDocument::languageChanged, m_figureTable, &RecordTableView::setCollationLanguage);
    QDockWidget *figures = addDock(m_figureTable, u"figuresDock"_s, tr("Figures"), Qt::BottomDockWidgetArea);
    tabifyDockWidget(events, figures);
    events->raise();
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    if (m_layoutRestored) {
        QTimer::singleShot(0, m_dockProportions, &DockProportions::capture); // the restored sizes are the ones to keep
        return;
    }
    // First-run proportions, once the window has its size (before that, docks get squeezed).
    m_layoutRestored = true;
    QTimer::singleShot(0, this, &MainWindow::applyDefaultProportions);
}

void MainWindow::applyDefaultProportions()
{
    const auto dock = [this](const QString &name) { return findChild<QDockWidget *>(name); };
    // The side docks share 50 % of the width; the tables take a quarter of the height, less in a
    // low window so that the timeline keeps room for its lanes.
    resizeDocks({dock(u"mapDock"_s), dock(u"detailsDock"_s)}, {width() * 28 / 100, width() * 22 / 100}, Qt::Horizontal);
    resizeDocks({dock(u"eventsDock"_s)}, {height() < 800 ? height() / 5 : height() / 4}, Qt::Vertical);
    layout()->activate();
    m_dockProportions->capture();
    QTimer::singleShot(0, m_map, &MapView::fitAllPlaces); // framed again once the dock has its new size
}

void MainWindow::resetLayout()
{
    restoreState(m_defaultLayout);
    findChild<QDockWidget *>(u"mapDock"_s)->raise();
    findChild<QDockWidget *>(u"eventsDock"_s)->raise();
    applyDefaultProportions();
}

void MainWindow::createToolBar()
{
    QToolBar *bar = addToolBar(tr("Main Toolbar"));
    bar->setObjectName(u"mainToolBar"_s);
    bar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    bar->setMovable(true);
    // The menus' own actions (enabled and checked alike), with a short button text; the menu
    // keeps its text, accelerator and ellipsis.
    const auto add = [this, bar](const QString &name, const QString &text) {
        if (auto *action = findChild<QAction *>(name)) {
            action->setIconText(text);
            bar->addAction(action);
        }
    };
    add(u"openDatasetAction"_s, tr("Open"));
    add(u"exportTimelineAction"_s, tr("Export Timeline"));
    add(u"exportMapAction"_s, tr("Export Map"));
    add(u"exportChartAction"_s, tr("Export Chart"));
    add(u"printPreviewAction"_s, tr("Print Preview"));
    bar->addSeparator();
    add(u"clearFiltersAction"_s, tr("Clear Filters"));
    add(u"fitAllAction"_s, tr("Fit All"));
    add(u"zoomInAction"_s, tr("Zoom In"));
    add(u"zoomOutAction"_s, tr("Zoom Out"));
    bar->addSeparator();
    add(u"playerBarAction"_s, tr("Player"));
    m_viewMenu->addSeparator();
    QAction *toolBarToggle = bar->toggleViewAction();
    toolBarToggle->setObjectName(u"mainToolBarToggle"_s);
    m_viewMenu->addAction(toolBarToggle);
    QAction *reset = m_viewMenu->addAction(tr("&Reset Layout"), this, &MainWindow::resetLayout);
    reset->setObjectName(u"resetLayoutAction"_s);
}

void MainWindow::createMenus()
{
    m_undoStack = new QUndoStack(this);
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->setObjectName(u"fileMenu"_s);
    QAction *open = file->addAction(tr("&Open Dataset…"), this, &MainWindow::chooseDataset);
    open->setObjectName(u"openDatasetAction"_s);
    open->setShortcut(QKeySequence::Open);
    QAction *bundled = file->addAction(tr("Open &Bundled Dataset"), this,
                                       [this] { openDataset(AtlasDocument::bundledDatasetPath()); });
    bundled->setObjectName(u"openBundledAction"_s);
    createFileSources(file->addMenu(tr("Open &Recent")));
    QAction *addArticleAction = file->addAction(tr("Add &Article…"), this, &MainWindow::addArticle);
    addArticleAction->setObjectName(u"addArticleAction"_s);
    QAction *importAction = file->addAction(tr("&Import…"), this, &MainWindow::importData);
    importAction->setObjectName(u"importAction"_s);
    const auto showEditable = [this, addArticleAction, importAction] {
        const bool editable = m_document->isEditable();
        const QString why = editable ? QString()
                                     : tr("This project's events are read from its file as they are shown, "
                                          "and cannot be changed here yet.");
        for (QAction *action : { addArticleAction, importAction }) {
            action->setEnabled(editable);
            action->setStatusTip(why);
            action->setToolTip(editable ? action->text().remove(u'&') : why);
        }
    };
    connect(m_document, &AtlasDocument::datasetChanged, this, showEditable);
    showEditable();
    file->addSeparator();
    m_projectActions = new ProjectActions(m_document, m_undoStack, this);
    connect(m_projectActions, &ProjectActions::saved, this, [this](const QString &path) {
        statusBar()->showMessage(tr("Saved %1").arg(QDir::toNativeSeparators(path)), 5000);
    });
    file->addAction(m_projectActions->saveAction());
    file->addAction(m_projectActions->saveAsAction());
    file->addAction(m_projectActions->exportDatasetAction());
    file->addSeparator();
    QAction *exportTimelineAction = file->addAction(tr("Export &Timeline…"), this, &MainWindow::exportTimeline);
    exportTimelineAction->setObjectName(u"exportTimelineAction"_s);
    QAction *exportChartAction = file->addAction(tr("Export &Chart…"), this, [this] { exportChart(m_charts->currentChartName()); });
    exportChartAction->setObjectName(u"exportChartAction"_s);
    QAction *exportMapAction = file->addAction(tr("Export &Map…"), this, &MainWindow::exportMap);
    exportMapAction->setObjectName(u"exportMapAction"_s);
    QAction *exportAnimationAction = file->addAction(tr("Export &Animation…"), this, &MainWindow::exportAnimation);
    exportAnimationAction->setObjectName(u"exportAnimationAction"_s);
    file->addSeparator();
    auto *briefing = new BriefingActions(m_document, this);
    connect(briefing, &BriefingActions::written, this, [this](const QString &fileName) {
        statusBar()->showMessage(tr("Briefing written to %1").arg(QDir::toNativeSeparators(fileName)), 8000);
    });
    QAction *preview = file->addAction(tr("Print Pre&view…"), briefing, &BriefingActions::printPreview);
    preview->setObjectName(u"printPreviewAction"_s);
    QAction *print = file->addAction(tr("&Print…"), briefing, &BriefingActions::print);
    print->setObjectName(u"printAction"_s);
    print->setShortcut(QKeySequence::Print);
    QAction *briefingPdf = file->addAction(tr("Export &Briefing as PDF…"), briefing, &BriefingActions::exportPdf);
    briefingPdf->setObjectName(u"exportBriefingAction"_s);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setObjectName(u"quitAction"_s);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->setObjectName(u"editMenu"_s);
    m_details->setEditing(m_undoStack, [] { return Preferences::load().effectiveEditorName(); });
    QAction *undo = m_undoStack->createUndoAction(this, tr("&Undo"));
    undo->setObjectName(u"undoAction"_s);
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_undoStack->createRedoAction(this, tr("&Redo"));
    redo->setObjectName(u"redoAction"_s);
    redo->setShortcut(QKeySequence::Redo);
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    QAction *find = edit->addAction(tr("&Find…"), this, [this] {
        m_filterBar->searchField()->setFocus(Qt::ShortcutFocusReason);
        m_filterBar->searchField()->selectAll();
    });
    find->setObjectName(u"findAction"_s);
    find->setShortcut(QKeySequence::Find);
    QAction *clear = edit->addAction(tr("&Clear All Filters"), m_document->filter(), &FilterCriteria::clear);
    clear->setObjectName(u"clearFiltersAction"_s);
    edit->addSeparator();
    QAction *preferences = edit->addAction(tr("&Preferences…"), this, [this] { PreferencesDialog::edit(m_document, this); });
    preferences->setObjectName(u"preferencesAction"_s);
    preferences->setShortcut(QKeySequence::Preferences);
    preferences->setMenuRole(QAction::PreferencesRole);

    m_viewMenu = menuBar()->addMenu(tr("&View"));
    m_viewMenu->setObjectName(u"viewMenu"_s);
    for (QDockWidget *dock : findChildren<QDockWidget *>(Qt::FindDirectChildrenOnly)) {
        QAction *toggle = dock->toggleViewAction();
        toggle->setObjectName(dock->objectName() + u"Toggle"_s);
        m_viewMenu->addAction(toggle);
    }
    m_viewMenu->addSeparator();
    const auto addViewAction = [this](const QString &text, const QString &name, const QKeySequence &shortcut,
                                      auto *receiver, auto slot) {
        QAction *action = m_viewMenu->addAction(text, receiver, slot);
        action->setObjectName(name);
        action->setShortcut(shortcut);
        return action;
    };
    addViewAction(tr("Zoom &In"), u"zoomInAction"_s, QKeySequence::ZoomIn, m_timeline, &TimelineView::zoomIn);
    addViewAction(tr("Zoom &Out"), u"zoomOutAction"_s, QKeySequence::ZoomOut, m_timeline, &TimelineView::zoomOut);
    addViewAction(tr("&Fit All"), u"fitAllAction"_s, QKeySequence(Qt::CTRL | Qt::Key_0), m_timeline, &TimelineView::fitAll);
    addViewAction(tr("Fit &Selection"), u"fitSelectionAction"_s, QKeySequence(Qt::CTRL | Qt::Key_9), m_timeline,
                  &TimelineView::fitSelection);
    addViewAction(tr("Clear &Time Window"), u"clearTimeWindowAction"_s, QKeySequence(), m_timeline,
                  &TimelineView::clearTimeWindow);
    m_viewMenu->addSeparator();
    addViewAction(tr("Fit All &Places on the Map"), u"fitAllPlacesAction"_s, QKeySequence(), m_map, &MapView::fitAllPlaces);
    addViewAction(tr("Zoom Map to Se&lection"), u"zoomMapToSelectionAction"_s, QKeySequence(), m_map,
                  &MapView::zoomToSelection);
    m_viewMenu->addAction(m_map->filterToViewAction());
    QAction *online = m_viewMenu->addAction(tr("Online Map Tiles (OpenStreetMap)"));
    online->setObjectName(u"onlineTilesAction"_s);
    online->setCheckable(true);
    online->setToolTip(tr("Draw OpenStreetMap tiles under the data; needs a network connection"));
    connect(online, &QAction::toggled, m_map, &MapView::setOnlineTiles);
    m_viewMenu->addSeparator();
    QAction *player = m_viewMenu->addAction(tr("&Player Bar"));
    player->setObjectName(u"playerBarAction"_s);
    player->setCheckable(true);
    player->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    connect(player, &QAction::toggled, m_playerBar, &QWidget::setVisible);
    QMenu *playback = m_viewMenu->addMenu(tr("Play&back"));
    playback->setObjectName(u"playbackMenu"_s);
    playback->addActions(m_playerBar->playbackActions());

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->setObjectName(u"helpMenu"_s);
    QAction *about = help->addAction(tr("&About Coalition Atlas"), this, &MainWindow::showAbout);
    about->setObjectName(u"aboutAction"_s);
    about->setMenuRole(QAction::AboutRole);
    QAction *aboutQt = help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
    aboutQt->setObjectName(u"aboutQtAction"_s);
    aboutQt->setMenuRole(QAction::AboutQtRole);
}

// The ways in besides File > Open: File > Open Recent (`menu`) and dropping a file on the window.
void MainWindow::createFileSources(QMenu *menu)
{
    menu->setObjectName(u"recentMenu"_s);
    auto *recent = new RecentFiles(menu, this);
    connect(recent, &RecentFiles::openRequested, this, &MainWindow::openDataset);
    connect(recent, &RecentFiles::pruned, this, [this](const QStringList &missing) {
        QStringList names;
        for (const QString &path : missing)
            names << QDir::toNativeSeparators(path);
        statusBar()->showMessage(tr("No longer found, removed from Open Recent: %1").arg(names.join(u", "_s)), 8000);
    });
    // Every file the window shows goes first in the list, however it was opened.
    const auto remember = [this, recent] {
        if (m_document->origin() != AtlasDocument::bundledDatasetPath())
            recent->add(m_document->origin());
    };
    connect(m_document, &AtlasDocument::datasetChanged, recent, remember);
    connect(m_document, &AtlasDocument::originChanged, recent, remember);
    remember();
    // A file dropped on the window opens once the drop is over, with the same error reporting.
    auto *drop = new DocumentDrop(this);
    connect(drop, &DocumentDrop::dropped, this, &MainWindow::openDataset, Qt::QueuedConnection);
}

void MainWindow::updateStatus()
{
    const Formatter formatter = m_document->formatter();
    const int shown = m_document->eventFilterModel()->rowCount();
    const int total = m_document->eventModel()->rowCount();
    m_eventCount->setText(tr("%1 of %2 events").arg(formatter.number(shown), formatter.number(total)));
}

void MainWindow::updateTitle()
{
    const QString origin = m_document->origin();
    const QString name = origin == AtlasDocument::bundledDatasetPath() ? m_document->dataset().info.name
                                                                       : QFileInfo(origin).fileName();
    setWindowTitle(tr("%1 — Coalition Atlas").arg(name));
}

bool MainWindow::openDataset(const QString &path)
{
    QStringList errors;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const bool loaded = loadDocument(*m_document, path, &errors);
    QApplication::restoreOverrideCursor();
    if (loaded) {
        m_undoStack->clear(); // the edits were of the dataset that is gone
        statusBar()->showMessage(tr("Opened %1").arg(QDir::toNativeSeparators(path)), 5000);
        return true;
    }
    QMessageBox box(QMessageBox::Warning, tr("Cannot open the dataset"),
                    tr("%1 was not opened; the current dataset stays open.").arg(QDir::toNativeSeparators(path)),
                    QMessageBox::Ok, this);
    const qsizetype shown = std::min<qsizetype>(errors.size(), 200);
    QStringList details = errors.mid(0, shown);
    if (errors.size() > shown)
        details << tr("…and %1 more problems.").arg(errors.size() - shown);
    box.setDetailedText(details.join(u'\n'));
    box.setInformativeText(tr("%n problem(s) found. The first: %1", nullptr, int(errors.size()))
                               .arg(errors.value(0)));
    showPlainText(&box);
    box.exec();
    return false;
}

void MainWindow::chooseDataset()
{
    QSettings settings;
    const QString folder = settings.value(u"paths/datasetFolder"_s).toString();
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Dataset"), folder,
                                                      tr("Coalition Atlas datasets and projects (*.json *.gpkg);;All files (*)"));
    if (path.isEmpty())
        return;
    settings.setValue(u"paths/datasetFolder"_s, QFileInfo(path).absolutePath());
    openDataset(path);
}

void MainWindow::showArticle(const QString &sourceId, const QString &quote)
{
    const Source *source = m_document->dataset().source(sourceId);
    if (!source)
        return;
    auto *viewer = new ArticleViewer(this);
    viewer->setAttribute(Qt::WA_DeleteOnClose);
    const QString title = tr("%1 — %2").arg(source->outlet.text(m_document->language()), source->title.ar);
    if (!source->text.isEmpty())
        viewer->showArticleText(title, source->text, quote); // an added article: the project keeps its text
    else
        viewer->showArticle(title, m_document->sourceModel()->articlePath(sourceId), quote);
    viewer->show();
}

void MainWindow::showAbout()
{
    AboutDialog dialog(m_document->dataset(), this);
    dialog.exec();
}

void MainWindow::reportExport(const QString &fileName)
{
    statusBar()->showMessage(tr("Exported %1").arg(QDir::toNativeSeparators(fileName)), 8000);
}

void MainWindow::exportTimeline()
{
    ImageExportDialog dialog(u"export/timeline"_s, tr("timeline"), QSize(1600, 900), m_document->formatter(), this);
    dialog.setWindowTitle(tr("Export Timeline"));
    auto *windowOnly = new QCheckBox(tr("Only the visible part of the timeline"), &dialog);
    dialog.addOption(QString(), windowOnly);
    auto *lanes = new QWidget(&dialog);
    auto *lanesLayout = new QGridLayout(lanes);
    lanesLayout->setContentsMargins(0, 0, 0, 0);
    const QSet<QString> visible = m_timeline->visibleLanes();
    const QStringList categories = m_timeline->categories();
    // Two columns, read down each: the dialog keeps within a 700-pixel-high screen in Arabic too.
    const int laneRows = int(categories.size() + 1) / 2;
    QList<QCheckBox *> laneBoxes;
    for (const QString &category : categories) {
        auto *box = new QCheckBox(Vocabulary::categoryName(category), lanes);
        box->setProperty("category", category);
        box->setChecked(visible.contains(category));
        lanesLayout->addWidget(box, int(laneBoxes.size()) % laneRows, int(laneBoxes.size()) / laneRows);
        laneBoxes << box;
    }
    dialog.addOption(tr("Lanes:"), lanes);

    const auto optionsFor = [&](QSize size, int dpi) {
        TimelineExportOptions options;
        options.fileName = dialog.fileName();
        options.pixelSize = size;
        options.dpi = dpi;
        for (const QCheckBox *box : std::as_const(laneBoxes)) {
            if (box->isChecked())
                options.lanes.insert(box->property("category").toString());
        }
        options.filter = m_document->filter()->state();
        if (windowOnly->isChecked()) {
            const FilterState &live = m_document->filter()->state();
            const QDate from = live.from().isValid() ? std::max(live.from(), m_timeline->firstVisibleDate())
                                                     : m_timeline->firstVisibleDate();
            const QDate to = live.to().isValid() ? std::min(live.to(), m_timeline->lastVisibleDate())
                                                 : m_timeline->lastVisibleDate();
            options.filter.setTimeWindow(from, to);
        }
        return options;
    };
    // The dialog says before the export when the rows need more height than asked, and how much.
    dialog.setSizeCheck([&](QSize size, int dpi) { return TimelineExporter::exportSize(*m_document, optionsFor(size, dpi)); },
                        tr("Every event gets its own row, and these need more height."));
    // (A list of its own: a range-for over `QList(laneBoxes) << windowOnly` would outlive the temporary.)
    QList<QCheckBox *> optionBoxes = laneBoxes;
    optionBoxes << windowOnly;
    for (QCheckBox *box : std::as_const(optionBoxes))
        connect(box, &QCheckBox::toggled, &dialog, &ImageExportDialog::updatePreview);
    dialog.setExporter([&](QString *error) {
        return Atlas::exportTimeline(*m_document, optionsFor(dialog.size(), dialog.dpi()), error);
    });
    if (dialog.exec() == QDialog::Accepted)
        reportExport(dialog.fileName());
}

void MainWindow::exportChart(const QString &chartName)
{
    ChartExportDialog dialog(m_document, chartName, this);
    if (dialog.exec() == QDialog::Accepted)
        reportExport(dialog.fileName());
}

void MainWindow::exportAnimation()
{
    AnimationExportDialog dialog(m_document, this);
    // A failure is shown in the dialog, which stays open; a success closes it.
    connect(&dialog, &AnimationExportDialog::exportFinished, this, [this, &dialog](bool ok) {
        if (ok)
            reportExport(dialog.options().output);
    });
    dialog.exec();
}

void MainWindow::exportMap()
{
    ImageExportDialog dialog(u"export/map"_s, tr("map"), QSize(1600, 1000), m_document->formatter(), this);
    dialog.setWindowTitle(tr("Export Map"));
    dialog.setExporter([&](QString *error) {
        MapExportOptions options;
        options.fileName = dialog.fileName();
        options.filter = m_document->filter()->state();
        options.size = dialog.size();
        options.dpi = dialog.dpi();
        return Atlas::exportMap(*m_document, options, error);
    });
    if (dialog.exec() == QDialog::Accepted)
        reportExport(dialog.fileName());
}

QString MainWindow::dockStateKey() const
{
    // One dock layout per direction: an Arabic layout restored in English would keep the docks mirrored.
    return layoutDirection() == Qt::RightToLeft ? u"window/stateRightToLeft"_s : u"window/state"_s;
}

void MainWindow::readSettings()
{
    QSettings settings;
    restoreGeometry(settings.value(u"window/geometry"_s).toByteArray());
    m_layoutRestored = restoreState(settings.value(dockStateKey()).toByteArray());
}

void MainWindow::writeSettings() const
{
    QSettings settings;
    settings.setValue(u"window/geometry"_s, saveGeometry());
    settings.setValue(dockStateKey(), saveState());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!confirmDiscardEdits()) {
        event->ignore();
        return;
    }
    writeSettings();
    event->accept();
}

void MainWindow::addArticle()
{
    if (!m_document->isEditable())
        return;
    ArticleReviewDialog dialog(m_document->dataset(), this);
    if (dialog.exec() != QDialog::Accepted || dialog.edit().isEmpty())
        return;
    m_undoStack->push(new DatasetEditCommand(m_document, dialog.edit()));
    statusBar()->showMessage(dialog.edit().description, 8000);
}

void MainWindow::importData()
{
    if (!m_document->isEditable())
        return;
    ImportDialog dialog(m_document->dataset(), this);
    if (dialog.exec() != QDialog::Accepted || !dialog.changed())
        return;
    m_document->setDataset(dialog.dataset(), m_document->origin(), m_document->sourceModel()->articleDirectory());
    statusBar()->showMessage(dialog.result().summary, 8000);
}

bool MainWindow::confirmDiscardEdits()
{
    if (!m_undoStack || m_undoStack->isClean())
        return true;
    QMessageBox box(QMessageBox::Question, tr("Unsaved changes"),
                    tr("The dataset has changes that are not saved. Save them as a project before closing?"),
                    QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, this);
    box.setObjectName(u"unsavedChangesBox"_s);
    const int answer = box.exec();
    if (answer == QMessageBox::Cancel)
        return false;
    if (answer == QMessageBox::Discard)
        return true;
    return m_projectActions->save();
}

} // namespace Atlas
