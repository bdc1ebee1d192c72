// SPDX-License-Identifier: GPL-3.0-or-later
#include "atlasdocument.h"
#include "eventfiltermodel.h"
#include "eventmodel.h"
#include "figurefiltermodel.h"
#include "figuremodel.h"
#include "filtercriteria.h"
#include "placemodel.h"
#include "sourcemodel.h"
#include "testdataset.h"

#include <QItemSelectionModel>
#include <QSignalSpy>
#include <QTest>

using namespace Atlas;

namespace {

// Stands in for a view (timeline, table, map): follows the shared selection model and selects
// through it, as the real views do, and remembers what it was told.
class SelectionFollower : public QObject
{
public:
    explicit SelectionFollower(QItemSelectionModel *selection)
        : m_selection(selection)
    {
        connect(selection, &QItemSelectionModel::currentChanged, this,
                [this](const QModelIndex &current) { m_current = current.data(EventModel::IdRole).toString(); });
    }

    void click(int proxyRow)
    {
        const QModelIndex index = m_selection->model()->index(proxyRow, EventModel::TitleColumn);
        m_selection->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    }

    QString current() const { return m_current; }
    QStringList selectedIds() const
    {
        QStringList ids;
        for (const QModelIndex &index : m_selection->selectedRows())
            ids.append(index.data(EventModel::IdRole).toString());
        return ids;
    }

private:
    QItemSelectionModel *m_selection;
    QString m_current;
};

} // namespace

