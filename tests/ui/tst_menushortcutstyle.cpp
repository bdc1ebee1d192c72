// SPDX-License-Identifier: GPL-3.0-or-later
// MenuShortcutStyle: a menu item's shortcut stays "Ctrl++" in a right-to-left menu, and the
// Arabic interface installs the style.
#include "localization.h"
#include "menushortcutstyle.h"

#include <QApplication>
#include <QTest>

using namespace Qt::StringLiterals;

class TestMenuShortcutStyle : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void isolatesTheShortcut_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("zoom in") << u"تكبير\tCtrl++"_s << u"تكبير\t\u2066Ctrl++\u2069"_s;
        QTest::newRow("open") << u"فتح مجموعة بيانات…\tCtrl+O"_s << u"فتح مجموعة بيانات…\t\u2066Ctrl+O\u2069"_s;
        QTest::newRow("no shortcut") << u"خروج"_s << u"خروج"_s;
        QTest::newRow("already isolated") << u"تكبير\t\u2066Ctrl++\u2069"_s << u"تكبير\t\u2066Ctrl++\u2069"_s;
    }
    void isolatesTheShortcut()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        QCOMPARE(Atlas::MenuShortcutStyle::isolatedShortcut(text), expected);
    }

    void arabicInstallsTheStyle()
    {
        Atlas::Localization localization;
        localization.setLanguage(Atlas::Language::Arabic);
        QVERIFY(qobject_cast<Atlas::MenuShortcutStyle *>(QApplication::style()));
        localization.setLanguage(Atlas::Language::English);
    }
};

QTEST_MAIN(TestMenuShortcutStyle)
#include "tst_menushortcutstyle.moc"
