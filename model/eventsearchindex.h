// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dataset.h"

#include <QHash>
#include <QString>
#include <QStringView>

#include <functional>
#include <memory>
#include <vector>

namespace Atlas {

class SqlConnection;
class SqliteStatement;

/*
 * The one definition of the text an event is found by: its titles and summaries (ar, en), the
 * names of its places and of its actors (ar, en) and the quotes of its citations, joined by
 * newlines and folded once (TextFolding::fold). EventModel keeps it per row for the filter; the
 * project file's search index (EventSearchIndex) stores the same text per event.
 */
namespace EventSearchText {

// A place's or an actor's name by id; null when there is none (the id is then left out).
using NameLookup = std::function<const LocalizedText *(const QString &id)>;

QString of(const Event &event, const NameLookup &placeName, const NameLookup &actorName);
QString of(const Event &event, const Dataset &dataset);

} // namespace EventSearchText

/*
 * The full-text index of a project file's events (docs/projectfile.md): the FTS5 table
 * event_search, one row per event whose rowid is the event's fid in `events` and whose one column
 * holds EventSearchText::of the event. The trigram tokenizer, case-sensitive because the text is
 * folded already, answers "contains" for terms of three or more code points; shorter ones are
 * checked on the stored text. atlas_meta's "search_index" says whether the index is "current":
 * seal() sets it and adds triggers that mark it "stale" on any change to the tables the text is
 * made of, so a file edited by another tool (a GIS) is searched the slow way, not wrongly.
 * Works on the caller's connection and inside its transaction; owns nothing but its statements.
 */
class EventSearchIndex
{
public:
    static inline const QString Table = QStringLiteral("event_search");
    static inline const QString MetaKey = QStringLiteral("search_index");
    static inline const QString Current = QStringLiteral("current");
    static inline const QString Stale = QStringLiteral("stale");

    // Whether this SQLite has FTS5 and its trigram tokenizer (3.34 or newer, built with FTS5):
    // asked on a statement of its own, so that a "no" is not an error of the connection.
    static bool isAvailable(SqlConnection &connection);
    // Creates the (empty) virtual table; false and the error on the connection when it cannot.
    static bool create(SqlConnection &connection);
    // The statement that inserts one event: bind (fid, folded text) and run it.
    static std::unique_ptr<SqliteStatement> prepareInsert(SqlConnection &connection);
    // Records the index as current and creates the triggers that mark it stale. Run once every
    // row is written, after the atlas_meta table exists.
    static bool seal(SqlConnection &connection);
    // Whether the file has the table and atlas_meta says it is current (false on an older file, one
    // edited since, or an SQLite that cannot read FTS5).
    static bool isUsable(SqlConnection &connection);
    /*
     * The fids of the events whose search text holds every whitespace-separated term of
     * `foldedQuery` (TextFolding::Matcher's meaning), ascending; every fid for an empty query.
     * Empty, with the error on the connection, when a statement failed. Call only when
     * isUsable(): a stale index answers for the text it was built from.
     */
    static std::vector<qint64> matchingFids(SqlConnection &connection, QStringView foldedQuery);

    /*
     * Fills the index as ProjectTables::RowWriter writes the rows: it keeps the names of the
     * places and actors it is shown (they come before the events) and inserts each event's text
     * under the fid of its row. Where this SQLite cannot make the index (isAvailable() false)
     * it writes nothing, and the file is saved without one, as a file of schema 4 was.
     */
    class Writer
    {
    public:
        explicit Writer(SqlConnection &connection);
        ~Writer();
        Writer(const Writer &) = delete;
        Writer &operator=(const Writer &) = delete;

        bool begin(); // create() and prepare the insert, when isAvailable()
        void addPlace(const Place &place);
        void addActor(const Actor &actor);
        bool addEvent(const Event &event, qint64 fid);
        bool addEvent(qint64 fid, const QString &searchText); // EventSearchText::of made already
        bool seal(); // finishes the insert statement, then seal()

    private:
        SqlConnection &m_connection;
        std::unique_ptr<SqliteStatement> m_insert; // null when the index is not written
        QHash<QString, LocalizedText> m_placeNames;
        QHash<QString, LocalizedText> m_actorNames;
    };
};

} // namespace Atlas
