// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "preferences.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;

namespace Atlas {

class AtlasDocument;

/*
 * Edit > Preferences…: the interface language, the digits, the Arabic month names, the Hijri
 * date beside the Gregorian one and the direction of the timeline's axis. Shows and returns a
 * Preferences value; storing and applying it is edit()'s job. Owns only its widgets.
 *
 * Digits, month names, Hijri dates and the axis apply at once; the interface language applies
 * at the next start (the note under the language says so when it was changed).
 */
class PreferencesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PreferencesDialog(const Preferences &preferences, Language runningLanguage, QWidget *parent = nullptr);

    Preferences preferences() const;

    // Runs the dialog over the stored preferences; when accepted, stores them and applies them
    // to the document and the views under `window`. Returns whether they were accepted.
    static bool edit(AtlasDocument *document, QWidget *window);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateLanguageNote();
    void updateMonthSamples();

    Language m_runningLanguage;
    QComboBox *m_language;
    QComboBox *m_digits;
    QComboBox *m_monthNames;
    QCheckBox *m_hijri;
    QComboBox *m_axis;
    QLabel *m_languageNote;
    QLabel *m_languageLabel;
    QLabel *m_digitsLabel;
    QLabel *m_monthNamesLabel;
    QLabel *m_axisLabel;
    QLineEdit *m_editorName = nullptr;
    QLabel *m_editorNameLabel = nullptr;
};

} // namespace Atlas
