// SPDX-License-Identifier: GPL-3.0-or-later
#include "datasetloader.h"
#include "jsonedit.h"
#include "vocabulary.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

using namespace Qt::StringLiterals;
using Atlas::Dataset;
using Atlas::DatasetLoader;
using Atlas::LoadError;
using AtlasTest::edited;
using AtlasTest::parsePath;
using AtlasTest::PathStep;
using AtlasTest::readAll;

namespace {

constexpr qint64 FiftyMegabytes = 50LL * 1000 * 1000;

QStringList errorLines(const DatasetLoader::Result &result)
{
    QStringList lines;
    if (const auto *errors = std::get_if<QList<LoadError>>(&result)) {
        for (const LoadError &error : *errors)
            lines.append(error.toString());
    }
    return lines;
}

// Expected position text for a byte offset, worked out independently of the loader.
QString positionOf(const QByteArray &bytes, qsizetype offset)
{
    const QStringList lines = QString::fromUtf8(bytes.left(offset)).split(u'\n');
    return u"line %1, column %2"_s.arg(lines.size()).arg(lines.last().size() + 1);
}

} // namespace

/*
 * DatasetLoader against the bundled dataset, a small valid fixture, and variants of the fixture
 * that each break one thing: every variant must be rejected with exactly the expected errors.
 */
class TestDatasetLoader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void bundledDatasetLoads();
    void fixtureLoads();
    void readsSummaries_data();
    void readsSummaries();
    void isoText_data();
    void isoText();
    void rejectsEditedFixture_data();
    void rejectsEditedFixture();
    void collectsEveryError();
    void rejectsBytes_data();
    void rejectsBytes();
    void loadFile_data();
    void loadFile();

private:
    QByteArray m_fixture;
    QJsonObject m_fixtureRoot;
};

void TestDatasetLoader::initTestCase()
{
    const QString fixturePath = QStringLiteral(ATLAS_TEST_DATA_DIR "/minimal.json");
    m_fixture = readAll(fixturePath);
    QVERIFY2(!m_fixture.isEmpty(), qPrintable(u"cannot read the fixture "_s + fixturePath));
    m_fixtureRoot = QJsonDocument::fromJson(m_fixture).object();
    QVERIFY(!m_fixtureRoot.isEmpty());
}

void TestDatasetLoader::bundledDatasetLoads()
{
    const QString resource = u":/data/coalition.json"_s;
    QVERIFY2(QFile::exists(resource),
             "the resource :/data/coalition.json is not linked into the test: atlas_resources "
             "must be linked so that its resource initializer is kept");
    const DatasetLoader::Result result = DatasetLoader::loadFile(resource);
    const QStringList errors = errorLines(result);
    for (const QString &error : errors)
        qWarning().noquote() << error;
    QVERIFY2(errors.isEmpty(),
             qPrintable(u"the bundled dataset has %1 errors (listed above)"_s.arg(errors.size())));

    const Dataset &dataset = std::get<Dataset>(result);
    QVERIFY(!dataset.events.isEmpty());
    QVERIFY(!dataset.figures.isEmpty());
    QMap<QString, int> byCategory;
    for (const Atlas::Event &event : dataset.events)
        ++byCategory[event.category];
    QMap<QString, int> byMetric;
    for (const Atlas::Figure &figure : dataset.figures)
        ++byMetric[figure.metric];
    qInfo().noquote() << u"bundled dataset %1 %2: %3 sources, %4 actors, %5 places, %6 events, %7 figures"_s
                             .arg(dataset.info.name, dataset.info.version)
                             .arg(dataset.sources.size())
                             .arg(dataset.actors.size())
                             .arg(dataset.places.size())
                             .arg(dataset.events.size())
                             .arg(dataset.figures.size());
    for (auto it = byCategory.cbegin(); it != byCategory.cend(); ++it)
        qInfo().noquote() << u"  events in category %1: %2"_s.arg(it.key()).arg(it.value());
    for (auto it = byMetric.cbegin(); it != byMetric.cend(); ++it)
        qInfo().noquote() << u"  figures of metric %1: %2"_s.arg(it.key()).arg(it.value());

    for (const Atlas::Event &event : dataset.events)
        QCOMPARE(dataset.event(event.id).get(), &event);
}

