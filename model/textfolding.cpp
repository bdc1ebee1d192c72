// SPDX-License-Identifier: GPL-3.0-or-later
#include "textfolding.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf16.h>

namespace Atlas::TextFolding {

namespace {

constexpr char16_t Alef = u'\u0627';
constexpr char16_t Hamza = u'\u0621';
constexpr char16_t Waw = u'\u0648';
constexpr char16_t Yeh = u'\u064A';
constexpr char16_t AlefMaksura = u'\u0649';
constexpr char16_t Heh = u'\u0647';
constexpr char16_t Kaf = u'\u0643';
constexpr UChar32 HamzaAbove = 0x0654;

// Letters that fold to another letter outright (after compatibility decomposition, which has
// already split أ إ آ ؤ ئ into their seat and a combining hamza or madda).
char16_t foldedLetter(UChar32 c)
{
    switch (c) {
    case 0x0671: // ٱ alef wasla
    case 0x0672: // alef with wavy hamza above
    case 0x0673: // alef with wavy hamza below
    case 0x0675: // high hamza alef
        return Alef;
    case 0x0649: // ى alef maksura
    case 0x06CC: // ی Farsi yeh
        return Yeh;
    case 0x0629: // ة teh marbuta
        return Heh;
    case 0x06A9: // ک keheh
        return Kaf;
    case 0x0640: // tatweel: removed
        return u'\0';
    default:
        return u'\uFFFF'; // not folded here
    }
}

} // namespace

QString fold(QStringView text)
{
    if (text.isEmpty())
        return {};

    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2 *nfkd = icu::Normalizer2::getNFKDInstance(status);
    if (U_FAILURE(status))
        return text.toString().toCaseFolded();

    // Read-only alias of the Qt buffer; case folding first, so that its results are decomposed too.
    icu::UnicodeString input(false, reinterpret_cast<const char16_t *>(text.utf16()), int32_t(text.size()));
    input.foldCase(U_FOLD_CASE_DEFAULT);
    const icu::UnicodeString decomposed = nfkd->normalize(input, status);
    if (U_FAILURE(status))
        return text.toString().toCaseFolded();

    QString out;
    out.reserve(decomposed.length());
    bool pendingSpace = false;
    const char16_t *buffer = decomposed.getBuffer();
    const int32_t length = decomposed.length();
    for (int32_t i = 0; i < length;) {
        UChar32 c;
        U16_NEXT(buffer, i, length, c);

        if (u_isUWhiteSpace(c)) {
            pendingSpace = !out.isEmpty();
            continue;
        }
        const int8_t type = u_charType(c);
        if (type == U_NON_SPACING_MARK || type == U_ENCLOSING_MARK) {
            // A hamza over waw or yeh makes ؤ / ئ: both fold to the bare hamza (see header).
            if (c == HamzaAbove && !out.isEmpty()) {
                const QChar seat = out.back();
                if (seat == Waw || seat == Yeh || seat == AlefMaksura)
                    out.back() = QChar(Hamza);
            }
            continue; // tashkeel, superscript alef, madda, Latin diacritics…
        }
        if (type == U_FORMAT_CHAR)
            continue; // bidi marks, ZWNJ, ZWJ

        if (pendingSpace) {
            out.append(u' ');
            pendingSpace = false;
        }
        if (type == U_DECIMAL_DIGIT_NUMBER) {
            out.append(QChar(u'0' + u_charDigitValue(c)));
            continue;
        }
        const char16_t letter = foldedLetter(c);
        if (letter == u'\0')
            continue;
        if (letter != u'\uFFFF') {
            out.append(QChar(letter));
            continue;
        }
        if (U_IS_BMP(c)) {
            out.append(QChar(char16_t(c)));
        } else {
            out.append(QChar(U16_LEAD(c)));
            out.append(QChar(U16_TRAIL(c)));
        }
    }
    return out;
}

bool matches(QStringView foldedText, QStringView foldedQuery)
{
    return Matcher(foldedQuery).matches(foldedText);
}

Matcher::Matcher(QStringView foldedQuery)
{
    for (QStringView word : foldedQuery.tokenize(u' ', Qt::SkipEmptyParts)) {
        if (word.size() > 0xFFFF)
            word.truncate(0xFFFF); // the skip table holds 16 bits; a longer term still narrows
        Term term;
        term.text = word.toString();
        term.pairs = IndexedText::pairsOf(term.text);
        const qsizetype last = term.text.size() - 1;
        term.skip.fill(quint16(term.text.size()));
        // Later positions overwrite earlier ones: each byte keeps its smallest (safe) skip.
        for (qsizetype i = 0; i < last; ++i)
            term.skip[term.text.at(i).unicode() & 0xFF] = quint16(last - i);
        m_terms.push_back(std::move(term));
    }
}

bool Matcher::matches(QStringView foldedText) const
{
    for (const Term &term : m_terms) {
        if (!contains(foldedText, term))
            return false;
    }
    return true;
}

bool Matcher::matches(const IndexedText &text) const
{
    for (const Term &term : m_terms) {
        for (size_t i = 0; i < term.pairs.size(); ++i) {
            if (term.pairs[i] & ~text.pairs()[i])
                return false;
        }
        if (!contains(text.text(), term))
            return false;
    }
    return true;
}

IndexedText::IndexedText(QString foldedText)
    : m_text(std::move(foldedText))
    , m_pairs(pairsOf(m_text))
{
}

IndexedText::PairSet IndexedText::pairsOf(QStringView text)
{
    PairSet pairs {};
    for (qsizetype i = 1; i < text.size(); ++i) {
        const quint32 pair = (quint32(text[i - 1].unicode()) << 16) | text[i].unicode();
        const quint32 bit = (pair * 2654435761u) >> 22; // Fibonacci hashing to 10 bits
        pairs[bit >> 6] |= quint64(1) << (bit & 63);
    }
    return pairs;
}

bool Matcher::contains(QStringView text, const Term &term)
{
    const qsizetype needleSize = term.text.size();
    if (needleSize == 1)
        return text.contains(term.text.front());
    const char16_t *needle = reinterpret_cast<const char16_t *>(term.text.utf16());
    const char16_t *haystack = reinterpret_cast<const char16_t *>(text.utf16());
    const qsizetype last = needleSize - 1;
    for (qsizetype position = 0; position + last < text.size();) {
        const char16_t tail = haystack[position + last];
        if (tail == needle[last]) {
            qsizetype i = last - 1;
            while (i >= 0 && haystack[position + i] == needle[i])
                --i;
            if (i < 0)
                return true;
        }
        position += term.skip[tail & 0xFF];
    }
    return false;
}

} // namespace Atlas::TextFolding
