// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace Atlas::Article {

/*
 * Turns the bytes of an article file into text, or says clearly why not: empty, binary (NUL
 * bytes or mostly control characters), or not UTF-8, in which case ICU's charset detector names
 * the likely encoding (windows-1256 is common for Arabic) so that the caller can ask the user and
 * decode again with decode(bytes, encoding). Markup and bidi controls are text like any other and
 * stay as they are; a UTF-8 byte order mark is dropped. Stateless.
 */
class ArticleDecoder
{
public:
    enum class Problem { None, Empty, Binary, NotUtf8, TooLarge };

    struct Result
    {
        QString text;
        Problem problem = Problem::None;
        QString detectedEncoding; // with NotUtf8: ICU's best guess, e.g. "windows-1256"; may be empty
        QString message;          // for the user, names the file and the problem
    };

    static constexpr qsizetype MaximumBytes = 16 * 1024 * 1024;

    static Result decode(const QByteArray &bytes, const QString &fileName);
    // Decodes with a named encoding through ICU (after the user chose it); Problem::NotUtf8
    // with a message when ICU does not know the encoding or the bytes do not fit it.
    static Result decode(const QByteArray &bytes, const QString &fileName, const QString &encoding);
    static Result readFile(const QString &path);
};

} // namespace Atlas::Article
