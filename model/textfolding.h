// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringView>

namespace Atlas::TextFolding {

/*
 * Search folding for Arabic and Latin text, with ICU: removes tashkeel and other combining
 * marks and tatweel; folds alef and hamza forms (أ إ آ ٱ ء-seated) to ا, ى to ي, ة to ه,
 * Arabic-Indic and Eastern Arabic-Indic digits to Latin ones, and Latin case. Both the indexed
 * text and the query go through fold(), so "Baghouz", "الباغوز" and "الْبَاغُوز" meet.
 */
QString fold(QStringView text);

// Whether every whitespace-separated term of `foldedQuery` occurs in `foldedText`.
bool matches(QStringView foldedText, QStringView foldedQuery);

} // namespace Atlas::TextFolding
