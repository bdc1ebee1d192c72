// SPDX-License-Identifier: GPL-3.0-or-later
#include "mappedcsvimporter.h"

using namespace Qt::StringLiterals;

namespace Atlas {

QString MappedCsvImporter::acceptHeader(const QStringList &columns)
{
    m_mapping = m_given ? *m_given : ImportMapping::guess(columns);
    if (m_mapping.date.isEmpty())
        return u"no column is the date (date, event_date, timestamp, begin...); give a mapping with \"date\""_s;
    if (!m_given && m_mapping.latitude.isEmpty() && m_mapping.place.isEmpty())
        return u"no columns are coordinates (latitude, longitude) or a place name (place, location); give a mapping"_s;
    m_records.reset();
    return {};
}

QStringList MappedCsvImporter::requiredColumns() const
{
    QStringList columns = m_mapping.dateColumns();
    for (const QString &column : { m_mapping.id, m_mapping.title, m_mapping.summary, m_mapping.category, m_mapping.latitude,
                                   m_mapping.longitude, m_mapping.place, m_mapping.country, m_mapping.fatalities, m_mapping.outlet }) {
        if (!column.isEmpty())
            columns.append(column);
    }
    return columns + m_mapping.actors;
}

std::optional<CsvImporter::Failure> MappedCsvImporter::importRow(const Row &row, RecordBuilder &builder)
{
    if (!m_records) {
        QString prefix = ImportCodes::slug(builder.sourceId().mid(7)); // the file's base name, after "import-"
        m_records = std::make_unique<MappedRecords>(m_mapping, prefix.isEmpty() ? u"csv-"_s : prefix + u'-', m_mergeInto);
        QHash<QString, ImportCodes::DateFormat> formats;
        for (const QString &column : m_mapping.dateColumns())
            formats.insert(column, dateFormat(column));
        m_records->setDateFormats(formats);
    }
    const MappedRecords::Row mapped{ row.line, row.fields, row.columns, std::nullopt, QString() };
    if (std::optional<ImportFailure> failure = m_records->take(mapped, builder, origin(row, QString())))
        return Failure{ failure->column, failure->value, failure->reason };
    return std::nullopt;
}

} // namespace Atlas
