// SPDX-License-Identifier: GPL-3.0-or-later
#include "datasetsummary.h"

#include "vocabulary.h"

#include <QMap>

using namespace Qt::StringLiterals;

namespace Atlas {

QJsonObject DatasetSummary::toJson(const Dataset &dataset)
{
    qint64 citations = 0;
    for (const Place &place : dataset.places)
        citations += place.citations.size();
    for (const Figure &figure : dataset.figures)
        citations += figure.citations.size();

    QJsonObject byPrecision;
    for (QStringView precision : Vocabulary::DatePrecisions)
        byPrecision.insert(precision, 0);
    QMap<QString, int> byCategory;
    const Event *first = nullptr;
    const Event *last = nullptr;
    for (const Event &event : dataset.events) {
        citations += event.citations.size();
        const QString precision = Vocabulary::DatePrecisions[std::size_t(event.date.precision)].toString();
        byPrecision.insert(precision, byPrecision.value(precision).toInt() + 1);
        ++byCategory[event.category];
        if (!first || event.date.earliest() < first->date.earliest())
            first = &event;
        if (!last || event.date.latest() > last->date.latest())
            last = &event;
    }
    QJsonObject categories;
    for (auto it = byCategory.cbegin(); it != byCategory.cend(); ++it)
        categories.insert(it.key(), it.value());

    QJsonObject summary{
        { u"name"_s, dataset.info.name },
        { u"version"_s, dataset.info.version },
        { u"events"_s, qint64(dataset.events.size()) },
        { u"places"_s, qint64(dataset.places.size()) },
        { u"sources"_s, qint64(dataset.sources.size()) },
        { u"actors"_s, qint64(dataset.actors.size()) },
        { u"figures"_s, qint64(dataset.figures.size()) },
        { u"citations"_s, citations },
        { u"events_by_precision"_s, byPrecision },
        { u"events_by_category"_s, categories },
    };
    // As written in the dataset, at the event's own precision ("2014-08", "2026"); null without events.
    summary.insert(u"first_date"_s, first ? FuzzyDate::isoText(first->date.start, first->date.precision) : QJsonValue());
    const FuzzyDate lastDate = last ? last->date : FuzzyDate();
    summary.insert(u"last_date"_s, last ? FuzzyDate::isoText(lastDate.isRange() ? lastDate.end : lastDate.start,
                                                             lastDate.precision)
                                        : QJsonValue());
    return summary;
}

} // namespace Atlas
