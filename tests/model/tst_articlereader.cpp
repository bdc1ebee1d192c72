// SPDX-License-Identifier: GPL-3.0-or-later
#include "articledecoder.h"
#include "articleextractor.h"
#include "dataset.h"
#include "datereader.h"
#include "foldedtext.h"
#include "gazetteer.h"
#include "numberreader.h"
#include "sentencesplitter.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Atlas::Article;

/*
 * The article reader, one data row per rule, each with a real sentence of the five seed
 * articles (or, where the seeds have no example, a sentence in their style, marked so): date
 * forms, number forms, places with folding and glued words, candidate events, the JSON Lines
 * offsets, and bad input (empty, binary, Windows-1256, 200,000 characters, markup and bidi
 * controls kept literally).
 */
class TestArticleReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void dates_data();
    void dates();
    void numbers_data();
    void numbers();
    void places_data();
    void places();
    void events_data();
    void events();
    void sentences();
    void codePointOffsets();
    void markupAndBidiKeptLiterally();
    void decoder_data();
    void decoder();
    void decodeAsChosenEncoding();
    void longArticleDoesNotHang();
    void hijriMonthThroughIcu();

private:
    std::optional<ArticleExtractor> m_extractor;
};

namespace {

Atlas::Place place(const QString &id, const QString &ar, const QString &en, double lat, double lon)
{
    Atlas::Place p;
    p.id = id;
    p.name = Atlas::LocalizedText {ar, en};
    p.lat = lat;
    p.lon = lon;
    return p;
}

// The places of the bundled dataset that the rows use, as the project's places.
QList<Atlas::Place> projectPlaces()
{
    return {place(u"syria"_s, u"سوريا"_s, u"Syria"_s, 35, 38), place(u"iraq"_s, u"العراق"_s, u"Iraq"_s, 33, 44),
            place(u"al-tanf"_s, u"قاعدة التنف"_s, u"Al-Tanf base"_s, 33.50583, 38.61778),
            place(u"baghouz"_s, u"الباغوز"_s, u"Al-Baghuz (Baghouz)"_s, 34.4, 40.9),
            place(u"hasakah-province"_s, u"محافظة الحسكة"_s, u"Al-Hasakah governorate (province)"_s, 36.5, 40.7),
            place(u"anbar"_s, u"محافظة الأنبار"_s, u"Al-Anbar governorate (province)"_s, 33.4, 42),
            place(u"mosul"_s, u"الموصل"_s, u"Mosul"_s, 36.34, 43.13),
            place(u"raqqa"_s, u"الرقة"_s, u"Raqqa"_s, 35.95, 39.01),
            place(u"camp-taji"_s, u"قاعدة التاجي"_s, u"Camp Taji (Taji base)"_s, 33.53, 44.28),
            place(u"washington"_s, u"واشنطن"_s, u"Washington, D.C."_s, 38.9, -77)};
}

} // namespace

