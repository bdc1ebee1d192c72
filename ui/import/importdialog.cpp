// SPDX-License-Identifier: GPL-3.0-or-later
#include "importdialog.h"

#include "vocabulary.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableWidget>
#include <QThread>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Atlas {

namespace {

// The formats of the combo box, after "Detect from the file".
struct FormatChoice
{
    QString id;
    const char *label;
};
const FormatChoice FormatChoices[] = {
    { u"acled"_s, QT_TRANSLATE_NOOP("Atlas::ImportDialog", "ACLED export (CSV)") },
    { u"ucdp-ged"_s, QT_TRANSLATE_NOOP("Atlas::ImportDialog", "UCDP GED (CSV)") },
    { u"csv"_s, QT_TRANSLATE_NOOP("Atlas::ImportDialog", "Any CSV or TSV (column mapping)") },
    { u"geojson"_s, QT_TRANSLATE_NOOP("Atlas::ImportDialog", "GeoJSON") },
    { u"kml"_s, QT_TRANSLATE_NOOP("Atlas::ImportDialog", "KML") },
    { u"vector"_s, QT_TRANSLATE_NOOP("Atlas::ImportDialog", "Other vector file (GDAL)") },
};

QString formatLabel(const QString &id)
{
    for (const FormatChoice &choice : FormatChoices) {
        if (choice.id == id)
            return ImportDialog::tr(choice.label);
    }
    return id;
}

// Bidi-isolated, for a file name inside a sentence of either direction.
QString fileIsolated(const QString &text)
{
    return QChar(0x2068) + text + QChar(0x2069);
}

QTableWidgetItem *item(const QString &text)
{
    auto *cell = new QTableWidgetItem(text);
    cell->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    cell->setToolTip(text);
    return cell;
}

} // namespace