void TestDatasetLoader::fixtureLoads()
{
    const DatasetLoader::Result result = DatasetLoader::loadJson(m_fixture);
    QCOMPARE(errorLines(result), QStringList());
    const Dataset &dataset = std::get<Dataset>(result);
    QCOMPARE(dataset.schema, 1);
    QCOMPARE(dataset.sources.size(), 2);
    QCOMPARE(dataset.places.size(), 3);
    QCOMPARE(dataset.events.size(), 3);
    QCOMPARE(dataset.figures.size(), 2);

    const Atlas::Place *taji = dataset.place(u"taji"_s);
    QVERIFY(taji);
    QCOMPARE(taji->name.ar, u"التاجي"_s);
    QCOMPARE(taji->country, u"IQ"_s);
    QCOMPARE(taji->citations.size(), 1);
    QVERIFY(dataset.source(u"iraq-mission-end"_s)->outlet.ar.isEmpty());
    QVERIFY(taji->coordApproximate());
    QCOMPARE(dataset.placeRow(u"iraq"_s), 2);
    QCOMPARE(dataset.place(u"mosul"_s), nullptr);

    const Atlas::EventRef phaseTwo = dataset.event(u"iraq-phase-two"_s);
    QVERIFY(phaseTwo);
    QCOMPARE(phaseTwo->date.precision, Atlas::DatePrecision::Month);
    QVERIFY(phaseTwo->date.isRange());
    QVERIFY(phaseTwo->date.inferred);
    QVERIFY(!phaseTwo->date.note.isEmpty());
    QCOMPARE(phaseTwo->date.earliest(), QDate(2025, 9, 1));
    QCOMPARE(phaseTwo->date.latest(), QDate(2026, 9, 30));

    const Atlas::Figure *fighters = dataset.figure(u"isis-fighters-un-2024"_s);
    QVERIFY(fighters);
    QVERIFY(fighters->isRange());
    QCOMPARE(fighters->min, std::optional<double>(1500));
    QCOMPARE(fighters->max, std::optional<double>(3000));
    QCOMPARE(fighters->estimatedBy, u"un"_s);
    QVERIFY(!fighters->note.isEmpty());
    QCOMPARE(fighters->theater, QStringList({ u"IQ"_s, u"SY"_s }));
    QCOMPARE(dataset.figure(u"us-troops-iraq-2024"_s)->value, std::optional<double>(2500));
    QCOMPARE(dataset.source(u"withdrawal-report"_s)->published.start, QDate(2021, 4, 15));
}

// An event's summary is {en, ar} with ar optional (files without Arabic summaries stay valid);
// a figure's summary is optional, with the same shape.
void TestDatasetLoader::readsSummaries_data()
{
    QTest::addColumn<QString>("path");           // of the summary to edit, "events[1].summary"
    QTest::addColumn<QByteArray>("replacement"); // empty: the fixture as it is
    QTest::addColumn<QString>("en");
    QTest::addColumn<QString>("ar");

    const QString transition = u"The Pentagon said the coalition's military mission in Iraq would change into a "
                               "bilateral security partnership with the Iraqi government."_s;
    QTest::newRow("event, English only (the old form)") << u"events[0].summary"_s << QByteArray()
        << u"The coalition announced it was leaving Camp Taji and handing its facilities, valued at $347 million, to Iraqi forces."_s
        << QString();
    QTest::newRow("event, English and Arabic") << u"events[1].summary"_s << QByteArray() << transition
        << u"قالت وزارة الدفاع الأمريكية إن المهمة العسكرية للتحالف في العراق ستتغير إلى شراكة أمنية ثنائية مع الحكومة العراقية."_s;
    QTest::newRow("event, Arabic with marks and digits") << u"events[2].summary"_s
        << QByteArray(R"({"en": "Phase two", "ar": "‏المرحلة الثانية «سبتمبر» ٢٠٢٥"})") << u"Phase two"_s
        << u"\u200fالمرحلة الثانية «سبتمبر» ٢٠٢٥"_s;
    QTest::newRow("figure, both") << u"figures[0].summary"_s << QByteArray()
        << u"US officials put US troops in Iraq at 2,500 in September 2024."_s
        << u"قدّر المسؤولون الأميركيون القوات الأميركية في العراق بـ2500 جندي في سبتمبر 2024."_s;
    QTest::newRow("figure, none") << u"figures[1].summary"_s << QByteArray() << QString() << QString();
    QTest::newRow("figure, English only") << u"figures[1].summary"_s << QByteArray(R"({"en": "A UN range."})")
        << u"A UN range."_s << QString();
}

