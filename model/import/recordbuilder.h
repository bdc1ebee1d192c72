// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "csvreader.h"
#include "importsink.h"

#include <QHash>
#include <QSet>

#include <functional>

namespace Atlas {

// What every import is given and gives back.
struct ImportOptions
{
    QString encoding;              // empty: detect
    char16_t delimiter = 0;        // 0: detect
    QDate today;                   // the import date of the export's source record
    std::function<bool(qint64 done, qint64 total)> progress; // bytes (vector files: features); false cancels
    qint64 rowLimit = 0;           // > 0: read no more rows than this (the import dialog's preview)
};

struct ImportReport
{
    QString format;                // acled, ucdp-ged, ...
    qint64 rows = 0;               // data rows read
    qint64 imported = 0;           // events given to the sink
    QList<ImportReject> rejects;
    QString error;                 // non-empty: the import failed as a whole (English)
    bool cancelled = false;
};

/*
 * Builds the records of one import and hands them to the sink: actors de-duplicated by their
 * case-folded name, places by admin names + location + coordinates (to 4 decimals), ids made
 * from names (ImportCodes::slug) and kept unique against those already taken (a merge seeds
 * them from the open dataset), record ids checked for duplicates, and the export's own Source
 * record written last, when its row count is known. Owns the de-duplication tables.
 */
class RecordBuilder
{
public:
    RecordBuilder(ImportSink &sink, const QString &fileName, const ImportOptions &options);

    // Ids and keys of a dataset to merge into, so its actors and places are reused.
    void seed(const Dataset &dataset);

    const QString &sourceId() const { return m_sourceId; }
    QString actor(const QString &name, const QString &kind);          // empty name: empty id
    QString place(const QStringList &admin, const QString &location, const QString &country,
                  double lat, double lon, CoordPrecision precision, const QString &coordSource);
    // An event id for a record id (prefix "acled-"): empty when the record id was seen before,
    // with `firstLine` set to where.
    QString eventId(const QString &prefix, const QString &recordId, qint64 line, qint64 *firstLine);
    bool addEvent(const Event &event) { return m_sink.addEvent(event); }
    bool finish(const QString &publisher, const QString &attribution, qint64 rows);

    // Why a point is not taken ("latitude 95 is outside [-90, 90]", swapped, out of the
    // theatre for a Syrian or Iraqi place), or empty.
    static QString pointProblem(double lat, double lon, const QString &country);
    static bool inTheatre(double lat, double lon);
    // ISO 3166-1 alpha-2 for a country name or ISO numeric code; empty when unknown.
    static QString countryCode(const QString &nameOrNumber);

private:
    QString uniqueId(QString base, const QString &fallback);

    ImportSink &m_sink;
    QString m_fileName;
    ImportOptions m_options;
    QString m_sourceId;
    QSet<QString> m_ids;                  // actor and place ids taken
    QHash<QString, QString> m_actors;     // folded name -> id
    QHash<QString, QString> m_places;     // key -> id
    QHash<QString, qint64> m_records;     // record id -> first line
    QSet<QString> m_eventIds;             // event ids given out by this import
};

} // namespace Atlas
