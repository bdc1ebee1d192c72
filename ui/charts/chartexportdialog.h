// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "chartexport.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace Atlas {

class AtlasDocument;

/*
 * File > Export Chart…: picks the chart, the format, the size and (for PNG) the resolution,
 * previews the output size ("2,400 × 1,600 px at 192 dpi") and writes the file with
 * exportChart(). Also copies the chart to the clipboard. Remembers the last folder and settings
 * in QSettings. Owns only its widgets.
 */
class ChartExportDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ChartExportDialog(AtlasDocument *document, const QString &chartName = QString(), QWidget *parent = nullptr);

    ChartExportOptions options() const;
    void setOptions(const ChartExportOptions &options);
    QString previewText() const;
    QString errorText() const; // the last problem shown, empty when none

    // Exports with the current options; on failure shows the reason and returns false.
    bool exportNow();

private:
    void updatePreview();
    void browse();
    void copyToClipboard();
    void saveSettings() const;
    void restoreSettings();
    void showError(const QString &message);

    AtlasDocument *m_document;
    QComboBox *m_chart;
    QComboBox *m_format;
    QSpinBox *m_width;
    QSpinBox *m_height;
    QSpinBox *m_dpi;
    QLineEdit *m_file;
    QPushButton *m_browse;
    QLabel *m_preview;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
};

} // namespace Atlas
