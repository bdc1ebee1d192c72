// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QIODevice>
#include <QString>
#include <QStringList>

#include <memory>

namespace Atlas {

/*
 * Reads delimited text (RFC 4180 CSV, TSV) record by record from a device, decoding it through
 * ICU: the encoding is detected from the first 64 KiB (a BOM, then UTF-16 without a BOM by its
 * zero bytes, then ICU's charset detector between UTF-8 and Windows-1256) unless given. Quoted
 * fields may hold delimiters, doubled quotes and line breaks. Every record knows the physical
 * line it starts on, which GDAL's CSV driver does not tell, so rejects can name their line; a
 * record that is broken (unbalanced quote at the end of the file, longer than MaxRecordChars,
 * NUL characters, undecodable bytes) comes back with `problem` set and the reader goes on at
 * the next line. Owns its decoder; reads the device, never seeks it.
 */
class CsvReader
{
public:
    static constexpr qsizetype MaxRecordChars = 1 << 20; // 1 Mi characters

    struct Record
    {
        qint64 line = 0;
        QStringList fields;
        QString problem;   // English; non-empty: the record is broken and `fields` is partial
    };

    // `encoding`: an ICU converter name ("UTF-8", "UTF-16LE", "windows-1256"), empty to detect.
    // `delimiter`: 0 to detect from the first line (comma, tab, semicolon, pipe).
    CsvReader(QIODevice *device, const QString &encoding = {}, char16_t delimiter = 0);
    ~CsvReader();

    bool next(Record *record);   // false at the end of the input
    QString encoding() const;    // the converter in use
    char16_t delimiter() const;
    QString error() const;       // an encoding that ICU does not know, or a read failure
    qint64 bytesRead() const;    // for progress

    // Detects the encoding of the start of a file; empty when the bytes look binary.
    static QString detectEncoding(QByteArrayView head);

private:
    bool fill();
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace Atlas
