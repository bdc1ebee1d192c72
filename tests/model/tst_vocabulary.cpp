// SPDX-License-Identifier: GPL-3.0-or-later
#include "vocabulary.h"

#include "datasetloader.h"

#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Atlas;

/*
 * Every category, metric, place kind and actor kind the bundled dataset uses has a display name
 * of its own (and so a translation), rather than the fallback that shows the raw id with spaces.
 */
class TestVocabulary : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void datasetWordsHaveNames_data();
    void datasetWordsHaveNames();
    void unknownWordsFallBackReadably();
};

void TestVocabulary::datasetWordsHaveNames_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("word");

    DatasetLoader::Result result = DatasetLoader::loadFile(u":/data/coalition.json"_s);
    QVERIFY2(std::holds_alternative<Dataset>(result), "the bundled dataset does not load");
    const Dataset &dataset = std::get<Dataset>(result);
    QSet<QString> seen;
    const auto add = [&](const QString &kind, const QString &word) {
        if (!seen.contains(kind + word)) {
            seen.insert(kind + word);
            QTest::addRow("%s %s", qPrintable(kind), qPrintable(word)) << kind << word;
        }
    };
    for (const Event &event : dataset.events)
        add(u"category"_s, event.category);
    for (const Figure &figure : dataset.figures)
        add(u"metric"_s, figure.metric);
    for (const Place &place : dataset.places)
        add(u"place kind"_s, place.kind);
    for (const Actor &actor : dataset.actors)
        add(u"actor kind"_s, actor.kind);
}

void TestVocabulary::datasetWordsHaveNames()
{
    QFETCH(QString, kind);
    QFETCH(QString, word);
    const QString name = kind == u"category"_s ? Vocabulary::categoryName(word)
        : kind == u"metric"_s                  ? Vocabulary::metricName(word)
        : kind == u"place kind"_s              ? Vocabulary::placeKindName(word)
                                               : Vocabulary::actorKindName(word);
    QString fallback = word;
    fallback.replace(u'_', u' ');
    QVERIFY2(!name.isEmpty() && name != fallback, qPrintable(u"no display name for the "_s + kind + u" "_s + word));
}

void TestVocabulary::unknownWordsFallBackReadably()
{
    QCOMPARE(Vocabulary::metricName(u"new_metric_id"_s), u"new metric id"_s);
    QCOMPARE(Vocabulary::placeKindName(u"oil_field"_s), u"oil field"_s);
}

QTEST_GUILESS_MAIN(TestVocabulary)
#include "tst_vocabulary.moc"
