// SPDX-License-Identifier: GPL-3.0-or-later
/*
 * What a researcher waits for with 10,000, 100,000 and 1,000,000 events (issue "A million events
 * on a laptop", docs/performance.md): opening a JSON dataset and a project to the first screen of
 * the table, resident memory after opening, a time-window and a category change, a text query,
 * sorting the event table by date and by title, re-filtering with the table sorted, and Save As.
 * It talks only to loadDocument(), AtlasDocument and its proxies, RecordSortModel and ProjectFile,
 * so the same file measures the column store that is to replace today's Dataset.
 *
 * The corpus comes from atlas-generate, run once per size into $ATLAS_BENCH_DATA (default
 * ./bench-data), so the generator's memory never counts here. $ATLAS_BENCH_SIZES limits the
 * sizes ("10000,100000"). Run a Release build by hand, one size per process for memory:
 *   bench_scale -median 5 residentMemory:1000000 filterTimeWindow:1000000 …
 */
#include "atlasdocument.h"
#include "documentloader.h"
#include "eventfiltermodel.h"
#include "eventmodel.h"
#include "filtercriteria.h"
#include "procstatus.h"
#include "projectfile.h"
#include "recordsortmodel.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTest>

#include <map>
#include <memory>
#include <optional>
#include <vector>

using namespace Qt::StringLiterals;
using namespace Atlas;

namespace {

QList<int> sizes()
{
    QList<int> result;
    const QString wanted = qEnvironmentVariable("ATLAS_BENCH_SIZES", u"10000,100000,1000000"_s);
    for (const QString &size : wanted.split(u',', Qt::SkipEmptyParts))
        result.append(size.trimmed().toInt());
    return result;
}

QString dataDirectory(int size)
{
    const QString root = qEnvironmentVariable("ATLAS_BENCH_DATA", QDir::current().filePath(u"bench-data"_s));
    return QDir(root).filePath(u"events-%1"_s.arg(size));
}

QString corpusFile(int size, const QString &suffix)
{
    return QDir(dataDirectory(size)).filePath(u"corpus."_s + suffix);
}

// Writes the corpus of `size` events with atlas-generate unless it is there already.
bool ensureCorpus(int size)
{
    if (QFile::exists(corpusFile(size, u"json"_s)) && QFile::exists(corpusFile(size, u"gpkg"_s)))
        return true;
    QDir().mkpath(dataDirectory(size));
    QProcess generator;
    generator.setProcessChannelMode(QProcess::ForwardedChannels);
    generator.start(QStringLiteral(ATLAS_GENERATE),
                    { u"--events"_s, QString::number(size), u"--json"_s, corpusFile(size, u"json"_s),
                      u"--project"_s, corpusFile(size, u"gpkg"_s) });
    return generator.waitForFinished(-1) && generator.exitStatus() == QProcess::NormalExit && generator.exitCode() == 0;
}

qint64 procStatus(QByteArrayView key)
{
    return AtlasBench::procStatusBytes(key);
}

using AtlasBench::loadAverage;

double megabytes(qint64 bytes)
{
    return double(bytes) / (1024.0 * 1024.0);
}

// What the event table shows in its first frame: the row count and one screen of cells.
int readFirstScreen(QAbstractItemModel *model)
{
    int filled = 0;
    for (int row = 0; row < std::min(model->rowCount(), 40); ++row) {
        for (int column = 0; column < model->columnCount(); ++column)
            filled += !model->index(row, column).data().toString().isEmpty();
    }
    return filled;
}

// Two windows of about a year, so that switching from one to the other re-filters every row.
void switchTimeWindow(FilterCriteria *filter, bool flip)
{
    if (flip)
        filter->setTimeWindow(QDate(2019, 1, 1), QDate(2019, 12, 31));
    else
        filter->setTimeWindow(QDate(2016, 6, 1), QDate(2017, 5, 31));
}

void addSizeRows()
{
    QTest::addColumn<int>("size");
    for (int size : sizes())
        QTest::newRow(qPrintable(QString::number(size))) << size;
}

void addSortRows()
{
    QTest::addColumn<int>("size");
    QTest::addColumn<int>("column");
    for (int size : sizes()) {
        QTest::addRow("%d date", size) << size << int(EventModel::DateColumn);
        QTest::addRow("%d title", size) << size << int(EventModel::TitleColumn);
    }
}

} // namespace

