// SPDX-License-Identifier: GPL-3.0-or-later
#include "projectfile.h"

#include "datasetsummary.h"
#include "projecteventcolumns.h"
#include "projecteventstore.h"
#include "projecttables.h"
#include "sqlconnection.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>
#include <QTemporaryFile>

#ifdef Q_OS_WIN
#include <qt_windows.h>
#else
#include <cerrno>
#include <cstdio>
#include <fcntl.h>
#include <sys/statvfs.h>
#include <unistd.h>
#endif

#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;

namespace Atlas {

namespace {

constexpr QByteArrayView SqliteMagic("SQLite format 3\0", 16);
constexpr qsizetype SqliteHeaderSize = 100;
constexpr int SqliteBusy = 5;
constexpr int SqliteLocked = 6;
constexpr int SqliteFull = 13;
const QString TemporaryInfix = u".atlas-save-"_s;
constexpr int TemporaryRandomLength = 6; // QTemporaryFile's XXXXXX

QString shown(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

QList<LoadError> problem(const QString &message)
{
    return { LoadError{ QString(), message } };
}

DatasetLoader::Result failure(const QString &message)
{
    return QList<LoadError>{ LoadError{ QString(), message } };
}

// ".name.gpkg.atlas-save-": hidden, beside the file, and unlike any name a user would pick.
QString temporaryPrefix(const QString &fileName)
{
    return u"."_s + fileName + TemporaryInfix;
}

// Whether another program holds a write lock on the SQLite file (QGIS saving edits, say). A
// file SQLite cannot read is not in use: saving over a damaged file is allowed.
bool inUse(const QString &path)
{
    SqlConnection connection(path, SqlConnection::Mode::ReadWrite, 500);
    if (connection.exec(u"BEGIN IMMEDIATE"_s)) {
        connection.exec(u"ROLLBACK"_s);
        return false;
    }
    return connection.errorCode() == SqliteBusy || connection.errorCode() == SqliteLocked;
}

// Whether the folder is on a file system mounted read-only, which permissions do not show.
bool onReadOnlyFileSystem(const QString &folder)
{
#ifdef Q_OS_WIN
    Q_UNUSED(folder);
    return false;
#else
    struct statvfs info;
    return ::statvfs(QFile::encodeName(folder).constData(), &info) == 0 && (info.f_flag & ST_RDONLY);
#endif
}

// Renames `from` over `to` in one step; empty on success, else the system's reason.
QString replaceFile(const QString &from, const QString &to)
{
#ifdef Q_OS_WIN
    if (!MoveFileExW(reinterpret_cast<const wchar_t *>(QDir::toNativeSeparators(from).utf16()),
                     reinterpret_cast<const wchar_t *>(QDir::toNativeSeparators(to).utf16()),
                     MOVEFILE_REPLACE_EXISTING | MOVEFILE_WRITE_THROUGH))
        return qt_error_string(int(GetLastError()));
#else
    // POSIX rename() replaces the target atomically: there is no moment without a file at `to`.
    if (::rename(QFile::encodeName(from).constData(), QFile::encodeName(to).constData()) != 0)
        return qt_error_string(errno);
    // Make the new directory entry durable too, or a power cut could bring the old file back.
    const int folder = ::open(QFile::encodeName(QFileInfo(to).absolutePath()).constData(), O_RDONLY);
    if (folder >= 0) {
        ::fsync(folder);
        ::close(folder);
    }
#endif
    return {};
}

QStringList tablesWhere(SqlConnection &connection, const QString &statement)
{
    QStringList tables;
    QSqlQuery query = connection.select(statement);
    while (query.next())
        tables.append(query.value(0).toString());
    return tables;
}

// Why a database without atlas_meta is not ours, with what it has instead.
QString foreignFileMessage(SqlConnection &connection, const QString &path, const QStringList &absent)
{
    const QString missing = absent.join(u", "_s);
    const bool geoPackage = !tablesWhere(connection, u"SELECT name FROM sqlite_master WHERE type = 'table' "
                                                     "AND name = 'gpkg_geometry_columns'"_s).isEmpty();
    if (!geoPackage) {
        return QCoreApplication::translate("Atlas::ProjectFile",
                                           "%1 is an SQLite database but not a Coalition Atlas project: it has "
                                           "none of the tables %2.")
            .arg(shown(path), missing);
    }
    const QStringList points = tablesWhere(connection, u"SELECT table_name FROM gpkg_geometry_columns WHERE "
                                                       "upper(geometry_type_name) IN ('POINT', 'MULTIPOINT') "
                                                       "ORDER BY table_name"_s);
    if (points.isEmpty()) {
        return QCoreApplication::translate("Atlas::ProjectFile",
                                           "%1 is a GeoPackage but not a Coalition Atlas project: it lacks the "
                                           "tables %2.")
            .arg(shown(path), missing);
    }
    return QCoreApplication::translate("Atlas::ProjectFile",
                                       "%1 is a GeoPackage but not a Coalition Atlas project: it has the point "
                                       "layers %2, which Coalition Atlas cannot import yet, and lacks the tables %3.")
        .arg(shown(path), points.join(u", "_s), missing);
}

// DatasetLoader names JSON elements ("events[3].date.start"); a project's rows have a table, a
// fid and an id instead ("events (fid 4, id \"x\").date.start").
QString rowPath(const QString &jsonPath, const ProjectTables::Rows &rows)
{
    static const QRegularExpression element(u"^([a-z_]+)\\[(\\d+)\\]"_s);
    const QRegularExpressionMatch match = element.match(jsonPath);
    const QList<qint64> fids = match.hasMatch() ? rows.fids.value(match.captured(1)) : QList<qint64>();
    const qsizetype row = match.captured(2).toLongLong();
    if (!match.hasMatch() || row >= fids.size())
        return jsonPath;
    const QString id = rows.document.value(match.captured(1)).toArray().at(row).toObject().value("id"_L1).toString();
    return ProjectTables::rowName(match.captured(1), fids.at(row), id) + jsonPath.sliced(match.capturedEnd());
}

// Checks that `path` can be replaced and creates the empty temporary file beside it that will be
// renamed over it: `target` is the file to replace (a link's target), `written` the new file.
bool claimTemporaryFile(const QString &path, QString *target, QString *written, QString *reason)
{
    // A link stays a link: the file it points to is replaced, as QSaveFile does.
    const QFileInfo given(path);
    const QFileInfo file(given.isSymLink() ? given.symLinkTarget() : given.absoluteFilePath());
    if (file.isDir()) {
        *reason = QCoreApplication::translate("Atlas::ProjectFile", "it is a folder.");
        return false;
    }
    if (file.exists() && onReadOnlyFileSystem(file.absolutePath())) {
        *reason = QCoreApplication::translate("Atlas::ProjectFile",
                                              "its disk is read-only (a read-only file system). It was left as it was.");
        return false;
    }
    // Read-only by its mode as well, which root's access() ignores.
    if (file.exists() && (!file.isWritable() || !(file.permissions() & QFile::WriteOwner))) {
        *reason = QCoreApplication::translate("Atlas::ProjectFile", "the file is read-only. It was left as it was.");
        return false;
    }
    if (file.exists() && inUse(file.filePath())) {
        *reason = QCoreApplication::translate("Atlas::ProjectFile",
                                              "another program is writing to it. It was left as it was.");
        return false;
    }

    // Concurrent saves to one path are not supported: a second save removes the first one's file.
    for (const QString &stale : ProjectFile::temporaryFiles(file.filePath()))
        QFile::remove(stale);
    QTemporaryFile temporary(file.absoluteDir().filePath(temporaryPrefix(file.fileName()) + u"XXXXXX"_s));
    temporary.setAutoRemove(false);
    if (!temporary.open()) {
        *reason = QCoreApplication::translate("Atlas::ProjectFile", "cannot create a file in the folder %1: %2")
                      .arg(shown(file.absolutePath()), temporary.errorString());
        return false;
    }
    *target = file.filePath();
    *written = temporary.fileName();
    temporary.close();
    QFile::setPermissions(*written, file.exists() ? file.permissions()
                                                  : QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup
                                                        | QFile::ReadOther);
    return true;
}

// The checks before any row is read, inside the caller's read transaction: the pages, our
// metadata, the schema version and the layout's tables and columns. Every problem names the file.
QList<LoadError> checkProject(SqlConnection &connection, const QString &path)
{
    QStringList problems;
    QSqlQuery check = connection.select(u"PRAGMA quick_check(3)"_s);
    while (check.next()) {
        // One row per problem, some of several lines under a "*** in database main ***" heading.
        for (const QString &line : check.value(0).toString().split(u'\n', Qt::SkipEmptyParts)) {
            if (line != u"ok"_s && !line.startsWith(u"***"_s))
                problems.append(line);
        }
    }
    if (!connection.ok() || !problems.isEmpty()) {
        return problem(QCoreApplication::translate("Atlas::ProjectFile", "%1 is damaged: SQLite reports \"%2\".")
                           .arg(shown(path), connection.ok() ? problems.join(u"; "_s) : connection.errorText()));
    }

    const QStringList absent = ProjectTables::absentTables(connection);
    if (absent.contains(ProjectTables::MetaTable))
        return problem(foreignFileMessage(connection, path, absent));
    const QString versionText = ProjectTables::metaValue(connection, ProjectTables::SchemaVersionKey);
    bool isNumber = false;
    const int version = versionText.toInt(&isNumber);
    if (!isNumber || version < 1) {
        return problem(QCoreApplication::translate("Atlas::ProjectFile",
                                                   "%1 has no valid project schema version: %2 says \"%3\".")
                           .arg(shown(path), ProjectTables::MetaTable + u'.' + ProjectTables::SchemaVersionKey,
                                versionText));
    }
    if (version > ProjectTables::SchemaVersion) {
        return problem(QCoreApplication::translate("Atlas::ProjectFile",
                                                   "%1 has project schema version %2, but this version of Coalition "
                                                   "Atlas reads versions up to %3. Open it with a newer Coalition Atlas.")
                           .arg(shown(path), QString::number(version), QString::number(ProjectTables::SchemaVersion)));
    }
    if (!ProjectTables::migrate(connection, version)) {
        return problem(QCoreApplication::translate("Atlas::ProjectFile",
                                                   "%1 cannot be brought from project schema version %2 to %3: %4")
                           .arg(shown(path), QString::number(version), QString::number(ProjectTables::SchemaVersion),
                                connection.errorText()));
    }
    const QStringList absentColumns = ProjectTables::absentColumns(connection);
    if (!absent.isEmpty() || !absentColumns.isEmpty()) {
        QList<LoadError> errors;
        if (!absent.isEmpty())
            errors.append(LoadError{ QString(), QCoreApplication::translate("Atlas::ProjectFile", "%1 lacks the tables %2.")
                                                    .arg(shown(path), absent.join(u", "_s)) });
        if (!absentColumns.isEmpty())
            errors.append(LoadError{ QString(), QCoreApplication::translate("Atlas::ProjectFile", "%1 lacks the columns %2.")
                                                    .arg(shown(path), absentColumns.join(u", "_s)) });
        return errors;
    }
    return {};
}

DatasetLoader::Result damaged(const QString &path, const SqlConnection &connection)
{
    return failure(QCoreApplication::translate("Atlas::ProjectFile", "%1 is damaged: SQLite reports \"%2\".")
                       .arg(shown(path), connection.errorText()));
}

// The loader's errors, each named by the row it came from, after the reader's own.
QList<LoadError> rowErrors(const DatasetLoader::Result &result, const ProjectTables::Rows &rows)
{
    QList<LoadError> errors = rows.errors;
    if (const auto *invalid = std::get_if<QList<LoadError>>(&result)) {
        for (const LoadError &error : *invalid)
            errors.append(LoadError{ rowPath(error.path, rows), error.message });
    }
    return errors;
}

// Reads every row of a project that passed checkProject(); every problem names the file or the row.
DatasetLoader::Result readProject(SqlConnection &connection, const QString &path)
{
    const ProjectTables::Rows rows = ProjectTables::read(connection);
    if (!connection.ok())
        return damaged(path, connection);
    DatasetLoader::Result result = DatasetLoader::loadObject(rows.document);
    if (QList<LoadError> errors = rowErrors(result, rows); !errors.isEmpty())
        return errors;
    return result;
}

QString eventRowName(const ProjectEventStore &store, int row)
{
    return ProjectTables::rowName(u"events"_s, store.fid(row), store.id(row));
}

// What DatasetLoader's reference check would say of events it never saw: the actors and cited
// sources they name exist, and no other record shares an id with one. (Places are checked as
// the columns are read; each event's own fields when it is read.)
void checkEventReferences(const Dataset &dataset, const ProjectEventStore &store, QList<LoadError> *errors)
{
    const EventColumns &columns = store.columns();
    const auto checkNamed = [&](const QStringList &named, const QSet<QString> &known, const QString &list,
                                EventColumns::Range (EventColumns::*entries)(int) const) {
        for (quint32 index = 0; index < quint32(named.size()); ++index) {
            if (known.contains(named.at(index)))
                continue;
            for (int row = 0; row < columns.rowCount(); ++row) {
                const EventColumns::Range range = (columns.*entries)(row);
                if (std::find(range.begin(), range.end(), index) != range.end()) {
                    errors->append(LoadError{ eventRowName(store, row) + u'.' + list,
                                              u"unknown %1 id \"%2\""_s.arg(list.chopped(1), named.at(index)) });
                    break;
                }
            }
        }
    };
    QSet<QString> actors, sources;
    for (const Actor &actor : dataset.actors)
        actors.insert(actor.id);
    for (const Source &source : dataset.sources)
        sources.insert(source.id);
    checkNamed(columns.actorIds(), actors, u"actors"_s, &EventColumns::actors);
    checkNamed(columns.sourceIds(), sources, u"sources"_s, &EventColumns::sources);

    const auto checkShared = [&](const QString &id, const QString &section) {
        if (const int row = store.row(id); row >= 0)
            errors->append(LoadError{ eventRowName(store, row) + u".id"_s,
                                      u"duplicate id \"%1\" (also in %2)"_s.arg(id, section) });
    };
    for (const Source &source : dataset.sources)
        checkShared(source.id, u"sources"_s);
    for (const Actor &actor : dataset.actors)
        checkShared(actor.id, u"actors"_s);
    for (const Place &place : dataset.places)
        checkShared(place.id, u"places"_s);
    for (const Figure &figure : dataset.figures)
        checkShared(figure.id, u"figures"_s);
    if (const int row = store.firstRepeatedIdRow(); row >= 0)
        errors->append(LoadError{ eventRowName(store, row) + u".id"_s, u"duplicate id \"%1\""_s.arg(store.id(row)) });
}

// Everything but the events, then the events' store on the same snapshot.
DatasetLoader::Result readProjectKeepingEvents(std::unique_ptr<SqlConnection> connection, const QString &path)
{
    const ProjectTables::Rows rows = ProjectTables::read(*connection, ProjectTables::Events::Left);
    if (!connection->ok())
        return damaged(path, *connection);
    auto opened = ProjectEventStore::open(std::move(connection), path);
    if (auto *problems = std::get_if<QList<LoadError>>(&opened))
        return *problems;
    std::shared_ptr<const ProjectEventStore> store = std::move(std::get<std::unique_ptr<ProjectEventStore>>(opened));
    DatasetLoader::Result result = DatasetLoader::loadObjectWithoutEvents(
        rows.document, [&store](const QString &id) { return store->row(id) >= 0; });
    QList<LoadError> errors = rowErrors(result, rows);
    if (auto *dataset = std::get_if<Dataset>(&result)) {
        checkEventReferences(*dataset, *store, &errors);
        dataset->eventStore = store;
    }
    if (!errors.isEmpty())
        return errors;
    return result;
}

qint64 eventRowCount(SqlConnection &connection)
{
    QSqlQuery count = connection.select(u"SELECT count(*) FROM events"_s);
    return count.next() ? count.value(0).toLongLong() : 0;
}

} // namespace

QStringList ProjectFile::temporaryFiles(const QString &path)
{
    const QFileInfo info(path);
    const QString prefix = temporaryPrefix(info.fileName());
    QStringList files;
    const QDir folder = info.absoluteDir();
    for (const QString &name : folder.entryList(QDir::Files | QDir::Hidden | QDir::System)) {
        if (name.startsWith(prefix) && name.size() == prefix.size() + TemporaryRandomLength)
            files.append(folder.filePath(name));
    }
    return files;
}

struct ProjectFile::Writer::Private
{
    QString path;     // as given, for messages
    QString target;   // the file renamed over at commit (a link's target)
    QString written;  // the temporary file
    std::unique_ptr<SqlConnection> connection;
    std::unique_ptr<ProjectTables::RowWriter> rows;
};

ProjectFile::Writer::Writer() : d(std::make_unique<Private>()) {}

ProjectFile::Writer::~Writer()
{
    abort();
}

void ProjectFile::Writer::abort()
{
    d->rows.reset();
    d->connection.reset();
    if (!d->written.isEmpty())
        QFile::remove(d->written);
    d->written.clear();
}

bool ProjectFile::Writer::fail(const QString &reason, QString *error)
{
    *error = QCoreApplication::translate("Atlas::ProjectFile", "Cannot save %1: %2").arg(shown(d->path), reason);
    abort();
    return false;
}

bool ProjectFile::Writer::open(const QString &path, QString *error)
{
    abort();
    d->path = path;
    QString reason;
    if (!claimTemporaryFile(path, &d->target, &d->written, &reason))
        return fail(reason, error);
    d->connection = std::make_unique<SqlConnection>(d->written, SqlConnection::Mode::ReadWrite);
    // No rollback journal: a failed save deletes the file instead of rolling it back. FULL syncs
    // the file to disk at the commit, before it is renamed into place.
    // Imported events are rows of 1-3 KB: bigger pages make a file about 15 % smaller.
    d->connection->exec(u"PRAGMA page_size = 16384"_s);
    d->connection->exec(u"PRAGMA journal_mode = OFF"_s);
    d->connection->exec(u"PRAGMA synchronous = FULL"_s);
    d->connection->exec(u"PRAGMA cache_size = -65536"_s); // 64 MiB of page cache while writing
    d->connection->exec(u"BEGIN"_s);
    d->rows = std::make_unique<ProjectTables::RowWriter>(*d->connection);
    if (!d->rows->begin())
        return fail(d->connection->errorText(), error);
    return true;
}

ProjectTables::RowWriter &ProjectFile::Writer::rows()
{
    return *d->rows;
}

bool ProjectFile::Writer::commit(const DatasetInfo &info, QString *error)
{
    // SQLite's own words for a full disk ("database or disk is full") leave the user guessing.
    const auto problemOf = [](const SqlConnection &connection) {
        return connection.errorCode() == SqliteFull ? QCoreApplication::translate("Atlas::ProjectFile", "the disk is full.")
                                                    : connection.errorText();
    };
    const bool existed = QFileInfo::exists(d->target);
    const auto failKeeping = [&](QString problem) {
        if (existed)
            problem += u' ' + QCoreApplication::translate("Atlas::ProjectFile", "It was left as it was.");
        return fail(problem, error);
    };
    if (!d->rows || !d->rows->finish(info))
        return failKeeping(d->connection ? problemOf(*d->connection) : QString());
    d->rows.reset();
    d->connection->exec(u"COMMIT"_s);
    QString problem = problemOf(*d->connection);
    d->connection.reset();
    if (problem.isEmpty())
        problem = replaceFile(d->written, d->target);
    if (!problem.isEmpty())
        return failKeeping(problem);
    d->written.clear();
    return true;
}

bool ProjectFile::save(const Dataset &dataset, const QString &path, QString *error)
{
    Writer writer;
    if (!writer.open(path, error))
        return false;
    ProjectTables::RowWriter &rows = writer.rows();
    // Places before events: an event's point is its first place's.
    for (const Source &source : dataset.sources)
        rows.addSource(source);
    for (const Actor &actor : dataset.actors)
        rows.addActor(actor);
    for (const Place &place : dataset.places)
        rows.addPlace(place);
    if (!dataset.forEachEvent([&](const Event &event) { return rows.addEvent(event); }) && dataset.eventStore
        && !dataset.eventStore->error().isEmpty()) {
        writer.abort();
        *error = dataset.eventStore->error(); // names the file and the row it could not read
        return false;
    }
    for (const Figure &figure : dataset.figures)
        rows.addFigure(figure);
    return writer.commit(dataset.info, error);
}

bool ProjectFile::copy(const QString &from, const QString &to, QString *error)
{
    const bool existed = QFileInfo::exists(to);
    const auto fail = [&](QString reason, const QString &written) {
        if (!written.isEmpty())
            QFile::remove(written);
        if (existed && !reason.endsWith(QCoreApplication::translate("Atlas::ProjectFile", "It was left as it was.")))
            reason += u' ' + QCoreApplication::translate("Atlas::ProjectFile", "It was left as it was.");
        *error = QCoreApplication::translate("Atlas::ProjectFile", "Cannot save %1: %2").arg(shown(to), reason);
        return false;
    };
    if (existed && QFileInfo(from).canonicalFilePath() == QFileInfo(to).canonicalFilePath())
        return true; // the file already holds what it would be given
    if (!QFileInfo(from).isFile()) {
        return fail(QCoreApplication::translate("Atlas::ProjectFile", "the project it is copied from, %1, is gone.")
                        .arg(shown(from)), {});
    }
    QString target, written, reason;
    if (!claimTemporaryFile(to, &target, &written, &reason))
        return fail(reason, {});
    {
        SqlConnection source(from, SqlConnection::Mode::ReadOnly);
        source.exec(u"VACUUM INTO ?"_s, { written });
        if (!source.ok()) {
            return fail(source.errorCode() == SqliteFull ? QCoreApplication::translate("Atlas::ProjectFile", "the disk is full.")
                                                         : source.errorText(),
                        written);
        }
    }
    // VACUUM INTO does not sync what it wrote: do it before the rename makes it the file.
    QFile copied(written);
    if (!copied.open(QIODevice::ReadWrite) || ::fsync(copied.handle()) != 0)
        return fail(copied.errorString(), written);
    copied.close();
    reason = replaceFile(written, target);
    if (!reason.isEmpty())
        return fail(reason, written);
    return true;
}

bool ProjectFile::isCurrentProject(const QString &from)
{
    if (!isProjectFile(from) || !QFileInfo(from).isFile())
        return false;
    SqlConnection connection(from, SqlConnection::Mode::ReadOnly);
    return ProjectTables::absentTables(connection).isEmpty()
        && ProjectTables::metaValue(connection, ProjectTables::SchemaVersionKey) == QString::number(ProjectTables::SchemaVersion);
}

namespace {

// Whether `path` is a readable file that starts as an SQLite database does.
QList<LoadError> checkFile(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists()) {
        return problem(QCoreApplication::translate("Atlas::ProjectFile", "Cannot open %1: there is no such file.")
                           .arg(shown(path)));
    }
    if (info.isDir()) {
        return problem(QCoreApplication::translate("Atlas::ProjectFile", "Cannot open %1: it is a folder, not a file.")
                           .arg(shown(path)));
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return problem(QCoreApplication::translate("Atlas::ProjectFile", "Cannot open %1: %2")
                           .arg(shown(path), file.errorString()));
    }
    const QByteArray header = file.read(SqliteHeaderSize);
    file.close();
    if (header.isEmpty())
        return problem(QCoreApplication::translate("Atlas::ProjectFile", "%1 is empty.").arg(shown(path)));
    if (!header.startsWith(SqliteMagic)) {
        return problem(QCoreApplication::translate("Atlas::ProjectFile",
                                                   "%1 is not a project file: a GeoPackage is an SQLite database, and "
                                                   "this file does not start like one.")
                           .arg(shown(path)));
    }
    if (header.size() < SqliteHeaderSize) {
        return problem(QCoreApplication::translate("Atlas::ProjectFile", "%1 is damaged: it ends inside the SQLite header.")
                           .arg(shown(path)));
    }
    return {};
}

} // namespace

DatasetLoader::Result ProjectFile::load(const QString &path)
{
    return load(path, std::numeric_limits<qint64>::max());
}

DatasetLoader::Result ProjectFile::load(const QString &path, qint64 eventsInFileAbove)
{
    auto opened = openForReading(path);
    if (auto *problems = std::get_if<QList<LoadError>>(&opened))
        return *problems;
    std::unique_ptr<SqlConnection> connection = std::move(std::get<std::unique_ptr<SqlConnection>>(opened));
    const qint64 events = eventRowCount(*connection);
    if (!connection->ok())
        return damaged(path, *connection);
    if (events > eventsInFileAbove)
        return readProjectKeepingEvents(std::move(connection), path);
    return readProject(*connection, path);
}

std::variant<std::unique_ptr<SqlConnection>, QList<LoadError>> ProjectFile::openForReading(const QString &path)
{
    if (QList<LoadError> problems = checkFile(path); !problems.isEmpty())
        return problems;
    auto connection = std::make_unique<SqlConnection>(path, SqlConnection::Mode::ReadOnly);
    connection->exec(u"BEGIN"_s); // one snapshot, even if another program writes meanwhile
    if (QList<LoadError> problems = checkProject(*connection, path); !problems.isEmpty())
        return problems;
    return connection;
}

std::variant<QJsonObject, QList<LoadError>> ProjectFile::summary(const QString &path)
{
    auto opened = openForReading(path);
    if (auto *problems = std::get_if<QList<LoadError>>(&opened))
        return *problems;
    SqlConnection &connection = *std::get<std::unique_ptr<SqlConnection>>(opened);
    QString error;
    const auto events = ProjectEventColumns::read(connection, &error);
    if (!events)
        return problem(QCoreApplication::translate("Atlas::ProjectFile", "%1: %2").arg(shown(path), error));
    const auto count = [&](const QString &table) {
        QSqlQuery rows = connection.select(u"SELECT count(*) FROM "_s + table);
        return rows.next() ? rows.value(0).toLongLong() : 0;
    };
    DatasetSummary::Counts counts;
    counts.places = count(u"places"_s);
    counts.sources = count(u"sources"_s);
    counts.actors = count(u"actors"_s);
    counts.figures = count(u"figures"_s);
    counts.citations = count(u"citations"_s);
    DatasetInfo info;
    info.name = ProjectTables::metaValue(connection, u"dataset_name"_s);
    info.version = ProjectTables::metaValue(connection, u"dataset_version"_s);
    if (!connection.ok()) {
        return problem(QCoreApplication::translate("Atlas::ProjectFile", "%1 is damaged: SQLite reports \"%2\".")
                           .arg(shown(path), connection.errorText()));
    }
    return DatasetSummary::toJson(info, counts, events->columns);
}

bool ProjectFile::isProjectFile(const QString &path)
{
    if (path.endsWith(u".gpkg"_s, Qt::CaseInsensitive))
        return true;
    QFile file(path);
    return file.open(QIODevice::ReadOnly) && file.read(SqliteMagic.size()).startsWith(SqliteMagic);
}

} // namespace Atlas
