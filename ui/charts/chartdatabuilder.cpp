// SPDX-License-Identifier: GPL-3.0-or-later
#include "chartdatabuilder.h"

#include "atlasdocument.h"
#include "eventaggregation.h"
#include "eventfiltermodel.h"
#include "eventmodel.h"
#include "figurefiltermodel.h"
#include "figuremodel.h"
#include "sourcemodel.h"
#include "vocabulary.h"

#include <QAbstractItemModel>
#include <QMap>
#include <QSet>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace Atlas {

namespace {

std::optional<double> optionalNumber(const QVariant &value)
{
    if (!value.isValid() || value.isNull())
        return std::nullopt;
    bool ok = false;
    const double number = value.toDouble(&ok);
    if (!ok || !std::isfinite(number))
        return std::nullopt;
    return number;
}

ChartPanelKind panelKind(FigureKind kind)
{
    switch (kind) {
    case FigureKind::Stock: return ChartPanelKind::Levels;
    case FigureKind::Flow: return ChartPanelKind::Periods;
    case FigureKind::Change: return ChartPanelKind::Changes;
    }
    return ChartPanelKind::Levels;
}

} // namespace

// One figure row as read from the model, before it is placed in a series.
struct ChartDataBuilder::Row
{
    ChartItem item;
    FigureKind kind = FigureKind::Stock;
    QString metric;
    QString metricText;
    QString subject;
    QString subjectText;
    QString estimatedBy;
    QStringList theater;
    QString unit;
    QString qualifier;
};

ChartContext ChartContext::fromDocument(const AtlasDocument &document, bool rightToLeft)
{
    ChartContext context = fromModels(document.dataset(), document.figureFilterModel(), document.figureModel(),
                                      document.sourceModel(), document.formatter(), rightToLeft);
    context.setEvents(document.dataset(), document.eventModel()->columns(), *document.eventFilterModel());
    return context;
}

void ChartContext::setEvents(const Dataset &events, const EventColumns &columns, const RowMapProxyModel &filtered)
{
    dataset = &events;
    eventColumns = &columns;
    const int count = filtered.rowCount();
    eventRows.resize(std::size_t(count));
    for (int row = 0; row < count; ++row)
        eventRows[std::size_t(row)] = filtered.sourceRowAt(row);
}

ChartContext ChartContext::fromModels(const Dataset &dataset, const QAbstractItemModel *figures,
                                      const QAbstractItemModel *allFigures, const QAbstractItemModel *sources,
                                      const Formatter &formatter, bool rightToLeft)
{
    ChartContext context;
    context.figures = figures;
    context.allFigures = allFigures;
    context.sources = sources;
    context.formatter = formatter;
    context.rightToLeft = rightToLeft;
    const Language language = formatter.language();
    for (const Actor &actor : dataset.actors)
        context.actorNames.insert(actor.id, actor.name.text(language));
    return context;
}

ChartDataBuilder::ChartDataBuilder(ChartContext context)
    : m_context(std::move(context))
{
}

ChartData ChartDataBuilder::build(const QString &chartName) const
{
    const auto definition = ChartCatalog::definition(chartName);
    return definition ? build(*definition) : ChartData();
}

QString ChartDataBuilder::groupName(EventGrouping grouping, const EventAggregation::Group &group) const
{
    const Language language = m_context.formatter.language();
    switch (group.kind) {
    case EventAggregation::GroupKind::Other: return tr("Other");
    case EventAggregation::GroupKind::None:
        switch (grouping) {
        case EventGrouping::Actor: return tr("No actor named");
        case EventGrouping::Country: return tr("No country known");
        case EventGrouping::Place:
        case EventGrouping::Category: break;
        }
        return tr("No place named");
    case EventAggregation::GroupKind::Id: break;
    }
    switch (grouping) {
    case EventGrouping::Category: return Vocabulary::categoryName(group.id);
    case EventGrouping::Actor: return actorName(group.id, group.id);
    case EventGrouping::Country: return Vocabulary::countryName(group.id, language);
    case EventGrouping::Place: {
        const Place *place = m_context.dataset ? m_context.dataset->place(group.id) : nullptr;
        return place ? place->name.text(language) : group.id;
    }
    }
    return group.id;
}

