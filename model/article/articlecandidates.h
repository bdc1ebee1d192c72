// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

/*
 * What the article reader proposes, as plain values. Every candidate names its span of the
 * article in UTF-16 units ([start, end), for QString work) and the sentence it lies in; the code
 * point offsets of the command line and the verbatim texts are derived from these by
 * ArticleExtraction. Nothing here decides what becomes data: the review dialog does, through a
 * DatasetEdit.
 */
namespace Atlas::Article {

struct TextSpan
{
    qsizetype start = 0;       // UTF-16 index into the article
    qsizetype end = 0;         // one past the last unit
    bool overlaps(const TextSpan &other) const { return start < other.end && other.start < end; }
    bool contains(const TextSpan &other) const { return start <= other.start && other.end <= end; }
    qsizetype length() const { return end - start; }
};

struct Sentence
{
    TextSpan span;             // trimmed of surrounding white space
};

enum class DatePrecision { Day, Month, Year };

struct DateCandidate
{
    TextSpan span;
    int sentence = -1;
    QDate earliest;            // invalid when unresolved
    QDate latest;
    DatePrecision precision = DatePrecision::Day;
    bool relative = false;     // needed the publication date (or another anchor)
    bool unresolved = false;   // relative, and there was no publication date to resolve it
    QString rule;              // which reading found it: "month-year", "relative-day", … (tests, review)
};

struct NumberCandidate
{
    TextSpan span;
    int sentence = -1;
    std::optional<double> value;
    std::optional<double> min; // min and max together, instead of value
    std::optional<double> max;
    QString qualifier;         // docs/dataset.md vocabulary: more_than, about, order_of_magnitude…; empty: as written
    QString unit;              // troops, airstrikes, attacks, fighters, countries, members, usd, percent…; empty: none seen
    QString rule;
};

struct PlaceCandidate
{
    TextSpan span;
    int sentence = -1;
    QString placeId;           // a project place's id, or "gazetteer:<slug>"
    QString nameEn;
    QString nameAr;
    double lat = 0;
    double lon = 0;
    bool fromProject = false;  // the open project's place, not the gazetteer's
};

struct EventCandidate
{
    TextSpan span;             // the sentence
    int sentence = -1;
    DateCandidate date;        // the sentence's first date
    QStringList placeIds;      // each once, in order of appearance
    QList<NumberCandidate> numbers;
    QString category;          // a suggestion from the event verb (docs/dataset.md categories); may be empty
    QString verb;              // the event verb found, folded; empty when a place made it an event
};

} // namespace Atlas::Article
