// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMainWindow>

class QLabel;
class QMenu;
class QUndoStack;

namespace Atlas {

class AtlasDocument;
class ChartsPanel;
class DetailsPane;
class DockProportions;
class FilterBar;
class MapView;
class ProjectActions;
class PlayerBar;
class RecordTableView;
class TimelineView;

/*
 * The application frame: menus (File, Edit, View, Help), the filter bar and timeline in the
 * centre, docks for the map, charts, details and the event and figure tables, and a status bar
 * saying how many events pass the filter. It wires views to the one AtlasDocument it is given
 * and owns only widgets; window geometry and dock layout persist in QSettings. Files come in
 * through File > Open, Open Recent (RecentFiles) and drops (DocumentDrop), all by openDataset().
 */
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(AtlasDocument *document, QWidget *parent = nullptr);

    // Opens a dataset file; on failure shows every error and keeps the current dataset.
    bool openDataset(const QString &path);
    // The edits of the open dataset (File > Add Article…), undone and redone from the Edit menu.
    QUndoStack *undoStack() const { return m_undoStack; }
    // File > Add Article…: the review dialog; accepted facts go on the undo stack.
    void addArticle();
    void importData();
    // Whether closing may go on: asks to save, discard or cancel when there are unsaved edits.
    bool confirmDiscardEdits();

protected:
    void closeEvent(QCloseEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void createCentralArea();
    void createDocks();
    void createMenus();
    void createFileSources(QMenu *menu);
    void createToolBar();           // the common actions of the menus, one click away
    void applyDefaultProportions(); // dock sizes of a first run, for the window's size
    void resetLayout();             // View > Reset Layout: the docks and toolbar as on a first run
    void updateStatus();
    void updateTitle();
    void chooseDataset();
    void showArticle(const QString &sourceId, const QString &quote);
    void showAbout();
    void exportTimeline();
    void exportChart(const QString &chartName);
    void exportMap();
    void exportAnimation();
    void reportExport(const QString &fileName); // in the status bar; failures stay in the dialogs
    void readSettings();
    QString dockStateKey() const;
    void writeSettings() const;
    QDockWidget *addDock(QWidget *content, const QString &objectName, const QString &title, Qt::DockWidgetArea area);

    AtlasDocument *m_document;
    FilterBar *m_filterBar = nullptr;
    TimelineView *m_timeline = nullptr;
    MapView *m_map = nullptr;
    ChartsPanel *m_charts = nullptr;
    DetailsPane *m_details = nullptr;
    RecordTableView *m_eventTable = nullptr;
    RecordTableView *m_figureTable = nullptr;
    PlayerBar *m_playerBar = nullptr; // hidden until View > Player Bar
    QMenu *m_viewMenu = nullptr;
    QUndoStack *m_undoStack = nullptr;
    ProjectActions *m_projectActions = nullptr;
    QLabel *m_eventCount = nullptr;
    QLabel *m_cursorPosition = nullptr;
    QByteArray m_defaultLayout;    // saveState() before the saved layout is restored
    bool m_layoutRestored = false; // a saved dock layout was restored; else first-run sizes apply
    DockProportions *m_dockProportions = nullptr; // the docks' shares, kept as the window is resized
};

} // namespace Atlas
