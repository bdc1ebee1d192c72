// SPDX-License-Identifier: GPL-3.0-or-later
#include "vocabulary.h"

#include "datasetloader.h"

#include <QCoreApplication>
#include <QSet>
#include <QTest>
#include <QTranslator>

#include <cmath>

using namespace Qt::StringLiterals;
using namespace Atlas;

Q_DECLARE_METATYPE(Atlas::Language)
Q_DECLARE_METATYPE(Atlas::Vocabulary::UnitKind)

namespace {

const QString ArabicTranslation = u":/i18n/coalition-atlas_ar.qm"_s;

Dataset bundledDataset()
{
    DatasetLoader::Result result = DatasetLoader::loadFile(u":/data/coalition.json"_s);
    if (!std::holds_alternative<Dataset>(result))
        qFatal("the bundled dataset does not load");
    return std::get<Dataset>(std::move(result));
}

// How every qualifier reads: the chart's mark, the phrase around an amount "X" and the mark's
// meaning in a chart's notes, in English and in Arabic. Synonyms read like their qualifier.
struct QualifierSpec
{
    const char *id;
    QString mark;
    QString phraseEn;
    QString phraseAr;
    QString meaningEn;
    QString meaningAr;
};

const QList<QualifierSpec> &qualifierSpecs()
{
    static const QList<QualifierSpec> specs = {
        {"exact", {}, u"X"_s, u"X"_s, {}, {}},
        {"", {}, u"X"_s, u"X"_s, {}, {}},
        {"range", {}, u"X"_s, u"X"_s, {}, {}},
        {"about", u"≈"_s, u"about X"_s, u"نحو X"_s, u"about"_s, u"نحو"_s},
        {"approximately", u"≈"_s, u"about X"_s, u"نحو X"_s, u"about"_s, u"نحو"_s},
        {"around", u"≈"_s, u"about X"_s, u"نحو X"_s, u"about"_s, u"نحو"_s},
        {"nearly", u"≈"_s, u"nearly X"_s, u"قرابة X"_s, u"nearly"_s, u"قرابة"_s},
        {"almost", u"≈"_s, u"nearly X"_s, u"قرابة X"_s, u"nearly"_s, u"قرابة"_s},
        {"about_range", u"≈"_s, u"about X"_s, u"نحو X"_s, u"bounds themselves approximate"_s, u"الحدّان نفساهما تقريبيان"_s},
        {"approximately_half", u"≈"_s, u"roughly X"_s, u"ما يقارب X"_s, u"derived from \"roughly half\""_s,
         u"مستنتج من عبارة «نحو النصف»"_s},
        {"estimated", u"≈"_s, u"an estimated X"_s, u"ما يُقدَّر بـX"_s, u"estimated"_s, u"تقديري"_s},
        {"more_than", u">"_s, u"more than X"_s, u"أكثر من X"_s, u"more than"_s, u"أكثر من"_s},
        {"over", u">"_s, u"more than X"_s, u"أكثر من X"_s, u"more than"_s, u"أكثر من"_s},
        {"at_least", u"≥"_s, u"at least X"_s, u"X على الأقل"_s, u"at least"_s, u"على الأقل"_s},
        {"up_to", u"≤"_s, u"up to X"_s, u"حتى X"_s, u"up to"_s, u"حتى"_s},
        {"at_most", u"≤"_s, u"up to X"_s, u"حتى X"_s, u"up to"_s, u"حتى"_s},
        {"less_than", u"<"_s, u"less than X"_s, u"أقل من X"_s, u"less than"_s, u"أقل من"_s},
        {"under", u"<"_s, u"less than X"_s, u"أقل من X"_s, u"less than"_s, u"أقل من"_s},
        {"give_or_take", u"*"_s, u"X (qualified in the source)"_s, u"X (مع تحفّظ في المصدر)"_s,
         u"qualified in the source (hover for the wording)"_s, u"مقيَّد في المصدر (مرّر المؤشر لرؤية الصياغة)"_s},
    };
    return specs;
}

// How an amount reads with every unit: English for one and for many, Arabic in each plural
// form (zero, one, two, few, many, other) and after a range.
struct UnitSpec
{
    const char *id;
    Vocabulary::UnitKind kind;
    QString nameEn;
    QString nameAr;
    QString oneEn;          // "%1 troop"
    QString manyEn;         // "%1 troops"
    QStringList formsAr;    // for 0, 1, 2, 5, 40, 900
};

const QList<UnitSpec> &unitSpecs()
{
    using Kind = Vocabulary::UnitKind;
    static const QList<UnitSpec> specs = {
        {"troops", Kind::Count, u"troops"_s, u"جنود"_s, u"%1 troop"_s, u"%1 troops"_s,
         {u"%1 جندي"_s, u"جندي واحد"_s, u"جنديين"_s, u"%1 جنود"_s, u"%1 جنديًا"_s, u"%1 جندي"_s}},
        {"soldiers", Kind::Count, u"soldiers"_s, u"جنود"_s, u"%1 soldier"_s, u"%1 soldiers"_s,
         {u"%1 جندي"_s, u"جندي واحد"_s, u"جنديين"_s, u"%1 جنود"_s, u"%1 جنديًا"_s, u"%1 جندي"_s}},
        {"personnel", Kind::Count, u"personnel"_s, u"عناصر"_s, u"%1 personnel"_s, u"%1 personnel"_s,
         {u"%1 عنصر"_s, u"عنصر واحد"_s, u"عنصرين"_s, u"%1 عناصر"_s, u"%1 عنصرًا"_s, u"%1 عنصر"_s}},
        {"fighters", Kind::Count, u"fighters"_s, u"مقاتلون"_s, u"%1 fighter"_s, u"%1 fighters"_s,
         {u"%1 مقاتل"_s, u"مقاتل واحد"_s, u"مقاتلين"_s, u"%1 مقاتلين"_s, u"%1 مقاتلًا"_s, u"%1 مقاتل"_s}},
        {"people", Kind::Count, u"people"_s, u"أشخاص"_s, u"%1 person"_s, u"%1 people"_s,
         {u"%1 شخص"_s, u"شخص واحد"_s, u"شخصين"_s, u"%1 أشخاص"_s, u"%1 شخصًا"_s, u"%1 شخص"_s}},
        {"persons", Kind::Count, u"people"_s, u"أشخاص"_s, u"%1 person"_s, u"%1 people"_s,
         {u"%1 شخص"_s, u"شخص واحد"_s, u"شخصين"_s, u"%1 أشخاص"_s, u"%1 شخصًا"_s, u"%1 شخص"_s}},
        {"members", Kind::Count, u"members"_s, u"أعضاء"_s, u"%1 member"_s, u"%1 members"_s,
         {u"%1 عضو"_s, u"عضو واحد"_s, u"عضوين"_s, u"%1 أعضاء"_s, u"%1 عضوًا"_s, u"%1 عضو"_s}},
        {"countries", Kind::Count, u"countries"_s, u"دول"_s, u"%1 country"_s, u"%1 countries"_s,
         {u"%1 دولة"_s, u"دولة واحدة"_s, u"دولتين"_s, u"%1 دول"_s, u"%1 دولة"_s, u"%1 دولة"_s}},
        {"states", Kind::Count, u"states"_s, u"دول"_s, u"%1 state"_s, u"%1 states"_s,
         {u"%1 دولة"_s, u"دولة واحدة"_s, u"دولتين"_s, u"%1 دول"_s, u"%1 دولة"_s, u"%1 دولة"_s}},
        {"airstrikes", Kind::Count, u"airstrikes"_s, u"غارات جوية"_s, u"%1 airstrike"_s, u"%1 airstrikes"_s,
         {u"%1 غارة جوية"_s, u"غارة جوية واحدة"_s, u"غارتين جويتين"_s, u"%1 غارات جوية"_s, u"%1 غارة جوية"_s,
          u"%1 غارة جوية"_s}},
        {"strikes", Kind::Count, u"strikes"_s, u"ضربات"_s, u"%1 strike"_s, u"%1 strikes"_s,
         {u"%1 ضربة"_s, u"ضربة واحدة"_s, u"ضربتين"_s, u"%1 ضربات"_s, u"%1 ضربة"_s, u"%1 ضربة"_s}},
        {"attacks", Kind::Count, u"attacks"_s, u"هجمات"_s, u"%1 attack"_s, u"%1 attacks"_s,
         {u"%1 هجوم"_s, u"هجوم واحد"_s, u"هجومين"_s, u"%1 هجمات"_s, u"%1 هجومًا"_s, u"%1 هجوم"_s}},
        {"detainees", Kind::Count, u"detainees"_s, u"محتجزون"_s, u"%1 detainee"_s, u"%1 detainees"_s,
         {u"%1 محتجز"_s, u"محتجز واحد"_s, u"محتجزين"_s, u"%1 محتجزين"_s, u"%1 محتجزًا"_s, u"%1 محتجز"_s}},
        {"operations", Kind::Count, u"operations"_s, u"عمليات"_s, u"%1 operation"_s, u"%1 operations"_s,
         {u"%1 عملية"_s, u"عملية واحدة"_s, u"عمليتين"_s, u"%1 عمليات"_s, u"%1 عملية"_s, u"%1 عملية"_s}},
        {"usd", Kind::Count, u"US dollars"_s, u"دولار أمريكي"_s, u"%1 US dollar"_s, u"%1 US dollars"_s,
         {u"%1 دولار أمريكي"_s, u"دولار أمريكي واحد"_s, u"دولارين أمريكيين"_s, u"%1 دولارات أمريكية"_s,
          u"%1 دولارًا أمريكيًا"_s, u"%1 دولار أمريكي"_s}},
        {"km2", Kind::Count, u"km²"_s, u"كم²"_s, u"%1 km²"_s, u"%1 km²"_s,
         {u"%1 كم²"_s, u"%1 كم²"_s, u"%1 كم²"_s, u"%1 كم²"_s, u"%1 كم²"_s, u"%1 كم²"_s}},
        {"times", Kind::Ratio, u"times the baseline"_s, u"أضعاف خط الأساس"_s, u"%1 times the baseline"_s,
         u"%1 times the baseline"_s,
         {u"%1 ضعف خط الأساس"_s, u"مثل خط الأساس"_s, u"ضعفي خط الأساس"_s, u"%1 أضعاف خط الأساس"_s,
          u"%1 ضعفًا لخط الأساس"_s, u"%1 ضعف خط الأساس"_s}},
        // The amount of a percentage or a fraction is written with its "%" already.
        {"percent", Kind::Percent, u"%"_s, u"٪"_s, u"%1"_s, u"%1"_s, {u"%1"_s, u"%1"_s, u"%1"_s, u"%1"_s, u"%1"_s, u"%1"_s}},
        {"%", Kind::Percent, u"%"_s, u"٪"_s, u"%1"_s, u"%1"_s, {u"%1"_s, u"%1"_s, u"%1"_s, u"%1"_s, u"%1"_s, u"%1"_s}},
        {"fraction", Kind::Fraction, u"% of the whole"_s, u"٪ من الكل"_s, u"%1"_s, u"%1"_s,
         {u"%1"_s, u"%1"_s, u"%1"_s, u"%1"_s, u"%1"_s, u"%1"_s}},
        // A unit the tables do not know keeps its dataset word.
        {"oil_wells", Kind::Count, u"oil wells"_s, u"oil wells"_s, u"%1 oil wells"_s, u"%1 oil wells"_s,
         {u"%1 \u2068oil wells\u2069"_s, u"%1 \u2068oil wells\u2069"_s, u"%1 \u2068oil wells\u2069"_s,
          u"%1 \u2068oil wells\u2069"_s, u"%1 \u2068oil wells\u2069"_s, u"%1 \u2068oil wells\u2069"_s}},
    };
    return specs;
}

// The counts of the Arabic columns of UnitSpec, one in each of Qt's six Arabic plural forms.
const QList<int> ArabicFormCounts{0, 1, 2, 5, 40, 900};

} // namespace

