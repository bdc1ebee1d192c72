// SPDX-License-Identifier: GPL-3.0-or-later
#include "csvimporter.h"

#include <QFileInfo>

#include <limits>

using namespace Qt::StringLiterals;

namespace Atlas {

namespace {

QString shortened(const QString &text)
{
    return text.size() > 200 ? text.left(200) + u'…' : text;
}

} // namespace

Provenance CsvImporter::origin(const Row &row, const QString &recordId) const
{
    Provenance origin;
    origin.file = m_fileName;
    origin.row = row.line;
    origin.recordId = recordId;
    origin.fields.reserve(m_header.size());
    for (qsizetype i = 0; i < m_header.size(); ++i)
        origin.fields.append({ m_header.at(i), i < row.fields.size() ? row.fields.at(i) : QString() });
    return origin;
}

std::optional<double> CsvImporter::number(const Row &row, const QString &column, std::optional<Failure> *failure)
{
    const QString text = row.value(column).trimmed();
    bool ok = false;
    const double value = text.toDouble(&ok);
    if (!ok) {
        *failure = Failure{ column, text, text.isEmpty() ? u"empty; a number is required"_s : u"not a number"_s };
        return std::nullopt;
    }
    return value;
}

ImportReport CsvImporter::run(QIODevice *device, const QString &fileName, ImportSink &sink,
                              const ImportOptions &options, const Dataset *mergeInto)
{
    ImportReport report;
    report.format = format();
    m_fileName = QFileInfo(fileName).fileName();
    const qint64 total = device->size();
    CsvReader reader(device, options.encoding, options.delimiter);
    if (!reader.error().isEmpty()) {
        report.error = u"%1: %2"_s.arg(m_fileName, reader.error());
        return report;
    }
    CsvReader::Record record;
    if (!reader.next(&record) || !record.problem.isEmpty()) {
        report.error = u"%1: no header line%2"_s.arg(m_fileName, record.problem.isEmpty() ? QString() : u" (" + record.problem + u')');
        return report;
    }
    m_header = record.fields;
    QHash<QString, int> columns;
    for (qsizetype i = 0; i < m_header.size(); ++i)
        columns.insert(m_header.at(i).trimmed().toLower(), int(i));
    QStringList names;
    for (const QString &name : std::as_const(m_header))
        names.append(name.trimmed().toLower());
    if (const QString problem = acceptHeader(names); !problem.isEmpty()) {
        report.error = u"%1: %2"_s.arg(m_fileName, problem);
        return report;
    }
    QStringList missing;
    for (const QString &column : requiredColumns()) {
        if (!columns.contains(column))
            missing.append(column);
    }
    if (!missing.isEmpty()) {
        report.error = u"%1 is not a %2 file: the header lacks the columns %3"_s.arg(m_fileName, format(), missing.join(u", "_s));
        return report;
    }

    // A first look, for the date formats.
    QList<CsvReader::Record> sample;
    const qint64 limit = options.rowLimit > 0 ? options.rowLimit : std::numeric_limits<qint64>::max();
    while (sample.size() < SampleRows && sample.size() < limit && reader.next(&record))
        sample.append(record);
    for (const QString &column : dateColumns()) {
        QStringList values;
        const int index = columns.value(column);
        for (const CsvReader::Record &row : std::as_const(sample)) {
            if (row.problem.isEmpty() && index < row.fields.size())
                values.append(row.fields.at(index));
        }
        m_dateFormats.insert(column, ImportCodes::detectDateFormat(values));
    }

    RecordBuilder builder(sink, fileName, options);
    if (mergeInto)
        builder.seed(*mergeInto);
    const auto take = [&](const CsvReader::Record &row) {
        ++report.rows;
        if (!row.problem.isEmpty()) {
            report.rejects.append(ImportReject{ row.line, QString(), QString(), row.problem });
            return;
        }
        if (row.fields.size() != m_header.size()) {
            report.rejects.append(ImportReject{ row.line, QString(), shortened(row.fields.join(QChar(reader.delimiter()))),
                                                u"%1 fields where the header has %2 (a wrong delimiter or an unquoted one?)"_s
                                                    .arg(row.fields.size()).arg(m_header.size()) });
            return;
        }
        const std::optional<Failure> failure = importRow(Row{ row.line, row.fields, columns }, builder);
        if (failure)
            report.rejects.append(ImportReject{ row.line, failure->column, shortened(failure->value), failure->reason });
        else
            ++report.imported;
    };
    for (const CsvReader::Record &row : std::as_const(sample))
        take(row);
    sample.clear();
    qint64 count = 0;
    while (report.rows < limit && reader.next(&record)) {
        take(record);
        if (options.progress && ++count % 4096 == 0 && !options.progress(reader.bytesRead(), total)) {
            report.cancelled = true;
            report.error = u"the import was cancelled"_s;
            return report;
        }
    }
    if (!builder.finish(publisher(), attribution(), report.rows))
        report.error = u"the records could not be written"_s;
    return report;
}

} // namespace Atlas
