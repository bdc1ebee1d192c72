// SPDX-License-Identifier: GPL-3.0-or-later
#include "timelineview.h"

#include "atlasdocument.h"
#include "eventfiltermodel.h"
#include "eventmodel.h"
#include "corpusgenerator.h"
#include "filtercriteria.h"
#include "projecteventstore.h"
#include "projectfile.h"
#include "timelinerenderer.h"
#include "tst_timelinedata.h"

#include <QFontMetricsF>
#include <QItemSelectionModel>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QToolTip>
#include <QWheelEvent>

#include <memory>

using namespace Qt::StringLiterals;
using Atlas::TimelineView;

Q_DECLARE_METATYPE(Qt::LayoutDirection)
Q_DECLARE_METATYPE(Atlas::Language)

class TestTimelineView : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Atlas::AtlasDocument> m_document;
    std::unique_ptr<TimelineView> m_view;

    QStringList selectedIds() const
    {
        QStringList ids;
        for (const QModelIndex &index : m_document->eventSelection()->selectedRows())
            ids.append(index.data(Atlas::EventModel::IdRole).toString());
        return ids;
    }

    void sendMouse(QEvent::Type type, QPointF pos, Qt::MouseButton button, Qt::MouseButtons buttons)
    {
        QMouseEvent event(type, pos, m_view->mapToGlobal(pos), button, buttons, Qt::NoModifier);
        QApplication::sendEvent(m_view.get(), &event);
    }

