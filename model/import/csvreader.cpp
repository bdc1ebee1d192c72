// SPDX-License-Identifier: GPL-3.0-or-later
#include "csvreader.h"

#include <unicode/ucnv.h>
#include <unicode/ucsdet.h>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Atlas {

namespace {

constexpr qint64 ChunkBytes = 1 << 20;
constexpr qsizetype HeadBytes = 64 * 1024;

bool validUtf8(QByteArrayView bytes, bool truncatedTail)
{
    qsizetype i = 0;
    const qsizetype n = bytes.size();
    while (i < n) {
        const auto c = uchar(bytes[i]);
        int follow = c < 0x80 ? 0 : (c >> 5) == 0x6 ? 1 : (c >> 4) == 0xE ? 2 : (c >> 3) == 0x1E ? 3 : -1;
        if (follow < 0)
            return false;
        if (i + follow >= n)
            return truncatedTail; // a character cut by the end of the sample
        for (int k = 1; k <= follow; ++k) {
            if ((uchar(bytes[i + k]) >> 6) != 0x2)
                return false;
        }
        i += follow + 1;
    }
    return true;
}

} // namespace

struct CsvReader::Private
{
    QIODevice *device = nullptr;
    UConverter *converter = nullptr;
    QString encoding;
    char16_t delimiter = 0;
    QString error;
    QString text;          // decoded, not yet consumed from `pos`
    qsizetype pos = 0;
    qint64 line = 1;       // the physical line at `pos`
    qint64 bytes = 0;
    bool atEnd = false;
    qsizetype fieldsSeen = 0; // the most fields a record had so far, to reserve for the next
    QByteArray pending;    // bytes read before the encoding was chosen
};

CsvReader::CsvReader(QIODevice *device, const QString &encoding, char16_t delimiter) : d(std::make_unique<Private>())
{
    d->device = device;
    d->pending = device->read(HeadBytes);
    d->bytes = d->pending.size();
    d->encoding = encoding.isEmpty() ? detectEncoding(d->pending) : encoding;
    if (d->encoding.isEmpty()) {
        d->error = u"the file is binary data, not text"_s;
        d->atEnd = true;
        return;
    }
    UErrorCode status = U_ZERO_ERROR;
    d->converter = ucnv_open(d->encoding.toLatin1().constData(), &status);
    if (U_FAILURE(status)) {
        d->error = u"the encoding \"%1\" is not known"_s.arg(d->encoding);
        d->converter = nullptr;
        d->atEnd = true;
        return;
    }
    fill();
    // A BOM is not data.
    if (d->text.startsWith(QChar(0xFEFF)))
        d->pos = 1;
    d->delimiter = delimiter;
    if (!d->delimiter) {
        const qsizetype end = d->text.indexOf(u'\n', d->pos);
        const QStringView first = QStringView(d->text).sliced(d->pos, (end < 0 ? d->text.size() : end) - d->pos);
        char16_t best = u',';
        qsizetype bestCount = 0;
        for (char16_t candidate : { u',', u'\t', u';', u'|' }) {
            const qsizetype count = first.count(QChar(candidate));
            if (count > bestCount) {
                best = candidate;
                bestCount = count;
            }
        }
        d->delimiter = best;
    }
}

CsvReader::~CsvReader()
{
    if (d->converter)
        ucnv_close(d->converter);
}

QString CsvReader::encoding() const { return d->encoding; }
char16_t CsvReader::delimiter() const { return d->delimiter; }
QString CsvReader::error() const { return d->error; }
qint64 CsvReader::bytesRead() const { return d->bytes; }

QString CsvReader::detectEncoding(QByteArrayView head)
{
    if (head.startsWith("\xEF\xBB\xBF"))
        return u"UTF-8"_s;
    if (head.startsWith("\xFF\xFE"))
        return u"UTF-16LE"_s;
    if (head.startsWith("\xFE\xFF"))
        return u"UTF-16BE"_s;
    // UTF-16 without a BOM: text in Latin or Arabic script has a zero or a small byte in every
    // other position (Arabic is U+06xx).
    qsizetype evenZero = 0, oddZero = 0, nul = 0, control = 0;
    const qsizetype n = head.size() & ~qsizetype(1);
    for (qsizetype i = 0; i < n; ++i) {
        const auto c = uchar(head[i]);
        if (c == 0) {
            ++nul;
            ++(i % 2 ? oddZero : evenZero);
        } else if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
            ++control;
        }
    }
    if (n >= 4) {
        const qsizetype half = n / 2;
        if (oddZero * 10 > half * 3 && evenZero * 20 < half)
            return u"UTF-16LE"_s;
        if (evenZero * 10 > half * 3 && oddZero * 20 < half)
            return u"UTF-16BE"_s;
    }
    if (nul > 0 || control * 20 > head.size())
        return {};
    if (validUtf8(head, head.size() == HeadBytes))
        return u"UTF-8"_s;
    UErrorCode status = U_ZERO_ERROR;
    UCharsetDetector *detector = ucsdet_open(&status);
    ucsdet_setText(detector, head.data(), int32_t(head.size()), &status);
    const UCharsetMatch *match = ucsdet_detect(detector, &status);
    QString name = U_SUCCESS(status) && match ? QString::fromLatin1(ucsdet_getName(match, &status)) : QString();
    ucsdet_close(detector);
    // ICU names the Arabic code pages ISO-8859-6 or windows-1256; exports from Windows are 1256,
    // a superset for Arabic letters. Anything else not UTF-8 is read as that code page too.
    if (name.isEmpty() || name.startsWith(u"ISO-8859"_s) || name.startsWith(u"windows-125"_s) || name == u"UTF-8"_s)
        name = u"windows-1256"_s;
    return name;
}

