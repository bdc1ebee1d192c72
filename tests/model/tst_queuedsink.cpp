// SPDX-License-Identifier: GPL-3.0-or-later
#include "queuedsink.h"

#include "eventsearchindex.h"
#include "textfolding.h"

#include <QTest>

using namespace Atlas;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(Atlas::QueuedSink::SearchText)

namespace {

// Records what reaches it, as "kind:id", on whichever thread calls it; refuses the record with
// id `refuse`, and anything after it.
class RecordingSink : public ImportSink
{
public:
    explicit RecordingSink(QString refuse = {}) : m_refuse(std::move(refuse)) {}
    bool addSource(const Source &source) override { return take(u"source"_s, source.id); }
    bool addActor(const Actor &actor) override { return take(u"actor"_s, actor.id); }
    bool addPlace(const Place &place) override { return take(u"place"_s, place.id); }
    bool addEvent(const Event &event) override { return take(u"event"_s, event.id); }
    bool addSearchableEvent(const Event &event, const QString &searchText) override
    {
        searchTexts.insert(event.id, searchText);
        return addEvent(event);
    }
    QStringList received;
    QHash<QString, QString> searchTexts; // by event id, of the events that came with one

private:
    bool take(const QString &kind, const QString &id)
    {
        if (!m_refuse.isEmpty() && id == m_refuse)
            return false;
        received.append(kind + u':' + id);
        return true;
    }
    QString m_refuse;
};

// What an importer sends for `events` events: an actor and a place every 10 events, before the
// event that first names them, and the source at the end.
QStringList sendRecords(ImportSink &sink, int events, int *refusedAt = nullptr)
{
    QStringList sent;
    int sends = 0;
    const auto send = [&](bool ok, const QString &what) {
        ++sends;
        sent.append(what);
        if (!ok && refusedAt && *refusedAt < 0)
            *refusedAt = sends;
        return ok;
    };
    for (int i = 0; i < events; ++i) {
        if (i % 10 == 0) {
            Actor actor;
            actor.id = u"a%1"_s.arg(i);
            if (!send(sink.addActor(actor), u"actor:"_s + actor.id))
                return sent;
            Place place;
            place.id = u"p%1"_s.arg(i);
            if (!send(sink.addPlace(place), u"place:"_s + place.id))
                return sent;
        }
        Event event;
        event.id = u"e%1"_s.arg(i);
        event.title.en = u"Event %1"_s.arg(i);
        if (!send(sink.addEvent(event), u"event:"_s + event.id))
            return sent;
    }
    Source source;
    source.id = u"import-file"_s;
    send(sink.addSource(source), u"source:"_s + source.id);
    return sent;
}

} // namespace

class TestQueuedSink : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void keepsTheOrder_data();
    void keepsTheOrder();
    void aRefusalStopsTheImport_data();
    void aRefusalStopsTheImport();
    void finishesWhenDestroyed();
    void makesTheSearchText_data();
    void makesTheSearchText();
};

void TestQueuedSink::keepsTheOrder_data()
{
    QTest::addColumn<int>("events");
    QTest::newRow("nothing") << 0;
    QTest::newRow("less than a batch") << 7;
    QTest::newRow("exactly one batch of records") << 232; // 232 events + 2 x 24 = 280 records
    QTest::newRow("many batches, the queue full") << 20000;
}

void TestQueuedSink::keepsTheOrder()
{
    QFETCH(int, events);
    RecordingSink target;
    QStringList sent;
    {
        QueuedSink sink(target);
        sent = sendRecords(sink, events);
        QVERIFY(sink.finish());
        QVERIFY(sink.finish()); // a second finish changes nothing
    }
    QCOMPARE(target.received, sent);
}

void TestQueuedSink::aRefusalStopsTheImport_data()
{
    QTest::addColumn<int>("events");
    QTest::addColumn<QString>("refuse");
    QTest::newRow("the first record") << 5000 << u"a0"_s;
    QTest::newRow("inside the first batch") << 5000 << u"e100"_s;
    QTest::newRow("deep into the import") << 20000 << u"e15000"_s;
    QTest::newRow("the source, last") << 300 << u"import-file"_s;
}

