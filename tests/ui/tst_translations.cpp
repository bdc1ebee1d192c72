// SPDX-License-Identifier: GPL-3.0-or-later
// The Arabic translation (resources/translations/coalition-atlas_ar.ts): every message is
// finished and current, keeps the placeholders of its source, fills all six Arabic plural
// forms; and the compiled .qm embedded in the application loads and translates.
#include "localization.h"

#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace {

const QString TsPath = QStringLiteral(ATLAS_SOURCE_DIR) + u"/resources/translations/coalition-atlas_ar.ts"_s;

// Qt's plural rules for Arabic have six forms: zero, one, two, few (3–10), many (11–99), other.
constexpr int ArabicPluralForms = 6;

struct Message
{
    QString context;
    QString source;
    QString comment;
    QString translationType; // "", "unfinished", "vanished", "obsolete"
    QString translation;     // when not numerus
    QStringList numerusForms;
    bool numerus = false;
};

QList<Message> readMessages(const QString &path, QString *error, QString *language)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = u"cannot open %1: %2"_s.arg(path, file.errorString());
        return {};
    }
    QList<Message> messages;
    QXmlStreamReader xml(&file);
    QString context;
    Message message;
    while (!xml.atEnd()) {
        xml.readNext();
        // A numerus message is complete at its </translation>, after its forms.
        if (xml.isEndElement() && xml.name() == "translation"_L1 && message.numerus) {
            messages.append(message);
            continue;
        }
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == "TS"_L1) {
            *language = xml.attributes().value("language"_L1).toString();
        } else if (name == "context"_L1) {
            context.clear();
        } else if (name == "name"_L1) {
            context = xml.readElementText();
        } else if (name == "message"_L1) {
            message = Message{};
            message.context = context;
            message.numerus = xml.attributes().value("numerus"_L1) == "yes"_L1;
        } else if (name == "source"_L1) {
            message.source = xml.readElementText();
        } else if (name == "comment"_L1) {
            message.comment = xml.readElementText();
        } else if (name == "translation"_L1) {
            message.translationType = xml.attributes().value("type"_L1).toString();
            if (!message.numerus) {
                message.translation = xml.readElementText();
                messages.append(message);
            }
        } else if (name == "numerusform"_L1) {
            message.numerusForms.append(xml.readElementText());
        }
    }
    if (xml.hasError())
        *error = u"%1:%2: %3"_s.arg(path).arg(xml.lineNumber()).arg(xml.errorString());
    return messages;
}

// The arguments a sentence takes: %1…%99 and %n, as a set ("%L1" counts as "%1").
QSet<QString> placeholders(const QString &text)
{
    static const QRegularExpression pattern(u"%L?(\\d{1,2}|n)"_s);
    QSet<QString> found;
    for (const QRegularExpressionMatch &match : pattern.globalMatch(text))
        found.insert(u"%"_s + match.captured(1));
    return found;
}

