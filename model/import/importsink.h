// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dataset.h"

#include <QString>

namespace Atlas {

// A row an importer could not take, named as the rejects file lists it (docs/import.md).
struct ImportReject
{
    qint64 line = 0;   // the physical line the record starts on, 1-based (the header is line 1)
    QString column;    // the column at fault, or empty when the whole row is
    QString value;     // the text found there, shortened to 200 characters
    QString reason;    // English, plain
};

/*
 * Where importers send records, in an order a writer can stream: the source of the export
 * first, each actor and place before the first event that names it, each event once. Three
 * sinks exist: a new project (ProjectFile::Writer, via ProjectSink), a merge into a loaded
 * dataset (MergeSink), and the app's document. A sink returning false stops the import.
 */
class ImportSink
{
public:
    virtual ~ImportSink() = default;
    virtual bool addSource(const Source &source) = 0;
    virtual bool addActor(const Actor &actor) = 0;
    virtual bool addPlace(const Place &place) = 0;
    virtual bool addEvent(const Event &event) = 0;
    // An event with its EventSearchText::of made already, for a sink that stores that text (a
    // new project's search index): QueuedSink makes it on the importer's thread when asked to.
    // Others ignore the text.
    virtual bool addSearchableEvent(const Event &event, const QString &searchText)
    {
        Q_UNUSED(searchText);
        return addEvent(event);
    }
};

} // namespace Atlas