void TestDatasetLoader::readsSummaries()
{
    QFETCH(QString, path);
    QFETCH(QByteArray, replacement);
    QFETCH(QString, en);
    QFETCH(QString, ar);

    QJsonObject root = m_fixtureRoot;
    if (!replacement.isEmpty()) {
        const QJsonDocument wrapped = QJsonDocument::fromJson('[' + replacement + ']');
        QVERIFY2(wrapped.isArray(), replacement.constData());
        root = edited(root, parsePath(path), wrapped.array().at(0)).toObject();
    }
    const DatasetLoader::Result result = DatasetLoader::loadJson(QJsonDocument(root).toJson());
    QCOMPARE(errorLines(result), QStringList());
    const Dataset &dataset = std::get<Dataset>(result);
    const int row = path.section(u'[', 1).section(u']', 0, 0).toInt();
    const Atlas::LocalizedText summary = path.startsWith(u"events"_s) ? dataset.events.at(row).summary
                                                                      : dataset.figures.at(row).summary;
    QCOMPARE(summary.en, en);
    QCOMPARE(summary.ar, ar);
}

void TestDatasetLoader::isoText_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<Atlas::DatePrecision>("precision");
    QTest::addColumn<QString>("expected");
    QTest::newRow("year") << QDate(2014, 9, 10) << Atlas::DatePrecision::Year << u"2014"_s;
    QTest::newRow("month") << QDate(2020, 8, 1) << Atlas::DatePrecision::Month << u"2020-08"_s;
    QTest::newRow("day") << QDate(2024, 9, 27) << Atlas::DatePrecision::Day << u"2024-09-27"_s;
    QTest::newRow("invalid") << QDate() << Atlas::DatePrecision::Day << QString();
}

void TestDatasetLoader::isoText()
{
    QFETCH(QDate, date);
    QFETCH(Atlas::DatePrecision, precision);
    QFETCH(QString, expected);
    QCOMPARE(Atlas::FuzzyDate::isoText(date, precision), expected);
}

