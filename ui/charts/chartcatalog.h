// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "eventaggregation.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Atlas {

/*
 * The charts the application draws, each a named group of dataset metrics. A chart shows every
 * figure whose metric is in its group, split by the figure's kind: stocks as points in time
 * (ranges as min–max whiskers), flows as bars over the period they cover, and percentage changes
 * as a diverging bar chart around zero. So a new figure of a known metric appears without code
 * changes, and a new chart is one more entry here. Names are stable: the command line uses them.
 * No QtCharts types here; the definitions are plain values.
 */
class ChartCatalog
{
public:
    // What tells the series of a chart apart (joined in this order for the series name).
    enum class SeriesPart { Metric, Subject, Theater, EstimatedBy };

    struct Definition
    {
        QString name;                  // stable, e.g. "troops"
        QStringList metrics;           // dataset metric ids drawn by this chart
        QList<SeriesPart> seriesParts; // Metric is added by itself to a panel the dataset gives several metrics
        bool labelWithSource = false;  // point labels name the outlet ("each count with its source")
        bool logarithmic = false;      // levels on a log scale when they span more than a decade
        // Event charts: counts (or fatality sums) of the filtered events per time bin, one small
        // multiple per group (the top groups, Other, None), instead of figures of `metrics`.
        struct Events
        {
            TimeBin bin = TimeBin::Month;
            EventGrouping grouping = EventGrouping::Category;
            bool fatalities = false;
            int topGroups = 4;
        };
        std::optional<Events> events = std::nullopt;
    };

    static QStringList names();
    static bool contains(const QString &name);
    static QString title(const QString &name);       // translated; empty for unknown names
    static QString description(const QString &name); // translated one-liner
    static std::optional<Definition> definition(const QString &name);
    static QList<Definition> definitions();
};

} // namespace Atlas