bool CsvReader::fill()
{
    if (d->atEnd)
        return false;
    const bool fromPending = !d->pending.isEmpty();
    QByteArray bytes = fromPending ? std::exchange(d->pending, {}) : d->device->read(ChunkBytes);
    if (!fromPending)
        d->bytes += bytes.size();
    const bool last = bytes.isEmpty() || d->device->atEnd();
    if (d->pos > 0) {
        d->text.remove(0, d->pos);
        d->pos = 0;
    }
    const qsizetype old = d->text.size();
    d->text.resize(old + bytes.size() + 16);
    UChar *target = reinterpret_cast<UChar *>(d->text.data()) + old;
    UChar *const targetLimit = reinterpret_cast<UChar *>(d->text.data()) + d->text.size();
    const char *source = bytes.constData();
    UErrorCode status = U_ZERO_ERROR;
    ucnv_toUnicode(d->converter, &target, targetLimit, &source, bytes.constData() + bytes.size(), nullptr, last, &status);
    d->text.resize(target - reinterpret_cast<UChar *>(d->text.data()));
    if (last)
        d->atEnd = true;
    return true;
}

bool CsvReader::next(Record *record)
{
    *record = Record{};
    const char16_t delimiter = d->delimiter;
    for (;;) {
        if (d->pos >= d->text.size() && !fill())
            return false;
        if (d->pos >= d->text.size() && d->atEnd)
            return false;
        // Parse one record from pos; start over after a refill if the buffer ends inside it.
        const QChar *text = d->text.constData();
        const qsizetype size = d->text.size();
        qsizetype i = d->pos;
        qint64 lines = 0;
        QStringList fields;
        fields.reserve(d->fieldsSeen);
        QString field;
        bool quoted = false, wasQuoted = false, complete = false;
        qint64 quoteLine = 0;
        bool tooLong = false;
        bool needMore = false;
        // Characters are not copied one by one: a run of plain text [run, i) is appended to the
        // field in one piece when a quote, delimiter or line end ends it.
        qsizetype run = i;
        const auto flush = [&] {
            if (i > run)
                field.append(text + run, i - run);
        };
        while (i < size) {
            const char16_t c = text[i].unicode();
            if (quoted) {
                if (c == u'"') {
                    if (i + 1 >= size && !d->atEnd) {
                        needMore = true; // a doubled quote may continue in the next chunk
                        break;
                    }
                    flush();
                    if (i + 1 < size && text[i + 1] == u'"') {
                        field += u'"';
                        i += 2;
                        run = i;
                        continue;
                    }
                    quoted = false;
                    run = ++i;
                    continue;
                }
                if (c == u'\n')
                    ++lines;
                ++i;
            } else if (c == u'"' && i == run && field.isEmpty() && !wasQuoted) {
                quoted = wasQuoted = true;
                quoteLine = d->line + lines;
                run = ++i;
            } else if (c == delimiter) {
                flush();
                fields.append(std::exchange(field, QString()));
                wasQuoted = false;
                run = ++i;
            } else if (c == u'\n' || c == u'\r') {
                if (c == u'\r' && i + 1 >= size && !d->atEnd) {
                    needMore = true;
                    break;
                }
                flush();
                i += (c == u'\r' && i + 1 < size && text[i + 1] == u'\n') ? 2 : 1;
                ++lines;
                complete = true;
                break;
            } else {
                ++i;
            }
            if (i - d->pos > MaxRecordChars) {
                tooLong = true;
                break;
            }
        }
        if (!complete && !needMore && !tooLong && !quoted)
            flush(); // the last record of a file without a final line break
        if (tooLong) {
            // Skip to the end of the physical line the record starts on, across chunks.
            record->line = d->line;
            record->problem = u"the record is longer than %1 characters"_s.arg(MaxRecordChars);
            qsizetype end = d->text.indexOf(u'\n', d->pos);
            while (end < 0) {
                d->pos = d->text.size();
                if (!fill()) {
                    d->pos = d->text.size();
                    return true;
                }
                end = d->text.indexOf(u'\n', d->pos);
                if (end < 0 && d->atEnd) {
                    d->pos = d->text.size();
                    return true;
                }
            }
            d->pos = end + 1;
            d->line += 1;
            return true;
        }
        if (needMore || (!complete && i >= size && !d->atEnd)) {
            fill();
            continue;
        }
        record->line = d->line;
        if (quoted) {
            // The end of the file inside a quoted field: report it and go on after the line it opened on.
            record->problem = u"a quoted field opened on line %1 never closes (unbalanced quote, or a truncated file)"_s.arg(quoteLine);
            const qsizetype end = d->text.indexOf(u'\n', d->pos);
            d->pos = end < 0 ? d->text.size() : end + 1;
            d->line += 1;
            record->fields = fields;
            return true;
        }
        fields.append(field);
        const QStringView raw = QStringView(d->text).sliced(d->pos, i - d->pos);
        if (raw.contains(QChar(0)))
            record->problem = u"the record holds NUL characters: binary data, not text"_s;
        else if (raw.contains(QChar(0xFFFD)))
            record->problem = u"the record holds bytes that are not valid %1"_s.arg(d->encoding);
        d->pos = i;
        d->line += lines;
        d->fieldsSeen = qMax(d->fieldsSeen, fields.size());
        record->fields = std::move(fields);
        // A blank line is not a record.
        if (record->fields.size() == 1 && record->fields.first().isEmpty() && record->problem.isEmpty())
            continue;
        return true;
    }
}

} // namespace Atlas
