// SPDX-License-Identifier: GPL-3.0-or-later
#include "textfolding.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Atlas;

// Search folding of Arabic and Latin text, with words from the seed articles.
class TestTextFolding : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fold_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");

        QTest::newRow("plain word unchanged") << u"الباغوز"_s << u"الباغوز"_s;
        QTest::newRow("tashkeel removed") << u"الْبَاغُوز"_s << u"الباغوز"_s;
        QTest::newRow("shadda and tanween") << u"مُقَاتِلٌ"_s << u"مقاتل"_s;
        QTest::newRow("superscript alef") << u"هٰذا"_s << u"هذا"_s;
        QTest::newRow("tatweel") << u"داعـــش"_s << u"داعش"_s;
        QTest::newRow("alef hamza above") << u"الأنبار"_s << u"الانبار"_s;
        QTest::newRow("alef hamza below") << u"إيران"_s << u"ايران"_s;
        QTest::newRow("alef madda") << u"آلاف"_s << u"الاف"_s;
        QTest::newRow("alef wasla") << u"ٱلرقة"_s << u"الرقه"_s;
        QTest::newRow("teh marbuta") << u"الرقة"_s << u"الرقه"_s;
        QTest::newRow("alef maksura") << u"مستشفى"_s << u"مستشفي"_s;
        QTest::newRow("hamza on waw") << u"مسؤول"_s << u"مسءول"_s;
        QTest::newRow("hamza on yeh") << u"مسئول"_s << u"مسءول"_s;
        QTest::newRow("bare hamza kept") << u"الإنشاء"_s << u"الانشاء"_s;
        QTest::newRow("arabic-indic digits") << u"٢٠١٤"_s << u"2014"_s;
        QTest::newRow("persian digits") << u"۲۰۱۴"_s << u"2014"_s;
        QTest::newRow("latin digits") << u"2014"_s << u"2014"_s;
        QTest::newRow("latin case") << u"BAGHOUZ"_s << u"baghouz"_s;
        QTest::newRow("latin diacritics") << u"Baghoûz"_s << u"baghouz"_s;
        QTest::newRow("sharp s") << u"Straße"_s << u"strasse"_s;
        QTest::newRow("whitespace collapsed") << u"  قاعدة \t\n التنف  "_s << u"قاعده التنف"_s;
        QTest::newRow("bidi marks dropped") << u"\u200Fماكفرلين\u200E"_s << u"ماكفرلين"_s;
        QTest::newRow("presentation forms") << u"\uFEFB"_s << u"لا"_s;
        QTest::newRow("mixed") << u"هجمات «داعش» عام ٢٠٢١ في الموصل"_s << u"هجمات «داعش» عام 2021 في الموصل"_s;
        QTest::newRow("empty") << QString() << QString();
    }

    void fold()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QCOMPARE(TextFolding::fold(input), expected);
        // Folding is idempotent: a folded query folds to itself.
        QCOMPARE(TextFolding::fold(expected), expected);
    }

    void spellingsMeet_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::newRow("anbar") << u"الأنبار"_s << u"الانبار"_s;
        QTest::newRow("iran") << u"إيران"_s << u"ايران"_s;
        QTest::newRow("raqqa") << u"الرقة"_s << u"الرقه"_s;
        QTest::newRow("responsible") << u"مسؤول"_s << u"مسئول"_s;
        QTest::newRow("vowelled") << u"الْمَوْصِل"_s << u"الموصل"_s;
        QTest::newRow("baghouz case") << u"Baghouz"_s << u"BAGHOUZ"_s;
        QTest::newRow("baghouz accent") << u"Baghoûz"_s << u"baghouz"_s;
        QTest::newRow("digits") << u"٢٠١٤"_s << u"2014"_s;
    }

    void spellingsMeet()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QCOMPARE(TextFolding::fold(a), TextFolding::fold(b));
    }

    void matches_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("query");
        QTest::addColumn<bool>("expected");

        const QString article = u"أبرزها إعلان هزيمة التنظيم في آخر معاقله ببلدة الباغوز على الحدود السورية العراقية"_s;
        QTest::newRow("one term") << article << u"الباغوز"_s << true;
        QTest::newRow("term inside a word") << article << u"باغوز"_s << true;
        QTest::newRow("all terms") << article << u"هزيمة الباغوز"_s << true;
        QTest::newRow("terms in any order") << article << u"الحدود اخر"_s << true;
        QTest::newRow("one term missing") << article << u"الباغوز الموصل"_s << false;
        QTest::newRow("hamza-less query") << article << u"اعلان"_s << true;
        QTest::newRow("teh marbuta query") << article << u"هزيمه"_s << true;
        QTest::newRow("empty query") << article << QString() << true;
        QTest::newRow("latin") << u"Defeat of ISIS declared at Baghouz"_s << u"BAGHOÛZ isis"_s << true;
        QTest::newRow("latin missing") << u"Mosul retaken"_s << u"raqqa"_s << false;
        QTest::newRow("term at the very end") << article << u"العراقيه"_s << true;
        QTest::newRow("term at the very start") << article << u"ابرزها"_s << true;
        QTest::newRow("term longer than text") << u"داعش"_s << u"داعشداعش"_s << false;
        QTest::newRow("repeated prefix") << u"aaab"_s << u"aab"_s << true;
        QTest::newRow("near miss") << u"aaba"_s << u"aab a"_s << true;
        QTest::newRow("near miss, absent") << u"abab"_s << u"aab"_s << false;
        // U+0621 (ء) and U+0021 (!) share their low byte, the key of the skip table.
        QTest::newRow("skip table collision") << u"!x!ءx"_s << u"ءx"_s << true;
        QTest::newRow("skip table collision, absent") << u"!x!x!"_s << u"ءx"_s << false;
        QTest::newRow("single letter") << u"الموصل"_s << u"ص"_s << true;
        QTest::newRow("whitespace-only query") << article << u"   "_s << true;
        QTest::newRow("pairs present, term absent") << u"ab ba"_s << u"aba"_s << false;
        QTest::newRow("pair across a space is no match") << u"مسؤول عن"_s << u"لع"_s << false;
    }

    void matches()
    {
        QFETCH(QString, text);
        QFETCH(QString, query);
        QFETCH(bool, expected);
        QCOMPARE(TextFolding::matches(TextFolding::fold(text), TextFolding::fold(query)), expected);
        // The prepared matcher agrees with a plain search for every term.
        const TextFolding::Matcher matcher(TextFolding::fold(query));
        QCOMPARE(matcher.matches(TextFolding::fold(text)), expected);
        // ...and so does the indexed text, whose pair set rules texts out before any search.
        QCOMPARE(matcher.matches(TextFolding::IndexedText(TextFolding::fold(text))), expected);
        bool plain = true;
        const QString foldedQuery = TextFolding::fold(query);
        for (QStringView term : QStringView(foldedQuery).tokenize(u' ', Qt::SkipEmptyParts))
            plain = plain && TextFolding::fold(text).contains(term);
        QCOMPARE(plain, expected);
    }
};

QTEST_GUILESS_MAIN(TestTextFolding)
#include "tst_textfolding.moc"
