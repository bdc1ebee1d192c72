// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "eventcolumns.h"

#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace Atlas {

class SqlConnection;

/*
 * The hot fields of a project's events (EventColumns), read straight from its tables without
 * building the events: what a million-event project needs in memory to filter, count and order
 * (issue 12), while titles, summaries and quotes stay in the file. Rows come in fid order, the
 * dataset's order; each row's event id and fid come with them, to fetch the rest on demand.
 * The list tables are read in step with the events, as every save writes them (owner by owner,
 * ordinal by ordinal); a file whose rows are not in that order is refused with a message, and
 * the caller reads it the slow way. Stateless.
 */
class ProjectEventColumns
{
public:
    // Where the rows of one list table that belong to each event lie: those of row r have fids
    // from from[r] up to (not including) from[r + 1]. rowCount() + 1 entries.
    struct ListRows
    {
        std::vector<qint64> from;
        qint64 first(int row) const { return from[std::size_t(row)]; }
        qint64 last(int row) const { return from[std::size_t(row) + 1]; } // one past
    };

    struct Result
    {
        EventColumns columns;
        QStringList ids;           // per row
        std::vector<qint64> fids;  // per row, ascending
        // To fetch the rest of an event by fid ranges (ProjectTables::EventReader).
        ListRows placeRows;        // event_places
        ListRows actorRows;        // event_actors
        ListRows citationRows;     // citations whose owner_kind is "event"
        qint64 citationCount = 0;  // of events
    };

    // Inside the caller's read transaction on a project of the current schema. On failure,
    // nothing, and `error` names the table and row and says what is wrong.
    static std::optional<Result> read(SqlConnection &connection, QString *error);
};

} // namespace Atlas
