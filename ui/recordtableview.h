// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTableView>

namespace Atlas {

/*
 * A sortable table of events or figures on a filter proxy and a shared selection model: selects
 * whole rows, and scrolls the current row into view whenever the selection changes elsewhere.
 * Arabic cells are shown right-to-left by the model's text; the view owns nothing.
 */
class RecordTableView : public QTableView
{
    Q_OBJECT

public:
    explicit RecordTableView(QWidget *parent = nullptr);

    // Sets the model and the shared selection model together (the order Qt requires).
    void setModels(QAbstractItemModel *model, QItemSelectionModel *selection, int sortColumn);

Q_SIGNALS:
    void activatedRecord(const QModelIndex &index);
};

} // namespace Atlas
