// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "briefingoptions.h"
#include "chartdata.h"
#include "dataset.h"
#include "filterstate.h"
#include "formatter.h"
#include "mapscene.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

namespace Atlas {

class AtlasDocument;
class DatasetModels;

// One row of the key figures table, every cell as the sheet prints it.
struct BriefingFigureRow
{
    QString figureId;
    QString what;        // metric name
    QString label;       // the figure's label in the sheet language
    QString value;       // Formatter::figureValue
    QString date;        // as of, at its precision
    QString source;      // outlet, date (and who estimated it)
};

// A quotation with where it comes from.
struct BriefingCitation
{
    QString sourceId;
    QString quote;       // Arabic, verbatim
    QString reference;   // "Outlet, date · Article title"
};

struct BriefingEventEntry
{
    QString eventId;
    QString date;
    QString title;
    QString details;     // category · places
    bool selected = false;
    QList<BriefingCitation> citations; // the first citation of the event
};

// One table of counts of a summarising sheet: "Events by country" and its rows as printed.
struct BriefingCountTable
{
    struct Row
    {
        QString name;
        QString count;
    };
    QString title;
    QList<Row> rows;     // the most frequent first, at most BriefingCountTable::MaximumRows
    QString more;        // "and 12 more", empty when every key is listed

    static constexpr int MaximumRows = 10;
};

struct BriefingSourceEntry
{
    QString sourceId;
    QString text;        // outlet, date, title, file
};

/*
 * The content of one briefing sheet as plain values in the sheet's language: header lines, the
 * filter it was made with, key figure rows, the map scene, the data of its charts, events with
 * their citations, and the sources they cite. BriefingCollector fills it once; BriefingLayout
 * places it; BriefingRenderer paints it on any device without going back to the document.
 */
struct BriefingSheet
{
    Language language = Language::English;
    Formatter formatter;   // language, digits and month names of every number and date
    QString title;
    QString subtitle;    // atlas mode: the year or site of this sheet
    QString period;      // "Period covered: August 2014 – September 2026"
    QString dataset;     // "Dataset: Coalition Atlas seed dataset, version 1.0.0"
    QString generated;   // "Generated on 21 November 2026"
    QString filterText;  // the filter line of the footer
    QString reportedNote;
    FilterState filter;
    BriefingSections sections;
    QList<BriefingFigureRow> figures;
    MapScene map;                 // the places of the sheet's events, the current event's ringed
    QList<ChartData> charts;      // charts with figures in the window, at most two
    QStringList chartNotices;     // one line per chosen chart that has nothing to show
    // Above BriefingOptions::summaryThreshold events the sheet summarises: `events` holds the
    // top-ranked events only, `counts` and `summaryNote` say what all of them add up to, and
    // `appendix` lists every event, oldest first, when the options ask for it.
    bool summarised = false;
    QString summaryNote;
    QList<BriefingCountTable> counts;
    QList<BriefingEventEntry> events;
    QList<BriefingEventEntry> appendix;
    QList<BriefingSourceEntry> sources;

    bool isEmpty() const { return figures.isEmpty() && events.isEmpty(); }
    bool isRightToLeft() const { return language == Language::Arabic; }
};

/*
 * Reads a document and BriefingOptions into the BriefingSheets to print: one for the window, or
 * one per year or per site in atlas mode (an atlas with nothing in the window gives one empty
 * sheet that says so). Reads the dataset through models of its own in the sheet's language and
 * proxies of its own for each sheet's FilterState, so the document, its filter, its language
 * and its views are never touched. Stateless.
 */
class BriefingCollector
{
    Q_DECLARE_TR_FUNCTIONS(Atlas::BriefingCollector)

public:
    static QList<BriefingSheet> collect(const AtlasDocument &document, const BriefingOptions &options);
    // The window the options resolve to (open ends closed by the filter, then the dataset).
    static std::pair<QDate, QDate> resolvedWindow(const AtlasDocument &document, const BriefingOptions &options);

private:
    static BriefingSheet collectSheet(const AtlasDocument &document, DatasetModels &models,
                                      const BriefingOptions &options, const FilterState &filter,
                                      const QString &subtitle);
    // The summary note and the count tables of a summarising sheet.
    static void summarise(BriefingSheet &sheet, const Dataset &dataset, const QList<const Event *> &events, int topCount);
};

} // namespace Atlas
