// SPDX-License-Identifier: GPL-3.0-or-later
#include "rowmapproxymodel.h"

namespace Atlas {

void RowMapProxyModel::setRows(std::vector<int> rows, int sourceRowCount)
{
    m_rows = std::move(rows);
    m_rowOfSource.assign(std::size_t(std::max(sourceRowCount, 0)), -1);
    for (std::size_t row = 0; row < m_rows.size(); ++row)
        m_rowOfSource[std::size_t(m_rows[row])] = int(row);
}

QModelIndex RowMapProxyModel::mapToSource(const QModelIndex &proxyIndex) const
{
    if (!proxyIndex.isValid() || !sourceModel() || proxyIndex.model() != this
        || std::size_t(proxyIndex.row()) >= m_rows.size())
        return {};
    return sourceModel()->index(m_rows[std::size_t(proxyIndex.row())], proxyIndex.column());
}

QModelIndex RowMapProxyModel::mapFromSource(const QModelIndex &sourceIndex) const
{
    if (!sourceIndex.isValid() || sourceIndex.model() != sourceModel())
        return {};
    const int row = rowOfSource(sourceIndex.row());
    return row < 0 ? QModelIndex() : createIndex(row, sourceIndex.column());
}

QModelIndex RowMapProxyModel::index(int row, int column, const QModelIndex &parent) const
{
    if (parent.isValid() || row < 0 || row >= rowCount() || column < 0 || column >= columnCount())
        return {};
    return createIndex(row, column);
}

QModelIndex RowMapProxyModel::parent(const QModelIndex &) const
{
    return {};
}

int RowMapProxyModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RowMapProxyModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() || !sourceModel() ? 0 : sourceModel()->columnCount();
}

bool RowMapProxyModel::hasChildren(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_rows.empty();
}

QModelIndex RowMapProxyModel::sibling(int row, int column, const QModelIndex &idx) const
{
    return idx.isValid() ? index(row, column) : QModelIndex();
}

} // namespace Atlas
