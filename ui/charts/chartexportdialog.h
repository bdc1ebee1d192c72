// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "chartexport.h"
#include "imageexportdialog.h"

class QComboBox;

namespace Atlas {

class AtlasDocument;

/*
 * File > Export Chart…: the shared export dialog (ImageExportDialog: file, format, size in the
 * file's pixels, resolution, output) with the chart as its option and a Copy to Clipboard button.
 * A PNG is exactly the pixels asked; a higher resolution lays the chart out larger
 * (ChartExportOptions::pixelSize). The file is named after the chart shown, and follows it when
 * another is picked. Writes with exportChart(); a problem is shown before Export and a failure
 * keeps the dialog open. Remembers the chart with the other choices. Owns only its widgets.
 */
class ChartExportDialog : public ImageExportDialog
{
    Q_OBJECT

public:
    explicit ChartExportDialog(AtlasDocument *document, const QString &chartName = QString(), QWidget *parent = nullptr);

    ChartExportOptions options() const;
    void setOptions(const ChartExportOptions &options);

private:
    void copyToClipboard();

    AtlasDocument *m_document;
    QComboBox *m_chart;
};

} // namespace Atlas