void TestDatasetLoader::rejectsEditedFixture_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("replacement"); // JSON text; empty removes the value
    QTest::addColumn<QStringList>("expected");

    QString categories;
    for (QStringView category : Atlas::Vocabulary::EventCategories)
        categories += (categories.isEmpty() ? u""_s : u", "_s) + category;

    QTest::newRow("string where number") << u"places[0].lat"_s << QByteArray(R"("33.49")")
        << QStringList{ uR"(places[0].lat: expected a number, found a string ("33.49"))"_s };
    QTest::newRow("number where object") << u"events[0].date"_s << QByteArray("2020")
        << QStringList{ u"events[0].date: expected an object, found a number (2020)"_s };
    QTest::newRow("array where string") << u"events[1].title.en"_s << QByteArray(R"(["x"])")
        << QStringList{ u"events[1].title.en: expected a string, found an array"_s };
    QTest::newRow("null where boolean") << u"places[1].theatre"_s << QByteArray("null")
        << QStringList{ u"places[1].theatre: expected true or false, found null"_s };
    QTest::newRow("string where element object") << u"events[0]"_s << QByteArray(R"("x")")
        << QStringList{ uR"(events[0]: expected an object, found a string ("x"))"_s };
    QTest::newRow("section not an array") << u"events"_s << QByteArray("{}")
        << QStringList{ u"events: expected an array, found an object"_s,
                        uR"(figures[0].event: unknown event id "iraq-mission-transition")"_s };
    QTest::newRow("dangling place id") << u"events[0].places[0]"_s << QByteArray(R"("mosul2")")
        << QStringList{ uR"(events[0].places[0]: unknown place id "mosul2")"_s };
    QTest::newRow("place listed twice") << u"events[1].places[1]"_s << QByteArray(R"("iraq")")
        << QStringList{ uR"(events[1].places[1]: "iraq" is listed twice (first at [0]))"_s };
    QTest::newRow("dangling actor id") << u"figures[0].subject"_s << QByteArray(R"("nato")")
        << QStringList{ uR"(figures[0].subject: unknown actor id "nato")"_s };
    QTest::newRow("dangling event id") << u"figures[0].event"_s << QByteArray(R"("mission-end")")
        << QStringList{ uR"(figures[0].event: unknown event id "mission-end")"_s };
    QTest::newRow("dangling citation source") << u"events[2].citations[0].source"_s
        << QByteArray(R"("nowhere")")
        << QStringList{ uR"(events[2].citations[0].source: unknown source id "nowhere")"_s };
    QTest::newRow("dangling place citation source") << u"places[0].citations[0].source"_s
        << QByteArray(R"("nowhere")")
        << QStringList{ uR"(places[0].citations[0].source: unknown source id "nowhere")"_s };
    QTest::newRow("empty quote") << u"events[0].citations[0].quote"_s << QByteArray(R"(" ")")
        << QStringList{ u"events[0].citations[0].quote: empty"_s };
    QTest::newRow("no citations") << u"figures[1].citations"_s << QByteArray("[]")
        << QStringList{ u"figures[1].citations: at least one citation is required"_s };
    QTest::newRow("month 13") << u"events[1].date.start"_s << QByteArray(R"("2014-13-01")")
        << QStringList{ uR"(events[1].date.start: "2014-13-01" is not a date)"_s };
    QTest::newRow("30 February") << u"events[1].date.start"_s << QByteArray(R"("2023-02-30")")
        << QStringList{ uR"(events[1].date.start: "2023-02-30" is not a date)"_s };
    QTest::newRow("date with slashes") << u"events[1].date.start"_s << QByteArray(R"("2024/09/27")")
        << QStringList{ uR"(events[1].date.start: "2024/09/27" is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD)"_s };
    QTest::newRow("bad published date") << u"sources[1].published"_s << QByteArray(R"("28/09/2024")")
        << QStringList{ uR"(sources[1].published: "28/09/2024" is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD)"_s };
    QTest::newRow("day where month precision") << u"events[0].date.start"_s << QByteArray(R"("2020-08-01")")
        << QStringList{ uR"(events[0].date.start: "2020-08-01" does not match precision "month" (expected YYYY-MM))"_s };
    QTest::newRow("year where day precision") << u"figures[0].as_of.start"_s << QByteArray(R"("2024")")
        << QStringList{ uR"(figures[0].as_of.start: "2024" does not match precision "day" (expected YYYY-MM-DD))"_s };
    QTest::newRow("unknown precision") << u"events[0].date.precision"_s << QByteArray(R"("fortnight")")
        << QStringList{ uR"(events[0].date.precision: "fortnight" is not a date precision; allowed: year, month, week, day)"_s };
    QTest::newRow("week written as a month") << u"events[0].date"_s
        << QByteArray(R"({"start": "2020-08", "precision": "week", "inferred": false})")
        << QStringList{ uR"(events[0].date.start: "2020-08" does not match precision "week" (expected YYYY-MM-DD))"_s };
    QTest::newRow("negative fatalities") << u"events[0].fatalities"_s << QByteArray(R"({"best": -1})")
        << QStringList{ u"events[0].fatalities.best: -1 is negative"_s };
    QTest::newRow("fatalities out of order") << u"events[0].fatalities"_s << QByteArray(R"({"best": 4, "low": 5, "high": 3})")
        << QStringList{ u"events[0].fatalities: low is greater than best (5 > 4)"_s,
                        u"events[0].fatalities: best is greater than high (4 > 3)"_s,
                        u"events[0].fatalities: low is greater than high (5 > 3)"_s };
    QTest::newRow("empty fatalities") << u"events[0].fatalities"_s << QByteArray(R"({})")
        << QStringList{ u"events[0].fatalities: has none of best, low and high"_s };
    QTest::newRow("origin row zero") << u"events[0].origin"_s << QByteArray(R"({"file": "a.csv", "row": 0})")
        << QStringList{ u"events[0].origin.row: 0 is not a row number (a whole number from 1)"_s };
    QTest::newRow("origin field not a pair") << u"events[0].origin"_s
        << QByteArray(R"({"file": "a.csv", "row": 2, "fields": [["notes"]]})")
        << QStringList{ u"events[0].origin.fields[0]: expected [name, text], found 1 elements"_s };
    QTest::newRow("end before start") << u"events[2].date.end"_s << QByteArray(R"("2025-08")")
        << QStringList{ uR"(events[2].date.end: "2025-08" is before the start "2025-09")"_s };
    QTest::newRow("inferred date without note") << u"events[2].date.note"_s << QByteArray()
        << QStringList{ u"events[2].date.note: missing (required when the date is inferred)"_s };
    QTest::newRow("inferred publication without note") << u"sources[0].note"_s << QByteArray()
        << QStringList{ u"sources[0].note: missing (required when the date is inferred)"_s };
    QTest::newRow("min greater than max") << u"figures[1].min"_s << QByteArray("7000")
        << QStringList{ u"figures[1]: min 7000 is greater than max 3000"_s };
    QTest::newRow("value and min") << u"figures[0].min"_s << QByteArray("100")
        << QStringList{ u"figures[0]: has both value and min/max; give either value or min and max"_s };
    QTest::newRow("min without max") << u"figures[1].max"_s << QByteArray()
        << QStringList{ u"figures[1]: has min but no max"_s };
    QTest::newRow("no value") << u"figures[0].value"_s << QByteArray()
        << QStringList{ u"figures[0]: has neither value nor min and max"_s };
    QTest::newRow("negative value") << u"figures[0].value"_s << QByteArray("-5")
        << QStringList{ u"figures[0].value: -5 is negative; a change gives its sign as direction"_s };
    QTest::newRow("direction on a stock") << u"figures[0].direction"_s << QByteArray(R"("increase")")
        << QStringList{ uR"(figures[0].direction: only a figure of kind "change" has a direction)"_s };
    QTest::newRow("change without direction") << u"figures[0].kind"_s << QByteArray(R"("change")")
        << QStringList{ u"figures[0].direction: missing"_s, u"figures[0].baseline: missing"_s };
    QTest::newRow("unknown figure kind") << u"figures[0].kind"_s << QByteArray(R"("level")")
        << QStringList{ uR"(figures[0].kind: "level" is not a figure kind; allowed: stock, flow, change)"_s };
    QTest::newRow("metric not an id") << u"figures[0].metric"_s << QByteArray(R"("US troops")")
        << QStringList{ uR"(figures[0].metric: "US troops" is not a vocabulary word (lower-case letters, digits, '_' and '-'))"_s };
    QTest::newRow("latitude out of range") << u"places[0].lat"_s << QByteArray("95")
        << QStringList{ u"places[0].lat: 95 is outside [-90, 90]"_s };
    QTest::newRow("longitude out of range") << u"places[2].lon"_s << QByteArray("-180.5")
        << QStringList{ u"places[2].lon: -180.5 is outside [-180, 180]"_s };
    QTest::newRow("lower-case country") << u"places[0].country"_s << QByteArray(R"("sy")")
        << QStringList{ uR"(places[0].country: "sy" is not an ISO 3166-1 alpha-2 country code such as "SY")"_s };
    QTest::newRow("bad theater code") << u"figures[1].theater[1]"_s << QByteArray(R"("SYR")")
        << QStringList{ uR"(figures[1].theater[1]: "SYR" is not an ISO 3166-1 alpha-2 country code such as "SY")"_s };
    QTest::newRow("unknown coordinate precision") << u"places[1].coord_precision"_s << QByteArray(R"("rough")")
        << QStringList{ uR"(places[1].coord_precision: "rough" is not a coordinate precision; allowed: exact, approximate, district, province, country, unknown)"_s };
    QTest::newRow("duplicate place id") << u"places[2].id"_s << QByteArray(R"("al-tanf")")
        << QStringList{ uR"(places[2].id: duplicate id "al-tanf" (first at places[0]))"_s,
                        uR"(events[1].places[0]: unknown place id "iraq")"_s,
                        uR"(events[2].places[0]: unknown place id "iraq")"_s };
    QTest::newRow("id used in two sections") << u"events[0].id"_s << QByteArray(R"("taji")")
        << QStringList{ uR"(events[0].id: duplicate id "taji" (first at places[1]))"_s };
    QTest::newRow("duplicate figure id") << u"figures[1].id"_s << QByteArray(R"("us-troops-iraq-2024")")
        << QStringList{ uR"(figures[1].id: duplicate id "us-troops-iraq-2024" (first at figures[0]))"_s };
    QTest::newRow("upper-case id") << u"actors[3].id"_s << QByteArray(R"("UN")")
        << QStringList{ uR"(actors[3].id: "UN" is not an id (lower-case letters, digits and '-', not starting with '-'))"_s,
                        uR"(figures[1].estimated_by: unknown actor id "un")"_s };
    QTest::newRow("unnamed outlet without note") << u"sources[0].outlet_note"_s << QByteArray()
        << QStringList{ u"sources[0].outlet.ar: empty; an outlet the article does not name needs an outlet_note"_s };
    QTest::newRow("place without citations") << u"places[2].citations"_s << QByteArray()
        << QStringList{ u"places[2].citations: missing"_s };
    QTest::newRow("theatre flag contradicts point") << u"places[0].theatre"_s << QByteArray("false")
        << QStringList{ u"places[0].theatre: false, but 33.49, 38.62 lies inside the Syria/Iraq theatre (28-42 N, 30-52 E)"_s };
    QTest::newRow("point moved out of the theatre") << u"places[1].lat"_s << QByteArray("44.26")
        << QStringList{ u"places[1].theatre: true, but 44.26, 44.26 lies outside the Syria/Iraq theatre (28-42 N, 30-52 E)"_s };
    QTest::newRow("created not a date") << u"dataset.created"_s << QByteArray(R"("yesterday")")
        << QStringList{ uR"(dataset.created: "yesterday" is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD)"_s };
    QTest::newRow("missing Arabic title") << u"sources[1].title.ar"_s << QByteArray()
        << QStringList{ u"sources[1].title.ar: missing"_s };
    QTest::newRow("empty English name") << u"actors[0].name.en"_s << QByteArray(R"("")")
        << QStringList{ u"actors[0].name.en: empty"_s };
    QTest::newRow("missing Arabic label") << u"figures[1].label.ar"_s << QByteArray()
        << QStringList{ u"figures[1].label.ar: missing"_s };
    QTest::newRow("missing summary") << u"events[0].summary"_s << QByteArray()
        << QStringList{ u"events[0].summary: missing"_s };
    QTest::newRow("summary without English") << u"events[1].summary.en"_s << QByteArray()
        << QStringList{ u"events[1].summary.en: missing"_s };
    QTest::newRow("empty Arabic summary") << u"events[1].summary.ar"_s << QByteArray(R"(" ")")
        << QStringList{ u"events[1].summary.ar: empty"_s };
    QTest::newRow("Arabic summary not a string") << u"events[0].summary.ar"_s << QByteArray("5")
        << QStringList{ u"events[0].summary.ar: expected a string, found a number (5)"_s };
    QTest::newRow("summary in a third language") << u"events[0].summary.fr"_s << QByteArray(R"("Le résumé")")
        << QStringList{ u"events[0].summary.fr: unknown field"_s };
    QTest::newRow("summary as a plain string") << u"events[2].summary"_s << QByteArray(R"("text")")
        << QStringList{ uR"(events[2].summary: expected an object, found a string ("text"))"_s };
    QTest::newRow("figure summary only in Arabic") << u"figures[0].summary.en"_s << QByteArray()
        << QStringList{ u"figures[0].summary.en: missing"_s };
    QTest::newRow("figure summary not an object") << u"figures[1].summary"_s << QByteArray("[]")
        << QStringList{ u"figures[1].summary: expected an object, found an array"_s };
    QTest::newRow("figure summary with a misspelt key") << u"figures[0].summary.arabic"_s << QByteArray(R"("ملخص")")
        << QStringList{ u"figures[0].summary.arabic: unknown field"_s };
    QTest::newRow("unknown category") << u"events[0].category"_s << QByteArray(R"("bombing")")
        << QStringList{ uR"(events[0].category: "bombing" is not a category; allowed: )"_s + categories };
    QTest::newRow("conflicts with itself") << u"events[0].conflicts_with"_s << QByteArray(R"(["taji-handover"])")
        << QStringList{ u"events[0].conflict_note: missing (required with conflicts_with)"_s,
                        u"events[0].conflicts_with[0]: the event conflicts with itself"_s };
    QTest::newRow("conflict with unknown figure") << u"figures[0].conflicts_with"_s << QByteArray(R"(["nope"])")
        << QStringList{ u"figures[0].conflict_note: missing (required with conflicts_with)"_s,
                        uR"(figures[0].conflicts_with[0]: unknown figure id "nope")"_s };
    QTest::newRow("conflict not reciprocal") << u"figures[0].conflicts_with"_s
        << QByteArray(R"(["isis-fighters-un-2024"])")
        << QStringList{ u"figures[0].conflict_note: missing (required with conflicts_with)"_s,
                        uR"(figures[0].conflicts_with[0]: "isis-fighters-un-2024" does not list "us-troops-iraq-2024" back in its conflicts_with)"_s };
    QTest::newRow("misspelt field") << u"events[0].conflict_notes"_s << QByteArray(R"({"en": "x"})")
        << QStringList{ u"events[0].conflict_notes: unknown field"_s };
    QTest::newRow("source file with folder") << u"sources[0].file"_s << QByteArray(R"("../secret.txt")")
        << QStringList{ uR"(sources[0].file: "../secret.txt" must be a plain file name in resources/data/sources/)"_s };
    QTest::newRow("schema missing") << u"schema"_s << QByteArray() << QStringList{ u"schema: missing"_s };
    QTest::newRow("schema as string") << u"schema"_s << QByteArray(R"("1")")
        << QStringList{ uR"(schema: expected a number, found a string ("1"))"_s };
    QTest::newRow("schema 2") << u"schema"_s << QByteArray("2")
        << QStringList{ u"schema: unsupported schema 2; this version of Coalition Atlas reads schema 1"_s };
    QTest::newRow("dataset info missing") << u"dataset"_s << QByteArray() << QStringList{ u"dataset: missing"_s };
}

