// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dataset.h"
#include "importjob.h"

#include <QDialog>

#include <atomic>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QTableWidget;
class QThread;
class QTimer;

namespace Atlas {

/*
 * File > Import…: a file, its format (detected, or chosen), a column mapping for CSV and vector
 * files, a preview of what the first rows would become and which would be rejected and why, then
 * the import itself on a worker thread (ImportJob into a copy of the open dataset) with a progress
 * bar and Cancel, and a closing report: added, changed, unchanged and rejected rows, "Save
 * report…" writing the rejects as CSV. Owns its widgets, the copy and the worker; the caller takes
 * dataset() when changed() after the dialog is accepted.
 */
class ImportDialog : public QDialog
{
    Q_OBJECT

public:
    static constexpr int PreviewRows = 50;

    explicit ImportDialog(const Dataset &dataset, QWidget *parent = nullptr);
    ~ImportDialog() override;

    void setFile(const QString &file);
    void setMapping(const QString &mapping);
    QString format() const;             // empty: detected
    bool changed() const { return m_result.added + m_result.changed > 0; }
    const Dataset &dataset() const { return m_dataset; }
    const ImportJob::Result &result() const { return m_result; }
    bool isRunning() const { return m_worker != nullptr; }
    void startImport();                 // the Import button
    void cancelImport();                // Cancel while running: the dataset stays as it was
    bool saveReport(const QString &path, QString *error) const;

    void reject() override;

private:
    void browseFile();
    void browseMapping();
    void updatePreview();
    void pollProgress();
    void finishImport();
    ImportJob::Request request() const;

    Dataset m_dataset;
    ImportJob::Result m_result;
    QStackedWidget *m_pages;
    QLineEdit *m_file;
    QComboBox *m_format;
    QLineEdit *m_mapping;
    QPushButton *m_mappingBrowse;
    QLabel *m_detected;
    QTableWidget *m_preview;
    QLabel *m_previewSummary;
    QProgressBar *m_progress;
    QLabel *m_reportSummary;
    QTableWidget *m_rejects;
    QDialogButtonBox *m_buttons;
    QPushButton *m_importButton;
    QPushButton *m_saveReport;
    QThread *m_worker = nullptr;
    QTimer *m_poll;
    Dataset m_working;
    ImportJob::Result m_workerResult;
    std::atomic<qint64> m_done{ 0 };
    std::atomic<qint64> m_total{ 0 };
    std::atomic<bool> m_cancel{ false };
};

} // namespace Atlas