ImportDialog::ImportDialog(const Dataset &dataset, QWidget *parent)
    : QDialog(parent), m_dataset(dataset), m_poll(new QTimer(this))
{
    setWindowTitle(tr("Import"));
    setObjectName(u"importDialog"_s);
    m_pages = new QStackedWidget(this);

    // The first page: file, format, mapping, preview.
    auto *choose = new QWidget(m_pages);
    auto *form = new QFormLayout;
    m_file = new QLineEdit(choose);
    m_file->setObjectName(u"importFile"_s);
    auto *browse = new QPushButton(tr("Browse…"), choose);
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(browse);
    form->addRow(tr("File:"), fileRow);
    m_format = new QComboBox(choose);
    m_format->setObjectName(u"importFormat"_s);
    m_format->addItem(tr("Detect from the file"), QString());
    for (const FormatChoice &choice : FormatChoices)
        m_format->addItem(tr(choice.label), choice.id);
    form->addRow(tr("Format:"), m_format);
    m_mapping = new QLineEdit(choose);
    m_mapping->setObjectName(u"importMapping"_s);
    m_mapping->setPlaceholderText(tr("Guessed from the column names"));
    m_mappingBrowse = new QPushButton(tr("Browse…"), choose);
    auto *mappingRow = new QHBoxLayout;
    mappingRow->addWidget(m_mapping, 1);
    mappingRow->addWidget(m_mappingBrowse);
    form->addRow(tr("Column mapping:"), mappingRow);
    m_detected = new QLabel(choose);
    m_detected->setObjectName(u"importDetected"_s);
    m_detected->setWordWrap(true);
    m_preview = new QTableWidget(0, 6, choose);
    m_preview->setObjectName(u"importPreview"_s);
    m_preview->setHorizontalHeaderLabels({ tr("Line"), tr("Result"), tr("Date"), tr("Title"), tr("Place"), tr("Category") });
    m_preview->verticalHeader()->hide();
    m_preview->horizontalHeader()->setStretchLastSection(true);
    m_preview->setWordWrap(false);
    m_previewSummary = new QLabel(choose);
    m_previewSummary->setObjectName(u"importPreviewSummary"_s);
    m_previewSummary->setWordWrap(true);
    m_progress = new QProgressBar(choose);
    m_progress->setObjectName(u"importProgress"_s);
    m_progress->hide();
    auto *chooseLayout = new QVBoxLayout(choose);
    chooseLayout->setContentsMargins(0, 0, 0, 0);
    chooseLayout->addLayout(form);
    chooseLayout->addWidget(m_detected);
    chooseLayout->addWidget(new QLabel(tr("Preview of the first %n row(s):", nullptr, PreviewRows), choose));
    chooseLayout->addWidget(m_preview, 1);
    chooseLayout->addWidget(m_previewSummary);
    chooseLayout->addWidget(m_progress);
    m_pages->addWidget(choose);

    // The second page: the report.
    auto *report = new QWidget(m_pages);
    m_reportSummary = new QLabel(report);
    m_reportSummary->setObjectName(u"importReportSummary"_s);
    m_reportSummary->setWordWrap(true);
    m_rejects = new QTableWidget(0, 4, report);
    m_rejects->setObjectName(u"importRejects"_s);
    m_rejects->setHorizontalHeaderLabels({ tr("Line"), tr("Column"), tr("Value"), tr("Reason") });
    m_rejects->verticalHeader()->hide();
    m_rejects->horizontalHeader()->setStretchLastSection(true);
    auto *reportLayout = new QVBoxLayout(report);
    reportLayout->setContentsMargins(0, 0, 0, 0);
    reportLayout->addWidget(m_reportSummary);
    reportLayout->addWidget(m_rejects, 1);
    m_pages->addWidget(report);

    m_buttons = new QDialogButtonBox(this);
    m_importButton = m_buttons->addButton(tr("Import"), QDialogButtonBox::AcceptRole);
    m_importButton->setObjectName(u"importButton"_s);
    m_saveReport = m_buttons->addButton(tr("Save Report…"), QDialogButtonBox::ActionRole);
    m_saveReport->setObjectName(u"saveReportButton"_s);
    m_saveReport->hide();
    m_buttons->addButton(QDialogButtonBox::Cancel);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_pages, 1);
    layout->addWidget(m_buttons);
    resize(860, 560);

    connect(browse, &QPushButton::clicked, this, &ImportDialog::browseFile);
    connect(m_mappingBrowse, &QPushButton::clicked, this, &ImportDialog::browseMapping);
    connect(m_file, &QLineEdit::editingFinished, this, &ImportDialog::updatePreview);
    connect(m_mapping, &QLineEdit::editingFinished, this, &ImportDialog::updatePreview);
    connect(m_format, &QComboBox::currentIndexChanged, this, &ImportDialog::updatePreview);
    connect(m_importButton, &QPushButton::clicked, this, [this] {
        if (m_pages->currentIndex() == 1)
            accept();
        else
            startImport();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ImportDialog::reject);
    connect(m_saveReport, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Save Report"), ImportJob::rejectsPath(
            QFileInfo(m_file->text()).dir().filePath(QFileInfo(m_file->text()).completeBaseName() + u".gpkg"_s)), tr("CSV files (*.csv)"));
        QString error;
        if (!path.isEmpty() && !saveReport(path, &error))
            QMessageBox::warning(this, tr("Save Report"), error);
    });
    m_poll->setInterval(100);
    connect(m_poll, &QTimer::timeout, this, &ImportDialog::pollProgress);
    updatePreview();
}

ImportDialog::~ImportDialog()
{
    if (m_worker) {
        m_cancel = true;
        m_worker->wait();
    }
}

void ImportDialog::setFile(const QString &file)
{
    m_file->setText(file);
    updatePreview();
}

void ImportDialog::setMapping(const QString &mapping)
{
    m_mapping->setText(mapping);
    updatePreview();
}

QString ImportDialog::format() const
{
    return m_format->currentData().toString();
}

void ImportDialog::browseFile()
{
    const QString file = QFileDialog::getOpenFileName(this, tr("Import"), m_file->text(),
                                                      tr("Data files (*.csv *.tsv *.txt *.geojson *.json *.kml *.kmz *.gpkg *.shp);;All files (*)"));
    if (!file.isEmpty())
        setFile(file);
}

void ImportDialog::browseMapping()
{
    const QString file = QFileDialog::getOpenFileName(this, tr("Column Mapping"), m_mapping->text(), tr("Mappings (*.json)"));
    if (!file.isEmpty())
        setMapping(file);
}