void TestDatasetLoader::rejectsEditedFixture()
{
    QFETCH(QString, path);
    QFETCH(QByteArray, replacement);
    QFETCH(QStringList, expected);

    const QList<PathStep> steps = parsePath(path);
    QVERIFY2(!steps.isEmpty(), qPrintable(u"bad path in the test table: "_s + path));
    std::optional<QJsonValue> value;
    if (!replacement.isEmpty()) {
        const QJsonDocument wrapped = QJsonDocument::fromJson('[' + replacement + ']');
        QVERIFY2(wrapped.isArray(), replacement.constData());
        value = wrapped.array().at(0);
    }
    const QJsonObject root = edited(m_fixtureRoot, steps, value).toObject();
    const DatasetLoader::Result result = DatasetLoader::loadJson(QJsonDocument(root).toJson());
    QVERIFY2(std::holds_alternative<QList<LoadError>>(result), "the broken variant was accepted");
    QCOMPARE(errorLines(result), expected);
}

void TestDatasetLoader::collectsEveryError()
{
    QJsonObject root = m_fixtureRoot;
    root = edited(root, parsePath(u"events[0].places[0]"_s), QJsonValue(u"mosul2"_s)).toObject();
    root = edited(root, parsePath(u"figures[1].min"_s), QJsonValue(7000)).toObject();
    root = edited(root, parsePath(u"sources[1].title.ar"_s), std::nullopt).toObject();
    root = edited(root, parsePath(u"events[1].date.start"_s), QJsonValue(u"2014-13-01"_s)).toObject();
    const QStringList errors = errorLines(DatasetLoader::loadJson(QJsonDocument(root).toJson()));
    QCOMPARE(errors, (QStringList{
                         u"sources[1].title.ar: missing"_s,
                         uR"(events[1].date.start: "2014-13-01" is not a date)"_s,
                         u"figures[1]: min 7000 is greater than max 3000"_s,
                         uR"(events[0].places[0]: unknown place id "mosul2")"_s,
                     }));
}

