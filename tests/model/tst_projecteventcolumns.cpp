// SPDX-License-Identifier: GPL-3.0-or-later
#include "corpusgenerator.h"
#include "datasetloader.h"
#include "datasetsummary.h"
#include "eventcolumns.h"
#include "projecteventcolumns.h"
#include "projectfile.h"
#include "sqlconnection.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Atlas;
using namespace Qt::StringLiterals;

/*
 * ProjectEventColumns reads a saved project's events into exactly the columns EventColumns builds
 * from the Dataset itself (the bundled dataset, a synthetic corpus with every date form, none),
 * and refuses, naming the row, what a foreign edit made unreadable in step; the project's
 * summary (--info) made from them equals the loaded dataset's.
 */
class TestProjectEventColumns : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        DatasetLoader::Result bundled = DatasetLoader::loadFile(u":/data/coalition.json"_s);
        QVERIFY(std::holds_alternative<Dataset>(bundled));
        m_bundled = std::get<Dataset>(std::move(bundled));
    }

    void sameColumnsAsTheDataset_data()
    {
        QTest::addColumn<Dataset>("dataset");
        QTest::newRow("bundled") << m_bundled;
        AtlasBench::CorpusGenerator::Options options;
        options.eventCount = 3000;
        options.placeCount = 300;
        options.seed = 77;
        QTest::newRow("synthetic 3,000") << AtlasBench::CorpusGenerator::generate(options).dataset;
        // The last bound's text depends on the precision: a week is named by its first day.
        Dataset weekLast = m_bundled;
        weekLast.events[0].date = FuzzyDate{ QDate(2030, 1, 7), QDate(), DatePrecision::Week, false, QString() };
        QTest::newRow("a week last") << weekLast;
        Dataset rangeLast = m_bundled;
        rangeLast.events[1].date = FuzzyDate{ QDate(2013, 5, 1), QDate(2031, 2, 1), DatePrecision::Month, true, u"x"_s };
        QTest::newRow("a month range first and last") << rangeLast;
        Dataset empty = m_bundled;
        empty.events.clear();
        empty.figures.clear();
        empty.buildIndex();
        QTest::newRow("no events") << empty;
    }

    void sameColumnsAsTheDataset()
    {
        QFETCH(Dataset, dataset);
        QTemporaryDir folder;
        const QString path = saved(dataset, folder);
        QVERIFY(!path.isEmpty());
        QString error;

        SqlConnection connection(path, SqlConnection::Mode::ReadOnly);
        const auto read = ProjectEventColumns::read(connection, &error);
        QVERIFY2(read, qPrintable(error));
        const EventColumns expected(dataset);
        QCOMPARE(read->columns.rowCount(), expected.rowCount());
        QVERIFY(read->columns == expected);
        QStringList ids;
        for (const Event &event : dataset.events)
            ids.append(event.id);
        QCOMPARE(read->ids, ids);
        QCOMPARE(qsizetype(read->fids.size()), dataset.events.size());
        QVERIFY(std::is_sorted(read->fids.begin(), read->fids.end()));
        QVERIFY(std::adjacent_find(read->fids.begin(), read->fids.end()) == read->fids.end());
    }

    // --info of a project, from its tables and columns, says what the loaded dataset's says.
    void summaryEqualsTheDatasets_data() { sameColumnsAsTheDataset_data(); }
    void summaryEqualsTheDatasets()
    {
        QFETCH(Dataset, dataset);
        QTemporaryDir folder;
        const QString path = saved(dataset, folder);
        QVERIFY(!path.isEmpty());
        const auto summary = ProjectFile::summary(path);
        QVERIFY(std::holds_alternative<QJsonObject>(summary));
        QCOMPARE(std::get<QJsonObject>(summary), DatasetSummary::toJson(dataset));
        // Both of those go through the columns: the dates again, from the events themselves.
        const Event *first = nullptr, *last = nullptr;
        for (const Event &event : dataset.events) {
            if (!first || event.date.earliest() < first->date.earliest())
                first = &event;
            if (!last || event.date.latest() > last->date.latest())
                last = &event;
        }
        const QJsonObject object = std::get<QJsonObject>(summary);
        QCOMPARE(object.value(u"first_date"_s).toString(),
                 first ? FuzzyDate::isoText(first->date.start, first->date.precision) : QString());
        QCOMPARE(object.value(u"last_date"_s).toString(),
                 last ? FuzzyDate::isoText(last->date.isRange() ? last->date.end : last->date.start, last->date.precision)
                      : QString());
    }

    void summaryNamesWhatIsWrong_data()
    {
        QTest::addColumn<QString>("edit"); // SQL on a saved bundled project; empty: no file at all
        QTest::addColumn<QString>("expected");
        QTest::newRow("no file") << QString() << u"no such file"_s;
        QTest::newRow("newer schema") << u"UPDATE atlas_meta SET value = '99' WHERE key = 'schema_version'"_s
                                      << u"schema version 99"_s;
        QTest::newRow("no events table") << u"DROP TABLE events"_s << u"events"_s;
        QTest::newRow("bad precision") << u"UPDATE events SET date_precision = 'fortnight' WHERE fid = 3"_s
                                       << u"fortnight"_s;
    }

    void summaryNamesWhatIsWrong()
    {
        QFETCH(QString, edit);
        QFETCH(QString, expected);
        QTemporaryDir folder;
        const QString path = folder.filePath(u"project.gpkg"_s);
        if (!edit.isEmpty()) {
            QString error;
            QVERIFY(ProjectFile::save(m_bundled, path, &error));
            SqlConnection connection(path, SqlConnection::Mode::ReadWrite);
            QVERIFY2(connection.exec(edit), qPrintable(connection.errorText()));
        }
        const auto summary = ProjectFile::summary(path);
        const auto *problems = std::get_if<QList<LoadError>>(&summary);
        QVERIFY(problems);
        QStringList texts;
        for (const LoadError &problem : *problems)
            texts.append(problem.toString());
        const QString text = texts.join(u'\n');
        QVERIFY2(text.contains(expected), qPrintable(text));
        QVERIFY2(text.contains(u"project.gpkg"_s), qPrintable(text));
    }

    // Guards the comparison above: a changed field in the file makes the columns differ.
    void aChangedDateDiffers()
    {
        QTemporaryDir folder;
        const QString path = saved(m_bundled, folder);
        QVERIFY(!path.isEmpty());
        QString error;
        {
            SqlConnection connection(path, SqlConnection::Mode::ReadWrite);
            QVERIFY(connection.exec(u"UPDATE events SET date_start = '2015', date_end = NULL, date_precision = 'year' "
                                    "WHERE fid = 5"_s));
        }
        SqlConnection connection(path, SqlConnection::Mode::ReadOnly);
        const auto read = ProjectEventColumns::read(connection, &error);
        QVERIFY2(read, qPrintable(error));
        QVERIFY(!(read->columns == EventColumns(m_bundled)));
        QCOMPARE(read->columns.precision(4), DatePrecision::Year);
        QCOMPARE(read->columns.earliestDay(4), qint32(QDate(2015, 1, 1).toJulianDay()));
        QCOMPARE(read->columns.latestDay(4), qint32(QDate(2015, 12, 31).toJulianDay()));
    }

    void refusesWhatItCannotRead_data()
    {
        QTest::addColumn<QString>("edit");
        QTest::addColumn<QStringList>("expected"); // parts of the message
        QTest::newRow("precision") << u"UPDATE events SET date_precision = 'fortnight' WHERE fid = 3"_s
                                   << QStringList{ u"events (fid 3"_s, u"fortnight"_s };
        QTest::newRow("month 13") << u"UPDATE events SET date_start = '2014-13-01' WHERE fid = 2"_s
                                  << QStringList{ u"events (fid 2"_s, u"2014-13-01"_s };
        QTest::newRow("end not a date") << u"UPDATE events SET date_end = 'soon' WHERE fid = 4"_s
                                        << QStringList{ u"events (fid 4"_s, u"soon"_s };
        QTest::newRow("unknown place") << u"UPDATE event_places SET place_id = 'nowhere' WHERE fid = 1"_s
                                       << QStringList{ u"events (fid 1"_s, u"nowhere"_s };
        QTest::newRow("ordinal out of step") << u"UPDATE event_places SET ordinal = 5 WHERE fid = 1"_s
                                             << QStringList{ u"events (fid 1"_s, u"order"_s };
        QTest::newRow("unknown owner") << u"UPDATE event_actors SET event_id = 'ghost' WHERE fid = 1"_s
                                       << QStringList{ u"\"ghost\""_s };
        QTest::newRow("citation of no event") << u"UPDATE citations SET owner_id = 'ghost' WHERE owner_kind = 'event' "
                                                 "AND fid = (SELECT max(fid) FROM citations WHERE owner_kind = 'event')"_s
                                              << QStringList{ u"\"ghost\""_s };
        QTest::newRow("rows moved") << u"UPDATE event_actors SET fid = fid + 100000 WHERE fid = 1"_s
                                    << QStringList{ u"order"_s };
    }

    void refusesWhatItCannotRead()
    {
        QFETCH(QString, edit);
        QFETCH(QStringList, expected);
        QTemporaryDir folder;
        const QString path = saved(m_bundled, folder);
        QVERIFY(!path.isEmpty());
        QString error;
        {
            SqlConnection connection(path, SqlConnection::Mode::ReadWrite);
            QVERIFY2(connection.exec(edit), qPrintable(connection.errorText()));
        }
        SqlConnection connection(path, SqlConnection::Mode::ReadOnly);
        const auto read = ProjectEventColumns::read(connection, &error);
        QVERIFY(!read);
        for (const QString &part : std::as_const(expected))
            QVERIFY2(error.contains(part), qPrintable(error));
    }

private:
    // The dataset saved as a project in `folder`; empty (and a warning) when the save failed.
    static QString saved(const Dataset &dataset, const QTemporaryDir &folder)
    {
        const QString path = folder.filePath(u"project.gpkg"_s);
        QString error;
        if (!ProjectFile::save(dataset, path, &error)) {
            qWarning("%s", qPrintable(error));
            return {};
        }
        return path;
    }

    Dataset m_bundled;
};

QTEST_GUILESS_MAIN(TestProjectEventColumns)
#include "tst_projecteventcolumns.moc"
