// SPDX-License-Identifier: GPL-3.0-or-later
#include "formatter.h"
#include "visualorder.h"

#include <QCoreApplication>
#include <QScopeGuard>
#include <QTest>
#include <QTranslator>

using namespace Qt::StringLiterals;
using namespace Atlas;

Q_DECLARE_METATYPE(Atlas::Language)
Q_DECLARE_METATYPE(Atlas::DigitStyle)
Q_DECLARE_METATYPE(Atlas::ArabicMonthNames)
Q_DECLARE_METATYPE(Atlas::DatePrecision)
Q_DECLARE_METATYPE(Atlas::Figure)

namespace {

// ICU keeps a compact number with its word by a no-break space, and puts these invisible marks around signs so that "68%" keeps its shape inside Arabic text.
constexpr QChar Lrm(u'\u200E');
constexpr QChar Alm(u'\u061C');

// The text without the isolates the Formatter puts around each value it joins to another; the rows
// below spell the words, readsInOrder() and isolatesEachValue() test the isolation.
QString withoutIsolates(QString text)
{
    return text.remove(QChar(u'\u2066')).remove(QChar(u'\u2067')).remove(QChar(u'\u2069'));
}

// The application's compiled Arabic translation: the Formatter's sentences and the
// vocabulary's qualifier and unit words in their real Arabic.
const QString ArabicTranslation = u":/i18n/coalition-atlas_ar.qm"_s;

Figure figure(std::optional<double> value, const QString &qualifier, const QString &unit,
              const QString &direction = {}, std::optional<double> min = {}, std::optional<double> max = {})
{
    Figure f;
    f.kind = direction.isEmpty() ? FigureKind::Stock : FigureKind::Change;
    f.value = value;
    f.min = min;
    f.max = max;
    f.qualifier = qualifier;
    f.unit = unit;
    f.direction = direction;
    return f;
}

} // namespace

