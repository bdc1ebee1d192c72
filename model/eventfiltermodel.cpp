// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventfiltermodel.h"

#include "eventcolumns.h"
#include "eventmodel.h"
#include "filtercriteria.h"

namespace Atlas {

EventFilterModel::EventFilterModel(FilterCriteria *criteria, QObject *parent)
    : QAbstractProxyModel(parent)
    , m_criteria(criteria)
{
    connect(m_criteria, &FilterCriteria::changed, this, &EventFilterModel::refilter);
}

void EventFilterModel::setSourceModel(QAbstractItemModel *sourceModel)
{
    beginResetModel();
    for (const QMetaObject::Connection &connection : std::as_const(m_sourceConnections))
        disconnect(connection);
    m_sourceConnections.clear();
    QAbstractProxyModel::setSourceModel(sourceModel);
    m_source = qobject_cast<EventModel *>(sourceModel);
    if (sourceModel) {
        m_sourceConnections = {
            connect(sourceModel, &QAbstractItemModel::modelAboutToBeReset, this, [this] { beginResetModel(); }),
            connect(sourceModel, &QAbstractItemModel::modelReset, this, &EventFilterModel::resetFromSource),
            connect(sourceModel, &QAbstractItemModel::dataChanged, this, &EventFilterModel::forwardDataChanged),
            connect(sourceModel, &QAbstractItemModel::headerDataChanged, this, &QAbstractItemModel::headerDataChanged),
        };
    }
    computeRows(&m_rows, &m_rowOfSource);
    endResetModel();
}

void EventFilterModel::sort(int, Qt::SortOrder)
{
}

void EventFilterModel::computeRows(std::vector<int> *rows, std::vector<int> *rowOfSource) const
{
    rows->clear();
    rowOfSource->clear();
    if (!m_source)
        return;
    const EventColumns &columns = m_source->columns();
    const FilterState &state = m_criteria->state();
    const EventColumnFilter filter(columns, state);
    const TextFolding::Matcher &matcher = state.matcher();
    rowOfSource->assign(std::size_t(columns.rowCount()), -1);
    rows->reserve(std::size_t(columns.rowCount()));
    for (const qint32 row : columns.dateOrder()) {
        if (!filter.accepts(row))
            continue;
        if (!matcher.isEmpty() && !matcher.matches(m_source->searchText(row)))
            continue;
        (*rowOfSource)[std::size_t(row)] = int(rows->size());
        rows->push_back(row);
    }
}

void EventFilterModel::refilter()
{
    std::vector<int> rows, rowOfSource;
    computeRows(&rows, &rowOfSource);
    if (rows == m_rows)
        return;

    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    QModelIndexList after;
    after.reserve(before.size());
    for (const QModelIndex &index : before) {
        const int newRow = rowOfSource[std::size_t(m_rows[std::size_t(index.row())])];
        after.append(newRow < 0 ? QModelIndex() : createIndex(newRow, index.column()));
    }
    m_rows = std::move(rows);
    m_rowOfSource = std::move(rowOfSource);
    changePersistentIndexList(before, after);
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

void EventFilterModel::resetFromSource()
{
    computeRows(&m_rows, &m_rowOfSource);
    endResetModel();
}

void EventFilterModel::forwardDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight,
                                          const QList<int> &roles)
{
    if (m_rows.empty() || !topLeft.isValid() || !bottomRight.isValid())
        return;
    // Source rows map to scattered rows here: announce the span they fall in.
    int first = int(m_rows.size()), last = -1;
    if (topLeft.row() == 0 && bottomRight.row() == sourceModel()->rowCount() - 1) {
        first = 0;
        last = int(m_rows.size()) - 1;
    } else {
        for (int row = topLeft.row(); row <= bottomRight.row(); ++row) {
            const int mapped = rowOfSource(row);
            if (mapped >= 0) {
                first = std::min(first, mapped);
                last = std::max(last, mapped);
            }
        }
    }
    if (last >= 0)
        Q_EMIT dataChanged(index(first, topLeft.column()), index(last, bottomRight.column()), roles);
}

int EventFilterModel::rowOfSource(int sourceRow) const
{
    if (sourceRow < 0 || std::size_t(sourceRow) >= m_rowOfSource.size())
        return -1;
    return m_rowOfSource[std::size_t(sourceRow)];
}

QModelIndex EventFilterModel::mapToSource(const QModelIndex &proxyIndex) const
{
    if (!proxyIndex.isValid() || !sourceModel() || proxyIndex.model() != this)
        return {};
    return sourceModel()->index(m_rows[std::size_t(proxyIndex.row())], proxyIndex.column());
}

QModelIndex EventFilterModel::mapFromSource(const QModelIndex &sourceIndex) const
{
    if (!sourceIndex.isValid() || sourceIndex.model() != sourceModel())
        return {};
    const int row = rowOfSource(sourceIndex.row());
    return row < 0 ? QModelIndex() : createIndex(row, sourceIndex.column());
}

QModelIndex EventFilterModel::index(int row, int column, const QModelIndex &parent) const
{
    if (parent.isValid() || row < 0 || row >= rowCount() || column < 0 || column >= columnCount())
        return {};
    return createIndex(row, column);
}

QModelIndex EventFilterModel::parent(const QModelIndex &) const
{
    return {};
}

int EventFilterModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int EventFilterModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() || !sourceModel() ? 0 : sourceModel()->columnCount();
}

bool EventFilterModel::hasChildren(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_rows.empty();
}

QModelIndex EventFilterModel::sibling(int row, int column, const QModelIndex &idx) const
{
    return idx.isValid() ? index(row, column) : QModelIndex();
}

} // namespace Atlas
