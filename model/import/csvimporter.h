// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importcodes.h"
#include "recordbuilder.h"

#include <QHash>

namespace Atlas {

/*
 * What the CSV importers share: the header and its columns, a first look at up to SampleRows
 * records so date formats are detected per file, then one call of importRow() per record, with
 * broken records rejected by line before they reach it. Subclasses map one row to records
 * through the RecordBuilder and reject a row by returning its reason. Owns the reader.
 */
class CsvImporter
{
public:
    static constexpr int SampleRows = 500;
    virtual ~CsvImporter() = default;
    ImportReport run(QIODevice *device, const QString &fileName, ImportSink &sink, const ImportOptions &options,
                     const Dataset *mergeInto = nullptr);

protected:
    struct Row
    {
        qint64 line;
        const QStringList &fields;
        const QHash<QString, int> &columns;
        QString value(const QString &column) const
        {
            const int index = columns.value(column, -1);
            return index >= 0 && index < fields.size() ? fields.at(index) : QString();
        }
        bool has(const QString &column) const { return columns.contains(column); }
    };
    struct Failure
    {
        QString column;
        QString value;
        QString reason;
    };

    virtual QString format() const = 0;
    // Called with the header's names (lower case) before requiredColumns(); a non-empty answer
    // fails the import with that message.
    virtual QString acceptHeader(const QStringList &columns) { Q_UNUSED(columns); return {}; }
    virtual QStringList requiredColumns() const = 0;
    virtual QStringList dateColumns() const = 0;
    virtual QString publisher() const = 0;
    virtual QString attribution() const = 0;
    // Empty on success, else why the row was rejected.
    virtual std::optional<Failure> importRow(const Row &row, RecordBuilder &builder) = 0;

    ImportCodes::DateFormat dateFormat(const QString &column) const { return m_dateFormats.value(column); }
    // Provenance for a row: file, line, record id and every column in file order.
    Provenance origin(const Row &row, const QString &recordId) const;
    // A number in a column, or a failure naming it.
    static std::optional<double> number(const Row &row, const QString &column, std::optional<Failure> *failure);

private:
    QStringList m_header;
    QString m_fileName;
    QHash<QString, ImportCodes::DateFormat> m_dateFormats;
};

} // namespace Atlas
