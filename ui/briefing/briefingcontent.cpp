// SPDX-License-Identifier: GPL-3.0-or-later
#include "briefingcontent.h"

#include "atlasdocument.h"
#include "chartcatalog.h"
#include "chartdatabuilder.h"
#include "datasetmodels.h"
#include "eventfiltermodel.h"
#include "eventmodel.h"
#include "eventsummary.h"
#include "figurefiltermodel.h"
#include "figuremodel.h"
#include "filtercriteria.h"
#include "vocabulary.h"

#include <QCollator>
#include <QLocale>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Atlas {

namespace {

// The ids a filter lets through, events or figures, read through a private proxy so the
// document's views are not disturbed.
template<typename Proxy, typename Model>
QStringList passingIds(Model *model, int idRole, const FilterState &filter)
{
    FilterCriteria criteria;
    criteria.setState(filter);
    Proxy proxy(&criteria);
    proxy.setSourceModel(model);
    QStringList ids;
    for (int row = 0; row < proxy.rowCount(); ++row)
        ids.append(proxy.index(row, 0).data(idRole).toString());
    return ids;
}

// Of the events (from the document's columns, which a project keeps in memory even when its
// events stay in the file) and of the figures.
std::pair<QDate, QDate> datasetExtent(const AtlasDocument &document)
{
    auto [first, last] = document.eventModel()->columns().daySpan();
    for (const Figure &figure : document.dataset().figures) {
        const FuzzyDate &date = figure.asOf;
        if (!date.start.isValid())
            continue;
        if (!first.isValid() || date.earliest() < first)
            first = date.earliest();
        if (!last.isValid() || date.latest() > last)
            last = date.latest();
    }
    return { first, last };
}

QString listSeparator()
{
    return QCoreApplication::translate("Atlas::BriefingCollector", ", ", "list separator");
}

QString outletName(const Source &source, Language language)
{
    const QString wanted = language == Language::Arabic ? source.outlet.ar : source.outlet.en;
    // An outlet the article does not name has an empty Arabic name and an explanatory English one.
    if (source.outlet.ar.isEmpty() || wanted.isEmpty())
        return QCoreApplication::translate("Atlas::BriefingCollector", "Outlet not named");
    return wanted;
}

} // namespace

std::pair<QDate, QDate> BriefingCollector::resolvedWindow(const AtlasDocument &document, const BriefingOptions &options)
{
    const auto [first, last] = datasetExtent(document);
    const FilterState &shared = options.filter;
    QDate from = options.from;
    QDate to = options.to;
    if (!from.isValid() && options.useDocumentWindow)
        from = shared.from();
    if (!to.isValid() && options.useDocumentWindow)
        to = shared.to();
    if (!from.isValid())
        from = first;
    if (!to.isValid())
        to = last;
    return { from, to };
}

