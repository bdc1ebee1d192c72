// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "formatter.h"

#include <QDialog>
#include <QSize>

#include <functional>

class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace Atlas {

/*
 * The one export dialog of the pictures (timeline, map, chart): the same fields in the same order —
 * file, format (SVG, PDF, PNG), size in the file's pixels, resolution (PNG), the view's own options
 * (addOption), the output it will write — the same words and the same buttons (Export, Cancel and
 * any action added). The size asked is the size written: where a view cannot keep it (the timeline
 * grows to fit its rows) a size check makes the preview say so, why, and what it will be; a problem
 * check names what cannot be exported before Export is pressed. With an exporter set, Export runs it
 * and a failure stays in the dialog, which closes only on success. Remembers the folder and choices
 * under `settingsGroup`. Owns only its widgets.
 */
class ImageExportDialog : public QDialog
{
    Q_OBJECT

public:
    // `formatter` writes the previewed sizes (the document's: digits follow the preferences).
    ImageExportDialog(const QString &settingsGroup, const QString &defaultBaseName, QSize defaultSize,
                      const Formatter &formatter, QWidget *parent = nullptr);

    // A row between the resolution and the output line.
    void addOption(const QString &label, QWidget *widget);
    // A button beside Export and Cancel (ActionRole), e.g. "Copy to Clipboard".
    QPushButton *addActionButton(const QString &text);

    // What the export will really be for a size and DPI asked (the timeline grows to fit its rows):
    // the preview then says so, and why, whenever it differs from what was asked.
    using SizeCheck = std::function<QSize(QSize asked, int dpi)>;
    void setSizeCheck(SizeCheck check, const QString &why);
    // Empty when the current choices can be exported, otherwise what is wrong: shown at once, and
    // Export is disabled until it is put right.
    using ProblemCheck = std::function<QString()>;
    void setProblemCheck(ProblemCheck check);
    // Writes the file; false with a message when it could not (shown in the dialog, which stays open).
    using Exporter = std::function<bool(QString *error)>;
    void setExporter(Exporter exporter);

    // The preview line: the file's size in the chosen format, as it will be written.
    QString previewText() const;
    QString errorText() const; // the problem or failure shown, empty when none
    // The size the file will have in pixels (for SVG and PDF, at 96 dpi).
    QSize resultSize() const;
    void updatePreview();       // after an option that changes the result

    QString fileName() const;   // with the suffix of the chosen format
    QString format() const;     // svg, pdf, png
    QSize size() const;         // the file's pixels asked
    int dpi() const;            // the PNG resolution; 96 for SVG and PDF
    void setChoices(const QString &fileName, const QString &format, QSize size, int dpi);
    // Renames the file to `baseName`, keeping its folder and suffix.
    void setBaseName(const QString &baseName);

    void rememberChoices() const;
    // Runs the exporter, if any; closes and remembers the choices only when it succeeds.
    bool exportNow();
    void accept() override;

protected:
    void showError(const QString &message);

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
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
    SizeCheck m_sizeCheck;
    QString m_sizeCheckReason;
    ProblemCheck m_problemCheck;
    Exporter m_exporter;
};

} // namespace Atlas
