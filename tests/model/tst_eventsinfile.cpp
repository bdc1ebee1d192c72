// SPDX-License-Identifier: GPL-3.0-or-later
#include "atlasdocument.h"
#include "corpusgenerator.h"
#include "datasetloader.h"
#include "datasetsummary.h"
#include "eventfiltermodel.h"
#include "eventmodel.h"
#include "filtercriteria.h"
#include "projecteventstore.h"
#include "projectfile.h"
#include "roundtripcases.h"
#include "sqlconnection.h"

#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace Atlas;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(Atlas::Language)

namespace {

using Criteria = std::function<void(FilterCriteria &)>;

// Every role and column of every row the filter lets through, in its order.
QStringList shownData(const AtlasDocument &document)
{
    const EventFilterModel &proxy = *document.eventFilterModel();
    const QList<int> roles = document.eventModel()->roleNames().keys();
    QStringList lines;
    for (int row = 0; row < proxy.rowCount(); ++row) {
        for (int column = 0; column < proxy.columnCount(); ++column) {
            const QModelIndex index = proxy.index(row, column);
            QStringList values;
            for (const int role : roles)
                values.append(QString::number(role) + u'=' + index.data(role).toString()
                              + index.data(role).toStringList().join(u'|'));
            values.append(index.data(Qt::ToolTipRole).toString());
            lines.append(values.join(u';'));
        }
    }
    return lines;
}

} // namespace

/*
 * A project opened with its events left in the file (ProjectFile::load above a number of events)
 * looks the same through the document's models as one read whole: every role of every row,
 * through the same filters, in both languages; and its summary is the same.
 */
