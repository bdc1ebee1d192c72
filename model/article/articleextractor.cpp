// SPDX-License-Identifier: GPL-3.0-or-later
#include "articleextractor.h"

#include "datereader.h"
#include "eventproposer.h"
#include "foldedtext.h"
#include "numberreader.h"
#include "sentencesplitter.h"

#include <QJsonArray>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Atlas::Article {

namespace {

QString precisionName(DatePrecision precision)
{
    switch (precision) {
    case DatePrecision::Day: return u"day"_s;
    case DatePrecision::Month: return u"month"_s;
    case DatePrecision::Year: return u"year"_s;
    }
    return {};
}

QJsonValue dateValue(QDate date)
{
    return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

void insertDate(QJsonObject &object, const DateCandidate &date)
{
    object.insert(u"earliest"_s, dateValue(date.earliest));
    object.insert(u"latest"_s, dateValue(date.latest));
    object.insert(u"precision"_s, date.unresolved ? QJsonValue(QJsonValue::Null) : QJsonValue(precisionName(date.precision)));
    object.insert(u"relative"_s, date.relative);
    if (date.unresolved)
        object.insert(u"unresolved"_s, true);
}

QJsonValue numberValue(double value)
{
    // Whole numbers print without a fraction ("19873", not "19873.0").
    if (value == double(qint64(value)) && std::abs(value) < 9e15)
        return QJsonValue(qint64(value));
    return QJsonValue(value);
}

void insertNumber(QJsonObject &object, const NumberCandidate &number)
{
    if (number.value) {
        object.insert(u"value"_s, numberValue(*number.value));
    } else {
        object.insert(u"min"_s, numberValue(number.min.value_or(0)));
        object.insert(u"max"_s, numberValue(number.max.value_or(0)));
    }
    if (!number.qualifier.isEmpty())
        object.insert(u"qualifier"_s, number.qualifier);
    if (!number.unit.isEmpty())
        object.insert(u"unit"_s, number.unit);
}

} // namespace

QString ArticleExtraction::sentenceText(int sentence) const
{
    if (sentence < 0 || sentence >= sentences.size())
        return {};
    return spanText(sentences.at(sentence).span);
}

qsizetype ArticleExtraction::codePointOffset(qsizetype utf16Position) const
{
    if (m_codePoints.size() != text.size() + 1) {
        m_codePoints.resize(text.size() + 1);
        qsizetype count = 0;
        for (qsizetype i = 0; i < text.size(); ++i) {
            m_codePoints[i] = count;
            if (!text.at(i).isLowSurrogate() || i == 0 || !text.at(i - 1).isHighSurrogate())
                ++count;
        }
        m_codePoints[text.size()] = count;
    }
    return m_codePoints.at(qBound(qsizetype(0), utf16Position, text.size()));
}

QList<QJsonObject> ArticleExtraction::toJsonObjects() const
{
    struct Item
    {
        qsizetype start;
        int order;
        QJsonObject object;
    };
    QList<Item> items;
    auto base = [&](const QString &kind, const TextSpan &span, int sentence) {
        QJsonObject o;
        o.insert(u"kind"_s, kind);
        o.insert(u"text"_s, spanText(span));
        o.insert(u"start"_s, codePointOffset(span.start));
        o.insert(u"end"_s, codePointOffset(span.end));
        o.insert(u"sentence"_s, sentenceText(sentence));
        return o;
    };
    for (const DateCandidate &d : dates) {
        QJsonObject o = base(u"date"_s, d.span, d.sentence);
        insertDate(o, d);
        items.append({d.span.start, 0, o});
    }
    for (const NumberCandidate &n : numbers) {
        QJsonObject o = base(u"number"_s, n.span, n.sentence);
        insertNumber(o, n);
        items.append({n.span.start, 1, o});
    }
    for (const PlaceCandidate &p : places) {
        QJsonObject o = base(u"place"_s, p.span, p.sentence);
        o.insert(u"place_id"_s, p.placeId);
        o.insert(u"name_en"_s, p.nameEn);
        o.insert(u"name_ar"_s, p.nameAr);
        o.insert(u"lat"_s, p.lat);
        o.insert(u"lon"_s, p.lon);
        items.append({p.span.start, 2, o});
    }
    for (const EventCandidate &e : events) {
        QJsonObject o = base(u"event"_s, e.span, e.sentence);
        QJsonObject date;
        insertDate(date, e.date);
        o.insert(u"date"_s, date);
        o.insert(u"places"_s, QJsonArray::fromStringList(e.placeIds));
        QJsonArray numbersArray;
        for (const NumberCandidate &n : e.numbers) {
            QJsonObject number;
            number.insert(u"text"_s, spanText(n.span));
            insertNumber(number, n);
            numbersArray.append(number);
        }
        o.insert(u"numbers"_s, numbersArray);
        items.append({e.span.start, 3, o});
    }
    // Events go after the spans of their sentence: sort by sentence start for events.
    std::stable_sort(items.begin(), items.end(), [](const Item &a, const Item &b) {
        return a.start != b.start ? a.start < b.start : a.order < b.order;
    });
    QList<QJsonObject> out;
    out.reserve(items.size());
    for (const Item &item : items)
        out.append(item.object);
    return out;
}

ArticleExtractor::ArticleExtractor(PlaceMatcher places)
    : m_places(std::move(places))
{
}

ArticleExtraction ArticleExtractor::extract(const QString &text, QDate published, QDate publishedLast) const
{
    if (!publishedLast.isValid() || !published.isValid())
        publishedLast = published;
    ArticleExtraction result;
    result.text = text;
    result.published = published;
    result.publishedLast = publishedLast;
    result.sentences = SentenceSplitter::split(text);
    const FoldedText folded(text);
    result.dates = DateReader(published, publishedLast).read(folded);
    const QList<NumberCandidate> numbers = NumberReader::read(folded);
    for (const NumberCandidate &number : numbers) {
        const bool inDate = std::any_of(result.dates.cbegin(), result.dates.cend(),
                                        [&](const DateCandidate &d) { return d.span.overlaps(number.span); });
        if (!inDate)
            result.numbers.append(number);
    }
    result.places = m_places.match(folded);
    auto assign = [&](auto &list) {
        for (auto &candidate : list)
            candidate.sentence = SentenceSplitter::sentenceAt(result.sentences, candidate.span.start);
    };
    assign(result.dates);
    assign(result.numbers);
    assign(result.places);
    result.events = EventProposer::propose(folded, result.sentences, result.dates, result.places, result.numbers);
    return result;
}

} // namespace Atlas::Article
