// SPDX-License-Identifier: GPL-3.0-or-later
#include "corpusgenerator.h"
#include "datasetloader.h"
#include "eventsearchindex.h"
#include "projectfile.h"
#include "projecttables.h"
#include "sqlconnection.h"
#include "textfolding.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace Atlas;
using namespace Qt::StringLiterals;

namespace {

// Which part of the search text a reference leaves out, to show a term is found through it alone.
enum class Without { Nothing, Quotes, Places, Actors };

// The brute-force reference: the fids of the events whose EventSearchText matches, in the order
// of the file's rows, `without` one kind of part.
std::vector<qint64> referenceFids(const Dataset &dataset, const QHash<QString, qint64> &fidOf, const QString &query,
                                  Without without = Without::Nothing)
{
    const TextFolding::Matcher matcher(TextFolding::fold(query));
    const auto places = [&](const QString &id) -> const LocalizedText * {
        const Place *place = dataset.place(id);
        return place && without != Without::Places ? &place->name : nullptr;
    };
    const auto actors = [&](const QString &id) -> const LocalizedText * {
        const Actor *actor = dataset.actor(id);
        return actor && without != Without::Actors ? &actor->name : nullptr;
    };
    std::vector<qint64> fids;
    for (Event event : dataset.events) {
        if (without == Without::Quotes)
            event.citations.clear();
        if (matcher.matches(EventSearchText::of(event, places, actors)))
            fids.push_back(fidOf.value(event.id));
    }
    std::sort(fids.begin(), fids.end());
    return fids;
}

QString describe(const std::vector<qint64> &fids)
{
    QStringList list;
    for (std::size_t i = 0; i < fids.size() && i < 12; ++i)
        list.append(QString::number(fids[i]));
    return u"%1 fids: %2%3"_s.arg(fids.size()).arg(list.join(u", "_s), fids.size() > 12 ? u", …"_s : QString());
}

// A file as schema version 4 had it: no search index, no triggers, no atlas_meta key.
QStringList schemaFourStatements()
{
    QStringList statements{ u"DROP TABLE event_search"_s, u"DELETE FROM atlas_meta WHERE key = 'search_index'"_s };
    for (const QString &table : { u"events"_s, u"event_places"_s, u"event_actors"_s, u"citations"_s, u"places"_s, u"actors"_s }) {
        for (const QString &operation : { u"insert"_s, u"update"_s, u"delete"_s })
            statements.append(u"DROP TRIGGER event_search_stale_%1_%2"_s.arg(table, operation));
    }
    return statements << u"UPDATE atlas_meta SET value = '4' WHERE key = 'schema_version'"_s;
}

bool execute(const QString &path, const QStringList &statements)
{
    SqlConnection connection(path, SqlConnection::Mode::ReadWrite);
    for (const QString &statement : statements)
        connection.exec(statement);
    if (!connection.ok())
        qWarning("%s", qPrintable(connection.errorText()));
    return connection.ok();
}

} // namespace

Q_DECLARE_METATYPE(Without)

/*
 * The project file's search index answers a query with the fids of exactly the events that the
 * in-memory filter (TextFolding::Matcher over EventSearchText) finds, for the bundled dataset and
 * a 10,000-event synthetic one; an edit by plain SQL marks it stale; a schema 4 file has none.
 */
class TestEventSearchIndex : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void availableInThisSqlite();
    void matchesTheReference_data();
    void matchesTheReference();
    void staleAfterAnEdit_data();
    void staleAfterAnEdit();
    void schemaFourFileHasNoIndex();
    void notRegisteredForGisTools();
    void storedTextIsTheSearchText();

private:
    struct Saved
    {
        Dataset dataset;
        QString path;
        QHash<QString, qint64> fidOf; // event id -> fid, as the file's events table has it
    };
    bool save(const QString &name, const Dataset &dataset);

    QTemporaryDir m_folder;
    QHash<QString, Saved> m_saved;
};

