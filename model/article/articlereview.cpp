// SPDX-License-Identifier: GPL-3.0-or-later
#include "articlereview.h"

#include "datasetloader.h"
#include "datasetwriter.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

using namespace Qt::StringLiterals;

namespace Atlas::Article {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ArticleReview", text);
}

Atlas::DatePrecision toDataset(DatePrecision precision)
{
    switch (precision) {
    case DatePrecision::Day: return Atlas::DatePrecision::Day;
    case DatePrecision::Month: return Atlas::DatePrecision::Month;
    case DatePrecision::Year: return Atlas::DatePrecision::Year;
    }
    return Atlas::DatePrecision::Day;
}

QSet<QString> allIds(const Dataset &dataset)
{
    QSet<QString> ids;
    for (const Source &s : dataset.sources) ids.insert(s.id);
    for (const Actor &a : dataset.actors) ids.insert(a.id);
    for (const Place &p : dataset.places) ids.insert(p.id);
    dataset.forEachEvent([&ids](const Event &e) { ids.insert(e.id); return true; });
    for (const Figure &f : dataset.figures) ids.insert(f.id);
    return ids;
}

} // namespace

QString ArticleReview::uniqueId(const QString &text, const QSet<QString> &taken)
{
    static const QRegularExpression nonWord(u"[^a-z0-9]+"_s);
    QString base = text.normalized(QString::NormalizationForm_KD).toLower();
    base.replace(nonWord, u"-"_s);
    base = base.section(u'-', 0, 5, QString::SectionSkipEmpty);
    if (base.isEmpty())
        base = u"item"_s;
    QString id = base;
    for (int n = 2; taken.contains(id); ++n)
        id = base + u'-' + QString::number(n);
    return id;
}

FuzzyDate ArticleReview::fuzzyDate(const DateCandidate &date, const QString &quotedText)
{
    FuzzyDate fuzzy;
    fuzzy.precision = toDataset(date.precision);
    fuzzy.start = date.earliest;
    // The first day of the period of the last day, when the candidate spans more than one period.
    QDate lastPeriod = date.latest;
    if (fuzzy.precision == Atlas::DatePrecision::Month)
        lastPeriod = QDate(date.latest.year(), date.latest.month(), 1);
    else if (fuzzy.precision == Atlas::DatePrecision::Year)
        lastPeriod = QDate(date.latest.year(), 1, 1);
    if (lastPeriod != fuzzy.start)
        fuzzy.end = lastPeriod;
    fuzzy.inferred = date.relative;
    if (date.relative)
        fuzzy.note = u"Resolved by the article reader from \"%1\" against the publication date."_s.arg(quotedText);
    return fuzzy;
}