void TestDatasetLoader::rejectsBytes_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("expected"); // regular expression for the single error; empty: loads

    const QByteArray truncated = m_fixture.left(m_fixture.size() / 2);
    QTest::newRow("truncated") << truncated
        << u"^JSON syntax error at line \\d+, column \\d+ \\(byte \\d+\\): .+$"_s;
    const QByteArray unclosed = "{\n  \"schema\": 1,\n  \"dataset\": ";
    QTest::newRow("unclosed object")
        << unclosed
        << u"^JSON syntax error at %1 \\(byte %2\\): .+$"_s.arg(positionOf(unclosed, unclosed.size()))
               .arg(unclosed.size());
    QTest::newRow("trailing comma") << QByteArray("{\"schema\": 1,}")
        << u"^JSON syntax error at line 1, column \\d+ \\(byte \\d+\\): .+$"_s;
    QTest::newRow("top level array") << QByteArray("[1, 2]")
        << uR"(^the top level is an array; expected an object with "schema": 1$)"_s;
    QTest::newRow("empty input") << QByteArray() << u"^no data: the input is empty$"_s;
    QTest::newRow("number beyond double") << QByteArray(m_fixture).replace("2500", "1e400")
        << u"^JSON syntax error at line \\d+, column \\d+ \\(byte \\d+\\): illegal number$"_s;

    // Broken UTF-8 inside an Arabic string: the column counts characters, not bytes.
    const qsizetype arabic = m_fixture.indexOf("\"التنف\"") + 3;
    for (const QByteArray &bad : { QByteArray("\xFF"), QByteArray("\xC0\xAF"), QByteArray("\xED\xA0\x80"),
                                   QByteArray("\xF4\x90\x80\x80"), QByteArray("\xD8") }) {
        QByteArray bytes = m_fixture;
        bytes.insert(arabic, bad);
        QTest::addRow("invalid UTF-8 %s", bad.toHex(' ').constData())
            << bytes
            << u"^invalid UTF-8 at byte %1 \\(%2\\): the file must be UTF-8 text$"_s.arg(arabic).arg(
                   positionOf(m_fixture, arabic));
    }
    QTest::newRow("truncated UTF-8 at the end") << QByteArray("{}\xD8")
        << u"^invalid UTF-8 at byte 2 \\(line 1, column 3\\): the file must be UTF-8 text$"_s;
    QTest::newRow("byte order mark") << QByteArray("\xEF\xBB\xBF") + m_fixture << QString();
}