QList<BriefingSheet> BriefingCollector::collect(const AtlasDocument &document, const BriefingOptions &options)
{
    const auto [from, to] = resolvedWindow(document, options);
    FilterState base = options.filter;
    base.setTimeWindow(from, to);

    const Language language = options.language.value_or(document.language());
    const Formatter &documentFormatter = document.formatter();
    const Formatter formatter(language, options.digits.value_or(documentFormatter.digits()),
                              documentFormatter.monthNames());
    DatasetModels models(document.dataset(), formatter);

    QList<BriefingSheet> sheets;
    switch (options.atlasMode) {
    case BriefingAtlasMode::None:
        break;
    case BriefingAtlasMode::Year: {
        for (int year = from.year(); from.isValid() && to.isValid() && year <= to.year(); ++year) {
            FilterState filter = base;
            filter.setTimeWindow(std::max(from, QDate(year, 1, 1)), std::min(to, QDate(year, 12, 31)));
            BriefingSheet sheet = collectSheet(document, models, options, filter,
                                               tr("Year %1").arg(formatter.date(QDate(year, 1, 1), DatePrecision::Year)));
            if (!sheet.isEmpty())
                sheets.append(std::move(sheet));
        }
        break;
    }
    case BriefingAtlasMode::Site: {
        const Dataset &dataset = document.dataset();
        const QStringList eventIds = passingIds<EventFilterModel>(models.events(), EventModel::IdRole, base);
        QSet<QString> active;
        for (const QString &id : eventIds) {
            if (const EventRef event = dataset.event(id))
                active.unite(QSet<QString>(event->placeIds.cbegin(), event->placeIds.cend()));
        }
        QList<const Place *> places;
        for (const Place &place : dataset.places) {
            if (place.theatre && active.contains(place.id))
                places.append(&place);
        }
        QCollator collator(language == Language::Arabic ? QLocale(QLocale::Arabic) : QLocale(QLocale::English));
        std::sort(places.begin(), places.end(), [&](const Place *a, const Place *b) {
            return collator.compare(a->name.text(language), b->name.text(language)) < 0;
        });
        for (const Place *place : std::as_const(places)) {
            FilterState filter = base;
            filter.setPlaces({ place->id });
            BriefingSheet sheet = collectSheet(document, models, options, filter,
                                               tr("Site: %1").arg(place->name.text(language)));
            if (!sheet.isEmpty())
                sheets.append(std::move(sheet));
        }
        break;
    }
    }
    if (sheets.isEmpty())
        sheets.append(collectSheet(document, models, options, base, QString()));
    return sheets;
}

void BriefingCollector::summarise(BriefingSheet &sheet, const Dataset &dataset, const QList<const Event *> &events,
                                  int topCount)
{
    const Language language = sheet.language;
    const Formatter &formatter = sheet.formatter;
    const EventSummary summary = EventSummary::count(dataset, events);
    sheet.summaryNote = tr("%1 events match this briefing. The tables count them (an event counts once for each of "
                           "its countries, actors and places); the events listed are the %2 with the most "
                           "reported fatalities, then the most sources, then the earliest.")
                            .arg(formatter.number(summary.eventCount), formatter.number(topCount));
    auto table = [&](const QString &title, const QList<EventTally> &tallies, auto name) {
        BriefingCountTable counts;
        counts.title = title;
        for (const EventTally &tally : tallies.first(std::min<qsizetype>(tallies.size(), BriefingCountTable::MaximumRows)))
            counts.rows.append({ name(tally.key), formatter.number(tally.count) });
        if (tallies.size() > BriefingCountTable::MaximumRows)
            counts.more = tr("and %1 more").arg(formatter.number(tallies.size() - BriefingCountTable::MaximumRows));
        sheet.counts.append(std::move(counts));
    };
    table(tr("Events by category"), summary.categories, [](const QString &id) { return Vocabulary::categoryName(id); });
    table(tr("Events by country"), summary.countries, [&](const QString &code) { return Vocabulary::countryName(code, language); });
    table(tr("Top actors"), summary.actors, [&](const QString &id) {
        const Actor *actor = dataset.actor(id);
        return actor ? isolated(actor->name.text(language)) : id;
    });
    table(tr("Top places"), summary.places, [&](const QString &id) {
        const Place *place = dataset.place(id);
        return place ? isolated(place->name.text(language)) : id;
    });
}

