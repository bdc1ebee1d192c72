// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "csvimporter.h"
#include "importmapping.h"

namespace Atlas {

/*
 * Any CSV or TSV through a column mapping (ImportMapping, docs/import.md): the reader, the
 * per-file date detection and the rejects of CsvImporter, each row made into records by
 * MappedRecords. Without a mapping the columns are guessed from their names. Event ids are the
 * file's base name + the record id ("strikes-17").
 */
class MappedCsvImporter : public CsvImporter
{
public:
    explicit MappedCsvImporter(std::optional<ImportMapping> mapping = std::nullopt, const Dataset *mergeInto = nullptr)
        : m_given(std::move(mapping)), m_mergeInto(mergeInto)
    {
    }
    const ImportMapping &mapping() const { return m_mapping; }

protected:
    QString format() const override { return QStringLiteral("csv"); }
    QString acceptHeader(const QStringList &columns) override;
    QStringList requiredColumns() const override;
    QStringList dateColumns() const override { return m_mapping.dateColumns(); }
    QString publisher() const override { return QStringLiteral("CSV file"); }
    QString attribution() const override { return m_mapping.attribution; }
    std::optional<Failure> importRow(const Row &row, RecordBuilder &builder) override;

private:
    std::optional<ImportMapping> m_given;
    const Dataset *m_mergeInto;
    ImportMapping m_mapping;
    std::unique_ptr<MappedRecords> m_records;
};

} // namespace Atlas