void TestDatasetLoader::rejectsBytes()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, expected);
    const QStringList errors = errorLines(DatasetLoader::loadJson(bytes));
    if (expected.isEmpty()) {
        QCOMPARE(errors, QStringList());
        return;
    }
    QCOMPARE(errors.size(), 1);
    const QRegularExpression pattern(expected);
    QVERIFY2(pattern.match(errors.first()).hasMatch(),
             qPrintable(u"got: %1\nexpected to match: %2"_s.arg(errors.first(), expected)));
}

enum class FileContent { None, Folder, Empty, Fixture, RandomBytes, OpenBrackets, OverLimit };

void TestDatasetLoader::loadFile_data()
{
    QTest::addColumn<QString>("name");          // relative to a fresh temporary folder
    QTest::addColumn<FileContent>("content");
    QTest::addColumn<QString>("expected");      // regular expression for the single error; empty: loads

    QTest::newRow("missing file") << u"missing.json"_s << FileContent::None
        << u"^cannot open .*/missing\\.json: .+$"_s;
    QTest::newRow("missing file, Arabic folder") << u"بيانات/مفقود.json"_s << FileContent::None
        << u"^cannot open .*/بيانات/مفقود\\.json: .+$"_s;
    QTest::newRow("folder") << u"folder.json"_s << FileContent::Folder
        << u"^cannot open .*/folder\\.json: it is a folder, not a file$"_s;
    QTest::newRow("empty file") << u"empty.json"_s << FileContent::Empty << u"^.*/empty\\.json is empty$"_s;
    QTest::newRow("Arabic folder and name") << u"بيانات/التحالف.json"_s << FileContent::Fixture << QString();
    QTest::newRow("50 MB of random bytes") << u"garbage.json"_s << FileContent::RandomBytes
        << u"^invalid UTF-8 at byte \\d+ \\(line \\d+, column \\d+\\): the file must be UTF-8 text$"_s;
    QTest::newRow("50 MB of open brackets") << u"brackets.json"_s << FileContent::OpenBrackets
        << u"^JSON syntax error at line 1, column \\d+ \\(byte \\d+\\): .+$"_s;
    QTest::newRow("over the size limit") << u"huge.json"_s << FileContent::OverLimit
        << u"^.*/huge\\.json: %1 bytes is more than the limit of %2 bytes for a JSON dataset; keep a dataset this "
           "large in a project file \\(\\.gpkg\\)$"_s
               .arg(DatasetLoader::MaximumFileSize + 1)
               .arg(DatasetLoader::MaximumFileSize);
}

