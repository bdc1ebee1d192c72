// SPDX-License-Identifier: GPL-3.0-or-later
#include "mapscene.h"

#include "atlasdocument.h"
#include "eventmodel.h"
#include "eventfiltermodel.h"
#include "filtercriteria.h"
#include "formatter.h"
#include "mapviewport.h"
#include "placeactivitymodel.h"
#include "placemodel.h"

#include <QCoreApplication>

namespace Atlas {

namespace {

QString tr(const char *text, const char *disambiguation = nullptr)
{
    return QCoreApplication::translate("Atlas::MapScene", text, disambiguation);
}

} // namespace

MapScene MapScene::fromActivity(const QAbstractItemModel *activityModel, const FilterState &filter,
                                const QSet<QString> &selectedPlaceIds)
{
    MapScene scene;
    scene.markers = PlaceMarker::collect(activityModel, selectedPlaceIds);
    for (const PlaceMarker &marker : PlaceMarker::offTheatre(activityModel)) {
        if (marker.eventCount > 0)
            scene.offTheatre.append(marker);
    }
    scene.filter = filter;
    return scene;
}

MapScene MapScene::build(EventModel *events, PlaceModel *places, const FilterState &filter,
                         const QSet<QString> &selectedPlaceIds)
{
    FilterCriteria criteria;
    criteria.setState(filter);
    EventFilterModel filtered(&criteria);
    filtered.setSourceModel(events);
    const PlaceActivityModel activity(places, &filtered, &criteria);
    return fromActivity(&activity, filter, selectedPlaceIds);
}

MapScene MapScene::build(const AtlasDocument &document, const FilterState &filter,
                         const QSet<QString> &selectedPlaceIds)
{
    return build(document.eventModel(), document.placeModel(), filter, selectedPlaceIds);
}

QList<QGeoCoordinate> MapScene::frameCoordinates() const
{
    QList<QGeoCoordinate> active;
    QList<QGeoCoordinate> all;
    for (const PlaceMarker &marker : markers) {
        all.append(marker.coordinate);
        if (marker.eventCount > 0)
            active.append(marker.coordinate);
    }
    return active.isEmpty() ? all : active;
}

MapViewport MapScene::framing(const QSizeF &size, const QMarginsF &margins, double maxZoom) const
{
    return MapViewport::fitting(frameCoordinates(), size, margins, maxZoom);
}

int MapScene::activePlaceCount() const
{
    int count = 0;
    for (const PlaceMarker &marker : markers)
        count += marker.eventCount > 0 ? 1 : 0;
    return count;
}

bool MapScene::hasEvents() const
{
    return activePlaceCount() > 0 || !offTheatre.isEmpty();
}

QString MapScene::offTheatreNote(const Formatter &formatter) const
{
    if (offTheatre.isEmpty())
        return {};
    QStringList entries;
    for (const PlaceMarker &marker : offTheatre)
        entries.append(tr("%1 (%2)", "place name, number of events").arg(marker.name, formatter.number(marker.eventCount)));
    return tr("Outside the map: %1").arg(entries.join(tr(", ", "list separator")));
}

QString MapScene::noDataNote() const
{
    return !markers.isEmpty() && !hasEvents() ? tr("No events pass the current filters.") : QString();
}

} // namespace Atlas
