// SPDX-License-Identifier: GPL-3.0-or-later
#include "animationexportdialog.h"

#include "atlasdocument.h"
#include "filtercriteria.h"
#include "localization.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Atlas {

AnimationExportDialog::AnimationExportDialog(AtlasDocument *document, QWidget *parent)
    : QDialog(parent)
    , m_document(document)
{
    setObjectName(u"animationExportDialog"_s);
    setWindowTitle(tr("Export Animation"));
    QSettings settings;
    settings.beginGroup(u"export/animation"_s);

    m_output = new QLineEdit(this);
    m_output->setObjectName(u"output"_s);
    auto *browse = new QToolButton(this);
    browse->setText(tr("Browse…"));
    connect(browse, &QToolButton::clicked, this, &AnimationExportDialog::browse);
    auto *outputRow = new QHBoxLayout;
    outputRow->addWidget(m_output, 1);
    outputRow->addWidget(browse);

    m_format = new QComboBox(this);
    m_format->setObjectName(u"format"_s);
    m_format->addItem(tr("MP4 video (H.264)"), int(AnimationExporter::Format::Mp4));
    m_format->addItem(tr("WebM video"), int(AnimationExporter::Format::WebM));
    m_format->addItem(tr("Numbered PNG frames in a folder"), int(AnimationExporter::Format::PngSequence));
    // What this system cannot encode stays listed, disabled, with the reason as its tooltip.
    auto *formats = qobject_cast<QStandardItemModel *>(m_format->model());
    for (int row = 0; row < m_format->count(); ++row) {
        const QString reason = AnimationExporter::unavailableReason(AnimationExporter::Format(m_format->itemData(row).toInt()));
        if (!reason.isEmpty() && formats) {
            formats->item(row)->setEnabled(false);
            formats->item(row)->setToolTip(reason);
        }
    }

    m_view = new QComboBox(this);
    m_view->setObjectName(u"view"_s);
    m_view->addItem(tr("Map, timeline strip, date and title"), int(AnimationView::Composed));
    m_view->addItem(tr("Map"), int(AnimationView::Map));
    m_view->addItem(tr("Timeline"), int(AnimationView::Timeline));

    const auto [first, last] = PlaybackSchedule::eventRange(document->dataset());
    m_from = new QDateEdit(first.isValid() ? first : QDate(2014, 8, 8), this);
    m_from->setObjectName(u"from"_s);
    m_to = new QDateEdit(last.isValid() ? last : QDate(2024, 12, 31), this);
    m_to->setObjectName(u"to"_s);
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(u"yyyy-MM-dd"_s);
    }
    auto *range = new QHBoxLayout;
    range->addWidget(m_from);
    range->addWidget(new QLabel(tr("to"), this));
    range->addWidget(m_to);
    range->addStretch(1);

    m_step = new QComboBox(this);
    m_step->setObjectName(u"step"_s);
    m_step->addItem(tr("Week"), int(TimeSpan::Unit::Week));
    m_step->addItem(tr("Month"), int(TimeSpan::Unit::Month));
    m_step->addItem(tr("Quarter"), int(TimeSpan::Unit::Quarter));
    m_step->addItem(tr("Year"), int(TimeSpan::Unit::Year));
    m_step->setCurrentIndex(settings.value(u"step"_s, 1).toInt());
    m_windowDays = new QSpinBox(this);
    m_windowDays->setObjectName(u"windowDays"_s);
    m_windowDays->setRange(0, 3650);
    m_windowDays->setSpecialValueText(tr("as long as the step"));
    m_windowDays->setSuffix(tr(" days"));
    m_accumulate = new QCheckBox(tr("Everything up to now (accumulate)"), this);
    m_accumulate->setObjectName(u"accumulate"_s);

    m_width = new QSpinBox(this);
    m_width->setObjectName(u"width"_s);
    m_width->setRange(64, 7680);
    m_width->setSingleStep(2);
    m_width->setValue(settings.value(u"width"_s, 1280).toInt());
    m_height = new QSpinBox(this);
    m_height->setObjectName(u"height"_s);
    m_height->setRange(64, 4320);
    m_height->setSingleStep(2);
    m_height->setValue(settings.value(u"height"_s, 720).toInt());
    auto *size = new QHBoxLayout;
    size->addWidget(m_width);
    size->addWidget(new QLabel(u"×"_s, this));
    size->addWidget(m_height);
    size->addWidget(new QLabel(tr("pixels"), this));
    size->addStretch(1);
    m_fps = new QSpinBox(this);
    m_fps->setObjectName(u"fps"_s);
    m_fps->setRange(1, 120);
    m_fps->setValue(settings.value(u"fps"_s, 4).toInt());
    m_fps->setSuffix(tr(" frames a second"));

    m_summary = new QLabel(this);
    m_summary->setObjectName(u"summary"_s);
    m_summary->setWordWrap(true);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(u"progress"_s);
    m_progress->setVisible(false);

    auto *form = new QFormLayout;
    form->addRow(tr("Save to:"), outputRow);
    form->addRow(tr("Format:"), m_format);
    form->addRow(tr("View:"), m_view);
    form->addRow(tr("Dates:"), range);
    form->addRow(tr("Step:"), m_step);
    form->addRow(tr("Window:"), m_windowDays);
    form->addRow(QString(), m_accumulate);
    form->addRow(tr("Size:"), size);
    form->addRow(tr("Frame rate:"), m_fps);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_export = m_buttons->addButton(tr("Export"), QDialogButtonBox::AcceptRole);
    m_export->setObjectName(u"exportButton"_s);
    connect(m_export, &QPushButton::clicked, this, &AnimationExportDialog::startExport);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &AnimationExportDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_summary);
    layout->addWidget(m_progress);
    layout->addWidget(m_buttons);

    const QString folder = settings.value(u"folder"_s, QDir::homePath()).toString();
    m_output->setText(QDir(folder).filePath(u"coalition-atlas.mp4"_s));
    connect(m_format, &QComboBox::currentIndexChanged, this, [this] {
        // The name follows the format: .mp4, .webm, or a folder.
        QString path = m_output->text();
        const QFileInfo info(path);
        const QString base = QDir(info.absolutePath()).filePath(info.completeBaseName().isEmpty() ? u"coalition-atlas"_s
                                                                                                   : info.completeBaseName());
        switch (AnimationExporter::Format(m_format->currentData().toInt())) {
        case AnimationExporter::Format::Mp4: path = base + u".mp4"_s; break;
        case AnimationExporter::Format::WebM: path = base + u".webm"_s; break;
        case AnimationExporter::Format::PngSequence: path = base + u"-frames/"_s; break;
        }
        m_output->setText(QDir::toNativeSeparators(path));
    });
    for (QComboBox *box : {m_format, m_view, m_step})
        connect(box, &QComboBox::currentIndexChanged, this, &AnimationExportDialog::updateSummary);
    for (QDateEdit *edit : {m_from, m_to})
        connect(edit, &QDateEdit::dateChanged, this, &AnimationExportDialog::updateSummary);
    for (QSpinBox *spin : {m_windowDays, m_width, m_height, m_fps}) {
        spin->setLocale(Localization::numberLocale(m_document->formatter().digits()));
        connect(spin, &QSpinBox::valueChanged, this, &AnimationExportDialog::updateSummary);
    }
    connect(m_accumulate, &QCheckBox::toggled, m_windowDays, &QWidget::setDisabled);
    connect(m_accumulate, &QCheckBox::toggled, this, &AnimationExportDialog::updateSummary);
    connect(m_output, &QLineEdit::textChanged, this, &AnimationExportDialog::updateSummary);
    for (int row = 0; row < m_format->count(); ++row) { // the first format this system can write
        if (AnimationExporter::unavailableReason(AnimationExporter::Format(m_format->itemData(row).toInt())).isEmpty()) {
            m_format->setCurrentIndex(row);
            break;
        }
    }
    updateSummary();
}

