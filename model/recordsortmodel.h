// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dataset.h"

#include "rowmapproxymodel.h"

#include <vector>

namespace Atlas {

class EventFilterModel;

/*
 * Sorts the rows of one table, on top of a filter proxy that stays in date order: dates by day
 * (on the same day the filter's order holds, where the vaguer date comes first), numbers by
 * value (rows without one first), and text by ICU collation in the table's language, so Arabic
 * sorts in Arabic alphabetical order. Reads Qt::EditRole, which EventModel and FigureModel fill
 * with a QDate, a number or the text shown. Sorting here changes no other view. Owns nothing.
 *
 * Over an EventFilterModel it sorts once: a sort orders every event of the dataset, filtered or
 * not, and a filter change then only picks the passing rows out of that order, in one pass, with
 * no comparisons; so a table of a million events follows the filter as fast as the filter itself.
 * Over another proxy (the figures) it sorts the rows shown each time they change.
 */
class RecordSortModel : public RowMapProxyModel
{
    Q_OBJECT

public:
    explicit RecordSortModel(QObject *parent = nullptr);

    void setSourceModel(QAbstractItemModel *sourceModel) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    int sortColumn() const { return m_column; }
    Qt::SortOrder sortOrder() const { return m_order; }

    // The language text columns collate in; a change sorts again and keeps the selection.
    void setLanguage(Language language);
    Language language() const { return m_language; }

private:
    // What one cell sorts by.
    struct Key
    {
        enum Kind : quint8 { Text, Number, Date } kind = Text;
        double number = 0;      // a number, or a date as its Julian day
        QByteArray collation;   // text, as an ICU sort key
    };
    Key keyOf(const QModelIndex &index) const;
    static bool less(const Key &a, const Key &b);

    // The source's rows in the order asked for, from the cached order of every event (events),
    // or by sorting the rows shown (anything else).
    std::vector<int> sortedRows();
    // Applies a new order as one layout change that keeps persistent indexes on their rows; in
    // two halves around a layout change of the source.
    void relayout();
    void beginRelayout();
    void endRelayout();
    void resetFromSource();

    EventFilterModel *m_events = nullptr; // the source, when it is one
    int m_column = -1;
    Qt::SortOrder m_order = Qt::AscendingOrder;
    Language m_language = Language::English;
    std::vector<int> m_sortedEvents;      // every event row of the EventModel, ascending; empty: not computed
    QModelIndexList m_heldPersistent;             // between beginRelayout() and endRelayout()
    QList<QPersistentModelIndex> m_heldSources;  // what each of them shows
    QList<QMetaObject::Connection> m_sourceConnections;
};

} // namespace Atlas