QString describe(const Message &message)
{
    return u"[%1] \"%2\""_s.arg(message.context, message.source);
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        m_messages = readMessages(TsPath, &error, &m_language);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(m_language, u"ar"_s);
        // The application has well over a hundred sentences: an almost empty file is a broken update.
        QVERIFY2(m_messages.size() > 100, qPrintable(u"only %1 messages in %2"_s.arg(m_messages.size()).arg(TsPath)));
    }

    void message_data()
    {
        QTest::addColumn<int>("index");
        QSet<QByteArray> names;
        for (int i = 0; i < m_messages.size(); ++i) {
            QByteArray name = describe(m_messages.at(i)).toUtf8();
            if (!m_messages.at(i).comment.isEmpty())
                name += " (" + m_messages.at(i).comment.toUtf8() + ')';
            while (names.contains(name))
                name += '+';
            names.insert(name);
            QTest::newRow(name.constData()) << i;
        }
    }

    void message()
    {
        QFETCH(int, index);
        const Message &message = m_messages.at(index);

        QVERIFY2(message.translationType != "unfinished"_L1, "unfinished: translate it");
        QVERIFY2(message.translationType != "vanished"_L1 && message.translationType != "obsolete"_L1,
                 "no longer in the sources: run lupdate with -no-obsolete");

        // A mnemonic underline splits an Arabic word's joined letters ("تـحرير"): Arabic texts
        // carry no accelerator ("&&" for a literal ampersand stays allowed).
        const auto hasMnemonic = [](QString text) { return text.remove(u"&&"_s).contains(u'&'); };
        QVERIFY2(!hasMnemonic(message.translation), "an accelerator '&' breaks Arabic joining: drop it");
        for (const QString &form : message.numerusForms)
            QVERIFY2(!hasMnemonic(form), "an accelerator '&' breaks Arabic joining: drop it");

        const QSet<QString> wanted = placeholders(message.source);
        // The argument that carries the count of a plural message: %n, or a lone %1 that the
        // code fills with the count written by the Formatter.
        const QString count = wanted.contains(u"%n"_s) ? u"%n"_s
                              : wanted == QSet<QString>{u"%1"_s} ? u"%1"_s : QString();
        if (!message.numerus) {
            QVERIFY2(!message.translation.trimmed().isEmpty(), "empty translation");
            const QSet<QString> missing = wanted - placeholders(message.translation);
            QVERIFY2(missing.isEmpty(), qPrintable(u"the translation drops %1"_s.arg(QStringList(missing.values()).join(u' '))));
            return;
        }

        QCOMPARE(message.numerusForms.size(), ArabicPluralForms);
        for (int form = 0; form < message.numerusForms.size(); ++form) {
            const QString &text = message.numerusForms.at(form);
            QVERIFY2(!text.trimmed().isEmpty(), qPrintable(u"plural form %1 is empty"_s.arg(form)));
            QSet<QString> missing = wanted - placeholders(text);
            // Arabic says none, one and two in words (لا أحداث، حدث واحد، حدثان): forms 0, 1
            // and 2 may leave out the count; every other argument stays in every form.
            if (form <= 2)
                missing.remove(count);
            QVERIFY2(missing.isEmpty(),
                     qPrintable(u"plural form %1 drops %2"_s.arg(form).arg(QStringList(missing.values()).join(u' '))));
        }
    }

    void compiledTranslationLoads_data()
    {
        QTest::addColumn<QByteArray>("context");
        QTest::addColumn<QByteArray>("source");
        QTest::addColumn<QString>("expected");

        QTest::newRow("file menu") << "Atlas::MainWindow"_ba << "&File"_ba << u"ملف"_s;
        QTest::newRow("category") << "Atlas::Vocabulary"_ba << "Strike"_ba << u"غارة جوية"_s;
        QTest::newRow("metric") << "Atlas::Vocabulary"_ba << "Troops"_ba << u"عدد القوات"_s;
        QTest::newRow("country") << "Atlas::Vocabulary"_ba << "Syria"_ba << u"سوريا"_s;
    }

    void compiledTranslationLoads()
    {
        QFETCH(QByteArray, context);
        QFETCH(QByteArray, source);
        QFETCH(QString, expected);

        QTranslator translator;
        QVERIFY2(translator.load(Atlas::Localization::translationPath(Atlas::Language::Arabic)),
                 qPrintable(Atlas::Localization::translationPath(Atlas::Language::Arabic)));
        QCOMPARE(translator.translate(context.constData(), source.constData()), expected);
    }

    void pluralsFollowArabicRules_data()
    {
        QTest::addColumn<int>("count");
        QTest::addColumn<QString>("expected");
        // "%n problem(s) found. The first: %1" in each of the six forms.
        QTest::newRow("zero") << 0 << u"لم يُعثر على أي مشكلة. أولاها: X"_s;
        QTest::newRow("one") << 1 << u"عُثر على مشكلة واحدة: X"_s;
        QTest::newRow("two") << 2 << u"عُثر على مشكلتين. أولاهما: X"_s;
        QTest::newRow("few") << 3 << u"عُثر على 3 مشكلات. أولاها: X"_s;
        QTest::newRow("many") << 11 << u"عُثر على 11 مشكلة. أولاها: X"_s;
        QTest::newRow("other") << 100 << u"عُثر على 100 مشكلة. أولاها: X"_s;
    }

    void pluralsFollowArabicRules()
    {
        QFETCH(int, count);
        QFETCH(QString, expected);

        QTranslator translator;
        QVERIFY(translator.load(Atlas::Localization::translationPath(Atlas::Language::Arabic)));
        QCoreApplication::installTranslator(&translator);
        const QString text = QCoreApplication::translate("Atlas::MainWindow", "%n problem(s) found. The first: %1", nullptr, count)
                                 .arg(u"X"_s);
        QCoreApplication::removeTranslator(&translator);
        // Bidi isolates around the argument are invisible; compare what is read.
        QString shown = text;
        shown.remove(QChar(0x2068)).remove(QChar(0x2069));
        QCOMPARE(shown, expected);
    }

private:
    QList<Message> m_messages;
    QString m_language;
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
