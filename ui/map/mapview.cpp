// SPDX-License-Identifier: GPL-3.0-or-later
#include "mapview.h"

#include "atlasdocument.h"
#include "eventfiltermodel.h"
#include "eventmodel.h"
#include "filtercriteria.h"
#include "formatter.h"
#include "mapcontroller.h"
#include "mapviewport.h"
#include "placeactivitymodel.h"
#include "mapscene.h"
#include "placemodel.h"

#include <QAction>
#include <QItemSelectionModel>
#include <QLabel>
#include <QDebug>
#include <QQmlComponent>
#include <QQmlEngine>
#include <QQmlError>
#include <QQuickItem>
#include <QQuickWidget>
#include <QStackedLayout>
#include <QTimer>
#include <QtQml/qqmlextensionplugin.h>

#include <cmath>

using namespace Qt::StringLiterals;

// atlas_ui is static: pull in the QML module's static plugin so CoalitionAtlas.Map registers.
Q_IMPORT_QML_PLUGIN(CoalitionAtlas_MapPlugin)

namespace Atlas {

namespace {

const QMarginsF FitMargins(56, 64, 56, 48);

QString coordinateText(const QGeoCoordinate &c, const Formatter &formatter)
{
    const QString lat = c.latitude() >= 0
        ? MapView::tr("%1° N").arg(formatter.number(c.latitude(), 2))
        : MapView::tr("%1° S").arg(formatter.number(-c.latitude(), 2));
    const QString lon = c.longitude() >= 0
        ? MapView::tr("%1° E").arg(formatter.number(c.longitude(), 2))
        : MapView::tr("%1° W").arg(formatter.number(-c.longitude(), 2));
    return MapView::tr("%1, %2", "latitude, longitude").arg(lat, lon);
}

} // namespace

MapView::MapView(AtlasDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_activityModel(new PlaceActivityModel(document->placeModel(), document->eventFilterModel(),
                                             document->filter(), this))
    , m_controller(new MapController(this))
    , m_stack(new QStackedLayout(this))
    , m_quickWidget(new QQuickWidget(this))
    , m_errorPage(new QLabel(this))
    , m_filterToView(new QAction(tr("Filter to &Map View"), this))
    , m_extentDelay(new QTimer(this))
{
    m_quickWidget->setResizeMode(QQuickWidget::SizeRootObjectToView);
    m_quickWidget->setFocusPolicy(Qt::StrongFocus);
    m_errorPage->setWordWrap(true);
    m_errorPage->setAlignment(Qt::AlignCenter);
    m_errorPage->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_stack->addWidget(m_quickWidget);
    m_stack->addWidget(m_errorPage);
    m_stack->setContentsMargins(0, 0, 0, 0);

    connect(m_controller, &MapController::placesActivated, this, &MapView::onPlacesActivated);
    connect(m_controller, &MapController::eventsAtRequested, this, &MapView::selectEventsAt);
    connect(m_controller, &MapController::cursorMoved, this, [this](const QGeoCoordinate &coordinate) {
        Q_EMIT cursorCoordinateChanged(coordinateText(coordinate, m_document->formatter()));
    });
    connect(m_document->eventSelection(), &QItemSelectionModel::currentChanged, this,
            &MapView::onCurrentEventChanged);
    connect(m_document, &AtlasDocument::languageChanged, this, &MapView::updateLanguage);
    connect(m_document, &AtlasDocument::datasetChanged, this, [this] {
        updateScene();
        fitAllPlaces();
    });
    connect(m_activityModel, &QAbstractItemModel::dataChanged, this, &MapView::updateScene);
    connect(m_activityModel, &QAbstractItemModel::modelReset, this, &MapView::updateScene);

    m_filterToView->setObjectName(u"filterToMapViewAction"_s);
    m_filterToView->setCheckable(true);
    m_filterToView->setToolTip(tr("Show only events with a place inside the area the map shows, following the map as it moves"));
    // Panning reports every frame; the filter follows once the map rests.
    m_extentDelay->setSingleShot(true);
    m_extentDelay->setInterval(200);
    connect(m_extentDelay, &QTimer::timeout, this, &MapView::applyViewExtent);
    connect(m_controller, &MapController::viewChanged, this, [this] {
        if (m_filterToView->isChecked())
            m_extentDelay->start();
    });
    connect(m_filterToView, &QAction::toggled, this, [this](bool on) {
        m_extentDelay->stop();
        if (on)
            applyViewExtent();
        else
            m_document->filter()->setExtent({});
    });
    connect(m_document->filter(), &FilterCriteria::changed, this, [this] {
        if (m_filterToView->isChecked() && m_document->filter()->state().extent().isEmpty() && !m_extentDelay->isActive()) {
            const QSignalBlocker blocker(m_filterToView);
            m_filterToView->setChecked(false);
        }
    });

    updateLanguage();
    loadScene();
    fitAllPlaces();
}

void MapView::applyViewExtent()
{
    const MapViewport viewport = m_controller->viewport();
    if (!viewport.isValid())
        return;
    const QGeoCoordinate northWest = viewport.toCoordinate(QPointF(0, 0));
    const QGeoCoordinate southEast = viewport.toCoordinate(QPointF(viewport.size().width(), viewport.size().height()));
    m_document->filter()->setExtent(GeoExtent::fromCorners(northWest.latitude(), northWest.longitude(),
                                                           southEast.latitude(), southEast.longitude()));
}

MapView::~MapView()
{
    // The QML scene binds to the controller and the model: it goes first.
    delete m_quickWidget;
}

void MapView::loadScene()
{
    // Qt 6.8's QQuickWidget has no setInitialProperties()/loadFromModule() yet (6.9 adds them):
    // build the component on the widget's engine with the initial properties and hand both over.
    auto *component = new QQmlComponent(m_quickWidget->engine(), m_quickWidget);
    component->loadFromModule(u"CoalitionAtlas.Map", u"AtlasMap");
    QObject *root = nullptr;
    if (component->isReady()) {
        root = component->createWithInitialProperties({
            {u"controller"_s, QVariant::fromValue(m_controller)},
        });
    }
    m_quickWidget->setContent(QUrl(), component, root);
    if (root)
        return;

    QStringList errors;
    for (const QQmlError &error : component->errors())
        errors.append(error.toString());
    if (errors.isEmpty())
        errors.append(tr("The map scene could not be created."));
    // On stderr too: a QML module missing is a broken installation (packaging/devroot package
    // --check looks for this line).
    qWarning().noquote() << u"coalition-atlas: the map could not be loaded: "_s + errors.join(u"; "_s);
    for (QString &error : errors)
        error = error.toHtmlEscaped();
    m_errorPage->setText(tr("<p><b>The map could not be loaded.</b></p><p>%1</p>")
                             .arg(errors.join(u"<br>"_s)));
    m_stack->setCurrentWidget(m_errorPage);
}

QQuickItem *MapView::rootItem() const
{
    return m_quickWidget->rootObject();
}

QString MapView::errorText() const
{
    return m_stack->currentWidget() == m_errorPage ? m_errorPage->text() : QString();
}

bool MapView::onlineTiles() const
{
    return m_controller->onlineTiles();
}

void MapView::setOnlineTiles(bool online)
{
    m_controller->setOnlineTiles(online);
}

void MapView::fitAllPlaces()
{
    // Frame the theatre places that pass the place filter; with filtered events, only those
    // that have some, so the frame follows the time window.
    const QSizeF size = m_quickWidget->size().isEmpty() ? QSizeF(800, 600) : QSizeF(m_quickWidget->size());
    const MapViewport view = m_controller->scene().framing(size, FitMargins, 8.0);
    m_controller->requestView(view.center(), view.zoom());
}

void MapView::zoomToSelection()
{
    QList<QGeoCoordinate> coordinates;
    for (const QString &placeId : selectedPlaceIds()) {
        const QModelIndex place = m_document->placeModel()->indexOf(placeId);
        if (place.isValid() && place.data(PlaceModel::TheatreRole).toBool())
            coordinates.append(QGeoCoordinate(place.data(PlaceModel::LatitudeRole).toDouble(),
                                              place.data(PlaceModel::LongitudeRole).toDouble()));
    }
    if (coordinates.isEmpty())
        return;
    const QSizeF size = m_quickWidget->size().isEmpty() ? QSizeF(800, 600) : QSizeF(m_quickWidget->size());
    const MapViewport view = MapViewport::fitting(coordinates, size, FitMargins, 9.0);
    m_controller->requestView(view.center(), view.zoom());
}

void MapView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_framed) {
        m_framed = true;
        fitAllPlaces();
    }
}