class TestAtlasDocument : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_document = std::make_unique<AtlasDocument>();
        m_document->setDataset(AtlasTest::makeDataset(), u"test"_s, u"/data/sources"_s);
    }

    void cleanup() { m_document.reset(); }

    void ownsTheObjectGraph()
    {
        QCOMPARE(m_document->eventFilterModel()->sourceModel(), m_document->eventModel());
        QCOMPARE(m_document->figureFilterModel()->sourceModel(), m_document->figureModel());
        QCOMPARE(m_document->eventSelection()->model(), m_document->eventFilterModel());
        QCOMPARE(m_document->figureSelection()->model(), m_document->figureFilterModel());
        QCOMPARE(m_document->eventModel()->rowCount(), 6);
        QCOMPARE(m_document->figureModel()->rowCount(), 3);
        QCOMPARE(m_document->placeModel()->rowCount(), 6);
        QCOMPARE(m_document->sourceModel()->rowCount(), 2);
        QCOMPARE(m_document->origin(), u"test"_s);
        QCOMPARE(m_document->sourceModel()->articlePath(u"src-afp"_s), u"/data/sources/001_037562c013cbc5d0.txt"_s);
        QCOMPARE(AtlasDocument::bundledDatasetPath(), u":/data/coalition.json"_s);
        QCOMPARE(AtlasDocument::bundledArticleDirectory(), u":/data/sources"_s);
    }

    void selectionIsSharedBetweenViews_data()
    {
        QTest::addColumn<int>("clickedRow");
        QTest::newRow("first") << 0;
        QTest::newRow("last") << 5;
        QTest::newRow("middle") << 3;
    }

    void selectionIsSharedBetweenViews()
    {
        QFETCH(int, clickedRow);
        SelectionFollower timeline(m_document->eventSelection());
        SelectionFollower table(m_document->eventSelection());
        timeline.click(clickedRow);
        const QString id = m_document->eventFilterModel()->index(clickedRow, 0).data(EventModel::IdRole).toString();
        QCOMPARE(table.current(), id);
        QCOMPARE(table.selectedIds(), QStringList{id});
        QCOMPARE(m_document->currentEventId(), id);
    }

    void selectEvent_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("eventId");
        QTest::addColumn<bool>("selected");
        QTest::newRow("known") << QString() << u"ev-baghouz"_s << true;
        QTest::newRow("unknown") << QString() << u"ev-none"_s << false;
        QTest::newRow("filtered out") << u"الموصل"_s << u"ev-baghouz"_s << false;
        QTest::newRow("passes the filter") << u"الباغوز"_s << u"ev-baghouz"_s << true;
    }

    void selectEvent()
    {
        QFETCH(QString, query);
        QFETCH(QString, eventId);
        QFETCH(bool, selected);
        SelectionFollower map(m_document->eventSelection());
        m_document->selectEvent(u"ev-mosul"_s);
        m_document->filter()->setQuery(query);
        QCOMPARE(m_document->selectEvent(eventId), selected);
        QCOMPARE(m_document->currentEventId(), selected ? eventId : QString());
        QCOMPARE(map.selectedIds(), selected ? QStringList{eventId} : QStringList());
        if (selected) {
            // The whole row is selected, not one cell.
            const QModelIndex current = m_document->eventSelection()->currentIndex();
            QVERIFY(m_document->eventSelection()->isRowSelected(current.row()));
            QCOMPARE(m_document->eventSelection()->selectedIndexes().size(), int(EventModel::ColumnCount));
        }
    }

    void selectFigure()
    {
        QVERIFY(m_document->selectFigure(u"fig-attacks"_s));
        QCOMPARE(m_document->currentFigureId(), u"fig-attacks"_s);
        QVERIFY(!m_document->selectFigure(u"fig-none"_s));
        QCOMPARE(m_document->currentFigureId(), QString());
        QVERIFY(!m_document->figureSelection()->hasSelection());
    }

    void filterAppliesToFiguresThroughEvents()
    {
        m_document->filter()->setCategories({u"assessment"_s});
        // fig-attacks belongs to an assessment event; fig-fighters has no event and stays.
        QStringList ids;
        for (int row = 0; row < m_document->figureFilterModel()->rowCount(); ++row)
            ids.append(m_document->figureFilterModel()->index(row, 0).data(FigureModel::IdRole).toString());
        ids.sort();
        QCOMPARE(ids, (QStringList{u"fig-attacks"_s, u"fig-fighters"_s}));
        m_document->filter()->setTimeWindow(QDate(2024, 1, 1), QDate());
        QCOMPARE(m_document->figureFilterModel()->rowCount(), 0);
    }

    void setDatasetResets()
    {
        m_document->filter()->setQuery(u"الباغوز"_s);
        QVERIFY(m_document->selectEvent(u"ev-baghouz"_s));
        QSignalSpy changed(m_document.get(), &AtlasDocument::datasetChanged);
        QSignalSpy reset(m_document->eventModel(), &QAbstractItemModel::modelReset);

        Dataset smaller = AtlasTest::makeDataset();
        smaller.events.removeLast();
        m_document->setDataset(std::move(smaller), u"other.json"_s, u"/elsewhere"_s);

        QCOMPARE(changed.count(), 1);
        QVERIFY(reset.count() >= 1);
        QVERIFY(m_document->filter()->state().isEmpty());
        QCOMPARE(m_document->filter()->state().query(), QString());
        QVERIFY(!m_document->eventSelection()->hasSelection());
        QCOMPARE(m_document->currentEventId(), QString());
        QCOMPARE(m_document->eventFilterModel()->rowCount(), 5);
        QCOMPARE(m_document->origin(), u"other.json"_s);
        QVERIFY(m_document->dataset().event(u"ev-mosul"_s));
        QVERIFY(!m_document->dataset().event(u"ev-bases"_s));
    }

    void languagePropagatesAndKeepsDateOrder()
    {
        QSignalSpy changed(m_document.get(), &AtlasDocument::languageChanged);
        const auto shownIds = [this] {
            QStringList ids;
            for (int row = 0; row < m_document->eventFilterModel()->rowCount(); ++row)
                ids.append(m_document->eventFilterModel()->index(row, 0).data(EventModel::IdRole).toString());
            return ids;
        };
        const QStringList chronological = shownIds();
        QCOMPARE(chronological.first(), u"ev-founding"_s);
        QVERIFY(m_document->selectEvent(u"ev-mosul"_s));
        m_document->setLanguage(Language::Arabic);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(m_document->eventModel()->language(), Language::Arabic);
        QCOMPARE(m_document->figureModel()->language(), Language::Arabic);
        QCOMPARE(m_document->placeModel()->indexOf(u"tanf"_s).data().toString(), u"التنف"_s);
        QCOMPARE(m_document->sourceModel()->indexOf(u"src-afp"_s).data(SourceModel::OutletRole).toString(), u"فرانس برس"_s);
        // The shared proxy stays in date order in either language, and the selection stays.
        QCOMPARE(shownIds(), chronological);
        QCOMPARE(m_document->currentEventId(), u"ev-mosul"_s);
        m_document->setLanguage(Language::English);
        QCOMPARE(shownIds(), chronological);
        QCOMPARE(m_document->currentEventId(), u"ev-mosul"_s);
    }

private:
    std::unique_ptr<AtlasDocument> m_document;
};

QTEST_GUILESS_MAIN(TestAtlasDocument)
#include "tst_atlasdocument.moc"
