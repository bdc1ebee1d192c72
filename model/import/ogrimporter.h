// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importmapping.h"

namespace Atlas {

/*
 * GeoJSON, KML and any other vector file GDAL/OGR reads: every feature of every layer is one row,
 * its attribute fields the columns (KML through LIBKML adds name, description, timestamp, begin
 * and end from TimeStamp/TimeSpan), its point the place, reprojected to EPSG:4326 when the layer
 * has another CRS. Rows go through MappedRecords with the given mapping or one guessed from the
 * field names. Provenance: the file, the feature's number across layers (1-based), its record id
 * (the mapping's id field, else the layer's feature id) and every field plus the geometry as WKT
 * as the file has it. Stateless between runs.
 */
class OgrImporter
{
public:
    // "geojson", "kml" or "vector" (any other OGR source) for what GDAL makes of `path`; empty if
    // it opens no vector dataset.
    static QString detect(const QString &path);
    ImportReport run(const QString &path, ImportSink &sink, const ImportOptions &options,
                     const std::optional<ImportMapping> &mapping = std::nullopt, const Dataset *mergeInto = nullptr);
};

} // namespace Atlas
