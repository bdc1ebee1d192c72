// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "filterstate.h"

#include <QCoreApplication>
#include <QPalette>
#include <QSet>
#include <QSize>
#include <QString>

namespace Atlas {

class AtlasDocument;

struct TimelineExportOptions
{
    QString fileName;             // the suffix picks the format: .png, .svg or .pdf
    // The events drawn; its time window is also the axis (an open end: the first or last event).
    Atlas::FilterState filter;
    QSet<QString> lanes;          // categories; empty: all
    QSize pixelSize{1600, 900};   // kept, unless the lanes cannot fit even drawn smaller
    int dpi = 96;
};

/*
 * Writes the timeline of the document's events that pass the options' filter to PNG (raster at the DPI), SVG or PDF
 * (both vector, text kept as text), with the same renderer as the view, at the size asked: the
 * axis runs from the first to the last day of the window (or of the events), titles near its
 * ends go inwards (before their events) or are shortened, every event gets a row and its whole
 * title while the rows fit the height, and past that the lanes get the rows that fit and gather
 * the rest into badges and density bars. Lanes too many for one row each are drawn smaller
 * (while a line of text stays 10 pixels high at 96 dpi, and at least half size); only past
 * that does the picture grow taller (exportSize() says so, and the export dialog shows it). A PDF is one page
 * cut to the content's size (shrunk to the 200-inch PDF page limit if larger). Works without a
 * window (QT_QPA_PLATFORM=offscreen) but needs a QGuiApplication for fonts. Writes atomically
 * through QSaveFile. Stateless.
 */
class TimelineExporter
{
    Q_DECLARE_TR_FUNCTIONS(Atlas::TimelineExporter)

public:
    static bool exportTimeline(const AtlasDocument &document, const TimelineExportOptions &options,
                               QString *errorMessage);
    // The size exportTimeline() writes for these options (in pixels at their DPI): the width asked,
    // and the height asked or more when the events need more rows. Empty without a QGuiApplication.
    static QSize exportSize(const AtlasDocument &document, const TimelineExportOptions &options);
    // The light palette every export paints with, whatever the desktop's (animations too).
    static QPalette printPalette();
};

inline bool exportTimeline(const AtlasDocument &document, const TimelineExportOptions &options,
                           QString *errorMessage)
{
    return TimelineExporter::exportTimeline(document, options, errorMessage);
}

} // namespace Atlas
