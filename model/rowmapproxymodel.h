// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractProxyModel>

#include <vector>

namespace Atlas {

/*
 * A flat proxy that shows some rows of a flat source model in an order of its own, held as two
 * arrays: the source row of each row here, and the row here of each source row (-1: not shown),
 * so both mappings are O(1). Subclasses decide the rows (setRows()); this class answers Qt's
 * model questions. The filter and the table's sort proxies are ones.
 */
class RowMapProxyModel : public QAbstractProxyModel
{
    Q_OBJECT

public:
    using QAbstractProxyModel::QAbstractProxyModel;

    // The row here of a source row, or -1 when it is not shown.
    int rowOfSource(int sourceRow) const
    {
        return sourceRow < 0 || std::size_t(sourceRow) >= m_rowOfSource.size() ? -1 : m_rowOfSource[std::size_t(sourceRow)];
    }
    int sourceRowAt(int row) const { return m_rows[std::size_t(row)]; }

    QModelIndex mapToSource(const QModelIndex &proxyIndex) const override;
    QModelIndex mapFromSource(const QModelIndex &sourceIndex) const override;
    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    QModelIndex sibling(int row, int column, const QModelIndex &index) const override;

protected:
    const std::vector<int> &rows() const { return m_rows; }
    // Replaces the rows shown (source rows, in order) and the inverse mapping; announces nothing.
    void setRows(std::vector<int> rows, int sourceRowCount);

private:
    std::vector<int> m_rows;        // source row of each row here
    std::vector<int> m_rowOfSource; // row here of each source row, -1 when not shown
};

} // namespace Atlas
