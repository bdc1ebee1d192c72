// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "filterstate.h"
#include "placemarker.h"

#include <QGeoCoordinate>
#include <QList>
#include <QMarginsF>
#include <QSet>
#include <QSizeF>
#include <QString>

class QAbstractItemModel;

namespace Atlas {

class AtlasDocument;
class EventModel;
class Formatter;
class MapViewport;
class PlaceModel;

/*
 * What a map shows, as plain values: a marker per theatre place with its count of filtered
 * events, the places left off the map (Washington, New York) that have events, and the filter
 * it was counted with. The map view builds one from its live PlaceActivityModel; exports and
 * briefings build one from a FilterState; MapPainter and the QML layers draw any of them the
 * same way.
 */
struct MapScene
{
    QList<PlaceMarker> markers;     // theatre places passing the place filter, with or without events
    QList<PlaceMarker> offTheatre;  // places outside the map that have events
    FilterState filter;

    // From an activity model (PlaceActivityModel roles), whose events passed `filter`.
    static MapScene fromActivity(const QAbstractItemModel *activityModel, const FilterState &filter,
                                 const QSet<QString> &selectedPlaceIds = {});
    // The places and events of these models counted under `filter` through private proxies:
    // the models' document, its filter and its views are left untouched.
    static MapScene build(EventModel *events, PlaceModel *places, const FilterState &filter,
                          const QSet<QString> &selectedPlaceIds = {});
    static MapScene build(const AtlasDocument &document, const FilterState &filter,
                          const QSet<QString> &selectedPlaceIds = {});

    // Theatre places with events; every theatre place when none has any.
    QList<QGeoCoordinate> frameCoordinates() const;
    // The viewport of `size` framing frameCoordinates() with `margins` kept free.
    MapViewport framing(const QSizeF &size, const QMarginsF &margins, double maxZoom) const;
    int activePlaceCount() const;
    bool hasEvents() const;
    // "Outside the map: Washington (1), New York (2)"; empty when no such place has events.
    QString offTheatreNote(const Formatter &formatter) const;
    // "No events pass the current filters." when the map has places but no events; else empty.
    QString noDataNote() const;
};

} // namespace Atlas
