// SPDX-License-Identifier: GPL-3.0-or-later
#include "selectionmirror.h"

#include "atlasdocument.h"
#include "eventfiltermodel.h"
#include "eventmodel.h"
#include "filtercriteria.h"
#include "recordsortmodel.h"
#include "testdataset.h"

#include <QItemSelectionModel>
#include <QMetaEnum>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace Atlas;

Q_DECLARE_METATYPE(Qt::SortOrder)

/*
 * A table sorted in its own proxy shares the document's event selection: a row chosen in the
 * table selects that very event in eventSelection(), and an event chosen elsewhere selects and
 * makes current its row in the table, for every sort column in both orders. Each change
 * crosses once: the side it came from hears nothing back.
 */
class TestSelectionMirror : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void roundTrip_data();
    void roundTrip();
    void survivesResortAndFilter();
    void clearsBothWays();

private:
    void addSortRows();
    int rowOf(const QString &eventId) const;

    std::unique_ptr<AtlasDocument> m_document;
    std::unique_ptr<RecordSortModel> m_sorted;
    std::unique_ptr<SelectionMirror> m_mirror;
};

void TestSelectionMirror::init()
{
    m_document = std::make_unique<AtlasDocument>();
    m_document->setDataset(AtlasTest::makeDataset(), u"test.json"_s, QString());
    m_sorted = std::make_unique<RecordSortModel>();
    m_sorted->setSourceModel(m_document->eventFilterModel());
    m_mirror = std::make_unique<SelectionMirror>(m_document->eventSelection(), m_sorted.get());
}

void TestSelectionMirror::cleanup()
{
    m_mirror.reset();
    m_sorted.reset();
    m_document.reset();
}

void TestSelectionMirror::addSortRows()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<Qt::SortOrder>("order");
    QTest::addColumn<QString>("eventId");
    for (int column = 0; column < EventModel::ColumnCount; ++column) {
        const char *name = QMetaEnum::fromType<EventModel::Column>().valueToKey(column);
        for (const QString &id : {u"ev-founding"_s, u"ev-raqqa"_s, u"ev-bases"_s}) {
            QTest::addRow("%s ascending, %s", name, qPrintable(id)) << column << Qt::AscendingOrder << id;
            QTest::addRow("%s descending, %s", name, qPrintable(id)) << column << Qt::DescendingOrder << id;
        }
    }
}

int TestSelectionMirror::rowOf(const QString &eventId) const
{
    for (int row = 0; row < m_sorted->rowCount(); ++row) {
        if (m_sorted->index(row, 0).data(EventModel::IdRole).toString() == eventId)
            return row;
    }
    return -1;
}

void TestSelectionMirror::roundTrip_data()
{
    addSortRows();
}

void TestSelectionMirror::roundTrip()
{
    QFETCH(int, column);
    QFETCH(Qt::SortOrder, order);
    QFETCH(QString, eventId);
    m_sorted->sort(column, order);
    QItemSelectionModel *table = m_mirror->selectionModel();
    QSignalSpy sharedChanged(m_document->eventSelection(), &QItemSelectionModel::selectionChanged);
    QSignalSpy sharedCurrent(m_document->eventSelection(), &QItemSelectionModel::currentChanged);
    QSignalSpy tableChanged(table, &QItemSelectionModel::selectionChanged);
    QSignalSpy tableCurrent(table, &QItemSelectionModel::currentChanged);

    // Table to shared, as a click on the row does it.
    int row = rowOf(eventId);
    QVERIFY(row >= 0);
    table->setCurrentIndex(m_sorted->index(row, EventModel::TitleColumn),
                           QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    QCOMPARE(m_document->currentEventId(), eventId);
    const QModelIndexList shared = m_document->eventSelection()->selectedRows();
    QCOMPARE(shared.size(), 1);
    QCOMPARE(shared.first().data(EventModel::IdRole).toString(), eventId);
    QCOMPARE(table->currentIndex().row(), row);

    // Shared to table, as the timeline or the map does it.
    const QString other = u"ev-mosul"_s; // none of the rows' events
    QVERIFY(m_document->selectEvent(other));
    row = rowOf(other);
    QCOMPARE(table->currentIndex().row(), row);
    QCOMPARE(table->currentIndex().data(EventModel::IdRole).toString(), other);
    QVERIFY(table->isRowSelected(row, {}));
    QCOMPARE(table->selectedRows().size(), 1);

    // Each change crossed once and did not come back.
    QCOMPARE(sharedChanged.count(), 2);
    QCOMPARE(sharedCurrent.count(), 2);
    QCOMPARE(tableChanged.count(), 2);
    QCOMPARE(tableCurrent.count(), 2);
}

void TestSelectionMirror::survivesResortAndFilter()
{
    m_sorted->sort(EventModel::TitleColumn, Qt::AscendingOrder);
    QVERIFY(m_document->selectEvent(u"ev-raqqa"_s));
    QSignalSpy sharedChanged(m_document->eventSelection(), &QItemSelectionModel::selectionChanged);

    // Re-sorting the table moves the row; the selection moves with it, the shared one is untouched.
    m_sorted->sort(EventModel::DateColumn, Qt::DescendingOrder);
    QCOMPARE(m_mirror->selectionModel()->currentIndex().data(EventModel::IdRole).toString(), u"ev-raqqa"_s);
    QCOMPARE(m_document->currentEventId(), u"ev-raqqa"_s);
    // Filtering keeps the selected event on both sides.
    m_document->filter()->setTimeWindow(QDate(2017, 1, 1), QDate(2019, 12, 31));
    QCOMPARE(m_mirror->selectionModel()->currentIndex().data(EventModel::IdRole).toString(), u"ev-raqqa"_s);
    QCOMPARE(m_document->currentEventId(), u"ev-raqqa"_s);
    QCOMPARE(sharedChanged.count(), 0);

    // A selection made before the mirror existed is taken over.
    SelectionMirror late(m_document->eventSelection(), m_sorted.get());
    QCOMPARE(late.selectionModel()->currentIndex().data(EventModel::IdRole).toString(), u"ev-raqqa"_s);
    QCOMPARE(late.selectionModel()->selectedRows().size(), 1);
}

void TestSelectionMirror::clearsBothWays()
{
    QVERIFY(m_document->selectEvent(u"ev-mosul"_s));
    m_mirror->selectionModel()->clearSelection();
    QVERIFY(!m_document->eventSelection()->hasSelection());
    QVERIFY(m_document->selectEvent(u"ev-mosul"_s));
    m_document->eventSelection()->clearSelection();
    QVERIFY(!m_mirror->selectionModel()->hasSelection());
}

QTEST_GUILESS_MAIN(TestSelectionMirror)
#include "tst_selectionmirror.moc"
