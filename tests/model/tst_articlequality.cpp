// SPDX-License-Identifier: GPL-3.0-or-later
#include "articleextractor.h"
#include "datasetloader.h"
#include "gazetteer.h"

#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Atlas::Article;

/*
 * Runs the article reader over the five seed articles and scores it against the bundled
 * dataset, which was extracted from them by hand: every figure, dated event and place cited
 * there should be proposed inside the quote it is cited with. Recall per kind is the share of
 * the dataset's items proposed; precision the share of the reader's candidates that match one.
 * The numbers are printed (docs/article-reader.md keeps the latest) and held to floors, so a
 * change that makes the reader worse fails here.
 *
 * The publication date given to the reader is the source's, as the period it is known to (a day,
 * a month, a year), as --published takes it.
 */
class TestArticleQuality : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void recallAndPrecision_data();
    void recallAndPrecision();

private:
    struct Score
    {
        int items = 0;
        int found = 0;
        int candidates = 0;
        int correct = 0;
        QStringList missed;
        double recall() const { return items ? double(found) / items : 1; }
        double precision() const { return candidates ? double(correct) / candidates : 1; }
    };
    QHash<QString, Score> m_scores;
};

namespace {

bool overlaps(QDate a1, QDate a2, QDate b1, QDate b2)
{
    return a1.isValid() && b1.isValid() && a1 <= b2 && b1 <= a2;
}

bool sameNumber(const NumberCandidate &n, const Atlas::Figure &f)
{
    auto eq = [](std::optional<double> a, std::optional<double> b) { return a && b && qAbs(*a - *b) < 1e-6 * qMax(1.0, qAbs(*b)); };
    if (f.value)
        return eq(n.value, f.value);
    return eq(n.min, f.min) && eq(n.max, f.max);
}

} // namespace