DatasetEdit ArticleReview::build(const Dataset &dataset, const ArticleExtraction &extraction, const SourceInfo &info,
                                 const QList<Decision> &accepted, QStringList *errors)
{
    DatasetEdit edit;
    QStringList problems;
    QSet<QString> taken = allIds(dataset);

    Source source;
    source.id = uniqueId(u"art-"_s + (info.titleEn.isEmpty() ? info.fileName : info.titleEn), taken);
    taken.insert(source.id);
    source.file = info.fileName;
    source.text = extraction.text; // kept in the project: its quotes can be shown in it
    if (info.outlet.trimmed().isEmpty()) {
        source.outlet = LocalizedText {u"لم يُذكر في المقال"_s, u"Not named in the article"_s};
        source.outletNote = u"No outlet was given when the article was added."_s;
    } else {
        source.outlet = LocalizedText {info.outlet.trimmed(), info.outlet.trimmed()};
    }
    source.title = LocalizedText {info.titleAr.trimmed(), info.titleEn.trimmed()};
    if (source.title.ar.isEmpty() && source.title.en.isEmpty())
        problems.append(tr("The article needs a title."));
    if (source.title.ar.isEmpty())
        source.title.ar = source.title.en;
    if (source.title.en.isEmpty())
        source.title.en = source.title.ar;
    if (!info.dateUnknown && extraction.published.isValid()) {
        source.published.start = extraction.published;
        source.published.precision = Atlas::DatePrecision::Day;
    } else {
        // Unknown: the latest year the article itself names, marked as inferred.
        int year = 0;
        for (const DateCandidate &d : extraction.dates)
            if (!d.relative && d.latest.isValid())
                year = qMax(year, d.latest.year());
        if (!year) {
            problems.append(tr("The publication date is unknown and the article names no year: give a publication date."));
            year = 1;
        }
        source.published.start = QDate(year, 1, 1);
        source.published.precision = Atlas::DatePrecision::Year;
        source.published.inferred = true;
        source.published.note = u"Publication date unknown when the article was added; the latest year the article names."_s;
    }
    edit.sources.append(source);

    QHash<QString, QString> gazetteerPlaceIds; // gazetteer id -> project place id
    auto projectPlace = [&](const QString &placeId, const QString &quote) -> QString {
        if (dataset.place(placeId))
            return placeId;
        if (gazetteerPlaceIds.contains(placeId))
            return gazetteerPlaceIds.value(placeId);
        const auto it = std::find_if(extraction.places.cbegin(), extraction.places.cend(),
                                     [&](const PlaceCandidate &p) { return p.placeId == placeId; });
        if (it == extraction.places.cend()) {
            problems.append(tr("The place %1 is not in the project.").arg(placeId));
            return {};
        }
        Place place;
        place.id = uniqueId(it->nameEn, taken);
        taken.insert(place.id);
        place.name = LocalizedText {it->nameAr.isEmpty() ? it->nameEn : it->nameAr, it->nameEn};
        place.kind = u"city"_s;
        place.country = placeId.section(u':', 1).section(u'-', 0, 0).toUpper();
        place.lat = it->lat;
        place.lon = it->lon;
        place.coordSource = u"GeoNames (geonames.org), CC BY 4.0, cities15000 as shipped in Debian libgeonames0"_s;
        place.theatre = place.lat >= 28 && place.lat <= 42 && place.lon >= 30 && place.lon <= 52;
        place.citations.append(Citation {source.id, quote});
        edit.places.append(place);
        gazetteerPlaceIds.insert(placeId, place.id);
        return place.id;
    };

    for (const Decision &decision : accepted) {
        const bool isEvent = decision.kind == Decision::Kind::Event;
        const int count = int(isEvent ? extraction.events.size() : extraction.numbers.size());
        if (decision.index < 0 || decision.index >= count)
            continue;
        const int sentence = isEvent ? extraction.events.at(decision.index).sentence : extraction.numbers.at(decision.index).sentence;
        const QString quote = extraction.sentenceText(sentence);
        const QString label = decision.titleEn.isEmpty() ? decision.titleAr : decision.titleEn;
        if (decision.titleAr.trimmed().isEmpty() || decision.titleEn.trimmed().isEmpty())
            problems.append(tr("“%1” needs a title in Arabic and in English.").arg(quote.left(60)));
        if (decision.actorId.isEmpty() || !dataset.actor(decision.actorId))
            problems.append(tr("“%1” needs an actor of the project.").arg(quote.left(60)));
        if (isEvent) {
            const EventCandidate &candidate = extraction.events.at(decision.index);
            if (candidate.date.unresolved || !candidate.date.earliest.isValid()) {
                problems.append(tr("“%1” has no date that could be resolved: give the publication date and read again.").arg(quote.left(60)));
                continue;
            }
            Event event;
            event.id = uniqueId(label + u' ' + candidate.date.earliest.toString(u"yyyy"_s), taken);
            taken.insert(event.id);
            event.date = fuzzyDate(candidate.date, extraction.spanText(candidate.date.span));
            event.category = decision.category;
            event.title = LocalizedText {decision.titleAr.trimmed(), decision.titleEn.trimmed()};
            event.summary.en = decision.titleEn.trimmed();
            const QStringList placeIds = decision.placeId.isEmpty() ? candidate.placeIds : QStringList {decision.placeId};
            for (const QString &placeId : placeIds) {
                const QString id = projectPlace(placeId, quote);
                if (!id.isEmpty() && !event.placeIds.contains(id))
                    event.placeIds.append(id);
            }
            if (event.placeIds.isEmpty())
                problems.append(tr("“%1” needs a place.").arg(quote.left(60)));
            event.actorIds = {decision.actorId};
            event.citations.append(Citation {source.id, quote});
            edit.events.append(event);
        } else {
            const NumberCandidate &candidate = extraction.numbers.at(decision.index);
            Figure figure;
            figure.id = uniqueId(label, taken);
            taken.insert(figure.id);
            figure.metric = decision.metric.trimmed();
            if (figure.metric.isEmpty())
                problems.append(tr("“%1” needs a metric.").arg(extraction.spanText(candidate.span)));
            figure.subject = decision.actorId;
            figure.value = candidate.value;
            figure.min = candidate.min;
            figure.max = candidate.max;
            figure.qualifier = candidate.qualifier.isEmpty() || candidate.qualifier == u"ordinal"_s
                ? (candidate.min ? u"range"_s : u"exact"_s)
                : candidate.qualifier;
            figure.unit = candidate.unit.isEmpty() ? figure.metric : candidate.unit;
            const auto date = std::find_if(extraction.dates.cbegin(), extraction.dates.cend(),
                                           [&](const DateCandidate &d) { return d.sentence == sentence && !d.unresolved; });
            if (date != extraction.dates.cend()) {
                figure.asOf = fuzzyDate(*date, extraction.spanText(date->span));
            } else {
                figure.asOf = source.published;
                figure.asOf.inferred = true;
                figure.asOf.note = u"No date in the sentence; taken as of the article's publication date."_s;
            }
            figure.label = LocalizedText {decision.titleAr.trimmed(), decision.titleEn.trimmed()};
            figure.citations.append(Citation {source.id, quote});
            edit.figures.append(figure);
        }
    }
    edit.description = tr("Add article “%1”").arg(source.title.text(Language::English));

    if (problems.isEmpty()) {
        // The whole changed dataset must load as a file would.
        const auto loaded = DatasetLoader::loadJson(DatasetWriter::toBytes(edit.applyTo(dataset)));
        if (const auto *loadErrors = std::get_if<QList<LoadError>>(&loaded))
            for (const LoadError &e : *loadErrors)
                problems.append(e.toString());
    }
    if (errors)
        *errors = problems;
    return problems.isEmpty() ? edit : DatasetEdit {};
}

} // namespace Atlas::Article
