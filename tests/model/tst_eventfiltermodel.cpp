// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventfiltermodel.h"
#include "eventmodel.h"
#include "filtercriteria.h"
#include "testdataset.h"

#include <QAbstractItemModelTester>
#include <QMetaEnum>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>

using namespace Atlas;

Q_DECLARE_METATYPE(Atlas::Language)
Q_DECLARE_METATYPE(Qt::SortOrder)

class TestEventFilterModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_dataset = AtlasTest::makeDataset();
        m_events = std::make_unique<EventModel>();
        m_criteria = std::make_unique<FilterCriteria>();
        m_proxy = std::make_unique<EventFilterModel>(m_criteria.get());
        m_proxy->setSourceModel(m_events.get());
        m_tester = std::make_unique<QAbstractItemModelTester>(m_proxy.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_events->setDataset(&m_dataset);
    }

    void cleanup()
    {
        m_tester.reset();
        m_proxy.reset();
        m_criteria.reset();
        m_events.reset();
    }

    void filters_data()
    {
        QTest::addColumn<QDate>("from");
        QTest::addColumn<QDate>("to");
        QTest::addColumn<QStringList>("categories");
        QTest::addColumn<QStringList>("places");
        QTest::addColumn<QStringList>("sources");
        QTest::addColumn<QString>("query");
        QTest::addColumn<QStringList>("expected");

        const QStringList none;
        const QStringList all{u"ev-founding"_s, u"ev-mosul"_s, u"ev-raqqa"_s, u"ev-baghouz"_s, u"ev-attacks"_s, u"ev-bases"_s};
        QTest::newRow("no filter") << QDate() << QDate() << none << none << none << QString() << all;

        // Time window: an event stands for every day of its period.
        QTest::newRow("month event, window starts mid-month")
            << QDate(2019, 3, 15) << QDate(2019, 6, 1) << none << none << none << QString() << QStringList{u"ev-baghouz"_s};
        QTest::newRow("month event, window ends on its first day")
            << QDate(2018, 1, 1) << QDate(2019, 3, 1) << none << none << none << QString() << QStringList{u"ev-baghouz"_s};
        QTest::newRow("window ends the day before")
            << QDate(2017, 1, 1) << QDate(2017, 7, 9) << none << none << none << QString() << none;
        QTest::newRow("one-day window on the day")
            << QDate(2017, 7, 10) << QDate(2017, 7, 10) << none << none << none << QString() << QStringList{u"ev-mosul"_s};
        QTest::newRow("year event, window on its last day")
            << QDate(2014, 12, 31) << QDate(2015, 6, 1) << none << none << none << QString() << QStringList{u"ev-founding"_s};
        QTest::newRow("month event, window starts the day after its month")
            << QDate(2017, 11, 1) << QDate(2018, 1, 1) << none << none << none << QString() << none;
        QTest::newRow("open end") << QDate(2021, 1, 1) << QDate() << none << none << none << QString()
                                  << QStringList{u"ev-attacks"_s, u"ev-bases"_s};
        QTest::newRow("open start") << QDate() << QDate(2014, 6, 1) << none << none << none << QString()
                                    << QStringList{u"ev-founding"_s};

        QTest::newRow("category") << QDate() << QDate() << QStringList{u"territorial_change"_s} << none << none << QString()
                                  << QStringList{u"ev-mosul"_s, u"ev-raqqa"_s};
        QTest::newRow("two categories") << QDate() << QDate() << QStringList{u"founding"_s, u"assessment"_s} << none << none
                                        << QString() << QStringList{u"ev-founding"_s, u"ev-attacks"_s};
        QTest::newRow("place, second of the event's") << QDate() << QDate() << none << QStringList{u"tanf"_s} << none
                                                      << QString() << QStringList{u"ev-bases"_s};
        QTest::newRow("places, any") << QDate() << QDate() << none << QStringList{u"mosul"_s, u"baghouz"_s} << none
                                     << QString() << QStringList{u"ev-mosul"_s, u"ev-baghouz"_s};
        QTest::newRow("source, any citation") << QDate() << QDate() << none << none << QStringList{u"src-afp"_s} << QString()
                                              << QStringList{u"ev-attacks"_s, u"ev-bases"_s};

        QTest::newRow("arabic query finds Baghouz") << QDate() << QDate() << none << none << none << u"الباغوز"_s
                                                    << QStringList{u"ev-baghouz"_s};
        QTest::newRow("latin query finds Baghouz") << QDate() << QDate() << none << none << none << u"baghoûz"_s
                                                   << QStringList{u"ev-baghouz"_s};
        QTest::newRow("query without hamza") << QDate() << QDate() << none << none << none << u"الانبار"_s
                                             << QStringList{u"ev-attacks"_s};
        QTest::newRow("query matches actor or title") << QDate() << QDate() << none << none << none << u"ماكفرلين"_s
                                                      << QStringList{u"ev-attacks"_s, u"ev-bases"_s};
        QTest::newRow("query matches actor only") << QDate() << QDate() << none << none << none << u"McFarlane qasrak"_s
                                                  << QStringList{u"ev-bases"_s};
        QTest::newRow("query, all terms") << QDate() << QDate() << none << none << none << u"التحالف الموصل"_s
                                          << QStringList{u"ev-mosul"_s};
        QTest::newRow("query finds nothing") << QDate() << QDate() << none << none << none << u"دمشق"_s << none;

        QTest::newRow("category and window") << QDate(2017, 9, 1) << QDate(2017, 12, 31) << QStringList{u"territorial_change"_s}
                                             << none << none << QString() << QStringList{u"ev-raqqa"_s};
        QTest::newRow("query and source") << QDate() << QDate() << none << none << QStringList{u"src-afp"_s} << u"داعش"_s
                                          << QStringList{u"ev-attacks"_s};
        QTest::newRow("place and query disagree") << QDate() << QDate() << none << QStringList{u"mosul"_s} << none
                                                  << u"الباغوز"_s << none;
    }

    void filters()
    {
        QFETCH(QDate, from);
        QFETCH(QDate, to);
        QFETCH(QStringList, categories);
        QFETCH(QStringList, places);
        QFETCH(QStringList, sources);
        QFETCH(QString, query);
        QFETCH(QStringList, expected);

        m_criteria->setTimeWindow(from, to);
        m_criteria->setCategories(QSet<QString>(categories.cbegin(), categories.cend()));
        m_criteria->setPlaces(QSet<QString>(places.cbegin(), places.cend()));
        m_criteria->setSources(QSet<QString>(sources.cbegin(), sources.cend()));
        m_criteria->setQuery(query);
        QCOMPARE(shownIds(), expected);

        m_criteria->clear();
        QCOMPARE(m_proxy->rowCount(), m_dataset.events.size());
    }

    void refiltersOnChange()
    {
        // A new filter is announced as one layout change, so views keep their selection.
        QSignalSpy layout(m_proxy.get(), &QAbstractItemModel::layoutChanged);
        const QPersistentModelIndex raqqa = m_proxy->mapFromSource(m_events->indexOf(u"ev-raqqa"_s));
        const QPersistentModelIndex mosul = m_proxy->mapFromSource(m_events->indexOf(u"ev-mosul"_s));
        m_criteria->setQuery(u"الرقة"_s);
        QCOMPARE(shownIds(), QStringList{u"ev-raqqa"_s});
        QCOMPARE(layout.count(), 1);
        QVERIFY(raqqa.isValid());
        QCOMPARE(raqqa.data(EventModel::IdRole).toString(), u"ev-raqqa"_s);
        QVERIFY(!mosul.isValid());
        // A change of spelling that folds to the same query does not filter again.
        QSignalSpy changed(m_criteria.get(), &FilterCriteria::changed);
        m_criteria->setQuery(u"الرقه"_s);
        QCOMPARE(changed.count(), 0);
        m_criteria->setQuery(QString());
        QCOMPARE(m_proxy->rowCount(), 6);
    }

    // The proxy keeps date order (the vaguer date first on the same day) whatever a view asks,
    // even when the dataset lists its events in another order: the timeline and exports rely on it.
    void keepsDateOrder_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<Qt::SortOrder>("order");
        for (int column = 0; column < EventModel::ColumnCount; ++column) {
            const QByteArray name = QMetaEnum::fromType<EventModel::Column>().valueToKey(column);
            QTest::addRow("%s ascending", name.constData()) << column << Qt::AscendingOrder;
            QTest::addRow("%s descending", name.constData()) << column << Qt::DescendingOrder;
        }
    }

    void keepsDateOrder()
    {
        QFETCH(int, column);
        QFETCH(Qt::SortOrder, order);
        Event precise = m_dataset.events.at(3); // ev-baghouz, March 2019 (month)
        precise.id = u"ev-baghouz-day"_s;
        precise.date = AtlasTest::fuzzy(QDate(2019, 3, 1), DatePrecision::Day);
        m_dataset.events.insert(0, precise);
        std::reverse(m_dataset.events.begin(), m_dataset.events.end());
        m_dataset.buildIndex();
        m_events->setDataset(&m_dataset);
        const QStringList chronological{u"ev-founding"_s, u"ev-mosul"_s, u"ev-raqqa"_s, u"ev-baghouz"_s,
                                        u"ev-baghouz-day"_s, u"ev-attacks"_s, u"ev-bases"_s};
        QCOMPARE(shownIds(false), chronological);

        m_proxy->sort(column, order);
        QCOMPARE(shownIds(false), chronological);
        m_events->setLanguage(Language::Arabic); // titles change; the order does not
        QCOMPARE(shownIds(false), chronological);
        m_criteria->setQuery(u"الرقة"_s);
        m_criteria->setQuery(QString());
        QCOMPARE(shownIds(false), chronological);
    }

private:
    // The ids the proxy shows, in proxy order or sorted.
    QStringList shownIds(bool sorted = true) const
    {
        QStringList ids;
        for (int row = 0; row < m_proxy->rowCount(); ++row)
            ids.append(m_proxy->index(row, 0).data(EventModel::IdRole).toString());
        if (!sorted)
            return ids;
        // Dataset order, so that expectations read chronologically.
        std::sort(ids.begin(), ids.end(), [this](const QString &a, const QString &b) {
            return m_dataset.eventRow(a) < m_dataset.eventRow(b);
        });
        return ids;
    }

    Dataset m_dataset;
    std::unique_ptr<EventModel> m_events;
    std::unique_ptr<FilterCriteria> m_criteria;
    std::unique_ptr<EventFilterModel> m_proxy;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

QTEST_GUILESS_MAIN(TestEventFilterModel)
#include "tst_eventfiltermodel.moc"
