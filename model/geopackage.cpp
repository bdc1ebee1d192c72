// SPDX-License-Identifier: GPL-3.0-or-later
#include "geopackage.h"

#include "sqlconnection.h"

#include <QCoreApplication>
#include <QtEndian>

#include <array>
#include <cmath>
#include <cstring>

using namespace Qt::StringLiterals;

namespace Atlas::GeoPackage {

namespace {

// OGC 12-128r18, table 21 and annex C.
const QString Wgs84Definition =
    u"GEOGCS[\"WGS 84\",DATUM[\"WGS_1984\",SPHEROID[\"WGS 84\",6378137,298.257223563,"
    "AUTHORITY[\"EPSG\",\"7030\"]],AUTHORITY[\"EPSG\",\"6326\"]],PRIMEM[\"Greenwich\",0,"
    "AUTHORITY[\"EPSG\",\"8901\"]],UNIT[\"degree\",0.0174532925199433,AUTHORITY[\"EPSG\",\"9122\"]],"
    "AXIS[\"Latitude\",NORTH],AXIS[\"Longitude\",EAST],AUTHORITY[\"EPSG\",\"4326\"]]"_s;

constexpr char Magic[] = { 'G', 'P' };
constexpr quint8 LittleEndianFlag = 0x01;
constexpr quint8 EmptyGeometryFlag = 0x10;
constexpr quint8 ExtendedTypeFlag = 0x20;
constexpr int HeaderSize = 8;        // magic, version, flags, srs_id
constexpr int WkbPointSize = 21;     // byte order, type, x, y
constexpr quint32 WkbPoint = 1;

// Bytes of the envelope for each envelope contents indicator (flags bits 1-3); -1: invalid.
constexpr std::array<int, 8> EnvelopeSizes{ 0, 32, 48, 48, 64, -1, -1, -1 };

template<typename T>
T readValue(const char *data, bool littleEndian)
{
    return littleEndian ? qFromLittleEndian<T>(data) : qFromBigEndian<T>(data);
}

double readDouble(const char *data, bool littleEndian)
{
    const quint64 bits = readValue<quint64>(data, littleEndian);
    double value;
    std::memcpy(&value, &bits, sizeof value);
    return value;
}

void appendDouble(QByteArray *bytes, double value)
{
    quint64 bits;
    std::memcpy(&bits, &value, sizeof bits);
    char buffer[sizeof bits];
    qToLittleEndian(bits, buffer);
    bytes->append(buffer, sizeof buffer);
}

} // namespace

bool createCore(SqlConnection &connection)
{
    // Pragmas take no bound values; both numbers are constants of the standard.
    connection.exec(u"PRAGMA application_id = %1"_s.arg(ApplicationId));
    connection.exec(u"PRAGMA user_version = %1"_s.arg(UserVersion));
    connection.exec(u"CREATE TABLE gpkg_spatial_ref_sys ("
                    "srs_name TEXT NOT NULL, srs_id INTEGER PRIMARY KEY, organization TEXT NOT NULL, "
                    "organization_coordsys_id INTEGER NOT NULL, definition TEXT NOT NULL, description TEXT)"_s);
    QSqlQuery system = connection.prepare(
        u"INSERT INTO gpkg_spatial_ref_sys (srs_name, srs_id, organization, organization_coordsys_id, "
        "definition, description) VALUES (?, ?, ?, ?, ?, ?)"_s);
    connection.run(system, { u"WGS 84 geodetic"_s, Wgs84, u"EPSG"_s, Wgs84, Wgs84Definition,
                             u"longitude/latitude coordinates in decimal degrees on the WGS 84 spheroid"_s });
    connection.run(system, { u"Undefined cartesian SRS"_s, -1, u"NONE"_s, -1, u"undefined"_s,
                             u"undefined cartesian coordinate reference system"_s });
    connection.run(system, { u"Undefined geographic SRS"_s, 0, u"NONE"_s, 0, u"undefined"_s,
                             u"undefined geographic coordinate reference system"_s });
    connection.exec(u"CREATE TABLE gpkg_contents ("
                    "table_name TEXT NOT NULL PRIMARY KEY, data_type TEXT NOT NULL, identifier TEXT UNIQUE, "
                    "description TEXT DEFAULT '', "
                    "last_change DATETIME NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')), "
                    "min_x DOUBLE, min_y DOUBLE, max_x DOUBLE, max_y DOUBLE, srs_id INTEGER, "
                    "CONSTRAINT fk_gc_r_srs_id FOREIGN KEY (srs_id) REFERENCES gpkg_spatial_ref_sys(srs_id))"_s);
    return connection.exec(u"CREATE TABLE gpkg_geometry_columns ("
                           "table_name TEXT NOT NULL, column_name TEXT NOT NULL, geometry_type_name TEXT NOT NULL, "
                           "srs_id INTEGER NOT NULL, z TINYINT NOT NULL, m TINYINT NOT NULL, "
                           "CONSTRAINT pk_geom_cols PRIMARY KEY (table_name, column_name), "
                           "CONSTRAINT uk_gc_table_name UNIQUE (table_name), "
                           "CONSTRAINT fk_gc_tn FOREIGN KEY (table_name) REFERENCES gpkg_contents(table_name), "
                           "CONSTRAINT fk_gc_srs FOREIGN KEY (srs_id) REFERENCES gpkg_spatial_ref_sys(srs_id))"_s);
}

bool addAttributes(SqlConnection &connection, const QString &table, const QString &description)
{
    return connection.exec(u"INSERT INTO gpkg_contents (table_name, data_type, identifier, description) "
                           "VALUES (?, 'attributes', ?, ?)"_s,
                           { table, table, description });
}

bool addPoints(SqlConnection &connection, const QString &table, const QString &column,
               const QString &description, const std::optional<Extent> &extent)
{
    const auto bound = [&](double Extent::*side) { return extent ? QVariant(*extent.*side) : QVariant(); };
    connection.exec(u"INSERT INTO gpkg_contents (table_name, data_type, identifier, description, "
                    "min_x, min_y, max_x, max_y, srs_id) VALUES (?, 'features', ?, ?, ?, ?, ?, ?, ?)"_s,
                    { table, table, description, bound(&Extent::minX), bound(&Extent::minY),
                      bound(&Extent::maxX), bound(&Extent::maxY), Wgs84 });
    return connection.exec(u"INSERT INTO gpkg_geometry_columns (table_name, column_name, geometry_type_name, "
                           "srs_id, z, m) VALUES (?, ?, 'POINT', ?, 0, 0)"_s,
                           { table, column, Wgs84 });
}

QByteArray pointBlob(double x, double y)
{
    QByteArray bytes;
    bytes.reserve(HeaderSize + WkbPointSize);
    bytes.append(Magic, sizeof Magic);
    bytes.append(char(0));                // version 1 of the binary format
    bytes.append(char(LittleEndianFlag)); // standard type, not empty, no envelope
    char word[4];
    qToLittleEndian<qint32>(Wgs84, word);
    bytes.append(word, sizeof word);
    bytes.append(char(1));                // WKB little-endian
    qToLittleEndian<quint32>(WkbPoint, word);
    bytes.append(word, sizeof word);
    appendDouble(&bytes, x);
    appendDouble(&bytes, y);
    return bytes;
}

std::variant<QPointF, QString> readPoint(QByteArrayView blob)
{
    if (blob.size() < HeaderSize || blob.at(0) != Magic[0] || blob.at(1) != Magic[1])
        return QCoreApplication::translate("Atlas::GeoPackage", "not a GeoPackage geometry (no \"GP\" header)");
    if (blob.at(2) != 0)
        return QCoreApplication::translate("Atlas::GeoPackage", "GeoPackage geometry version %1 is not supported")
            .arg(int(quint8(blob.at(2))));
    const auto flags = quint8(blob.at(3));
    if (flags & ExtendedTypeFlag)
        return QCoreApplication::translate("Atlas::GeoPackage", "an extended geometry type, not a point");
    if (flags & EmptyGeometryFlag)
        return QCoreApplication::translate("Atlas::GeoPackage", "an empty geometry");
    const int envelope = EnvelopeSizes[(flags >> 1) & 0x07];
    if (envelope < 0)
        return QCoreApplication::translate("Atlas::GeoPackage", "an invalid envelope indicator");
    const bool headerLittle = flags & LittleEndianFlag;
    const auto srsId = readValue<qint32>(blob.data() + 4, headerLittle);
    if (srsId != Wgs84)
        return QCoreApplication::translate("Atlas::GeoPackage", "spatial reference system %1 instead of EPSG:4326")
            .arg(srsId);
    const QByteArrayView wkb = blob.sliced(qMin(blob.size(), qsizetype(HeaderSize + envelope)));
    if (wkb.size() < WkbPointSize || (wkb.at(0) != 0 && wkb.at(0) != 1))
        return QCoreApplication::translate("Atlas::GeoPackage", "the WKB geometry is cut short");
    const bool little = wkb.at(0) == 1;
    const auto type = readValue<quint32>(wkb.data() + 1, little);
    if (type != WkbPoint)
        return QCoreApplication::translate("Atlas::GeoPackage", "WKB geometry type %1, not a 2D point").arg(type);
    const QPointF point(readDouble(wkb.data() + 5, little), readDouble(wkb.data() + 13, little));
    if (!std::isfinite(point.x()) || !std::isfinite(point.y()))
        return QCoreApplication::translate("Atlas::GeoPackage", "a point without finite coordinates");
    return point;
}

} // namespace Atlas::GeoPackage
