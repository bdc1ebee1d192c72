// SPDX-License-Identifier: GPL-3.0-or-later
#include "articledecoder.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QStringDecoder>

#include <unicode/ucnv.h>
#include <unicode/ucsdet.h>

#include <memory>

using namespace Qt::StringLiterals;

namespace Atlas::Article {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ArticleDecoder", text);
}

QString detect(const QByteArray &bytes)
{
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<UCharsetDetector, decltype(&ucsdet_close)> detector(ucsdet_open(&status), &ucsdet_close);
    if (U_FAILURE(status))
        return {};
    ucsdet_setText(detector.get(), bytes.constData(), int32_t(qMin<qsizetype>(bytes.size(), 1 << 20)), &status);
    const UCharsetMatch *match = ucsdet_detect(detector.get(), &status);
    if (U_FAILURE(status) || !match)
        return {};
    const char *name = ucsdet_getName(match, &status);
    if (U_FAILURE(status) || !name)
        return {};
    const QString detected = QString::fromLatin1(name);
    // ICU reports windows-1256 Arabic as "windows-1256" (or ISO-8859-6 for the ISO form).
    return detected.toLower();
}

ArticleDecoder::Result emptyArticle(const QString &name)
{
    ArticleDecoder::Result result;
    result.problem = ArticleDecoder::Problem::Empty;
    result.message = tr("%1 is empty: there is no article to read.").arg(name);
    return result;
}

} // namespace

ArticleDecoder::Result ArticleDecoder::decode(const QByteArray &bytes, const QString &fileName)
{
    Result result;
    const QString name = QDir::toNativeSeparators(fileName);
    if (bytes.isEmpty())
        return emptyArticle(name);
    if (bytes.size() > MaximumBytes) {
        result.problem = Problem::TooLarge;
        result.message = tr("%1 is %2 MB; an article of more than 16 MB is not read.").arg(name).arg(bytes.size() / (1024 * 1024));
        return result;
    }
    qsizetype controls = 0;
    for (const char c : bytes) {
        if (c == '\0') {
            result.problem = Problem::Binary;
            result.message = tr("%1 is not a text file (it holds NUL bytes).").arg(name);
            return result;
        }
        const auto u = static_cast<unsigned char>(c);
        if (u < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f')
            ++controls;
    }
    if (controls * 10 > bytes.size()) {
        result.problem = Problem::Binary;
        result.message = tr("%1 is not a text file (it is mostly control characters).").arg(name);
        return result;
    }
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = utf8.decode(bytes);
    if (utf8.hasError()) {
        result.problem = Problem::NotUtf8;
        result.detectedEncoding = detect(bytes);
        result.message = result.detectedEncoding.isEmpty()
            ? tr("%1 is not UTF-8 text, and its encoding could not be recognised.").arg(name)
            : tr("%1 is not UTF-8 text; it looks like %2. Convert it to UTF-8 or open it as %2.").arg(name, result.detectedEncoding);
        return result;
    }
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    if (text.isEmpty()) // a byte order mark and nothing after it
        return emptyArticle(name);
    result.text = text;
    return result;
}

ArticleDecoder::Result ArticleDecoder::decode(const QByteArray &bytes, const QString &fileName, const QString &encoding)
{
    if (encoding.compare(u"utf-8"_s, Qt::CaseInsensitive) == 0)
        return decode(bytes, fileName);
    Result result;
    const QString name = QDir::toNativeSeparators(fileName);
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<UConverter, decltype(&ucnv_close)> converter(ucnv_open(encoding.toLatin1().constData(), &status), &ucnv_close);
    if (U_FAILURE(status)) {
        result.problem = Problem::NotUtf8;
        result.message = tr("The encoding %1 is not known; %2 was not read.").arg(encoding, name);
        return result;
    }
    ucnv_setToUCallBack(converter.get(), UCNV_TO_U_CALLBACK_STOP, nullptr, nullptr, nullptr, &status);
    QString text(bytes.size() * 2 + 16, Qt::Uninitialized);
    status = U_ZERO_ERROR;
    const int32_t length = ucnv_toUChars(converter.get(), reinterpret_cast<char16_t *>(text.data()), int32_t(text.size()),
                                         bytes.constData(), int32_t(bytes.size()), &status);
    if (U_FAILURE(status)) {
        result.problem = Problem::NotUtf8;
        result.message = tr("%1 is not valid %2 text either.").arg(name, encoding);
        return result;
    }
    text.truncate(length);
    Result checked = decode(text.toUtf8(), fileName); // the same empty/binary checks
    return checked;
}

ArticleDecoder::Result ArticleDecoder::readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        Result result;
        result.problem = Problem::Empty;
        result.message = tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return result;
    }
    if (file.size() > MaximumBytes) {
        Result result;
        result.problem = Problem::TooLarge;
        result.message = tr("%1 is %2 MB; an article of more than 16 MB is not read.").arg(QDir::toNativeSeparators(path)).arg(file.size() / (1024 * 1024));
        return result;
    }
    return decode(file.readAll(), path);
}

} // namespace Atlas::Article
