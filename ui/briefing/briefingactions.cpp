// SPDX-License-Identifier: GPL-3.0-or-later
#include "briefingactions.h"
#include "plainmessage.h"

#include "briefingdialog.h"
#include "briefingrenderer.h"
#include "atlasdocument.h"
#include "briefingstyle.h"
#include "formatter.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QCoreApplication>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QProgressDialog>
#include <QSettings>
#include <QWidget>

using namespace Qt::StringLiterals;

namespace Atlas {

namespace {

// A window-modal progress dialog with Cancel while a briefing is collected and painted: shown
// at once (collecting cannot report progress), then page by page through BriefingRenderer.
class PageProgress
{
public:
    PageProgress(QWidget *parent, const QString &label, const Formatter &formatter)
        : m_dialog(label, BriefingActions::tr("Cancel"), 0, 0, parent)
        , m_formatter(formatter)
    {
        m_dialog.setWindowModality(Qt::WindowModal);
        m_dialog.setMinimumDuration(0);
        m_dialog.setAutoClose(false);
        m_dialog.setAutoReset(false);
        m_dialog.setValue(0);
        QCoreApplication::processEvents(QEventLoop::ExcludeUserInputEvents);
    }

    BriefingRenderer::Progress callback()
    {
        return [this](int done, int count) {
            m_dialog.setMaximum(count);
            m_dialog.setLabelText(QCoreApplication::translate("Atlas::BriefingActions", "Painting page %1 of %2…")
                                      .arg(m_formatter.number(done), m_formatter.number(count)));
            m_dialog.setValue(done);
            return !m_dialog.wasCanceled();
        };
    }
    bool cancelled() const { return m_dialog.wasCanceled(); }

private:
    QProgressDialog m_dialog;
    Formatter m_formatter;
};

} // namespace

BriefingActions::BriefingActions(AtlasDocument *document, QWidget *window)
    : QObject(window)
    , m_document(document)
    , m_window(window)
{
}

bool BriefingActions::askOptions(BriefingOptions *options)
{
    BriefingDialog dialog(m_document, m_window);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    *options = dialog.options();
    return true;
}

void BriefingActions::preparePrinter(QPrinter *printer, const BriefingOptions &options) const
{
    const BriefingStyle style(options.language.value_or(Language::English), options.paper, options.orientation);
    printer->setFullPage(true); // the sheet draws its own margins
    printer->setResolution(int(BriefingStyle::UnitsPerInch));
    printer->setPageLayout(style.pageLayout());
    printer->setDocName(options.title.isEmpty() ? BriefingOptions::defaultTitle() : options.title);
}

bool BriefingActions::paint(QPrinter *printer, const BriefingOptions &options, QString *errorMessage)
{
    BriefingOptions effective = options;
    const QPageLayout layout = printer->pageLayout();
    const QPageSize::PageSizeId paper = layout.pageSize().id();
    if (paper == QPageSize::A4 || paper == QPageSize::Letter)
        effective.paper = paper;
    effective.orientation = layout.orientation();
    printer->setFullPage(true);
    PageProgress progress(m_window, tr("Preparing the briefing…"), m_document->formatter());
    const BriefingRenderer renderer(*m_document, effective);
    return renderer.render(printer, errorMessage, progress.callback()) || progress.cancelled();
}

void BriefingActions::printPreview()
{
    BriefingOptions options;
    if (!askOptions(&options))
        return;
    QPrinter printer(QPrinter::HighResolution);
    preparePrinter(&printer, options);
    QPrintPreviewDialog preview(&printer, m_window);
    preview.setWindowTitle(tr("Briefing Sheet Preview"));
    connect(&preview, &QPrintPreviewDialog::paintRequested, this, [this, &options](QPrinter *target) {
        QString error;
        if (!paint(target, options, &error))
            plainWarning(m_window, tr("Print Preview"), error);
    });
    preview.exec();
}

void BriefingActions::print()
{
    BriefingOptions options;
    if (!askOptions(&options))
        return;
    QPrinter printer(QPrinter::HighResolution);
    preparePrinter(&printer, options);
    QPrintDialog dialog(&printer, m_window);
    dialog.setWindowTitle(tr("Print Briefing Sheet"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    printer.setResolution(int(BriefingStyle::UnitsPerInch));
    QString error;
    if (!paint(&printer, options, &error))
        plainWarning(m_window, tr("Print"), tr("The briefing could not be printed: %1").arg(error));
}

void BriefingActions::exportPdf()
{
    BriefingOptions options;
    if (!askOptions(&options))
        return;
    QSettings settings;
    const QString folder = settings.value(u"briefing/lastFolder"_s, QDir::homePath()).toString();
    QString fileName = QFileDialog::getSaveFileName(m_window, tr("Export Briefing as PDF"),
                                                    QDir(folder).filePath(tr("briefing.pdf", "default file name")),
                                                    tr("PDF documents (*.pdf)"));
    if (fileName.isEmpty())
        return;
    if (QFileInfo(fileName).suffix().compare(u"pdf"_s, Qt::CaseInsensitive) != 0)
        fileName += u".pdf"_s;
    settings.setValue(u"briefing/lastFolder"_s, QFileInfo(fileName).absolutePath());
    QString error;
    PageProgress progress(m_window, tr("Preparing the briefing…"), m_document->formatter());
    if (!writeBriefingPdf(*m_document, options, fileName, &error, progress.callback())) {
        if (!progress.cancelled())
            plainWarning(m_window, tr("Export Briefing as PDF"), error);
        return;
    }
    Q_EMIT written(fileName);
}

} // namespace Atlas