void TestArticleReader::initTestCase()
{
    QString error;
    const Gazetteer gazetteer = Gazetteer::load(Gazetteer::bundledPath(), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(gazetteer.entries().size() > 100);
    m_extractor.emplace(PlaceMatcher(projectPlaces(), gazetteer));
}

void TestArticleReader::dates_data()
{
    QTest::addColumn<QString>("sentence");
    QTest::addColumn<QDate>("published");
    QTest::addColumn<QString>("span");
    QTest::addColumn<QDate>("earliest");
    QTest::addColumn<QDate>("latest");
    QTest::addColumn<QString>("precision");
    QTest::addColumn<bool>("relative");
    QTest::addColumn<bool>("unresolved");

    const QDate p000(2021, 4, 15), p002(2016, 11, 30), p003(2024, 9, 28), p004(2023, 4, 30);
    QTest::newRow("year after عام (000)") << u"يعمل التحالف الدولي منذ تأسيسه عام 2014 على التصدي لتنظيم داعش"_s << p000
        << u"عام 2014"_s << QDate(2014, 1, 1) << QDate(2014, 12, 31) << u"year"_s << false << false;
    QTest::newRow("Egyptian month and year (000)") << u"وفقًا لموقع سكاي نيوز عربية أكتوبر 2020، يتمركز التحالف الدولي"_s << p000
        << u"أكتوبر 2020"_s << QDate(2020, 10, 1) << QDate(2020, 10, 31) << u"month"_s << false << false;
    QTest::newRow("month of this year (000)") << u"قرب كركوك في يناير من العام الجاري."_s << p000
        << u"يناير من العام الجاري"_s << QDate(2021, 1, 1) << QDate(2021, 1, 31) << u"month"_s << true << false;
    QTest::newRow("month of this year, date unknown") << u"قرب كركوك في يناير من العام الجاري."_s << QDate()
        << u"يناير من العام الجاري"_s << QDate() << QDate() << QString() << true << true;
    QTest::newRow("numeric month/day with time (000)") << u"04/15 10:00"_s << p000
        << u"04/15 10:00"_s << QDate(2021, 4, 15) << QDate(2021, 4, 15) << u"day"_s << true << false;
    QTest::newRow("duration up to publication (000)") << u"ضربة جوية على التنظيم في العراق خلال 6 سنوات و5 أشهر."_s << p000
        << u"خلال 6 سنوات و5 أشهر"_s << QDate(2014, 11, 1) << QDate(2021, 4, 30) << u"month"_s << true << false;
    QTest::newRow("day name and slashed date (002)") << u"الأربعاء 30/نوفمبر/2016 - 05:25 م"_s << p002
        << u"الأربعاء 30/نوفمبر/2016"_s << QDate(2016, 11, 30) << QDate(2016, 11, 30) << u"day"_s << false << false;
    QTest::newRow("اليوم with a full date (002)") << u"وذكرت الولايات المتحدة الأمريكية، اليوم الأربعاء 30 نوفمبر 2016، أن التحالف"_s << p002
        << u"اليوم الأربعاء 30 نوفمبر 2016"_s << QDate(2016, 11, 30) << QDate(2016, 11, 30) << u"day"_s << false << false;
    QTest::newRow("أمس (002)") << u"وذكرت بوابة الحركات الإسلامية في تقرير لها أمس، أن هناك بيانًا"_s << p002
        << u"أمس"_s << QDate(2016, 11, 29) << QDate(2016, 11, 29) << u"day"_s << true << false;
    QTest::newRow("أمس الأربعاء (style of 002)") << u"وقال المتحدث أمس الأربعاء إن التحالف مستمر."_s << QDate(2016, 12, 1)
        << u"أمس الأربعاء"_s << QDate(2016, 11, 30) << QDate(2016, 11, 30) << u"day"_s << true << false;
    QTest::newRow("day, month, year (002)") << u"هجماته على مواقع التنظيم الإرهابي في سوريا والعراق في 15 أغسطس 2014، وقدم"_s << p002
        << u"15 أغسطس 2014"_s << QDate(2014, 8, 15) << QDate(2014, 8, 15) << u"day"_s << false << false;
    QTest::newRow("weekday with day and month, no year (003)") << u"سابرينا سينج للصحفيين يوم الجمعة 27 سبتمبر إن المهمة ستتغير"_s << p003
        << u"يوم الجمعة 27 سبتمبر"_s << QDate(2024, 9, 27) << QDate(2024, 9, 27) << u"day"_s << true << false;
    QTest::newRow("weekday alone (003)") << u"وقال مسؤولون أميركيون كبار يوم الجمعة إن المرحلة الأولى"_s << p003
        << u"يوم الجمعة"_s << QDate(2024, 9, 27) << QDate(2024, 9, 27) << u"day"_s << true << false;
    QTest::newRow("next September (003)") << u"وأضافوا أن المرحلة الثانية ستبدأ في سبتمبر المقبل وستستمر"_s << p003
        << u"سبتمبر المقبل"_s << QDate(2025, 9, 1) << QDate(2025, 9, 30) << u"month"_s << true << false;
    QTest::newRow("this month (003)") << u"في وقت سابق من الشهر الجاري إن وزير الدفاع"_s << p003
        << u"الشهر الجاري"_s << QDate(2024, 9, 1) << QDate(2024, 9, 30) << u"month"_s << true << false;
    QTest::newRow("the next two years (003)") << u"مغادرة معظم القوات الأميركية في العراق خلال العامين المقبلين."_s << p003
        << u"العامين المقبلين"_s << QDate(2024, 1, 1) << QDate(2026, 12, 31) << u"year"_s << true << false;
    QTest::newRow("month alone, most recent (003)") << u"حذرت القيادة المركزية الأميركية، في يوليو من أن تنظيم داعش"_s << p003
        << u"يوليو"_s << QDate(2024, 7, 1) << QDate(2024, 7, 31) << u"month"_s << true << false;
    QTest::newRow("last month (001)") << u"خلال الشهر الفائت أعلنت وزارة الدفاع الأمريكية"_s << QDate(2021, 3, 10)
        << u"الشهر الفائت"_s << QDate(2021, 2, 1) << QDate(2021, 2, 28) << u"month"_s << true << false;
    QTest::newRow("last year (001)") << u"حيث ازدادت المساحات التي تسيطر عليها تلك القوات خلال العام الفائت"_s << QDate(2021, 3, 10)
        << u"العام الفائت"_s << QDate(2020, 1, 1) << QDate(2020, 12, 31) << u"year"_s << true << false;
    QTest::newRow("paired Levantine/Egyptian, no year (004)") << u"في محافظة الحسكة بشمال شرق سوريا يوم 15 كانون الأول/ديسمبر."_s << p004
        << u"15 كانون الأول/ديسمبر"_s << QDate(2022, 12, 15) << QDate(2022, 12, 15) << u"day"_s << true << false;
    QTest::newRow("paired names with a year") << u"اجتاح التنظيم الموصل في يونيو/حزيران 2014."_s << QDate()
        << u"يونيو/حزيران 2014"_s << QDate(2014, 6, 1) << QDate(2014, 6, 30) << u"month"_s << false << false;
    QTest::newRow("early in a named month (004)") << u"في العراق هذا العام حتى أوائل شهر نيسان/أبريل"_s << p004
        << u"أوائل شهر نيسان/أبريل"_s << QDate(2023, 4, 1) << QDate(2023, 4, 10) << u"day"_s << true << false;
    QTest::newRow("this year (004)") << u"التي نفذت في العراق وسوريا هذا العام من قبل تنظيم"_s << p004
        << u"هذا العام"_s << QDate(2023, 1, 1) << QDate(2023, 12, 31) << u"year"_s << true << false;
    QTest::newRow("last week (004)") << u"وكان شهر رمضان، الذي انتهى الأسبوع الماضي"_s << QDate(2023, 4, 24)
        << u"الأسبوع الماضي"_s << QDate(2023, 4, 17) << QDate(2023, 4, 23) << u"day"_s << true << false;
    QTest::newRow("Hijri month without year (004)") << u"وكان شهر رمضان، الذي انتهى"_s << QDate(2023, 4, 24)
        << u"شهر رمضان"_s << QDate(2023, 3, 23) << QDate(2023, 4, 20) << u"day"_s << true << false;
    QTest::newRow("Hijri month with year") << u"في شهر رمضان 1444 هـ تراجعت الهجمات"_s << QDate()
        << u"شهر رمضان 1444 هـ"_s << QDate(2023, 3, 23) << QDate(2023, 4, 20) << u"day"_s << false << false;
    QTest::newRow("middle of the month") << u"وصلت التعزيزات منتصف الشهر الماضي"_s << QDate(2024, 9, 28)
        << u"منتصف الشهر الماضي"_s << QDate(2024, 8, 11) << QDate(2024, 8, 20) << u"day"_s << true << false;
    QTest::newRow("six years ago, in words") << u"انطلقت الحملة منذ ست سنوات"_s << QDate(2020, 8, 1)
        << u"منذ ست سنوات"_s << QDate(2014, 1, 1) << QDate(2014, 12, 31) << u"year"_s << true << false;
    QTest::newRow("numeric day-month-year") << u"بدأت الضربات في 15-8-2014 على مواقع التنظيم"_s << QDate()
        << u"15-8-2014"_s << QDate(2014, 8, 15) << QDate(2014, 8, 15) << u"day"_s << false << false;
    QTest::newRow("Arabic-Indic digits") << u"بدأت الضربات في ١٥ أغسطس ٢٠١٤"_s << QDate()
        << u"١٥ أغسطس ٢٠١٤"_s << QDate(2014, 8, 15) << QDate(2014, 8, 15) << u"day"_s << false << false;
    QTest::newRow("Russia Today is not today (000)") << u"وفقًا لـ \"روسيا اليوم\" في أغسطس 2020"_s << p000
        << u"أغسطس 2020"_s << QDate(2020, 8, 1) << QDate(2020, 8, 31) << u"month"_s << false << false;
}

void TestArticleReader::dates()
{
    QFETCH(QString, sentence);
    QFETCH(QDate, published);
    QFETCH(QString, span);
    QFETCH(QDate, earliest);
    QFETCH(QDate, latest);
    QFETCH(QString, precision);
    QFETCH(bool, relative);
    QFETCH(bool, unresolved);
    const ArticleExtraction x = m_extractor->extract(sentence, published);
    QStringList seen;
    for (const DateCandidate &d : x.dates)
        seen.append(x.spanText(d.span));
    QVERIFY2(seen.contains(span), qPrintable(u"found only: "_s + seen.join(u" | "_s)));
    const DateCandidate &d = x.dates.at(seen.indexOf(span));
    QCOMPARE(d.earliest, earliest);
    QCOMPARE(d.latest, latest);
    if (!unresolved) {
        static const QStringList names {u"day"_s, u"month"_s, u"year"_s};
        QCOMPARE(names.at(int(d.precision)), precision);
    }
    QCOMPARE(d.relative, relative);
    QCOMPARE(d.unresolved, unresolved);
}

void TestArticleReader::numbers_data()
{
    QTest::addColumn<QString>("sentence");
    QTest::addColumn<QString>("span");
    QTest::addColumn<double>("value");    // NaN: a range
    QTest::addColumn<double>("min");
    QTest::addColumn<double>("max");
    QTest::addColumn<QString>("qualifier");
    QTest::addColumn<QString>("unit");
    const double range = qQNaN();

    QTest::newRow("digits with a unit (000)") << u"وهو 5200 جندي في قواعد مختلفة."_s << u"5200"_s << 5200.0 << 0.0 << 0.0 << QString() << u"troops"_s;
    QTest::newRow("thousands and units in words (000)") << u"قد شن 19 ألفا و873 ضربة جوية على الدواعش في سوريا"_s << u"19 ألفا و873"_s << 19873.0 << 0.0 << 0.0 << QString() << u"airstrikes"_s;
    QTest::newRow("آلاف و (style of 000)") << u"وصل 4 آلاف و500 جندي إلى القاعدة"_s << u"4 آلاف و500"_s << 4500.0 << 0.0 << 0.0 << QString() << u"troops"_s;
    QTest::newRow("millions of dollars (000)") << u"والتي تقدر بقيمة 347 مليون دولار لقوات العراق."_s << u"347 مليون"_s << 347e6 << 0.0 << 0.0 << QString() << u"usd"_s;
    QTest::newRow("thousands, vague (000)") << u"إلى جانب الجنود الأمريكيون وآلاف من المتقاعدين المدنيين."_s << u"آلاف"_s << range << 1000.0 << 9999.0 << u"order_of_magnitude"_s << u"people"_s;
    QTest::newRow("tens of thousands, vague (002)") << u"ويقدر أعداد مقاتلي التنظيم وفق الإحصائيات، بعشرات الآلاف؛"_s << u"عشرات الآلاف"_s << range << 10000.0 << 99999.0 << u"order_of_magnitude"_s << QString();
    QTest::newRow("about (001)") << u"أن عدد تلك القوات يقدّر بحوالي 900 مقاتل أمريكي"_s << u"900"_s << 900.0 << 0.0 << 0.0 << u"about"_s << u"fighters"_s;
    QTest::newRow("more than (002)") << u"ورغم مشاركة أكثر من 40 دولة في التحالف"_s << u"40"_s << 40.0 << 0.0 << 0.0 << u"more_than"_s << u"countries"_s;
    QTest::newRow("percent sign (002)") << u"استطاعت استعادة 56% من المناطق"_s << u"56%"_s << 56.0 << 0.0 << 0.0 << QString() << u"percent"_s;
    QTest::newRow("percent in words (004)") << u"رأينا انخفاضا قياسيا بلغ 68 بالمائة في الهجمات"_s << u"68 بالمائة"_s << 68.0 << 0.0 << 0.0 << QString() << u"percent"_s;
    QTest::newRow("range in digits (003)") << u"أن تنظيم داعش لديه ما بين 1500 و3000 مقاتل في العراق وسوريا."_s << u"1500 و3000"_s << range << 1500.0 << 3000.0 << u"range"_s << u"fighters"_s;
    QTest::newRow("range in words (004)") << u"لا يزال لديه \"بين خمسة آلاف وسبعة آلاف من العناصر والأنصار\""_s << u"خمسة آلاف وسبعة آلاف"_s << range << 5000.0 << 7000.0 << u"range"_s << u"members"_s;
    QTest::newRow("approximate range of millions (004)") << u"للتنظيم ببين حوالي 25 و50 مليون دولار أميركي"_s << u"25 و50 مليون"_s << range << 25e6 << 50e6 << u"about_range"_s << u"usd"_s;
    QTest::newRow("nearly a third (003)") << u"والتي غطت في ذروتها ما يقرب من ثلث العراق وسوريا."_s << u"ثلث"_s << 0.3333 << 0.0 << 0.0 << u"nearly"_s << u"fraction"_s;
    QTest::newRow("more than double (003)") << u"كان في طريقه إلى أكثر من مضاعفة العدد الإجمالي للهجمات"_s << u"مضاعفة"_s << 2.0 << 0.0 << 0.0 << u"more_than"_s << u"times"_s;
    QTest::newRow("members (004)") << u"الذي يتكون من 84 عضوا يوم الاثنين"_s << u"84"_s << 84.0 << 0.0 << 0.0 << QString() << u"members"_s;
    QTest::newRow("number words") << u"وصل ثلاثة آلاف جندي"_s << u"ثلاثة آلاف"_s << 3000.0 << 0.0 << 0.0 << QString() << u"troops"_s;
    QTest::newRow("tens in words") << u"قتل عشرين مقاتلا"_s << u"عشرين"_s << 20.0 << 0.0 << 0.0 << QString() << u"fighters"_s;
    QTest::newRow("ordinal compound") << u"في اليوم الثالث والعشرين من الحملة"_s << u"الثالث والعشرين"_s << 23.0 << 0.0 << 0.0 << u"ordinal"_s << QString();
    QTest::newRow("Arabic-Indic digits with separators") << u"شن ١٩٬٨٧٣ ضربة جوية"_s << u"١٩٬٨٧٣"_s << 19873.0 << 0.0 << 0.0 << QString() << u"airstrikes"_s;
    QTest::newRow("Persian digits") << u"نحو ۲۵۰۰ مقاتل"_s << u"۲۵۰۰"_s << 2500.0 << 0.0 << 0.0 << u"about"_s << u"fighters"_s;
    QTest::newRow("Latin grouping") << u"about 2,500 fighters"_s << u"2,500"_s << 2500.0 << 0.0 << 0.0 << u"about"_s << u"fighters"_s;
}

void TestArticleReader::numbers()
{
    QFETCH(QString, sentence);
    QFETCH(QString, span);
    QFETCH(double, value);
    QFETCH(double, min);
    QFETCH(double, max);
    QFETCH(QString, qualifier);
    QFETCH(QString, unit);
    const ArticleExtraction x = m_extractor->extract(sentence, QDate(2024, 1, 1));
    const auto it = std::find_if(x.numbers.cbegin(), x.numbers.cend(), [&](const NumberCandidate &n) { return x.spanText(n.span) == span; });
    QStringList seen;
    for (const NumberCandidate &n : x.numbers)
        seen.append(x.spanText(n.span));
    QVERIFY2(it != x.numbers.cend(), qPrintable(u"found only: "_s + seen.join(u" | "_s)));
    if (qIsNaN(value)) {
        QVERIFY(!it->value);
        QCOMPARE(*it->min, min);
        QCOMPARE(*it->max, max);
    } else {
        QVERIFY(it->value);
        QCOMPARE(*it->value, value);
    }
    QCOMPARE(it->qualifier, qualifier);
    QCOMPARE(it->unit, unit);
}

void TestArticleReader::places_data()
{
    QTest::addColumn<QString>("sentence");
    QTest::addColumn<QStringList>("ids");
    QTest::addColumn<QStringList>("spans");

    QTest::newRow("project base, with descriptor (000)") << u"وقاعدة التنف التي تقع على المثلث الحدودي"_s << QStringList {u"al-tanf"_s} << QStringList {u"قاعدة التنف"_s};
    QTest::newRow("attached ب (001)") << u"إعلان هزيمة التنظيم في آخر معاقله ببلدة الباغوز على الحدود"_s << QStringList {u"baghouz"_s} << QStringList {u"الباغوز"_s};
    QTest::newRow("attached و and the article (000)") << u"يتمركز التحالف الدولي في سوريا والعراق."_s << QStringList {u"syria"_s, u"iraq"_s} << QStringList {u"سوريا"_s, u"العراق"_s};
    QTest::newRow("glued words (004)") << u"للقضاء على زعماء تنظيم داعش في سورياوالعراق."_s << QStringList {u"syria"_s, u"iraq"_s} << QStringList {u"سوريا"_s, u"العراق"_s};
    QTest::newRow("adjective is not the place (000)") << u"شمال العاصمة العراقية"_s << QStringList {} << QStringList {};
    QTest::newRow("hamza folded (003)") << u"مقتل قائد كبير في تنظيم داعش في محافظة الانبار غربي العراق."_s << QStringList {u"anbar"_s, u"iraq"_s} << QStringList {u"محافظة الانبار"_s, u"العراق"_s};
    QTest::newRow("teh marbuta folded") << u"دخلت القوات الرقه"_s << QStringList {u"raqqa"_s} << QStringList {u"الرقه"_s};
    QTest::newRow("لل for ال") << u"وصلت التعزيزات للموصل"_s << QStringList {u"mosul"_s} << QStringList {u"للموصل"_s};
    QTest::newRow("tashkeel ignored") << u"في الْمَوْصِل"_s << QStringList {u"mosul"_s} << QStringList {u"الْمَوْصِل"_s};
    QTest::newRow("gazetteer city (GeoNames)") << u"وقعت اشتباكات في منبج وتكريت"_s << QStringList {u"gazetteer:sy-manbij"_s, u"gazetteer:iq-tikrit"_s} << QStringList {u"منبج"_s, u"تكريت"_s};
    QTest::newRow("gazetteer, English") << u"Clashes were reported near Fallujah and Manbij."_s << QStringList {u"gazetteer:iq-fallujah"_s, u"gazetteer:sy-manbij"_s} << QStringList {u"Fallujah"_s, u"Manbij"_s};
    QTest::newRow("common word that is a town (004)") << u"أحد أكثر أشهر رمضان سلمية منذ سنوات"_s << QStringList {} << QStringList {};
    QTest::newRow("project wins over gazetteer") << u"في محافظة الحسكة السورية"_s << QStringList {u"hasakah-province"_s} << QStringList {u"محافظة الحسكة"_s};
}

void TestArticleReader::places()
{
    QFETCH(QString, sentence);
    QFETCH(QStringList, ids);
    QFETCH(QStringList, spans);
    const ArticleExtraction x = m_extractor->extract(sentence, QDate());
    QStringList seenIds, seenSpans;
    for (const PlaceCandidate &p : x.places) {
        seenIds.append(p.placeId);
        seenSpans.append(x.spanText(p.span));
    }
    QCOMPARE(seenIds, ids);
    QCOMPARE(seenSpans, spans);
}

void TestArticleReader::events_data()
{
    QTest::addColumn<QString>("sentence");
    QTest::addColumn<QDate>("published");
    QTest::addColumn<bool>("event");
    QTest::addColumn<QStringList>("places");
    QTest::addColumn<QString>("category");

    QTest::newRow("handover with date and places (000)")
        << u"وفقًا لـ \"روسيا اليوم\" في أغسطس 2020، أعلن التحالف الدولي مغادرة القوات التابعة له في قاعدة التاجي شمال العاصمة العراقية \"بغداد\" وتسليم منشآته بها والتي تقدر بقيمة 347 مليون دولار لقوات العراق."_s
        << QDate(2021, 4, 15) << true << QStringList {u"camp-taji"_s, u"gazetteer:iq-baghdad"_s, u"iraq"_s} << u"withdrawal_handover"_s;
    QTest::newRow("verb and date, no place (002)")
        << u"ويتضمن الجهد العسكري العمليات المتواصلة لإعادة السيطرة على مدينة الموصل العراقية وعزل الرقة، معقل التنظيم في سوريا."_s
        << QDate(2016, 11, 30) << false << QStringList {} << QString();
    QTest::newRow("strike with a date and a place (001)")
        << u"بدأ التحالف الدولي ضد داعش بأولى ضرباته في سوريا عام 2014"_s << QDate() << true << QStringList {u"syria"_s} << u"strike"_s;
    QTest::newRow("date without place or verb") << u"في أكتوبر 2020 كان الطقس معتدلا"_s << QDate() << false << QStringList {} << QString();
}

void TestArticleReader::events()
{
    QFETCH(QString, sentence);
    QFETCH(QDate, published);
    QFETCH(bool, event);
    QFETCH(QStringList, places);
    QFETCH(QString, category);
    const ArticleExtraction x = m_extractor->extract(sentence, published);
    QCOMPARE(!x.events.isEmpty(), event);
    if (!event)
        return;
    const EventCandidate &e = x.events.constFirst();
    QCOMPARE(x.spanText(e.span), sentence);
    QCOMPARE(e.placeIds, places);
    QCOMPARE(e.category, category);
}

void TestArticleReader::sentences()
{
    const QString text = u"قال ماكفرلين إن الهجمات تراجعت. وأضاف أنه في سوريا، \"سجلنا انخفاضا\"؟\n\nالتزام متواصل للمنطقة\nوفي تقرير"_s;
    const QList<Sentence> sentences = SentenceSplitter::split(text);
    QStringList texts;
    for (const Sentence &s : sentences)
        texts.append(text.mid(s.span.start, s.span.length()));
    QCOMPARE(texts, (QStringList {u"قال ماكفرلين إن الهجمات تراجعت."_s, u"وأضاف أنه في سوريا، \"سجلنا انخفاضا\"؟"_s,
                                  u"التزام متواصل للمنطقة"_s, u"وفي تقرير"_s}));
}

void TestArticleReader::codePointOffsets()
{
    // A character outside the BMP before the number: UTF-16 and code point offsets differ by one.
    const QString text = u"😀 وهو 5200 جندي في سوريا."_s;
    const ArticleExtraction x = m_extractor->extract(text, QDate());
    const QList<QJsonObject> objects = x.toJsonObjects();
    const auto number = std::find_if(objects.cbegin(), objects.cend(), [](const QJsonObject &o) { return o.value(u"kind"_s) == u"number"_s; });
    QVERIFY(number != objects.cend());
    QCOMPARE(number->value(u"start"_s).toInt(), 6);
    QCOMPARE(number->value(u"end"_s).toInt(), 10);
    QCOMPARE(number->value(u"text"_s).toString(), u"5200"_s);
    QCOMPARE(number->value(u"sentence"_s).toString(), text);
    const QList<uint> codePoints = text.toUcs4();
    QCOMPARE(QString::fromUcs4(reinterpret_cast<const char32_t *>(codePoints.constData()) + 6, 4), u"5200"_s);
}

void TestArticleReader::markupAndBidiKeptLiterally()
{
    const QString text = u"<b>قاعدة \u202Bالتنف\u202C</b> <script>alert(1)</script> في أغسطس 2020"_s;
    const ArticleExtraction x = m_extractor->extract(text, QDate());
    // The embedding marks fold away, so the name is found; its span keeps them as written.
    QCOMPARE(x.places.size(), 1);
    QCOMPARE(x.spanText(x.places.constFirst().span), u"قاعدة \u202Bالتنف"_s);
    QCOMPARE(x.dates.size(), 1);
    const QJsonObject date = x.toJsonObjects().constFirst();
    QCOMPARE(date.value(u"sentence"_s).toString(), text);
    QVERIFY(text.contains(x.sentenceText(0)));
    // The quote is a substring of the article, character for character.
    for (const QJsonObject &o : x.toJsonObjects())
        QVERIFY(text.contains(o.value(u"sentence"_s).toString()));
}

void TestArticleReader::decoder_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("problem");
    QTest::addColumn<QString>("messagePart");
    QTest::addColumn<QString>("text");

    QTest::newRow("empty") << QByteArray() << int(ArticleDecoder::Problem::Empty) << u"is empty"_s << QString();
    QTest::newRow("binary") << QByteArray("PK\x03\x04\x00\x00binary", 12) << int(ArticleDecoder::Problem::Binary) << u"not a text file"_s << QString();
    // "التحالف الدولي ضد داعش في سوريا والعراق" in Windows-1256 (iconv -t WINDOWS-1256).
    QTest::newRow("windows-1256") << QByteArray::fromHex("c7e1cacdc7e1dd20c7e1cfe6e1ed20d6cf20cfc7dad420dded20d3e6d1edc720e6c7e1dad1c7dea120e6dec7dacfc920c7e1cae4dd20dae1ec20c7e1e3cbe1cb20c7e1cdcfe6cfed20c7e1d3e6d1ed20c7e1dad1c7deed20c7e1c3d1cfe4ed2e") << int(ArticleDecoder::Problem::NotUtf8) << u"not UTF-8"_s << QString();
    QTest::newRow("utf-8 with BOM") << QByteArray("\xEF\xBB\xBF") + u"التحالف الدولي"_s.toUtf8() << int(ArticleDecoder::Problem::None) << QString() << u"التحالف الدولي"_s;
    QTest::newRow("only a UTF-8 BOM") << QByteArray("\xEF\xBB\xBF") << int(ArticleDecoder::Problem::Empty) << u"is empty"_s << QString();
    QTest::newRow("markup stays") << u"<p>قاعدة التنف</p>"_s.toUtf8() << int(ArticleDecoder::Problem::None) << QString() << u"<p>قاعدة التنف</p>"_s;
}

