// SPDX-License-Identifier: GPL-3.0-or-later
#include "timelinemodelreader.h"

#include "eventmodel.h"
#include "vocabulary.h"

#include <QAbstractItemModel>
#include <QFontMetricsF>

namespace Atlas {

QList<TimelineItem> TimelineModelReader::read(const QAbstractItemModel &model, const QFontMetricsF &labelMetrics,
                                              Titles titles)
{
    QList<TimelineItem> items;
    const int rows = model.rowCount();
    items.reserve(rows);
    for (int row = 0; row < rows; ++row) {
        const QModelIndex index = model.index(row, 0);
        const QDate start = index.data(EventModel::StartDateRole).toDate();
        if (!start.isValid())
            continue;
        QDate end = index.data(EventModel::EndDateRole).toDate();
        if (!end.isValid() || end < start)
            end = start;
        TimelineItem item;
        item.id = index.data(EventModel::IdRole).toString();
        item.category = index.data(EventModel::CategoryRole).toString();
        if (titles == Titles::Read)
            item.title = index.data(EventModel::TitleRole).toString();
        item.startDay = double(start.toJulianDay());
        item.endDay = double(end.toJulianDay()) + 1;
        const int precision = index.data(EventModel::PrecisionRole).toInt();
        item.precision = precision >= int(DatePrecision::Year) && precision <= int(DatePrecision::Day)
            ? DatePrecision(precision)
            : DatePrecision::Day;
        item.isRange = index.data(EventModel::IsRangeRole).toBool();
        item.inferred = index.data(EventModel::InferredRole).toBool();
        item.conflictsWith = index.data(EventModel::ConflictsWithRole).toStringList();
        item.modelRow = row;
        item.titleWidth = titles == Titles::Read ? labelMetrics.horizontalAdvance(item.title) : -1;
        items.append(item);
    }
    return items;
}

int TimelineModelReader::readTitles(const QAbstractItemModel &model, const QFontMetricsF &labelMetrics,
                                    QList<TimelineItem> &items, const QList<int> &indices)
{
    int read = 0;
    for (const int index : indices) {
        if (index < 0 || index >= items.size() || items.at(index).hasTitle())
            continue;
        TimelineItem &item = items[index];
        item.title = model.index(item.modelRow, 0).data(EventModel::TitleRole).toString();
        item.titleWidth = labelMetrics.horizontalAdvance(item.title);
        ++read;
    }
    return read;
}

QStringList TimelineModelReader::categories(const QAbstractItemModel &model, QHash<QString, QString> *texts)
{
    QStringList result;
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex index = model.index(row, 0);
        const QString category = index.data(EventModel::CategoryRole).toString();
        if (category.isEmpty() || result.contains(category))
            continue;
        result.append(category);
        if (texts) {
            const QString text = index.data(EventModel::CategoryTextRole).toString();
            texts->insert(category, text.isEmpty() ? category : text);
        }
    }
    return Vocabulary::sortedCategories(result);
}

} // namespace Atlas