BriefingSheet BriefingCollector::collectSheet(const AtlasDocument &document, DatasetModels &models,
                                              const BriefingOptions &options, const FilterState &filter,
                                              const QString &subtitle)
{
    const Dataset &dataset = document.dataset();
    BriefingSheet sheet;
    sheet.formatter = models.formatter();
    sheet.language = sheet.formatter.language();
    const Language language = sheet.language;
    const Formatter &formatter = sheet.formatter;
    sheet.title = options.title.trimmed().isEmpty() ? BriefingOptions::defaultTitle() : options.title.trimmed();
    sheet.subtitle = subtitle;
    sheet.filter = filter;
    sheet.sections = options.sections;

    auto dayText = [&](QDate date) { return date.isValid() ? formatter.date(date, DatePrecision::Day) : tr("open"); };
    sheet.period = tr("Period covered: %1 – %2").arg(formatter.isolate(dayText(filter.from())), formatter.isolate(dayText(filter.to())));
    sheet.dataset = tr("Dataset: %1, version %2").arg(dataset.info.name, dataset.info.version);
    const QDateTime generated = options.generated.isValid() ? options.generated : QDateTime::currentDateTime();
    sheet.generated = tr("Generated on %1").arg(formatter.date(generated.date(), DatePrecision::Day));
    sheet.filterText = tr("%1, version %2 · filter: %3").arg(dataset.info.name, dataset.info.version, filter.describe());
    sheet.reportedNote = tr("Figures are as reported by the cited outlets; Coalition Atlas records them without verifying them.");

    QSet<QString> selectedPlaceIds;
    if (const EventRef current = dataset.event(document.currentEventId()))
        selectedPlaceIds = QSet<QString>(current->placeIds.cbegin(), current->placeIds.cend());
    if (options.sections.testFlag(BriefingSection::Map))
        sheet.map = MapScene::build(models.events(), models.places(), filter, selectedPlaceIds);

    QSet<QString> citedSources;
    auto cite = [&](const QString &sourceId) { citedSources.insert(sourceId); };
    auto sourceText = [&](const QString &sourceId) {
        const Source *source = dataset.source(sourceId);
        if (!source)
            return sourceId;
        return tr("%1, %2", "outlet, publication date").arg(outletName(*source, language), formatter.date(source->published));
    };

    // Key figures: grouped by metric in the order of the vocabulary, then by date.
    QList<const Figure *> figures;
    for (const QString &id : passingIds<FigureFilterModel>(models.figures(), FigureModel::IdRole, filter)) {
        if (const Figure *figure = dataset.figure(id))
            figures.append(figure);
    }
    const QStringList metricOrder = Vocabulary::knownMetrics();
    auto metricRank = [&](const QString &metric) {
        const qsizetype index = metricOrder.indexOf(metric);
        return index < 0 ? metricOrder.size() : index;
    };
    std::stable_sort(figures.begin(), figures.end(), [&](const Figure *a, const Figure *b) {
        const auto rankA = metricRank(a->metric);
        const auto rankB = metricRank(b->metric);
        if (rankA != rankB)
            return rankA < rankB;
        if (a->asOf.start != b->asOf.start)
            return a->asOf.start < b->asOf.start;
        return a->id < b->id;
    });
    for (const Figure *figure : std::as_const(figures)) {
        BriefingFigureRow row;
        row.figureId = figure->id;
        row.what = Vocabulary::metricName(figure->metric);
        row.label = figure->label.text(language);
        row.value = formatter.figureValue(*figure);
        row.date = formatter.date(figure->asOf);
        QStringList sourceParts;
        QStringList seen;
        for (const Citation &citation : figure->citations) {
            if (seen.contains(citation.sourceId))
                continue;
            seen.append(citation.sourceId);
            sourceParts.append(sourceText(citation.sourceId));
            cite(citation.sourceId);
        }
        row.source = sourceParts.join(tr("; ", "list of sources"));
        if (const Actor *estimator = dataset.actor(figure->estimatedBy))
            row.source = tr("%1 (estimate: %2)", "sources, who estimated").arg(row.source, estimator->name.text(language));
        sheet.figures.append(row);
    }

    QStringList chosen;
    for (const QString &name : options.charts) {
        if (ChartCatalog::contains(name) && !chosen.contains(name) && chosen.size() < BriefingOptions::MaximumCharts)
            chosen.append(name);
    }
    if (!chosen.isEmpty() && options.sections.testFlag(BriefingSection::Charts)) {
        FilterCriteria criteria;
        criteria.setState(filter);
        FigureFilterModel figuresInWindow(&criteria);
        figuresInWindow.setSourceModel(models.figures());
        EventFilterModel eventsInWindow(&criteria);
        eventsInWindow.setSourceModel(models.events());
        ChartContext context = ChartContext::fromModels(dataset, &figuresInWindow, models.figures(), models.sources(),
                                                        formatter, sheet.isRightToLeft());
        context.setEvents(dataset, models.events()->columns(), eventsInWindow);
        const ChartDataBuilder builder(std::move(context));
        for (const QString &name : std::as_const(chosen)) {
            ChartData chart = builder.build(name);
            if (chart.isEmpty())
                sheet.chartNotices.append(tr("No figures for the chart “%1” in this period.").arg(ChartCatalog::title(name)));
            else
                sheet.charts.append(std::move(chart));
        }
    }

    // Events, oldest first.
    QList<const Event *> events;
    QList<EventRef> held; // a large project's events stay whole while the sheet is collected
    for (const QString &id : passingIds<EventFilterModel>(models.events(), EventModel::IdRole, filter)) {
        if (EventRef event = dataset.event(id)) {
            events.append(event.get());
            held.append(std::move(event));
        }
    }
    std::stable_sort(events.begin(), events.end(), [](const Event *a, const Event *b) {
        if (a->date.start != b->date.start)
            return a->date.start < b->date.start;
        return a->id < b->id;
    });
    const QString currentEvent = document.currentEventId();
    auto entryFor = [&](const Event *event) {
        BriefingEventEntry entry;
        entry.eventId = event->id;
        entry.date = formatter.date(event->date);
        entry.title = event->title.text(language);
        entry.selected = event->id == currentEvent;
        QStringList placeNames;
        for (const QString &placeId : event->placeIds) {
            if (const Place *place = dataset.place(placeId))
                placeNames.append(isolated(place->name.text(language)));
        }
        entry.details = placeNames.isEmpty()
            ? Vocabulary::categoryName(event->category)
            : tr("%1 · %2", "category · places").arg(Vocabulary::categoryName(event->category), placeNames.join(listSeparator()));
        if (!event->citations.isEmpty()) {
            const Citation &citation = event->citations.constFirst();
            BriefingCitation quoted;
            quoted.sourceId = citation.sourceId;
            quoted.quote = citation.quote;
            const Source *source = dataset.source(citation.sourceId);
            quoted.reference = source ? tr("%1 · “%2”", "outlet and date · article title")
                                            .arg(sourceText(citation.sourceId), source->title.text(language))
                                      : citation.sourceId;
            entry.citations.append(quoted);
            cite(citation.sourceId);
        }
        return entry;
    };
    sheet.summarised = options.sections.testFlag(BriefingSection::Events) && events.size() > options.summaryThreshold;
    if (!sheet.summarised) {
        for (const Event *event : std::as_const(events))
            sheet.events.append(entryFor(event));
    } else {
        const QList<const Event *> top = EventSummary::topEvents(events, options.topEventCount);
        summarise(sheet, dataset, events, int(top.size()));
        for (const Event *event : top) {
            BriefingEventEntry entry = entryFor(event);
            const double fatalities = EventSummary::rankingFatalities(*event);
            if (fatalities >= 0)
                entry.details = tr("%1 · reported fatalities: %2").arg(entry.details, formatter.number(fatalities));
            sheet.events.append(std::move(entry));
        }
        if (options.appendix) {
            sheet.appendix.reserve(events.size());
            for (const Event *event : std::as_const(events))
                sheet.appendix.append(entryFor(event));
        }
    }

    // Sources in the dataset's order.
    for (const Source &source : dataset.sources) {
        if (!citedSources.contains(source.id))
            continue;
        BriefingSourceEntry entry;
        entry.sourceId = source.id;
        entry.text = tr("%1, %2: “%3” (article file %4)", "outlet, date: title (file)")
                         .arg(outletName(source, language), formatter.date(source.published), source.title.text(language),
                              source.file);
        sheet.sources.append(entry);
    }
    return sheet;
}

} // namespace Atlas