ImportJob::Request ImportDialog::request() const
{
    ImportJob::Request request;
    request.file = m_file->text().trimmed();
    request.format = format();
    request.mapping = m_mapping->isEnabled() ? m_mapping->text().trimmed() : QString();
    request.options.today = QDate::currentDate();
    return request;
}

void ImportDialog::updatePreview()
{
    m_preview->clearSpans();
    m_preview->setRowCount(0);
    m_previewSummary->clear();
    const QString file = m_file->text().trimmed();
    QString detected = format();
    if (file.isEmpty()) {
        m_detected->setText(tr("Choose a file: an ACLED or UCDP GED export, any CSV, GeoJSON, KML or another vector file."));
        m_importButton->setEnabled(false);
        m_mapping->setEnabled(true);
        m_mappingBrowse->setEnabled(true);
        return;
    }
    QString error;
    if (detected.isEmpty())
        detected = ImportJob::detectFormat(file, &error);
    const bool mapped = detected != u"acled"_s && detected != u"ucdp-ged"_s;
    m_mapping->setEnabled(mapped);
    m_mappingBrowse->setEnabled(mapped);
    if (detected.isEmpty()) {
        m_detected->setText(error);
        m_importButton->setEnabled(false);
        return;
    }
    m_detected->setText(format().isEmpty() ? tr("Detected format: %1.").arg(formatLabel(detected)) : tr("Format: %1.").arg(formatLabel(detected)));

    // The first rows imported into an empty dataset that knows the open one's places and actors.
    Dataset preview;
    preview.places = m_dataset.places;
    preview.actors = m_dataset.actors;
    preview.buildIndex();
    ImportJob::Request ask = request();
    ask.format = detected;
    ask.dataset = &preview;
    ask.options.rowLimit = PreviewRows;
    const ImportJob::Result result = ImportJob::run(ask);
    if (result.exitCode == 1) {
        m_previewSummary->setText(result.summary);
        m_importButton->setEnabled(false);
        return;
    }
    struct Line
    {
        qint64 line;
        const Event *event;
        const ImportReject *reject;
    };
    QList<Line> lines;
    for (const Event &event : std::as_const(preview.events))
        lines.append({ event.origin.row, &event, nullptr });
    for (const ImportReject &reject : result.report.rejects)
        lines.append({ reject.line, nullptr, &reject });
    std::sort(lines.begin(), lines.end(), [](const Line &a, const Line &b) { return a.line < b.line; });
    m_preview->setRowCount(int(lines.size()));
    const QLocale locale;
    for (int row = 0; row < lines.size(); ++row) {
        const Line &line = lines.at(row);
        m_preview->setItem(row, 0, item(locale.toString(line.line)));
        if (line.event) {
            const Event &event = *line.event;
            QString date = FuzzyDate::isoText(event.date.start, event.date.precision);
            if (event.date.isRange())
                date += u" – "_s + FuzzyDate::isoText(event.date.end, event.date.precision);
            date = QChar(0x2066) + date + QChar(0x2069); // left to right inside an Arabic table too
            const Place *place = event.placeIds.isEmpty() ? nullptr : preview.place(event.placeIds.first());
            m_preview->setItem(row, 1, item(tr("Imported")));
            m_preview->setItem(row, 2, item(date));
            m_preview->setItem(row, 3, item(event.title.en));
            m_preview->setItem(row, 4, item(place ? place->name.en : QString()));
            m_preview->setItem(row, 5, item(Vocabulary::categoryName(event.category)));
        } else {
            QTableWidgetItem *rejected = item(tr("Rejected"));
            rejected->setForeground(QColor(0xb0, 0x20, 0x20));
            m_preview->setItem(row, 1, rejected);
            // One cell across the record's columns: the column at fault, its text and why.
            const QString where = line.reject->column.isEmpty() ? QString()
                : line.reject->value.isEmpty() ? fileIsolated(line.reject->column) + u": "_s
                : fileIsolated(line.reject->column + u" \u201C"_s + line.reject->value + u"\u201D"_s) + u": "_s;
            m_preview->setSpan(row, 2, 1, 4);
            // The reasons are English: isolated left to right, so an Arabic table keeps their order.
            m_preview->setItem(row, 2, item(QChar(0x2066) + where + line.reject->reason + QChar(0x2069)));
        }
    }
    m_preview->resizeColumnsToContents();
    // A reason spans from the date column on: the date column keeps the width of a date range.
    m_preview->setColumnWidth(2, qMin(m_preview->columnWidth(2), fontMetrics().horizontalAdvance(u"0000-00-00 – 0000-00-00"_s) + 24));
    m_previewSummary->setText(tr("Of the first %n row(s): %1 would be imported, %2 rejected.", nullptr, int(result.report.rows))
                                  .arg(locale.toString(preview.events.size()), locale.toString(result.report.rejects.size())));
    m_importButton->setEnabled(true);
}

