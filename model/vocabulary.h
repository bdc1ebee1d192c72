// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>

#include <array>

/*
 * The closed vocabularies of the dataset format (schema 1, docs/dataset.md), in one place:
 * DatasetLoader rejects any other value, and the UI maps each id to a translated name.
 * Metrics, place kinds, actor kinds and qualifiers are open vocabularies and are not listed here.
 *
 * The translated display names (categoryName() and friends, vocabulary.cpp) are shared by every
 * model and view, so a category reads the same in the table, the timeline legend and the filter
 * bar. An id without a translated name is shown as itself with '_' turned into spaces.
 */
namespace Atlas::Vocabulary {

inline constexpr std::array<QStringView, 13> EventCategories{
    u"military_operation", u"strike", u"leadership_killed", u"withdrawal_handover",
    u"deployment", u"agreement", u"diplomacy_statement", u"assessment", u"patrol",
    u"attack", u"report", u"founding", u"territorial_change",
};

// Indexed like Atlas::DatePrecision.
inline constexpr std::array<QStringView, 3> DatePrecisions{ u"year", u"month", u"day" };

// Indexed like Atlas::FigureKind.
inline constexpr std::array<QStringView, 3> FigureKinds{ u"stock", u"flow", u"change" };

inline constexpr std::array<QStringView, 2> ChangeDirections{ u"increase", u"decrease" };

inline constexpr std::array<QStringView, 2> CoordPrecisions{ u"exact", u"approximate" };

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
// Countries of the theatre and the coalition by ISO 3166-1 alpha-2 code ("SY" -> Syria).
QString countryName(const QString &code);

// The metrics that have a translated name, in display order (for pickers and legends); the
// categories are EventCategories above.
QStringList knownMetrics();

} // namespace Atlas::Vocabulary
