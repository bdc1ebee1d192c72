// SPDX-License-Identifier: GPL-3.0-or-later
// EventSummary: the counts of a summarising briefing equal a brute-force count, and the ranking
// of its top events picks the documented events (docs/briefing-summary.md).
#include "eventsummary.h"

#include <QRandomGenerator>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Atlas;

namespace {

// One handmade event: "id date fatalities sources", fatalities as "best", "low-high", "low-",
// "-high" or "none"; sources as the source id of each citation, e.g. "s1,s1,s2".
Event eventFrom(const QString &spec)
{
    const QStringList parts = spec.split(u' ');
    Event event;
    event.id = parts.at(0);
    event.date.start = QDate::fromString(parts.at(1), Qt::ISODate);
    event.category = u"airstrike"_s;
    const QString &fatalities = parts.at(2);
    if (fatalities.contains(u'-')) {
        const QString low = fatalities.section(u'-', 0, 0);
        const QString high = fatalities.section(u'-', 1, 1);
        if (!low.isEmpty())
            event.fatalities.low = low.toDouble();
        if (!high.isEmpty())
            event.fatalities.high = high.toDouble();
    } else if (fatalities != u"none"_s) {
        event.fatalities.best = fatalities.toDouble();
    }
    for (const QString &source : parts.at(3).split(u',', Qt::SkipEmptyParts))
        event.citations.append(Citation { source, u"quote"_s, QString() });
    return event;
}

QStringList ids(const QList<const Event *> &events)
{
    QStringList result;
    for (const Event *event : events)
        result.append(event->id);
    return result;
}

// Every key of `keys` that some event has, with how many events have it, the slow way.
QList<EventTally> bruteForce(const QList<const Event *> &events, const QStringList &keys,
                             const std::function<QStringList(const Event &)> &keysOf)
{
    QList<EventTally> tallies;
    for (const QString &key : keys) {
        int count = 0;
        for (const Event *event : events)
            count += keysOf(*event).contains(key) ? 1 : 0;
        if (count > 0)
            tallies.append({ key, count });
    }
    std::sort(tallies.begin(), tallies.end(), [](const EventTally &a, const EventTally &b) {
        return a.count != b.count ? a.count > b.count : a.key < b.key;
    });
    return tallies;
}

} // namespace

class TestEventSummary : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void ranking_data();
    void ranking();
    void countsEqualBruteForce_data();
    void countsEqualBruteForce();
};

void TestEventSummary::ranking_data()
{
    QTest::addColumn<QStringList>("events");
    QTest::addColumn<int>("count");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("more fatalities first") << QStringList { u"a 2020-01-01 5 s1"_s, u"b 2020-01-01 10 s1"_s, u"c 2020-01-01 none s1,s2,s3"_s }
                                           << 3 << QStringList { u"b"_s, u"a"_s, u"c"_s };
    QTest::newRow("no count ranks below a count of zero") << QStringList { u"a 2019-01-01 none s1,s2"_s, u"b 2020-01-01 0 s1"_s }
                                                          << 2 << QStringList { u"b"_s, u"a"_s };
    QTest::newRow("a range ranks by its middle") << QStringList { u"a 2020-01-01 15 s1"_s, u"b 2020-01-01 10-30 s1"_s, u"c 2020-01-01 12- s1"_s }
                                                 << 3 << QStringList { u"b"_s, u"a"_s, u"c"_s };
    QTest::newRow("only an upper bound") << QStringList { u"a 2020-01-01 -40 s1"_s, u"b 2020-01-01 30 s1"_s }
                                         << 2 << QStringList { u"a"_s, u"b"_s };
    QTest::newRow("more sources break a tie") << QStringList { u"a 2020-01-01 5 s1"_s, u"b 2021-01-01 5 s1,s2"_s }
                                              << 2 << QStringList { u"b"_s, u"a"_s };
    QTest::newRow("a source cited twice counts once") << QStringList { u"a 2020-01-01 5 s1,s1,s1"_s, u"b 2021-01-01 5 s1,s2"_s }
                                                      << 2 << QStringList { u"b"_s, u"a"_s };
    QTest::newRow("then the earlier date") << QStringList { u"a 2021-03-01 5 s1"_s, u"b 2020-03-01 5 s2"_s }
                                           << 2 << QStringList { u"b"_s, u"a"_s };
    QTest::newRow("then the id, whatever the input order") << QStringList { u"b 2020-03-01 5 s1"_s, u"a 2020-03-01 5 s2"_s }
                                                           << 2 << QStringList { u"a"_s, u"b"_s };
    QTest::newRow("only the first k") << QStringList { u"a 2020-01-01 1 s1"_s, u"b 2020-01-01 4 s1"_s, u"c 2020-01-01 3 s1"_s,
                                                       u"d 2020-01-01 2 s1"_s }
                                      << 2 << QStringList { u"b"_s, u"c"_s };
    QTest::newRow("k larger than the events") << QStringList { u"a 2020-01-01 1 s1"_s } << 15 << QStringList { u"a"_s };
    QTest::newRow("no events") << QStringList() << 15 << QStringList();
}

