// SPDX-License-Identifier: GPL-3.0-or-later
#include "atlasdocument.h"
#include "datasetloader.h"
#include "documentloader.h"
#include "projectfile.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <cstddef>

#if defined(__SANITIZE_ADDRESS__)
#define ATLAS_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define ATLAS_ASAN 1
#endif
#endif

#ifdef ATLAS_ASAN
// GCC does not ship <sanitizer/allocator_interface.h>; the runtime exports the call all the same.
extern "C" size_t __sanitizer_get_current_allocated_bytes();
#elif defined(__GLIBC__)
#include <malloc.h>
#endif

using namespace Qt::StringLiterals;

namespace {

// Bytes the process has allocated and not freed: ASan's count under ASan (which replaces
// malloc), glibc's otherwise; -1 where neither is known.
qint64 bytesInUse()
{
#ifdef ATLAS_ASAN
    return qint64(__sanitizer_get_current_allocated_bytes());
#elif defined(__GLIBC__)
    return qint64(mallinfo2().uordblks);
#else
    return -1;
#endif
}

} // namespace

/*
 * Opening and closing datasets does not leak: a document that opens a dataset file (JSON or a
 * project), or is refused a damaged one, gives back all it took when it goes, so a hundred
 * rounds hold no more memory than ten. Under the asan preset LeakSanitizer also checks the
 * whole process at exit (detect_leaks=1; tests/lsan.supp lists what Qt and the system keep).
 */
class TestDocumentLeaks : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void openAndCloseHoldsNoMemory_data();
    void openAndCloseHoldsNoMemory();

private:
    QTemporaryDir m_dir;
    QString m_project;
    QString m_damaged;
};

void TestDocumentLeaks::initTestCase()
{
    QVERIFY(m_dir.isValid());
    if (bytesInUse() < 0)
        QSKIP("no allocation count on this platform (neither ASan nor glibc)");
    const Atlas::DatasetLoader::Result bundled = Atlas::DatasetLoader::loadFile(Atlas::AtlasDocument::bundledDatasetPath());
    QVERIFY(std::holds_alternative<Atlas::Dataset>(bundled));
    m_project = m_dir.filePath(u"مشروع.gpkg"_s);
    QString error;
    QVERIFY2(Atlas::ProjectFile::save(std::get<Atlas::Dataset>(bundled), m_project, &error), qPrintable(error));
    // A dataset with one mistake deep inside: loaded whole, then refused.
    QFile source(Atlas::AtlasDocument::bundledDatasetPath());
    QVERIFY(source.open(QIODevice::ReadOnly));
    QByteArray json = source.readAll();
    const qsizetype at = json.lastIndexOf("\"precision\": \"day\"");
    QVERIFY(at > 0);
    json.replace(at, qsizetype(sizeof("\"precision\": \"day\"") - 1), "\"precision\": \"fortnight\"");
    m_damaged = m_dir.filePath(u"damaged.json"_s);
    QFile damaged(m_damaged);
    QVERIFY(damaged.open(QIODevice::WriteOnly) && damaged.write(json) == json.size());
}

void TestDocumentLeaks::openAndCloseHoldsNoMemory_data()
{
    QTest::addColumn<QString>("file"); // empty: the bundled dataset
    QTest::addColumn<bool>("opens");
    QTest::newRow("bundled JSON dataset") << QString() << true;
    QTest::newRow("project file") << u"project"_s << true;
    QTest::newRow("damaged dataset, refused") << u"damaged"_s << false;
}

void TestDocumentLeaks::openAndCloseHoldsNoMemory()
{
    QFETCH(QString, file);
    QFETCH(bool, opens);
    const QString path = file.isEmpty() ? Atlas::AtlasDocument::bundledDatasetPath()
                                        : file == u"project"_s ? m_project : m_damaged;
    qint64 peak = 0;
    const auto round = [&] {
        {
            Atlas::AtlasDocument document;
            QStringList errors;
            const bool opened = Atlas::loadDocument(document, path, &errors);
            // Really opened, or really refused with its reasons.
            if (opened != opens || (opens ? document.dataset().events.isEmpty() : errors.isEmpty()))
                return false;
            peak = qMax(peak, bytesInUse());
        }
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        return true;
    };
    // Ten rounds fill what Qt keeps once (translations, the SQL driver, caches)...
    for (int i = 0; i < 10; ++i)
        QVERIFY(round());
    const qint64 before = bytesInUse();
    // ...then a hundred more must not hold more.
    constexpr int Rounds = 100;
    for (int i = 0; i < Rounds; ++i)
        QVERIFY(round());
    const qint64 after = bytesInUse();
    const qint64 growth = after - before;
    qInfo("%lld bytes in use after 10 rounds, %lld after %d more (%+lld), %lld with a document open", before, after,
          Rounds, growth, peak);
    // A round allocates megabytes; anything kept of it would show a hundred times over.
    constexpr qint64 Allowed = 64 * 1024;
    QVERIFY2(growth < Allowed, qPrintable(u"%1 bytes more after %2 rounds"_s.arg(growth).arg(Rounds)));
}

QTEST_GUILESS_MAIN(TestDocumentLeaks)
#include "tst_documentleaks.moc"