// One small multiple per group: a bar per time bin, on one shared time span so the panels line up.
ChartData ChartDataBuilder::buildEvents(const ChartCatalog::Definition &definition) const
{
    const ChartCatalog::Definition::Events &spec = *definition.events;
    ChartData data;
    data.name = definition.name;
    data.title = ChartCatalog::title(definition.name);
    data.rightToLeft = m_context.rightToLeft;
    data.formatter = m_context.formatter;
    data.emptyText = tr("No event passes the current filter.");
    if (!m_context.eventColumns || !m_context.dataset)
        return data;
    const Formatter &format = m_context.formatter;
    const EventAggregation aggregation = EventAggregator(*m_context.eventColumns, *m_context.dataset)
                                             .aggregate(m_context.eventRows, spec.bin, spec.grouping, spec.topGroups);
    if (aggregation.binCount() == 0)
        return data;

    QString binText;
    QString timeAxis;
    DatePrecision precision = DatePrecision::Day;
    switch (spec.bin) {
    case TimeBin::Day: binText = tr("per day"); timeAxis = tr("Day"); break;
    case TimeBin::Week: binText = tr("per ISO week"); timeAxis = tr("Week (Monday to Sunday)"); precision = DatePrecision::Week; break;
    case TimeBin::Month: binText = tr("per month"); timeAxis = tr("Month"); precision = DatePrecision::Month; break;
    case TimeBin::Year: binText = tr("per year"); timeAxis = tr("Year"); precision = DatePrecision::Year; break;
    }
    const qint64 events = aggregation.eventCount - aggregation.undated;
    qint64 fatalities = 0;
    for (int g = 0; g < aggregation.groupCount(); ++g)
        fatalities += aggregation.groupTotal(g, true);
    data.subtitle = spec.fatalities
                        ? tr("Fatalities: %1, reported by %2 filtered events, %3")
                              .arg(format.number(double(fatalities)), format.number(double(events)), binText)
                        : tr("Filtered events: %1, %2").arg(format.number(double(events)), binText);
    if (spec.fatalities && fatalities == 0)
        return data;

    for (int g = 0; g < aggregation.groupCount(); ++g) {
        const EventAggregation::Group &group = aggregation.groups[std::size_t(g)];
        const qint64 groupTotal = aggregation.groupTotal(g, spec.fatalities);
        if (groupTotal == 0)
            continue;
        ChartSeries series;
        series.key = group.kind == EventAggregation::GroupKind::Id ? group.id
                     : group.kind == EventAggregation::GroupKind::Other ? u"|other"_s
                                                                         : u"|none"_s;
        series.name = groupName(spec.grouping, group);
        series.colorIndex = g;
        for (int b = 0; b < aggregation.binCount(); ++b) {
            const qint64 value = spec.fatalities ? aggregation.fatalitySum(b, g) : aggregation.count(b, g);
            if (value == 0)
                continue;
            ChartItem item;
            item.start = aggregation.binStarts[std::size_t(b)];
            item.end = aggregation.binEnd(b);
            item.value = double(value);
            item.numberText = format.number(double(value));
            item.dateText = format.date(item.start, precision);
            item.valueText = item.numberText;
            series.items.append(item);
        }
        ChartPanel panel;
        panel.kind = ChartPanelKind::Periods;
        panel.title = format.isolate(series.name) + u" · "_s + format.number(double(groupTotal));
        panel.valueAxisTitle = spec.fatalities ? tr("Fatalities") : tr("Events");
        panel.timeAxisTitle = timeAxis;
        panel.spanStart = aggregation.binStarts.front();
        panel.spanEnd = aggregation.binEnd(aggregation.binCount() - 1);
        panel.series.append(series);
        data.panels.append(panel);
    }
    data.notes.append(tr("Events with an uncertain date (a month, a year, a range) count in the bin of their first day."));
    if (spec.grouping == EventGrouping::Actor || spec.grouping == EventGrouping::Place
        || spec.grouping == EventGrouping::Country)
        data.notes.append(tr("Each event counts once, under its first actor or place."));
    if (spec.fatalities)
        data.notes.append(tr("Best fatality counts as the sources give them; events without a count add nothing."));
    return data;
}

QString ChartDataBuilder::actorName(const QString &id, const QString &fallback) const
{
    const QString name = m_context.actorNames.value(id);
    if (!name.isEmpty())
        return name;
    return fallback.isEmpty() ? id : fallback;
}

