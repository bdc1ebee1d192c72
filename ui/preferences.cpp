// SPDX-License-Identifier: GPL-3.0-or-later
#include "preferences.h"

#include "atlasdocument.h"
#include "localization.h"

#include <QLocale>
#include <QSettings>
#include <QWidget>

using namespace Qt::StringLiterals;

namespace Atlas {

namespace {

const QString LanguageKey = u"ui/language"_s;
const QString DigitsKey = u"format/digits"_s;
const QString MonthNamesKey = u"format/arabicMonthNames"_s;
const QString HijriKey = u"format/showHijri"_s;
const QString AxisKey = u"timeline/axisDirection"_s;
const QString EditorNameKey = u"editing/editorName"_s;

} // namespace

Preferences Preferences::load(const QSettings &settings)
{
    Preferences preferences;
    preferences.language = Localization::fromCode(settings.value(LanguageKey).toString());
    const QString digits = settings.value(DigitsKey).toString();
    if (digits == "latin"_L1)
        preferences.digits = DigitStyle::Latin;
    else if (digits == "arabic-indic"_L1)
        preferences.digits = DigitStyle::ArabicIndic;
    const QString months = settings.value(MonthNamesKey).toString();
    if (months == "egyptian"_L1)
        preferences.monthNames = ArabicMonthNames::Egyptian;
    else if (months == "levantine"_L1)
        preferences.monthNames = ArabicMonthNames::Levantine;
    preferences.showHijri = settings.value(HijriKey, false).toBool();
    preferences.axisDirection = settings.value(AxisKey).toString() == "left-to-right"_L1
        ? TimelineView::AxisDirection::AlwaysLeftToRight
        : TimelineView::AxisDirection::FollowLayout;
    preferences.editorName = settings.value(EditorNameKey).toString();
    return preferences;
}

Preferences Preferences::load()
{
    return load(QSettings());
}

void Preferences::save(QSettings &settings) const
{
    if (language)
        settings.setValue(LanguageKey, Localization::code(*language));
    else
        settings.remove(LanguageKey);
    if (digits)
        settings.setValue(DigitsKey, *digits == DigitStyle::Latin ? u"latin"_s : u"arabic-indic"_s);
    else
        settings.remove(DigitsKey);
    if (monthNames)
        settings.setValue(MonthNamesKey, *monthNames == ArabicMonthNames::Egyptian ? u"egyptian"_s : u"levantine"_s);
    else
        settings.remove(MonthNamesKey);
    settings.setValue(HijriKey, showHijri);
    if (editorName.isEmpty())
        settings.remove(EditorNameKey);
    else
        settings.setValue(EditorNameKey, editorName);
    settings.setValue(AxisKey, axisDirection == TimelineView::AxisDirection::AlwaysLeftToRight ? u"left-to-right"_s
                                                                                              : u"follow-layout"_s);
}

void Preferences::save() const
{
    QSettings settings;
    save(settings);
}

Language Preferences::effectiveLanguage() const
{
    return language.value_or(Localization::systemLanguage());
}

DigitStyle Preferences::effectiveDigits(Language uiLanguage) const
{
    if (digits)
        return *digits;
    if (uiLanguage == Language::English)
        return DigitStyle::Latin;
    // An Arabic system locale tells which digits its region writes (Maghreb: Latin).
    const QLocale system = QLocale::system();
    if (system.language() == QLocale::Arabic)
        return system.zeroDigit() == u"0"_s ? DigitStyle::Latin : DigitStyle::ArabicIndic;
    return DigitStyle::ArabicIndic;
}

ArabicMonthNames Preferences::effectiveMonthNames() const
{
    if (monthNames)
        return *monthNames;
    // كانون الثاني… is the usage of Syria, Iraq, Lebanon, Jordan and Palestine, where the
    // sources of the dataset come from; elsewhere in the Arab world يناير… is.
    const QLocale system = QLocale::system();
    if (system.language() != QLocale::Arabic)
        return ArabicMonthNames::Levantine;
    switch (system.territory()) {
    case QLocale::Syria:
    case QLocale::Iraq:
    case QLocale::Lebanon:
    case QLocale::Jordan:
    case QLocale::PalestinianTerritories:
        return ArabicMonthNames::Levantine;
    default:
        return ArabicMonthNames::Egyptian;
    }
}

Formatter Preferences::formatter(Language uiLanguage) const
{
    Formatter result(uiLanguage, effectiveDigits(uiLanguage), effectiveMonthNames());
    result.setShowsHijri(showHijri);
    return result;
}

void applyPreferences(const Preferences &preferences, AtlasDocument *document, QWidget *window)
{
    if (document)
        document->setFormatter(preferences.formatter(document->language()));
    if (!window)
        return;
    for (TimelineView *timeline : window->findChildren<TimelineView *>())
        timeline->setAxisDirection(preferences.axisDirection);
}

} // namespace Atlas

namespace Atlas {

QString Preferences::systemUserName()
{
    const QString user = qEnvironmentVariable("USER");
    return user.isEmpty() ? qEnvironmentVariable("USERNAME") : user;
}

QString Preferences::effectiveEditorName() const
{
    return editorName.trimmed().isEmpty() ? systemUserName() : editorName.trimmed();
}

} // namespace Atlas
