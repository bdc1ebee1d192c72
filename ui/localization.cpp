// SPDX-License-Identifier: GPL-3.0-or-later
#include "localization.h"

#include "menushortcutstyle.h"

#include <QApplication>
#include <QCoreApplication>
#include <QFont>
#include <QGuiApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace Atlas {

namespace {

constexpr auto SansArabic = "Noto Sans Arabic"_L1;
constexpr auto NaskhArabic = "Noto Naskh Arabic"_L1;
constexpr auto SansLatin = "Noto Sans"_L1;
constexpr auto DejaVu = "DejaVu Sans"_L1;

} // namespace

Localization::Localization(QObject *parent)
    : QObject(parent)
    , m_appTranslator(new QTranslator(this))
    , m_qtTranslator(new QTranslator(this))
{
    // Families a style sheet, a chart or fontconfig may name for Arabic text: none may end in
    // Kufi or in a font without Arabic letters (the missing-glyph boxes).
    const QStringList arabicFallback{QString(SansArabic), QString(NaskhArabic)};
    for (const QString &family : {u"Noto Kufi Arabic"_s, u"Sans Serif"_s, u"sans-serif"_s, QString(SansLatin),
                                  QString(DejaVu), u"Arial"_s, u"Helvetica"_s})
        QFont::insertSubstitutions(family, arabicFallback);
    QFont::insertSubstitutions(u"serif"_s, {QString(NaskhArabic)});
}

Localization::~Localization()
{
    QCoreApplication::removeTranslator(m_appTranslator);
    QCoreApplication::removeTranslator(m_qtTranslator);
}

bool Localization::setLanguage(Language language)
{
    QCoreApplication::removeTranslator(m_appTranslator);
    QCoreApplication::removeTranslator(m_qtTranslator);
    m_language = language;
    m_qtLoaded = false;
    bool loaded = true;
    if (language == Language::Arabic) {
        loaded = m_appTranslator->load(translationPath(language));
        if (loaded)
            QCoreApplication::installTranslator(m_appTranslator);
        m_qtLoaded = m_qtTranslator->load(QLocale(QLocale::Arabic), u"qtbase"_s, u"_"_s,
                                          QLibraryInfo::path(QLibraryInfo::TranslationsPath));
        if (m_qtLoaded)
            QCoreApplication::installTranslator(m_qtTranslator);
    }
    QGuiApplication::setLayoutDirection(language == Language::Arabic ? Qt::RightToLeft : Qt::LeftToRight);
    applyFonts(language);
    // Menus in a right-to-left interface keep "Ctrl++" as it is written.
    if (qobject_cast<QApplication *>(QCoreApplication::instance()) && language == Language::Arabic
        && !qobject_cast<MenuShortcutStyle *>(QApplication::style()))
        QApplication::setStyle(new MenuShortcutStyle);
    return loaded;
}

QString Localization::code(Language language)
{
    return language == Language::Arabic ? u"ar"_s : u"en"_s;
}

std::optional<Language> Localization::fromCode(const QString &code)
{
    if (code.compare("ar"_L1, Qt::CaseInsensitive) == 0)
        return Language::Arabic;
    if (code.compare("en"_L1, Qt::CaseInsensitive) == 0)
        return Language::English;
    return std::nullopt;
}

Language Localization::systemLanguage()
{
    return QLocale::system().language() == QLocale::Arabic ? Language::Arabic : Language::English;
}

QLocale Localization::numberLocale(DigitStyle digits)
{
    // Egyptian Arabic writes Arabic-Indic digits in CLDR; the C locale writes Latin ones.
    QLocale locale = digits == DigitStyle::ArabicIndic ? QLocale(QLocale::Arabic, QLocale::Egypt) : QLocale::c();
    locale.setNumberOptions(QLocale::OmitGroupSeparator | QLocale::RejectGroupSeparator);
    return locale;
}

QString Localization::translationPath(Language language)
{
    return u":/i18n/coalition-atlas_%1.qm"_s.arg(code(language));
}

QStringList Localization::interfaceFamilies(Language language)
{
    // The first family decides the shared characters (digits, punctuation); Latin letters fall
    // through to Noto Sans and Arabic letters to Noto Sans Arabic either way.
    if (language == Language::Arabic)
        return {QString(SansArabic), QString(SansLatin), QString(NaskhArabic), QString(DejaVu)};
    return {QString(SansLatin), QString(DejaVu), QString(SansArabic), QString(NaskhArabic)};
}

QStringList Localization::readingArabicFamilies()
{
    return {QString(NaskhArabic), QString(SansArabic)};
}

void Localization::applyFonts(Language language)
{
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return;
    QFont font = QGuiApplication::font();
    font.setFamilies(interfaceFamilies(language));
    QGuiApplication::setFont(font);
}

} // namespace Atlas
