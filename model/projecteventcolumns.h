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
    struct Result
    {
        EventColumns columns;
        QStringList ids;           // per row
        std::vector<qint64> fids;  // per row, ascending
    };

    // Inside the caller's read transaction on a project of the current schema. On failure,
    // nothing, and `error` names the table and row and says what is wrong.
    static std::optional<Result> read(SqlConnection &connection, QString *error);
};

} // namespace Atlas
