// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dataset.h"
#include "textfolding.h"
#include "formatter.h"

#include <QAbstractTableModel>

namespace Atlas {

/*
 * The figures (troops, airstrikes, attacks, strength, membership…) of the document's Dataset as
 * a table, one row per figure in dataset order. The charts, the figures table and the details
 * pane read it through roles. Does not own the Dataset.
 */
class FigureModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { DateColumn, MetricColumn, SubjectColumn, TheaterColumn, ValueColumn, SourcesColumn, ColumnCount };
    Q_ENUM(Column)

    enum Role {
        IdRole = Qt::UserRole + 1,
        MetricRole,         // QString, vocabulary id
        MetricTextRole,     // QString, translated metric name
        KindRole,           // int, Atlas::FigureKind
        SubjectRole,        // QString, actor id
        SubjectTextRole,    // QString, actor name in the UI language
        EstimatedByRole,    // QString, actor id or empty
        TheaterRole,        // QStringList, ISO codes
        ValueRole,          // double or invalid QVariant when the figure is a range
        MinRole,            // double or invalid
        MaxRole,            // double or invalid
        QualifierRole,      // QString
        UnitRole,           // QString
        DirectionRole,      // QString: increase, decrease or empty
        ValueTextRole,      // QString, e.g. "about 900", "1,500–3,000", "−68 %", in the UI language
        StartDateRole,      // QDate, as_of earliest
        EndDateRole,        // QDate, as_of latest
        PrecisionRole,      // int, Atlas::DatePrecision
        InferredRole,       // bool
        DateTextRole,       // QString
        LabelRole,          // QString, label in the UI language
        LabelArRole,
        LabelEnRole,
        SummaryRole,        // QString, summary in the UI language, may be empty
        SummaryArRole,      // QString, the dataset's Arabic translation of the summary, may be empty
        SummaryEnRole,      // QString, English, may be empty
        BaselineRole,       // QString, English
        SourceIdsRole,      // QStringList
        EventIdRole,        // QString or empty
        ConflictsWithRole,  // QStringList of figure ids
        SortDateRole,       // qint64 Julian day
        SearchTextRole      // QString, folded
    };
    Q_ENUM(Role)

    explicit FigureModel(QObject *parent = nullptr);

    void setDataset(const Dataset *dataset);
    const Dataset *dataset() const { return m_dataset; }
    void setLanguage(Language language);
    Language language() const { return m_language; }
    // Digit style and month names of values and dates; the language follows setLanguage().
    void setFormatter(const Formatter &formatter);
    const Formatter &formatter() const { return m_formatter; }

    const Figure *figure(const QModelIndex &index) const;
    // Direct access for the filter proxy.
    const Figure *figureAt(int row) const;
    const TextFolding::IndexedText &searchText(int row) const { return m_searchText.at(row); } // 0 <= row < rowCount()
    QModelIndex indexOf(const QString &figureId, int column = 0) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    void rebuildSearchText();

    const Dataset *m_dataset = nullptr;
    Language m_language = Language::English;
    Formatter m_formatter;
    QList<TextFolding::IndexedText> m_searchText;
};

} // namespace Atlas
