// SPDX-License-Identifier: GPL-3.0-or-later
#include "tst_bundledwindow.h"

#include "detailspane.h"
#include "eventmodel.h"
#include "recordtableview.h"
#include "timelineview.h"

#include <QItemSelectionModel>
#include <QTest>

using namespace Qt::StringLiterals;

/*
 * The views of the main window share one selection: clicking an event in the timeline selects
 * it in the event table and shows it in the details pane, and choosing a row in the table makes
 * the timeline highlight the same event. Driven with real mouse and keyboard events, offscreen.
 */
class TestLinkedViews : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void clickInTimelineSelectsEverywhere_data();
    void clickInTimelineSelectsEverywhere();
    void tableSelectionReachesTimelineAndDetails();

private:
    BundledWindow m_bundled;
};

void TestLinkedViews::initTestCase()
{
    BundledWindow::useTestSettings(u"tst_linkedviews"_s);
}

void TestLinkedViews::init()
{
    const QString error = m_bundled.open();
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void TestLinkedViews::cleanup()
{
    m_bundled.close();
}

void TestLinkedViews::clickInTimelineSelectsEverywhere_data()
{
    QTest::addColumn<QString>("eventId");
    QTest::newRow("Taji handover, 2020") << u"taji-handover-2020"_s;
    QTest::newRow("two-phase agreement, 2024") << u"two-phase-transition-agreement-2024"_s;
    QTest::newRow("first strikes in Syria, 2014") << u"coalition-first-strikes-syria-2014"_s;
}

void TestLinkedViews::clickInTimelineSelectsEverywhere()
{
    QFETCH(QString, eventId);
    QVERIFY2(m_bundled.document->dataset().event(eventId), qPrintable(u"no event "_s + eventId + u" in the bundled dataset"_s));
    auto *timeline = m_bundled.window->findChild<Atlas::TimelineView *>(u"timeline"_s);
    QVERIFY(timeline);

    // Show only the event's lane and zoom to its year, as a researcher would to single it out,
    // then click its marker.
    const Atlas::EventRef event = m_bundled.document->dataset().event(eventId);
    timeline->setLanes({event->category});
    timeline->setVisibleDates(event->date.earliest().addMonths(-6), event->date.latest().addMonths(6));
    QRect marker = timeline->eventRect(eventId);
    QVERIFY2(!marker.isEmpty(), "the event's marker is not drawn");
    QTest::mouseClick(timeline, Qt::LeftButton, {}, marker.center());

    QCOMPARE(m_bundled.document->currentEventId(), eventId);

    auto *table = m_bundled.window->findChild<Atlas::RecordTableView *>(u"eventTable"_s);
    QVERIFY(table);
    QCOMPARE(table->currentIndex().data(Atlas::EventModel::IdRole).toString(), eventId);
    QVERIFY(table->selectionModel()->isRowSelected(table->currentIndex().row(), {}));

    auto *details = m_bundled.window->findChild<Atlas::DetailsPane *>();
    QVERIFY(details);
    QCOMPARE(details->shownId(), eventId);
    QVERIFY(details->html().contains(event->title.en.toHtmlEscaped()));
}

void TestLinkedViews::tableSelectionReachesTimelineAndDetails()
{
    auto *table = m_bundled.window->findChild<Atlas::RecordTableView *>(u"eventTable"_s);
    auto *timeline = m_bundled.window->findChild<Atlas::TimelineView *>(u"timeline"_s);
    QVERIFY(table && timeline);
    table->setFocus();
    const QModelIndex third = table->model()->index(2, Atlas::EventModel::TitleColumn);
    table->setCurrentIndex(third);
    QTest::keyClick(table, Qt::Key_Down);

    const QString selected = table->currentIndex().data(Atlas::EventModel::IdRole).toString();
    QVERIFY(!selected.isEmpty());
    QCOMPARE(m_bundled.document->currentEventId(), selected);
    QCOMPARE(m_bundled.window->findChild<Atlas::DetailsPane *>()->shownId(), selected);
    // The timeline scrolls or zooms until the selected event is drawn.
    QTRY_VERIFY(!timeline->eventRect(selected).isEmpty());
}

QTEST_MAIN(TestLinkedViews)
#include "tst_linkedviews.moc"
