// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "recordbuilder.h"

namespace Atlas {

/*
 * One import as the command line runs it (docs/import.md): detects the format from the header,
 * runs the importer into a new project streamed through ProjectFile::Writer (--out) or into a
 * loaded project merged by (file, record id) and saved whole (--into), writes the rejected rows
 * to NAME.rejects.csv beside the output, and says what happened in one line. Nothing is written
 * when the import fails, is cancelled, or (strict) rejects a row. Stateless.
 */
class ImportJob
{
public:
    struct Request
    {
        QString file;
        QString format;        // acled, ucdp-ged, csv, geojson, kml, vector; empty: detect
        QString mapping;       // a column mapping (csv and the vector formats), docs/import.md
        QString out;           // a new project, or
        QString into;          // an existing one
        bool strict = false;
        ImportOptions options;
        // Instead of a file: merged into this dataset in memory (the app's open dataset), which
        // is only replaced when the import succeeds; no rejects file is written.
        Dataset *dataset = nullptr;
    };
    struct Result
    {
        int exitCode = 1;      // 0 all imported, 3 some rejected, 1 failed and nothing written
        QString summary;       // one line, English
        QString rejectsFile;   // written when there were rejects
        ImportReport report;
        qint64 added = 0;
        qint64 changed = 0;
        qint64 unchanged = 0;
    };

    static Result run(const Request &request);
    // "acled" or "ucdp-ged" from the header line of a CSV `file`, "csv" for another CSV or TSV
    // (by its extension), "geojson", "kml" or "vector" for what GDAL opens; empty with `error`
    // set otherwise.
    static QString detectFormat(const QString &file, QString *error);
    static QStringList formats();
    // NAME.gpkg -> NAME.rejects.csv
    static QString rejectsPath(const QString &project);
    static bool writeRejects(const QString &path, const QList<ImportReject> &rejects, QString *error);
};

} // namespace Atlas
