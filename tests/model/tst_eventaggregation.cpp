// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventaggregation.h"
#include "filterstate.h"
#include "randomevents.h"

#include <QMap>
#include <QtTest>

#include <cmath>

using namespace Atlas;

Q_DECLARE_METATYPE(Atlas::TimeBin)
Q_DECLARE_METATYPE(Atlas::EventGrouping)

namespace {

constexpr quint32 Seed = 20141014;

// The bin of a day, worked out with QDate rather than with day numbers.
QDate bruteBinStart(QDate day, TimeBin bin)
{
    switch (bin) {
    case TimeBin::Day: return day;
    case TimeBin::Week: return day.addDays(1 - day.dayOfWeek());
    case TimeBin::Month: return QDate(day.year(), day.month(), 1);
    case TimeBin::Year: return QDate(day.year(), 1, 1);
    }
    return {};
}

// The group id of an event; empty when it has none.
QString bruteGroup(const Dataset &dataset, const Event &event, EventGrouping grouping)
{
    switch (grouping) {
    case EventGrouping::Category: return event.category;
    case EventGrouping::Actor: return event.actorIds.value(0);
    case EventGrouping::Place: return event.placeIds.value(0);
    case EventGrouping::Country: {
        const Place *place = event.placeIds.isEmpty() ? nullptr : dataset.place(event.placeIds.constFirst());
        return place ? place->country : QString();
    }
    }
    return {};
}

// The test's own filter: overlap with the window, a chosen category, a chosen actor.
bool bruteAccepts(const Event &event, const FilterState &state)
{
    if (state.to().isValid() && event.date.earliest() > state.to())
        return false;
    if (state.from().isValid() && event.date.latest() < state.from())
        return false;
    if (!state.categories().isEmpty() && !state.categories().contains(event.category))
        return false;
    if (!state.actors().isEmpty()) {
        bool any = false;
        for (const QString &actor : event.actorIds)
            any = any || state.actors().contains(actor);
        if (!any)
            return false;
    }
    return true;
}

struct Cell
{
    qint64 count = 0;
    qint64 fatalities = 0;
};

FilterState filterOf(int which)
{
    FilterState state;
    if (which == 1) {
        state.setTimeWindow(QDate(2016, 3, 10), QDate(2019, 11, 2));
        state.setCategories({ u"military_operation"_s, u"strike"_s, u"attack"_s, u"patrol"_s });
    } else if (which == 2) {
        state.setActors({ u"actor-2"_s, u"actor-7"_s });
        state.setTimeWindow(QDate(2020, 1, 1), QDate());
    }
    return state;
}

} // namespace

class TestEventAggregation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void equalsBruteForce_data();
    void equalsBruteForce();
    void topGroupsAndOther_data();
    void topGroupsAndOther();
    void binsAreConsecutive_data();
    void binsAreConsecutive();
    void emptyDataset();

private:
    static void addRows();
    std::vector<int> acceptedRows(const FilterState &state) const;

    Dataset m_dataset;
    EventColumns m_columns;
};

void TestEventAggregation::initTestCase()
{
    m_dataset = AtlasTest::randomEvents(5000, Seed);
    m_columns = EventColumns(m_dataset);
    // The test's filters must keep some events and drop others, or they test nothing.
    for (int which : { 1, 2 }) {
        const std::size_t kept = acceptedRows(filterOf(which)).size();
        QVERIFY(kept > 100 && kept < 4000);
    }
}

void TestEventAggregation::addRows()
{
    QTest::addColumn<TimeBin>("bin");
    QTest::addColumn<EventGrouping>("grouping");
    QTest::addColumn<int>("filter");
    const QList<QPair<const char *, TimeBin>> bins = {
        { "day", TimeBin::Day }, { "week", TimeBin::Week }, { "month", TimeBin::Month }, { "year", TimeBin::Year }
    };
    const QList<QPair<const char *, EventGrouping>> groupings = { { "category", EventGrouping::Category },
                                                                  { "actor", EventGrouping::Actor },
                                                                  { "country", EventGrouping::Country },
                                                                  { "place", EventGrouping::Place } };
    for (const auto &bin : bins)
        for (const auto &grouping : groupings)
            for (int filter : { 0, 1, 2 })
                QTest::addRow("%s/%s/filter%d", bin.first, grouping.first, filter) << bin.second << grouping.second << filter;
}

std::vector<int> TestEventAggregation::acceptedRows(const FilterState &state) const
{
    const EventColumnFilter filter(m_columns, state);
    std::vector<int> rows;
    for (int row = 0; row < m_columns.rowCount(); ++row) {
        if (filter.accepts(row))
            rows.push_back(row);
    }
    return rows;
}

void TestEventAggregation::equalsBruteForce_data()
{
    addRows();
}

