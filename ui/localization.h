// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dataset.h"
#include "formatter.h"

#include <QLocale>
#include <QObject>
#include <QStringList>

#include <optional>

class QTranslator;

namespace Atlas {

/*
 * The user-interface language of the running application: installs the application's Arabic
 * translation (":/i18n/coalition-atlas_ar.qm") and Qt's own (qtbase_ar.qm, for the standard
 * dialogs), sets the layout direction (right to left in Arabic) and the application font.
 * Owns its two translators; one instance per application, made in main().
 *
 * Fonts: setLanguage() sets the application font to interfaceFamilies(), Noto Sans Arabic first
 * in Arabic and Noto Sans first in English, each followed by the other script's faces. The
 * constructor registers Noto Sans Arabic and Noto Naskh Arabic as substitutes for Noto Kufi
 * Arabic and for the families a style sheet, a chart or fontconfig may name (Sans Serif,
 * sans-serif, Noto Sans, DejaVu Sans, Arial, Helvetica), and Naskh for serif, so Arabic text
 * falls back neither to Kufi, whose geometric letters read poorly at interface sizes, nor to a
 * face without Arabic letters. readingArabicFamilies() lists the faces for reading text (Naskh,
 * then Sans Arabic); the details pane, the article viewer, the charts and the briefing sheets
 * name their own families.
 */
class Localization : public QObject
{
    Q_OBJECT

public:
    explicit Localization(QObject *parent = nullptr);
    ~Localization() override;

    // Installs the translators of `language` (none for English), the layout direction and the
    // fonts. Returns false when the application's translation could not be loaded.
    bool setLanguage(Language language);
    Language language() const { return m_language; }
    // Whether Qt's own translation (standard dialogs and buttons) was found for the language.
    bool hasQtTranslation() const { return m_qtLoaded; }

    // "ar"/"en" and back; nullopt for anything else.
    static QString code(Language language);
    static std::optional<Language> fromCode(const QString &code);
    // Arabic when the system locale's language is Arabic, else English.
    static Language systemLanguage();
    // The resource path of the application's compiled translation for `language`.
    static QString translationPath(Language language);

    // For Qt's own number fields (spin boxes): a locale that writes and reads `digits`, without
    // group separators, so a size typed or shown reads as the Formatter's numbers beside it do.
    static QLocale numberLocale(DigitStyle digits);

    // Font families, in fallback order, for interface text and for reading Arabic text.
    static QStringList interfaceFamilies(Language language);
    static QStringList readingArabicFamilies();

private:
    void applyFonts(Language language);

    QTranslator *m_appTranslator;
    QTranslator *m_qtTranslator;
    Language m_language = Language::English;
    bool m_qtLoaded = false;
};

} // namespace Atlas
