// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "formatter.h"

#include <QDialog>
#include <QSize>

#include <functional>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace Atlas {

/*
 * Asks where and how to export a picture (timeline, map): file, format (SVG, PNG, PDF), size
 * and, for PNG, resolution, with the resulting pixel size previewed. Views add their own
 * options below with addOption(). Remembers the last folder and choices under `settingsGroup`.
 * Owns only its widgets; the caller runs the export.
 */
class ImageExportDialog : public QDialog
{
    Q_OBJECT

public:
    // `formatter` writes the previewed sizes (the document's: digits follow the preferences).
    ImageExportDialog(const QString &settingsGroup, const QString &defaultBaseName, QSize defaultSize,
                      const Formatter &formatter, QWidget *parent = nullptr);

    void addOption(const QString &label, QWidget *widget);
    // What the export will really be for a size and DPI asked (the timeline grows to fit its rows):
    // the preview then says so, and why, whenever it differs from what was asked.
    using SizeCheck = std::function<QSize(QSize asked, int dpi)>;
    void setSizeCheck(SizeCheck check, const QString &why);
    // The preview line: the file's size in the chosen format, as it will be written.
    QString previewText() const;
    // The size the file will have in pixels (for SVG and PDF, at 96 dpi).
    QSize resultSize() const;
    void updatePreview();       // after an option that changes the result

    QString fileName() const;   // with the suffix of the chosen format
    QString format() const;     // svg, png, pdf
    QSize size() const;
    int dpi() const;

    void accept() override;     // remembers the choices

private:
    void browse();

    QString m_settingsGroup;
    Formatter m_formatter;
    QFormLayout *m_form;
    QLineEdit *m_file;
    QComboBox *m_format;
    QSpinBox *m_width;
    QSpinBox *m_height;
    QSpinBox *m_dpi;
    QLabel *m_preview;
    SizeCheck m_sizeCheck;
    QString m_sizeCheckReason;
};

} // namespace Atlas
