// SPDX-License-Identifier: GPL-3.0-or-later
#include "datasetsummary.h"

#include "projecteventstore.h"

#include "vocabulary.h"

#include <QMap>

using namespace Qt::StringLiterals;

namespace Atlas {

QJsonObject DatasetSummary::toJson(const Dataset &dataset)
{
    Counts counts;
    counts.places = dataset.places.size();
    counts.sources = dataset.sources.size();
    counts.actors = dataset.actors.size();
    counts.figures = dataset.figures.size();
    for (const Place &place : dataset.places)
        counts.citations += place.citations.size();
    for (const Figure &figure : dataset.figures)
        counts.citations += figure.citations.size();
    if (dataset.eventStore) {
        counts.citations += dataset.eventStore->citationCount();
        return toJson(dataset.info, counts, dataset.eventStore->columns());
    }
    for (const Event &event : dataset.events)
        counts.citations += event.citations.size();
    return toJson(dataset.info, counts, EventColumns(dataset));
}

QJsonObject DatasetSummary::toJson(const DatasetInfo &info, const Counts &counts, const EventColumns &events)
{
    QJsonObject byPrecision;
    for (QStringView precision : Vocabulary::DatePrecisions)
        byPrecision.insert(precision, 0);
    std::vector<qint64> byCategoryIndex(std::size_t(events.categoryIds().size()), 0);
    std::vector<qint64> byPrecisionIndex(Vocabulary::DatePrecisions.size(), 0);
    int first = -1;
    int last = -1;
    for (int row = 0; row < events.rowCount(); ++row) {
        ++byPrecisionIndex[std::size_t(events.precision(row))];
        ++byCategoryIndex[events.category(row)];
        if (first < 0 || events.earliestDay(row) < events.earliestDay(first))
            first = row;
        if (last < 0 || events.latestDay(row) > events.latestDay(last))
            last = row;
    }
    for (std::size_t i = 0; i < byPrecisionIndex.size(); ++i)
        byPrecision.insert(Vocabulary::DatePrecisions[i], byPrecisionIndex[i]);
    QMap<QString, qint64> byCategory; // in the order of the ids
    for (std::size_t i = 0; i < byCategoryIndex.size(); ++i)
        byCategory.insert(events.categoryIds().at(qsizetype(i)), byCategoryIndex[i]);
    QJsonObject categories;
    for (auto it = byCategory.cbegin(); it != byCategory.cend(); ++it)
        categories.insert(it.key(), it.value());

    QJsonObject summary{
        { u"name"_s, info.name },
        { u"version"_s, info.version },
        { u"events"_s, qint64(events.rowCount()) },
        { u"places"_s, counts.places },
        { u"sources"_s, counts.sources },
        { u"actors"_s, counts.actors },
        { u"figures"_s, counts.figures },
        { u"citations"_s, counts.citations },
        { u"events_by_precision"_s, byPrecision },
        { u"events_by_category"_s, categories },
    };
    // As written in the dataset, at the event's own precision ("2014-08", "2026"): the first
    // day of the first event, and the last bound of the last (a week is named by its first
    // day); null without events.
    const auto dateText = [&events](qint32 day, int row) {
        const DatePrecision precision = events.precision(row);
        const QDate date = QDate::fromJulianDay(precision == DatePrecision::Week ? day - 6 : day);
        return FuzzyDate::isoText(date, precision);
    };
    summary.insert(u"first_date"_s, first >= 0 ? QJsonValue(FuzzyDate::isoText(QDate::fromJulianDay(events.earliestDay(first)),
                                                                                events.precision(first)))
                                               : QJsonValue());
    summary.insert(u"last_date"_s, last >= 0 ? QJsonValue(dateText(events.latestDay(last), last)) : QJsonValue());
    return summary;
}

} // namespace Atlas