AnimationExportDialog::~AnimationExportDialog() = default;

void AnimationExportDialog::setOutput(const QString &path)
{
    m_output->setText(path);
    if (const std::optional<AnimationExporter::Format> format = AnimationExporter::formatOf(path)) {
        const QSignalBlocker blocker(m_format);
        m_format->setCurrentIndex(m_format->findData(int(*format)));
    }
    updateSummary();
}

AnimationExportOptions AnimationExportDialog::options() const
{
    AnimationExportOptions options;
    options.output = QDir::fromNativeSeparators(m_output->text().trimmed());
    const TimeSpan step {TimeSpan::Unit(m_step->currentData().toInt()), 1};
    const TimeSpan window = m_windowDays->value() > 0 ? TimeSpan {TimeSpan::Unit::Day, m_windowDays->value()} : step;
    options.settings.schedule = PlaybackSchedule(m_from->date(), m_to->date(), step, window,
                                                 m_accumulate->isChecked() ? PlaybackSchedule::Mode::Accumulate
                                                                           : PlaybackSchedule::Mode::MovingWindow);
    options.settings.filter = m_document->filter()->state();
    options.settings.view = AnimationView(m_view->currentData().toInt());
    options.settings.size = QSize(m_width->value(), m_height->value());
    options.framesPerSecond = m_fps->value();
    return options;
}

