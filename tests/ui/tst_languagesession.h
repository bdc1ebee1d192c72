// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "atlasdocument.h"
#include "documentloader.h"
#include "formatter.h"
#include "localization.h"
#include "mainwindow.h"
#include "preferences.h"

#include <QDir>
#include <QTest>
#include <QWidget>

#include <memory>

Q_DECLARE_METATYPE(Atlas::Language)
Q_DECLARE_METATYPE(Atlas::DigitStyle)

/*
 * The application set up in a language as main() does it — Localization's translators,
 * direction and fonts, the bundled dataset, a main window with the preferences applied — and
 * back to English when it ends; pictures for people to look at; the language × digit rows.
 * Shared by the tests of the Arabic interface, the export dialogs and the exported text.
 */
namespace AtlasTest {

struct LanguageSession
{
    explicit LanguageSession(Atlas::Language language, const Atlas::Preferences &preferences = {})
    {
        localization.setLanguage(language);
        document.setLanguage(language);
        QStringList errors;
        loaded = Atlas::loadDocument(document, Atlas::AtlasDocument::bundledDatasetPath(), &errors);
        window = std::make_unique<Atlas::MainWindow>(&document);
        Atlas::applyPreferences(preferences, &document, window.get());
    }
    ~LanguageSession()
    {
        window.reset();
        localization.setLanguage(Atlas::Language::English);
    }

    // Shows the window at `size`; false when it was not exposed.
    bool show(QSize size)
    {
        window->resize(size);
        window->show();
        return QTest::qWaitForWindowExposed(window.get());
    }

    Atlas::Localization localization;
    Atlas::AtlasDocument document;
    std::unique_ptr<Atlas::MainWindow> window;
    bool loaded = false;
};

// Saves a picture of `widget` when ATLAS_SCREENSHOT_DIR names a folder: for people to look at;
// the checks never depend on it.
inline void saveScreenshot(QWidget *widget, const QString &name)
{
    using namespace Qt::StringLiterals;
    const QString folder = qEnvironmentVariable("ATLAS_SCREENSHOT_DIR");
    if (!folder.isEmpty() && QDir().mkpath(folder))
        widget->grab().save(QDir(folder).filePath(name + u".png"_s));
}

// Columns "language" and "digits": ar/en × Latin/Arabic-Indic.
inline void addLanguageAndDigitRows()
{
    QTest::addColumn<Atlas::Language>("language");
    QTest::addColumn<Atlas::DigitStyle>("digits");
    for (const Atlas::Language language : {Atlas::Language::English, Atlas::Language::Arabic}) {
        for (const Atlas::DigitStyle digits : {Atlas::DigitStyle::Latin, Atlas::DigitStyle::ArabicIndic}) {
            QTest::addRow("%s, %s digits", language == Atlas::Language::Arabic ? "ar" : "en",
                          digits == Atlas::DigitStyle::Latin ? "Latin" : "Arabic-Indic")
                << language << digits;
        }
    }
}

} // namespace AtlasTest
