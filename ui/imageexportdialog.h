// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "formatter.h"

#include <QDialog>
#include <QSize>

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

    QString fileName() const;   // with the suffix of the chosen format
    QString format() const;     // svg, png, pdf
    QSize size() const;
    int dpi() const;

    void accept() override;     // remembers the choices

private:
    void browse();
    void updatePreview();

    QString m_settingsGroup;
    Formatter m_formatter;
    QFormLayout *m_form;
    QLineEdit *m_file;
    QComboBox *m_format;
    QSpinBox *m_width;
    QSpinBox *m_height;
    QSpinBox *m_dpi;
    QLabel *m_preview;
};

} // namespace Atlas
