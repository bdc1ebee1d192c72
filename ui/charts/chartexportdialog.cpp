// SPDX-License-Identifier: GPL-3.0-or-later
#include "chartexportdialog.h"

#include "atlasdocument.h"
#include "chartcatalog.h"
#include "filtercriteria.h"

#include <QComboBox>
#include <QFileInfo>
#include <QPushButton>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace Atlas {

namespace {

const QString settingsGroup = u"charts/export"_s;

// The chart asked for, else the one exported last, else the first of the catalogue.
QString initialChart(const QString &asked)
{
    if (ChartCatalog::contains(asked))
        return asked;
    const QString saved = QSettings().value(settingsGroup + u"/chart"_s).toString();
    return ChartCatalog::contains(saved) ? saved : ChartCatalog::names().value(0);
}

} // namespace

ChartExportDialog::ChartExportDialog(AtlasDocument *document, const QString &chartName, QWidget *parent)
    : ImageExportDialog(settingsGroup, initialChart(chartName), QSize(1200, 800), document->formatter(), parent)
    , m_document(document)
    , m_chart(new QComboBox(this))
{
    setWindowTitle(tr("Export Chart"));
    m_chart->setObjectName(u"exportChart"_s);
    for (const QString &name : ChartCatalog::names())
        m_chart->addItem(ChartCatalog::title(name), name);
    m_chart->setCurrentIndex(std::max(0, m_chart->findData(initialChart(chartName))));
    addOption(tr("Chart:"), m_chart);

    connect(m_chart, &QComboBox::currentIndexChanged, this, [this]() {
        // A file named after a chart follows the chart picked; a name of the reader's own stays.
        if (ChartCatalog::contains(QFileInfo(fileName()).completeBaseName()))
            setBaseName(m_chart->currentData().toString());
        updatePreview();
    });
    connect(addActionButton(tr("Copy to Clipboard")), &QPushButton::clicked, this, &ChartExportDialog::copyToClipboard);
    setProblemCheck([this] { return ChartExport::validate(options()); });
    setExporter([this](QString *error) {
        if (!exportChart(*m_document, options(), error))
            return false;
        QSettings().setValue(settingsGroup + u"/chart"_s, options().chartName);
        return true;
    });
}

ChartExportOptions ChartExportDialog::options() const
{
    ChartExportOptions options;
    options.chartName = m_chart->currentData().toString();
    options.format = format();
    options.dpi = dpi();
    options.fileName = fileName();
    options.filter = m_document->filter()->state();
    if (options.format == u"png"_s) {
        options.pixelSize = size();
        options.size = ChartExport::layoutSize(options).toSize();
    } else {
        options.size = size(); // a page of these pixels at 96 dpi
    }
    return options;
}

void ChartExportDialog::setOptions(const ChartExportOptions &options)
{
    if (const int index = m_chart->findData(options.chartName); index >= 0)
        m_chart->setCurrentIndex(index);
    const bool png = ChartExport::effectiveFormat(options) == u"png"_s;
    setChoices(options.fileName, ChartExport::effectiveFormat(options), png ? ChartExport::pixelSize(options) : options.size,
               options.dpi);
}

void ChartExportDialog::copyToClipboard()
{
    ChartExportOptions image = options();
    if (!image.pixelSize.isValid()) {
        image.pixelSize = size(); // the vector page's pixels, as an image at this resolution
        image.format = u"png"_s;
    }
    QString error;
    if (copyChartToClipboard(*m_document, image, &error)) {
        showError(QString());
        rememberChoices();
    } else {
        showError(error);
    }
}

} // namespace Atlas
