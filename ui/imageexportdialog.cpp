// SPDX-License-Identifier: GPL-3.0-or-later
#include "imageexportdialog.h"

#include "formatter.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace Atlas {

ImageExportDialog::ImageExportDialog(const QString &settingsGroup, const QString &defaultBaseName, QSize defaultSize,
                                     const Formatter &formatter, QWidget *parent)
    : QDialog(parent)
    , m_settingsGroup(settingsGroup)
    , m_formatter(formatter)
    , m_form(new QFormLayout)
    , m_file(new QLineEdit(this))
    , m_format(new QComboBox(this))
    , m_width(new QSpinBox(this))
    , m_height(new QSpinBox(this))
    , m_dpi(new QSpinBox(this))
    , m_preview(new QLabel(this))
    , m_error(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(u"imageExportDialog"_s);
    setMinimumWidth(440); // room for a path and for the output line to keep its sizes on one line
    m_file->setObjectName(u"exportFile"_s);
    m_file->setLayoutDirection(Qt::LeftToRight); // a path reads left to right, an Arabic file name in it too
    m_format->setObjectName(u"exportFormat"_s);
    m_width->setObjectName(u"exportWidth"_s);
    m_height->setObjectName(u"exportHeight"_s);
    m_dpi->setObjectName(u"exportDpi"_s);
    m_preview->setObjectName(u"exportPreview"_s);
    m_error->setObjectName(u"exportError"_s);
    m_format->addItem(tr("SVG (vector)"), u"svg"_s);
    m_format->addItem(tr("PDF (vector)"), u"pdf"_s);
    m_format->addItem(tr("PNG (image)"), u"png"_s);
    for (QSpinBox *side : {m_width, m_height}) {
        side->setRange(200, 20000);
        side->setSingleStep(100);
        side->setSuffix(tr(" px"));
    }
    m_dpi->setRange(96, 600);
    m_dpi->setSingleStep(48);
    m_dpi->setSuffix(tr(" dpi"));
    m_preview->setWordWrap(true);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(u"color: #b00020;"_s);
    m_error->hide();

    QSettings settings;
    settings.beginGroup(m_settingsGroup);
    const QString folder = settings.value(u"folder"_s, QStandardPaths::writableLocation(QStandardPaths::PicturesLocation)).toString();
    const QString savedFormat = settings.value(u"format"_s, u"svg"_s).toString();
    m_format->setCurrentIndex(std::max(0, m_format->findData(savedFormat)));
    m_width->setValue(settings.value(u"width"_s, defaultSize.width()).toInt());
    m_height->setValue(settings.value(u"height"_s, defaultSize.height()).toInt());
    m_dpi->setValue(settings.value(u"dpi"_s, 96).toInt());
    settings.endGroup();
    m_file->setText(QDir(folder).filePath(defaultBaseName + u'.' + this->format()));

    auto *browseButton = new QPushButton(tr("Browse…"), this);
    connect(browseButton, &QPushButton::clicked, this, &ImageExportDialog::browse);
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(browseButton);
    auto *sizeRow = new QHBoxLayout;
    sizeRow->addWidget(m_width);
    sizeRow->addWidget(new QLabel(u"×"_s, this));
    sizeRow->addWidget(m_height);
    sizeRow->addStretch(1);

    m_form->addRow(tr("File:"), fileRow);
    m_form->addRow(tr("Format:"), m_format);
    m_form->addRow(tr("Size:"), sizeRow);
    m_form->addRow(tr("Resolution:"), m_dpi);
    m_form->addRow(tr("Output:"), m_preview);

    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Export"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ImageExportDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    layout->addWidget(m_error);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    connect(m_format, &QComboBox::currentIndexChanged, this, [this] {
        const QFileInfo info(m_file->text());
        m_file->setText(info.dir().filePath(info.completeBaseName() + u'.' + format()));
        updatePreview();
    });
    connect(m_file, &QLineEdit::textChanged, this, &ImageExportDialog::updatePreview);
    for (QSpinBox *box : {m_width, m_height, m_dpi})
        connect(box, &QSpinBox::valueChanged, this, &ImageExportDialog::updatePreview);
    updatePreview();
}

void ImageExportDialog::addOption(const QString &label, QWidget *widget)
{
    m_form->insertRow(m_form->rowCount() - 1, label, widget);
}

QPushButton *ImageExportDialog::addActionButton(const QString &text)
{
    return m_buttons->addButton(text, QDialogButtonBox::ActionRole);
}

QString ImageExportDialog::fileName() const
{
    return m_file->text().trimmed();
}

