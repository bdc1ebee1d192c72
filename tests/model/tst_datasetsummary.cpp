// SPDX-License-Identifier: GPL-3.0-or-later
#include "datasetsummary.h"
#include "testdataset.h"

#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;

/*
 * DatasetSummary counts what `--info` prints: each section, every citation, the events by
 * precision and category, and the first and last event dates as the dataset writes them.
 */
class TestDatasetSummary : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void summary_data();
    void summary();
};

void TestDatasetSummary::summary_data()
{
    QTest::addColumn<Atlas::Dataset>("dataset");
    QTest::addColumn<QJsonObject>("expected");

    const QJsonObject test = QJsonDocument::fromJson(R"({
        "name": "test", "version": "",
        "events": 6, "places": 6, "sources": 2, "actors": 3, "figures": 3, "citations": 10,
        "first_date": "2014", "last_date": "2025-04-15",
        "events_by_precision": { "year": 1, "month": 3, "week": 0, "day": 2 },
        "events_by_category": { "assessment": 1, "founding": 1, "military_operation": 1,
                                "territorial_change": 2, "withdrawal_handover": 1 } })").object();
    QTest::newRow("test dataset") << AtlasTest::makeDataset() << test;

    // The last date is the end of a range, at the range's precision.
    Atlas::Dataset ranged = AtlasTest::makeDataset();
    ranged.events[2].date.end = QDate(2026, 9, 1);
    QJsonObject rangedSummary = test;
    rangedSummary.insert(u"last_date"_s, u"2026-09"_s);
    QTest::newRow("a range ends last") << ranged << rangedSummary;

    QTest::newRow("no events") << Atlas::Dataset() << QJsonDocument::fromJson(R"({
        "name": "", "version": "",
        "events": 0, "places": 0, "sources": 0, "actors": 0, "figures": 0, "citations": 0,
        "first_date": null, "last_date": null,
        "events_by_precision": { "year": 0, "month": 0, "week": 0, "day": 0 }, "events_by_category": {} })").object();
}

void TestDatasetSummary::summary()
{
    QFETCH(Atlas::Dataset, dataset);
    QFETCH(QJsonObject, expected);
    QVERIFY(!expected.isEmpty());
    QCOMPARE(Atlas::DatasetSummary::toJson(dataset), expected);
}

QTEST_GUILESS_MAIN(TestDatasetSummary)
#include "tst_datasetsummary.moc"
