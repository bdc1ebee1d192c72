// SPDX-License-Identifier: GPL-3.0-or-later
// bench_eventstore PROJECT.gpkg [--reads N]: opens a project the way a large one is to be opened
// (ProjectEventStore: the events' columns in memory, the rest left in the file) and reads whole
// events from it on demand as a view would: N events at random rows (default 2,000), then
// 200 pages of 40 consecutive rows, as the event table shows them, each page at a random place.
// Prints the open's wall time, the time per event and per page, and the peak resident memory
// (VmHWM). docs/performance.md, "Events read on demand".
#include "projecteventstore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>

#include <algorithm>
#include <cstdio>
#include <random>
#include <vector>

#include "procstatus.h"

using namespace Qt::StringLiterals;

using AtlasBench::peakResidentMiB;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    int reads = 2000;
    bool usage = arguments.size() != 2 && arguments.size() != 4;
    if (arguments.size() == 4) {
        bool number = false;
        reads = arguments.at(3).toInt(&number);
        usage = arguments.at(2) != u"--reads"_s || !number || reads < 1;
    }
    if (usage) {
        std::fputs("usage: bench_eventstore PROJECT.gpkg [--reads N]\n", stderr);
        return 2;
    }

    QElapsedTimer timer;
    timer.start();
    Atlas::ProjectEventStore::OpenResult opened = Atlas::ProjectEventStore::open(arguments.at(1));
    if (const auto *errors = std::get_if<QList<Atlas::LoadError>>(&opened)) {
        for (const Atlas::LoadError &error : *errors)
            std::fprintf(stderr, "%s\n", qPrintable(error.toString()));
        return 1;
    }
    const auto &store = std::get<std::unique_ptr<Atlas::ProjectEventStore>>(opened);
    const qint64 openMs = timer.elapsed();
    const int rows = store->rowCount();
    std::printf("opened %d events in %lld ms, peak resident memory %lld MiB\n", rows,
                static_cast<long long>(openMs), static_cast<long long>(peakResidentMiB()));
    if (rows == 0)
        return 0;

    std::mt19937 random(20141008);
    std::uniform_int_distribution<int> anyRow(0, rows - 1);
    std::vector<qint64> nanoseconds;
    nanoseconds.reserve(std::size_t(reads));
    qint64 textSize = 0;
    for (int i = 0; i < reads; ++i) {
        const int row = anyRow(random);
        timer.restart();
        const auto event = store->event(row);
        nanoseconds.push_back(timer.nsecsElapsed());
        if (!event) {
            std::fprintf(stderr, "%s\n", qPrintable(store->error()));
            return 1;
        }
        textSize += event->title.en.size() + event->summary.en.size();
    }
    std::sort(nanoseconds.begin(), nanoseconds.end());
    qint64 total = 0;
    for (qint64 ns : nanoseconds)
        total += ns;
    std::printf("%d events at random rows: mean %.1f us, median %.1f us, 99th percentile %.1f us (%lld characters)\n",
                reads, double(total) / reads / 1000.0, double(nanoseconds[nanoseconds.size() / 2]) / 1000.0,
                double(nanoseconds[nanoseconds.size() * 99 / 100]) / 1000.0, static_cast<long long>(textSize));

    constexpr int Pages = 200, PageRows = 40;
    std::uniform_int_distribution<int> pageStart(0, std::max(0, rows - PageRows));
    std::vector<qint64> pages;
    for (int page = 0; page < Pages; ++page) {
        const int first = pageStart(random);
        timer.restart();
        for (int row = first; row < std::min(rows, first + PageRows); ++row) {
            if (!store->event(row)) {
                std::fprintf(stderr, "%s\n", qPrintable(store->error()));
                return 1;
            }
        }
        pages.push_back(timer.nsecsElapsed());
    }
    std::sort(pages.begin(), pages.end());
    std::printf("%d pages of %d rows: median %.2f ms, worst %.2f ms; peak resident memory %lld MiB\n", Pages, PageRows,
                double(pages[pages.size() / 2]) / 1e6, double(pages.back()) / 1e6,
                static_cast<long long>(peakResidentMiB()));
    return 0;
}
