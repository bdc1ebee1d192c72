// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "csvimporter.h"

namespace Atlas {

/*
 * A UCDP GED CSV (the 49 columns of GED 23.1 and later): one event per row, dated by
 * date_start/date_end at the precision date_prec names, placed at latitude/longitude with
 * where_prec as coordinate precision, side_a/side_b as actors, best/low/high deaths,
 * source_article (with source_office as outlet) as the citation, type_of_violence as the
 * category, `id` as the record id (docs/import.md).
 */
class UcdpGedImporter : public CsvImporter
{
public:
    static bool recognises(const QStringList &header);

protected:
    QString format() const override { return QStringLiteral("ucdp-ged"); }
    QStringList requiredColumns() const override;
    QStringList dateColumns() const override { return { QStringLiteral("date_start"), QStringLiteral("date_end") }; }
    QString publisher() const override { return QStringLiteral("UCDP"); }
    QString attribution() const override;
    std::optional<Failure> importRow(const Row &row, RecordBuilder &builder) override;
};

} // namespace Atlas
