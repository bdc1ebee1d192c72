// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "datasetloader.h"

#include <QString>
#include <QStringList>

namespace Atlas {

/*
 * A project file: one GeoPackage 1.3 file (docs/projectfile.md) that holds a Dataset exactly and
 * that GIS tools open as layers, events and places as points. save() never leaves a half-written
 * file at the path: it writes a new file beside it, then renames it over the old one, so a crash
 * or a kill leaves the old file or the new one. load() returns the Dataset, checked by the rules
 * of a JSON dataset (DatasetLoader), or every problem, each naming the file or the row.
 * The tables themselves are ProjectTables'. Stateless.
 */
class ProjectFile
{
public:
    // On failure returns false, sets `error` to a message naming the file, and leaves any file
    // already at `path` as it was.
    static bool save(const Dataset &dataset, const QString &path, QString *error);
    static DatasetLoader::Result load(const QString &path);

    // Whether a file is to be read as a project: a .gpkg name or an SQLite header.
    static bool isProjectFile(const QString &path);
    // The temporary files of saves to `path` that exist now: one being written, or the remains
    // of a save that was killed. Each save removes those it finds before it starts.
    static QStringList temporaryFiles(const QString &path);
};

} // namespace Atlas
