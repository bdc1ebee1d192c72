// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "datasetloader.h"
#include "projecttables.h"

#include <memory>
#include <variant>

#include <QJsonObject>

#include <QString>
#include <QStringList>

namespace Atlas {

class SqlConnection;

/*
 * A project file: one GeoPackage 1.3 file (docs/projectfile.md) that holds a Dataset exactly and
 * that GIS tools open as layers, events and places as points. save() never leaves a half-written
 * file at the path: it writes a new file beside it, then renames it over the old one, so a crash
 * or a kill leaves the old file or the new one. load() returns the Dataset, checked by the rules
 * of a JSON dataset (DatasetLoader), or every problem, each naming the file or the row.
 * The tables themselves are ProjectTables'. Stateless.
 */
class ProjectFile
{
public:
    // On failure returns false, sets `error` to a message naming the file, and leaves any file
    // already at `path` as it was.
    static bool save(const Dataset &dataset, const QString &path, QString *error);
    static DatasetLoader::Result load(const QString &path);
    /*
     * load(), except that a project of more than `eventsInFileAbove` events keeps them in the
     * file: the Dataset's events list stays empty and its eventStore (ProjectEventStore) holds
     * their columns and reads each event when a view asks. Everything else is loaded and checked
     * as load() does; the ids the events name and the ids other sections share with them are
     * checked against the store; all of it from one snapshot of the file.
     */
    static DatasetLoader::Result load(const QString &path, qint64 eventsInFileAbove);
    /*
     * What `--info` prints of a project (DatasetSummary), from its tables' counts and its events'
     * columns (ProjectEventColumns) without loading the dataset: seconds for a million events
     * where load() takes minutes. The file gets the checks load() makes before it reads rows.
     */
    static std::variant<QJsonObject, QList<LoadError>> summary(const QString &path);
    // `path` open read-only inside one read transaction, after the checks load() makes before it
    // reads rows (the pages, our metadata, the schema version, the layout; older schemas seen
    // through their migrations); or every problem, each naming the file.
    static std::variant<std::unique_ptr<SqlConnection>, QList<LoadError>> openForReading(const QString &path);
    /*
     * Save As of a project that has not changed since it was read: `from` copied to `to` as one
     * consistent snapshot (SQLite's VACUUM INTO), synced to disk, then renamed into place, far
     * faster than writing every row again. As save(), a failure leaves `to` as it was.
     */
    static bool copy(const QString &from, const QString &to, QString *error);
    // Whether copy() may stand for save() from `from`: a project of the current schema version.
    static bool isCurrentProject(const QString &from);

    /*
     * A save that streams: open() makes the temporary file beside `path` and starts the one
     * transaction, rows() takes records as they arrive, commit() finishes the tables and renames
     * the file into place. Until then the file at `path` is untouched; abort() or destroying the
     * writer removes the temporary file. save() above is open, every record, commit.
     */
    class Writer
    {
    public:
        Writer();
        ~Writer();
        bool open(const QString &path, QString *error);
        ProjectTables::RowWriter &rows();
        bool commit(const DatasetInfo &info, QString *error);
        void abort();

    private:
        bool fail(const QString &reason, QString *error);
        struct Private;
        std::unique_ptr<Private> d;
    };

    // Whether a file is to be read as a project: a .gpkg name or an SQLite header.
    static bool isProjectFile(const QString &path);
    // The temporary files of saves to `path` that exist now: one being written, or the remains
    // of a save that was killed. Each save removes those it finds before it starts.
    static QStringList temporaryFiles(const QString &path);
};

} // namespace Atlas
