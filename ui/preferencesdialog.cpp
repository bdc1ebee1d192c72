// SPDX-License-Identifier: GPL-3.0-or-later
#include "preferencesdialog.h"

#include "atlasdocument.h"
#include "localization.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Atlas {

namespace {

// Combo box items carry these codes; an empty code stands for "follow the system / language".
constexpr auto Automatic = ""_L1;

void selectData(QComboBox *box, const QString &code)
{
    const int index = box->findData(code);
    box->setCurrentIndex(index >= 0 ? index : 0);
}

} // namespace

PreferencesDialog::PreferencesDialog(const Preferences &preferences, Language runningLanguage, QWidget *parent)
    : QDialog(parent)
    , m_runningLanguage(runningLanguage)
    , m_language(new QComboBox(this))
    , m_digits(new QComboBox(this))
    , m_monthNames(new QComboBox(this))
    , m_hijri(new QCheckBox(this))
    , m_axis(new QComboBox(this))
    , m_languageNote(new QLabel(this))
    , m_languageLabel(new QLabel(this))
    , m_digitsLabel(new QLabel(this))
    , m_monthNamesLabel(new QLabel(this))
    , m_axisLabel(new QLabel(this))
{
    setObjectName(u"preferencesDialog"_s);
    m_language->setObjectName(u"languageChoice"_s);
    m_digits->setObjectName(u"digitsChoice"_s);
    m_monthNames->setObjectName(u"monthNamesChoice"_s);
    m_hijri->setObjectName(u"hijriChoice"_s);
    m_axis->setObjectName(u"axisChoice"_s);
    m_languageNote->setWordWrap(true);

    // The items' data are the codes Preferences stores; their texts are set in retranslate().
    for (const QString &code : {QString(Automatic), u"en"_s, u"ar"_s})
        m_language->addItem(QString(), code);
    for (const QString &code : {QString(Automatic), u"latin"_s, u"arabic-indic"_s})
        m_digits->addItem(QString(), code);
    for (const QString &code : {u"levantine"_s, u"egyptian"_s})
        m_monthNames->addItem(QString(), code);
    for (const QString &code : {u"follow-layout"_s, u"left-to-right"_s})
        m_axis->addItem(QString(), code);

    auto *form = new QFormLayout;
    form->addRow(m_languageLabel, m_language);
    form->addRow(QString(), m_languageNote);
    form->addRow(m_digitsLabel, m_digits);
    form->addRow(m_monthNamesLabel, m_monthNames);
    form->addRow(QString(), m_hijri);
    form->addRow(m_axisLabel, m_axis);
    m_languageLabel->setBuddy(m_language);
    m_digitsLabel->setBuddy(m_digits);
    m_monthNamesLabel->setBuddy(m_monthNames);
    m_axisLabel->setBuddy(m_axis);
    // Issue 15: the name an edited event is marked with.
    m_editorName = new QLineEdit(preferences.editorName, this);
    m_editorName->setObjectName(u"editorNameChoice"_s);
    m_editorName->setPlaceholderText(Preferences::systemUserName());
    m_editorNameLabel = new QLabel(this);
    m_editorNameLabel->setBuddy(m_editorName);
    form->addRow(m_editorNameLabel, m_editorName);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addStretch(1);
    layout->addWidget(buttons);

    retranslate();
    selectData(m_language, preferences.language ? (*preferences.language == Language::Arabic ? u"ar"_s : u"en"_s)
                                                : QString(Automatic));
    selectData(m_digits, !preferences.digits ? QString(Automatic)
                         : *preferences.digits == DigitStyle::Latin ? u"latin"_s : u"arabic-indic"_s);
    selectData(m_monthNames, preferences.effectiveMonthNames() == ArabicMonthNames::Egyptian ? u"egyptian"_s
                                                                                             : u"levantine"_s);
    m_hijri->setChecked(preferences.showHijri);
    selectData(m_axis, preferences.axisDirection == TimelineView::AxisDirection::AlwaysLeftToRight
                           ? u"left-to-right"_s : u"follow-layout"_s);
    connect(m_language, &QComboBox::currentIndexChanged, this, &PreferencesDialog::updateLanguageNote);
    updateLanguageNote();
}

