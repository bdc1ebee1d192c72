// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace Atlas {

class AtlasDocument;

/*
 * Opens a dataset file, JSON (DatasetLoader) or a project (ProjectFile, for a .gpkg name or an
 * SQLite file), into a document, all or nothing: on success the document holds the new
 * dataset (its articles read from the folder `sources/` beside the file, or from the bundled
 * resources for the bundled dataset); on failure the document keeps what it had and `errors`
 * lists every problem, each prefixed with the file name.
 */
bool loadDocument(AtlasDocument &document, const QString &path, QStringList *errors);

} // namespace Atlas
