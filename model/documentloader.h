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
 * lists every problem, each prefixed with the file name. A project of more than
 * `eventsInFileAbove` events is opened with its events left in the file.
 */
// Above this many events a project keeps its events in the file (ProjectFile::load): reading a
// project whole costs about 50 µs and 6 KB more an event (docs/performance.md).
constexpr qint64 DefaultEventsInFileAbove = 50'000;
// DefaultEventsInFileAbove, or the number in the environment variable
// COALITION_ATLAS_EVENTS_IN_FILE_ABOVE (docs/projectfile.md).
qint64 eventsInFileAbove();
bool loadDocument(AtlasDocument &document, const QString &path, QStringList *errors);
bool loadDocument(AtlasDocument &document, const QString &path, QStringList *errors, qint64 eventsInFileAbove);

} // namespace Atlas
