// SPDX-License-Identifier: GPL-3.0-or-later
#include "projecteventstore.h"

#include "datasetreader.h"
#include "eventsearchindex.h"
#include "jsonreader.h"
#include "projecteventcolumns.h"
#include "projectfile.h"
#include "projecttables.h"
#include "sqlconnection.h"

#include <QCoreApplication>
#include <QDir>
#include <QHash>

#include <algorithm>
#include <list>

using namespace Qt::StringLiterals;

namespace Atlas {

namespace {

// The events read last, the least recently used dropped first.
class EventCache
{
public:
    std::shared_ptr<const Event> find(int row)
    {
        const auto found = m_index.constFind(row);
        if (found == m_index.cend())
            return nullptr;
        m_order.splice(m_order.begin(), m_order, *found);
        return m_order.front().second;
    }
    void insert(int row, std::shared_ptr<const Event> event)
    {
        m_order.emplace_front(row, std::move(event));
        m_index.insert(row, m_order.begin());
        trim();
    }
    void setCapacity(int capacity)
    {
        m_capacity = std::max(1, capacity);
        trim();
    }
    int capacity() const { return m_capacity; }
    int size() const { return int(m_index.size()); }

private:
    void trim()
    {
        while (int(m_order.size()) > m_capacity) {
            m_index.remove(m_order.back().first);
            m_order.pop_back();
        }
    }

