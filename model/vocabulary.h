// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dataset.h"

#include <QString>
#include <QStringList>
#include <QStringView>

#include <array>
#include <optional>

/*
 * The closed vocabularies of the dataset format (schema 1, docs/dataset.md), in one place:
 * DatasetLoader rejects any other value, and the UI maps each id to a translated name.
 * Metrics, place kinds, actor kinds and qualifiers are open vocabularies and are not listed here.
 *
 * The translated display names (categoryName() and friends, vocabulary.cpp) are shared by every
 * model and view, so a category reads the same in the table, the timeline legend and the filter
 * bar. An id without a translated name is shown as itself with '_' turned into spaces.
 *
 * Qualifiers, units and countries are worded here too, for both languages: the figure table and
 * the details pane (through Formatter::figureValue()) and the charts (ChartDataBuilder) take
 * their marks, phrases and names from these functions and nowhere else, so "≈" in a chart is
 * "about" in the table. The functions that take a Language write English as it stands in the
 * tables of vocabulary.cpp and Arabic through the application's translation
 * (resources/translations/coalition-atlas_ar.ts, context "Atlas::Vocabulary").
 */
namespace Atlas::Vocabulary {

inline constexpr std::array<QStringView, 15> EventCategories{
    u"military_operation", u"strike", u"leadership_killed", u"withdrawal_handover",
    u"deployment", u"agreement", u"diplomacy_statement", u"assessment", u"patrol",
    u"attack", u"report", u"founding", u"territorial_change",
    // Imported data (docs/import.md): ACLED's protests and riots, and violence against civilians.
    u"protest", u"violence_against_civilians",
};

// Indexed like Atlas::DatePrecision.
inline constexpr std::array<QStringView, 4> DatePrecisions{ u"year", u"month", u"week", u"day" };

// Indexed like Atlas::FigureKind.
inline constexpr std::array<QStringView, 3> FigureKinds{ u"stock", u"flow", u"change" };

inline constexpr std::array<QStringView, 2> ChangeDirections{ u"increase", u"decrease" };

// Indexed like Atlas::CoordPrecision.
inline constexpr std::array<QStringView, 6> CoordPrecisions{ u"exact", u"approximate", u"district",
                                                             u"province", u"country", u"unknown" };

template<std::size_t N>
constexpr bool contains(const std::array<QStringView, N> &vocabulary, QStringView word)
{
    for (QStringView entry : vocabulary) {
        if (entry == word)
            return true;
    }
    return false;
}

QString categoryName(const QString &id);
QString metricName(const QString &id);
QString placeKindName(const QString &id);
QString actorKindName(const QString &id);

// The metrics that have a translated name, in display order (for pickers and legends); the
// categories are EventCategories above.
QStringList knownMetrics();

// Category ids in display order (the order of EventCategories; ids it lacks follow,
// alphabetically), for the filter bar's chips and the timeline's lanes and legend.
QStringList sortedCategories(QStringList ids);

// --- Countries ---

// A country by its ISO 3166-1 alpha-2 code ("SY" -> "Syria" / "سوريا"). Codes outside the
// table, and Arabic while no Arabic translation is loaded, take the CLDR name that QLocale
// knows; a code QLocale does not know is shown as it is.
QString countryName(const QString &code, Language language);
QStringList knownCountries();

// --- Qualifiers: how the source hedges a figure's number (docs/dataset.md) ---

// The mark a chart draws before the number: "≈" (about, nearly, estimated, about_range,
// approximately_half), ">", "≥", "≤", "<"; empty for exact, range and order_of_magnitude (whose
// words are the label); "*" for a qualifier this version does not know.
QString qualifierMark(const QString &qualifier);
// What a mark stands for, for a chart's notes: "about", "bounds themselves approximate".
QString qualifierMeaning(const QString &qualifier, Language language);
// An amount (a number or a range, with its unit) inside the words of its qualifier:
// "about 900 troops", "an estimated 347,000,000 US dollars"; exact and range leave it as it is.
// An order of magnitude is said in the source's words, which its bounds encode:
// min 10,000 and max 99,999 give "tens of thousands (10,000–99,999 fighters)".
QString qualifiedAmount(const QString &qualifier, const QString &amount, Language language,
                        std::optional<double> min = std::nullopt, std::optional<double> max = std::nullopt);
// Whether min and max are the widest reading of a vague word, not an estimate (order_of_magnitude).
bool isVagueQuantity(const QString &qualifier);
QStringList knownQualifiers(); // without the synonyms (approximately, over…) they also accept

// --- Units ---

enum class UnitKind {
    Count,    // a number of things: troops, countries, US dollars…
    Percent,  // the number is a percentage: 68 is 68%
    Fraction, // a share of one: 0.3333 is 33.3%
    Ratio     // a multiple of the figure's baseline: 2 is "2 times the baseline"
};

UnitKind unitKind(const QString &unit); // Count for units outside the table
// The unit on its own, for axis titles and legends: "troops", "US dollars", "%".
QString unitName(const QString &unit, Language language);
// An amount already written as text, with its unit: "900 troops", "٩٠٠ جندي", "1 troop".
// `count` is the amount as a number when it is a single number; it picks the plural form
// (Arabic has six). A range or a fraction (no count) reads in the plural form of numbers like
// 100. Percentages and fractions are returned as they are: the amount carries its "%".
QString amountWithUnit(const QString &unit, const QString &amount, std::optional<double> count, Language language);
QStringList knownUnits(); // without the synonyms (persons, %) they also accept

} // namespace Atlas::Vocabulary
