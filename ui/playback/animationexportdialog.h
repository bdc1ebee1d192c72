// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "animationexporter.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;

namespace Atlas {

class AtlasDocument;

/*
 * File > Export Animation: where (an .mp4 or .webm file, or a folder of PNG frames), which view
 * (map, timeline or composed), the range, step, window and mode, the size and the frame rate;
 * then an AnimationExporter runs with a progress bar and Cancel. Formats this system cannot
 * encode are listed but disabled, with the reason. The other criteria of the live filter
 * (categories, places, sources, text) carry over; the document is never changed. Owns its
 * widgets and, while exporting, the exporter.
 */
class AnimationExportDialog : public QDialog
{
    Q_OBJECT

public:
    AnimationExportDialog(AtlasDocument *document, QWidget *parent = nullptr);
    ~AnimationExportDialog() override;

    AnimationExportOptions options() const;
    // Where a started export stands, for tests: running, its last message.
    bool isExporting() const { return m_exporter != nullptr; }
    QString lastMessage() const;

    void setOutput(const QString &path);
    void startExport();
    void reject() override; // cancels a running export first

Q_SIGNALS:
    void exportFinished(bool ok, const QString &message);

private:
    void browse();
    void updateSummary();
    void finished(bool ok, const QString &message);

    AtlasDocument *m_document;
    QLineEdit *m_output;
    QComboBox *m_format;
    QComboBox *m_view;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QComboBox *m_step;
    QSpinBox *m_windowDays;
    QCheckBox *m_accumulate;
    QSpinBox *m_width;
    QSpinBox *m_height;
    QSpinBox *m_fps;
    QLabel *m_summary;
    QProgressBar *m_progress;
    QDialogButtonBox *m_buttons;
    QPushButton *m_export;
    AnimationExporter *m_exporter = nullptr;
};

} // namespace Atlas
