// SPDX-License-Identifier: GPL-3.0-or-later
#include "timelinemodelreader.h"

#include "eventmodel.h"
#include "vocabulary.h"

#include <QAbstractItemModel>
#include <QFontMetricsF>

namespace Atlas {

QList<TimelineItem> TimelineModelReader::read(const QAbstractItemModel &model, const QFontMetricsF &labelMetrics)
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
        item.titleWidth = labelMetrics.horizontalAdvance(item.title);
        items.append(item);
    }
    return items;
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
