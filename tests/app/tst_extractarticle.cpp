// SPDX-License-Identifier: GPL-3.0-or-later
// coalition-atlas --extract-article, run as a process: JSON Lines on stdout with code point
// offsets and verbatim sentences; exit 0 (also when nothing is found), 1 for a file that
// cannot be read as text, 2 for usage errors.
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestExtractArticle : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void seedArticleAsJsonLines();
    void exitCodes_data();
    void exitCodes();

private:
    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QString err;
    };
    Run run(const QStringList &arguments) const;
    QString write(const QString &name, const QByteArray &bytes);
    QTemporaryDir m_dir;
};

void TestExtractArticle::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

TestExtractArticle::Run TestExtractArticle::run(const QStringList &arguments) const
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(ATLAS_EXECUTABLE), arguments);
    if (!process.waitForFinished(120000))
        return {};
    return {process.exitCode(), process.readAllStandardOutput(), QString::fromUtf8(process.readAllStandardError())};
}

QString TestExtractArticle::write(const QString &name, const QByteArray &bytes)
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (file.open(QIODevice::WriteOnly))
        file.write(bytes);
    return path;
}

void TestExtractArticle::seedArticleAsJsonLines()
{
    const QString path = QStringLiteral(ATLAS_SOURCE_DIR "/resources/data/sources/003_eeb4d30400637bf5.txt");
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    const QList<uint> codePoints = text.toUcs4();
    const Run result = run({u"--extract-article"_s, path, u"--published"_s, u"2024-09-28"_s});
    QCOMPARE(result.exitCode, 0);
    QHash<QString, int> kinds;
    for (const QByteArray &line : result.out.split('\n')) {
        if (line.isEmpty())
            continue;
        QJsonParseError error;
        const QJsonObject o = QJsonDocument::fromJson(line, &error).object();
        QVERIFY2(error.error == QJsonParseError::NoError, line.constData());
        const QString kind = o.value(u"kind"_s).toString();
        ++kinds[kind];
        const int start = o.value(u"start"_s).toInt(), end = o.value(u"end"_s).toInt();
        QVERIFY(start >= 0 && end > start && end <= codePoints.size());
        const QString span = QString::fromUcs4(reinterpret_cast<const char32_t *>(codePoints.constData()) + start, end - start);
        QCOMPARE(o.value(u"text"_s).toString(), span);
        QVERIFY(text.contains(o.value(u"sentence"_s).toString()));
        QVERIFY(o.value(u"sentence"_s).toString().contains(span));
        if (kind == u"date"_s)
            QVERIFY(o.contains(u"earliest"_s) && o.contains(u"latest"_s) && o.contains(u"precision"_s) && o.contains(u"relative"_s));
        else if (kind == u"number"_s)
            QVERIFY(o.contains(u"value"_s) || (o.contains(u"min"_s) && o.contains(u"max"_s)));
        else if (kind == u"place"_s)
            QVERIFY(o.contains(u"place_id"_s) && o.contains(u"name_en"_s) && o.contains(u"name_ar"_s) && o.contains(u"lat"_s) && o.contains(u"lon"_s));
        else if (kind == u"event"_s)
            QVERIFY(o.value(u"date"_s).isObject() && o.value(u"places"_s).isArray() && o.value(u"numbers"_s).isArray());
        else
            QFAIL(qPrintable(u"unknown kind "_s + kind));
    }
    for (const QString &kind : {u"date"_s, u"number"_s, u"place"_s, u"event"_s})
        QVERIFY2(kinds.value(kind) > 0, qPrintable(kind));
}

void TestExtractArticle::exitCodes_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QStringList>("extra");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");

    QTest::newRow("nothing found is still success") << write(u"plain.txt"_s, "no dates, numbers or places here\n") << QStringList() << 0 << QString();
    QTest::newRow("empty") << write(u"empty.txt"_s, QByteArray()) << QStringList() << 1 << u"is empty"_s;
    QTest::newRow("binary") << write(u"image.txt"_s, QByteArray("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", 16)) << QStringList() << 1 << u"not a text file"_s;
    // "التحالف الدولي ضد داعش في سوريا والعراق" in Windows-1256.
    QTest::newRow("windows-1256") << write(u"مقال-1256.txt"_s, QByteArray::fromHex("c7e1cacdc7e1dd20c7e1cfe6e1ed20d6cf20cfc7dad420dded20d3e6d1edc720e6c7e1dad1c7de"))
                                  << QStringList() << 1 << u"not UTF-8"_s;
    QTest::newRow("missing file") << m_dir.filePath(u"absent.txt"_s) << QStringList() << 1 << u"Cannot read"_s;
    QTest::newRow("bad publication date") << write(u"ok.txt"_s, "x") << QStringList {u"--published"_s, u"2024-13-01"_s} << 2 << u"--published"_s;
    QTest::newRow("published without extract") << QString() << QStringList {u"--published"_s, u"2024-01-01"_s} << 2 << u"belongs to --extract-article"_s;
    QTest::newRow("extract with an export option") << write(u"ok2.txt"_s, "x") << QStringList {u"--from"_s, u"2020"_s} << 2 << u"does not apply"_s;
    QByteArray longArticle;
    while (longArticle.size() < 400000)
        longArticle += "وقال التحالف إن 900 جندي في سوريا منذ يناير 2024، وقصف مواقع قرب الرقة. ";
    QTest::newRow("a 200,000-character article") << write(u"long.txt"_s, longArticle) << QStringList {u"--published"_s, u"2024-09"_s} << 0 << QString();
}

void TestExtractArticle::exitCodes()
{
    QFETCH(QString, file);
    QFETCH(QStringList, extra);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    QStringList arguments;
    if (!file.isEmpty())
        arguments << u"--extract-article"_s << file;
    arguments << extra;
    const Run result = run(arguments);
    QCOMPARE(result.exitCode, exitCode);
    QVERIFY2(result.err.contains(message), qPrintable(result.err));
    if (exitCode == 1 && !file.isEmpty())
        QVERIFY2(result.err.contains(QFileInfo(file).fileName()), qPrintable(result.err));
}

QTEST_GUILESS_MAIN(TestExtractArticle)
#include "tst_extractarticle.moc"