/*
 * The vocabulary as a specification: every qualifier's mark, phrase and meaning, every unit's
 * name and plural forms, country names and the category order, in English and in Arabic
 * (through the application's compiled translation); and every word the bundled dataset uses
 * has its own entry rather than the fallback that shows the raw id.
 */
class TestVocabulary : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void datasetWordsHaveNames_data();
    void datasetWordsHaveNames();
    void unknownWordsFallBackReadably();
    void everyQualifierAndUnitIsSpecified();
    void qualifiers_data();
    void qualifiers();
    void ordersOfMagnitude_data();
    void ordersOfMagnitude();
    void units_data();
    void units();
    void countries_data();
    void countries();
    void arabicCountriesWithoutTranslation();
    void categoryOrder_data();
    void categoryOrder();

private:
    QTranslator m_arabic;
};

void TestVocabulary::initTestCase()
{
    // Installed throughout: English must read as English whatever translation is loaded.
    QVERIFY2(m_arabic.load(ArabicTranslation), qPrintable(ArabicTranslation));
    QCoreApplication::installTranslator(&m_arabic);
}

void TestVocabulary::cleanupTestCase()
{
    QCoreApplication::removeTranslator(&m_arabic);
}

void TestVocabulary::datasetWordsHaveNames_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("word");

    const Dataset dataset = bundledDataset();
    QSet<QString> seen;
    const auto add = [&](const QString &kind, const QString &word) {
        if (!seen.contains(kind + word)) {
            seen.insert(kind + word);
            QTest::addRow("%s %s", qPrintable(kind), qPrintable(word)) << kind << word;
        }
    };
    for (const Event &event : dataset.events)
        add(u"category"_s, event.category);
    for (const Figure &figure : dataset.figures) {
        add(u"metric"_s, figure.metric);
        add(u"qualifier"_s, figure.qualifier);
        add(u"unit"_s, figure.unit);
        for (const QString &code : figure.theater)
            add(u"country"_s, code);
    }
    for (const Place &place : dataset.places) {
        add(u"place kind"_s, place.kind);
        add(u"country"_s, place.country);
    }
    for (const Actor &actor : dataset.actors)
        add(u"actor kind"_s, actor.kind);
}