void TestQueuedSink::aRefusalStopsTheImport()
{
    QFETCH(int, events);
    QFETCH(QString, refuse);
    RecordingSink direct(refuse);
    const QStringList expected = sendRecords(direct, events);
    // Straight into the target, the refused record is the last one sent.
    QVERIFY(!expected.isEmpty());

    RecordingSink target(refuse);
    QueuedSink sink(target);
    int refusedAt = -1;
    const QStringList sent = sendRecords(sink, events, &refusedAt);
    QVERIFY(!sink.finish());
    // The target got exactly what came before the refused record, and nothing after it.
    QCOMPARE(target.received, direct.received);
    // The importer learns of it late, but within a few batches, and does not run to the end.
    if (refuse != u"import-file"_s)
        QVERIFY2(refusedAt > 0 && sent.size() <= direct.received.size() + 1 + 10 * 256,
                 qPrintable(u"%1 records sent after the refusal"_s.arg(sent.size() - direct.received.size())));
}

void TestQueuedSink::finishesWhenDestroyed()
{
    RecordingSink target;
    QStringList sent;
    {
        QueuedSink sink(target);
        sent = sendRecords(sink, 1000);
    }
    QCOMPARE(target.received, sent);
}

// With SearchText::Made each event reaches the target with EventSearchText::of it, made from the
// names of the places and actors sent before it (the first of an id kept); without, none.
void TestQueuedSink::makesTheSearchText_data()
{
    QTest::addColumn<QueuedSink::SearchText>("mode");
    QTest::newRow("made on the importer's thread") << QueuedSink::SearchText::Made;
    QTest::newRow("left to the target") << QueuedSink::SearchText::Left;
}

void TestQueuedSink::makesTheSearchText()
{
    QFETCH(QueuedSink::SearchText, mode);
    Dataset reference;
    const auto place = [](const QString &id, const QString &ar, const QString &en) {
        Place p;
        p.id = id;
        p.name = { ar, en };
        return p;
    };
    const auto actor = [](const QString &id, const QString &ar, const QString &en) {
        Actor a;
        a.id = id;
        a.name = { ar, en };
        return a;
    };
    reference.places = { place(u"raqqa"_s, u"الرَّقَّة"_s, u"Raqqa"_s), place(u"hajin"_s, u"هجين"_s, u"Hajin"_s) };
    reference.actors = { actor(u"sdf"_s, u"قسد"_s, u"SDF"_s) };
    reference.buildIndex();

    RecordingSink target;
    QStringList expectedIds;
    {
        QueuedSink sink(target, mode);
        for (const Place &p : std::as_const(reference.places))
            QVERIFY(sink.addPlace(p));
        QVERIFY(sink.addPlace(place(u"raqqa"_s, u"غيرها"_s, u"Elsewhere"_s))); // a repeated id: the first stays
        QVERIFY(sink.addActor(reference.actors.first()));
        for (int i = 0; i < 600; ++i) { // more than two batches
            Event event;
            event.id = u"e%1"_s.arg(i);
            event.title = { u"غارة جوية %1"_s.arg(i), u"Airstrike %1"_s.arg(i) };
            event.placeIds = { i % 2 ? u"raqqa"_s : u"hajin"_s, u"nowhere"_s };
            if (i % 3 == 0)
                event.actorIds = { u"sdf"_s };
            event.citations = { Citation{ u"src"_s, u"قال المتحدث"_s, {} } };
            reference.events.append(event);
            QVERIFY(sink.addEvent(event));
        }
        QVERIFY(sink.finish());
    }
    reference.buildIndex();
    if (mode == QueuedSink::SearchText::Left) {
        QVERIFY(target.searchTexts.isEmpty());
        return;
    }
    QCOMPARE(target.searchTexts.size(), reference.events.size());
    for (const Event &event : std::as_const(reference.events))
        QCOMPARE(target.searchTexts.value(event.id), EventSearchText::of(event, reference));
    QVERIFY(target.searchTexts.value(u"e1"_s).contains(TextFolding::fold(u"Raqqa"_s)));
    QVERIFY(!target.searchTexts.value(u"e1"_s).contains(TextFolding::fold(u"Elsewhere"_s)));
}

QTEST_GUILESS_MAIN(TestQueuedSink)
#include "tst_queuedsink.moc"