    using Entry = std::pair<int, std::shared_ptr<const Event>>;
    std::list<Entry> m_order; // most recent first
    QHash<int, std::list<Entry>::iterator> m_index;
    int m_capacity = 4096;
};

QString shown(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

} // namespace

struct ProjectEventStore::Private
{
    QString path;
    std::unique_ptr<SqlConnection> connection;
    std::unique_ptr<ProjectTables::EventReader> reader;
    ProjectEventColumns::Result rows;
    std::vector<quint64> rowsByIdHash; // key(id, row) of every row, sorted
    static quint64 key(QStringView id, qint32 row);
    void buildIdIndex();
    mutable EventCache cache;
    mutable QString error;
    mutable bool searchIndex = false; // EventSearchIndex::isUsable() at open, until it fails
};

ProjectEventStore::ProjectEventStore() : d(std::make_unique<Private>()) {}

ProjectEventStore::~ProjectEventStore()
{
    d->reader.reset(); // its statements go before the connection
}

ProjectEventStore::OpenResult ProjectEventStore::open(const QString &path)
{
    auto opened = ProjectFile::openForReading(path);
    if (auto *problems = std::get_if<QList<LoadError>>(&opened))
        return *problems;
    return open(std::move(std::get<std::unique_ptr<SqlConnection>>(opened)), path);
}

ProjectEventStore::OpenResult ProjectEventStore::open(std::unique_ptr<SqlConnection> connection, const QString &path)
{
    std::unique_ptr<ProjectEventStore> store(new ProjectEventStore);
    store->d->path = path;
    store->d->connection = std::move(connection);
    SqlConnection &opened = *store->d->connection;
    QString error;
    auto rows = ProjectEventColumns::read(opened, &error);
    if (!rows) {
        return QList<LoadError>{ LoadError{
            QString(), QCoreApplication::translate("Atlas::ProjectEventStore", "%1: %2").arg(shown(path), error) } };
    }
    store->d->rows = std::move(*rows);
    store->d->buildIdIndex();
    store->d->reader = std::make_unique<ProjectTables::EventReader>(opened);
    // Asked in the same read transaction as the columns: the index, if current, is of these rows.
    store->d->searchIndex = EventSearchIndex::isUsable(opened);
    if (!opened.ok()) {
        return QList<LoadError>{ LoadError{
            QString(), QCoreApplication::translate("Atlas::ProjectEventStore", "%1 is damaged: SQLite reports \"%2\".")
                           .arg(shown(path), opened.errorText()) } };
    }
    return store;
}

int ProjectEventStore::rowCount() const
{
    return d->rows.columns.rowCount();
}

const EventColumns &ProjectEventStore::columns() const
{
    return d->rows.columns;
}

const QString &ProjectEventStore::id(int row) const
{
    return d->rows.ids.at(row);
}

qint64 ProjectEventStore::fid(int row) const
{
    return d->rows.fids.at(std::size_t(row));
}

// Rows keyed by a 32-bit hash of their id in the high half, so the index sorts as integers.
quint64 ProjectEventStore::Private::key(QStringView id, qint32 row)
{
    return quint64(quint32(qHash(id))) << 32 | quint32(row);
}

void ProjectEventStore::Private::buildIdIndex()
{
    const QStringList &ids = rows.ids;
    rowsByIdHash.resize(std::size_t(ids.size()));
    for (qint32 row = 0; row < ids.size(); ++row)
        rowsByIdHash[std::size_t(row)] = key(ids.at(row), row);
    std::sort(rowsByIdHash.begin(), rowsByIdHash.end());
}

int ProjectEventStore::row(QStringView id) const
{
    const quint64 first = Private::key(id, 0);
    for (auto it = std::lower_bound(d->rowsByIdHash.cbegin(), d->rowsByIdHash.cend(), first);
         it != d->rowsByIdHash.cend() && (*it >> 32) == (first >> 32); ++it) {
        const int candidate = int(quint32(*it));
        if (d->rows.ids.at(candidate) == id)
            return candidate;
    }
    return -1;
}

int ProjectEventStore::firstRepeatedIdRow() const
{
    int repeated = -1;
    const auto &index = d->rowsByIdHash;
    for (std::size_t i = 0; i < index.size(); ++i) {
        // Rows whose ids share a hash sit together; only those need their texts compared.
        for (std::size_t j = i + 1; j < index.size() && (index[j] >> 32) == (index[i] >> 32); ++j) {
            const int a = int(quint32(index[i]));
            const int b = int(quint32(index[j]));
            if (d->rows.ids.at(a) == d->rows.ids.at(b) && (repeated < 0 || b < repeated))
                repeated = b; // the later of the two, as a dataset names its second use
        }
    }
    return repeated;
}

std::shared_ptr<const Event> ProjectEventStore::event(int row) const
{
    d->error.clear();
    if (row < 0 || row >= rowCount())
        return nullptr;
    if (auto cached = d->cache.find(row))
        return cached;
    auto event = read(row);
    if (event)
        d->cache.insert(row, event);
    return event;
}

bool ProjectEventStore::forEach(const std::function<bool(const Event &)> &visit) const
{
    d->error.clear();
    for (int row = 0; row < rowCount(); ++row) {
        auto cached = d->cache.find(row);
        const auto event = cached ? cached : read(row);
        if (!event || !visit(*event))
            return false;
    }
    return true;
}

qint64 ProjectEventStore::citationCount() const
{
    return d->rows.citationCount;
}

QStringList ProjectEventStore::conflictsOf(int row) const
{
    return d->reader->conflictsOf(d->rows.ids.at(row));
}

bool ProjectEventStore::hasConflicts() const
{
    return d->reader->hasConflicts();
}

bool ProjectEventStore::hasSearchIndex() const
{
    return d->searchIndex;
}

std::optional<std::vector<int>> ProjectEventStore::rowsMatching(const QString &foldedQuery) const
{
    d->error.clear();
    if (!d->searchIndex)
        return std::nullopt;
    SqlConnection &connection = *d->connection;
    const std::vector<qint64> fids = EventSearchIndex::matchingFids(connection, foldedQuery);
    if (!connection.ok()) {
        d->searchIndex = false;
        d->error = QCoreApplication::translate("Atlas::ProjectEventStore", "%1: the search index cannot be read: %2")
                       .arg(shown(d->path), connection.errorText());
        return std::nullopt;
    }
    // Both lists ascend: each fid is looked for after the previous one's row.
    const std::vector<qint64> &storeFids = d->rows.fids;
    std::vector<int> rows;
    rows.reserve(fids.size());
    auto from = storeFids.cbegin();
    for (const qint64 fid : fids) {
        from = std::lower_bound(from, storeFids.cend(), fid);
        if (from == storeFids.cend() || *from != fid) {
            // A "current" index names only rows of its snapshot; one that does not is not trusted.
            d->searchIndex = false;
            d->error = QCoreApplication::translate("Atlas::ProjectEventStore",
                                                   "%1: the search index names event row %2, which the file does not have.")
                           .arg(shown(d->path), QString::number(fid));
            return std::nullopt;
        }
        rows.push_back(int(from - storeFids.cbegin()));
    }
    return rows;
}

std::shared_ptr<const Event> ProjectEventStore::read(int row) const
{
    const auto range = [row](const ProjectEventColumns::ListRows &list) {
        return ProjectTables::EventReader::FidRange{ list.first(row), list.last(row) };
    };
    const qint64 fid = d->rows.fids[std::size_t(row)];
    QString problem;
    const auto element = d->reader->element(
        fid, { range(d->rows.placeRows), range(d->rows.actorRows), range(d->rows.citationRows) }, &problem);
    if (!element) {
        d->error = QCoreApplication::translate("Atlas::ProjectEventStore", "%1: %2").arg(shown(d->path), problem);
        return nullptr;
    }
    QList<LoadError> errors;
    const QString rowName = ProjectTables::rowName(u"events"_s, fid, d->rows.ids.at(row));
    auto event = std::make_shared<const Event>(DatasetReader::readEvent(JsonReader(*element, rowName, &errors)));
    if (!errors.isEmpty()) {
        QStringList messages;
        for (const LoadError &error : std::as_const(errors))
            messages.append(error.toString());
        d->error = QCoreApplication::translate("Atlas::ProjectEventStore", "%1: %2").arg(shown(d->path), messages.join(u"; "_s));
        return nullptr;
    }
    if (event->id != d->rows.ids.at(row)) {
        d->error = QCoreApplication::translate("Atlas::ProjectEventStore", "%1: %2 has changed since the project was opened.")
                       .arg(shown(d->path), rowName);
        return nullptr;
    }
    return event;
}

QString ProjectEventStore::error() const
{
    return d->error;
}

void ProjectEventStore::setCacheCapacity(int events) const
{
    d->cache.setCapacity(events);
}

int ProjectEventStore::cacheCapacity() const
{
    return d->cache.capacity();
}

int ProjectEventStore::cachedCount() const
{
    return d->cache.size();
}

} // namespace Atlas