void TestArticleQuality::initTestCase()
{
    const auto loaded = Atlas::DatasetLoader::loadFile(QStringLiteral(ATLAS_SOURCE_DIR "/resources/data/coalition.json"));
    QVERIFY2(std::holds_alternative<Atlas::Dataset>(loaded), "the bundled dataset does not load");
    const Atlas::Dataset &dataset = std::get<Atlas::Dataset>(loaded);
    QString error;
    const Gazetteer gazetteer = Gazetteer::load(QStringLiteral(ATLAS_SOURCE_DIR "/resources/data/gazetteer/syria-iraq.tsv"), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const ArticleExtractor extractor(PlaceMatcher(dataset.places, gazetteer));

    Score &numbers = m_scores[u"number"_s];
    Score &dates = m_scores[u"date"_s];
    Score &events = m_scores[u"event"_s];
    Score &places = m_scores[u"place"_s];
    for (const Atlas::Source &source : dataset.sources) {
        QFile file(QStringLiteral(ATLAS_SEEDS_DIR "/") + source.file);
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(u"no seed article "_s + file.fileName()));
        const QString text = QString::fromUtf8(file.readAll());
        const ArticleExtraction x = extractor.extract(text, source.published.earliest(), source.published.latest());

        auto quoteSpans = [&](const QList<Atlas::Citation> &citations) {
            QList<TextSpan> spans;
            for (const Atlas::Citation &c : citations) {
                if (c.sourceId != source.id)
                    continue;
                const qsizetype at = text.indexOf(c.quote);
                if (at >= 0)
                    spans.append(TextSpan {at, at + c.quote.size()});
            }
            return spans;
        };
        auto inAny = [](const QList<TextSpan> &spans, const TextSpan &span) {
            return std::any_of(spans.cbegin(), spans.cend(), [&](const TextSpan &s) { return s.contains(span); });
        };
        auto overlapsAny = [](const QList<TextSpan> &spans, const TextSpan &span) {
            return std::any_of(spans.cbegin(), spans.cend(), [&](const TextSpan &s) { return s.overlaps(span); });
        };

        // Figures: a number of the same value inside one of its quotes.
        QList<bool> numberCorrect(x.numbers.size(), false);
        for (const Atlas::Figure &figure : dataset.figures) {
            const QList<TextSpan> spans = quoteSpans(figure.citations);
            if (spans.isEmpty())
                continue;
            ++numbers.items;
            bool hit = false;
            for (int i = 0; i < x.numbers.size(); ++i) {
                if (inAny(spans, x.numbers.at(i).span) && sameNumber(x.numbers.at(i), figure)) {
                    hit = true;
                    numberCorrect[i] = true;
                }
            }
            hit ? ++numbers.found : (numbers.missed.append(figure.id), 0);
        }
        numbers.candidates += x.numbers.size();
        numbers.correct += int(std::count(numberCorrect.cbegin(), numberCorrect.cend(), true));

        // Dated events: a date overlapping the event's inside a quote; an event candidate on a
        // quote's sentence with such a date. Figures' dates count for the date kind's precision.
        QList<bool> dateCorrect(x.dates.size(), false);
        QList<bool> eventCorrect(x.events.size(), false);
        for (const Atlas::Event &event : dataset.events) {
            const QList<TextSpan> spans = quoteSpans(event.citations);
            if (spans.isEmpty())
                continue;
            ++dates.items;
            ++events.items;
            bool dateHit = false, eventHit = false;
            for (int i = 0; i < x.dates.size(); ++i) {
                const DateCandidate &d = x.dates.at(i);
                if (inAny(spans, d.span) && overlaps(d.earliest, d.latest, event.date.earliest(), event.date.latest()))
                    dateHit = dateCorrect[i] = true;
            }
            for (int i = 0; i < x.events.size(); ++i) {
                const EventCandidate &e = x.events.at(i);
                if (overlapsAny(spans, e.span) && overlaps(e.date.earliest, e.date.latest, event.date.earliest(), event.date.latest()))
                    eventHit = eventCorrect[i] = true;
            }
            dateHit ? ++dates.found : (dates.missed.append(event.id), 0);
            eventHit ? ++events.found : (events.missed.append(event.id), 0);
        }
        for (const Atlas::Figure &figure : dataset.figures) {
            const QList<TextSpan> spans = quoteSpans(figure.citations);
            for (int i = 0; i < x.dates.size(); ++i) {
                const DateCandidate &d = x.dates.at(i);
                if (inAny(spans, d.span) && overlaps(d.earliest, d.latest, figure.asOf.earliest(), figure.asOf.latest()))
                    dateCorrect[i] = true;
            }
        }
        dates.candidates += x.dates.size();
        dates.correct += int(std::count(dateCorrect.cbegin(), dateCorrect.cend(), true));
        events.candidates += x.events.size();
        events.correct += int(std::count(eventCorrect.cbegin(), eventCorrect.cend(), true));

        // Places: the place proposed inside each quote that names it; a candidate is right when
        // the dataset has that place for this article (cited, or on an event citing it).
        QSet<QString> articlePlaces;
        for (const Atlas::Place &place : dataset.places) {
            const QList<TextSpan> spans = quoteSpans(place.citations);
            if (spans.isEmpty())
                continue;
            articlePlaces.insert(place.id);
            for (const TextSpan &span : spans) {
                ++places.items;
                const bool hit = std::any_of(x.places.cbegin(), x.places.cend(), [&](const PlaceCandidate &p) {
                    return p.placeId == place.id && span.contains(p.span);
                });
                hit ? ++places.found : (places.missed.append(place.id + u'@' + source.file.left(3)), 0);
            }
        }
        for (const Atlas::Event &event : dataset.events)
            if (!quoteSpans(event.citations).isEmpty())
                for (const QString &id : event.placeIds)
                    articlePlaces.insert(id);
        places.candidates += x.places.size();
        places.correct += int(std::count_if(x.places.cbegin(), x.places.cend(),
                                            [&](const PlaceCandidate &p) { return articlePlaces.contains(p.placeId); }));
    }
    for (const QString &kind : {u"number"_s, u"date"_s, u"event"_s, u"place"_s}) {
        const Score &s = m_scores.value(kind);
        qInfo("%-6s recall %3d/%3d = %5.1f%%  precision %3d/%3d = %5.1f%%  missed: %s", qPrintable(kind), s.found, s.items,
              100 * s.recall(), s.correct, s.candidates, 100 * s.precision(), qPrintable(s.missed.join(u", "_s)));
    }
}

void TestArticleQuality::recallAndPrecision_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<double>("minimumRecall");
    QTest::addColumn<double>("minimumPrecision");
    // Floors a little under today's numbers (docs/article-reader.md).
    QTest::newRow("number") << u"number"_s << 0.90 << 0.55;
    QTest::newRow("date") << u"date"_s << 0.58 << 0.68;
    QTest::newRow("event") << u"event"_s << 0.54 << 0.70;
    QTest::newRow("place") << u"place"_s << 0.90 << 0.95;
}

void TestArticleQuality::recallAndPrecision()
{
    QFETCH(QString, kind);
    QFETCH(double, minimumRecall);
    QFETCH(double, minimumPrecision);
    const Score s = m_scores.value(kind);
    QVERIFY(s.items > 0);
    QVERIFY2(s.recall() >= minimumRecall, qPrintable(u"recall %1 below %2; missed %3"_s.arg(s.recall()).arg(minimumRecall).arg(s.missed.join(u", "_s))));
    QVERIFY2(s.precision() >= minimumPrecision, qPrintable(u"precision %1 below %2"_s.arg(s.precision()).arg(minimumPrecision)));
}

QTEST_GUILESS_MAIN(TestArticleQuality)
#include "tst_articlequality.moc"