void TestEventSummary::ranking()
{
    QFETCH(QStringList, events);
    QFETCH(int, count);
    QFETCH(QStringList, expected);
    QList<Event> values;
    for (const QString &spec : std::as_const(events))
        values.append(eventFrom(spec));
    QList<const Event *> pointers;
    for (const Event &event : std::as_const(values))
        pointers.append(&event);
    QCOMPARE(ids(EventSummary::topEvents(pointers, count)), expected);
    std::reverse(pointers.begin(), pointers.end());
    QCOMPARE(ids(EventSummary::topEvents(pointers, count)), expected);
}

void TestEventSummary::countsEqualBruteForce_data()
{
    QTest::addColumn<int>("eventCount");
    QTest::addColumn<quint32>("seed");
    QTest::newRow("none") << 0 << 1u;
    QTest::newRow("a few") << 12 << 7u;
    QTest::newRow("many, repeated keys") << 3000 << 20140808u;
}

void TestEventSummary::countsEqualBruteForce()
{
    QFETCH(int, eventCount);
    QFETCH(quint32, seed);
    QRandomGenerator random(seed);
    const QStringList categories { u"airstrike"_s, u"attack"_s, u"deployment"_s, u"withdrawal"_s };
    const QStringList countries { u"SY"_s, u"IQ"_s, u"US"_s, QString() }; // a place without a country counts for none
    Dataset dataset;
    QStringList placeIds;
    for (int i = 0; i < 25; ++i) {
        Place place;
        place.id = u"place-%1"_s.arg(i);
        place.country = countries.at(i % countries.size());
        dataset.places.append(place);
        placeIds.append(place.id);
    }
    QStringList actorIds;
    for (int i = 0; i < 8; ++i)
        actorIds.append(u"actor-%1"_s.arg(i));
    for (int i = 0; i < eventCount; ++i) {
        Event event;
        event.id = u"event-%1"_s.arg(i);
        event.category = categories.at(random.bounded(int(categories.size())));
        // Up to three places and actors, drawn with repeats, so an event can name one twice.
        for (int n = random.bounded(4); n > 0; --n)
            event.placeIds.append(placeIds.at(random.bounded(int(placeIds.size()))));
        for (int n = random.bounded(4); n > 0; --n)
            event.actorIds.append(actorIds.at(random.bounded(int(actorIds.size()))));
        dataset.events.append(event);
    }
    dataset.buildIndex();
    QList<const Event *> events;
    for (const Event &event : std::as_const(dataset.events))
        events.append(&event);

    const EventSummary summary = EventSummary::count(dataset, events);
    QCOMPARE(summary.eventCount, eventCount);
    QCOMPARE(summary.categories, bruteForce(events, categories, [](const Event &e) { return QStringList { e.category }; }));
    QCOMPARE(summary.actors, bruteForce(events, actorIds, [](const Event &e) { return e.actorIds; }));
    QCOMPARE(summary.places, bruteForce(events, placeIds, [](const Event &e) { return e.placeIds; }));
    QCOMPARE(summary.countries, bruteForce(events, { u"SY"_s, u"IQ"_s, u"US"_s }, [&](const Event &e) {
        QStringList codes;
        for (const QString &id : e.placeIds)
            codes.append(dataset.place(id)->country);
        return codes;
    }));
    int categorised = 0;
    for (const EventTally &tally : summary.categories)
        categorised += tally.count;
    QCOMPARE(categorised, eventCount); // one category each
}

QTEST_APPLESS_MAIN(TestEventSummary)
#include "tst_eventsummary.moc"
