// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dataset.h"

#include <QSortFilterProxyModel>

namespace Atlas {

/*
 * Sorts the rows of one table, on top of a filter proxy that stays in date order: dates by day
 * (on the same day the source's order holds, where the vaguer date comes first), numbers by
 * value (rows without one first), and text by ICU collation in the table's language, so Arabic
 * sorts in Arabic alphabetical order. Reads Qt::EditRole, which EventModel and FigureModel fill
 * with a QDate, a number or the text shown. Sorting here changes no other view. Owns nothing.
 */
class RecordSortModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit RecordSortModel(QObject *parent = nullptr);

    // The language text columns collate in; a change sorts again and keeps the selection.
    void setLanguage(Language language);
    Language language() const { return m_language; }

protected:
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    Language m_language = Language::English;
};

} // namespace Atlas
