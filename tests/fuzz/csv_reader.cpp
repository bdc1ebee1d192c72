// SPDX-License-Identifier: GPL-3.0-or-later
// The generic CSV reader (CsvReader: encoding and delimiter detection through ICU, quoted
// fields, broken records): records come in line order, none longer than MaxRecordChars, and it
// always reaches the end of the input.
#include "fuzzsupport.h"

#include "csvreader.h"

#include <QBuffer>

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QByteArray bytes = AtlasFuzz::bytes(data, size);
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    Atlas::CsvReader reader(&buffer);
    Atlas::CsvReader::Record record;
    qint64 line = 0;
    while (reader.next(&record)) {
        if (record.line <= line)
            abort();
        line = record.line;
        qsizetype chars = 0;
        for (const QString &field : std::as_const(record.fields))
            chars += field.size();
        if (chars > Atlas::CsvReader::MaxRecordChars)
            abort();
    }
    if (reader.error().isEmpty() && reader.bytesRead() != bytes.size())
        abort();
    Atlas::CsvReader::detectEncoding(bytes);
    return 0;
}