class BenchScale : public QObject
{
    Q_OBJECT

public:
    BenchScale()
    {
        // Opening a million events takes longer than QTest's five minutes per function.
        if (!qEnvironmentVariableIsSet("QTEST_FUNCTION_TIMEOUT"))
            qputenv("QTEST_FUNCTION_TIMEOUT", "7200000");
    }

private Q_SLOTS:
    void init() { qInfo("load average: %s", loadAverage().constData()); }

    void cleanupTestCase()
    {
        for (const auto &[size, document] : m_documents)
            QFile::remove(savedFile(size));
    }

    // loadDocument() of a JSON file, to the first screen of the table.
    void openJson_data() { addSizeRows(); }
    void openJson() { open(u"json"_s); }

    // loadDocument() of a project file, to the first screen of the table.
    void openProject_data() { addSizeRows(); }
    void openProject() { open(u"gpkg"_s); }

    // VmRSS and VmHWM right after the project of this size was first opened; meaningful when it
    // is the first document the process opens (one size per process): otherwise memory that
    // earlier rows freed counts too.
    void residentMemory_data() { addSizeRows(); }
    void residentMemory()
    {
        QFETCH(int, size);
        QVERIFY(document(size));
        const Opened &opened = m_opened.at(size);
        qInfo("%d events: VmRSS %.0f MiB (%.0f MiB before opening), VmHWM %.0f MiB%s", size,
              megabytes(opened.rssAfter), megabytes(opened.rssBefore), megabytes(opened.peakAfter),
              opened.first ? "" : " (not the first document of this process)");
        QTest::setBenchmarkResult(double(opened.rssAfter), QTest::BytesAllocated);
    }

    // One time-window change through the document's FilterCriteria, as the timeline's brush
    // makes it; each iteration switches between two windows, so each is a full re-filter.
    void filterTimeWindow_data() { addSizeRows(); }
    void filterTimeWindow()
    {
        refilter(switchTimeWindow);
    }

    void filterCategory_data() { addSizeRows(); }
    void filterCategory()
    {
        refilter([](FilterCriteria *filter, bool flip) {
            filter->setCategories(flip ? QSet<QString>{ u"strike"_s } : QSet<QString>{ u"attack"_s, u"patrol"_s });
        });
    }

    // A text query as typed into the filter bar, switching between two queries of one script.
    void textQuery_data()
    {
        QTest::addColumn<int>("size");
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("otherQuery");
        for (int size : sizes()) {
            QTest::addRow("%d latin", size) << size << u"khabur"_s << u"drone attack"_s;
            QTest::addRow("%d arabic", size) << size << u"الفرات"_s << u"قاعدة"_s;
        }
    }
    void textQuery()
    {
        QFETCH(QString, query);
        QFETCH(QString, otherQuery);
        refilter([&](FilterCriteria *filter, bool flip) { filter->setQuery(flip ? query : otherQuery); });
    }

    // The event table's sort: a RecordSortModel of its own on the filter proxy, sorted by a
    // column it has not sorted by before (a new table each iteration), so each is a full sort.
    void sortTable_data() { addSortRows(); }
    void sortTable()
    {
        QFETCH(int, size);
        QFETCH(int, column);
        AtlasDocument *opened = document(size);
        QVERIFY(opened);
        opened->filter()->clear();
        std::vector<std::unique_ptr<RecordSortModel>> tables; // freed after the measurement
        QBENCHMARK {
            tables.push_back(std::make_unique<RecordSortModel>());
            tables.back()->setSourceModel(opened->eventFilterModel());
            tables.back()->sort(column, Qt::AscendingOrder);
            QCOMPARE(tables.back()->rowCount(), size);
        }
        QVERIFY(readFirstScreen(tables.back().get()) > 0);
    }

    // A time-window change while the event table is sorted: the table sorts its rows again.
    void refilterSorted_data() { addSortRows(); }
    void refilterSorted()
    {
        QFETCH(int, column);
        refilter(switchTimeWindow, column);
    }

    // File > Save As of the open dataset as a project.
    void saveAs_data() { addSizeRows(); }
    void saveAs()
    {
        QFETCH(int, size);
        AtlasDocument *opened = document(size);
        QVERIFY(opened);
        const QString path = savedFile(size);
        QString error;
        QBENCHMARK {
            QVERIFY2(ProjectFile::save(opened->dataset(), path, &error), qPrintable(error));
        }
        qInfo("%d events: %.0f MiB project", size, megabytes(QFileInfo(path).size()));
    }

