// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gazetteer.h"
#include "importcodes.h"
#include "recordbuilder.h"

#include <QHash>

#include <optional>

namespace Atlas {

/*
 * Which column holds what, for files without a format of their own: any CSV or TSV, and the
 * features of GeoJSON, KML or any other vector file GDAL reads (their attribute fields are the
 * columns). A small JSON file (docs/import.md, "Column mappings"), or guessed from the column
 * names when none is given. Column names are compared in lower case. A value type.
 */
struct ImportMapping
{
    QString id;                      // the record id; empty: the line (CSV) or feature number
    QString date;
    QString dateFallback;            // read when `date` is empty (KML: timestamp, else begin)
    QString dateEnd;                 // a range's last day
    std::optional<ImportCodes::DateFormat> dateFormat; // empty: detected per file
    QString title;
    QString summary;
    QString category;                // a column, mapped through `categories`
    QHash<QString, QString> categories; // folded value -> category; "*" for any other value
    QString defaultCategory;         // when there is no category column, or its cell is empty
    QString latitude;
    QString longitude;
    QString place;                   // a place name, joined to the project's places and the gazetteer
    QString country;                 // a column: ISO code or name
    QString countryCode;             // the country of every row when there is no column
    QStringList actors;              // columns, each split at ';'
    QString fatalities;
    QString outlet;                  // who reported it, the citation's outlet
    CoordPrecision precision = CoordPrecision::Exact;
    QString attribution;             // of the export's source record
    bool gazetteer = true;           // join `place` names to the bundled gazetteer too
    bool guessed = false;            // made by guess(): an empty id cell falls back to the line or feature id

    // Reads a mapping file; on failure says why (the file, the key, what was expected).
    static std::optional<ImportMapping> load(const QString &path, QString *error);
    static std::optional<ImportMapping> fromJson(const QByteArray &json, QString *error);
    // The columns of a header (lower case) matched by the usual names: id, date, begin, timestamp,
    // end, name, title, description, notes, category, latitude/lat/y, longitude/lon/lng/x, place,
    // location, country, actor1/actor2/actors, fatalities/deaths, source/outlet.
    static ImportMapping guess(const QStringList &columns);
    // The columns named by the mapping that `columns` lacks.
    QStringList missingColumns(const QHash<QString, int> &columns) const;
    QStringList dateColumns() const;
};

struct ImportFailure
{
    QString column;
    QString value;
    QString reason;                  // English
};

/*
 * One row of a mapped file made into an event, its place and its actors through a RecordBuilder:
 * the date in the detected format, the point from the row's geometry or its coordinate columns or,
 * failing both, its place name looked up in the project's places and then the gazetteer (a name
 * that matches places in several countries needs a country column). Owns the name indexes.
 */
class MappedRecords
{
public:
    struct Row
    {
        qint64 line = 0;                         // CSV line or feature number, 1-based
        const QStringList &fields;
        const QHash<QString, int> &columns;      // lower-case name -> index
        std::optional<std::pair<double, double>> point; // lat, lon of the feature's geometry
        QString coordSource;                     // where the point came from
        QString value(const QString &column) const
        {
            const int index = column.isEmpty() ? -1 : columns.value(column, -1);
            return index >= 0 && index < fields.size() ? fields.at(index) : QString();
        }
    };

    // `prefix` starts every event id ("strikes-"); `mergeInto` gives the project's places.
    MappedRecords(const ImportMapping &mapping, const QString &prefix, const Dataset *mergeInto);
    void setDateFormats(const QHash<QString, ImportCodes::DateFormat> &formats) { m_dateFormats = formats; }
    // Empty on success, else why the row was rejected. `origin` is the row's provenance;
    // `defaultId` the record id when the mapping names no id column (else the line number).
    std::optional<ImportFailure> take(const Row &row, RecordBuilder &builder, Provenance origin, const QString &defaultId = {});

private:
    struct Known
    {
        QString id;                              // a project place: reused as it is
        Article::GazetteerEntry entry;           // else a gazetteer entry
    };
    QList<Known> lookUp(const QString &name, const QString &country);
    void loadGazetteer();
    // The country of the gazetteer town nearest to the point, if one lies within 100 km.
    QString countryNear(double lat, double lon);

    ImportMapping m_mapping;
    QString m_prefix;
    QHash<QString, ImportCodes::DateFormat> m_dateFormats;
    QMultiHash<QString, Known> m_names;          // folded name -> places of that name
    QList<Article::GazetteerEntry> m_gazetteer;
    bool m_gazetteerLoaded = false;
};

} // namespace Atlas