void TestArticleReader::decoder()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, problem);
    QFETCH(QString, messagePart);
    QFETCH(QString, text);
    const ArticleDecoder::Result result = ArticleDecoder::decode(bytes, u"مقال.txt"_s);
    QCOMPARE(int(result.problem), problem);
    QVERIFY2(result.message.contains(messagePart), qPrintable(result.message));
    if (problem != int(ArticleDecoder::Problem::None))
        QVERIFY(result.message.contains(u"مقال.txt"_s));
    QCOMPARE(result.text, text);
}

void TestArticleReader::decodeAsChosenEncoding()
{
    const QString arabic = u"التحالف الدولي ضد داعش في سوريا والعراق، وقاعدة التنف على المثلث الحدودي السوري العراقي الأردني."_s;
    const QByteArray bytes = QByteArray::fromHex("c7e1cacdc7e1dd20c7e1cfe6e1ed20d6cf20cfc7dad420dded20d3e6d1edc720e6c7e1dad1c7dea120e6dec7dacfc920c7e1cae4dd20dae1ec20c7e1e3cbe1cb20c7e1cdcfe6cfed20c7e1d3e6d1ed20c7e1dad1c7deed20c7e1c3d1cfe4ed2e");
    const ArticleDecoder::Result guessed = ArticleDecoder::decode(bytes, u"a.txt"_s);
    QCOMPARE(guessed.problem, ArticleDecoder::Problem::NotUtf8);
    const ArticleDecoder::Result chosen = ArticleDecoder::decode(bytes, u"a.txt"_s, u"windows-1256"_s);
    QCOMPARE(chosen.problem, ArticleDecoder::Problem::None);
    QCOMPARE(chosen.text, arabic);
    QCOMPARE(ArticleDecoder::decode(bytes, u"a.txt"_s, u"no-such-encoding"_s).problem, ArticleDecoder::Problem::NotUtf8);
    // A UTF-16 byte order mark with nothing after it is an empty article in that encoding too.
    const ArticleDecoder::Result bomOnly = ArticleDecoder::decode(QByteArray("\xFF\xFE"), u"a.txt"_s, u"UTF-16LE"_s);
    QCOMPARE(bomOnly.problem, ArticleDecoder::Problem::Empty);
    QVERIFY(!bomOnly.message.isEmpty());
}

