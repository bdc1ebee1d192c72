// SPDX-License-Identifier: GPL-3.0-or-later
#include "chartexportdialog.h"

#include "filtercriteria.h"

#include "atlasdocument.h"
#include "chartcatalog.h"
#include "formatter.h"

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

namespace {
const QString settingsGroup = u"charts/export"_s;
}

ChartExportDialog::ChartExportDialog(AtlasDocument *document, const QString &chartName, QWidget *parent)
    : QDialog(parent)
    , m_document(document)
    , m_chart(new QComboBox(this))
    , m_format(new QComboBox(this))
    , m_width(new QSpinBox(this))
    , m_height(new QSpinBox(this))
    , m_dpi(new QSpinBox(this))
    , m_file(new QLineEdit(this))
    , m_browse(new QPushButton(tr("Browse…"), this))
    , m_preview(new QLabel(this))
    , m_error(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Export Chart"));
    for (const QString &name : ChartCatalog::names())
        m_chart->addItem(ChartCatalog::title(name), name);
    m_format->addItem(tr("SVG (vector, text kept as text)"), u"svg"_s);
    m_format->addItem(tr("PNG (image)"), u"png"_s);
    m_format->addItem(tr("PDF (vector, one page)"), u"pdf"_s);
    for (QSpinBox *side : { m_width, m_height }) {
        side->setRange(ChartExport::MinimumSide, ChartExport::MaximumSide);
        side->setSingleStep(100);
    }
    m_width->setValue(1200);
    m_height->setValue(800);
    m_dpi->setRange(ChartExport::MinimumDpi, ChartExport::MaximumDpi);
    m_dpi->setSingleStep(48);
    m_dpi->setValue(96);
    m_dpi->setSuffix(tr(" dpi"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(u"color: #b00020;"_s);
    m_error->hide();
    QPushButton *copy = m_buttons->addButton(tr("Copy to Clipboard"), QDialogButtonBox::ActionRole);

    auto *sizeRow = new QHBoxLayout;
    sizeRow->addWidget(m_width);
    sizeRow->addWidget(new QLabel(u"×"_s, this));
    sizeRow->addWidget(m_height);
    sizeRow->addStretch();
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(m_browse);
    auto *form = new QFormLayout;
    form->addRow(tr("Chart:"), m_chart);
    form->addRow(tr("Format:"), m_format);
    form->addRow(tr("Size:"), sizeRow);
    form->addRow(tr("Resolution:"), m_dpi);
    form->addRow(tr("Output:"), m_preview);
    form->addRow(tr("File:"), fileRow);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);

    restoreSettings();
    if (ChartCatalog::contains(chartName))
        m_chart->setCurrentIndex(m_chart->findData(chartName));

    connect(m_chart, &QComboBox::currentIndexChanged, this, [this]() {
        // A file named after the previous chart follows the new one.
        const QFileInfo info(m_file->text());
        if (ChartCatalog::contains(info.completeBaseName()))
            m_file->setText(info.dir().filePath(m_chart->currentData().toString() + u'.' + info.suffix()));
        updatePreview();
    });
    connect(m_format, &QComboBox::currentIndexChanged, this, [this]() {
        // Keep the file name's suffix in step with the format.
        const QString file = m_file->text();
        if (!file.isEmpty()) {
            const QFileInfo info(file);
            m_file->setText(info.dir().filePath(info.completeBaseName() + u'.' + m_format->currentData().toString()));
        }
        updatePreview();
    });
    connect(m_width, &QSpinBox::valueChanged, this, &ChartExportDialog::updatePreview);
    connect(m_height, &QSpinBox::valueChanged, this, &ChartExportDialog::updatePreview);
    connect(m_dpi, &QSpinBox::valueChanged, this, &ChartExportDialog::updatePreview);
    connect(m_browse, &QPushButton::clicked, this, &ChartExportDialog::browse);
    connect(copy, &QPushButton::clicked, this, &ChartExportDialog::copyToClipboard);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this]() {
        if (exportNow())
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updatePreview();
}

ChartExportOptions ChartExportDialog::options() const
{
    ChartExportOptions options;
    options.chartName = m_chart->currentData().toString();
    options.format = m_format->currentData().toString();
    options.size = QSize(m_width->value(), m_height->value());
    options.dpi = m_dpi->value();
    options.fileName = m_file->text().trimmed();
    options.filter = m_document->filter()->state();
    return options;
}

void ChartExportDialog::setOptions(const ChartExportOptions &options)
{
    if (const int index = m_chart->findData(options.chartName); index >= 0)
        m_chart->setCurrentIndex(index);
    if (const int index = m_format->findData(options.format); index >= 0)
        m_format->setCurrentIndex(index);
    m_width->setValue(options.size.width());
    m_height->setValue(options.size.height());
    m_dpi->setValue(options.dpi);
    m_file->setText(options.fileName);
    updatePreview();
}

QString ChartExportDialog::previewText() const
{
    return m_preview->text();
}

QString ChartExportDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void ChartExportDialog::updatePreview()
{
    const Formatter format = m_document->formatter();
    const ChartExportOptions current = options();
    const bool png = current.format == u"png"_s;
    m_dpi->setEnabled(png);
    if (png) {
        const QSize pixels = ChartExport::pixelSize(current.size, current.dpi);
        m_preview->setText(tr("%1 × %2 px at %3 dpi")
                               .arg(format.number(pixels.width()), format.number(pixels.height()), format.number(current.dpi)));
    } else {
        // Vector output: the page size in millimetres at 96 units per inch.
        const double mmPerUnit = 25.4 / 96.0;
        m_preview->setText(tr("%1 × %2 mm, vector")
                               .arg(format.number(current.size.width() * mmPerUnit, 1),
                                    format.number(current.size.height() * mmPerUnit, 1)));
    }
}

void ChartExportDialog::browse()
{
    const QString format = m_format->currentData().toString();
    const QString filter = format == u"svg"_s ? tr("SVG images (*.svg)")
                           : format == u"png"_s ? tr("PNG images (*.png)")
                                                : tr("PDF documents (*.pdf)");
    const QString file = QFileDialog::getSaveFileName(this, tr("Export Chart"), m_file->text(), filter);
    if (!file.isEmpty())
        m_file->setText(file);
}

void ChartExportDialog::copyToClipboard()
{
    const ChartExportOptions current = options();
    QString error;
    if (copyChartToClipboard(*m_document, current.chartName, current.size, current.dpi, &error)) {
        m_error->hide();
        saveSettings();
    } else {
        showError(error);
    }
}

bool ChartExportDialog::exportNow()
{
    QString error;
    if (!exportChart(*m_document, options(), &error)) {
        showError(error);
        return false;
    }
    m_error->hide();
    m_error->clear();
    saveSettings();
    return true;
}

void ChartExportDialog::showError(const QString &message)
{
    m_error->setText(message);
    m_error->show();
}

void ChartExportDialog::saveSettings() const
{
    QSettings settings;
    settings.beginGroup(settingsGroup);
    const ChartExportOptions current = options();
    settings.setValue(u"chart"_s, current.chartName);
    settings.setValue(u"format"_s, current.format);
    settings.setValue(u"size"_s, current.size);
    settings.setValue(u"dpi"_s, current.dpi);
    if (!current.fileName.isEmpty())
        settings.setValue(u"folder"_s, QFileInfo(current.fileName).absolutePath());
}

void ChartExportDialog::restoreSettings()
{
    QSettings settings;
    settings.beginGroup(settingsGroup);
    ChartExportOptions saved;
    saved.chartName = settings.value(u"chart"_s, ChartCatalog::names().value(0)).toString();
    saved.format = settings.value(u"format"_s, u"svg"_s).toString();
    saved.size = settings.value(u"size"_s, QSize(1200, 800)).toSize();
    saved.dpi = settings.value(u"dpi"_s, 96).toInt();
    const QString folder = settings.value(u"folder"_s,
                                          QStandardPaths::writableLocation(QStandardPaths::PicturesLocation)).toString();
    saved.fileName = QDir(folder).filePath(saved.chartName + u'.' + saved.format);
    setOptions(saved);
}

} // namespace Atlas
