// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringView>

namespace Atlas::Article {

/*
 * An article's text folded for matching, with the way back to the original. Each code point is
 * folded on its own through TextFolding::fold (tashkeel and tatweel dropped, alef and hamza
 * forms, ى, ة, Persian letters, Arabic-Indic and Persian digits, Latin case and diacritics), and
 * every folded unit remembers which original UTF-16 range it came from; white space becomes one
 * space per character, so nothing moves. The readers match in folded() and report spans of the
 * original text through originalStart()/originalEnd(). The Arabic thousands and decimal
 * separators (٬ ٫) become ',' and '.', and the Arabic comma stays itself. Owns its copies only.
 */
class FoldedText
{
public:
    explicit FoldedText(QStringView original);

    const QString &folded() const { return m_folded; }
    // The original UTF-16 range that folded units [start, end) came from; the end takes in the
    // marks written after the last letter (tashkeel, tatweel), which fold to nothing.
    qsizetype originalStart(qsizetype foldedIndex) const;
    qsizetype originalEnd(qsizetype foldedEnd) const;
    // The folded index of the first unit at or after an original UTF-16 position.
    qsizetype foldedIndex(qsizetype originalIndex) const;

    // Whether folded()[i] is a letter (Arabic or Latin); word boundaries are non-letters.
    bool isLetter(qsizetype i) const;

    // Folds a short search key (a place name, a keyword) exactly as the text is folded.
    static QString foldKey(QStringView key);

private:
    QString m_original;
    QString m_folded;
    QList<qsizetype> m_start;  // per folded unit: original start
    QList<qsizetype> m_end;    // per folded unit: original end
    QList<qsizetype> m_toFolded; // per original unit (+1): first folded unit at or after it
};

} // namespace Atlas::Article
