// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dataset.h"
#include "eventcolumns.h"
#include "textfolding.h"
#include "formatter.h"

#include <QAbstractTableModel>

namespace Atlas {

/*
 * The events of the document's Dataset as a table, one row per event in dataset order.
 * Columns are what the event table shows; the roles carry everything the timeline, map and
 * details pane need, so no view reads the Dataset directly. Does not own the Dataset.
 */
class EventModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { DateColumn, CategoryColumn, TitleColumn, PlacesColumn, SourcesColumn, ColumnCount };
    Q_ENUM(Column)

    enum Role {
        IdRole = Qt::UserRole + 1,
        StartDateRole,      // QDate, first day the date can stand for
        EndDateRole,        // QDate, last day (FuzzyDate::latest())
        PrecisionRole,      // int, Atlas::DatePrecision
        IsRangeRole,        // bool, the source gives a start and an end
        InferredRole,       // bool
        DateNoteRole,       // QString, English inference note
        DateTextRole,       // QString, date formatted for the UI language at its precision
        CategoryRole,       // QString, vocabulary id
        CategoryTextRole,   // QString, translated category name
        TitleRole,          // QString, title in the UI language
        TitleArRole,
        TitleEnRole,
        SummaryRole,        // QString, summary in the UI language (English when there is no Arabic)
        SummaryArRole,      // QString, the dataset's Arabic translation of the summary, may be empty
        SummaryEnRole,      // QString, English
        PlaceIdsRole,       // QStringList
        ActorIdsRole,       // QStringList
        SourceIdsRole,      // QStringList, distinct sources of the citations, in order
        ConflictsWithRole,  // QStringList of event ids
        ConflictNoteRole,   // QString
        SortDateRole,       // qint64, Julian day of the start, for sorting
        SearchTextRole      // QString, folded text of titles, summary, places and quotes (TextFolding)
    };
    Q_ENUM(Role)

    explicit EventModel(QObject *parent = nullptr);

    void setDataset(const Dataset *dataset);
    const Dataset *dataset() const { return m_dataset; }
    void setLanguage(Language language);
    Language language() const { return m_language; }
    // Digit style and month names of dates; the language follows setLanguage().
    void setFormatter(const Formatter &formatter);
    const Formatter &formatter() const { return m_formatter; }

    EventRef event(const QModelIndex &index) const;
    EventRef eventAt(int row) const;
    // The folded search text kept for a row of an in-memory dataset; empty for a large project's.
    TextFolding::IndexedText searchText(int row) const { return m_searchText.value(row); }
    // The rows whose folded search text holds every term of `matcher`, one flag a row. In memory a
    // scan of the texts kept per row; for a large project (Dataset::eventStore), whose texts stay
    // in its file, the file's search index (ProjectEventStore::rowsMatching), or, when it has no
    // current one, a scan of its events read from it. The last answer is kept for the next filter
    // change, which usually keeps the text.
    const std::vector<bool> &rowsMatching(const TextFolding::Matcher &matcher, const QString &foldedQuery) const;
    // The hot fields of every row as arrays, for filtering and ordering at scale.
    const EventColumns &columns() const { return *m_columns; }
    QModelIndex indexOf(const QString &eventId, int column = 0) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    void rebuildSearchText();

    QVariant columnData(int row, int column, int role) const;

    const Dataset *m_dataset = nullptr;
    Language m_language = Language::English;
    Formatter m_formatter;
    EventColumns m_ownColumns;                   // of an in-memory dataset
    const EventColumns *m_columns = &m_ownColumns; // or the large project's
    QList<TextFolding::IndexedText> m_searchText; // per row in memory: filtering must not fold on every keystroke
    mutable QString m_matchedQuery;
    mutable std::vector<bool> m_matchedRows;
};

} // namespace Atlas
