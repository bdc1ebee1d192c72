// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringView>

#include <array>
#include <vector>

namespace Atlas::TextFolding {

/*
 * Search folding for Arabic and Latin text, with ICU: removes tashkeel and other combining
 * marks and tatweel; folds alef and hamza forms (أ إ آ ٱ ء-seated) to ا, ى to ي, ة to ه,
 * Arabic-Indic and Eastern Arabic-Indic digits to Latin ones, and Latin case. Both the indexed
 * text and the query go through fold(), so "Baghouz", "الباغوز" and "الْبَاغُوز" meet.
 *
 * Hamza seated on waw or yeh (ؤ ئ) folds to a bare ء rather than to its seat: the two spellings
 * of one word (مسؤول / مسئول, Levantine and Egyptian usage) then meet, while ء itself stays
 * a letter. Also folded: Persian yeh and keheh (ی ک) to ي ك, Arabic presentation forms (NFKC
 * compatibility), Latin diacritics, format characters (bidi marks, ZWNJ) and runs of white space
 * to one space, trimmed.
 */
QString fold(QStringView text);

// Whether every whitespace-separated term of `foldedQuery` occurs in `foldedText`.
bool matches(QStringView foldedText, QStringView foldedQuery);

/*
 * A folded text and the set of its adjacent character pairs, hashed into 1024 bits. A term can
 * only occur in a text that holds all of the term's pairs, so Matcher rules most texts out with
 * a few bit tests before it searches any: the filter proxies keep one per row.
 */
class IndexedText
{
public:
    using PairSet = std::array<quint64, 16>;

    IndexedText() = default;
    explicit IndexedText(QString foldedText);

    const QString &text() const { return m_text; }
    const PairSet &pairs() const { return m_pairs; }
    static PairSet pairsOf(QStringView text);

private:
    QString m_text;
    PairSet m_pairs {};
};

/*
 * matches() prepared once for a query and then run over many texts: the filter proxies build
 * one when the query changes and test every row with it. Each term gets a Boyer-Moore-Horspool
 * skip table (keyed by the low byte of the UTF-16 unit), so a search skips most of a text
 * instead of comparing at every position: Arabic text, where alef is every few letters, defeats
 * first-character scans.
 */
class Matcher
{
public:
    Matcher() = default;
    explicit Matcher(QStringView foldedQuery);

    bool isEmpty() const { return m_terms.empty(); }
    bool matches(QStringView foldedText) const;
    bool matches(const IndexedText &text) const; // the pair sets first, then the text

private:
    struct Term
    {
        QString text;
        std::array<quint16, 256> skip;
        IndexedText::PairSet pairs;
    };
    static bool contains(QStringView text, const Term &term);

    std::vector<Term> m_terms;
};

} // namespace Atlas::TextFolding