QString ImageExportDialog::format() const
{
    return m_format->currentData().toString();
}

QSize ImageExportDialog::size() const
{
    return {m_width->value(), m_height->value()};
}

int ImageExportDialog::dpi() const
{
    return format() == u"png"_s ? m_dpi->value() : 96;
}

void ImageExportDialog::setChoices(const QString &fileName, const QString &format, QSize size, int dpi)
{
    if (const int index = m_format->findData(format); index >= 0)
        m_format->setCurrentIndex(index);
    m_width->setValue(size.width());
    m_height->setValue(size.height());
    m_dpi->setValue(dpi);
    m_file->setText(fileName);
    updatePreview();
}

void ImageExportDialog::setBaseName(const QString &baseName)
{
    const QFileInfo info(m_file->text());
    m_file->setText(info.dir().filePath(baseName + u'.' + format()));
}

void ImageExportDialog::browse()
{
    const QString filter = format() == u"svg"_s ? tr("SVG images (*.svg)")
        : format() == u"pdf"_s                  ? tr("PDF documents (*.pdf)")
                                                : tr("PNG images (*.png)");
    const QString chosen = QFileDialog::getSaveFileName(this, tr("Export to"), m_file->text(), filter);
    if (!chosen.isEmpty())
        m_file->setText(chosen);
}

void ImageExportDialog::setSizeCheck(SizeCheck check, const QString &why)
{
    m_sizeCheck = std::move(check);
    m_sizeCheckReason = why;
    updatePreview();
}

void ImageExportDialog::setProblemCheck(ProblemCheck check)
{
    m_problemCheck = std::move(check);
    updatePreview();
}

void ImageExportDialog::setExporter(Exporter exporter)
{
    m_exporter = std::move(exporter);
}

QSize ImageExportDialog::resultSize() const
{
    return m_sizeCheck ? m_sizeCheck(size(), dpi()) : size();
}

QString ImageExportDialog::previewText() const
{
    return m_preview->text();
}

QString ImageExportDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void ImageExportDialog::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

void ImageExportDialog::updatePreview()
{
    const bool png = format() == u"png"_s;
    m_dpi->setEnabled(png);
    const Formatter &formatter = m_formatter;
    // The size fields are the file's pixels at any resolution; the DPI says how large they print.
    const QSize result = resultSize();
    QString text;
    if (png) {
        text = tr("%1 × %2 pixels at %3 dpi")
                   .arg(formatter.isolate(formatter.number(result.width())),
                        formatter.isolate(formatter.number(result.height())), formatter.number(m_dpi->value()));
    } else {
        text = tr("Vector output; text stays text. Page of %1 × %2 points.")
                   .arg(formatter.isolate(formatter.number(result.width() * 0.75)),
                        formatter.isolate(formatter.number(result.height() * 0.75)));
    }
    if (result.isValid() && result != size())
        text += u'\n' + tr("%1 It will be %2 × %3 pixels instead of the %4 × %5 asked.")
                             .arg(m_sizeCheckReason, formatter.isolate(formatter.number(result.width())),
                                  formatter.isolate(formatter.number(result.height())),
                                  formatter.isolate(formatter.number(size().width())),
                                  formatter.isolate(formatter.number(size().height())));
    m_preview->setText(text);

    QString problem = fileName().isEmpty() ? tr("Choose a file to export to.") : QString();
    if (problem.isEmpty() && m_problemCheck)
        problem = m_problemCheck();
    showError(problem);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

void ImageExportDialog::rememberChoices() const
{
    QSettings settings;
    settings.beginGroup(m_settingsGroup);
    if (!fileName().isEmpty())
        settings.setValue(u"folder"_s, QFileInfo(fileName()).absolutePath());
    settings.setValue(u"format"_s, format());
    settings.setValue(u"width"_s, m_width->value());
    settings.setValue(u"height"_s, m_height->value());
    settings.setValue(u"dpi"_s, m_dpi->value());
    settings.endGroup();
}

bool ImageExportDialog::exportNow()
{
    updatePreview();
    if (!errorText().isEmpty())
        return false; // the problem shown
    if (m_exporter) {
        QString error;
        QApplication::setOverrideCursor(Qt::WaitCursor);
        const bool ok = m_exporter(&error);
        QApplication::restoreOverrideCursor();
        if (!ok) {
            showError(error);
            return false;
        }
    }
    showError(QString());
    rememberChoices();
    return true;
}

void ImageExportDialog::accept()
{
    if (exportNow())
        QDialog::accept();
}

} // namespace Atlas
