// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QSize>
#include <QString>
#include <QStringList>

#include <optional>

/*
 * What the user asked for on the command line, parsed and validated before any window or
 * export exists. parseCommandLine() never exits the process: main() decides what to print and
 * which exit code to return, so the parsing is unit-testable.
 */
struct CommandLineRequest
{
    enum class Action {
        OpenWindow, ShowHelp, ShowVersion, ListCharts, ExportTimeline, ExportChart, ExportMap, Briefing,
        ExportDataset, // the open dataset as JSON to outputFile
        SaveProject,   // the open dataset as a project file (GeoPackage) to outputFile
        Info,          // what datasetPath holds, as one JSON object on stdout
        ExtractArticle, // the candidates of articleFile as JSON Lines on stdout
        Import,        // importFile into outputFile (new) or intoFile (existing); no dataset is opened
        ExportAnimation, // a video (.mp4, .webm) or a folder of PNG frames to outputFile
        ExportEvents,  // the events of the time window to outputFile (.csv, .geojson, .kml)
    };

    Action action = Action::OpenWindow;
    QString datasetPath;        // --dataset or the file argument; empty: the bundled dataset; also the file of --info
    QString language;           // "ar", "en" or empty (settings, then system locale)
    QString outputFile;
    QString chartName;
    QString format;             // svg, png, pdf
    QDate from;                 // invalid: open
    QDate to;
    bool datesInside = false;   // --window-match inside: dates must lie inside the window, not overlap it
    QSize size;                 // invalid: the exporter's default
    int dpi = 96;
    QString paper = QStringLiteral("a4");           // briefing: a4, letter
    QString orientation = QStringLiteral("portrait"); // briefing: portrait, landscape
    QString atlas = QStringLiteral("none");         // briefing: none, year, site
    bool briefingAppendix = false;                  // --briefing-appendix: every event after a summary
    QString articleFile;        // --extract-article
    QDate published;            // --published; invalid: the publication date is unknown
    QDate publishedLast;        // its last day: --published may be YYYY or YYYY-MM
    QString importFile;         // --import
    QString importFormat;       // acled, ucdp-ged, csv, geojson, kml; empty: from the header
    QString mappingFile;        // --mapping (csv)
    QString intoFile;           // --into
    bool strict = false;        // --strict
    QString step;               // animation: week, month, quarter, year
    QString window;             // animation: a span ("month", "90d"); empty: as long as the step
    bool accumulate = false;    // animation: everything from --from up to each frame
    int fps = 4;                // animation: frames a second
    QString view = QStringLiteral("composed"); // animation: map, timeline, composed

    bool isHeadless() const { return action != Action::OpenWindow; }
};

struct CommandLineResult
{
    CommandLineRequest request;
    QString error;              // non-empty: a usage error to print, exit code 2
    QString helpText;
};

// `arguments` includes the program name, as QCoreApplication::arguments() does.
CommandLineResult parseCommandLine(const QStringList &arguments);

// Whether the arguments ask for a headless command, decided before QApplication exists so that
// main() can choose the offscreen platform when there is no display.
bool wantsHeadless(int argc, char **argv);

// "2023", "2023-04" or "2023-04-24"; `endOfPeriod` picks the last day of a year or month.
std::optional<QDate> parsePeriodDate(const QString &text, bool endOfPeriod);
