// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "timelinelayout.h"

#include <QHash>
#include <QList>
#include <QStringList>

class QAbstractItemModel;
class QFontMetricsF;

namespace Atlas {

/*
 * Reads the timeline's items out of an event model (EventModel or a proxy over it) through its
 * roles, measuring each title once with the label font. Rows without a valid start date are
 * left out. Also lists the categories a model holds, for lanes and the legend. Stateless.
 */
class TimelineModelReader
{
public:
    enum class Titles { Read, Later };
    // With Titles::Later the titles are left unread (TimelineItem::hasTitle() false): a large
    // project's titles come from its file, so only those of the items in view are read, by
    // readTitles().
    static QList<TimelineItem> read(const QAbstractItemModel &model, const QFontMetricsF &labelMetrics,
                                    Titles titles = Titles::Read);
    // Reads the title of each item at `indices` that has none, from the model row it came from.
    // Returns how many it read.
    static int readTitles(const QAbstractItemModel &model, const QFontMetricsF &labelMetrics,
                          QList<TimelineItem> &items, const QList<int> &indices);
    // The categories in display order (Vocabulary::sortedCategories()), with their translated names.
    static QStringList categories(const QAbstractItemModel &model, QHash<QString, QString> *texts = nullptr);
};

} // namespace Atlas
