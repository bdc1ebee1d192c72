// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QAction;
class QQuickWidget;
class QTimer;
class QStackedLayout;
class QLabel;
class QQuickItem;

namespace Atlas {

class AtlasDocument;
class MapController;
class PlaceActivityModel;

/*
 * The map of the main window: a QQuickWidget showing AtlasMap.qml (module CoalitionAtlas.Map)
 * with the offline base map, every theatre place as a marker with its count of filtered events,
 * and optional OpenStreetMap tiles. Owns the PlaceActivityModel that counts the filtered events
 * per place and the MapController bridge; turns the counts into the MapScene the QML layers
 * draw (the same value type exports draw); reads the document's models and writes only the
 * shared event selection.
 *
 * Selection flow: tap on a marker -> MapController::placesActivated -> here ->
 * AtlasDocument::selectEvent(latest event there); eventSelection() currentChanged -> here ->
 * MapController::selectedPlaceIds (highlight) + requestView (pan). Places with theatre=false
 * are not drawn (they would stretch "fit all" across the Atlantic); the overlay's note lists them.
 * If the QML cannot load, an error page with the QML errors takes its place.
 */
class MapView : public QWidget
{
    Q_OBJECT

public:
    explicit MapView(AtlasDocument *document, QWidget *parent = nullptr);
    ~MapView() override;

    QQuickWidget *quickWidget() const { return m_quickWidget; }
    // The root QML item, null when loading failed.
    QQuickItem *rootItem() const;
    PlaceActivityModel *activityModel() const { return m_activityModel; }
    MapController *controller() const { return m_controller; }
    bool onlineTiles() const;
    // The text of the error page; empty while the map works.
    QString errorText() const;
    // Checked: the document's filter keeps only events with a place in what the map shows, and
    // follows the view as it pans and zooms. Unchecked again when the filter is cleared elsewhere.
    QAction *filterToViewAction() const { return m_filterToView; }

public Q_SLOTS:
    void fitAllPlaces();
    void zoomToSelection();
    void setOnlineTiles(bool online);

Q_SIGNALS:
    // "33.50° N, 38.65° E" in the UI language, as the cursor moves over the map.
    void cursorCoordinateChanged(const QString &text);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void loadScene();
    void updateLanguage();
    void updateScene();
    void onPlacesActivated(const QStringList &placeIds);
    void selectEventsAt(const QStringList &placeIds);
    void onCurrentEventChanged();
    QStringList selectedPlaceIds() const;
    void applyViewExtent();

    AtlasDocument *m_document;
    PlaceActivityModel *m_activityModel;
    MapController *m_controller;
    QStackedLayout *m_stack;
    QQuickWidget *m_quickWidget;
    QLabel *m_errorPage;
    QAction *m_filterToView;
    QTimer *m_extentDelay;
    bool m_framed = false;
};

} // namespace Atlas