bool TestEventSearchIndex::save(const QString &name, const Dataset &dataset)
{
    Saved saved{ dataset, m_folder.filePath(name + u" مشروع.gpkg"_s), {} };
    QString error;
    if (!ProjectFile::save(dataset, saved.path, &error)) {
        qWarning("%s", qPrintable(error));
        return false;
    }
    SqlConnection connection(saved.path, SqlConnection::Mode::ReadOnly);
    QSqlQuery query = connection.select(u"SELECT fid, id FROM events"_s);
    while (query.next())
        saved.fidOf.insert(query.value(1).toString(), query.value(0).toLongLong());
    if (saved.fidOf.size() != dataset.events.size())
        return false;
    m_saved.insert(name, saved);
    return connection.ok();
}

void TestEventSearchIndex::initTestCase()
{
    QVERIFY(m_folder.isValid());
    DatasetLoader::Result bundled = DatasetLoader::loadFile(u":/data/coalition.json"_s);
    QVERIFY(std::holds_alternative<Dataset>(bundled));
    Dataset dataset = std::get<Dataset>(std::move(bundled));
    // A character outside the BMP: two UTF-16 units, one code point (the short-term path).
    dataset.events[3].summary.en += u" Marked 🙂ok."_s;
    dataset.buildIndex();
    QVERIFY(save(u"bundled"_s, dataset));

    AtlasBench::CorpusGenerator::Options options;
    options.eventCount = 10000;
    options.placeCount = 400;
    options.seed = 1207;
    QVERIFY(save(u"synthetic"_s, AtlasBench::CorpusGenerator::generate(options).dataset));
}

// Debian 13's SQLite (3.46) has FTS5 and the trigram tokenizer; a save there writes the index.
void TestEventSearchIndex::availableInThisSqlite()
{
    QTemporaryDir folder;
    SqlConnection connection(folder.filePath(u"probe.gpkg"_s), SqlConnection::Mode::ReadWrite);
    QVERIFY(EventSearchIndex::isAvailable(connection));
    QVERIFY(connection.ok());
    QSqlQuery tables = connection.select(u"SELECT count(*) FROM sqlite_master"_s);
    QVERIFY(tables.next());
    QCOMPARE(tables.value(0).toInt(), 0); // the probe left nothing in the file
}

void TestEventSearchIndex::matchesTheReference_data()
{
    QTest::addColumn<QString>("dataset");
    QTest::addColumn<QString>("query");   // as typed: the test folds it, as the filter does
    QTest::addColumn<Without>("through"); // found only through this part (none without it)
    QTest::addColumn<bool>("some");       // the reference finds at least one event

    struct Row
    {
        const char *name;
        QString query;
        Without through;
        bool some;
    };
    // Both datasets.
    const QList<Row> common{
        { "empty query: every event", u""_s, Without::Nothing, true },
        { "white space only", u"  \t "_s, Without::Nothing, true },
        { "Arabic, common word", u"التحالف"_s, Without::Nothing, true },
        { "Arabic with tashkeel", u"التَّحَالُف"_s, Without::Nothing, true },
        { "Arabic, hamza on alef", u"إيران"_s, Without::Nothing, false },
        { "Latin, mixed case", u"IsIs"_s, Without::Nothing, true },
        { "one letter, Latin", u"z"_s, Without::Nothing, true },
        { "one letter, Arabic", u"ظ"_s, Without::Nothing, true },
        { "one digit", u"7"_s, Without::Nothing, true },
        { "two letters", u"qa"_s, Without::Nothing, true },
        { "two letters, Arabic", u"شغ"_s, Without::Nothing, false },
        { "three letters", u"RAQ"_s, Without::Nothing, true },
        { "long term", u"international"_s, Without::Nothing, true },
        { "several terms, short and long", u"قوات ir ال"_s, Without::Nothing, true },
        { "several terms, none together", u"caliphate zzzq"_s, Without::Nothing, false },
        { "a quote character alone", u"\""_s, Without::Nothing, false },
        { "quote characters around a term", u"\"coalition\""_s, Without::Nothing, false },
        { "FTS5 syntax is text", u"NEAR( a* OR b) ^c col:d"_s, Without::Nothing, false },
        { "AND and NOT as terms", u"AND NOT"_s, Without::Nothing, false },
        { "no match", u"xylophone"_s, Without::Nothing, false },
        { "no match, Arabic", u"بطريق"_s, Without::Nothing, false },
    };
    // The bundled dataset: words checked to occur in one kind of part only.
    const QList<Row> bundled{
        { "Arabic, hamza folded (اعلان for إعلان)", u"اعلان"_s, Without::Nothing, true },
        { "a quote with a quote character (طريق \"إم فور\")", u"\"إم"_s, Without::Nothing, true },
        { "a term in a quote only", u"اميركيون"_s, Without::Quotes, true },
        { "a term in a quote only, with tashkeel", u"احْتِمَالِيَّة"_s, Without::Quotes, true },
        { "a term in a place name only", u"BAGHUZ"_s, Without::Places, true },
        { "a term in an actor name only", u"DeMoCrAtIc"_s, Without::Actors, true },
        { "three letters, in one place", u"taj"_s, Without::Nothing, true },
        { "two code points, three UTF-16 units", u"🙂o"_s, Without::Nothing, true },
        { "three code points, four UTF-16 units", u"🙂ok"_s, Without::Nothing, true },
    };
    const QList<Row> synthetic{
        { "a term in a quote only", u"spokesperson"_s, Without::Quotes, true },
        { "a term in a quote only, Arabic", u"وقالت"_s, Without::Quotes, true },
        { "a place prefix", u"Khirbet"_s, Without::Nothing, true },
        { "an actor, Arabic", u"البنتاغون"_s, Without::Nothing, true },
        { "a rare word", u"Euphrates"_s, Without::Nothing, true },
    };
    for (const QString &dataset : { u"bundled"_s, u"synthetic"_s }) {
        QList<Row> rows = common;
        rows += dataset == u"bundled"_s ? bundled : synthetic;
        for (const Row &row : std::as_const(rows)) {
            QTest::addRow("%s: %s", qPrintable(dataset), row.name) << dataset << row.query << row.through << row.some;
        }
    }
}