QString ChartDataBuilder::numberText(double value, bool signedPercent) const
{
    const Formatter &format = m_context.formatter;
    const int decimals = std::abs(value - std::round(value)) > 1e-9 ? 1 : 0;
    if (!signedPercent)
        return format.number(value, decimals);
    if (value < 0)
        return u"\u2212"_s + format.percent(-value);
    if (value > 0)
        return u"+"_s + format.percent(value);
    return format.percent(0);
}

QString ChartDataBuilder::sourceLine(const QStringList &sourceIds) const
{
    if (!m_context.sources || sourceIds.isEmpty())
        return {};
    QHash<QString, QString> described;
    const QAbstractItemModel *model = m_context.sources;
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, 0);
        const QString id = index.data(SourceModel::IdRole).toString();
        QString outlet = index.data(SourceModel::OutletRole).toString();
        if (outlet.isEmpty())
            outlet = index.data(SourceModel::TitleRole).toString();
        const QString published = index.data(SourceModel::PublishedTextRole).toString();
        described.insert(id, published.isEmpty() ? outlet
                                                 : tr("%1, %2", "outlet, publication date").arg(outlet, published));
    }
    QStringList parts;
    for (const QString &id : sourceIds)
        parts.append(described.value(id, id));
    return tr("Sources: %1").arg(parts.join(tr("; ", "separator between sources")));
}

QList<ChartDataBuilder::Row> ChartDataBuilder::readRows(const QAbstractItemModel *model,
                                                        const QSet<QString> &metrics) const
{
    QList<Row> rows;
    for (int r = 0; model && r < model->rowCount(); ++r) {
        const QModelIndex index = model->index(r, 0);
        Row row;
        row.metric = index.data(FigureModel::MetricRole).toString();
        if (!metrics.contains(row.metric))
            continue;
        row.kind = FigureKind(index.data(FigureModel::KindRole).toInt());
        row.metricText = index.data(FigureModel::MetricTextRole).toString();
        if (row.metricText.isEmpty())
            row.metricText = row.metric;
        if (row.metricText.at(0).isLower())
            row.metricText[0] = row.metricText.at(0).toUpper(); // series names start a legend line
        row.subject = index.data(FigureModel::SubjectRole).toString();
        row.subjectText = index.data(FigureModel::SubjectTextRole).toString();
        row.estimatedBy = index.data(FigureModel::EstimatedByRole).toString();
        row.theater = index.data(FigureModel::TheaterRole).toStringList();
        row.unit = index.data(FigureModel::UnitRole).toString();
        row.qualifier = index.data(FigureModel::QualifierRole).toString();

        ChartItem &item = row.item;
        item.figureId = index.data(FigureModel::IdRole).toString();
        item.start = index.data(FigureModel::StartDateRole).toDate();
        item.end = index.data(FigureModel::EndDateRole).toDate();
        if (!item.end.isValid() || item.end < item.start)
            item.end = item.start;
        item.value = optionalNumber(index.data(FigureModel::ValueRole));
        item.min = optionalNumber(index.data(FigureModel::MinRole));
        item.max = optionalNumber(index.data(FigureModel::MaxRole));
        if (!item.min || !item.max) {
            item.min.reset();
            item.max.reset();
        }
        if (!item.value && !item.isRange())
            continue; // nothing to draw
        if (row.kind != FigureKind::Change && !item.start.isValid())
            continue; // a level or a flow needs its date to be placed
        const bool isChange = row.kind == FigureKind::Change;
        if (isChange && index.data(FigureModel::DirectionRole).toString() == u"decrease"_s) {
            // The dataset states a decrease as a positive magnitude; the chart diverges around 0.
            if (item.value && *item.value > 0)
                item.value = -*item.value;
            if (item.isRange() && *item.min >= 0) {
                const double low = -*item.max;
                item.max = -*item.min;
                item.min = low;
            }
        }
        // A share (territory recovered) carries its percent sign, as a change does.
        const bool share = !isChange && row.unit == u"percent"_s;
        auto number = [&](double value) {
            return share ? m_context.formatter.percent(value) : numberText(value, isChange);
        };
        item.marker = Vocabulary::qualifierMark(row.qualifier);
        item.valueText = index.data(FigureModel::ValueTextRole).toString();
        item.envelope = Vocabulary::isVagueQuantity(row.qualifier) && item.isRange();
        if (item.envelope && !item.valueText.isEmpty()) {
            item.numberText = item.valueText; // the source's words, never a made-up number
        } else if (item.isRange()) {
            item.numberText = item.marker
                              + tr("%1–%2", "range min–max")
                                    .arg(m_context.formatter.isolate(number(*item.min)),
                                         m_context.formatter.isolate(number(*item.max)));
        } else {
            item.numberText = item.marker + number(*item.value);
        }
        item.dateText = index.data(FigureModel::DateTextRole).toString();
        item.sourceIds = index.data(FigureModel::SourceIdsRole).toStringList();
        // Labels read "What, when: value"; the bar already shows the value.
        item.category = index.data(FigureModel::LabelRole).toString();
        if (const qsizetype colon = item.category.lastIndexOf(u':'); colon > 0)
            item.category = item.category.left(colon).trimmed();
        rows.append(row);
    }
    return rows;
}