void PreferencesDialog::retranslate()
{
    setWindowTitle(tr("Preferences"));
    m_languageLabel->setText(tr("&Language:"));
    m_digitsLabel->setText(tr("&Digits:"));
    m_monthNamesLabel->setText(tr("Arabic &month names:"));
    m_axisLabel->setText(tr("Timeline &axis:"));
    m_hijri->setText(tr("Show the &Hijri date beside the Gregorian date"));
    m_hijri->setToolTip(tr("In the details and tooltips, in the Umm al-Qura calendar"));

    m_language->setItemText(0, tr("Same as the system"));
    // Each language is named in itself, so that a user who cannot read the current one finds theirs.
    m_language->setItemText(1, u"English"_s);
    m_language->setItemText(2, u"العربية"_s);
    m_digits->setItemText(0, tr("By language"));
    m_digits->setItemText(1, tr("Latin (0123)"));
    m_digits->setItemText(2, tr("Arabic-Indic (٠١٢٣)"));
    updateMonthSamples();
    m_axis->setItemText(0, tr("Follow the interface direction"));
    m_axis->setItemText(1, tr("Always left to right"));
    if (m_editorNameLabel) {
        m_editorNameLabel->setText(tr("&Your name for edits:"));
        m_editorName->setToolTip(tr("An event you edit shows that you edited it, with this name (empty: your login name)"));
    }
    updateLanguageNote();
}

void PreferencesDialog::updateMonthSamples()
{
    // The samples come from ICU, the same names the dates will use.
    const Formatter levantine(Language::Arabic, DigitStyle::Latin, ArabicMonthNames::Levantine);
    const Formatter egyptian(Language::Arabic, DigitStyle::Latin, ArabicMonthNames::Egyptian);
    const QString separator = tr(", ", "separator between the items of a list");
    m_monthNames->setItemText(0, tr("Levantine and Iraqi (%1)").arg(levantine.monthName(1) + separator + levantine.monthName(2)));
    m_monthNames->setItemText(1, tr("Egyptian and Gulf (%1)").arg(egyptian.monthName(1) + separator + egyptian.monthName(2)));
}

void PreferencesDialog::updateLanguageNote()
{
    const std::optional<Language> chosen = Localization::fromCode(m_language->currentData().toString());
    const Language wanted = chosen.value_or(Localization::systemLanguage());
    m_languageNote->setText(wanted == m_runningLanguage
                                ? QString()
                                : tr("The new language is used when Coalition Atlas is started again."));
    m_languageNote->setVisible(wanted != m_runningLanguage);
}

Preferences PreferencesDialog::preferences() const
{
    Preferences result;
    result.language = Localization::fromCode(m_language->currentData().toString());
    const QString digits = m_digits->currentData().toString();
    if (digits == "latin"_L1)
        result.digits = DigitStyle::Latin;
    else if (digits == "arabic-indic"_L1)
        result.digits = DigitStyle::ArabicIndic;
    result.monthNames = m_monthNames->currentData().toString() == "egyptian"_L1 ? ArabicMonthNames::Egyptian
                                                                               : ArabicMonthNames::Levantine;
    result.showHijri = m_hijri->isChecked();
    result.editorName = m_editorName->text().trimmed();
    result.axisDirection = m_axis->currentData().toString() == "left-to-right"_L1
        ? TimelineView::AxisDirection::AlwaysLeftToRight
        : TimelineView::AxisDirection::FollowLayout;
    return result;
}

bool PreferencesDialog::edit(AtlasDocument *document, QWidget *window)
{
    PreferencesDialog dialog(Preferences::load(), document ? document->language() : Language::English, window);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    const Preferences chosen = dialog.preferences();
    chosen.save();
    applyPreferences(chosen, document, window);
    return true;
}

void PreferencesDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

} // namespace Atlas
