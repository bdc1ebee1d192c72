// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QPointF>
#include <QString>

#include <optional>
#include <variant>

namespace Atlas {

class SqlConnection;

/*
 * The parts of OGC GeoPackage 1.3 (OGC 12-128r18) a project file uses, written through an open
 * SqlConnection: the SQLite header values, the three core tables with their required rows, the
 * registration of feature and attribute tables in gpkg_contents, and the GeoPackage binary form
 * of a 2D point in EPSG:4326 (docs/projectfile.md). No state; owns nothing.
 */
namespace GeoPackage {

inline constexpr int ApplicationId = 0x47504B47; // "GPKG" in the SQLite header's application_id
inline constexpr int UserVersion = 10300;        // GeoPackage 1.3.0
inline constexpr int Wgs84 = 4326;               // EPSG:4326, longitude x and latitude y in degrees

struct Extent
{
    double minX = 0;
    double minY = 0;
    double maxX = 0;
    double maxY = 0;
};

// In an empty database: the header values, gpkg_spatial_ref_sys with EPSG:4326 and the undefined
// cartesian (-1) and geographic (0) systems, gpkg_contents and gpkg_geometry_columns.
bool createCore(SqlConnection &connection);
// Registers a table of plain rows, data type "attributes".
bool addAttributes(SqlConnection &connection, const QString &table, const QString &description);
// Registers a table whose column `column` holds POINTs in EPSG:4326, data type "features";
// `extent` covers the points, absent when there are none.
bool addPoints(SqlConnection &connection, const QString &table, const QString &column,
               const QString &description, const std::optional<Extent> &extent);

// A point as a GeoPackage geometry blob: the "GP" header (version 0, little-endian, no envelope,
// srs_id 4326) followed by a little-endian WKB Point.
QByteArray pointBlob(double x, double y);
// The point of a GeoPackage geometry blob holding a 2D WKB Point, or what is wrong with it.
std::variant<QPointF, QString> readPoint(QByteArrayView blob);

} // namespace GeoPackage

} // namespace Atlas
