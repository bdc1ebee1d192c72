// SPDX-License-Identifier: GPL-3.0-or-later
#include "animationexportdialog.h"
#include "atlasdocument.h"
#include "formatter.h"
#include "imageexportdialog.h"
#include "localization.h"
#include "playerbar.h"

#include <QSpinBox>
#include <QTest>

using namespace Atlas;
using namespace Qt::StringLiterals;

// Qt's number fields write and read the digits of the preferences, as the Formatter does.
class TestNumberFields : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void localeWritesTheDigits_data();
    void localeWritesTheDigits();
    void exportSizesInTheDigits_data();
    void exportSizesInTheDigits();
    void playbackFieldsFollowThePreferences();
};

void TestNumberFields::localeWritesTheDigits_data()
{
    QTest::addColumn<DigitStyle>("digits");
    QTest::addColumn<QString>("written");
    QTest::newRow("Latin") << DigitStyle::Latin << u"12000"_s;
    QTest::newRow("Arabic-Indic") << DigitStyle::ArabicIndic << u"١٢٠٠٠"_s;
}

void TestNumberFields::localeWritesTheDigits()
{
    QFETCH(DigitStyle, digits);
    QFETCH(QString, written);
    const QLocale locale = Localization::numberLocale(digits);
    QCOMPARE(locale.toString(12000), written); // no group separator
    bool ok = false;
    QCOMPARE(locale.toInt(written, &ok), 12000);
    QVERIFY(ok);
    // The Formatter writes the same digits for the same number, grouped.
    const QString formatted = Formatter(Language::English, digits).number(12000);
    QCOMPARE(formatted.at(0), written.at(0));
}

void TestNumberFields::exportSizesInTheDigits_data()
{
    QTest::addColumn<Language>("language");
    QTest::addColumn<DigitStyle>("digits");
    QTest::addColumn<QString>("typed");
    QTest::newRow("English, Latin") << Language::English << DigitStyle::Latin << u"1500"_s;
    QTest::newRow("English, Arabic-Indic") << Language::English << DigitStyle::ArabicIndic << u"١٥٠٠"_s;
    QTest::newRow("Arabic, Latin") << Language::Arabic << DigitStyle::Latin << u"1500"_s;
    QTest::newRow("Arabic, Arabic-Indic") << Language::Arabic << DigitStyle::ArabicIndic << u"١٥٠٠"_s;
}

void TestNumberFields::exportSizesInTheDigits()
{
    QFETCH(Language, language);
    QFETCH(DigitStyle, digits);
    QFETCH(QString, typed);
    ImageExportDialog dialog(u"test/numberFields"_s, u"picture"_s, QSize(1200, 800), Formatter(language, digits));
    QSpinBox *width = dialog.findChild<QSpinBox *>(u"exportWidth"_s);
    QVERIFY(width);
    width->setValue(1200);
    const QString shown = width->text();
    const QChar zero = digits == DigitStyle::ArabicIndic ? QChar(u'٠') : QChar(u'0');
    const QChar otherZero = digits == DigitStyle::ArabicIndic ? QChar(u'0') : QChar(u'٠');
    QVERIFY2(shown.contains(zero) && !shown.contains(otherZero), qPrintable(shown));
    width->selectAll();
    for (const QChar c : std::as_const(typed)) // QTest::keyClicks takes ASCII only
        QTest::sendKeyEvent(QTest::Click, width, Qt::Key_unknown, QString(c), Qt::NoModifier);
    width->interpretText();
    QCOMPARE(width->value(), 1500);
}

void TestNumberFields::playbackFieldsFollowThePreferences()
{
    AtlasDocument document;
    PlayerBar bar(&document);
    auto *days = bar.findChild<QSpinBox *>(u"customDays"_s);
    QVERIFY(days);
    days->setValue(30);
    QVERIFY2(days->text().contains(u"30"_s), qPrintable(days->text()));
    document.setFormatter(Formatter(Language::Arabic, DigitStyle::ArabicIndic));
    QVERIFY2(days->text().contains(u"٣٠"_s) && !days->text().contains(u'3'), qPrintable(days->text()));

    AnimationExportDialog dialog(&document);
    auto *fps = dialog.findChild<QSpinBox *>(u"fps"_s);
    QVERIFY(fps);
    fps->setValue(24);
    QVERIFY2(fps->text().contains(u"٢٤"_s), qPrintable(fps->text()));
}

QTEST_MAIN(TestNumberFields)
#include "tst_numberfields.moc"
