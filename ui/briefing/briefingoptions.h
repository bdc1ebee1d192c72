// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dataset.h"
#include "filterstate.h"
#include "formatter.h"

#include <QDate>
#include <QDateTime>
#include <QPageLayout>
#include <QPageSize>
#include <QString>
#include <QStringList>

#include <optional>

namespace Atlas {

// What a briefing sheet holds besides its header and footer; a set of flags.
enum class BriefingSection : unsigned {
    Map = 1u << 0,
    KeyFigures = 1u << 1,
    Charts = 1u << 2,
    Events = 1u << 3,
    Sources = 1u << 4,
};
Q_DECLARE_FLAGS(BriefingSections, BriefingSection)
Q_DECLARE_OPERATORS_FOR_FLAGS(BriefingSections)

// One sheet for the whole window, or one per year of it, or one per site with events.
enum class BriefingAtlasMode { None, Year, Site };

/*
 * Everything a briefing asks for: its title, the filter it summarises (usually the document's
 * filter()->state()), the time window (invalid ends: the filter's window, then the whole
 * dataset), paper, sections, charts, atlas mode, language and digits, and the time it says it
 * was generated (a fixed value makes output reproducible for tests).
 * Plain value; BriefingDialog edits it, writeBriefingPdf() and BriefingActions consume it.
 */
struct BriefingOptions
{
    QString title;                           // empty: defaultTitle()
    FilterState filter;                      // categories, places, sources, text and window
    QDate from;
    QDate to;
    bool useDocumentWindow = true;           // an invalid from/to takes the filter's window first
    QPageSize::PageSizeId paper = QPageSize::A4;
    QPageLayout::Orientation orientation = QPageLayout::Portrait;
    BriefingSections sections = BriefingSections(BriefingSection::Map) | BriefingSection::KeyFigures
        | BriefingSection::Charts | BriefingSection::Events | BriefingSection::Sources;
    QStringList charts { QStringLiteral("troops") }; // ChartCatalog names, at most two are drawn
    BriefingAtlasMode atlasMode = BriefingAtlasMode::None;
    std::optional<Language> language;        // unset: the document's language
    std::optional<DigitStyle> digits;        // unset: as the document's formatter writes them
    QDateTime generated;                     // invalid: now
    // A sheet with more events than summaryThreshold summarises them (counts and the
    // topEventCount top-ranked events, docs/briefing-summary.md); appendix adds the full list.
    int summaryThreshold = DefaultSummaryThreshold;
    int topEventCount = DefaultTopEventCount;
    bool appendix = false;

    static constexpr int MaximumCharts = 2;
    static constexpr int DefaultSummaryThreshold = 200;
    static constexpr int DefaultTopEventCount = 15;
    static QString defaultTitle();
    // Command-line words: "a4"/"letter", "portrait"/"landscape", "none"/"year"/"site".
    static std::optional<QPageSize::PageSizeId> paperFromName(const QString &name);
    static std::optional<BriefingAtlasMode> atlasModeFromName(const QString &name);
    static QString atlasModeName(BriefingAtlasMode mode);
};

} // namespace Atlas
