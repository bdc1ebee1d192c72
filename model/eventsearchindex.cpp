// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventsearchindex.h"

#include "projecttables.h"
#include "sqlconnection.h"
#include "sqlitestatement.h"
#include "textfolding.h"

#include <QSqlQuery>
#include <QStringList>

#include <array>

using namespace Qt::StringLiterals;

namespace Atlas {

QString EventSearchText::of(const Event &event, const NameLookup &placeName, const NameLookup &actorName)
{
    QStringList parts{ event.title.ar, event.title.en, event.summary.ar, event.summary.en };
    for (const QString &id : event.placeIds) {
        if (const LocalizedText *name = placeName(id))
            parts << name->ar << name->en;
    }
    for (const QString &id : event.actorIds) {
        if (const LocalizedText *name = actorName(id))
            parts << name->ar << name->en;
    }
    for (const Citation &citation : event.citations)
        parts << citation.quote;
    // One fold over the joined text: the newline separates the parts and folds to a space.
    return TextFolding::fold(parts.join(u'\n'));
}

QString EventSearchText::of(const Event &event, const Dataset &dataset)
{
    return of(
        event,
        [&](const QString &id) {
            const Place *place = dataset.place(id);
            return place ? &place->name : nullptr;
        },
        [&](const QString &id) {
            const Actor *actor = dataset.actor(id);
            return actor ? &actor->name : nullptr;
        });
}

namespace {

// The tables the search text is made of: any change to them makes the index stale.
const std::array<QString, 6> SourceTables{ u"events"_s, u"event_places"_s, u"event_actors"_s,
                                          u"citations"_s, u"places"_s, u"actors"_s };
const std::array<QString, 3> Operations{ u"INSERT"_s, u"UPDATE"_s, u"DELETE"_s };

// How much FTS5 gathers in memory before it writes a segment: its default (1 MiB) makes many small
// segments that it then merges again and again; 64 MiB wrote the index of 100,000 events 2.2
// times faster, with the same size and query times (docs/performance.md). Reset once written.
constexpr int WritingHashSize = 64 * 1024 * 1024;
constexpr int DefaultHashSize = 1024 * 1024;

// FTS5's trigram tokenizer reads code points: a term of fewer than three matches nothing there.
qsizetype codePoints(QStringView text)
{
    qsizetype count = 0;
    for (const QChar c : text) {
        if (!c.isLowSurrogate())
            ++count;
    }
    return count;
}

// A term as an FTS5 string: in double quotes, each double quote in it doubled.
QString quoted(QStringView term)
{
    QString text = term.toString();
    text.replace(u'"', u"\"\""_s);
    return u'"' + text + u'"';
}

} // namespace

bool EventSearchIndex::isAvailable(SqlConnection &connection)
{
    if (!connection.ok() || !connection.isOpen())
        return false;
    // A table in the connection's TEMP database: the file is not touched.
    QSqlQuery probe(connection.database());
    if (!probe.exec(u"CREATE VIRTUAL TABLE temp.%1_probe USING fts5(text, tokenize = 'trigram case_sensitive 1')"_s.arg(Table)))
        return false;
    probe.exec(u"DROP TABLE temp.%1_probe"_s.arg(Table));
    return true;
}

bool EventSearchIndex::create(SqlConnection &connection)
{
    return connection.exec(
        u"CREATE VIRTUAL TABLE %1 USING fts5(text, tokenize = 'trigram case_sensitive 1', columnsize = 0)"_s.arg(Table));
}

std::unique_ptr<SqliteStatement> EventSearchIndex::prepareInsert(SqlConnection &connection)
{
    return std::make_unique<SqliteStatement>(connection, u"INSERT INTO %1 (rowid, text) VALUES (?, ?)"_s.arg(Table));
}

bool EventSearchIndex::seal(SqlConnection &connection)
{
    connection.exec(u"INSERT INTO %1 (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value"_s
                        .arg(ProjectTables::MetaTable),
                    { MetaKey, Current });
    for (const QString &table : SourceTables) {
        for (const QString &operation : Operations) {
            // Table names are the constants above; the values are literals of this file.
            connection.exec(u"CREATE TRIGGER %1_stale_%2_%3 AFTER %4 ON %2 BEGIN "
                            "UPDATE %5 SET value = '%6' WHERE key = '%7' AND value <> '%6'; END"_s
                                .arg(Table, table, operation.toLower(), operation, ProjectTables::MetaTable, Stale,
                                     MetaKey));
        }
    }
    return connection.ok();
}

bool EventSearchIndex::isUsable(SqlConnection &connection)
{
    if (!connection.ok())
        return false;
    QSqlQuery table = connection.select(u"SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?"_s, { Table });
    if (!table.next())
        return false;
    if (ProjectTables::metaValue(connection, MetaKey) != Current)
        return false;
    // The table is there, but this SQLite may lack FTS5 or the trigram tokenizer: ask it, on a
    // query of its own, so that a refusal is an answer and not an error of the connection.
    QSqlQuery probe(connection.database());
    return probe.exec(u"SELECT rowid FROM %1 WHERE %1 MATCH '\"abc\"' LIMIT 1"_s.arg(Table));
}

std::vector<qint64> EventSearchIndex::matchingFids(SqlConnection &connection, QStringView foldedQuery)
{
    QStringList phrases;
    QVariantList values;
    QStringList conditions;
    for (QStringView term : foldedQuery.tokenize(u' ', Qt::SkipEmptyParts)) {
        if (term.size() > 0xFFFF)
            term.truncate(0xFFFF); // as TextFolding::Matcher does
        if (codePoints(term) >= 3) {
            phrases.append(quoted(term));
        } else {
            conditions.append(u"instr(text, ?) > 0"_s);
            values.append(term.toString());
        }
    }
    if (!phrases.isEmpty()) {
        conditions.prepend(u"%1 MATCH ?"_s.arg(Table));
        values.prepend(phrases.join(u" AND "_s));
    }
    QString sql = u"SELECT rowid FROM %1"_s.arg(Table);
    if (!conditions.isEmpty())
        sql += u" WHERE "_s + conditions.join(u" AND "_s);
    sql += u" ORDER BY rowid"_s;

    std::vector<qint64> fids;
    SqliteStatement select(connection, sql);
    if (!select.bind(values))
        return fids;
    while (select.next())
        fids.push_back(select.integer(0));
    if (!connection.ok())
        fids.clear();
    return fids;
}

EventSearchIndex::Writer::Writer(SqlConnection &connection) : m_connection(connection) {}

EventSearchIndex::Writer::~Writer() = default;

bool EventSearchIndex::Writer::begin()
{
    if (!isAvailable(m_connection))
        return m_connection.ok(); // no index: searched in memory, as an older file is
    if (!create(m_connection))
        return false;
    m_connection.exec(u"INSERT INTO %1 (%1, rank) VALUES ('hashsize', ?)"_s.arg(Table), { WritingHashSize });
    m_insert = prepareInsert(m_connection);
    return m_insert->isValid();
}

// An id is unique in its table (the rows' UNIQUE constraint): the first one stays.
void EventSearchIndex::Writer::addPlace(const Place &place)
{
    if (!m_placeNames.contains(place.id))
        m_placeNames.insert(place.id, place.name);
}

void EventSearchIndex::Writer::addActor(const Actor &actor)
{
    if (!m_actorNames.contains(actor.id))
        m_actorNames.insert(actor.id, actor.name);
}

bool EventSearchIndex::Writer::addEvent(const Event &event, qint64 fid)
{
    if (!m_insert)
        return m_connection.ok();
    const auto lookup = [](const QHash<QString, LocalizedText> &names) {
        return [&names](const QString &id) {
            const auto found = names.constFind(id);
            return found == names.constEnd() ? nullptr : &*found;
        };
    };
    return addEvent(fid, EventSearchText::of(event, lookup(m_placeNames), lookup(m_actorNames)));
}

bool EventSearchIndex::Writer::addEvent(qint64 fid, const QString &searchText)
{
    if (!m_insert)
        return m_connection.ok();
    return m_insert->run({ fid, searchText });
}

bool EventSearchIndex::Writer::seal()
{
    if (!m_insert)
        return m_connection.ok();
    m_insert.reset(); // finished before the triggers are created
    m_connection.exec(u"INSERT INTO %1 (%1, rank) VALUES ('hashsize', ?)"_s.arg(Table), { DefaultHashSize });
    return EventSearchIndex::seal(m_connection);
}

} // namespace Atlas
