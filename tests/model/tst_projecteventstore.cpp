// SPDX-License-Identifier: GPL-3.0-or-later
#include "corpusgenerator.h"
#include "datasetloader.h"
#include "datasetwriter.h"
#include "eventsearchindex.h"
#include "projecteventstore.h"
#include "projectfile.h"
#include "roundtripcases.h"
#include "sqlconnection.h"
#include "textfolding.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace Atlas;
using namespace Qt::StringLiterals;

namespace {

QString saved(const Dataset &dataset, const QTemporaryDir &folder)
{
    const QString path = folder.filePath(u"مشروع %1.gpkg"_s);
    QString error;
    if (!ProjectFile::save(dataset, path, &error)) {
        qWarning("%s", qPrintable(error));
        return {};
    }
    return path;
}

bool execute(const QString &path, const QStringList &statements)
{
    SqlConnection connection(path, SqlConnection::Mode::ReadWrite);
    for (const QString &statement : statements) {
        if (!connection.exec(statement)) {
            qWarning("%s: %s", qPrintable(statement), qPrintable(connection.errorText()));
            return false;
        }
    }
    return true;
}

std::unique_ptr<ProjectEventStore> opened(const QString &path)
{
    ProjectEventStore::OpenResult result = ProjectEventStore::open(path);
    if (auto *errors = std::get_if<QList<LoadError>>(&result)) {
        for (const LoadError &error : std::as_const(*errors))
            qWarning("%s", qPrintable(error.toString()));
        return nullptr;
    }
    return std::get<std::unique_ptr<ProjectEventStore>>(std::move(result));
}

QString openErrors(const QString &path)
{
    ProjectEventStore::OpenResult result = ProjectEventStore::open(path);
    QStringList lines;
    if (const auto *errors = std::get_if<QList<LoadError>>(&result)) {
        for (const LoadError &error : *errors)
            lines.append(error.toString());
    }
    return lines.join(u'\n');
}

} // namespace

/*
 * ProjectEventStore gives every event of a saved project, read from the file one at a time,
 * exactly as the whole dataset holds it (the bundled dataset, a synthetic corpus, every
 * round-trip case of the project file, an older schema); keeps only as many as its cache
 * allows; and names the file and row of whatever it cannot read.
 */
class TestProjectEventStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        m_fixtureJson = QJsonDocument::fromJson(readAll(QStringLiteral(ATLAS_TEST_DATA_DIR "/minimal.json"))).object();
        DatasetLoader::Result bundled = DatasetLoader::loadFile(u":/data/coalition.json"_s);
        QVERIFY(std::holds_alternative<Dataset>(bundled));
        m_bundled = std::get<Dataset>(std::move(bundled));
        QTemporaryDir bundledFolder(m_folder.filePath(u"bundled-XXXXXX"_s));
        bundledFolder.setAutoRemove(false);
        m_bundledPath = saved(m_bundled, bundledFolder);
        AtlasBench::CorpusGenerator::Options options;
        options.eventCount = 3000;
        options.placeCount = 300;
        options.seed = 43;
        QTemporaryDir syntheticFolder(m_folder.filePath(u"synthetic-XXXXXX"_s));
        syntheticFolder.setAutoRemove(false);
        m_syntheticPath = saved(AtlasBench::CorpusGenerator::generate(options).dataset, syntheticFolder);
        QVERIFY(!m_bundledPath.isEmpty() && !m_syntheticPath.isEmpty());
        // The same events under fids 3, 6, 9, … (as after deletions), the index moved with them
        // and still current: rows are found by fid, not by counting.
        m_spacedPath = syntheticFolder.filePath(u"spaced.gpkg"_s);
        QVERIFY(QFile::copy(m_syntheticPath, m_spacedPath));
        QVERIFY(QFile::setPermissions(m_spacedPath, QFileDevice::ReadOwner | QFileDevice::WriteOwner));
        QVERIFY(execute(m_spacedPath, { u"UPDATE events SET fid = fid + 1000000"_s,
                                        u"UPDATE events SET fid = (fid - 1000000) * 3"_s,
                                        u"UPDATE event_search SET rowid = rowid + 1000000"_s,
                                        u"UPDATE event_search SET rowid = (rowid - 1000000) * 3"_s,
                                        u"UPDATE atlas_meta SET value = 'current' WHERE key = 'search_index'"_s }));
    }

    void eventsEqualTheDatasets_data()
    {
        QTest::addColumn<Dataset>("dataset");
        QTest::addColumn<QStringList>("statements"); // run on the saved file before it is opened
        QTest::newRow("bundled") << m_bundled << QStringList();
        AtlasBench::CorpusGenerator::Options options;
        options.eventCount = 3000;
        options.placeCount = 300;
        options.seed = 41;
        QTest::newRow("synthetic 3,000") << AtlasBench::CorpusGenerator::generate(options).dataset << QStringList();
        // A file of schema version 3 has no edit marks: read through the migration's view.
        Dataset withoutEdits = m_bundled;
        for (Event &event : withoutEdits.events)
            event.edited = {};
        QTest::newRow("schema version 3")
            << withoutEdits
            << QStringList{ u"ALTER TABLE events DROP COLUMN edited_by"_s, u"ALTER TABLE events DROP COLUMN edited_at"_s,
                            u"ALTER TABLE sources DROP COLUMN text"_s,
                            u"UPDATE atlas_meta SET value = '3' WHERE key = 'schema_version'"_s };
        Dataset empty = m_bundled;
        empty.events.clear();
        empty.figures.clear();
        empty.buildIndex();
        QTest::newRow("no events") << empty << QStringList();
    }

    void eventsEqualTheDatasets()
    {
        QFETCH(Dataset, dataset);
        QFETCH(QStringList, statements);
        QTemporaryDir folder;
        const QString path = saved(dataset, folder);
        QVERIFY(!path.isEmpty());
        QVERIFY(execute(path, statements));
        checkEveryEvent(path, dataset);
    }

    // Hostile text, empty lists, conflicts, ranges and exact doubles: what the project file's
    // round trip keeps, the store gives back event by event.
    void roundTripCases_data() { AtlasTest::addRoundTripRows(); }
    void roundTripCases()
    {
        QFETCH(QList<AtlasTest::Edit>, edits);
        DatasetLoader::Result result = DatasetLoader::loadObject(AtlasTest::withEdits(m_fixtureJson, edits));
        QVERIFY2(std::holds_alternative<Dataset>(result), qPrintable(AtlasTest::errorText(result)));
        const Dataset dataset = std::get<Dataset>(std::move(result));
        QTemporaryDir folder;
        const QString path = saved(dataset, folder);
        QVERIFY(!path.isEmpty());
        checkEveryEvent(path, dataset);
    }

    void cacheKeepsAtMostItsCapacity()
    {
        AtlasBench::CorpusGenerator::Options options;
        options.eventCount = 500;
        options.placeCount = 50;
        options.seed = 5;
        const Dataset dataset = AtlasBench::CorpusGenerator::generate(options).dataset;
        QTemporaryDir folder;
        const QString path = saved(dataset, folder);
        auto store = opened(path);
        QVERIFY(store);
        store->setCacheCapacity(10);
        const std::shared_ptr<const Event> first = store->event(0);
        QVERIFY(first);
        for (int row = 0; row < 200; ++row)
            QVERIFY(store->event(row));
        QCOMPARE(store->cachedCount(), 10);
        // Let go by the cache, still whole for whoever holds it, and read again the same.
        QCOMPARE(DatasetWriter::eventJson(*first), DatasetWriter::eventJson(dataset.events.at(0)));
        const std::shared_ptr<const Event> again = store->event(0);
        QVERIFY(again);
        QVERIFY(again != first);
        QCOMPARE(DatasetWriter::eventJson(*again), DatasetWriter::eventJson(*first));
        // A recent event is served from the cache, not read again.
        QCOMPARE(store->event(199), store->event(199));
        store->setCacheCapacity(0);
        QCOMPARE(store->cacheCapacity(), 1);
        QCOMPARE(store->cachedCount(), 1);
        QVERIFY(!store->event(-1));
        QVERIFY(!store->event(500));
    }

    // What another program wrote while the store is open does not reach it: the events keep
    // agreeing with the columns read at the start.
    void readsTheSnapshotItOpened()
    {
        QTemporaryDir folder;
        const QString path = saved(m_bundled, folder);
        auto store = opened(path);
        QVERIFY(store);
        {
            SqlConnection other(path, SqlConnection::Mode::ReadWrite, 100);
            other.exec(u"UPDATE events SET title_en = 'changed meanwhile' WHERE fid = 1"_s);
        }
        const auto event = store->event(0);
        QVERIFY2(event, qPrintable(store->error()));
        QCOMPARE(event->title.en, m_bundled.events.at(0).title.en);
    }

    // A value the format does not allow, put there by another program, is found when its
    // event is read: the message names the file, the row and the field; other events still read.
    void namesTheRowItCannotRead_data()
    {
        QTest::addColumn<QString>("statement");
        QTest::addColumn<int>("row");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("category") << u"UPDATE events SET category = 'bogus' WHERE fid = 3"_s << 2
                                  << QStringList{ u"events (fid 3"_s, u"category"_s, u"bogus"_s };
        QTest::newRow("empty English title") << u"UPDATE events SET title_en = '' WHERE fid = 5"_s << 4
                                             << QStringList{ u"events (fid 5"_s, u"title.en"_s };
        QTest::newRow("provenance not JSON")
            << u"UPDATE events SET origin_file = 'a.csv', origin_row = 2, origin_record = 'x', origin_fields = 'not json' WHERE fid = 2"_s
            << 1 << QStringList{ u"events (fid 2"_s, u"origin.fields"_s };
        QTest::newRow("citation without quote")
            << u"UPDATE citations SET quote = '' WHERE owner_kind = 'event' AND owner_id = (SELECT id FROM events WHERE fid = 7)"_s
            << 6 << QStringList{ u"events (fid 7"_s, u"quote"_s };
    }

    void namesTheRowItCannotRead()
    {
        QFETCH(QString, statement);
        QFETCH(int, row);
        QFETCH(QStringList, expected);
        QTemporaryDir folder;
        const QString path = saved(m_bundled, folder);
        QVERIFY(execute(path, { statement }));
        auto store = opened(path);
        QVERIFY(store);
        QVERIFY(!store->event(row));
        const QString error = store->error();
        QVERIFY2(error.contains(QDir::toNativeSeparators(path)), qPrintable(error));
        for (const QString &part : expected)
            QVERIFY2(error.contains(part), qPrintable(u"\""_s + part + u"\" not in: "_s + error));
        const auto other = store->event(row == 0 ? 1 : 0);
        QVERIFY2(other, qPrintable(store->error()));
    }

    void refusesToOpen_data()
    {
        QTest::addColumn<QString>("statement"); // on a saved bundled project; empty: no file
        QTest::addColumn<QString>("expected");
        QTest::newRow("no file") << QString() << u"no such file"_s;
        QTest::newRow("newer schema") << u"UPDATE atlas_meta SET value = '99' WHERE key = 'schema_version'"_s
                                      << u"schema version 99"_s;
        QTest::newRow("no events table") << u"DROP TABLE events"_s << u"events"_s;
        QTest::newRow("unknown place") << u"UPDATE event_places SET place_id = 'nowhere' WHERE fid = 4"_s
                                       << u"nowhere"_s;
        QTest::newRow("list rows out of order")
            << u"UPDATE event_actors SET ordinal = ordinal + 5 WHERE event_id = (SELECT id FROM events WHERE fid = 9)"_s
            << u"events (fid 9"_s;
    }

    void refusesToOpen()
    {
        QFETCH(QString, statement);
        QFETCH(QString, expected);
        QTemporaryDir folder;
        QString path = folder.filePath(u"absent.gpkg"_s);
        if (!statement.isEmpty()) {
            path = saved(m_bundled, folder);
            QVERIFY(execute(path, { statement }));
        }
        const QString errors = openErrors(path);
        QVERIFY2(errors.contains(QDir::toNativeSeparators(path)), qPrintable(errors));
        QVERIFY2(errors.contains(expected), qPrintable(errors));
    }

    // ProjectFile::load(path, n) above n events: every section but the events loaded, the
    // events in a store, and the whole equal to what load() reads (written out as JSON, which
    // reads every event through the store).
    void loadKeepingEventsInFile_data()
    {
        QTest::addColumn<Dataset>("dataset");
        QTest::newRow("bundled") << m_bundled;
        AtlasBench::CorpusGenerator::Options options;
        options.eventCount = 2000;
        options.placeCount = 200;
        options.seed = 7;
        QTest::newRow("synthetic 2,000") << AtlasBench::CorpusGenerator::generate(options).dataset;
    }

    void loadKeepingEventsInFile()
    {
        QFETCH(Dataset, dataset);
        QTemporaryDir folder;
        const QString path = saved(dataset, folder);
        QVERIFY(!path.isEmpty());
        DatasetLoader::Result whole = ProjectFile::load(path);
        QVERIFY2(std::holds_alternative<Dataset>(whole), qPrintable(AtlasTest::errorText(whole)));
        const int events = int(dataset.events.size());
        DatasetLoader::Result kept = ProjectFile::load(path, events - 1);
        QVERIFY2(std::holds_alternative<Dataset>(kept), qPrintable(AtlasTest::errorText(kept)));
        const Dataset &inMemory = std::get<Dataset>(whole);
        const Dataset &inFile = std::get<Dataset>(kept);
        QVERIFY(!inMemory.eventStore);
        QVERIFY(inFile.eventStore);
        QVERIFY(inFile.events.isEmpty());
        QCOMPARE(inFile.eventCount(), events);
        QCOMPARE(inFile.places.size(), inMemory.places.size());
        QCOMPARE(inFile.figures.size(), inMemory.figures.size());
        QCOMPARE(DatasetWriter::toJson(inFile), DatasetWriter::toJson(inMemory));
        for (const int row : { 0, events / 2, events - 1 }) {
            const QString id = inMemory.events.at(row).id;
            QCOMPARE(inFile.eventRow(id), row);
            QCOMPARE(inFile.event(id)->title.en, inMemory.events.at(row).title.en);
        }
        // At or below the limit, the events are read into memory as load() reads them.
        DatasetLoader::Result atLimit = ProjectFile::load(path, events);
        QVERIFY(std::holds_alternative<Dataset>(atLimit));
        QVERIFY(!std::get<Dataset>(atLimit).eventStore);
        QCOMPARE(std::get<Dataset>(atLimit).events.size(), qsizetype(events));
    }

    // What DatasetLoader's checks would find in events it reads, the check of a project whose
    // events stay in the file finds too, naming the row.
    void loadKeepingEventsInFileRefuses_data()
    {
        QTest::addColumn<QStringList>("statements");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("unknown actor")
            << QStringList{ u"UPDATE event_actors SET actor_id = 'nobody' WHERE fid = (SELECT min(fid) FROM event_actors)"_s }
            << QStringList{ u"events (fid"_s, u"unknown actor id \"nobody\""_s };
        QTest::newRow("unknown cited source")
            << QStringList{ u"UPDATE citations SET source_id = 'nowhere' WHERE fid = (SELECT min(fid) FROM citations WHERE owner_kind = 'event')"_s }
            << QStringList{ u"events (fid"_s, u"unknown source id \"nowhere\""_s };
        QTest::newRow("figure of no event")
            << QStringList{ u"UPDATE figures SET event_id = 'no-such-event' WHERE fid = (SELECT min(fid) FROM figures WHERE event_id IS NOT NULL)"_s }
            << QStringList{ u"figures (fid"_s, u"unknown event id \"no-such-event\""_s };
        QTest::newRow("id shared with an actor")
            << renamingTheLastEvent(u"SELECT id FROM actors WHERE fid = 1"_s)
            << QStringList{ u"events (fid"_s, u"duplicate id"_s, u"(also in actors)"_s };
        // Another program can drop the UNIQUE constraint by rebuilding the table.
        QTest::newRow("id twice")
            << QStringList{ u"CREATE TABLE events_copy AS SELECT * FROM events"_s, u"DROP TABLE events"_s,
                            u"ALTER TABLE events_copy RENAME TO events"_s }
                   + renamingTheLastEvent(u"SELECT id FROM events WHERE fid = 1"_s)
            << QStringList{ u"events (fid"_s, u"duplicate id"_s };
    }

    void loadKeepingEventsInFileRefuses()
    {
        QFETCH(QStringList, statements);
        QFETCH(QStringList, expected);
        QTemporaryDir folder;
        const QString path = saved(m_bundled, folder);
        QVERIFY(!path.isEmpty());
        QVERIFY(execute(path, statements));
        const DatasetLoader::Result kept = ProjectFile::load(path, 0);
        QVERIFY(std::holds_alternative<QList<LoadError>>(kept));
        const QString errors = AtlasTest::errorText(kept);
        for (const QString &part : expected)
            QVERIFY2(errors.contains(part), qPrintable(u"\""_s + part + u"\" not in: "_s + errors));
    }

    // The rows the store's search index finds are those the in-memory filter's scan finds: the
    // brute-force reference folds EventSearchText::of every event of the dataset read whole.
    void rowsMatchingEqualsTheReference_data()
    {
        QTest::addColumn<QString>("which");
        QTest::addColumn<QString>("query"); // as typed: folded here, as the filter bar does
        QTest::addColumn<bool>("some");     // the reference finds at least one event
        const QList<std::tuple<const char *, QString, bool>> queries{
            { "Arabic word", u"التحالف"_s, true },
            { "Arabic with tashkeel", u"التَّحَالُف"_s, true },
            { "Arabic, two letters", u"ال"_s, true },
            { "Latin, mixed case", u"StRiKe"_s, true },
            { "one letter", u"z"_s, true },
            { "two letters", u"ir"_s, true },
            { "several terms", u"قوات coalition"_s, true },
            { "several terms, short and long", u"ال ir strike"_s, true },
            { "no match", u"xylophone"_s, false },
            { "no match, Arabic", u"بطريق"_s, false },
            { "terms never together", u"xylophone التحالف"_s, false },
            { "FTS5 syntax is text", u"NEAR( a* OR b) ^c"_s, false },
        };
        for (const QString &which : { u"bundled"_s, u"synthetic"_s, u"spaced fids"_s }) {
            for (const auto &[name, query, some] : queries) {
                // The bundled dataset is small: a rare word may not be in it.
                QTest::addRow("%s: %s", qPrintable(which), name) << which << query << (some && which != u"bundled"_s);
            }
        }
    }

    void rowsMatchingEqualsTheReference()
    {
        QFETCH(QString, which);
        QFETCH(QString, query);
        QFETCH(bool, some);
        const QString path = which == u"bundled"_s ? m_bundledPath : which == u"synthetic"_s ? m_syntheticPath : m_spacedPath;
        const DatasetLoader::Result whole = ProjectFile::load(path);
        QVERIFY2(std::holds_alternative<Dataset>(whole), qPrintable(AtlasTest::errorText(whole)));
        const Dataset &dataset = std::get<Dataset>(whole);
        const QString folded = TextFolding::fold(query);
        const TextFolding::Matcher matcher(folded);
        std::vector<int> expected;
        for (int row = 0; row < int(dataset.events.size()); ++row) {
            if (matcher.matches(EventSearchText::of(dataset.events.at(row), dataset)))
                expected.push_back(row);
        }
        if (some)
            QVERIFY2(!expected.empty(), "the reference finds nothing: the row tests less than it says");

        auto store = opened(path);
        QVERIFY(store);
        QVERIFY(store->hasSearchIndex());
        if (which == u"spaced fids"_s)
            QCOMPARE(store->fid(1), qint64(6));
        const std::optional<std::vector<int>> found = store->rowsMatching(folded);
        QVERIFY2(found, qPrintable(store->error()));
        QCOMPARE(found->size(), expected.size());
        QVERIFY(*found == expected);
        QVERIFY(store->error().isEmpty());
    }

    // Without a current index in its snapshot the store says so, and the caller scans.
    void rowsMatchingWithoutAnIndex_data()
    {
        QTest::addColumn<QStringList>("statements"); // run on the saved file before it is opened
        QTest::addColumn<QString>("error");          // what error() then contains; empty for none
        QTest::newRow("marked stale by an edit")
            << QStringList{ u"UPDATE events SET title_en = 'Edited in QGIS' WHERE fid = 1"_s } << QString();
        QTest::newRow("schema version 4: no index")
            << QStringList{ u"DROP TABLE event_search"_s, u"DELETE FROM atlas_meta WHERE key = 'search_index'"_s,
                            u"UPDATE atlas_meta SET value = '4' WHERE key = 'schema_version'"_s }
            << QString();
        // Current by its mark, but naming a row the file does not have: not trusted.
        QTest::newRow("an index row of no event")
            << QStringList{ u"INSERT INTO event_search (rowid, text) VALUES (999999, 'التحالف')"_s }
            << u"999999"_s;
    }

    void rowsMatchingWithoutAnIndex()
    {
        QFETCH(QStringList, statements);
        QFETCH(QString, error);
        QTemporaryDir folder;
        const QString path = saved(m_bundled, folder);
        QVERIFY(!path.isEmpty());
        QVERIFY(execute(path, statements));
        auto store = opened(path);
        QVERIFY(store);
        QCOMPARE(store->hasSearchIndex(), !error.isEmpty());
        QVERIFY(!store->rowsMatching(TextFolding::fold(u"التحالف"_s)));
        QVERIFY(!store->hasSearchIndex());
        QVERIFY2(store->error().contains(error), qPrintable(store->error()));
        if (!error.isEmpty())
            QVERIFY2(store->error().contains(QDir::toNativeSeparators(path)), qPrintable(store->error()));
        // The events still read.
        QVERIFY2(store->event(0), qPrintable(store->error()));
    }

    // The store's read transaction keeps another program from writing while it is open (the file
    // is not in WAL mode): the index keeps answering for the rows it opened. The edit made once
    // the store is gone marks the index stale, and a store opened then has none.
    void rowsMatchingInTheSnapshotItOpened()
    {
        QTemporaryDir folder;
        const QString path = saved(m_bundled, folder);
        const QString edit = u"UPDATE events SET title_en = 'changed meanwhile' WHERE fid = 1"_s;
        const QString folded = TextFolding::fold(u"changed meanwhile"_s);
        auto store = opened(path);
        QVERIFY(store);
        {
            SqlConnection other(path, SqlConnection::Mode::ReadWrite, 100);
            QVERIFY(!other.exec(edit));
            QCOMPARE(other.errorCode(), 5); // SQLITE_BUSY
        }
        const auto found = store->rowsMatching(folded);
        QVERIFY2(found, qPrintable(store->error()));
        QVERIFY(found->empty());
        const auto all = store->rowsMatching(QString());
        QVERIFY(all);
        QCOMPARE(all->size(), std::size_t(store->rowCount()));
        store.reset();

        QVERIFY(execute(path, { edit }));
        auto reopened = opened(path);
        QVERIFY(reopened);
        QVERIFY(!reopened->hasSearchIndex());
        QVERIFY(!reopened->rowsMatching(folded));
    }

