// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QGeoCoordinate>
#include <QList>
#include <QSet>
#include <QString>

class QAbstractItemModel;

namespace Atlas {

/*
 * One place as the map draws it: where, what kind, its name in the UI language and how many of
 * the filtered events happened there. Plain value; collect() reads them from a
 * PlaceActivityModel so the screen and the exporter show the same thing.
 */
struct PlaceMarker
{
    QString placeId;
    QGeoCoordinate coordinate;
    QString kind;              // base, city, province, road, river, region…
    QString kindText;          // translated kind
    QString name;              // UI language
    int eventCount = 0;
    QString latestEventId;
    bool selected = false;
    // A named site of the theatre: it keeps its own symbol and name at every zoom (MarkerLayout
    // never merges it into a cluster); other places cluster when they crowd.
    bool pinned = false;
    // Named in Arabic and English, as the curated dataset's sites are; an imported place has
    // only the name its file gives. At scale only these stay pinned (PlaceMarkerLayer).
    bool named = false;

    // Markers for the theatre places of `activityModel` that pass the place filter, pinned;
    // places with theatre=false (Washington, New York) are left out: they go to offTheatre().
    static QList<PlaceMarker> collect(const QAbstractItemModel *activityModel,
                                      const QSet<QString> &selectedPlaceIds = {});
    static QList<PlaceMarker> offTheatre(const QAbstractItemModel *activityModel);
};

} // namespace Atlas
