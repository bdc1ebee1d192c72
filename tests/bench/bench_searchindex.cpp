// SPDX-License-Identifier: GPL-3.0-or-later
// bench_searchindex [--store] PROJECT.gpkg QUERY...: how long EventSearchIndex::matchingFids
// takes on a saved project, for each query (folded as the filter folds it): the first run (cold:
// the file's pages not yet read by this process) and the median of five more, with the number of
// events found (docs/performance.md, "Search index"). With --store, ProjectEventStore::rowsMatching
// instead (the index in the store's snapshot, fids mapped to rows: what the text filter of a
// project whose events stay in the file runs), after the time the store took to open. Links the
// model only.
#include "eventsearchindex.h"
#include "projecteventstore.h"
#include "sqlconnection.h"
#include "textfolding.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <algorithm>
#include <cstdio>
#include <memory>
#include <vector>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QStringList arguments = QCoreApplication::arguments();
    const bool throughStore = arguments.size() > 1 && arguments.at(1) == u"--store"_s;
    if (throughStore)
        arguments.removeAt(1);
    if (arguments.size() < 3) {
        std::fputs("usage: bench_searchindex [--store] PROJECT.gpkg QUERY...\n", stderr);
        return 2;
    }
    const QString path = arguments.at(1);
    std::unique_ptr<Atlas::ProjectEventStore> store;
    std::unique_ptr<Atlas::SqlConnection> connection;
    if (throughStore) {
        QElapsedTimer opening;
        opening.start();
        Atlas::ProjectEventStore::OpenResult opened = Atlas::ProjectEventStore::open(path);
        if (const auto *errors = std::get_if<QList<Atlas::LoadError>>(&opened)) {
            for (const Atlas::LoadError &error : *errors)
                std::fprintf(stderr, "%s\n", qPrintable(error.toString()));
            return 1;
        }
        store = std::get<std::unique_ptr<Atlas::ProjectEventStore>>(std::move(opened));
        std::printf("store opened: %d events in %.1f ms\n", store->rowCount(), double(opening.nsecsElapsed()) / 1e6);
        if (!store->hasSearchIndex()) {
            std::fprintf(stderr, "%s: no current search index\n", qPrintable(path));
            return 1;
        }
    } else {
        connection = std::make_unique<Atlas::SqlConnection>(path, Atlas::SqlConnection::Mode::ReadOnly);
        if (!Atlas::EventSearchIndex::isUsable(*connection)) {
            std::fprintf(stderr, "%s: no current search index (%s)\n", qPrintable(path),
                         qPrintable(connection->errorText()));
            return 1;
        }
    }
    for (const QString &query : arguments.mid(2)) {
        const QString folded = Atlas::TextFolding::fold(query);
        std::vector<double> times;
        std::size_t found = 0;
        for (int run = 0; run < 6; ++run) {
            QElapsedTimer timer;
            timer.start();
            if (store) {
                const auto rows = store->rowsMatching(folded);
                if (!rows) {
                    std::fprintf(stderr, "%s\n", qPrintable(store->error()));
                    return 1;
                }
                found = rows->size();
            } else {
                found = Atlas::EventSearchIndex::matchingFids(*connection, folded).size();
            }
            times.push_back(double(timer.nsecsElapsed()) / 1e6);
        }
        if (connection && !connection->ok()) {
            std::fprintf(stderr, "%s\n", qPrintable(connection->errorText()));
            return 1;
        }
        const double first = times.front();
        std::vector<double> warm(times.begin() + 1, times.end());
        std::sort(warm.begin(), warm.end());
        std::printf("%-24s %8zu events  first %9.1f ms  median %9.1f ms\n", qPrintable(query), found, first,
                    warm[warm.size() / 2]);
    }
    return 0;
}