QList<ChartCatalog::SeriesPart> ChartDataBuilder::seriesParts(const ChartCatalog::Definition &definition,
                                                            const QList<Row> &rows, ChartPanelKind kind)
{
    QSet<QString> panelMetrics;
    for (const Row &row : rows) {
        if (panelKind(row.kind) == kind)
            panelMetrics.insert(row.metric);
    }
    QList<ChartCatalog::SeriesPart> parts = definition.seriesParts;
    if (panelMetrics.size() > 1 && !parts.contains(ChartCatalog::SeriesPart::Metric))
        parts.prepend(ChartCatalog::SeriesPart::Metric);
    return parts;
}

QString ChartDataBuilder::seriesKey(const Row &row, const QList<ChartCatalog::SeriesPart> &parts)
{
    QStringList keyParts;
    for (const ChartCatalog::SeriesPart part : parts) {
        switch (part) {
        case ChartCatalog::SeriesPart::Metric: keyParts.append(row.metric); break;
        case ChartCatalog::SeriesPart::Subject: keyParts.append(row.subject); break;
        case ChartCatalog::SeriesPart::Theater: keyParts.append(row.theater.join(u'+')); break;
        case ChartCatalog::SeriesPart::EstimatedBy: keyParts.append(row.estimatedBy); break;
        }
    }
    return keyParts.join(u'|');
}

QString ChartDataBuilder::seriesName(const Row &row, const QList<ChartCatalog::SeriesPart> &parts) const
{
    QStringList nameParts;
    for (const ChartCatalog::SeriesPart part : parts) {
        switch (part) {
        case ChartCatalog::SeriesPart::Metric:
            nameParts.append(row.metricText);
            break;
        case ChartCatalog::SeriesPart::Subject:
            nameParts.append(actorName(row.subject, row.subjectText));
            break;
        case ChartCatalog::SeriesPart::Theater: {
            QStringList names;
            for (const QString &code : row.theater)
                names.append(Vocabulary::countryName(code, m_context.formatter.language()));
            if (names.isEmpty())
                nameParts.append(tr("Theatre not stated"));
            else if (names.size() == 2)
                nameParts.append(tr("%1 and %2", "two theatres").arg(names.at(0), names.at(1)));
            else
                nameParts.append(names.join(tr(", ", "list separator")));
            break;
        }
        case ChartCatalog::SeriesPart::EstimatedBy:
            nameParts.append(row.estimatedBy.isEmpty() ? tr("Estimator not stated")
                                                       : actorName(row.estimatedBy, QString()));
            break;
        }
    }
    return nameParts.join(tr(" · ", "separator in a series name"));
}

