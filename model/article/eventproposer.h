// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "articlecandidates.h"
#include "foldedtext.h"

#include <QList>

namespace Atlas::Article {

/*
 * Proposes candidate events: a sentence with a date and either a place or an event verb
 * (قصف، هاجم، انسحب، سلّم، أعلن، شنّ، قتل، استعاد، طرد، اجتاح، بدأ…, with their و/ف and tense
 * prefixes and their nouns: مقتل، انسحاب، تسليم). The verb also suggests a category of
 * docs/dataset.md (strike, attack, withdrawal_handover…) for the review to confirm. Stateless.
 */
class EventProposer
{
public:
    static QList<EventCandidate> propose(const FoldedText &text, const QList<Sentence> &sentences,
                                         const QList<DateCandidate> &dates, const QList<PlaceCandidate> &places,
                                         const QList<NumberCandidate> &numbers);
    // The first event verb of a folded sentence and the category it suggests; empty when none.
    static std::pair<QString, QString> eventVerb(QStringView foldedSentence);
};

} // namespace Atlas::Article
