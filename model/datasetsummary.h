// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dataset.h"
#include "eventcolumns.h"

#include <QJsonObject>

namespace Atlas {

/*
 * What a dataset holds, in numbers, as one JSON object (`--info`): counts of each section and of
 * citations, the first and last event date, and events by date precision and by category.
 * Stateless.
 */
class DatasetSummary
{
public:
    static QJsonObject toJson(const Dataset &dataset);

    // The counts of the sections besides the events, and of every citation.
    struct Counts
    {
        qint64 places = 0;
        qint64 sources = 0;
        qint64 actors = 0;
        qint64 figures = 0;
        qint64 citations = 0;
    };
    // The same object from the events' columns: what a project's summary is made of
    // (ProjectFile::summary) without the dataset, and what toJson(dataset) itself uses.
    static QJsonObject toJson(const DatasetInfo &info, const Counts &counts, const EventColumns &events);
};

} // namespace Atlas
