// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "articlecandidates.h"
#include "placematcher.h"

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace Atlas::Article {

// Everything the reader proposes for one article, with the text it read.
struct ArticleExtraction
{
    QString text;
    QDate published;           // invalid: "date unknown"
    QDate publishedLast;       // the last day the publication date may be (a month or a year known)
    QList<Sentence> sentences;
    QList<DateCandidate> dates;
    QList<NumberCandidate> numbers;
    QList<PlaceCandidate> places;
    QList<EventCandidate> events;

    QString spanText(const TextSpan &span) const { return text.mid(span.start, span.length()); }
    QString sentenceText(int sentence) const;
    // Code point offset of a UTF-16 position (the command line's start/end).
    qsizetype codePointOffset(qsizetype utf16Position) const;
    // One JSON object per candidate, in text order, kinds date, number, place, event (the
    // format of --extract-article, docs/article-reader.md).
    QList<QJsonObject> toJsonObjects() const;

private:
    mutable QList<qsizetype> m_codePoints; // prefix counts, built on first use
};

/*
 * The offline article reader: splits the text into sentences (SentenceSplitter), folds it once
 * (FoldedText), and runs DateReader, NumberReader, PlaceMatcher and EventProposer over it. A
 * number inside a date ("2014" of "يونيو 2014", the 6 of "منذ ست سنوات") is the date's, not a
 * figure. Holds the PlaceMatcher built from the project's places and the gazetteer; no clock:
 * the publication date is given per article.
 */
class ArticleExtractor
{
public:
    explicit ArticleExtractor(PlaceMatcher places);

    // `publishedLast`, when valid, makes the publication date a period from `published`.
    ArticleExtraction extract(const QString &text, QDate published, QDate publishedLast = {}) const;

private:
    PlaceMatcher m_places;
};

} // namespace Atlas::Article