void TestArticleReader::longArticleDoesNotHang()
{
    QFile seed(QStringLiteral(ATLAS_SOURCE_DIR "/resources/data/sources/004_3849ae59219e4174.txt"));
    QVERIFY(seed.open(QIODevice::ReadOnly));
    const QString article = QString::fromUtf8(seed.readAll());
    QString text;
    while (text.size() < 200000)
        text += article;
    text.truncate(200000);
    QElapsedTimer timer;
    timer.start();
    const ArticleExtraction x = m_extractor->extract(text, QDate(2023, 4, 24));
    // Not a benchmark: a bound far above the real time that a quadratic reading would break.
    QVERIFY2(timer.elapsed() < 60000, qPrintable(u"%1 ms"_s.arg(timer.elapsed())));
    QVERIFY(x.places.size() > 100);
    QVERIFY(x.numbers.size() > 50);
    QVERIFY(!x.toJsonObjects().isEmpty());
}

void TestArticleReader::hijriMonthThroughIcu()
{
    const auto [first, last] = DateReader::hijriMonth(1446, 1); // Muharram 1446
    QCOMPARE(first, QDate(2024, 7, 7));
    QCOMPARE(last, QDate(2024, 8, 4));
}

QTEST_GUILESS_MAIN(TestArticleReader)
#include "tst_articlereader.moc"