void TestEventSearchIndex::matchesTheReference()
{
    QFETCH(QString, dataset);
    QFETCH(QString, query);
    QFETCH(Without, through);
    QFETCH(bool, some);
    const Saved &saved = m_saved[dataset];
    SqlConnection connection(saved.path, SqlConnection::Mode::ReadOnly);
    QVERIFY(EventSearchIndex::isUsable(connection));

    const std::vector<qint64> found = EventSearchIndex::matchingFids(connection, TextFolding::fold(query));
    QVERIFY2(connection.ok(), qPrintable(connection.errorText()));
    const std::vector<qint64> expected = referenceFids(saved.dataset, saved.fidOf, query);
    if (some)
        QVERIFY2(!expected.empty(), "the reference finds nothing: the row tests less than it says");
    QCOMPARE(describe(found), describe(expected));
    QVERIFY(found == expected);
    if (through != Without::Nothing)
        QCOMPARE(describe(referenceFids(saved.dataset, saved.fidOf, query, through)), describe({}));
}

void TestEventSearchIndex::staleAfterAnEdit_data()
{
    QTest::addColumn<QString>("statement"); // run by plain SQL, as a GIS would
    QTest::addColumn<bool>("usable");

    QTest::newRow("nothing changed") << QString() << true;
    QTest::newRow("a figure edited (not searched)") << u"UPDATE figures SET label_en = 'x'"_s << true;
    QTest::newRow("an event's English title")
        << u"UPDATE events SET title_en = 'Edited in QGIS' WHERE fid = 1"_s << false;
    QTest::newRow("an event deleted") << u"DELETE FROM events WHERE fid = 2"_s << false;
    QTest::newRow("an event added")
        << u"INSERT INTO events (id, date_start, date_precision, date_inferred, category, title_ar, title_en, summary) "
           "SELECT id || '-copy', date_start, date_precision, date_inferred, category, title_ar, title_en, summary "
           "FROM events WHERE fid = 1"_s
        << false;
    QTest::newRow("a place of an event") << u"DELETE FROM event_places WHERE fid = 1"_s << false;
    QTest::newRow("an actor of an event") << u"UPDATE event_actors SET actor_id = 'us' WHERE fid = 1"_s << false;
    QTest::newRow("a quote") << u"UPDATE citations SET quote = 'غيره' WHERE fid = 1"_s << false;
    QTest::newRow("a place's name") << u"UPDATE places SET name_en = 'Elsewhere' WHERE fid = 1"_s << false;
    QTest::newRow("a new actor")
        << u"INSERT INTO actors (id, name_ar, name_en, kind) VALUES ('new', 'جديد', 'New', 'state')"_s << false;
    QTest::newRow("an actor deleted") << u"DELETE FROM actors WHERE fid = 3"_s << false;
}