private:
    // Statements that give the last event the id `newId` selects, in every row that names it.
    static QStringList renamingTheLastEvent(const QString &newId)
    {
        return { u"CREATE TEMP TABLE renamed AS SELECT id AS old, (%1) AS new FROM events "
                 "WHERE fid = (SELECT max(fid) FROM events)"_s.arg(newId),
                 u"UPDATE event_places SET event_id = (SELECT new FROM renamed) WHERE event_id = (SELECT old FROM renamed)"_s,
                 u"UPDATE event_actors SET event_id = (SELECT new FROM renamed) WHERE event_id = (SELECT old FROM renamed)"_s,
                 u"UPDATE citations SET owner_id = (SELECT new FROM renamed) "
                 "WHERE owner_kind = 'event' AND owner_id = (SELECT old FROM renamed)"_s,
                 u"UPDATE conflicts SET owner_id = (SELECT new FROM renamed) "
                 "WHERE owner_kind = 'event' AND owner_id = (SELECT old FROM renamed)"_s,
                 u"UPDATE conflicts SET other_id = (SELECT new FROM renamed) WHERE other_id = (SELECT old FROM renamed)"_s,
                 u"UPDATE figures SET event_id = (SELECT new FROM renamed) WHERE event_id = (SELECT old FROM renamed)"_s,
                 u"UPDATE events SET id = (SELECT new FROM renamed) WHERE id = (SELECT old FROM renamed)"_s };
    }

    static QByteArray readAll(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    static void checkEveryEvent(const QString &path, const Dataset &dataset)
    {
        auto store = opened(path);
        QVERIFY(store);
        QCOMPARE(store->rowCount(), int(dataset.events.size()));
        for (int row = 0; row < store->rowCount(); ++row) {
            const Event &expected = dataset.events.at(row);
            QCOMPARE(store->id(row), expected.id);
            QCOMPARE(store->row(expected.id), row);
            const auto event = store->event(row);
            QVERIFY2(event, qPrintable(store->error()));
            QCOMPARE(QJsonDocument(DatasetWriter::eventJson(*event)).toJson(),
                     QJsonDocument(DatasetWriter::eventJson(expected)).toJson());
        }
        QCOMPARE(store->row(u"no-such-event"_s), -1);
        QCOMPARE(store->row(QString()), -1);
        QVERIFY(store->columns() == EventColumns(dataset));
    }

    QJsonObject m_fixtureJson;
    Dataset m_bundled;
    QTemporaryDir m_folder;
    QString m_bundledPath;   // m_bundled saved, for the search rows
    QString m_syntheticPath; // 3,000 synthetic events saved
    QString m_spacedPath;    // the same, under fids 3, 6, 9, …
};

QTEST_GUILESS_MAIN(TestProjectEventStore)
#include "tst_projecteventstore.moc"