void TestVocabulary::datasetWordsHaveNames()
{
    QFETCH(QString, kind);
    QFETCH(QString, word);
    if (kind == u"qualifier"_s) {
        QVERIFY2(Vocabulary::knownQualifiers().contains(word), qPrintable(word));
        return;
    }
    if (kind == u"unit"_s) {
        QVERIFY2(Vocabulary::knownUnits().contains(word), qPrintable(word));
        return;
    }
    if (kind == u"country"_s) {
        QVERIFY2(Vocabulary::knownCountries().contains(word), qPrintable(word));
        return;
    }
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

void TestVocabulary::everyQualifierAndUnitIsSpecified()
{
    QSet<QString> qualifiers{u"order_of_magnitude"_s}; // worded from its bounds: ordersOfMagnitude()
    for (const QualifierSpec &spec : qualifierSpecs())
        qualifiers.insert(QString::fromLatin1(spec.id));
    for (const QString &id : Vocabulary::knownQualifiers())
        QVERIFY2(qualifiers.contains(id), qPrintable(u"no row for the qualifier "_s + id));
    QSet<QString> units;
    for (const UnitSpec &spec : unitSpecs())
        units.insert(QString::fromLatin1(spec.id));
    for (const QString &id : Vocabulary::knownUnits())
        QVERIFY2(units.contains(id), qPrintable(u"no row for the unit "_s + id));
}

void TestVocabulary::qualifiers_data()
{
    QTest::addColumn<QString>("qualifier");
    QTest::addColumn<Language>("language");
    QTest::addColumn<QString>("mark");
    QTest::addColumn<QString>("phrase");
    QTest::addColumn<QString>("meaning");
    for (const QualifierSpec &spec : qualifierSpecs()) {
        const QString id = QString::fromLatin1(spec.id);
        QTest::addRow("%s en", spec.id) << id << Language::English << spec.mark << spec.phraseEn << spec.meaningEn;
        QTest::addRow("%s ar", spec.id) << id << Language::Arabic << spec.mark << spec.phraseAr << spec.meaningAr;
    }
}

void TestVocabulary::qualifiers()
{
    QFETCH(QString, qualifier);
    QFETCH(Language, language);
    QFETCH(QString, mark);
    QFETCH(QString, phrase);
    QFETCH(QString, meaning);
    QCOMPARE(Vocabulary::qualifierMark(qualifier), mark);
    QCOMPARE(Vocabulary::qualifiedAmount(qualifier, u"X"_s, language), phrase);
    QCOMPARE(Vocabulary::qualifierMeaning(qualifier, language), meaning);
    // A chart marks exactly the figures whose table text hedges the number.
    QCOMPARE(mark.isEmpty(), phrase == u"X"_s);
    QVERIFY(!Vocabulary::isVagueQuantity(qualifier));
}

void TestVocabulary::ordersOfMagnitude_data()
{
    QTest::addColumn<double>("min");
    QTest::addColumn<double>("max");
    QTest::addColumn<Language>("language");
    QTest::addColumn<QString>("expected");
    const auto en = Language::English;
    const auto ar = Language::Arabic;
    QTest::newRow("tens en") << 10.0 << 99.0 << en << u"tens (A)"_s;
    QTest::newRow("hundreds ar") << 100.0 << 999.0 << ar << u"مئات (A)"_s;
    QTest::newRow("thousands en") << 1000.0 << 9999.0 << en << u"thousands (A)"_s;
    QTest::newRow("thousands ar") << 1000.0 << 9999.0 << ar << u"آلاف (A)"_s;
    QTest::newRow("tens of thousands en") << 10000.0 << 99999.0 << en << u"tens of thousands (A)"_s;
    QTest::newRow("tens of thousands ar") << 10000.0 << 99999.0 << ar << u"عشرات الآلاف (A)"_s;
    QTest::newRow("hundreds of thousands ar") << 100000.0 << 999999.0 << ar << u"مئات الآلاف (A)"_s;
    QTest::newRow("millions en") << 1e6 << 9999999.0 << en << u"millions (A)"_s;
    QTest::newRow("bounds of no decade en") << 5000.0 << 7000.0 << en << u"A (widest reading of the source's words)"_s;
    QTest::newRow("bounds of no decade ar") << 5000.0 << 7000.0 << ar << u"A (أوسع قراءة لتعبير المصدر)"_s;
    QTest::newRow("no bounds en") << qQNaN() << qQNaN() << en << u"A (widest reading of the source's words)"_s;
}

void TestVocabulary::ordersOfMagnitude()
{
    QFETCH(double, min);
    QFETCH(double, max);
    QFETCH(Language, language);
    QFETCH(QString, expected);
    const QString qualifier = u"order_of_magnitude"_s;
    QVERIFY(Vocabulary::isVagueQuantity(qualifier));
    QCOMPARE(Vocabulary::qualifierMark(qualifier), QString()); // the words are the label
    QCOMPARE(Vocabulary::qualifierMeaning(qualifier, language), QString());
    const auto bound = [](double value) { return std::isnan(value) ? std::nullopt : std::optional<double>(value); };
    QCOMPARE(Vocabulary::qualifiedAmount(qualifier, u"A"_s, language, bound(min), bound(max)), expected);
}

void TestVocabulary::units_data()
{
    QTest::addColumn<QString>("unit");
    QTest::addColumn<Language>("language");
    QTest::addColumn<QString>("amount");
    QTest::addColumn<double>("count"); // NaN: a range, no count
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QString>("name");
    QTest::addColumn<Vocabulary::UnitKind>("kind");
    for (const UnitSpec &spec : unitSpecs()) {
        const QString id = QString::fromLatin1(spec.id);
        const auto row = [&](const char *what, Language language, const QString &amount, double count,
                             const QString &pattern) {
            QTest::addRow("%s, %s", spec.id, what)
                << id << language << amount << count << pattern.arg(amount)
                << (language == Language::English ? spec.nameEn : spec.nameAr) << spec.kind;
        };
        row("en one", Language::English, u"1"_s, 1, spec.oneEn);
        row("en many", Language::English, u"900"_s, 900, spec.manyEn);
        row("en zero", Language::English, u"0"_s, 0, spec.manyEn);
        row("en range", Language::English, u"1,500–3,000"_s, qQNaN(), spec.manyEn);
        row("en fraction", Language::English, u"2.5"_s, 2.5, spec.manyEn);
        for (qsizetype form = 0; form < spec.formsAr.size(); ++form) {
            const int count = ArabicFormCounts.at(form);
            row(qPrintable(u"ar %1"_s.arg(count)), Language::Arabic, QString::number(count), count, spec.formsAr.at(form));
        }
        // A range reads like "other"; so does a number past Qt's int.
        row("ar range", Language::Arabic, u"1,500–3,000"_s, qQNaN(), spec.formsAr.last());
        row("ar huge", Language::Arabic, u"5,000,000,000"_s, 5e9, spec.formsAr.last());
    }
}

void TestVocabulary::units()
{
    QFETCH(QString, unit);
    QFETCH(Language, language);
    QFETCH(QString, amount);
    QFETCH(double, count);
    QFETCH(QString, expected);
    QFETCH(QString, name);
    QFETCH(Vocabulary::UnitKind, kind);
    const std::optional<double> number = std::isnan(count) ? std::nullopt : std::optional<double>(count);
    QCOMPARE(Vocabulary::amountWithUnit(unit, amount, number, language), expected);
    QCOMPARE(Vocabulary::unitName(unit, language), name);
    QCOMPARE(Vocabulary::unitKind(unit), kind);
}

void TestVocabulary::countries_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<Language>("language");
    QTest::addColumn<QString>("expected");
    const struct { const char *code; QString en; QString ar; } table[] = {
        {"SY", u"Syria"_s, u"سوريا"_s},
        {"IQ", u"Iraq"_s, u"العراق"_s},
        {"US", u"United States"_s, u"الولايات المتحدة"_s},
        {"TR", u"Turkey"_s, u"تركيا"_s},
        {"JO", u"Jordan"_s, u"الأردن"_s},
        {"IR", u"Iran"_s, u"إيران"_s},
        {"LB", u"Lebanon"_s, u"لبنان"_s},
        {"KW", u"Kuwait"_s, u"الكويت"_s},
        {"GB", u"United Kingdom"_s, u"المملكة المتحدة"_s},
        {"FR", u"France"_s, u"فرنسا"_s},
        {"DE", u"Germany"_s, u"ألمانيا"_s},
        {"UA", u"Ukraine"_s, u"أوكرانيا"_s},
        // Outside the table: CLDR's names, Arabic where QLocale has Arabic for the country.
        {"EG", u"Egypt"_s, u"مصر"_s},
        {"RU", u"Russia"_s, u"Russia"_s},
        {"QQ", u"QQ"_s, u"QQ"_s},
    };
    QStringList specified;
    for (const auto &row : table) {
        QTest::addRow("%s en", row.code) << QString::fromLatin1(row.code) << Language::English << row.en;
        QTest::addRow("%s ar", row.code) << QString::fromLatin1(row.code) << Language::Arabic << row.ar;
        specified.append(QString::fromLatin1(row.code));
    }
    for (const QString &code : Vocabulary::knownCountries())
        QVERIFY2(specified.contains(code), qPrintable(u"no row for the country "_s + code));
}

