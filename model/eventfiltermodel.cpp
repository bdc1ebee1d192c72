// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventfiltermodel.h"

#include "eventcolumns.h"
#include "eventmodel.h"
#include "filtercriteria.h"

namespace Atlas {

EventFilterModel::EventFilterModel(FilterCriteria *criteria, QObject *parent)
    : RowMapProxyModel(parent)
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
    setRows(passingRows(), sourceModel ? sourceModel->rowCount() : 0);
    endResetModel();
}

void EventFilterModel::sort(int, Qt::SortOrder)
{
}

std::vector<int> EventFilterModel::passingRows() const
{
    std::vector<int> rows;
    if (!m_source)
        return rows;
    const EventColumns &columns = m_source->columns();
    const FilterState &state = m_criteria->state();
    const EventColumnFilter filter(columns, state);
    const TextFolding::Matcher &matcher = state.matcher();
    const std::vector<bool> *text = matcher.isEmpty() ? nullptr : &m_source->rowsMatching(matcher, state.foldedQuery());
    rows.reserve(std::size_t(columns.rowCount()));
    for (const qint32 row : columns.dateOrder()) {
        if (!filter.accepts(row))
            continue;
        if (text && !(*text)[std::size_t(row)])
            continue;
        rows.push_back(row);
    }
    return rows;
}

void EventFilterModel::refilter()
{
    std::vector<int> passing = passingRows();
    if (passing == rows())
        return;

    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    std::vector<int> shown; // the source row each persistent index shows
    shown.reserve(std::size_t(before.size()));
    for (const QModelIndex &index : before)
        shown.push_back(sourceRowAt(index.row()));
    setRows(std::move(passing), sourceModel()->rowCount());
    QModelIndexList after;
    after.reserve(before.size());
    for (qsizetype i = 0; i < before.size(); ++i) {
        const int row = rowOfSource(shown[std::size_t(i)]);
        after.append(row < 0 ? QModelIndex() : createIndex(row, before.at(i).column()));
    }
    changePersistentIndexList(before, after);
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

void EventFilterModel::resetFromSource()
{
    setRows(passingRows(), sourceModel()->rowCount());
    endResetModel();
}

void EventFilterModel::forwardDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight,
                                          const QList<int> &roles)
{
    if (rows().empty() || !topLeft.isValid() || !bottomRight.isValid())
        return;
    // Source rows map to scattered rows here: announce the span they fall in.
    int first = int(rows().size()), last = -1;
    if (topLeft.row() == 0 && bottomRight.row() == sourceModel()->rowCount() - 1) {
        first = 0;
        last = int(rows().size()) - 1;
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

} // namespace Atlas