void AnimationExportDialog::updateSummary()
{
    if (m_exporter)
        return;
    const AnimationExportOptions current = options();
    const QString problem = AnimationExporter::check(current);
    m_export->setEnabled(problem.isEmpty());
    if (!problem.isEmpty()) {
        m_summary->setText(problem);
        return;
    }
    const Formatter formatter = m_document->formatter();
    const int frames = current.settings.schedule.frameCount();
    m_summary->setText(tr("%1 frames, %2 seconds at %3 frames a second.")
                           .arg(formatter.number(frames), formatter.number(double(frames) / current.framesPerSecond, 1),
                                formatter.number(current.framesPerSecond)));
}

void AnimationExportDialog::browse()
{
    const auto format = AnimationExporter::Format(m_format->currentData().toInt());
    QString path;
    if (format == AnimationExporter::Format::PngSequence) {
        path = QFileDialog::getExistingDirectory(this, tr("Folder for the PNG frames"), QFileInfo(m_output->text()).absolutePath());
        if (!path.isEmpty())
            path += u'/';
    } else {
        const QString filter = format == AnimationExporter::Format::Mp4 ? tr("MP4 video (*.mp4)") : tr("WebM video (*.webm)");
        path = QFileDialog::getSaveFileName(this, tr("Export Animation"), m_output->text(), filter);
    }
    if (!path.isEmpty())
        m_output->setText(QDir::toNativeSeparators(path));
}

void AnimationExportDialog::startExport()
{
    if (m_exporter)
        return;
    const AnimationExportOptions current = options();
    QSettings settings;
    settings.beginGroup(u"export/animation"_s);
    settings.setValue(u"folder"_s, QFileInfo(current.output).absolutePath());
    settings.setValue(u"step"_s, m_step->currentIndex());
    settings.setValue(u"width"_s, m_width->value());
    settings.setValue(u"height"_s, m_height->value());
    settings.setValue(u"fps"_s, m_fps->value());

    m_exporter = new AnimationExporter(*m_document, current, this);
    m_progress->setRange(0, std::max(1, m_exporter->frameCount()));
    m_progress->setValue(0);
    m_progress->setVisible(true);
    m_export->setEnabled(false);
    m_summary->setText(tr("Writing %1…").arg(QDir::toNativeSeparators(current.output)));
    connect(m_exporter, &AnimationExporter::progress, m_progress, [this](int done, int) { m_progress->setValue(done); });
    connect(m_exporter, &AnimationExporter::finished, this, &AnimationExportDialog::finished);
    m_exporter->start();
}

QString AnimationExportDialog::lastMessage() const
{
    return m_summary->text();
}

void AnimationExportDialog::finished(bool ok, const QString &message)
{
    const QString written = m_exporter ? m_exporter->writtenPath() : QString();
    m_exporter->deleteLater();
    m_exporter = nullptr;
    m_progress->setVisible(false);
    Q_EMIT exportFinished(ok, message);
    if (ok) {
        m_summary->setText(tr("Wrote %1").arg(QDir::toNativeSeparators(written)));
        accept();
        return;
    }
    m_summary->setText(message);
    m_export->setEnabled(true);
}

void AnimationExportDialog::reject()
{
    if (m_exporter) { // Cancel stops the export; the dialog stays to say so
        m_exporter->cancel();
        return;
    }
    QDialog::reject();
}

} // namespace Atlas
