// SPDX-License-Identifier: GPL-3.0-or-later
#include "sentencesplitter.h"

#include <unicode/brkiter.h>
#include <unicode/locid.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <memory>

namespace Atlas::Article {

QList<Sentence> SentenceSplitter::split(QStringView text)
{
    QList<Sentence> sentences;
    if (text.isEmpty())
        return sentences;
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::BreakIterator> iterator(icu::BreakIterator::createSentenceInstance(icu::Locale::getRoot(), status));
    const icu::UnicodeString alias(false, reinterpret_cast<const char16_t *>(text.utf16()), int32_t(text.size()));
    auto add = [&](qsizetype begin, qsizetype end) {
        while (begin < end && (text[begin].isSpace() || text[begin].category() == QChar::Other_Format))
            ++begin;
        while (end > begin && (text[end - 1].isSpace() || text[end - 1].category() == QChar::Other_Format))
            --end;
        if (end > begin)
            sentences.append(Sentence {TextSpan {begin, end}});
    };
    if (U_FAILURE(status) || !iterator) {
        add(0, text.size()); // no ICU data: one sentence rather than none
        return sentences;
    }
    iterator->setText(alias);
    int32_t begin = iterator->first();
    for (int32_t end = iterator->next(); end != icu::BreakIterator::DONE; begin = end, end = iterator->next())
        add(begin, end);
    return sentences;
}

int SentenceSplitter::sentenceAt(const QList<Sentence> &sentences, qsizetype position)
{
    const auto it = std::upper_bound(sentences.cbegin(), sentences.cend(), position,
                                     [](qsizetype p, const Sentence &s) { return p < s.span.end; });
    if (it == sentences.cend() || position < it->span.start)
        return -1;
    return int(it - sentences.cbegin());
}

} // namespace Atlas::Article
