// SPDX-License-Identifier: GPL-3.0-or-later
#include "recordsortmodel.h"

#include "collation.h"
#include "eventcolumns.h"
#include "eventfiltermodel.h"
#include "eventmodel.h"

#include <QDate>

#include <algorithm>
#include <numeric>

namespace Atlas {

namespace {

bool isNumber(const QVariant &value)
{
    return value.typeId() == QMetaType::Double || value.typeId() == QMetaType::Int
        || value.typeId() == QMetaType::LongLong;
}

} // namespace

RecordSortModel::RecordSortModel(QObject *parent)
    : RowMapProxyModel(parent)
{
}

void RecordSortModel::setSourceModel(QAbstractItemModel *sourceModel)
{
    beginResetModel();
    for (const QMetaObject::Connection &connection : std::as_const(m_sourceConnections))
        disconnect(connection);
    m_sourceConnections.clear();
    QAbstractProxyModel::setSourceModel(sourceModel);
    m_events = qobject_cast<EventFilterModel *>(sourceModel);
    m_sortedEvents.clear();
    if (sourceModel) {
        const auto reset = [this] { resetFromSource(); };
        m_sourceConnections = {
            connect(sourceModel, &QAbstractItemModel::modelAboutToBeReset, this, [this] { beginResetModel(); }),
            connect(sourceModel, &QAbstractItemModel::modelReset, this, [this] {
                m_sortedEvents.clear();
                setRows(sortedRows(), QAbstractProxyModel::sourceModel()->rowCount());
                endResetModel();
            }),
            // A filter change: the same rows sorted, fewer or more of them. What the persistent
            // indexes show is held from before the source changes, while it still maps.
            connect(sourceModel, &QAbstractItemModel::layoutAboutToBeChanged, this, &RecordSortModel::beginRelayout),
            connect(sourceModel, &QAbstractItemModel::layoutChanged, this, &RecordSortModel::endRelayout),
            connect(sourceModel, &QAbstractItemModel::rowsInserted, this, reset),
            connect(sourceModel, &QAbstractItemModel::rowsRemoved, this, reset),
            connect(sourceModel, &QAbstractItemModel::rowsMoved, this, reset),
            connect(sourceModel, &QAbstractItemModel::dataChanged, this,
                    [this](const QModelIndex &topLeft, const QModelIndex &bottomRight, const QList<int> &roles) {
                        // Texts made anew (another language) may sort differently.
                        const bool sortedBy = m_column >= topLeft.column() && m_column <= bottomRight.column();
                        if (sortedBy && (roles.isEmpty() || roles.contains(Qt::EditRole))) {
                            m_sortedEvents.clear();
                            relayout();
                        }
                        if (!rows().empty())
                            Q_EMIT dataChanged(index(0, topLeft.column()), index(int(rows().size()) - 1, bottomRight.column()), roles);
                    }),
            connect(sourceModel, &QAbstractItemModel::headerDataChanged, this, &QAbstractItemModel::headerDataChanged),
        };
    }
    setRows(sortedRows(), sourceModel ? sourceModel->rowCount() : 0);
    endResetModel();
}

void RecordSortModel::resetFromSource()
{
    beginResetModel();
    m_sortedEvents.clear();
    setRows(sortedRows(), sourceModel()->rowCount());
    endResetModel();
}

void RecordSortModel::sort(int column, Qt::SortOrder order)
{
    if (column == m_column && order == m_order)
        return;
    const bool sameKeys = column == m_column;
    m_column = column;
    m_order = order;
    if (!sameKeys)
        m_sortedEvents.clear();
    relayout();
}

void RecordSortModel::setLanguage(Language language)
{
    if (language == m_language)
        return;
    m_language = language;
    m_sortedEvents.clear();
    if (m_column >= 0)
        relayout();
}

RecordSortModel::Key RecordSortModel::keyOf(const QModelIndex &index) const
{
    const QVariant value = index.data(Qt::EditRole);
    Key key;
    if (value.typeId() == QMetaType::QDate) {
        key.kind = Key::Date;
        key.number = double(value.toDate().toJulianDay());
    } else if (isNumber(value)) {
        key.kind = Key::Number;
        key.number = value.toDouble();
    } else {
        key.collation = Collation::sortKey(m_language, value.toString());
    }
    return key;
}

// Dates by day; numbers by value with the rows that have none first; text by collation.
bool RecordSortModel::less(const Key &a, const Key &b)
{
    if (a.kind == Key::Date && b.kind == Key::Date)
        return a.number < b.number;
    if (a.kind == Key::Number || b.kind == Key::Number) {
        if (a.kind != b.kind)
            return b.kind == Key::Number;
        return a.number < b.number;
    }
    return a.collation < b.collation;
}

std::vector<int> RecordSortModel::sortedRows()
{
    QAbstractItemModel *source = sourceModel();
    std::vector<int> rows;
    if (!source)
        return rows;
    const int count = source->rowCount();
    if (m_column < 0 || m_column >= source->columnCount()) {
        rows.resize(std::size_t(count));
        std::iota(rows.begin(), rows.end(), 0);
        return rows;
    }

    if (m_events && m_events->sourceModel()) {
        auto *events = qobject_cast<EventModel *>(m_events->sourceModel());
        if (m_sortedEvents.empty() && events) {
            // Every event, once: ties keep the date order, as the filter shows it.
            const std::vector<qint32> &dateOrder = events->columns().dateOrder();
            std::vector<Key> keys(dateOrder.size());
            for (std::size_t row = 0; row < keys.size(); ++row)
                keys[row] = keyOf(events->index(int(row), m_column));
            m_sortedEvents.assign(dateOrder.begin(), dateOrder.end());
            std::stable_sort(m_sortedEvents.begin(), m_sortedEvents.end(),
                             [&keys](int a, int b) { return less(keys[std::size_t(a)], keys[std::size_t(b)]); });
        }
        rows.reserve(std::size_t(count));
        for (const int eventRow : m_sortedEvents) {
            const int row = m_events->rowOfSource(eventRow);
            if (row >= 0)
                rows.push_back(row);
        }
    } else {
        std::vector<Key> keys(static_cast<std::size_t>(count));
        for (int row = 0; row < count; ++row)
            keys[std::size_t(row)] = keyOf(source->index(row, m_column));
        rows.resize(std::size_t(count));
        std::iota(rows.begin(), rows.end(), 0);
        std::stable_sort(rows.begin(), rows.end(),
                         [&keys](int a, int b) { return less(keys[std::size_t(a)], keys[std::size_t(b)]); });
    }
    if (m_order == Qt::DescendingOrder)
        std::reverse(rows.begin(), rows.end());
    return rows;
}

void RecordSortModel::relayout()
{
    if (!sourceModel())
        return;
    beginRelayout();
    endRelayout();
}

void RecordSortModel::beginRelayout()
{
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    m_heldPersistent = persistentIndexList();
    m_heldSources.clear();
    m_heldSources.reserve(m_heldPersistent.size());
    for (const QModelIndex &index : std::as_const(m_heldPersistent))
        m_heldSources.append(mapToSource(index));
}

void RecordSortModel::endRelayout()
{
    setRows(sortedRows(), sourceModel()->rowCount());

    QModelIndexList after;
    after.reserve(m_heldPersistent.size());
    for (const QPersistentModelIndex &source : std::as_const(m_heldSources))
        after.append(mapFromSource(source));
    changePersistentIndexList(m_heldPersistent, after);
    m_heldPersistent.clear();
    m_heldSources.clear();
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

} // namespace Atlas
