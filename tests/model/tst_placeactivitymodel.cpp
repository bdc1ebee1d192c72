// SPDX-License-Identifier: GPL-3.0-or-later
#include "atlasdocument.h"
#include "eventfiltermodel.h"
#include "filtercriteria.h"
#include "placeactivitymodel.h"
#include "placemodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using Atlas::PlaceActivityModel;

namespace {

Atlas::Event event(const QString &id, QDate day, const QStringList &placeIds)
{
    Atlas::Event e;
    e.id = id;
    e.date.start = day;
    e.date.precision = Atlas::DatePrecision::Day;
    e.category = id == u"e3" ? u"ground_operation"_s : u"strike"_s;
    e.title = {u"حدث"_s, u"Event "_s + id};
    e.placeIds = placeIds;
    return e;
}

Atlas::Place place(const QString &id, const QString &en, bool theatre = true)
{
    Atlas::Place p;
    p.id = id;
    p.name = {u"مكان "_s + id, en};
    p.kind = u"city"_s;
    p.country = u"SY"_s;
    p.lat = 34;
    p.lon = 40;
    p.theatre = theatre;
    return p;
}

// Al-Tanf has three events (2015, 2017, 2019), Baghouz one (2019), Mosul one (2017, shared with
// Raqqa), Washington one (2015, shared with Taji); Baghdad none.
Atlas::Dataset dataset()
{
    Atlas::Dataset d;
    d.schema = 1;
    d.places = {place(u"al-tanf"_s, u"Al-Tanf"_s), place(u"baghouz"_s, u"Baghouz"_s), place(u"mosul"_s, u"Mosul"_s),
                place(u"raqqa"_s, u"Raqqa"_s), place(u"camp-taji"_s, u"Camp Taji"_s),
                place(u"baghdad"_s, u"Baghdad"_s), place(u"washington"_s, u"Washington"_s, false)};
    d.events = {event(u"e1"_s, QDate(2015, 3, 1), {u"al-tanf"_s}),
                event(u"e2"_s, QDate(2017, 6, 1), {u"al-tanf"_s}),
                event(u"e3"_s, QDate(2019, 3, 23), {u"baghouz"_s}),
                event(u"e4"_s, QDate(2017, 7, 10), {u"mosul"_s, u"raqqa"_s}),
                event(u"e5"_s, QDate(2019, 1, 5), {u"al-tanf"_s}),
                event(u"e6"_s, QDate(2015, 8, 8), {u"camp-taji"_s, u"washington"_s})};
    d.buildIndex();
    return d;
}

} // namespace

class TestPlaceActivityModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_document = std::make_unique<Atlas::AtlasDocument>();
        m_document->setDataset(dataset(), u"test"_s, QString());
        m_model = std::make_unique<PlaceActivityModel>(m_document->placeModel(), m_document->eventFilterModel(),
                                                       m_document->filter());
        m_tester = std::make_unique<QAbstractItemModelTester>(m_model.get(),
                                                              QAbstractItemModelTester::FailureReportingMode::QtTest);
    }
    void cleanup()
    {
        m_tester.reset();
        m_model.reset();
        m_document.reset();
    }

    void oneRowPerPlaceWithPlaceRoles()
    {
        QCOMPARE(m_model->rowCount(), 7);
        const QModelIndex first = m_model->index(0);
        QCOMPARE(first.data(Atlas::PlaceModel::IdRole).toString(), u"al-tanf"_s);
        QCOMPARE(first.data(Atlas::PlaceModel::NameEnRole).toString(), u"Al-Tanf"_s);
        QVERIFY(m_model->roleNames().contains(PlaceActivityModel::EventCountRole));
        QCOMPARE(m_model->roleNames().value(PlaceActivityModel::EventCountRole), "eventCount");
    }

    void counts_data()
    {
        QTest::addColumn<QDate>("from");
        QTest::addColumn<QDate>("to");
        QTest::addColumn<QString>("category");
        QTest::addColumn<QString>("placeId");
        QTest::addColumn<int>("count");
        QTest::addColumn<QString>("latest");

        QTest::newRow("all, three at Al-Tanf") << QDate() << QDate() << QString() << u"al-tanf"_s << 3 << u"e5"_s;
        QTest::newRow("all, none at Baghdad") << QDate() << QDate() << QString() << u"baghdad"_s << 0 << QString();
        QTest::newRow("all, shared event counts at both") << QDate() << QDate() << QString() << u"raqqa"_s << 1 << u"e4"_s;
        QTest::newRow("all, off-theatre counted") << QDate() << QDate() << QString() << u"washington"_s << 1 << u"e6"_s;
        QTest::newRow("2017 at Al-Tanf") << QDate(2017, 1, 1) << QDate(2017, 12, 31) << QString() << u"al-tanf"_s << 1 << u"e2"_s;
        QTest::newRow("2017 hides Baghouz") << QDate(2017, 1, 1) << QDate(2017, 12, 31) << QString() << u"baghouz"_s << 0 << QString();
        QTest::newRow("from 2016, open end") << QDate(2016, 1, 1) << QDate() << QString() << u"al-tanf"_s << 2 << u"e5"_s;
        QTest::newRow("until 2016, open start") << QDate() << QDate(2016, 1, 1) << QString() << u"camp-taji"_s << 1 << u"e6"_s;
        QTest::newRow("category filter") << QDate() << QDate() << u"ground_operation"_s << u"al-tanf"_s << 0 << QString();
        QTest::newRow("category filter keeps match") << QDate() << QDate() << u"ground_operation"_s << u"baghouz"_s << 1 << u"e3"_s;
    }
    void counts()
    {
        QFETCH(QDate, from);
        QFETCH(QDate, to);
        QFETCH(QString, category);
        QFETCH(QString, placeId);
        QFETCH(int, count);
        QFETCH(QString, latest);

        m_document->filter()->setTimeWindow(from, to);
        if (!category.isEmpty())
            m_document->filter()->setCategories({category});
        QCOMPARE(m_model->eventCount(placeId), count);
        QCOMPARE(m_model->latestEventId(placeId), latest);
        const QModelIndex row = m_model->index(m_document->placeModel()->indexOf(placeId).row());
        QCOMPARE(row.data(PlaceActivityModel::EventCountRole).toInt(), count);
        QCOMPARE(row.data(PlaceActivityModel::LatestEventIdRole).toString(), latest);
        QCOMPARE(row.data(PlaceActivityModel::EventIdsRole).toStringList().size(), count);
    }

    void eventIdsOldestFirst()
    {
        const QModelIndex tanf = m_model->index(0);
        QCOMPARE(tanf.data(PlaceActivityModel::EventIdsRole).toStringList(),
                 (QStringList{u"e1"_s, u"e2"_s, u"e5"_s}));
    }

    void windowChangeReportsChangedRows()
    {
        QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
        QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
        m_document->filter()->setTimeWindow(QDate(2017, 1, 1), QDate(2017, 12, 31));
        // Al-Tanf 3->1, Baghouz 1->0, Taji 1->0, Washington 1->0; Mosul, Raqqa, Baghdad unchanged:
        // one signal spanning the first to the last changed row, however many changed.
        QCOMPARE(changed.size(), 1);
        QCOMPARE(reset.size(), 0);
        QCOMPARE(changed.at(0).at(0).toModelIndex().row(), 0);
        QCOMPARE(changed.at(0).at(1).toModelIndex().row(), 6);
        QVERIFY(changed.at(0).at(2).value<QList<int>>().contains(PlaceActivityModel::EventCountRole));
        QCOMPARE(m_model->totalEventCount(), 3);
        // A filter change that moves no count says nothing.
        m_document->filter()->setTimeWindow(QDate(2017, 1, 1), QDate(2017, 12, 30));
        QCOMPARE(changed.size(), 1);
    }

    void placeFilterRole()
    {
        QVERIFY(m_model->index(1).data(PlaceActivityModel::PassesPlaceFilterRole).toBool());
        m_document->filter()->setPlaces({u"al-tanf"_s});
        QVERIFY(m_model->index(0).data(PlaceActivityModel::PassesPlaceFilterRole).toBool());
        QVERIFY(!m_model->index(1).data(PlaceActivityModel::PassesPlaceFilterRole).toBool());
    }

    void datasetReplacedResets()
    {
        QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
        Atlas::Dataset smaller;
        smaller.schema = 1;
        smaller.places = {place(u"x"_s, u"X"_s)};
        smaller.buildIndex();
        m_document->setDataset(smaller, u"test"_s, QString());
        QVERIFY(!reset.isEmpty());
        QCOMPARE(m_model->rowCount(), 1);
        QCOMPARE(m_model->eventCount(u"x"_s), 0);
    }

private:
    std::unique_ptr<Atlas::AtlasDocument> m_document;
    std::unique_ptr<PlaceActivityModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

QTEST_GUILESS_MAIN(TestPlaceActivityModel)
#include "tst_placeactivitymodel.moc"
