// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "datasetloader.h"
#include "eventcolumns.h"

#include <QString>
#include <QStringView>

#include <functional>
#include <memory>
#include <optional>
#include <variant>
#include <vector>

namespace Atlas {

class SqlConnection;

/*
 * The events of a project too large to hold as Event values (issue 12): their columns in memory
 * (ProjectEventColumns), everything else read from the file when a view asks for an event, with
 * the most recently asked kept in a bounded cache. Holds the file open read-only, in one read
 * transaction for its whole life, so every event read agrees with the columns: our own saves
 * write a new file and rename it into place, which leaves the file this one reads as it was.
 * Rows are the events' fid order, which is the dataset's order. Owned by the caller; used from
 * one thread.
 */
class ProjectEventStore
{
public:
    using OpenResult = std::variant<std::unique_ptr<ProjectEventStore>, QList<LoadError>>;
    // The checks ProjectFile::load() makes before it reads rows, then the columns; or every
    // problem, each naming the file and, where there is one, the row.
    static OpenResult open(const QString &path);
    // The same, on a connection ProjectFile::openForReading() gave, inside its read transaction,
    // so the columns agree with whatever else the caller reads through it first.
    static OpenResult open(std::unique_ptr<SqlConnection> connection, const QString &path);
    ~ProjectEventStore();

    int rowCount() const;
    const EventColumns &columns() const;
    const QString &id(int row) const;        // 0 <= row < rowCount()
    qint64 fid(int row) const;
    // The row of the event with this id, or -1 (an index of the ids' hashes, built on open).
    int row(QStringView id) const;
    // The later row of the first pair of events that share an id, or -1 when every id is unique
    // (the project's UNIQUE constraint sees to that, unless another program dropped it).
    int firstRepeatedIdRow() const;

    // The whole event of a row, as DatasetLoader would have read it; null when the file cannot
    // give it, with error() saying what and where (empty after a call that succeeded). The pointer stays valid while it is held,
    // even after the cache has let the event go.
    std::shared_ptr<const Event> event(int row) const;
    // Every event in row order, read one after the other without passing through the cache,
    // until `visit` returns false; false when stopped or when an event could not be read.
    bool forEach(const std::function<bool(const Event &)> &visit) const;
    QString error() const;
    // Whether any event lists conflicts (they are few, and read with the columns).
    bool hasConflicts() const;
    // The ids the event of a row lists in conflicts_with, without reading the event.
    QStringList conflictsOf(int row) const;
    qint64 citationCount() const; // of every event

    // Whether the file's search index (EventSearchIndex) was usable in the snapshot this store
    // opened: present, "current", and readable by this SQLite.
    bool hasSearchIndex() const;
    /*
     * The rows, ascending, of the events whose search text (EventSearchText) holds every term of
     * `foldedQuery` (TextFolding::Matcher's meaning), answered by the search index in this
     * store's snapshot; std::nullopt when there is no usable index or it could not answer (then
     * error() says why and hasSearchIndex() is false from then on), for the caller to scan.
     */
    std::optional<std::vector<int>> rowsMatching(const QString &foldedQuery) const;

    // How many events the cache keeps (default 4,096); at least one.
    void setCacheCapacity(int events) const; // the cache is not the data
    int cacheCapacity() const;
    int cachedCount() const;

private:
    ProjectEventStore();
    std::shared_ptr<const Event> read(int row) const;
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace Atlas
