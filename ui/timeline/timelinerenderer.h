// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "formatter.h"
#include "timelinelayout.h"
#include "timelinescale.h"

#include <QColor>
#include <QDate>
#include <QFont>
#include <QHash>
#include <QPalette>
#include <QRectF>
#include <QSet>
#include <QString>
#include <QStringList>

class QFontMetricsF;
class QPainter;
class QPaintDevice;

namespace Atlas {


/*
 * Paints a laid-out timeline onto any QPainter: the axis with its ticks, the lanes, the items
 * (dots, hatched uncertainty bars, solid range bars, "≈" inferred dates), conflict links,
 * clusters, the selection, the time-window band and the legend. The widget and the exporters
 * (PNG, SVG, PDF) share it, so what is exported is what is seen. Holds only its inputs and a
 * cache of tick labels; owns no data.
 */
class TimelineRenderer
{
public:
    struct State
    {
        QPalette palette;
        QFont font;
        Formatter formatter;
        QStringList categories;               // every category of the dataset, legend order
        QHash<QString, QString> categoryText; // translated names
        QSet<QString> hiddenCategories;
        bool legendListsHidden = true;        // greyed entries for hidden lanes (the view's toggles)
        QSet<QString> selectedIds;
        QString currentId;
        int hoveredItem = -1;
        int hoveredCluster = -1;
        QDate windowFrom;                     // the time-window band; invalid ends are open
        QDate windowTo;
        bool showWindow = false;
        bool conflictLegend = false;          // a legend entry for the conflict links
        // The legend's rows at most (0: as many as every whole entry needs). Past them names
        // are shortened, then the last entries give way to a "+N more" entry.
        int legendMaxRows = 0;
        QString emptyText;                    // shown when nothing is laid out
        double verticalOffset = 0;            // lanes scrolled up by this many pixels
    };

    struct LegendEntry
    {
        enum Kind { Category, Conflicts, More };
        QString category;                     // empty for the conflict links' and the "more" entry
        QRectF rect;
        Kind kind = Category;
        QString text;                         // as drawn: shortened when the rows are few
        bool elided = false;
        QStringList moreCategories;           // the More entry: the categories it stands for
    };
    static QString conflictLegendText();
    // "+3 more", with the number in the formatter's digits.
    static QString moreLegendText(int count, const Formatter &formatter);
    static QColor conflictColor(const QPalette &palette);

    explicit TimelineRenderer(const QPaintDevice *device = nullptr);

    // Sizes that follow the font (and the device's DPI), for TimelineLayout::Options.
    TimelineLayout::Options layoutOptions(const QFont &font) const;
    double axisHeight(const QFont &font) const;
    double legendHeight(double width, const State &state) const;
    QList<LegendEntry> legendEntries(const QRectF &area, const State &state,
                                     Qt::LayoutDirection direction) const;

    // Paints everything into `area` (axis at its top, legend at its bottom). The layout's
    // top must be axisHeight() below area.top().
    void paint(QPainter &painter, const QRectF &area, const TimelineScale &scale,
               const TimelineLayout &layout, const State &state);

    static QColor categoryColor(const QString &category, const QStringList &categories,
                                const QPalette &palette);
    // "12 events", with the number in the formatter's digits.
    static QString clusterText(int count, const Formatter &formatter);

private:
    void paintBackground(QPainter &painter, const QRectF &lanesArea, const TimelineLayout &layout,
                         const State &state) const;
    void paintGrid(QPainter &painter, const QRectF &lanesArea, const QList<TimelineScale::Tick> &ticks,
                   const State &state) const;
    void paintWindow(QPainter &painter, const QRectF &area, const TimelineScale &scale,
                     const State &state) const;
    void paintConflicts(QPainter &painter, const TimelineScale &scale, const TimelineLayout &layout,
                        const State &state) const;
    void paintItems(QPainter &painter, const QRectF &lanesArea, const TimelineScale &scale,
                    const TimelineLayout &layout, const State &state) const;
    void paintItem(QPainter &painter, const QFontMetricsF &metrics, const QRectF &visibleArea, const TimelineScale &scale,
                   const TimelineLayout &layout, const TimelineLayout::Placed &placed, const State &state,
                   const QColor &color) const;
    void paintDensity(QPainter &painter, const QRectF &lanesArea, const TimelineScale &scale,
                      const TimelineLayout &layout, const State &state) const;
    void paintClusters(QPainter &painter, const QRectF &lanesArea, const TimelineScale &scale,
                       const TimelineLayout &layout, const State &state) const;
    void paintLaneHeaders(QPainter &painter, const QRectF &lanesArea, const TimelineLayout &layout,
                          const State &state, Qt::LayoutDirection direction) const;
    void paintAxis(QPainter &painter, const QRectF &axisArea, const TimelineScale &scale,
                   const State &state);
    void paintLegend(QPainter &painter, const QRectF &legendArea, const State &state,
                     Qt::LayoutDirection direction) const;
    QString tickLabel(const TimelineScale::Tick &tick, const Formatter &formatter);

    const QPaintDevice *m_device;
    QHash<QString, QString> m_labelCache; // tick labels by unit, level and date
    Language m_labelLanguage = Language::English;
    DigitStyle m_labelDigits = DigitStyle::Latin;
};

} // namespace Atlas
