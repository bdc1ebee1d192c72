// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringView>

#include <array>

/*
 * The closed vocabularies of the dataset format (schema 1, docs/dataset.md), in one place:
 * DatasetLoader rejects any other value, and the UI maps each id to a translated name.
 * Metrics, place kinds, actor kinds and qualifiers are open vocabularies and are not listed here.
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

} // namespace Atlas::Vocabulary
