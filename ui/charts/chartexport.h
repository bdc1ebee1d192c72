// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "filterstate.h"

#include <QSize>
#include <QString>
#include <QStringList>

namespace Atlas {

class AtlasDocument;

// What to export: a catalogue chart, where, as what, how big.
struct ChartExportOptions
{
    QString chartName;        // ChartCatalog::names()
    QString fileName;
    QString format;           // "svg", "png" or "pdf"; empty: taken from the file name's suffix
    QSize size { 1200, 800 }; // logical units (CSS pixels at 96 dpi)
    int dpi = 96;             // PNG: pixel size = size × dpi / 96 (or pixelSize); 96–600
    // PNG only, when valid: the file's exact pixels, as the export dialog asks them; the chart is
    // then laid out at pixelSize × 96 / dpi units and `size` is not used.
    QSize pixelSize;
    FilterState filter;       // the figures drawn (usually the document's filter()->state())
};

/*
 * Publication export of the charts, the same drawing as on screen (ChartScene) of the document's
 * figures that pass the options' filter, in the document's language, through a private proxy
 * (the document is not touched): PNG at a chosen size and resolution, SVG and PDF as vectors
 * with text kept as text. Works headless (a QApplication must exist, no window is shown). Files
 * are written atomically: a failed export leaves any previous file untouched.
 */
namespace ChartExport {

constexpr int MinimumDpi = 96;
constexpr int MaximumDpi = 600;
constexpr int MinimumSide = 200;    // logical units
constexpr int MaximumSide = 10000;
constexpr int MaximumPixelSide = 20000;

QStringList formats();                               // "svg", "png", "pdf"
QSize pixelSize(QSize size, int dpi);                // what a PNG of size × dpi / 96 measures
QSize pixelSize(const ChartExportOptions &options);  // what a PNG of these options measures
QSizeF layoutSize(const ChartExportOptions &options); // the units the chart is laid out in
// Empty when the options can be exported; otherwise a message naming what is wrong.
QString validate(const ChartExportOptions &options);
// The format an export will use: options.format, or the suffix of fileName.
QString effectiveFormat(const ChartExportOptions &options);

} // namespace ChartExport

bool exportChart(const AtlasDocument &document, const ChartExportOptions &options, QString *errorMessage);

// Puts the chart of the document's filtered figures on the clipboard as an image (at
// size × dpi / 96) and as SVG.
bool copyChartToClipboard(const AtlasDocument &document, const QString &chartName, QSize size = { 1200, 800 },
                          int dpi = 96, QString *errorMessage = nullptr);
// The same for the options' chart, size and resolution (the image as a PNG export would be).
bool copyChartToClipboard(const AtlasDocument &document, const ChartExportOptions &options, QString *errorMessage);

} // namespace Atlas
