// SPDX-License-Identifier: GPL-3.0-or-later
// XmlTextDevice: the control characters XML 1.0 forbids reach the file as their symbols, in
// whatever pieces the writer sends them; everything else, Arabic included, passes unchanged.
#include "xmltextdevice.h"

#include <QBuffer>
#include <QRegularExpression>
#include <QTest>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

class TestXmlTextDevice : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void replaces_data();
    void replaces();
    void failingTarget();
};

void TestXmlTextDevice::replaces_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<int>("replaced");
    QTest::newRow("plain") << u"Deir ez-Zor"_s << u"Deir ez-Zor"_s << 0;
    QTest::newRow("arabic") << u"دير الزور"_s << u"دير الزور"_s << 0;
    QTest::newRow("tab and breaks stay") << u"a\tb\nc\rd"_s << u"a\tb\nc\rd"_s << 0;
    QTest::newRow("NUL") << u"before"_s + QChar(u'\0') + u"after"_s << u"before\u2400after"_s << 1;
    QTest::newRow("ESC and BEL") << u"\u001B[31m\u0007"_s << u"\u241B[31m\u2407"_s << 2;
    QTest::newRow("unit separator, last C0") << u"x\u001F"_s << u"x\u241F"_s << 1;
    QTest::newRow("NUL in arabic") << u"الرقة"_s + QChar(u'\0') << u"الرقة\u2400"_s << 1;
    QTest::newRow("only controls") << QString(3, QChar(u'\u0001')) << u"\u2401\u2401\u2401"_s << 3;
}

void TestXmlTextDevice::replaces()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QFETCH(int, replaced);
    const QByteArray utf8 = u"<t>"_s.toUtf8() + text.toUtf8() + u"</t>"_s.toUtf8();
    // Whole, and one byte a write, as a streaming writer may split it.
    for (const qsizetype piece : {utf8.size(), qsizetype(1)}) {
        QBuffer target;
        target.open(QIODevice::WriteOnly);
        Atlas::XmlTextDevice device(&target);
        for (qsizetype at = 0; at < utf8.size(); at += piece)
            QCOMPARE(device.write(utf8.mid(at, piece)), std::min(piece, utf8.size() - at));
        QCOMPARE(device.replaced(), qint64(replaced));
        QCOMPARE(QString::fromUtf8(target.data()), u"<t>"_s + expected + u"</t>"_s);
        // And an XML reader takes it (it reads a carriage return as a line feed, XML 1.0 2.11).
        QXmlStreamReader xml(target.data());
        QString read;
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isCharacters())
                read += xml.text();
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QCOMPARE(read, QString(expected).replace(u'\r', u'\n'));
    }
}

void TestXmlTextDevice::failingTarget()
{
    QBuffer readOnly;
    readOnly.open(QIODevice::ReadOnly);
    Atlas::XmlTextDevice device(&readOnly);
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"ReadOnly device"_s));
    QCOMPARE(device.write("a\0b", 3), qint64(-1));
}

QTEST_GUILESS_MAIN(TestXmlTextDevice)
#include "tst_xmltextdevice.moc"