void TestDatasetLoader::loadFile()
{
    QFETCH(QString, name);
    QFETCH(FileContent, content);
    QFETCH(QString, expected);

    QTemporaryDir folder;
    QVERIFY(folder.isValid());
    const QString fileName = folder.filePath(name);
    QVERIFY(QDir().mkpath(QFileInfo(fileName).absolutePath()));
    if (content == FileContent::Folder) {
        QVERIFY(QDir().mkpath(fileName));
    } else if (content != FileContent::None) {
        QFile file(fileName);
        QVERIFY(file.open(QIODevice::WriteOnly));
        switch (content) {
        case FileContent::Fixture: QCOMPARE(file.write(m_fixture), m_fixture.size()); break;
        case FileContent::RandomBytes: {
            QByteArray bytes(FiftyMegabytes, Qt::Uninitialized);
            QRandomGenerator generator(20140923); // fixed: the same garbage on every run
            generator.fillRange(reinterpret_cast<quint32 *>(bytes.data()), bytes.size() / 4);
            QCOMPARE(file.write(bytes), bytes.size());
            break;
        }
        case FileContent::OpenBrackets: {
            const QByteArray bytes(FiftyMegabytes, '[');
            QCOMPARE(file.write(bytes), bytes.size());
            break;
        }
        case FileContent::OverLimit: QVERIFY(file.resize(DatasetLoader::MaximumFileSize + 1)); break;
        case FileContent::None:
        case FileContent::Folder:
        case FileContent::Empty: break;
        }
    }

    const QStringList errors = errorLines(DatasetLoader::loadFile(fileName));
    if (expected.isEmpty()) {
        QCOMPARE(errors, QStringList());
        return;
    }
    QCOMPARE(errors.size(), 1);
    const QRegularExpression pattern(expected);
    QVERIFY2(pattern.match(errors.first()).hasMatch(),
             qPrintable(u"got: %1\nexpected to match: %2"_s.arg(errors.first(), expected)));
}

QTEST_GUILESS_MAIN(TestDatasetLoader)
#include "tst_datasetloader.moc"