ChartData ChartDataBuilder::build(const ChartCatalog::Definition &definition) const
{
    if (definition.events)
        return buildEvents(definition);
    ChartData data;
    data.name = definition.name;
    data.title = ChartCatalog::title(definition.name);
    data.rightToLeft = m_context.rightToLeft;
    data.formatter = m_context.formatter;
    data.emptyText = tr("No figure of this chart passes the current filter.");
    const Language language = m_context.formatter.language();

    const QSet<QString> metrics(definition.metrics.cbegin(), definition.metrics.cend());
    QList<Row> rows = readRows(m_context.figures, metrics);
    const QList<Row> allRows = m_context.allFigures ? readRows(m_context.allFigures, metrics) : rows;

    // Series are told apart, coloured and listed by all the chart's figures in the dataset's
    // order: sorting the figures table (which sorts the proxy we read) changes nothing, and a
    // filter that hides a series leaves the others their names and colours.
    QHash<QString, qsizetype> datasetOrder;
    for (qsizetype i = 0; i < allRows.size(); ++i)
        datasetOrder.insert(allRows.at(i).item.figureId, i);
    std::stable_sort(rows.begin(), rows.end(), [&datasetOrder, end = allRows.size()](const Row &a, const Row &b) {
        return datasetOrder.value(a.item.figureId, end) < datasetOrder.value(b.item.figureId, end);
    });
    const QList<ChartPanelKind> panelKinds = { ChartPanelKind::Levels, ChartPanelKind::Periods, ChartPanelKind::Changes };
    QMap<ChartPanelKind, QList<ChartCatalog::SeriesPart>> partsOfPanel;
    QHash<QString, int> colorOfKey; // same key, same colour in every panel
    for (const ChartPanelKind kind : panelKinds) {
        const QList<ChartCatalog::SeriesPart> parts = seriesParts(definition, allRows, kind);
        partsOfPanel.insert(kind, parts);
        for (const Row &row : allRows) {
            const QString key = seriesKey(row, parts);
            if (panelKind(row.kind) == kind && !colorOfKey.contains(key))
                colorOfKey.insert(key, int(colorOfKey.size()));
        }
    }

    // Panels in a fixed order; series in the order of their first figure.
    QStringList allSources;
    QStringList markerOrder;
    QHash<QString, QStringList> markerMeanings;
    bool anyRange = false;
    bool anyEnvelope = false;
    QDate first;
    QDate last;
    for (const ChartPanelKind kind : panelKinds) {
        QList<const Row *> panelRows;
        QStringList panelMetrics;
        QStringList panelMetricTexts;
        QStringList panelUnits;
        for (const Row &row : rows) {
            if (panelKind(row.kind) != kind)
                continue;
            panelRows.append(&row);
            if (!panelMetrics.contains(row.metric)) {
                panelMetrics.append(row.metric);
                panelMetricTexts.append(row.metricText);
            }
            if (!row.unit.isEmpty() && !panelUnits.contains(row.unit))
                panelUnits.append(row.unit);
        }
        if (panelRows.isEmpty())
            continue;

        const QList<ChartCatalog::SeriesPart> parts = partsOfPanel.value(kind);
        ChartPanel panel;
        panel.kind = kind;
        for (const Row *row : std::as_const(panelRows)) {
            const QString key = seriesKey(*row, parts);
            auto series = std::find_if(panel.series.begin(), panel.series.end(),
                                       [&key](const ChartSeries &s) { return s.key == key; });
            if (series == panel.series.end()) {
                ChartSeries created;
                created.key = key;
                created.name = seriesName(*row, parts);
                if (!colorOfKey.contains(key)) // a figure allFigures lacks
                    colorOfKey.insert(key, int(colorOfKey.size()));
                created.colorIndex = colorOfKey.value(key);
                panel.series.append(created);
                series = panel.series.end() - 1;
            }
            ChartItem item = row->item;
            QString source;
            if (definition.labelWithSource && m_context.sources && !item.sourceIds.isEmpty()) {
                const QModelIndex sourceIndex = [&]() {
                    for (int r = 0; r < m_context.sources->rowCount(); ++r) {
                        const QModelIndex index = m_context.sources->index(r, 0);
                        if (index.data(SourceModel::IdRole).toString() == item.sourceIds.first())
                            return index;
                    }
                    return QModelIndex();
                }();
                source = sourceIndex.data(SourceModel::OutletRole).toString();
            }
            if (kind == ChartPanelKind::Changes) {
                item.label = item.numberText;
                if (item.category.isEmpty())
                    item.category = series->name;
            } else if (!source.isEmpty()) {
                item.label = tr("%1, %2 (%3)", "value, date (source outlet)")
                                 .arg(m_context.formatter.isolate(item.numberText), m_context.formatter.isolate(item.dateText), source);
            } else if (!item.dateText.isEmpty()) {
                item.label = tr("%1, %2", "value, date")
                                 .arg(m_context.formatter.isolate(item.numberText), m_context.formatter.isolate(item.dateText));
            } else {
                item.label = item.numberText;
            }
            series->items.append(item);

            for (const QString &id : std::as_const(item.sourceIds)) {
                if (!allSources.contains(id))
                    allSources.append(id);
            }
            if (!item.marker.isEmpty()) {
                if (!markerOrder.contains(item.marker))
                    markerOrder.append(item.marker);
                const QString meaning = Vocabulary::qualifierMeaning(row->qualifier, language);
                if (!markerMeanings[item.marker].contains(meaning))
                    markerMeanings[item.marker].append(meaning);
            }
            anyRange = anyRange || (item.isRange() && !item.envelope);
            anyEnvelope = anyEnvelope || item.envelope;
            if (item.start.isValid()) {
                if (!first.isValid() || item.start < first)
                    first = item.start;
                if (!last.isValid() || item.end > last)
                    last = item.end;
            }
        }
        for (ChartSeries &series : panel.series) {
            std::stable_sort(series.items.begin(), series.items.end(), [](const ChartItem &a, const ChartItem &b) {
                return a.start < b.start;
            });
        }

        const QString metricsText = panelMetricTexts.join(tr(" / ", "between metric names"));
        QStringList unitTexts;
        for (const QString &unit : std::as_const(panelUnits)) {
            // "Troops (troops)" says nothing: a unit that repeats the metric is left out.
            const QString text = Vocabulary::unitName(unit, language);
            if (text.compare(metricsText, Qt::CaseInsensitive) != 0)
                unitTexts.append(text);
        }
        const QString unitsText = unitTexts.join(tr(", ", "list separator"));
        switch (kind) {
        case ChartPanelKind::Levels: {
            panel.title = tr("Levels as of a date");
            panel.valueAxisTitle = unitsText.isEmpty() ? metricsText : tr("%1 (%2)", "metric (unit)").arg(metricsText, unitsText);
            // A log scale only where values span more than a decade, or small ones vanish.
            double low = 0;
            double high = 0;
            for (const ChartSeries &series : std::as_const(panel.series)) {
                for (const ChartItem &item : series.items) {
                    low = low > 0 ? std::min(low, item.low()) : item.low();
                    high = std::max(high, item.high());
                }
            }
            panel.logarithmic = definition.logarithmic && low > 0 && high / low > 10;
            if (panel.logarithmic)
                panel.valueAxisTitle = tr("%1, logarithmic scale", "axis title").arg(panel.valueAxisTitle);
            panel.timeAxisTitle = tr("Date of the figure");
            break;
        }
        case ChartPanelKind::Periods:
            panel.title = tr("Counts over the period they cover");
            panel.valueAxisTitle = unitsText.isEmpty() ? tr("%1 in the period").arg(metricsText)
                                                       : tr("%1 in the period (%2)", "metric (unit)").arg(metricsText, unitsText);
            panel.timeAxisTitle = tr("Period covered");
            break;
        case ChartPanelKind::Changes:
            panel.title = tr("Reported changes against their baseline");
            panel.valueAxisTitle = tr("Change (%)");
            break;
        }
        data.panels.append(panel);
    }
    if (data.panels.size() == 1)
        data.panels.first().title.clear();

    int count = 0;
    for (const ChartPanel &panel : std::as_const(data.panels))
        count += panel.itemCount();
    if (count > 0) {
        const Formatter &format = m_context.formatter;
        const QString figures = format.number(count);
        if (first.isValid() && first.year() != last.year()) {
            data.subtitle = tr("Figures shown: %1, dated %2 to %3")
                                .arg(figures, format.date(first, DatePrecision::Year), format.date(last, DatePrecision::Year));
        } else if (first.isValid()) {
            data.subtitle = tr("Figures shown: %1, dated %2").arg(figures, format.date(first, DatePrecision::Year));
        } else {
            data.subtitle = tr("Figures shown: %1").arg(figures);
        }
    }

    if (!markerOrder.isEmpty()) {
        QStringList marks;
        for (const QString &marker : std::as_const(markerOrder)) {
            marks.append(tr("%1 %2", "qualifier mark, then its meaning")
                             .arg(marker, markerMeanings.value(marker).join(tr(" or ", "between qualifier words"))));
        }
        data.notes.append(tr("Marks: %1").arg(marks.join(tr("; ", "separator between marks"))));
    }
    if (anyRange)
        data.notes.append(tr("Whiskers and bars span a reported range (min–max); dots are point estimates."));
    if (anyEnvelope)
        data.notes.append(tr("Dashed whiskers: a vague quantity in the source's words (\"tens of thousands\"), drawn as its widest reading; not an estimate."));
    for (const ChartPanel &panel : std::as_const(data.panels)) {
        if (panel.kind == ChartPanelKind::Changes)
            data.notes.append(tr("Changes are percentages against each figure's own baseline, not levels."));
    }
    data.sourceLine = sourceLine(allSources);
    return data;
}

} // namespace Atlas
