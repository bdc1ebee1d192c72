// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventproposer.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Atlas::Article {

namespace {

struct VerbRule
{
    const char16_t *stems;     // alternatives, folded
    const char16_t *category;
};

// Stems after an optional و/ف and a tense prefix (ي ت ن ا); the first matching rule decides.
constexpr VerbRule Verbs[] = {
    {u"مقتل|قتل|اغتيال|اغتال|تصفيه", u"leadership_killed"},
    {u"قصف|ضربه|ضربات|غاره|غارات|شن", u"strike"},
    {u"هاجم|هجوم|هجمات|هجوما|استهدف", u"attack"},
    {u"انسحب|انسحاب|سحب|سلم|تسليم|مغادره|غادر|اختتام|انهاء|ينهي", u"withdrawal_handover"},
    {u"استعاد|استعاده|طرد|اجتاح|سيطر|هزيمه", u"territorial_change"},
    {u"تاسيس|تاسس|تدشين|انطلق|اعلنها|اعلان الخلافه", u"founding"},
    {u"اتفاق|الاتفاق|اتفاقيه|الاتفاقيه", u"agreement"},
    {u"دوريه|دوريات", u"patrol"},
    {u"بدا|بدء|عمليه|عمليات|حمله", u"military_operation"},
    {u"اعلن|اعلنت|قال|قالت|اكد|اكدت|صرح|حذر|حذرت|افاده", u"diplomacy_statement"},
    {u"تقرير|دراسه", u"report"},
};

} // namespace

std::pair<QString, QString> EventProposer::eventVerb(QStringView foldedSentence)
{
    static const QList<std::pair<QRegularExpression, QString>> rules = [] {
        QList<std::pair<QRegularExpression, QString>> r;
        for (const VerbRule &rule : Verbs) {
            const QString pattern = u"(?<![\\p{L}])(?:[وف])?(?:[يتنا](?=\\p{L}{3}))?(?:ال)?(?<verb>"_s
                + FoldedText::foldKey(QString::fromUtf16(rule.stems)) + u")(?:[تاو]|وا|ت|ه|ها|هم)?(?![\\p{L}])"_s;
            r.append({QRegularExpression(pattern, QRegularExpression::UseUnicodePropertiesOption), QString::fromUtf16(rule.category)});
        }
        return r;
    }();
    // The rules are in order of how specific an event they name: the first that matches wins
    // ("أعلن التحالف مغادرة القوات" is a withdrawal, not a statement).
    for (const auto &[re, category] : rules) {
        const QRegularExpressionMatch m = re.matchView(foldedSentence);
        if (m.hasMatch())
            return {m.captured(u"verb"), category};
    }
    return {};
}

QList<EventCandidate> EventProposer::propose(const FoldedText &text, const QList<Sentence> &sentences,
                                             const QList<DateCandidate> &dates, const QList<PlaceCandidate> &places,
                                             const QList<NumberCandidate> &numbers)
{
    QList<EventCandidate> events;
    for (int s = 0; s < sentences.size(); ++s) {
        const TextSpan span = sentences.at(s).span;
        EventCandidate event;
        event.span = span;
        event.sentence = s;
        bool dated = false;
        for (const DateCandidate &date : dates) {
            if (span.contains(date.span)) {
                event.date = date;
                dated = true;
                break;
            }
        }
        if (!dated)
            continue;
        for (const PlaceCandidate &place : places)
            if (span.contains(place.span) && !event.placeIds.contains(place.placeId))
                event.placeIds.append(place.placeId);
        for (const NumberCandidate &number : numbers)
            if (span.contains(number.span))
                event.numbers.append(number);
        const qsizetype from = text.foldedIndex(span.start);
        const qsizetype to = text.foldedIndex(span.end);
        const auto [verb, category] = eventVerb(QStringView(text.folded()).mid(from, to - from));
        event.verb = verb;
        event.category = category;
        if (event.placeIds.isEmpty() && verb.isEmpty())
            continue;
        events.append(event);
    }
    return events;
}

} // namespace Atlas::Article
