// SPDX-License-Identifier: GPL-3.0-or-later
#include "recordsortmodel.h"

#include "collation.h"

#include <QDate>

namespace Atlas {

namespace {

bool isNumber(const QVariant &value)
{
    return value.typeId() == QMetaType::Double || value.typeId() == QMetaType::Int
        || value.typeId() == QMetaType::LongLong;
}

// Negative, zero or positive like strcmp; zero leaves the order to the source's rows.
int compare(const QVariant &a, const QVariant &b, Language language)
{
    if (a.typeId() == QMetaType::QDate && b.typeId() == QMetaType::QDate) {
        const QDate dateA = a.toDate();
        const QDate dateB = b.toDate();
        return dateA == dateB ? 0 : dateA < dateB ? -1 : 1;
    }
    if (isNumber(a) || isNumber(b)) {
        if (!isNumber(a) || !isNumber(b))
            return isNumber(a) ? 1 : isNumber(b) ? -1 : 0; // no number first
        const double valueA = a.toDouble();
        const double valueB = b.toDouble();
        return valueA == valueB ? 0 : valueA < valueB ? -1 : 1;
    }
    return Collation::compare(language, a.toString(), b.toString());
}

} // namespace

RecordSortModel::RecordSortModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(Qt::EditRole);
}

void RecordSortModel::setLanguage(Language language)
{
    if (language == m_language)
        return;
    m_language = language;
    if (sortColumn() >= 0)
        invalidate(); // announced as a layout change: the selection follows its rows
}

bool RecordSortModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const int order = compare(left.data(sortRole()), right.data(sortRole()), m_language);
    return order != 0 ? order < 0 : left.row() < right.row();
}

} // namespace Atlas