class TestEventsInFile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        DatasetLoader::Result bundled = DatasetLoader::loadFile(u":/data/coalition.json"_s);
        QVERIFY(std::holds_alternative<Dataset>(bundled));
        m_bundledPath = saved(std::get<Dataset>(bundled), u"bundled.gpkg"_s);
        AtlasBench::CorpusGenerator::Options options;
        options.eventCount = 3000;
        options.placeCount = 300;
        options.seed = 12;
        m_syntheticPath = saved(AtlasBench::CorpusGenerator::generate(options).dataset, u"synthetic.gpkg"_s);
        QVERIFY(!m_bundledPath.isEmpty() && !m_syntheticPath.isEmpty());
    }

    void modelsShowTheSame_data()
    {
        QTest::addColumn<QString>("which");
        QTest::addColumn<Language>("language");
        QTest::addColumn<Criteria>("criteria");
        const QList<std::pair<QString, Criteria>> filters{
            { u"no filter"_s, [](FilterCriteria &) {} },
            { u"a time window"_s, [](FilterCriteria &f) { f.setTimeWindow(QDate(2017, 1, 1), QDate(2019, 6, 30)); } },
            { u"lies inside"_s,
              [](FilterCriteria &f) {
                  f.setTimeWindow(QDate(2016, 3, 1), QDate(2020, 1, 1));
                  f.setWindowMatch(WindowMatch::Inside);
              } },
            { u"Arabic text"_s, [](FilterCriteria &f) { f.setQuery(u"التحالف"_s); } },
            { u"English text"_s, [](FilterCriteria &f) { f.setQuery(u"strike"_s); } },
            { u"categories and text"_s,
              [](FilterCriteria &f) {
                  f.setCategories({ u"airstrike"_s, u"attack"_s });
                  f.setQuery(u"a"_s);
              } },
        };
        for (const QString &which : { u"bundled"_s, u"synthetic"_s }) {
            for (const auto &[name, criteria] : filters) {
                QTest::addRow("%s, %s, en", qPrintable(which), qPrintable(name)) << which << Language::English << criteria;
                QTest::addRow("%s, %s, ar", qPrintable(which), qPrintable(name)) << which << Language::Arabic << criteria;
            }
        }
    }

    void modelsShowTheSame()
    {
        QFETCH(QString, which);
        QFETCH(Language, language);
        QFETCH(Criteria, criteria);
        const QString path = which == u"bundled"_s ? m_bundledPath : m_syntheticPath;
        AtlasDocument whole, inFile;
        QVERIFY(open(whole, path, std::numeric_limits<qint64>::max()));
        QVERIFY(open(inFile, path, 0));
        QVERIFY(!whole.dataset().eventStore);
        QVERIFY(inFile.dataset().eventStore);
        QVERIFY(inFile.dataset().eventStore->hasSearchIndex()); // the text rows are the index's
        for (AtlasDocument *document : { &whole, &inFile }) {
            document->setLanguage(language);
            criteria(*document->filter());
        }
        QVERIFY(whole.eventFilterModel()->rowCount() > 0);
        const QStringList expected = shownData(whole);
        const QStringList shown = shownData(inFile);
        QCOMPARE(shown.size(), expected.size());
        for (qsizetype i = 0; i < shown.size(); ++i)
            QCOMPARE(shown.at(i), expected.at(i));
        QCOMPARE(DatasetSummary::toJson(inFile.dataset()), DatasetSummary::toJson(whole.dataset()));
    }

    /*
     * The text filter of a project whose events stay in the file is answered by its search index
     * while that is current, and by reading every event once it is stale. Shown by an index entry
     * changed by hand (no trigger watches the index itself): the index finds the word put there,
     * the events do not hold it; once the index is marked stale the scan answers as in memory.
     */
    void textFilterUsesTheIndexWhileCurrent_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<bool>("stale");
        QTest::addColumn<int>("rows"); // what the project in the file shows (none in memory); -1: as in memory, some
        QTest::newRow("only in the index, current") << u"zqxindexonly"_s << false << 1;
        QTest::newRow("only in the index, stale") << u"zqxindexonly"_s << true << 0;
        QTest::newRow("Arabic, current") << u"التحالف"_s << false << -1;
        QTest::newRow("Arabic, stale") << u"التحالف"_s << true << -1;
        QTest::newRow("two terms, stale") << u"strike ir"_s << true << -1;
    }

    void textFilterUsesTheIndexWhileCurrent()
    {
        QFETCH(QString, query);
        QFETCH(bool, stale);
        QFETCH(int, rows);
        QTemporaryDir folder;
        const QString path = folder.filePath(u"تعديل.gpkg"_s);
        QVERIFY(QFile::copy(m_syntheticPath, path));
        QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner));
        {
            SqlConnection connection(path, SqlConnection::Mode::ReadWrite);
            QVERIFY(connection.exec(u"UPDATE event_search SET text = text || ' zqxindexonly' WHERE rowid = 1"_s));
            if (stale)
                QVERIFY(connection.exec(u"UPDATE atlas_meta SET value = 'stale' WHERE key = 'search_index'"_s));
        }
        AtlasDocument whole, inFile;
        QVERIFY(open(whole, path, std::numeric_limits<qint64>::max()));
        QVERIFY(open(inFile, path, 0));
        QCOMPARE(inFile.dataset().eventStore->hasSearchIndex(), !stale);
        for (AtlasDocument *document : { &whole, &inFile })
            document->filter()->setQuery(query);
        if (rows >= 0) {
            QCOMPARE(inFile.eventFilterModel()->rowCount(), rows);
            QCOMPARE(whole.eventFilterModel()->rowCount(), 0);
            return;
        }
        QVERIFY(whole.eventFilterModel()->rowCount() > 0);
        QCOMPARE(shownData(inFile), shownData(whole));
    }

    // Selecting by id reaches the row of an event the file holds.
    void selectsByIdInFile()
    {
        AtlasDocument inFile;
        QVERIFY(open(inFile, m_syntheticPath, 0));
        const QString id = inFile.dataset().eventAt(1234)->id;
        QVERIFY(inFile.selectEvent(id));
        QCOMPARE(inFile.currentEventId(), id);
        QVERIFY(!inFile.selectEvent(u"no-such-event"_s));
    }

private:
    QString saved(const Dataset &dataset, const QString &name)
    {
        const QString path = m_folder.filePath(name);
        QString error;
        if (!ProjectFile::save(dataset, path, &error)) {
            qWarning("%s", qPrintable(error));
            return {};
        }
        return path;
    }

    static bool open(AtlasDocument &document, const QString &path, qint64 eventsInFileAbove)
    {
        DatasetLoader::Result result = ProjectFile::load(path, eventsInFileAbove);
        if (!std::holds_alternative<Dataset>(result)) {
            qWarning("%s", qPrintable(AtlasTest::errorText(result)));
            return false;
        }
        document.setDataset(std::get<Dataset>(std::move(result)), path, QString());
        return true;
    }

    QTemporaryDir m_folder;
    QString m_bundledPath;
    QString m_syntheticPath;
};

QTEST_GUILESS_MAIN(TestEventsInFile)
#include "tst_eventsinfile.moc"
