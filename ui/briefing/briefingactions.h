// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "briefingoptions.h"

#include <QObject>
#include <QPointer>

class QPrinter;
class QWidget;

namespace Atlas {

class AtlasDocument;

/*
 * What File > Print Preview, File > Print and File > Export Briefing as PDF do: ask for the
 * sheet's options (BriefingDialog), then paint it through BriefingRenderer into a print
 * preview, onto a printer or into a PDF file. A paper size or orientation changed in the
 * preview or print dialog lays the sheet out again for it. Collecting and painting show a
 * progress dialog with Cancel (a cancelled export writes nothing; a cancelled print sends no
 * further pages). Reports failures in a message box and successful exports through written(). Parented to the window; owns nothing else.
 */
class BriefingActions : public QObject
{
    Q_OBJECT

public:
    BriefingActions(AtlasDocument *document, QWidget *window);

public Q_SLOTS:
    void printPreview();
    void print();
    void exportPdf();

Q_SIGNALS:
    void written(const QString &fileName);

private:
    bool askOptions(BriefingOptions *options);
    // Paints onto a configured printer, with the paper and orientation the printer has now.
    bool paint(QPrinter *printer, const BriefingOptions &options, QString *errorMessage);
    void preparePrinter(QPrinter *printer, const BriefingOptions &options) const;

    AtlasDocument *m_document;
    QPointer<QWidget> m_window;
};

} // namespace Atlas
