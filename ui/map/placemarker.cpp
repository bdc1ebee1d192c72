// SPDX-License-Identifier: GPL-3.0-or-later
#include "placemarker.h"

#include "placeactivitymodel.h"
#include "placemodel.h"

#include <QAbstractItemModel>

namespace Atlas {

namespace {

QList<PlaceMarker> collectWhere(const QAbstractItemModel *model, bool theatre,
                                const QSet<QString> &selected)
{
    QList<PlaceMarker> markers;
    if (!model)
        return markers;
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, 0);
        if (index.data(PlaceModel::TheatreRole).toBool() != theatre
            || !index.data(PlaceActivityModel::PassesPlaceFilterRole).toBool())
            continue;
        const double latitude = index.data(PlaceModel::LatitudeRole).toDouble();
        const double longitude = index.data(PlaceModel::LongitudeRole).toDouble();
        PlaceMarker marker;
        marker.placeId = index.data(PlaceModel::IdRole).toString();
        marker.coordinate = QGeoCoordinate(latitude, longitude);
        marker.kind = index.data(PlaceModel::KindRole).toString();
        marker.kindText = index.data(PlaceModel::KindTextRole).toString();
        marker.name = index.data(PlaceModel::NameRole).toString();
        marker.eventCount = index.data(PlaceActivityModel::EventCountRole).toInt();
        marker.latestEventId = index.data(PlaceActivityModel::LatestEventIdRole).toString();
        marker.selected = selected.contains(marker.placeId);
        marker.pinned = theatre;
        marker.named = !index.data(PlaceModel::NameArRole).toString().isEmpty()
            && !index.data(PlaceModel::NameEnRole).toString().isEmpty();
        if (marker.coordinate.isValid())
            markers.append(marker);
    }
    return markers;
}

} // namespace

QList<PlaceMarker> PlaceMarker::collect(const QAbstractItemModel *activityModel,
                                        const QSet<QString> &selectedPlaceIds)
{
    return collectWhere(activityModel, true, selectedPlaceIds);
}

QList<PlaceMarker> PlaceMarker::offTheatre(const QAbstractItemModel *activityModel)
{
    return collectWhere(activityModel, false, {});
}

} // namespace Atlas