void TestEventSearchIndex::staleAfterAnEdit()
{
    QFETCH(QString, statement);
    QFETCH(bool, usable);
    QTemporaryDir folder;
    const QString path = folder.filePath(u"edited.gpkg"_s);
    QVERIFY(QFile::copy(m_saved[u"bundled"_s].path, path));
    QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner));
    if (!statement.isEmpty())
        QVERIFY(execute(path, { statement }));

    SqlConnection connection(path, SqlConnection::Mode::ReadOnly);
    QCOMPARE(ProjectTables::metaValue(connection, EventSearchIndex::MetaKey),
             usable ? EventSearchIndex::Current : EventSearchIndex::Stale);
    QCOMPARE(EventSearchIndex::isUsable(connection), usable);
    QVERIFY(connection.ok());
}

void TestEventSearchIndex::schemaFourFileHasNoIndex()
{
    QTemporaryDir folder;
    const QString path = folder.filePath(u"قديم.gpkg"_s);
    QVERIFY(QFile::copy(m_saved[u"bundled"_s].path, path));
    QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner));
    QVERIFY(execute(path, schemaFourStatements()));

    const DatasetLoader::Result loaded = ProjectFile::load(path);
    QVERIFY(std::holds_alternative<Dataset>(loaded));
    QCOMPARE(std::get<Dataset>(loaded).events.size(), m_saved[u"bundled"_s].dataset.events.size());
    SqlConnection connection(path, SqlConnection::Mode::ReadOnly);
    QVERIFY(!EventSearchIndex::isUsable(connection));
    QVERIFY(connection.ok()); // an absent index is an answer, not an error
    // Asked anyway, it finds nothing and says why.
    QVERIFY(EventSearchIndex::matchingFids(connection, u"taji"_s).empty());
    QVERIFY(!connection.ok());
    QVERIFY2(connection.errorText().contains(u"event_search"_s), qPrintable(connection.errorText()));

    // Saved again, it has the index.
    const QString again = folder.filePath(u"again.gpkg"_s);
    QString error;
    QVERIFY2(ProjectFile::save(std::get<Dataset>(loaded), again, &error), qPrintable(error));
    SqlConnection saved(again, SqlConnection::Mode::ReadOnly);
    QVERIFY(EventSearchIndex::isUsable(saved));
}

// The index and FTS5's shadow tables stay out of gpkg_contents, so GIS tools list the layers alone.
void TestEventSearchIndex::notRegisteredForGisTools()
{
    SqlConnection connection(m_saved[u"bundled"_s].path, SqlConnection::Mode::ReadOnly);
    QSqlQuery shadow = connection.select(u"SELECT count(*) FROM sqlite_master WHERE name LIKE 'event_search%'"_s);
    QVERIFY(shadow.next());
    QVERIFY(shadow.value(0).toInt() > 1); // the table and its shadow tables (and the triggers)
    QSqlQuery registered = connection.select(u"SELECT count(*) FROM gpkg_contents WHERE table_name LIKE 'event_search%'"_s);
    QVERIFY(registered.next());
    QCOMPARE(registered.value(0).toInt(), 0);
    QVERIFY(connection.ok());
}

// What the index stores is EventSearchText, the filter's text, under each event's fid.
void TestEventSearchIndex::storedTextIsTheSearchText()
{
    const Saved &saved = m_saved[u"bundled"_s];
    SqlConnection connection(saved.path, SqlConnection::Mode::ReadOnly);
    QSqlQuery stored = connection.select(u"SELECT rowid, text FROM event_search ORDER BY rowid"_s);
    QHash<qint64, QString> texts;
    while (stored.next())
        texts.insert(stored.value(0).toLongLong(), stored.value(1).toString());
    QCOMPARE(texts.size(), saved.dataset.events.size());
    for (const Event &event : saved.dataset.events)
        QCOMPARE(texts.value(saved.fidOf.value(event.id)), EventSearchText::of(event, saved.dataset));
}

QTEST_GUILESS_MAIN(TestEventSearchIndex)
#include "tst_eventsearchindex.moc"
