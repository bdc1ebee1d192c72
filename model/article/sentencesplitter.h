// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "articlecandidates.h"

#include <QList>
#include <QStringView>

namespace Atlas::Article {

/*
 * Splits an article into sentences with ICU's sentence BreakIterator (root locale; Arabic
 * full stops, question marks and line breaks end sentences too). Each sentence is trimmed of
 * surrounding white space; empty ones are dropped. Stateless.
 */
class SentenceSplitter
{
public:
    static QList<Sentence> split(QStringView text);
    // The index of the sentence holding UTF-16 position `position`, or -1.
    static int sentenceAt(const QList<Sentence> &sentences, qsizetype position);
};

} // namespace Atlas::Article