class TestFormatter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_arabic.load(ArabicTranslation), qPrintable(ArabicTranslation));
    }

    void number_data()
    {
        QTest::addColumn<Language>("language");
        QTest::addColumn<DigitStyle>("digits");
        QTest::addColumn<double>("value");
        QTest::addColumn<int>("decimals");
        QTest::addColumn<QString>("expected");

        QTest::newRow("en grouping") << Language::English << DigitStyle::Latin << 19873.0 << 0 << u"19,873"_s;
        QTest::newRow("ar latin digits") << Language::Arabic << DigitStyle::Latin << 19873.0 << 0 << u"19,873"_s;
        QTest::newRow("ar arabic-indic") << Language::Arabic << DigitStyle::ArabicIndic << 19873.0 << 0 << u"١٩٬٨٧٣"_s;
        QTest::newRow("en rounds") << Language::English << DigitStyle::Latin << 2.46 << 1 << u"2.5"_s;
        QTest::newRow("ar decimal separator") << Language::Arabic << DigitStyle::ArabicIndic << 2.5 << 1 << u"٢٫٥"_s;
        QTest::newRow("no trailing zeros") << Language::English << DigitStyle::Latin << 900.0 << 2 << u"900"_s;
        QTest::newRow("million") << Language::English << DigitStyle::Latin << 1500000.0 << 0 << u"1,500,000"_s;
        QTest::newRow("not a number") << Language::English << DigitStyle::Latin << qQNaN() << 0 << QString();
    }

    void number()
    {
        QFETCH(Language, language);
        QFETCH(DigitStyle, digits);
        QFETCH(double, value);
        QFETCH(int, decimals);
        QFETCH(QString, expected);
        QCOMPARE(Formatter(language, digits).number(value, decimals), expected);
    }

    void percentAndCompact_data()
    {
        QTest::addColumn<Language>("language");
        QTest::addColumn<DigitStyle>("digits");
        QTest::addColumn<double>("value");
        QTest::addColumn<QString>("percent");
        QTest::addColumn<QString>("compact");

        QTest::newRow("en") << Language::English << DigitStyle::Latin << 68.0 << u"68%"_s << u"68"_s;
        QTest::newRow("ar arabic-indic") << Language::Arabic << DigitStyle::ArabicIndic << 68.0
                                         << (u"٦٨٪"_s + Alm) << u"٦٨"_s;
        QTest::newRow("ar latin") << Language::Arabic << DigitStyle::Latin << 68.0
                                  << (u"68"_s + Lrm + u'%' + Lrm) << u"68"_s;
        QTest::newRow("en thousands") << Language::English << DigitStyle::Latin << 19900.0 << u"19,900%"_s << u"19.9K"_s;
        QTest::newRow("ar thousands") << Language::Arabic << DigitStyle::ArabicIndic << 19900.0
                                      << (u"١٩٬٩٠٠٪"_s + Alm) << u"١٩٫٩\u00A0ألف"_s;
        QTest::newRow("en millions") << Language::English << DigitStyle::Latin << 1500000.0 << u"1,500,000%"_s << u"1.5M"_s;
        QTest::newRow("ar millions latin") << Language::Arabic << DigitStyle::Latin << 1500000.0
                                           << (u"1,500,000"_s + Lrm + u'%' + Lrm) << u"1.5\u00A0مليون"_s;
    }

    void percentAndCompact()
    {
        QFETCH(Language, language);
        QFETCH(DigitStyle, digits);
        QFETCH(double, value);
        QFETCH(QString, percent);
        QFETCH(QString, compact);
        const Formatter formatter(language, digits);
        QCOMPARE(formatter.percent(value), percent);
        QCOMPARE(formatter.compact(value), compact);
    }

    void monthName_data()
    {
        QTest::addColumn<Language>("language");
        QTest::addColumn<ArabicMonthNames>("names");
        QTest::addColumn<int>("month");
        QTest::addColumn<QString>("expected");

        QTest::newRow("en january") << Language::English << ArabicMonthNames::Levantine << 1 << u"January"_s;
        QTest::newRow("en august") << Language::English << ArabicMonthNames::Egyptian << 8 << u"August"_s;
        QTest::newRow("levantine january") << Language::Arabic << ArabicMonthNames::Levantine << 1 << u"كانون الثاني"_s;
        QTest::newRow("levantine april") << Language::Arabic << ArabicMonthNames::Levantine << 4 << u"نيسان"_s;
        QTest::newRow("levantine august") << Language::Arabic << ArabicMonthNames::Levantine << 8 << u"آب"_s;
        QTest::newRow("levantine september") << Language::Arabic << ArabicMonthNames::Levantine << 9 << u"أيلول"_s;
        QTest::newRow("levantine december") << Language::Arabic << ArabicMonthNames::Levantine << 12 << u"كانون الأول"_s;
        QTest::newRow("egyptian january") << Language::Arabic << ArabicMonthNames::Egyptian << 1 << u"يناير"_s;
        QTest::newRow("egyptian april") << Language::Arabic << ArabicMonthNames::Egyptian << 4 << u"أبريل"_s;
        QTest::newRow("egyptian august") << Language::Arabic << ArabicMonthNames::Egyptian << 8 << u"أغسطس"_s;
        QTest::newRow("out of range") << Language::Arabic << ArabicMonthNames::Egyptian << 13 << QString();
    }

    void monthName()
    {
        QFETCH(Language, language);
        QFETCH(ArabicMonthNames, names);
        QFETCH(int, month);
        QFETCH(QString, expected);
        QCOMPARE(Formatter(language, DigitStyle::Latin, names).monthName(month), expected);
    }

    void date_data()
    {
        QTest::addColumn<Language>("language");
        QTest::addColumn<DigitStyle>("digits");
        QTest::addColumn<ArabicMonthNames>("names");
        QTest::addColumn<QDate>("date");
        QTest::addColumn<DatePrecision>("precision");
        QTest::addColumn<QString>("expected");

        const auto en = Language::English;
        const auto ar = Language::Arabic;
        const auto latin = DigitStyle::Latin;
        const auto indic = DigitStyle::ArabicIndic;
        const auto levantine = ArabicMonthNames::Levantine;
        const auto egyptian = ArabicMonthNames::Egyptian;
        QTest::newRow("en year") << en << latin << levantine << QDate(2014, 1, 1) << DatePrecision::Year << u"2014"_s;
        QTest::newRow("en month") << en << latin << levantine << QDate(2020, 8, 1) << DatePrecision::Month << u"August 2020"_s;
        QTest::newRow("en day") << en << latin << levantine << QDate(2024, 9, 27) << DatePrecision::Day << u"27 September 2024"_s;
        QTest::newRow("ar year indic") << ar << indic << levantine << QDate(2014, 1, 1) << DatePrecision::Year << u"٢٠١٤"_s;
        QTest::newRow("ar month levantine") << ar << latin << levantine << QDate(2020, 8, 1) << DatePrecision::Month << u"آب 2020"_s;
        QTest::newRow("ar month egyptian") << ar << latin << egyptian << QDate(2020, 8, 1) << DatePrecision::Month << u"أغسطس 2020"_s;
        QTest::newRow("ar day levantine indic") << ar << indic << levantine << QDate(2024, 9, 27) << DatePrecision::Day
                                                << u"٢٧ أيلول ٢٠٢٤"_s;
        QTest::newRow("ar day egyptian") << ar << latin << egyptian << QDate(2024, 9, 27) << DatePrecision::Day
                                         << u"27 سبتمبر 2024"_s;
        QTest::newRow("month precision ignores day") << en << latin << levantine << QDate(2019, 3, 23)
                                                     << DatePrecision::Month << u"March 2019"_s;
        QTest::newRow("en week") << en << latin << levantine << QDate(2014, 8, 11) << DatePrecision::Week
                                 << u"11–17 August 2014"_s;
        QTest::newRow("en week across months") << en << latin << levantine << QDate(2019, 3, 28) << DatePrecision::Week
                                               << u"28 March\u2009–\u20093 April 2019"_s;
        QTest::newRow("ar week levantine indic") << ar << indic << levantine << QDate(2014, 8, 11) << DatePrecision::Week
                                                 << u"١١–١٧ آب ٢٠١٤"_s;
        QTest::newRow("invalid") << en << latin << levantine << QDate() << DatePrecision::Day << QString();
    }

    void date()
    {
        QFETCH(Language, language);
        QFETCH(DigitStyle, digits);
        QFETCH(ArabicMonthNames, names);
        QFETCH(QDate, date);
        QFETCH(DatePrecision, precision);
        QFETCH(QString, expected);
        QCOMPARE(withoutIsolates(Formatter(language, digits, names).date(date, precision)), expected);
    }

    void fuzzyDateRange()
    {
        FuzzyDate range;
        range.start = QDate(2025, 9, 1);
        range.end = QDate(2026, 9, 1);
        range.precision = DatePrecision::Month;
        QCOMPARE(Formatter(Language::English).date(range), u"\u2066September 2025\u2069 – \u2066September 2026\u2069"_s);
        QCOMPARE(Formatter(Language::Arabic).date(range), u"\u2067أيلول 2025\u2069 – \u2067أيلول 2026\u2069"_s);
        range.end = QDate();
        QCOMPARE(Formatter(Language::English).date(range), u"September 2025"_s);
    }

    void parseDate_data()
    {
        QTest::addColumn<Language>("language");
        QTest::addColumn<DigitStyle>("digits");
        QTest::addColumn<ArabicMonthNames>("names");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDate>("expected");

        const auto en = Language::English;
        const auto ar = Language::Arabic;
        const auto latin = DigitStyle::Latin;
        const auto indic = DigitStyle::ArabicIndic;
        const auto levantine = ArabicMonthNames::Levantine;
        const auto egyptian = ArabicMonthNames::Egyptian;
        const QDate day(2024, 9, 27);
        QTest::newRow("en as written") << en << latin << levantine << u"27 September 2024"_s << day;
        QTest::newRow("en abbreviated") << en << latin << levantine << u"27 Sept 2024"_s << day;
        QTest::newRow("en numeric") << en << latin << levantine << u"27/09/2024"_s << day;
        QTest::newRow("iso") << en << latin << levantine << u"2024-09-27"_s << day;
        QTest::newRow("iso, Arabic-Indic digits") << en << indic << levantine << u"٢٠٢٤-٠٩-٢٧"_s << day;
        QTest::newRow("en, Arabic-Indic digits") << en << indic << levantine << u"٢٧ September ٢٠٢٤"_s << day;
        QTest::newRow("ar levantine indic") << ar << indic << levantine << u"٢٧ أيلول ٢٠٢٤"_s << day;
        QTest::newRow("ar levantine latin") << ar << latin << levantine << u"27 أيلول 2024"_s << day;
        QTest::newRow("ar egyptian") << ar << latin << egyptian << u"27 سبتمبر 2024"_s << day;
        QTest::newRow("ar the other month names") << ar << indic << levantine << u"٢٧ سبتمبر ٢٠٢٤"_s << day;
        QTest::newRow("ar numeric") << ar << indic << levantine << u"٢٧/٩/٢٠٢٤"_s << day;
        QTest::newRow("ar English month") << ar << latin << levantine << u"27 September 2024"_s << day;
        QTest::newRow("isolated") << en << latin << levantine << u"\u206627 September 2024\u2069"_s << day;
        QTest::newRow("no such day") << en << latin << levantine << u"31 February 2024"_s << QDate();
        QTest::newRow("no such day, iso") << en << latin << levantine << u"2024-02-31"_s << QDate();
        QTest::newRow("half typed") << en << latin << levantine << u"27 Sep"_s << QDate();
        QTest::newRow("words") << en << latin << levantine << u"yesterday"_s << QDate();
        QTest::newRow("empty") << en << latin << levantine << QString() << QDate();
    }

    void parseDate()
    {
        QFETCH(Language, language);
        QFETCH(DigitStyle, digits);
        QFETCH(ArabicMonthNames, names);
        QFETCH(QString, text);
        QFETCH(QDate, expected);
        QCOMPARE(Formatter(language, digits, names).parseDate(text), expected);
    }

    // What date() writes, parseDate() reads back: every month, both languages and digit styles.
    void parseDateReadsWhatDateWrites()
    {
        for (const Language language : {Language::English, Language::Arabic}) {
            for (const DigitStyle digits : {DigitStyle::Latin, DigitStyle::ArabicIndic}) {
                for (const ArabicMonthNames names : {ArabicMonthNames::Levantine, ArabicMonthNames::Egyptian}) {
                    const Formatter formatter(language, digits, names);
                    for (int month = 1; month <= 12; ++month) {
                        const QDate day(2017, month, month + 10);
                        const QString text = formatter.date(day, DatePrecision::Day);
                        QVERIFY2(formatter.parseDate(text) == day, qPrintable(text));
                    }
                }
            }
        }
    }

    void figureValue_data()
    {
        QTest::addColumn<Language>("language");
        QTest::addColumn<DigitStyle>("digits");
        QTest::addColumn<Figure>("figure");
        QTest::addColumn<QString>("expected");

        const auto en = Language::English;
        const auto ar = Language::Arabic;
        const auto latin = DigitStyle::Latin;
        const auto indic = DigitStyle::ArabicIndic;
        QTest::newRow("about") << en << latin << figure(900, u"about"_s, u"troops"_s) << u"about 900 troops"_s;
        QTest::newRow("exact") << en << latin << figure(19873, u"exact"_s, u"fighters"_s) << u"19,873 fighters"_s;
        QTest::newRow("more than") << en << latin << figure(2000, u"more_than"_s, u"troops"_s) << u"more than 2,000 troops"_s;
        QTest::newRow("at least") << en << latin << figure(1000, u"at_least"_s, u"fighters"_s) << u"at least 1,000 fighters"_s;
        QTest::newRow("up to") << en << latin << figure(3000, u"up_to"_s, u"troops"_s) << u"up to 3,000 troops"_s;
        QTest::newRow("nearly") << en << latin << figure(2500, u"nearly"_s, u"troops"_s) << u"nearly 2,500 troops"_s;
        QTest::newRow("range") << en << latin << figure({}, u"range"_s, u"fighters"_s, {}, 1500, 3000)
                               << u"1,500–3,000 fighters"_s;
        QTest::newRow("no unit") << en << latin << figure(83, u"exact"_s, {}) << u"83"_s;
        QTest::newRow("unknown unit") << en << latin << figure(12, u"exact"_s, u"bases"_s) << u"12 bases"_s;
        QTest::newRow("decrease") << en << latin << figure(68, u"exact"_s, u"percent"_s, u"decrease"_s) << u"68% decrease"_s;
        QTest::newRow("increase") << en << latin << figure(15, u"about"_s, u"percent"_s, u"increase"_s)
                                  << u"about 15% increase"_s;
        QTest::newRow("signed decrease") << en << latin << figure(-68, u"exact"_s, u"percent"_s, u"decrease"_s)
                                         << u"68% decrease"_s;
        QTest::newRow("no value") << en << latin << figure({}, u"exact"_s, u"troops"_s) << QString();
        QTest::newRow("ar about") << ar << indic << figure(900, u"about"_s, u"troops"_s) << u"نحو ٩٠٠ جندي"_s;
        QTest::newRow("ar range") << ar << indic << figure({}, u"range"_s, u"fighters"_s, {}, 1500, 3000)
                                  << u"١٬٥٠٠–٣٬٠٠٠ مقاتل"_s;
        QTest::newRow("ar decrease") << ar << indic << figure(68, u"exact"_s, u"percent"_s, u"decrease"_s)
                                     << (u"انخفاض بنسبة ٦٨٪"_s + Alm);
        QTest::newRow("ar more than latin") << ar << latin << figure(2000, u"more_than"_s, u"troops"_s)
                                            << u"أكثر من 2,000 جندي"_s;

        // Every qualifier and unit of the bundled dataset, as its figures have them.
        const auto fraction = [](const QString &text) { return text + Lrm + u'%' + Lrm; };
        QTest::newRow("estimated usd") << en << latin << figure(347000000, u"estimated"_s, u"usd"_s)
                                       << u"an estimated 347,000,000 US dollars"_s;
        QTest::newRow("ar estimated usd") << ar << latin << figure(347000000, u"estimated"_s, u"usd"_s)
                                          << u"ما يُقدَّر بـ347,000,000 دولار أمريكي"_s;
        QTest::newRow("more than countries") << en << latin << figure(40, u"more_than"_s, u"countries"_s)
                                             << u"more than 40 countries"_s;
        QTest::newRow("ar more than countries") << ar << latin << figure(40, u"more_than"_s, u"countries"_s)
                                                << u"أكثر من 40 دولة"_s;
        QTest::newRow("nearly a fraction") << en << latin << figure(0.3333, u"nearly"_s, u"fraction"_s)
                                           << u"nearly 33.3%"_s;
        QTest::newRow("ar nearly a fraction") << ar << latin << figure(0.3333, u"nearly"_s, u"fraction"_s)
                                              << u"قرابة "_s + fraction(u"33.3"_s);
        QTest::newRow("about range usd") << en << latin
                                         << figure({}, u"about_range"_s, u"usd"_s, {}, 25000000, 50000000)
                                         << u"about 25,000,000–50,000,000 US dollars"_s;
        QTest::newRow("ar about range usd") << ar << latin
                                            << figure({}, u"about_range"_s, u"usd"_s, {}, 25000000, 50000000)
                                            << u"نحو 25,000,000–50,000,000 دولار أمريكي"_s;
        QTest::newRow("approximately half") << en << latin
                                            << figure({}, u"approximately_half"_s, u"fighters"_s, {}, 2500, 3500)
                                            << u"roughly 2,500–3,500 fighters"_s;
        QTest::newRow("ar approximately half") << ar << indic
                                               << figure({}, u"approximately_half"_s, u"fighters"_s, {}, 2500, 3500)
                                               << u"ما يقارب ٢٬٥٠٠–٣٬٥٠٠ مقاتل"_s;
        QTest::newRow("tens of thousands") << en << latin
                                           << figure({}, u"order_of_magnitude"_s, u"fighters"_s, {}, 10000, 99999)
                                           << u"tens of thousands (10,000–99,999 fighters)"_s;
        QTest::newRow("ar tens of thousands") << ar << indic
                                              << figure({}, u"order_of_magnitude"_s, u"fighters"_s, {}, 10000, 99999)
                                              << u"عشرات الآلاف (١٠٬٠٠٠–٩٩٬٩٩٩ مقاتل)"_s;
        QTest::newRow("thousands of people") << en << latin
                                             << figure({}, u"order_of_magnitude"_s, u"people"_s, {}, 1000, 9999)
                                             << u"thousands (1,000–9,999 people)"_s;
        QTest::newRow("ar thousands of people") << ar << latin
                                                << figure({}, u"order_of_magnitude"_s, u"people"_s, {}, 1000, 9999)
                                                << u"آلاف (1,000–9,999 شخص)"_s;
        QTest::newRow("range of people") << en << latin << figure({}, u"range"_s, u"people"_s, {}, 5000, 7000)
                                         << u"5,000–7,000 people"_s;
        QTest::newRow("ar range of people") << ar << latin << figure({}, u"range"_s, u"people"_s, {}, 5000, 7000)
                                            << u"5,000–7,000 شخص"_s;
        QTest::newRow("airstrikes") << en << latin << figure(19873, u"exact"_s, u"airstrikes"_s) << u"19,873 airstrikes"_s;
        QTest::newRow("ar airstrikes, 11–99 form") << ar << latin << figure(19873, u"exact"_s, u"airstrikes"_s)
                                                   << u"19,873 غارة جوية"_s;
        QTest::newRow("about attacks") << en << latin << figure(500, u"about"_s, u"attacks"_s) << u"about 500 attacks"_s;
        QTest::newRow("ar about attacks") << ar << latin << figure(500, u"about"_s, u"attacks"_s) << u"نحو 500 هجوم"_s;
        QTest::newRow("members") << en << latin << figure(84, u"exact"_s, u"members"_s) << u"84 members"_s;
        QTest::newRow("ar members, 11–99 form") << ar << latin << figure(84, u"exact"_s, u"members"_s) << u"84 عضوًا"_s;
        QTest::newRow("ratio") << en << latin << figure(2, u"more_than"_s, u"times"_s, u"increase"_s)
                               << u"more than 2 times the baseline"_s;
        QTest::newRow("ar ratio, dual") << ar << latin << figure(2, u"more_than"_s, u"times"_s, u"increase"_s)
                                        << u"أكثر من ضعفي خط الأساس"_s;
        QTest::newRow("percent level") << en << latin << figure(56, u"exact"_s, u"percent"_s) << u"56%"_s;
        QTest::newRow("ar percent level") << ar << indic << figure(56, u"exact"_s, u"percent"_s) << (u"٥٦٪"_s + Alm);
        QTest::newRow("one troop") << en << latin << figure(1, u"exact"_s, u"troops"_s) << u"1 troop"_s;
        QTest::newRow("ar one troop") << ar << latin << figure(1, u"exact"_s, u"troops"_s) << u"جندي واحد"_s;
        QTest::newRow("ar troops, 3–10 form") << ar << latin << figure(5, u"exact"_s, u"troops"_s) << u"5 جنود"_s;
        QTest::newRow("ar troops, other form") << ar << indic << figure(400, u"exact"_s, u"troops"_s) << u"٤٠٠ جندي"_s;
        QTest::newRow("ar unknown unit") << ar << latin << figure(12, u"exact"_s, u"bases"_s)
                                         << u"12 \u2068bases\u2069"_s;
    }

    void figureValue()
    {
        QFETCH(Language, language);
        QFETCH(DigitStyle, digits);
        QFETCH(Figure, figure);
        QFETCH(QString, expected);
        // Only while an Arabic row runs: English rows read English without any translation.
        if (language == Language::Arabic)
            QCoreApplication::installTranslator(&m_arabic);
        const auto removeTranslator = qScopeGuard([this] { QCoreApplication::removeTranslator(&m_arabic); });
        QCOMPARE(withoutIsolates(Formatter(language, digits).figureValue(figure)), withoutIsolates(expected));
    }

    void isolatesEachValue()
    {
        const Formatter english(Language::English, DigitStyle::ArabicIndic);
        QCOMPARE(english.figureValue(figure({}, u"range"_s, u"fighters"_s, {}, 1500, 3000)),
                 u"\u2066١٬٥٠٠\u2069–\u2066٣٬٠٠٠\u2069 fighters"_s);
        QCOMPARE(english.date(QDate(2014, 8, 11), DatePrecision::Week), u"\u2066١١\u2069–\u2066١٧\u2069 August ٢٠١٤"_s);
        const Formatter arabic(Language::Arabic);
        QCOMPARE(arabic.range(u"1"_s, u"2"_s), u"\u20671\u2069–\u20672\u2069"_s);
        QCOMPARE(arabic.isolate(QString()), QString());

        // The check below can fail: a range joined without isolates reads backwards in English.
        QString why;
        QVERIFY(!AtlasTest::readsInOrder(u"١٬٥٠٠–٣٬٠٠٠ fighters"_s, {u"١٬٥٠٠"_s, u"٣٬٠٠٠"_s}, false, &why));
        QVERIFY(!AtlasTest::readsInOrder(u"١ January ٢٠٢٤ – ٢٨ September ٢٠٢٤"_s,
                                         {u"١ January ٢٠٢٤"_s, u"٢٨ September ٢٠٢٤"_s}, false, &why));
    }

    // Every text that joins two values, for both interface languages and both digit styles, laid out
    // by the bidi algorithm: the values stay whole and read in the interface's order (left to right
    // in English, right to left in Arabic). Before the values were isolated, Arabic-Indic digits in
    // English read "٣٬٠٠٠–١٬٥٠٠" for 1,500 to 3,000 and "١ January ٢٨ – ٢٠٢٤ September ٢٠٢٤".
    void readsInOrder_data()
    {
        QTest::addColumn<Language>("language");
        QTest::addColumn<DigitStyle>("digits");
        for (const Language language : {Language::English, Language::Arabic}) {
            for (const DigitStyle digits : {DigitStyle::Latin, DigitStyle::ArabicIndic}) {
                QTest::addRow("%s, %s digits", language == Language::Arabic ? "ar" : "en",
                              digits == DigitStyle::Latin ? "Latin" : "Arabic-Indic")
                    << language << digits;
            }
        }
    }

    void readsInOrder()
    {
        QFETCH(Language, language);
        QFETCH(DigitStyle, digits);
        if (language == Language::Arabic)
            QCoreApplication::installTranslator(&m_arabic);
        const auto removeTranslator = qScopeGuard([this] { QCoreApplication::removeTranslator(&m_arabic); });
        Formatter formatter(language, digits);
        const bool rtl = language == Language::Arabic;
        QString why;

        const Figure fighters = figure({}, u"range"_s, u"fighters"_s, {}, 1500, 3000);
        QVERIFY2(AtlasTest::readsInOrder(formatter.figureValue(fighters), {formatter.number(1500), formatter.number(3000)},
                                         rtl, &why), qPrintable(why));
        const Figure thousands = figure({}, u"order_of_magnitude"_s, u"people"_s, {}, 1000, 9999);
        QVERIFY2(AtlasTest::readsInOrder(formatter.figureValue(thousands), {formatter.number(1000), formatter.number(9999)},
                                         rtl, &why), qPrintable(why));
        const Figure share = figure({}, u"range"_s, u"percent"_s, {}, 20, 30);
        QVERIFY2(AtlasTest::readsInOrder(formatter.figureValue(share), {formatter.percent(20), formatter.percent(30)},
                                         rtl, &why), qPrintable(why));

        FuzzyDate days;
        days.start = QDate(2024, 1, 1);
        days.end = QDate(2024, 9, 28);
        days.precision = DatePrecision::Day;
        const QString first = formatter.date(days.start, DatePrecision::Day);
        const QString last = formatter.date(days.end, DatePrecision::Day);
        QVERIFY2(AtlasTest::readsInOrder(formatter.date(days), {first, last}, rtl, &why), qPrintable(why));
        QVERIFY2(AtlasTest::readsInOrder(formatter.period(first, last), {first, last}, rtl, &why), qPrintable(why));

        // ICU's interval format shares the month and year; the two days still read in order.
        QVERIFY2(AtlasTest::readsInOrder(formatter.date(QDate(2014, 8, 11), DatePrecision::Week),
                                         {formatter.number(11), formatter.number(17)}, rtl, &why), qPrintable(why));

        // A date followed by its Hijri date.
        formatter.setShowsHijri(true);
        FuzzyDate day;
        day.start = QDate(2024, 9, 27);
        day.precision = DatePrecision::Day;
        QVERIFY2(AtlasTest::readsInOrder(formatter.dateWithHijri(day), {formatter.date(day), formatter.hijriDate(day)},
                                         rtl, &why), qPrintable(why));

        // Values a view joins itself: "value, date" as the charts label a bar.
        const QString label = u"%1, %2"_s.arg(formatter.isolate(formatter.number(2500)), formatter.isolate(formatter.date(QDate(2024, 1, 1), DatePrecision::Year)));
        QVERIFY2(AtlasTest::readsInOrder(label, {formatter.number(2500), formatter.date(QDate(2024, 1, 1), DatePrecision::Year)},
                                         rtl, &why), qPrintable(why));
    }

    void copiesShareNothingVisible()
    {
        const Formatter arabic(Language::Arabic, DigitStyle::ArabicIndic, ArabicMonthNames::Egyptian);
        const Formatter copy = arabic;
        QCOMPARE(copy.language(), Language::Arabic);
        QCOMPARE(copy.digits(), DigitStyle::ArabicIndic);
        QCOMPARE(copy.monthNames(), ArabicMonthNames::Egyptian);
        QCOMPARE(copy.number(19873), arabic.number(19873));
        // Another formatter in the same process keeps its own settings.
        QCOMPARE(Formatter(Language::English).number(19873), u"19,873"_s);
        QCOMPARE(copy.number(19873), u"١٩٬٨٧٣"_s);
    }

private:
    QTranslator m_arabic;
};

QTEST_GUILESS_MAIN(TestFormatter)
#include "tst_formatter.moc"
