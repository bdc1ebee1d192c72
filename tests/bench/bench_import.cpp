// SPDX-License-Identifier: GPL-3.0-or-later
// bench_import FILE.csv OUT.gpkg: runs one import (ImportJob, as `coalition-atlas --import FILE
// --out OUT.gpkg` does) and prints its summary and wall time; run under /usr/bin/time -v for the
// resident memory (docs/performance.md, "Import"). Links the model only, so a Release build of
// the benchmark does not need the UI.
#include "importjob.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <cstdio>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() != 3) {
        std::fputs("usage: bench_import FILE.csv OUT.gpkg\n", stderr);
        return 2;
    }
    Atlas::ImportJob::Request request;
    request.file = arguments.at(1);
    request.out = arguments.at(2);
    qint64 lastPercent = -1;
    request.options.progress = [&](qint64 done, qint64 total) {
        const qint64 percent = total > 0 ? done * 100 / total : 0;
        if (percent / 10 != lastPercent / 10)
            std::fprintf(stderr, "%lld%%\n", static_cast<long long>(percent));
        lastPercent = percent;
        return true;
    };
    QElapsedTimer timer;
    timer.start();
    const Atlas::ImportJob::Result result = Atlas::ImportJob::run(request);
    std::printf("%s\nexit %d in %lld ms\n", qPrintable(result.summary), result.exitCode,
                static_cast<long long>(timer.elapsed()));
    return result.exitCode;
}
