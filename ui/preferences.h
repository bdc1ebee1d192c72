// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dataset.h"
#include "formatter.h"
#include "timelineview.h"

#include <optional>

class QSettings;
class QWidget;

namespace Atlas {

class AtlasDocument;

/*
 * The user's choices about language and the writing of numbers and dates, as stored in
 * QSettings. Unset choices follow the language: Arabic-Indic digits in Arabic (unless the
 * system's Arabic locale writes Latin digits), Latin digits in English. A plain value.
 */
struct Preferences
{
    std::optional<Language> language;          // unset: the system locale's
    std::optional<DigitStyle> digits;          // unset: by language and locale
    std::optional<ArabicMonthNames> monthNames; // unset: by locale (Levantine unless Egypt, Gulf, Maghreb)
    bool showHijri = false;
    TimelineView::AxisDirection axisDirection = TimelineView::AxisDirection::FollowLayout;
    QString editorName;                        // who edits: marks edited events; empty: the login name

    static Preferences load(const QSettings &settings);
    static Preferences load();                 // from QSettings()
    void save(QSettings &settings) const;
    void save() const;

    // The language to use when the command line asks for none.
    Language effectiveLanguage() const;
    DigitStyle effectiveDigits(Language uiLanguage) const;
    ArabicMonthNames effectiveMonthNames() const;
    // The name edits are marked with: editorName, or the login name.
    QString effectiveEditorName() const;
    static QString systemUserName();
    // The Formatter of these choices for `uiLanguage`.
    Formatter formatter(Language uiLanguage) const;

    bool operator==(const Preferences &) const = default;
};

// Gives the document the formatter of `preferences` and every TimelineView under `window`
// its axis direction. The language itself is applied by Localization at start-up.
void applyPreferences(const Preferences &preferences, AtlasDocument *document, QWidget *window);

} // namespace Atlas