private Q_SLOTS:
    void init()
    {
        m_document = std::make_unique<Atlas::AtlasDocument>();
        m_document->setDataset(TimelineTestData::dataset(), u"test"_s, QString());
        m_view = std::make_unique<TimelineView>(m_document.get());
        m_view->resize(1100, 640);
        m_view->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    }
    void cleanup()
    {
        m_view.reset();
        m_document.reset();
    }

    void accessibleName()
    {
        QVERIFY(!m_view->accessibleName().isEmpty());
        QCOMPARE(m_view->focusPolicy(), Qt::StrongFocus);
    }

    // An event's tooltip names it in the UI language first and in the other language after.
    void toolTipLeadsWithTheUiLanguage_data()
    {
        QTest::addColumn<Atlas::Language>("language");
        QTest::newRow("ar") << Atlas::Language::Arabic;
        QTest::newRow("en") << Atlas::Language::English;
    }
    void toolTipLeadsWithTheUiLanguage()
    {
        QFETCH(Atlas::Language, language);
        m_document->setLanguage(language);
        const QRect rect = m_view->eventRect(u"progress"_s);
        QVERIFY(!rect.isEmpty());
        QHelpEvent help(QEvent::ToolTip, rect.center(), m_view->mapToGlobal(rect.center()));
        QApplication::sendEvent(m_view.get(), &help);
        const QString tip = QToolTip::text();
        const qsizetype arabic = tip.indexOf(u"التحالف يحقق تقدمًا كبيرًا ضد التنظيم"_s);
        const qsizetype english = tip.indexOf(u"The coalition reports great progress"_s);
        QVERIFY2(arabic >= 0 && english >= 0, qPrintable(tip));
        QCOMPARE(arabic < english, language == Atlas::Language::Arabic);
        QToolTip::hideText();
    }

    void clickSelects_data()
    {
        QTest::addColumn<Qt::LayoutDirection>("direction");
        QTest::addColumn<QString>("eventId");
        for (Qt::LayoutDirection direction : {Qt::LeftToRight, Qt::RightToLeft}) {
            const char *name = direction == Qt::LeftToRight ? "ltr" : "rtl";
            for (const char *id : {"progress", "agreement", "bases", "patrol"})
                QTest::addRow("%s %s", name, id) << direction << QString::fromLatin1(id);
        }
    }
    void clickSelects()
    {
        QFETCH(Qt::LayoutDirection, direction);
        QFETCH(QString, eventId);
        m_view->setLayoutDirection(direction);
        const QRect rect = m_view->eventRect(eventId);
        QVERIFY2(!rect.isEmpty(), qPrintable(eventId));
        QTest::mouseClick(m_view.get(), Qt::LeftButton, Qt::NoModifier, rect.center());
        QCOMPARE(selectedIds(), QStringList{eventId});
        QCOMPARE(m_document->currentEventId(), eventId);

        // A click on empty space clears the selection.
        QTest::mouseClick(m_view.get(), Qt::LeftButton, Qt::NoModifier, QPoint(m_view->width() / 2, m_view->height() - 80));
        QVERIFY(selectedIds().isEmpty());
    }

    // A click on a badge zooms so that every event it stood for lies inside the view, titles
    // too, with a margin at both edges; no badge ever stands for a single event.
    void badgeClickShowsItsEvents_data()
    {
        QTest::addColumn<Atlas::Language>("language");
        QTest::addColumn<int>("crowd");
        QTest::newRow("ar, 14 on a day") << Atlas::Language::Arabic << 14;
        QTest::newRow("en, 14 on a day") << Atlas::Language::English << 14;
        QTest::newRow("ar, 40 on a day") << Atlas::Language::Arabic << 40;
        QTest::newRow("en, 40 on a day") << Atlas::Language::English << 40;
    }
    void badgeClickShowsItsEvents()
    {
        QFETCH(Atlas::Language, language);
        QFETCH(int, crowd);
        Atlas::Dataset dataset = TimelineTestData::dataset();
        QStringList crowdIds;
        for (int i = 0; i < crowd; ++i) {
            crowdIds.append(u"crowd-%1"_s.arg(i));
            dataset.events.append(TimelineTestData::event(crowdIds.last(), TimelineTestData::date(2019, 3, 23 + i % 2),
                                                          u"territorial_change"_s, u"استعادة الباغوز، تقرير %1"_s.arg(i),
                                                          u"Baghuz retaken, report %1"_s.arg(i), u"src-0"_s));
        }
        dataset.buildIndex();
        m_document->setDataset(dataset, u"test"_s, QString());
        m_document->setLanguage(language);
        const bool rtl = language == Atlas::Language::Arabic;
        m_view->setLayoutDirection(rtl ? Qt::RightToLeft : Qt::LeftToRight);
        m_view->resize(1024, 500);
        m_view->setLanes({u"territorial_change"_s});
        m_view->fitAll();

        // The badge: below the crowd's drawn events, found by its tooltip.
        const double crowdX = m_view->scale().xForDate(QDate(2019, 3, 24));
        QPoint badge;
        for (int y = 0; y < m_view->height() && badge.isNull(); y += 3) {
            for (int dx : {4, 20, 40}) {
                const QPoint at(int(crowdX + (rtl ? -dx : dx)), y);
                QHelpEvent help(QEvent::ToolTip, at, m_view->mapToGlobal(at));
                QApplication::sendEvent(m_view.get(), &help);
                const QString tip = QToolTip::text();
                if (tip.contains(rtl ? u"استعادة الباغوز"_s : u"Baghuz retaken"_s) && tip.count(u"<br/>"_s) > 2) {
                    badge = at;
                    break;
                }
            }
        }
        QToolTip::hideText();
        QVERIFY2(!badge.isNull(), "the crowd makes a badge");
        QTest::mouseClick(m_view.get(), Qt::LeftButton, Qt::NoModifier, badge);

        const QFontMetricsF metrics(m_view->font(), m_view.get());
        const Atlas::TimelineScale &scale = m_view->scale();
        int drawn = 0;
        for (int i = 0; i < crowd; ++i) {
            const double x = scale.xForDate(TimelineTestData::date(2019, 3, 23 + i % 2).start) + scale.pixelsPerDay() / 2;
            QVERIFY2(x >= 20 && x <= m_view->width() - 20, qPrintable(u"%1 at %2"_s.arg(crowdIds.at(i)).arg(x)));
            const QRect marker = m_view->eventRect(crowdIds.at(i));
            if (marker.isEmpty())
                continue; // still in a (smaller) badge
            ++drawn;
            const QString title = rtl ? u"استعادة الباغوز، تقرير %1"_s.arg(i) : u"Baghuz retaken, report %1"_s.arg(i);
            const double titleEnd = rtl ? marker.left() - metrics.horizontalAdvance(title) : marker.right() + metrics.horizontalAdvance(title);
            QVERIFY2(titleEnd >= 0 && titleEnd <= m_view->width(), qPrintable(u"%1's title ends at %2"_s.arg(crowdIds.at(i)).arg(titleEnd)));
        }
        QVERIFY(drawn >= 2);
    }

    // A narrow view keeps its legend to two rows: shortened names give their whole name in the
    // tooltip, and lanes with no room left are listed by the "+N more" entry. None is lost.
    void compactLegendLosesNoLane_data()
    {
        QTest::addColumn<Atlas::Language>("language");
        QTest::addColumn<int>("width");
        for (const auto language : {Atlas::Language::English, Atlas::Language::Arabic}) {
            const char *name = language == Atlas::Language::English ? "en" : "ar";
            for (const int width : {1100, 520, 300})
                QTest::addRow("%s %d", name, width) << language << width;
        }
    }
    void compactLegendLosesNoLane()
    {
        QFETCH(Atlas::Language, language);
        QFETCH(int, width);
        m_document->setLanguage(language);
        m_view->setLayoutDirection(language == Atlas::Language::Arabic ? Qt::RightToLeft : Qt::LeftToRight);
        m_view->resize(width, 640);
        const QList<Atlas::TimelineRenderer::LegendEntry> entries = m_view->legendEntries();
        QSet<double> rows;
        QStringList accounted;
        for (const Atlas::TimelineRenderer::LegendEntry &entry : entries) {
            rows.insert(entry.rect.top());
            QVERIFY(entry.rect.left() >= 0 && entry.rect.right() <= width);
            const QPoint at = entry.rect.center().toPoint();
            QHelpEvent help(QEvent::ToolTip, at, m_view->mapToGlobal(at));
            QApplication::sendEvent(m_view.get(), &help);
            const QString tip = QToolTip::text();
            if (entry.kind == Atlas::TimelineRenderer::LegendEntry::Category) {
                accounted.append(entry.category);
                if (entry.elided) {
                    QString whole;
                    for (int row = 0; row < m_document->eventModel()->rowCount() && whole.isEmpty(); ++row) {
                        const QModelIndex index = m_document->eventModel()->index(row, 0);
                        if (index.data(Atlas::EventModel::CategoryRole).toString() == entry.category)
                            whole = index.data(Atlas::EventModel::CategoryTextRole).toString();
                    }
                    QVERIFY(!whole.isEmpty());
                    QVERIFY2(tip.contains(whole.toHtmlEscaped()), qPrintable(tip));
                }
            } else if (entry.kind == Atlas::TimelineRenderer::LegendEntry::More) {
                QVERIFY(!entry.moreCategories.isEmpty());
                accounted.append(entry.moreCategories);
                QVERIFY2(tip.count(u"<br/>"_s) >= entry.moreCategories.size(), qPrintable(tip));
            }
        }
        QToolTip::hideText();
        QVERIFY2(rows.size() <= 2, qPrintable(QString::number(rows.size())));
        QStringList categories = m_view->categories();
        categories.sort();
        accounted.sort();
        QCOMPARE(accounted, categories);
    }

    void mirroredInRtl_data()
    {
        QTest::addColumn<Qt::LayoutDirection>("direction");
        QTest::addColumn<TimelineView::AxisDirection>("axis");
        QTest::addColumn<bool>("earliestOnLeft");
        QTest::newRow("ltr") << Qt::LeftToRight << TimelineView::AxisDirection::FollowLayout << true;
        QTest::newRow("rtl follows layout") << Qt::RightToLeft << TimelineView::AxisDirection::FollowLayout << false;
        QTest::newRow("rtl, always ltr axis") << Qt::RightToLeft << TimelineView::AxisDirection::AlwaysLeftToRight << true;
    }
    void mirroredInRtl()
    {
        QFETCH(Qt::LayoutDirection, direction);
        QFETCH(TimelineView::AxisDirection, axis);
        QFETCH(bool, earliestOnLeft);
        m_view->setLayoutDirection(direction);
        m_view->setAxisDirection(axis);
        const QRect launch = m_view->eventRect(u"launch"_s);
        const QRect agreement = m_view->eventRect(u"agreement"_s);
        QVERIFY(!launch.isEmpty() && !agreement.isEmpty());
        QCOMPARE(launch.center().x() < agreement.center().x(), earliestOnLeft);
    }

    void keyboardSteps_data()
    {
        QTest::addColumn<Qt::LayoutDirection>("direction");
        QTest::addColumn<QString>("start");
        QTest::addColumn<int>("key");
        QTest::addColumn<QString>("expected");
        QTest::newRow("ltr right is later") << Qt::LeftToRight << u"launch"_s << int(Qt::Key_Right) << u"offensive"_s;
        QTest::newRow("ltr left is earlier") << Qt::LeftToRight << u"launch"_s << int(Qt::Key_Left) << u"founding"_s;
        QTest::newRow("rtl right is earlier") << Qt::RightToLeft << u"launch"_s << int(Qt::Key_Right) << u"founding"_s;
        QTest::newRow("rtl left is later") << Qt::RightToLeft << u"launch"_s << int(Qt::Key_Left) << u"offensive"_s;
        QTest::newRow("same day, by id") << Qt::LeftToRight << u"agreement"_s << int(Qt::Key_Right) << u"troops"_s;
        QTest::newRow("across years") << Qt::LeftToRight << u"bases"_s << int(Qt::Key_Right) << u"patrol"_s;
        QTest::newRow("stays at the end") << Qt::LeftToRight << u"phase-two"_s << int(Qt::Key_Right) << u"phase-two"_s;
        QTest::newRow("home") << Qt::LeftToRight << u"decline"_s << int(Qt::Key_Home) << u"founding"_s;
        QTest::newRow("end") << Qt::LeftToRight << u"decline"_s << int(Qt::Key_End) << u"phase-two"_s;
    }
    void keyboardSteps()
    {
        QFETCH(Qt::LayoutDirection, direction);
        QFETCH(QString, start);
        QFETCH(int, key);
        QFETCH(QString, expected);
        m_view->setLayoutDirection(direction);
        QVERIFY(m_document->selectEvent(start));
        QTest::keyClick(m_view.get(), Qt::Key(key));
        QCOMPARE(m_document->currentEventId(), expected);
        QCOMPARE(selectedIds(), QStringList{expected});
    }

    void enterActivates()
    {
        QSignalSpy spy(m_view.get(), &TimelineView::activated);
        QVERIFY(m_document->selectEvent(u"decline"_s));
        QTest::keyClick(m_view.get(), Qt::Key_Return);
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.at(0).at(0).toString(), u"decline"_s);
        // Double-clicking an event opens it too.
        const QRect rect = m_view->eventRect(u"progress"_s);
        QTest::mouseDClick(m_view.get(), Qt::LeftButton, Qt::NoModifier, rect.center());
        QCOMPARE(spy.count(), 2);
        QCOMPARE(spy.at(1).at(0).toString(), u"progress"_s);
    }

    void wheelZooms_data()
    {
        QTest::addColumn<Qt::LayoutDirection>("direction");
        QTest::addColumn<int>("delta");
        QTest::addColumn<double>("x");
        QTest::newRow("ltr in") << Qt::LeftToRight << 120 << 300.0;
        QTest::newRow("ltr in twice as far") << Qt::LeftToRight << 240 << 800.0;
        QTest::newRow("rtl in") << Qt::RightToLeft << 120 << 300.0;
        QTest::newRow("ltr out after zooming in") << Qt::LeftToRight << -120 << 500.0;
    }
    void wheelZooms()
    {
        QFETCH(Qt::LayoutDirection, direction);
        QFETCH(int, delta);
        QFETCH(double, x);
        m_view->setLayoutDirection(direction);
        if (delta < 0)
            m_view->setVisibleDates(QDate(2018, 1, 1), QDate(2019, 12, 31));
        const double spanBefore = m_view->scale().spanDays();
        const double dayBefore = m_view->scale().dayForX(x);
        const QPointF pos(x, 300);
        QWheelEvent wheel(pos, m_view->mapToGlobal(pos), QPoint(), QPoint(0, delta), Qt::NoButton, Qt::NoModifier,
                          Qt::NoScrollPhase, false);
        QApplication::sendEvent(m_view.get(), &wheel);
        const double expectedSpan = spanBefore / std::pow(2.0, delta / 480.0);
        QVERIFY2(qAbs(m_view->scale().spanDays() - expectedSpan) < 1e-6,
                 qPrintable(u"span %1, expected %2"_s.arg(m_view->scale().spanDays()).arg(expectedSpan)));
        QVERIFY(qAbs(m_view->scale().dayForX(x) - dayBefore) < 1e-6);
    }

    void keysZoom()
    {
        const double span = m_view->scale().spanDays();
        QTest::keyClick(m_view.get(), Qt::Key_Plus);
        QVERIFY(m_view->scale().spanDays() < span);
        QTest::keyClick(m_view.get(), Qt::Key_Minus);
        QVERIFY(qAbs(m_view->scale().spanDays() - span) < 1e-6);
        m_view->zoomIn();
        m_view->zoomIn();
        m_view->fitAll();
        QVERIFY(qAbs(m_view->scale().spanDays() - span) < 1e-6);
    }

    void dragPans()
    {
        m_view->setVisibleDates(QDate(2018, 1, 1), QDate(2019, 12, 31));
        const double firstBefore = m_view->scale().firstDay();
        const double dayAtStart = m_view->scale().dayForX(400);
        sendMouse(QEvent::MouseButtonPress, QPointF(400, 300), Qt::LeftButton, Qt::LeftButton);
        sendMouse(QEvent::MouseMove, QPointF(450, 300), Qt::NoButton, Qt::LeftButton);
        sendMouse(QEvent::MouseMove, QPointF(600, 300), Qt::NoButton, Qt::LeftButton);
        sendMouse(QEvent::MouseButtonRelease, QPointF(600, 300), Qt::LeftButton, Qt::NoButton);
        QVERIFY(m_view->scale().firstDay() < firstBefore);
        QVERIFY(qAbs(m_view->scale().dayForX(600) - dayAtStart) < 1e-6);
        QVERIFY(selectedIds().isEmpty()); // a drag is not a click
    }

    void brushSetsTimeWindow_data()
    {
        QTest::addColumn<Qt::LayoutDirection>("direction");
        QTest::addColumn<double>("x1");
        QTest::addColumn<double>("x2");
        QTest::newRow("ltr left to right") << Qt::LeftToRight << 200.0 << 500.0;
        QTest::newRow("ltr right to left") << Qt::LeftToRight << 700.0 << 350.0;
        QTest::newRow("rtl") << Qt::RightToLeft << 200.0 << 500.0;
    }
    void brushSetsTimeWindow()
    {
        QFETCH(Qt::LayoutDirection, direction);
        QFETCH(double, x1);
        QFETCH(double, x2);
        m_view->setLayoutDirection(direction);
        const Atlas::TimelineScale &scale = m_view->scale();
        QDate expectedFrom = scale.dateForX(x1);
        QDate expectedTo = scale.dateForX(x2);
        if (expectedTo < expectedFrom)
            std::swap(expectedFrom, expectedTo);
        const double axisY = 8; // the axis strip runs along the top
        sendMouse(QEvent::MouseButtonPress, QPointF(x1, axisY), Qt::LeftButton, Qt::LeftButton);
        sendMouse(QEvent::MouseMove, QPointF((x1 + x2) / 2, axisY), Qt::NoButton, Qt::LeftButton);
        sendMouse(QEvent::MouseMove, QPointF(x2, axisY), Qt::NoButton, Qt::LeftButton);
        sendMouse(QEvent::MouseButtonRelease, QPointF(x2, axisY), Qt::LeftButton, Qt::NoButton);
        const Atlas::FilterCriteria *filter = m_document->filter();
        QCOMPARE(filter->state().from(), expectedFrom);
        QCOMPARE(filter->state().to(), expectedTo);
        // The filtered model now only has events inside the window.
        for (int row = 0; row < m_document->eventFilterModel()->rowCount(); ++row) {
            const QModelIndex index = m_document->eventFilterModel()->index(row, 0);
            QVERIFY(index.data(Atlas::EventModel::EndDateRole).toDate() >= expectedFrom);
            QVERIFY(index.data(Atlas::EventModel::StartDateRole).toDate() <= expectedTo);
        }
        QTest::keyClick(m_view.get(), Qt::Key_Escape);
        QVERIFY(!filter->state().hasTimeWindow());
    }

    void followsExternalSelection_data()
    {
        QTest::addColumn<QString>("eventId");
        QTest::newRow("later") << u"agreement"_s;
        QTest::newRow("earlier") << u"launch"_s;
        // At the whole-span zoom the second phase is gathered into a badge; following it
        // zooms in until it is drawn on its own.
        QTest::newRow("in a badge") << u"phase-two"_s;
    }
    void followsExternalSelection()
    {
        QFETCH(QString, eventId);
        m_view->setVisibleDates(QDate(2020, 1, 1), QDate(2020, 3, 31));
        QVERIFY(m_view->eventRect(eventId).isEmpty());
        QVERIFY(m_document->selectEvent(eventId));
        const QDate date = m_document->dataset().event(eventId)->date.start;
        QVERIFY(m_view->firstVisibleDate() <= date && date <= m_view->lastVisibleDate());
        QVERIFY(!m_view->eventRect(eventId).isEmpty());
    }

    void lanes()
    {
        QSignalSpy spy(m_view.get(), &TimelineView::lanesChanged);
        QCOMPARE(m_view->visibleLanes().size(), 7);
        m_view->setLanes({u"agreement"_s});
        QCOMPARE(spy.count(), 1);
        QCOMPARE(m_view->visibleLanes(), QSet<QString>{u"agreement"_s});
        QVERIFY(m_view->eventRect(u"launch"_s).isEmpty());
        QVERIFY(!m_view->eventRect(u"agreement"_s).isEmpty());
        QTest::keyClick(m_view.get(), Qt::Key_Home);
        QCOMPARE(m_document->currentEventId(), u"agreement"_s); // hidden lanes are skipped
    }

    // A project whose events stay in the file: the timeline reads the titles of what it shows
    // (and a view's width either side, and back to the start of ranges that reach into view),
    // not of every event; every event is drawn where the same events read into memory put it.
    // (The pixels may differ: titles of items beyond the margins are unread, and so the rows
    // and titles there, the scroll range and the ends of titles at the view's edge.)
    void readsOnlyTheTitlesInView()
    {
        AtlasBench::CorpusGenerator::Options options;
        options.eventCount = 3000;
        options.placeCount = 100;
        options.seed = 3;
        QTemporaryDir folder;
        const QString path = folder.filePath(u"p.gpkg"_s);
        QString error;
        QVERIFY2(Atlas::ProjectFile::save(AtlasBench::CorpusGenerator::generate(options).dataset, path, &error),
                 qPrintable(error));
        const auto opened = [&](qint64 eventsInFileAbove) {
            auto document = std::make_unique<Atlas::AtlasDocument>();
            Atlas::DatasetLoader::Result result = Atlas::ProjectFile::load(path, eventsInFileAbove);
            if (std::holds_alternative<Atlas::Dataset>(result))
                document->setDataset(std::get<Atlas::Dataset>(std::move(result)), path, QString());
            return document;
        };
        const auto inMemory = opened(std::numeric_limits<qint64>::max());
        const auto inFile = opened(0);
        QCOMPARE(inMemory->eventModel()->rowCount(), 3000);
        QVERIFY(inFile->dataset().eventStore);
        const Atlas::ProjectEventStore &store = *inFile->dataset().eventStore;
        store.setCacheCapacity(10000); // so that every event read stays counted
        const QDate first(2019, 3, 1), last(2019, 3, 14);
        std::unique_ptr<TimelineView> views[2];
        int index = 0;
        for (Atlas::AtlasDocument *document : { inMemory.get(), inFile.get() }) {
            views[index] = std::make_unique<TimelineView>(document);
            TimelineView &view = *views[index];
            view.resize(1100, 640);
            view.show();
            QVERIFY(QTest::qWaitForWindowExposed(&view));
            view.grab();
            view.setVisibleDates(first, last);
            view.grab();
            ++index;
        }
        for (const Atlas::Event &event : inMemory->dataset().events)
            QCOMPARE(views[1]->eventRect(event.id), views[0]->eventRect(event.id));
        // Two weeks in view, two more either side, and back to the start of the ranges that
        // reach into them: part of eleven years of events, not all.
        QVERIFY2(store.cachedCount() > 0, "no title was read");
        QVERIFY2(store.cachedCount() < 1500, qPrintable(QString::number(store.cachedCount())));
    }
};

QTEST_MAIN(TestTimelineView)
#include "tst_timelineview.moc"
