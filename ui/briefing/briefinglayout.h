// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "briefingcontent.h"
#include "briefingstyle.h"

#include <QCoreApplication>
#include <QList>
#include <QRectF>
#include <QString>

namespace Atlas {

// One positioned piece of a page. Rects are in layout units, left-to-right; the renderer
// mirrors them for a right-to-left sheet.
struct BriefingBlock
{
    enum class Kind { Header, Heading, Notice, Map, TableHeader, FigureRow, Chart, Event, Source, CountTables, AppendixEvent };

    Kind kind = Kind::Notice;
    QRectF rect;
    int index = -1;   // FigureRow, Event, Source, AppendixEvent: row in the sheet's list; Chart: chart index;
                      // CountTables: the first of the (up to) two count tables side by side
    QString text;     // Heading and Notice: the text
};

struct BriefingPage
{
    int sheet = 0;            // index into the sheets
    int pageInSheet = 0;      // 0-based
    int sheetPageCount = 0;
    QList<BriefingBlock> blocks;
    QRectF footer;

    QList<BriefingBlock> blocksOf(BriefingBlock::Kind kind) const;
};

/*
 * Turns BriefingSheets into pages of positioned blocks: header, then map, key figures, charts,
 * events and sources as the sheet's sections ask, each under a heading. A summarised sheet
 * puts its note and count tables (two side by side) before its top events, and its appendix of
 * every event after the sources, on a new page. Content flows onto new
 * pages and is never shrunk; a heading always stays with its first row or entry, a table
 * continued on a new page repeats its column header, and each sheet starts on a new page. The
 * footer band of every page is reserved for the renderer (page X of Y, the "as reported" line,
 * dataset version and filter). Measures text with the style's fonts; draws nothing.
 *
 * The geometry inside a block (columns of a figure row, the parts of an event) is computed by
 * the static helpers below, so the layout and the renderer agree on it.
 */
class BriefingLayout
{
    Q_DECLARE_TR_FUNCTIONS(Atlas::BriefingLayout)

public:
    explicit BriefingLayout(const BriefingStyle &style);

    QList<BriefingPage> layout(const QList<BriefingSheet> &sheets) const;

    // Figure table columns as x offsets and widths within a content width: what, value, date, source.
    struct Columns
    {
        std::array<double, 4> left {};
        std::array<double, 4> width {};
    };
    static Columns figureColumns(double width);
    static QStringList figureHeaderTexts();
    double figureRowHeight(const BriefingFigureRow &row, double width) const;
    double tableHeaderHeight(double width) const;

    struct EventParts
    {
        QRectF date;
        QRectF title;
        QRectF details;
        QRectF quote;
        QRectF quoteBar;  // marks the quotation on its right, Arabic's reading start
        QRectF reference;
        double height = 0;
    };
    EventParts eventParts(const BriefingEventEntry &entry, double width) const;

    struct HeaderParts
    {
        QRectF title;
        QRectF subtitle;
        QRectF period;
        QRectF meta;
        double height = 0;
    };
    HeaderParts headerParts(const BriefingSheet &sheet, double width) const;
    static QString metaLine(const BriefingSheet &sheet);

    // Count tables of a summarised sheet, two to a row of `width`.
    static double countColumnWidth(double width);
    static double countNameWidth(double columnWidth);
    double countTitleHeight(const BriefingCountTable &table, double columnWidth) const;
    double countRowHeight(const BriefingCountTable::Row &row, double columnWidth) const;
    double countMoreHeight(const BriefingCountTable &table, double columnWidth) const;
    double countTableHeight(const BriefingCountTable &table, double columnWidth) const;
    static QString summaryTitle();
    static QString topEventsTitle();
    static QString appendixTitle();

    double footerHeight(const BriefingSheet &sheet, double width) const;
    static constexpr double PageNumberWidth = 150;
    double mapHeight() const;
    double chartHeight(int panels) const; // a chart of several panels gets more room

    static QString sectionTitle(BriefingSection section);
    static QString emptyNotice();

private:
    const BriefingStyle &m_style;
};

} // namespace Atlas