void MapView::updateLanguage()
{
    m_controller->setFormatter(m_document->formatter());
    setLayoutDirection(m_document->language() == Language::Arabic ? Qt::RightToLeft : Qt::LeftToRight);
    updateScene();
}

void MapView::updateScene()
{
    const QStringList selected = selectedPlaceIds();
    m_controller->setScene(MapScene::fromActivity(m_activityModel, m_document->filter()->state(),
                                                  QSet<QString>(selected.cbegin(), selected.cend())));
}

QStringList MapView::selectedPlaceIds() const
{
    const QModelIndex current = m_document->eventSelection()->currentIndex();
    if (!current.isValid())
        return {};
    return current.data(EventModel::PlaceIdsRole).toStringList();
}

void MapView::onPlacesActivated(const QStringList &placeIds)
{
    // The most important place under the tap that has filtered events gives its latest event.
    for (const QString &placeId : placeIds) {
        const QString eventId = m_activityModel->latestEventId(placeId);
        if (!eventId.isEmpty()) {
            m_document->selectEvent(eventId);
            return;
        }
    }
}

void MapView::selectEventsAt(const QStringList &placeIds)
{
    // The filtered events of these places become the shared selection, so the table lists
    // them; the latest of the busiest place is current, for the details pane.
    QItemSelection selection;
    QModelIndex current;
    for (const QString &placeId : placeIds) {
        const QModelIndex place = m_document->placeModel()->indexOf(placeId);
        if (!place.isValid())
            continue;
        const QStringList eventIds = m_activityModel->index(place.row()).data(PlaceActivityModel::EventIdsRole).toStringList();
        for (const QString &eventId : eventIds) {
            const QModelIndex row = m_document->eventFilterModel()->mapFromSource(m_document->eventModel()->indexOf(eventId));
            if (!row.isValid())
                continue;
            selection.select(row, row);
            if (!current.isValid() && eventId == eventIds.constLast())
                current = row;
        }
    }
    if (!current.isValid())
        return;
    m_document->eventSelection()->setCurrentIndex(current, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_document->eventSelection()->select(selection, QItemSelectionModel::Select | QItemSelectionModel::Rows);
}

void MapView::onCurrentEventChanged()
{
    const QStringList placeIds = selectedPlaceIds();
    m_controller->setSelectedPlaceIds(placeIds);
    updateScene();
    QList<QGeoCoordinate> coordinates;
    for (const QString &placeId : placeIds) {
        const QModelIndex place = m_document->placeModel()->indexOf(placeId);
        if (place.isValid() && place.data(PlaceModel::TheatreRole).toBool())
            coordinates.append(QGeoCoordinate(place.data(PlaceModel::LatitudeRole).toDouble(),
                                              place.data(PlaceModel::LongitudeRole).toDouble()));
    }
    if (coordinates.isEmpty())
        return;
    // Pan to the place(s) at the current zoom; zoom out only if they do not fit.
    const QSizeF size = m_quickWidget->size().isEmpty() ? QSizeF(800, 600) : QSizeF(m_quickWidget->size());
    const MapViewport fit = MapViewport::fitting(coordinates, size, FitMargins, m_controller->zoomLevel());
    m_controller->requestView(fit.center(), fit.zoom());
}

} // namespace Atlas
