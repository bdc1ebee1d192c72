// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMainWindow>

class QLabel;
class QMenu;

namespace Atlas {

class AtlasDocument;
class DetailsPane;
class FilterBar;
class RecordTableView;

/*
 * The application frame: menus (File, Edit, View, Help), the filter bar and timeline in the
 * centre, docks for the map, charts, details and the event and figure tables, and a status bar
 * saying how many events pass the filter. It wires views to the one AtlasDocument it is given
 * and owns only widgets; window geometry and dock layout persist in QSettings.
 */
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(AtlasDocument *document, QWidget *parent = nullptr);

    // Opens a dataset file; on failure shows every error and keeps the current dataset.
    bool openDataset(const QString &path);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createCentralArea();
    void createDocks();
    void createMenus();
    void updateStatus();
    void updateTitle();
    void chooseDataset();
    void showArticle(const QString &sourceId, const QString &quote);
    void showAbout();
    void readSettings();
    void writeSettings() const;
    QDockWidget *addDock(QWidget *content, const QString &objectName, const QString &title, Qt::DockWidgetArea area);

    AtlasDocument *m_document;
    FilterBar *m_filterBar = nullptr;
    DetailsPane *m_details = nullptr;
    RecordTableView *m_eventTable = nullptr;
    RecordTableView *m_figureTable = nullptr;
    QMenu *m_viewMenu = nullptr;
    QLabel *m_eventCount = nullptr;
    QLabel *m_cursorPosition = nullptr;
};

} // namespace Atlas
