// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "articlecandidates.h"
#include "foldedtext.h"

#include <QList>
#include <QString>

#include <optional>

namespace Atlas::Article {

/*
 * Reads the numbers of an article: Latin, Arabic-Indic and Persian digits with separators
 * ("19,873", "١٩٬٨٧٣"), digits with scale words ("19 ألفا و873", "4 آلاف و500", "347 مليون"),
 * number words ("ثلاثة آلاف", "عشرين", "خمسة آلاف") and ordinals ("الثالث والعشرين"), vague
 * quantities as the envelopes docs/dataset.md uses (عشرات الآلاف 10,000–99,999 and آلاف
 * 1,000–9,999 with order_of_magnitude), fractions (ثلث), ratios (مضاعفة), ranges (بين … و…),
 * percentages and money; the qualifier before ("أكثر من" more_than, "حوالي" about, "ما يقرب من"
 * nearly…) and the unit or metric after (جندي troops, ضربة جوية airstrikes, دولار usd…).
 * Works on a FoldedText, so hamza forms, tashkeel and digits never matter. Stateless.
 */
class NumberReader
{
public:
    static QList<NumberCandidate> read(const FoldedText &text);

    // The value of one run of number words and digits ("ثلاثه الاف", "19 الفا و873"), folded;
    // nullopt when it is not a number. For tests and for the date reader's "منذ ست سنوات".
    static std::optional<double> parseWords(const QString &foldedWords);
};

} // namespace Atlas::Article
