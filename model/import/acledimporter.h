// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "csvimporter.h"

namespace Atlas {

/*
 * An ACLED export (CSV, the pre-2023 columns with data_id, iso3 and event_id_no_cnty or the
 * newer ones with disorder_type, civilian_targeting and tags): one event per row, its date and
 * precision from event_date and time_precision, its category from sub_event_type/event_type,
 * actor1, actor2 and the associated actors, one place per admin1-3 + location + point,
 * fatalities as the best count, notes quoted with ACLED's `source` as the outlet, and
 * event_id_cnty as the record id (docs/import.md). Stateless between runs.
 */
class AcledImporter : public CsvImporter
{
public:
    static bool recognises(const QStringList &header);

protected:
    QString format() const override { return QStringLiteral("acled"); }
    QStringList requiredColumns() const override;
    QStringList dateColumns() const override { return { QStringLiteral("event_date") }; }
    QString publisher() const override { return QStringLiteral("ACLED"); }
    QString attribution() const override;
    std::optional<Failure> importRow(const Row &row, RecordBuilder &builder) override;
};

} // namespace Atlas