void ImportDialog::startImport()
{
    if (m_worker)
        return;
    m_working = m_dataset;
    m_done = 0;
    m_total = 0;
    m_cancel = false;
    ImportJob::Request job = request();
    job.dataset = &m_working;
    job.options.progress = [this](qint64 done, qint64 total) {
        m_done = done;
        m_total = total;
        return !m_cancel.load();
    };
    m_worker = QThread::create([this, job] { m_workerResult = ImportJob::run(job); });
    connect(m_worker, &QThread::finished, this, &ImportDialog::finishImport);
    m_progress->setRange(0, 0);
    m_progress->show();
    m_importButton->setEnabled(false);
    m_file->setEnabled(false);
    m_format->setEnabled(false);
    m_mapping->setEnabled(false);
    m_poll->start();
    m_worker->start();
}

void ImportDialog::pollProgress()
{
    const qint64 total = m_total.load();
    if (total > 0) {
        m_progress->setRange(0, 1000);
        m_progress->setValue(int(1000 * qMin(m_done.load(), total) / total));
    }
}

void ImportDialog::cancelImport()
{
    m_cancel = true;
}

void ImportDialog::finishImport()
{
    m_poll->stop();
    m_worker->deleteLater();
    m_worker = nullptr;
    m_progress->hide();
    m_file->setEnabled(true);
    m_format->setEnabled(true);
    const ImportJob::Result result = m_workerResult;
    if (result.exitCode == 1) {
        updatePreview(); // the widgets as they were before the import
        m_previewSummary->setText(result.report.cancelled ? tr("The import was cancelled; the open dataset is as it was.") : result.summary);
        return;
    }
    m_result = result;
    if (changed())
        m_dataset = std::move(m_working);
    m_working = Dataset();
    const QLocale locale;
    const QString name = fileIsolated(QFileInfo(m_file->text()).fileName());
    m_reportSummary->setText(tr("Imported %1: %2 rows read; %3 events added, %4 changed, %5 unchanged; %6 rows rejected.")
                                 .arg(name, locale.toString(result.report.rows), locale.toString(result.added),
                                      locale.toString(result.changed), locale.toString(result.unchanged),
                                      locale.toString(result.report.rejects.size()))
                             + (changed() ? QString() : u' ' + tr("Nothing changed in the open dataset.")));
    m_rejects->setRowCount(int(result.report.rejects.size()));
    for (int row = 0; row < result.report.rejects.size(); ++row) {
        const ImportReject &reject = result.report.rejects.at(row);
        m_rejects->setItem(row, 0, item(locale.toString(reject.line)));
        m_rejects->setItem(row, 1, item(reject.column));
        // The file's text in its own direction (first strong), the English reason left to right.
        m_rejects->setItem(row, 2, item(fileIsolated(reject.value)));
        m_rejects->setItem(row, 3, item(QChar(0x2066) + reject.reason + QChar(0x2069)));
    }
    m_rejects->resizeColumnsToContents();
    m_pages->setCurrentIndex(1);
    m_importButton->setText(tr("Close"));
    m_importButton->setEnabled(true);
    m_saveReport->setVisible(!result.report.rejects.isEmpty());
    m_buttons->button(QDialogButtonBox::Cancel)->hide();
}

bool ImportDialog::saveReport(const QString &path, QString *error) const
{
    return ImportJob::writeRejects(path, m_result.report.rejects, error);
}

void ImportDialog::reject()
{
    if (m_worker) {
        cancelImport(); // finishImport() follows when the worker has stopped
        return;
    }
    QDialog::reject();
}

} // namespace Atlas
