// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "chartcatalog.h"
#include "chartdata.h"
#include "formatter.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <vector>

class QAbstractItemModel;

namespace Atlas {

class AtlasDocument;
class EventColumns;
class RowMapProxyModel;
struct Dataset;

// What a chart is built from: the (filtered) figures, the sources and the UI language.
struct ChartContext
{
    const QAbstractItemModel *figures = nullptr; // FigureModel roles, e.g. figureFilterModel()
    // The same figures unfiltered, in the dataset's order, e.g. figureModel(); null: figures.
    const QAbstractItemModel *allFigures = nullptr;
    const QAbstractItemModel *sources = nullptr; // SourceModel roles; may be null (no source line)
    Formatter formatter;
    bool rightToLeft = false;
    QHash<QString, QString> actorNames;          // actor id -> name in the UI language
    // ISO code -> a name that replaces Vocabulary::countryName() for that code. fromDocument()
    // leaves it empty, so charts name countries as the tables do.
    // Event charts: the dataset's event columns and the source rows that pass the filter. Unset
    // (no columns), event charts are empty.
    const Dataset *dataset = nullptr;
    const EventColumns *eventColumns = nullptr;
    std::vector<int> eventRows;

    // The rows of `filtered` (an EventFilterModel over an EventModel with these columns).
    void setEvents(const Dataset &events, const EventColumns &columns, const RowMapProxyModel &filtered);

    static ChartContext fromDocument(const AtlasDocument &document, bool rightToLeft);
    // Names in the formatter's language; `figures` filtered, `allFigures` the whole FigureModel.
    static ChartContext fromModels(const Dataset &dataset, const QAbstractItemModel *figures,
                                   const QAbstractItemModel *allFigures, const QAbstractItemModel *sources,
                                   const Formatter &formatter, bool rightToLeft);
};

/*
 * Turns the figure rows of a model into the ChartData of one catalogue chart: picks the rows of
 * the chart's metrics, splits them by kind into panels, groups them into series, and writes
 * every text (labels with qualifier marks and dates, axis titles with units, notes, the source
 * line) in the UI language with the Formatter; qualifier marks and their meanings, unit and
 * country names come from Vocabulary, as in the figure table. What tells series apart, their
 * colours and their order come from all the chart's figures (allFigures), never from the rows'
 * order or the filter: sorting the figures table changes nothing, and hiding one series
 * recolours none of the others. Reads the models only through their roles, so a
 * QStandardItemModel with the same roles works as well. Owns nothing.
 */
class ChartDataBuilder
{
    Q_DECLARE_TR_FUNCTIONS(ChartDataBuilder)

public:
    explicit ChartDataBuilder(ChartContext context);

    ChartData build(const ChartCatalog::Definition &definition) const;
    ChartData build(const QString &chartName) const; // empty ChartData for unknown names

private:
    struct Row; // one figure as read from a model

    ChartData buildEvents(const ChartCatalog::Definition &definition) const;
    QString groupName(EventGrouping grouping, const EventAggregation::Group &group) const;

    // The rows of these metrics that can be drawn, in the model's order.
    QList<Row> readRows(const QAbstractItemModel *model, const QSet<QString> &metrics) const;
    static QList<ChartCatalog::SeriesPart> seriesParts(const ChartCatalog::Definition &definition,
                                                       const QList<Row> &rows, ChartPanelKind kind);
    static QString seriesKey(const Row &row, const QList<ChartCatalog::SeriesPart> &parts);
    QString seriesName(const Row &row, const QList<ChartCatalog::SeriesPart> &parts) const;
    QString actorName(const QString &id, const QString &fallback) const;
    QString sourceLine(const QStringList &sourceIds) const;
    QString numberText(double value, bool signedPercent) const;

    ChartContext m_context;
};

} // namespace Atlas