void TestEventAggregation::equalsBruteForce()
{
    QFETCH(TimeBin, bin);
    QFETCH(EventGrouping, grouping);
    QFETCH(int, filter);
    const FilterState state = filterOf(filter);

    QMap<QPair<QDate, QString>, Cell> expected;
    qint64 expectedTotal = 0;
    for (const Event &event : std::as_const(m_dataset.events)) {
        if (!bruteAccepts(event, state))
            continue;
        Cell &cell = expected[{ bruteBinStart(event.date.start, bin), bruteGroup(m_dataset, event, grouping) }];
        ++cell.count;
        cell.fatalities += event.fatalities.best ? std::llround(*event.fatalities.best) : 0;
        ++expectedTotal;
    }

    const std::vector<int> rows = acceptedRows(state);
    const EventAggregator aggregator(m_columns, m_dataset);
    const EventAggregation result = aggregator.aggregate(rows, bin, grouping, 1000);

    QCOMPARE(result.eventCount, expectedTotal);
    QCOMPARE(result.undated, 0);
    QVERIFY(!result.groups.empty());
    QMap<QPair<QDate, QString>, Cell> actual;
    qint64 sum = 0;
    for (int b = 0; b < result.binCount(); ++b) {
        for (int g = 0; g < result.groupCount(); ++g) {
            const EventAggregation::Group &group = result.groups[std::size_t(g)];
            QVERIFY(group.kind != EventAggregation::GroupKind::Other); // every id fits in 1000
            if (result.count(b, g) == 0) {
                QCOMPARE(result.fatalitySum(b, g), 0);
                continue;
            }
            actual[{ result.binStarts[std::size_t(b)], group.id }] = { result.count(b, g), result.fatalitySum(b, g) };
            sum += result.count(b, g);
        }
    }
    QCOMPARE(sum, expectedTotal);
    QCOMPARE(actual.keys(), expected.keys());
    for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
        QCOMPARE(actual.value(it.key()).count, it->count);
        QCOMPARE(actual.value(it.key()).fatalities, it->fatalities);
    }
}

void TestEventAggregation::topGroupsAndOther_data()
{
    addRows();
}

void TestEventAggregation::topGroupsAndOther()
{
    QFETCH(TimeBin, bin);
    QFETCH(EventGrouping, grouping);
    QFETCH(int, filter);
    const FilterState state = filterOf(filter);
    constexpr int TopN = 3;

    QHash<QString, qint64> perGroup;
    qint64 total = 0;
    qint64 totalDead = 0;
    for (const Event &event : std::as_const(m_dataset.events)) {
        if (!bruteAccepts(event, state))
            continue;
        ++perGroup[bruteGroup(m_dataset, event, grouping)];
        ++total;
        totalDead += event.fatalities.best ? std::llround(*event.fatalities.best) : 0;
    }
    const qint64 none = perGroup.take(QString());

    const EventAggregation result =
        EventAggregator(m_columns, m_dataset).aggregate(acceptedRows(state), bin, grouping, TopN);

    // The top groups are the largest ones, largest first.
    qint64 shownCount = 0;
    int idGroups = 0;
    qint64 otherCount = -1;
    qint64 noneCount = -1;
    qint64 sum = 0;
    qint64 dead = 0;
    for (int g = 0; g < result.groupCount(); ++g) {
        const EventAggregation::Group &group = result.groups[std::size_t(g)];
        const qint64 groupCount = result.groupTotal(g);
        sum += groupCount;
        dead += result.groupTotal(g, true);
        switch (group.kind) {
        case EventAggregation::GroupKind::Id:
            QCOMPARE(groupCount, perGroup.value(group.id));
            if (idGroups > 0)
                QVERIFY(groupCount <= result.groupTotal(g - 1)); // largest first
            ++idGroups;
            shownCount += groupCount;
            break;
        case EventAggregation::GroupKind::Other: otherCount = groupCount; break;
        case EventAggregation::GroupKind::None: noneCount = groupCount; break;
        }
    }
    QCOMPARE(idGroups, std::min<int>(TopN, int(perGroup.size())));
    QList<qint64> sizes = perGroup.values();
    std::sort(sizes.begin(), sizes.end(), std::greater<>());
    qint64 largest = 0;
    for (int i = 0; i < idGroups; ++i)
        largest += sizes.at(i);
    QCOMPARE(shownCount, largest);
    QCOMPARE(otherCount, perGroup.size() > TopN ? total - none - largest : -1);
    QCOMPARE(noneCount, none > 0 ? none : -1);
    QCOMPARE(sum, total);
    QCOMPARE(dead, totalDead);
    qint64 byBins = 0;
    for (int b = 0; b < result.binCount(); ++b)
        byBins += result.binTotal(b);
    QCOMPARE(byBins, total);
}

void TestEventAggregation::binsAreConsecutive_data()
{
    addRows();
}

void TestEventAggregation::binsAreConsecutive()
{
    QFETCH(TimeBin, bin);
    QFETCH(EventGrouping, grouping);
    QFETCH(int, filter);
    const EventAggregation result =
        EventAggregator(m_columns, m_dataset).aggregate(acceptedRows(filterOf(filter)), bin, grouping, 5);
    QVERIFY(result.binCount() > 1);
    for (int b = 0; b < result.binCount(); ++b) {
        const QDate start = result.binStarts[std::size_t(b)];
        QCOMPARE(bruteBinStart(start, bin), start);
        QCOMPARE(bruteBinStart(result.binEnd(b), bin), start);
        if (b + 1 < result.binCount())
            QCOMPARE(result.binEnd(b).addDays(1), result.binStarts[std::size_t(b) + 1]);
    }
    // The first and last bins hold events: the span is no wider than the events'.
    QVERIFY(result.binTotal(0) > 0);
    QVERIFY(result.binTotal(result.binCount() - 1) > 0);
}

void TestEventAggregation::emptyDataset()
{
    const Dataset empty;
    const EventColumns columns(empty);
    const EventAggregation result = EventAggregator(columns, empty).aggregate({}, TimeBin::Month,
                                                                              EventGrouping::Country, 5);
    QCOMPARE(result.eventCount, 0);
    QCOMPARE(result.binCount(), 0);
    QCOMPARE(result.groupCount(), 0);
    QVERIFY(result.counts.empty());

    // Events that all fail the filter give the same.
    const EventAggregation none =
        EventAggregator(m_columns, m_dataset).aggregate({}, TimeBin::Week, EventGrouping::Actor, 5);
    QCOMPARE(none.binCount(), 0);
    QCOMPARE(none.groupCount(), 0);
}

QTEST_GUILESS_MAIN(TestEventAggregation)
#include "tst_eventaggregation.moc"
