// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "formatter.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Atlas {

/*
 * What one chart shows, as plain values in the UI language: panels of series of items, one item
 * per figure, plus title, notes and the source line. ChartDataBuilder makes it from the models;
 * ChartScene draws it. Keeping it free of QtCharts lets tests check a chart's content directly,
 * and a later move to QtGraphs only replaces the drawing.
 */
enum class ChartPanelKind {
    Levels,  // stocks: points in time, ranges as min–max whiskers
    Periods, // flows: a bar spanning the period the count covers
    Changes  // percentage changes: diverging bars around zero
};

struct ChartItem
{
    QString figureId;
    QDate start;                  // first day the figure's date covers
    QDate end;                    // last day
    std::optional<double> value;  // signed for changes (a decrease is negative)
    std::optional<double> min;    // min and max come together; never collapsed to a midpoint
    std::optional<double> max;
    QString marker;               // qualifier mark before the number: "≈", ">", "≥"…; empty when exact
    QString numberText;           // "≈900", "1,500–3,000", "−68%"
    QString label;                // drawn beside the item: the number with its date (and source)
    QString valueText;            // the model's exact wording: "about 900 troops"
    QString dateText;
    QString category;             // Changes: the bar's category text
    bool envelope = false;        // a vague quantity ("tens of thousands") drawn as its widest reading
    QStringList sourceIds;

    bool isRange() const { return min.has_value() && max.has_value(); }
    double high() const { return isRange() ? *max : value.value_or(0.0); }
    double low() const { return isRange() ? *min : value.value_or(0.0); }
};

struct ChartSeries
{
    QString key;                  // stable: ids joined, e.g. "us|SY"
    QString name;                 // legend text
    int colorIndex = 0;           // by key: the same in every panel, whatever the filter and sort
    QList<ChartItem> items;       // in date order
};

struct ChartPanel
{
    ChartPanelKind kind = ChartPanelKind::Levels;
    QString title;                // empty when the chart has a single panel
    QString valueAxisTitle;       // with the unit
    QString timeAxisTitle;        // empty for Changes
    bool logarithmic = false;     // value axis on a log scale (Levels only)
    // When valid, the time axis covers at least these days, so that small multiples line up.
    QDate spanStart;
    QDate spanEnd;
    QList<ChartSeries> series;

    int itemCount() const
    {
        int count = 0;
        for (const ChartSeries &s : series)
            count += int(s.items.size());
        return count;
    }
};

struct ChartData
{
    QString name;
    QString title;
    QString subtitle;
    QList<ChartPanel> panels;     // Levels, Periods, Changes, only those with items
    QStringList notes;            // qualifier marks, how ranges and changes are drawn
    QString sourceLine;           // "Sources: outlet, date; …"
    QString emptyText;            // shown instead of panels when nothing passes the filter
    Formatter formatter;          // axis ticks; its language picks the fonts
    bool rightToLeft = false;

    bool isEmpty() const { return panels.isEmpty(); }
    const ChartItem *item(const QString &figureId) const
    {
        for (const ChartPanel &panel : panels)
            for (const ChartSeries &series : panel.series)
                for (const ChartItem &item : series.items)
                    if (item.figureId == figureId)
                        return &item;
        return nullptr;
    }
};

} // namespace Atlas
