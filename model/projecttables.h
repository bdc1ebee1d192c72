// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "datasetloader.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace Atlas {

class SqlConnection;

/*
 * The tables of a project file at schema version 5 (docs/projectfile.md) and the one layout that
 * maps each column to a field of the JSON format (docs/dataset.md): "date_note" of `events` is
 * events[].date.note.en. Writing goes Dataset -> DatasetWriter's JSON -> rows; reading goes rows
 * -> the same JSON, for DatasetLoader to check with the rules of a JSON file. A NULL is an absent
 * field both ways. Works inside the caller's transaction on an open SqlConnection; owns nothing.
 */
class ProjectTables
{
public:
    static constexpr int SchemaVersion = 5;
    static inline const QString MetaTable = QStringLiteral("atlas_meta");
    static inline const QString SchemaVersionKey = QStringLiteral("schema_version");

    // What read() gives: the dataset as a schema-1 JSON document, the fid of each element of each
    // section (to name rows in messages), and the rows that could not become JSON.
    struct Rows
    {
        QJsonObject document;
        QHash<QString, QList<qint64>> fids;
        QList<LoadError> errors;
    };

    // Creates the GeoPackage core and every table of the layout in an empty database, fills them
    // and registers them in gpkg_contents. False when a statement failed (see the connection).
    static bool write(SqlConnection &connection, const Dataset &dataset);

    /*
     * The one write path: creates the tables in an empty database (begin), inserts each record as
     * it arrives through prepared statements (places before the events that name them, whose
     * point is their first place's) and each event's search text (EventSearchIndex), then writes
     * atlas_meta, registers the tables with their extents and seals the search index (finish). write() above and the streaming import (ProjectWriter) both use it.
     * Works inside the caller's transaction; false once any statement failed.
     */
    class RowWriter
    {
    public:
        explicit RowWriter(SqlConnection &connection);
        ~RowWriter();
        bool begin();
        bool addSource(const Source &source);
        bool addActor(const Actor &actor);
        bool addPlace(const Place &place);
        bool addEvent(const Event &event);
        // The same, with the event's EventSearchText::of already made (by the importer's thread).
        bool addEvent(const Event &event, const QString &searchText);
        bool addFigure(const Figure &figure);
        bool finish(const DatasetInfo &info);

    private:
        bool addElement(const QString &section, const QJsonObject &element);
        bool addEventRows(const Event &event, const QString *searchText);
        struct Private;
        std::unique_ptr<Private> d;
    };
    // Events::Left reads every table but the events and their list rows ("events" is empty),
    // for a project whose events are read on demand (ProjectEventStore).
    enum class Events { Included, Left };
    static Rows read(SqlConnection &connection, Events events = Events::Included);

    /*
     * One event at a time, by fid, as the JSON element read() gives it, for a project too large
     * to hold: its events row, its list rows found by fid ranges (ProjectEventColumns records
     * where each event's rows lie, as every save writes them), and its conflicts, which are few
     * and read once. Statements are prepared once; works inside the caller's read transaction.
     */
    class EventReader
    {
    public:
        struct FidRange
        {
            qint64 first = 0;
            qint64 last = 0; // one past
        };
        struct ListRanges
        {
            FidRange places;    // event_places
            FidRange actors;    // event_actors
            FidRange citations; // citations of events
        };

        explicit EventReader(SqlConnection &connection);
        ~EventReader();
        // The element, or nothing with `error` naming the row and saying what is wrong.
        std::optional<QJsonObject> element(qint64 fid, const ListRanges &ranges, QString *error);
        bool hasConflicts() const;
        // The ids an event lists in conflicts_with, in order (read with the reader, not per event).
        QStringList conflictsOf(const QString &eventId) const;

    private:
        struct Private;
        std::unique_ptr<Private> d;
    };

    // The tables of the layout, atlas_meta first.
    static QStringList tableNames();
    // Of the layout's tables, those the database lacks, and "table.column" for every column
    // missing from a table it has.
    static QStringList absentTables(SqlConnection &connection);
    static QStringList absentColumns(SqlConnection &connection);
    // A value of atlas_meta; null when the key is absent.
    static QString metaValue(SqlConnection &connection, const QString &key);
    // How messages name a row: "events (fid 7, id \"taji-handover-2020\")".
    static QString rowName(const QString &table, qint64 fid, const QString &id);
    // Brings the connection's view of a file at `version` (1 <= version <= SchemaVersion) to the
    // current layout without writing to the file.
    static bool migrate(SqlConnection &connection, int version);
};

} // namespace Atlas
