// SPDX-License-Identifier: GPL-3.0-or-later
// The Hijri (Umm al-Qura) dates of Formatter: the day, or the Hijri months and years a
// Gregorian month or year spans, in both languages and both digit styles, and the option that
// adds them to the Gregorian date. Expected strings are ICU 76's (CLDR 46).
#include "formatter.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Atlas;

Q_DECLARE_METATYPE(Atlas::Language)
Q_DECLARE_METATYPE(Atlas::DigitStyle)
Q_DECLARE_METATYPE(Atlas::ArabicMonthNames)
Q_DECLARE_METATYPE(Atlas::DatePrecision)

namespace {

// The text without the isolates the Formatter sets around each date it joins to another (their
// reading order is tested in tst_formatter's readsInOrder); the rows here spell the words.
QString withoutIsolates(QString text)
{
    return text.remove(QChar(u'\u2066')).remove(QChar(u'\u2067')).remove(QChar(u'\u2069'));
}

FuzzyDate fuzzy(QDate start, DatePrecision precision, QDate end = {})
{
    FuzzyDate date;
    date.start = start;
    date.end = end;
    date.precision = precision;
    return date;
}

} // namespace

class TestHijri : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void hijriDate_data()
    {
        QTest::addColumn<Language>("language");
        QTest::addColumn<DigitStyle>("digits");
        QTest::addColumn<QDate>("date");
        QTest::addColumn<DatePrecision>("precision");
        QTest::addColumn<QString>("expected");

        const QDate fall(2024, 9, 27);
        QTest::newRow("day ar latin") << Language::Arabic << DigitStyle::Latin << fall << DatePrecision::Day
                                      << u"24 ربيع الأول 1446 هـ"_s;
        QTest::newRow("day ar arabic-indic") << Language::Arabic << DigitStyle::ArabicIndic << fall << DatePrecision::Day
                                             << u"٢٤ ربيع الأول ١٤٤٦ هـ"_s;
        QTest::newRow("day en") << Language::English << DigitStyle::Latin << fall << DatePrecision::Day
                                << u"24 Rabiʻ I 1446 AH"_s;
        // English intervals put thin spaces (U+2009) around the dash, Arabic ones plain spaces.
        // A Gregorian month covers parts of two Hijri months (never a day: the day is unknown).
        QTest::newRow("month ar across a year") << Language::Arabic << DigitStyle::ArabicIndic << QDate(2024, 7, 1)
                                                << DatePrecision::Month << u"ذو الحجة ١٤٤٥ – محرم ١٤٤٦ هـ"_s;
        QTest::newRow("month ar same year") << Language::Arabic << DigitStyle::Latin << QDate(2024, 3, 1)
                                            << DatePrecision::Month << u"شعبان – رمضان 1445 هـ"_s;
        QTest::newRow("month en") << Language::English << DigitStyle::Latin << QDate(2024, 3, 1) << DatePrecision::Month
                                  << u"Shaʻban\u2009–\u2009Ramadan 1445 AH"_s;
        // A month-precision date names its month, whatever day it carries.
        QTest::newRow("month start mid-month") << Language::English << DigitStyle::Latin << QDate(2024, 7, 15)
                                               << DatePrecision::Month << u"Dhuʻl-Hijjah 1445\u2009–\u2009Muharram 1446 AH"_s;
        // A Gregorian year spans two Hijri years (the Hijri year is eleven days shorter).
        QTest::newRow("year ar") << Language::Arabic << DigitStyle::ArabicIndic << QDate(2014, 1, 1)
                                 << DatePrecision::Year << u"١٤٣٥–١٤٣٦ هـ"_s;
        QTest::newRow("year en") << Language::English << DigitStyle::Latin << QDate(2019, 1, 1) << DatePrecision::Year
                                 << u"1440–1441 AH"_s;
        QTest::newRow("invalid") << Language::English << DigitStyle::Latin << QDate() << DatePrecision::Day << QString();
    }

    void hijriDate()
    {
        QFETCH(Language, language);
        QFETCH(DigitStyle, digits);
        QFETCH(QDate, date);
        QFETCH(DatePrecision, precision);
        QFETCH(QString, expected);

        const Formatter formatter(language, digits);
        QCOMPARE(withoutIsolates(formatter.hijriDate(date, precision)), expected);
        QCOMPARE(withoutIsolates(formatter.hijriDate(fuzzy(date, precision))), expected);
    }

    void monthNamesDoNotChangeHijri()
    {
        // The Levantine/Egyptian choice is about Gregorian months; Hijri months have one name.
        const QDate date(2024, 9, 27);
        QCOMPARE(Formatter(Language::Arabic, DigitStyle::Latin, ArabicMonthNames::Levantine).hijriDate(date, DatePrecision::Day),
                 Formatter(Language::Arabic, DigitStyle::Latin, ArabicMonthNames::Egyptian).hijriDate(date, DatePrecision::Day));
    }

    void hijriOfRange()
    {
        // A range of days from the Eid al-Adha of 1445 to the first of Muharram 1446.
        const FuzzyDate range = fuzzy(QDate(2024, 6, 16), DatePrecision::Day, QDate(2024, 7, 7));
        QCOMPARE(withoutIsolates(Formatter(Language::English).hijriDate(range)), u"10 Dhuʻl-Hijjah 1445\u2009–\u20091 Muharram 1446 AH"_s);
    }

    void dateWithHijri_data()
    {
        QTest::addColumn<Language>("language");
        QTest::addColumn<DigitStyle>("digits");
        QTest::addColumn<ArabicMonthNames>("months");
        QTest::addColumn<bool>("showHijri");
        QTest::addColumn<QDate>("date");
        QTest::addColumn<DatePrecision>("precision");
        QTest::addColumn<QString>("expected");

        const QDate fall(2024, 9, 27);
        QTest::newRow("en off") << Language::English << DigitStyle::Latin << ArabicMonthNames::Levantine << false << fall
                                << DatePrecision::Day << u"27 September 2024"_s;
        QTest::newRow("en on") << Language::English << DigitStyle::Latin << ArabicMonthNames::Levantine << true << fall
                               << DatePrecision::Day << u"27 September 2024 (24 Rabiʻ I 1446 AH)"_s;
        QTest::newRow("ar levantine on") << Language::Arabic << DigitStyle::ArabicIndic << ArabicMonthNames::Levantine
                                         << true << fall << DatePrecision::Day
                                         << u"٢٧ أيلول ٢٠٢٤ (٢٤ ربيع الأول ١٤٤٦ هـ)"_s;
        QTest::newRow("ar egyptian on") << Language::Arabic << DigitStyle::Latin << ArabicMonthNames::Egyptian << true
                                        << fall << DatePrecision::Day << u"27 سبتمبر 2024 (24 ربيع الأول 1446 هـ)"_s;
        QTest::newRow("ar month on") << Language::Arabic << DigitStyle::ArabicIndic << ArabicMonthNames::Levantine << true
                                     << QDate(2024, 7, 1) << DatePrecision::Month
                                     << u"تموز ٢٠٢٤ (ذو الحجة ١٤٤٥ – محرم ١٤٤٦ هـ)"_s;
        QTest::newRow("ar year off") << Language::Arabic << DigitStyle::ArabicIndic << ArabicMonthNames::Levantine << false
                                     << QDate(2014, 1, 1) << DatePrecision::Year << u"٢٠١٤"_s;
    }

    void dateWithHijri()
    {
        QFETCH(Language, language);
        QFETCH(DigitStyle, digits);
        QFETCH(ArabicMonthNames, months);
        QFETCH(bool, showHijri);
        QFETCH(QDate, date);
        QFETCH(DatePrecision, precision);
        QFETCH(QString, expected);

        Formatter formatter(language, digits, months);
        formatter.setShowsHijri(showHijri);
        QCOMPARE(withoutIsolates(formatter.dateWithHijri(fuzzy(date, precision))), expected);
    }

    void withLanguageKeepsTheOptions()
    {
        Formatter arabic(Language::Arabic, DigitStyle::ArabicIndic, ArabicMonthNames::Egyptian);
        arabic.setShowsHijri(true);
        const Formatter english = arabic.withLanguage(Language::English);
        QCOMPARE(english.language(), Language::English);
        QCOMPARE(english.digits(), DigitStyle::ArabicIndic);
        QCOMPARE(english.monthNames(), ArabicMonthNames::Egyptian);
        QVERIFY(english.showsHijri());
        QVERIFY(!Formatter(Language::English).showsHijri());
    }
};

QTEST_GUILESS_MAIN(TestHijri)
#include "tst_hijri.moc"
