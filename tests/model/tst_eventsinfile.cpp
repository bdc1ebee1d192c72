// SPDX-License-Identifier: GPL-3.0-or-later
#include "atlasdocument.h"
#include "corpusgenerator.h"
#include "datasetloader.h"
#include "datasetsummary.h"
#include "eventfiltermodel.h"
#include "eventmodel.h"
#include "filtercriteria.h"
#include "projectfile.h"
#include "roundtripcases.h"

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
