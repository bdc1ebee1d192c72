// SPDX-License-Identifier: GPL-3.0-or-later
// bench_searchindex PROJECT.gpkg QUERY...: how long EventSearchIndex::matchingFids takes on a
// saved project, for each query (folded as the filter folds it): the first run (cold: the file's
// pages not yet read by this process) and the median of five more, with the number of events
// found (docs/performance.md, "Search index"). Links the model only.
#include "eventsearchindex.h"
#include "sqlconnection.h"
#include "textfolding.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() < 3) {
        std::fputs("usage: bench_searchindex PROJECT.gpkg QUERY...\n", stderr);
        return 2;
    }
    Atlas::SqlConnection connection(arguments.at(1), Atlas::SqlConnection::Mode::ReadOnly);
    if (!Atlas::EventSearchIndex::isUsable(connection)) {
        std::fprintf(stderr, "%s: no current search index (%s)\n", qPrintable(arguments.at(1)),
                     qPrintable(connection.errorText()));
        return 1;
    }
    for (const QString &query : arguments.mid(2)) {
        const QString folded = Atlas::TextFolding::fold(query);
        std::vector<double> times;
        std::size_t found = 0;
        for (int run = 0; run < 6; ++run) {
            QElapsedTimer timer;
            timer.start();
            found = Atlas::EventSearchIndex::matchingFids(connection, folded).size();
            times.push_back(double(timer.nsecsElapsed()) / 1e6);
        }
        if (!connection.ok()) {
            std::fprintf(stderr, "%s\n", qPrintable(connection.errorText()));
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
