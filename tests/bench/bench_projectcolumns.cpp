// SPDX-License-Identifier: GPL-3.0-or-later
// bench_projectcolumns PROJECT.gpkg [--full]: reads a project's event columns the way a large
// project is to be opened (ProjectEventColumns: hot fields only, text left in the file) and
// prints the wall time, the rows and the peak resident memory (VmHWM); with --full, opens it the way it is opened today
// (ProjectFile::load, the whole Dataset) and builds the same columns from it.
// docs/performance.md, "Project columns".
#include "eventcolumns.h"
#include "projecteventcolumns.h"
#include "projectfile.h"
#include "sqlconnection.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>

#include <cstdio>

#include "procstatus.h"

using namespace Qt::StringLiterals;

using AtlasBench::peakResidentMiB;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() < 2 || arguments.size() > 3 || (arguments.size() == 3 && arguments.at(2) != u"--full"_s)) {
        std::fputs("usage: bench_projectcolumns PROJECT.gpkg [--full]\n", stderr);
        return 2;
    }
    QElapsedTimer timer;
    timer.start();
    int rows = 0;
    if (arguments.size() == 3) {
        Atlas::DatasetLoader::Result loaded = Atlas::ProjectFile::load(arguments.at(1));
        if (!std::holds_alternative<Atlas::Dataset>(loaded)) {
            std::fputs("the project did not load\n", stderr);
            return 1;
        }
        rows = Atlas::EventColumns(std::get<Atlas::Dataset>(loaded)).rowCount();
    } else {
        Atlas::SqlConnection connection(arguments.at(1), Atlas::SqlConnection::Mode::ReadOnly);
        connection.exec(u"BEGIN"_s);
        QString error;
        const auto read = Atlas::ProjectEventColumns::read(connection, &error);
        if (!read) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
        rows = read->columns.rowCount();
    }
    const qint64 elapsed = timer.elapsed();
    std::printf("%d events' columns in %lld ms (%s), peak resident memory %lld MiB\n", rows,
                static_cast<long long>(elapsed), arguments.size() == 3 ? "whole dataset" : "columns only",
                static_cast<long long>(peakResidentMiB()));
    return 0;
}