void TestVocabulary::countries()
{
    QFETCH(QString, code);
    QFETCH(Language, language);
    QFETCH(QString, expected);
    QCOMPARE(Vocabulary::countryName(code, language), expected);
}

void TestVocabulary::arabicCountriesWithoutTranslation()
{
    QCoreApplication::removeTranslator(&m_arabic);
    const QString syria = Vocabulary::countryName(u"SY"_s, Language::Arabic);
    const QString france = Vocabulary::countryName(u"FR"_s, Language::Arabic);
    QCoreApplication::installTranslator(&m_arabic);
    QCOMPARE(syria, u"سوريا"_s);     // CLDR, from the Arabic locale of Syria
    QCOMPARE(france, u"France"_s);   // no Arabic locale of France: the English name
}

void TestVocabulary::categoryOrder_data()
{
    QTest::addColumn<QStringList>("ids");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("vocabulary order") << QStringList{u"report"_s, u"strike"_s, u"military_operation"_s, u"attack"_s}
                                      << QStringList{u"military_operation"_s, u"strike"_s, u"attack"_s, u"report"_s};
    QTest::newRow("unknown ids last, alphabetically")
        << QStringList{u"zeta"_s, u"founding"_s, u"alpha"_s, u"deployment"_s}
        << QStringList{u"deployment"_s, u"founding"_s, u"alpha"_s, u"zeta"_s};
    QTest::newRow("empty") << QStringList{} << QStringList{};
    QStringList all;
    for (QStringView id : Vocabulary::EventCategories)
        all.append(id.toString());
    QStringList reversed(all.crbegin(), all.crend());
    QTest::newRow("every category") << reversed << all;
}

void TestVocabulary::categoryOrder()
{
    QFETCH(QStringList, ids);
    QFETCH(QStringList, expected);
    QCOMPARE(Vocabulary::sortedCategories(ids), expected);
}

QTEST_GUILESS_MAIN(TestVocabulary)
#include "tst_vocabulary.moc"