    // File > Save As of a project opened and not changed: the file copied (ProjectFile::copy).
    void saveAsCopy_data() { addSizeRows(); }
    void saveAsCopy()
    {
        QFETCH(int, size);
        QVERIFY(ensureCorpus(size));
        const QString path = savedFile(size);
        QString error;
        QBENCHMARK {
            QVERIFY2(ProjectFile::copy(corpusFile(size, u"gpkg"_s), path, &error), qPrintable(error));
        }
        qInfo("%d events: %.0f MiB project", size, megabytes(QFileInfo(path).size()));
    }

private:
    static QString savedFile(int size) { return QDir(dataDirectory(size)).filePath(u"saved-as.gpkg"_s); }

    void open(const QString &suffix)
    {
        QFETCH(int, size);
        QVERIFY2(ensureCorpus(size), "atlas-generate failed");
        const QString path = corpusFile(size, suffix);
        const qint64 bytes = QFileInfo(path).size();
        // Documents are destroyed after the measurement: freeing a million events is not opening.
        std::vector<std::unique_ptr<AtlasDocument>> opened;
        QStringList errors;
        bool ok = false;
        QBENCHMARK {
            opened.push_back(std::make_unique<AtlasDocument>());
            errors.clear();
            ok = loadDocument(*opened.back(), path, &errors);
            if (ok)
                QVERIFY(readFirstScreen(opened.back()->eventFilterModel()) > 0);
        }
        if (!ok)
            QSKIP(qPrintable(u"%1 (%2 MiB) refused: %3"_s.arg(QFileInfo(path).fileName()).arg(megabytes(bytes), 0, 'f', 0)
                                 .arg(errors.join(u"; "_s))));
        QCOMPARE(opened.back()->eventFilterModel()->rowCount(), size);
        qInfo("%d events: %.0f MiB file", size, megabytes(bytes));
    }

    // Measures one change of the filter per iteration, then reads the row count as a view does:
    // of the document's filter proxy, or with `sortColumn`, of an event table sorted by it.
    template<typename Change>
    void refilter(Change change, int sortColumn = -1)
    {
        QFETCH(int, size);
        AtlasDocument *opened = document(size);
        QVERIFY(opened);
        FilterCriteria *filter = opened->filter();
        filter->clear();
        QAbstractItemModel *events = opened->eventFilterModel();
        std::optional<RecordSortModel> table; // none unless sorted: an idle proxy would cost too
        if (sortColumn >= 0) {
            table.emplace();
            table->setSourceModel(events);
            table->sort(sortColumn);
            events = &*table;
        }
        QCOMPARE(events->rowCount(), size);
        bool flip = false;
        int shown = 0;
        QBENCHMARK {
            flip = !flip;
            change(filter, flip);
            shown = events->rowCount();
        }
        QVERIFY(shown > 0 && shown < size);
        QVERIFY(readFirstScreen(events) > 0);
        qInfo("%d of %d events shown", shown, size);
        filter->clear();
    }

    // The document of `size` events, opened from the project once per process.
    AtlasDocument *document(int size)
    {
        auto &slot = m_documents[size];
        if (!slot) {
            if (!ensureCorpus(size))
                return nullptr;
            const Opened before{ procStatus("VmRSS"), 0, 0, m_opened.empty() };
            auto opened = std::make_unique<AtlasDocument>();
            QStringList errors;
            QElapsedTimer timer;
            timer.start();
            if (!loadDocument(*opened, corpusFile(size, u"gpkg"_s), &errors)) {
                qWarning("%s", qPrintable(errors.join(u'\n')));
                return nullptr;
            }
            slot = std::move(opened);
            m_opened[size] = { before.rssBefore, procStatus("VmRSS"), procStatus("VmHWM"), before.first };
            qInfo("%d events: project opened in %lld ms (load average %s)", size, timer.elapsed(), loadAverage().constData());
        }
        return slot.get();
    }

    // Resident memory around the first opening of each size (VmRSS before and after, VmHWM after).
    struct Opened
    {
        qint64 rssBefore = 0;
        qint64 rssAfter = 0;
        qint64 peakAfter = 0;
        bool first = false; // the first document this process opened
    };

    std::map<int, std::unique_ptr<AtlasDocument>> m_documents;
    std::map<int, Opened> m_opened;
};

QTEST_GUILESS_MAIN(BenchScale)
#include "bench_scale.moc"
