// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "filterstate.h"

#include <QString>

namespace Atlas {

class AtlasDocument;

/*
 * The events a filter lets through, written as a point layer through GDAL/OGR: GeoJSON (RFC 7946),
 * KML (LIBKML: name, description, TimeStamp or TimeSpan) or CSV (latitude/longitude columns), chosen
 * by the file's suffix (docs/import.md, "Exporting events"). One feature per event and place, with
 * the event's provenance (file, row, record id) so an exported row leads back to its source. The
 * file is written beside the target and renamed into place: a failure leaves no file. Stateless.
 */
class EventExporter
{
public:
    static QStringList suffixes(); // csv, geojson, kml
    // The number of features written, or -1 with `error` set.
    static qint64 write(const AtlasDocument &document, const FilterState &filter, const QString &path, QString *error);
};

} // namespace Atlas
