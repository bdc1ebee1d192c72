// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dataset.h"

#include <QTableView>

namespace Atlas {

class RecordSortModel;
class SelectionMirror;

/*
 * A sortable table of events or figures: shows a shared filter proxy through a RecordSortModel
 * of its own, so clicking a header sorts this table and nothing else, and keeps its selection in
 * step with the shared selection model through a SelectionMirror. Selects whole rows, and
 * scrolls to the current row whenever the selection changes elsewhere. Arabic cells are shown
 * right-to-left by the model's text. Tooltips show the model's text as plain text (QToolTip
 * would take a title such as "<b>…" for markup). Owns its sort model and selection mirror.
 */
class RecordTableView : public QTableView
{
    Q_OBJECT

public:
    explicit RecordTableView(QWidget *parent = nullptr);

    // Shows `records` (a filter proxy, which this view never sorts) sorted by `sortColumn`, with
    // its selection mirrored onto `sharedSelection`, whose model must be `records`.
    void setModels(QAbstractItemModel *records, QItemSelectionModel *sharedSelection, int sortColumn);
    // The language text columns sort in (Arabic alphabetical order in Arabic).
    void setCollationLanguage(Atlas::Language language);

    RecordSortModel *sortModel() const { return m_sortModel; }

protected:
    bool viewportEvent(QEvent *event) override;

private:
    RecordSortModel *m_sortModel;
    SelectionMirror *m_selection = nullptr;
};

} // namespace Atlas
