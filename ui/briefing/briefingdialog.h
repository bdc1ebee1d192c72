// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "briefingoptions.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLineEdit;

namespace Atlas {

class AtlasDocument;

/*
 * Asks what a briefing sheet should hold: title, period (the view's time window or chosen
 * dates), paper and orientation, which sections, whether a summarised briefing appends every
 * event, up to two charts, atlas mode (one sheet, one per year, one per site) and digits. Remembers its choices in QSettings (group "briefing")
 * when accepted; the period is not remembered, it follows the view. Owns only its widgets.
 */
class BriefingDialog : public QDialog
{
    Q_OBJECT

public:
    explicit BriefingDialog(const AtlasDocument *document, QWidget *parent = nullptr);

    void setOptions(const BriefingOptions &options);
    BriefingOptions options() const;

    // The remembered options (defaults when nothing was saved), for the current language.
    static BriefingOptions savedOptions();
    static void saveOptions(const BriefingOptions &options);

    void accept() override;

private:
    void updatePeriodEnabled();

    const AtlasDocument *m_document;
    QLineEdit *m_title = nullptr;
    QCheckBox *m_useViewWindow = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QComboBox *m_paper = nullptr;
    QComboBox *m_orientation = nullptr;
    QCheckBox *m_map = nullptr;
    QCheckBox *m_figures = nullptr;
    QCheckBox *m_charts = nullptr;
    QCheckBox *m_events = nullptr;
    QCheckBox *m_sources = nullptr;
    QCheckBox *m_appendix = nullptr;
    QComboBox *m_firstChart = nullptr;
    QComboBox *m_secondChart = nullptr;
    QComboBox *m_atlasMode = nullptr;
    QComboBox *m_digits = nullptr;
};

} // namespace Atlas
