// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "briefingcontent.h"
#include "briefinglayout.h"
#include "briefingoptions.h"
#include "briefingstyle.h"

#include <QCoreApplication>
#include <QImage>
#include <QList>

#include <functional>

class QPagedPaintDevice;
class QPainter;

namespace Atlas {

class AtlasDocument;

/*
 * Paints briefing pages on any paint device: collects the sheets of a document for some
 * options once (BriefingCollector), lays them out (BriefingLayout) and draws each page from
 * those plain values — header, map (MapPainter), key figures table, charts (ChartScene), events
 * with their Arabic quotes, sources and the footer — mirrored for a right-to-left sheet.
 * QPdfWriter, QPrinter (print and preview) and QImage all go through paintPage(). Holds the
 * sheets and the page layout; keeps no reference to the document, and painting changes nothing.
 */
class BriefingRenderer
{
    Q_DECLARE_TR_FUNCTIONS(Atlas::BriefingRenderer)

public:
    BriefingRenderer(const AtlasDocument &document, const BriefingOptions &options);
    Q_DISABLE_COPY_MOVE(BriefingRenderer)

    const BriefingStyle &style() const { return m_style; }
    const QList<BriefingSheet> &sheets() const { return m_sheets; }
    const QList<BriefingPage> &pages() const { return m_pages; }
    const BriefingLayout &layout() const { return m_layout; }
    int pageCount() const { return int(m_pages.size()); }

    // Paints page `page` with the painter in layout units (BriefingStyle::UnitsPerInch); the
    // caller scales the painter to its device.
    void paintPage(QPainter *painter, int page) const;
    // Called after each page with the pages done and the page count; returning false cancels.
    using Progress = std::function<bool(int done, int count)>;

    // Sets the device's page layout and paints every page on it, scaled from its resolution.
    // Devices at 96 dpi (what writeBriefingPdf and BriefingActions use) draw the map's names at
    // their intended sizes. Returns false with a message when painting cannot start or when
    // `progress` cancels.
    bool render(QPagedPaintDevice *device, QString *errorMessage, const Progress &progress = {}) const;
    // One page as an image at `dpi` (for previews and tests).
    QImage renderPage(int page, double dpi) const;

    // The text of the page footer's page number: "Page 2 of 3" (and the sheet in an atlas).
    QString pageNumberText(int page) const;

private:
    QRectF placed(const QRectF &rect) const; // mirrors a left-to-right rect for right-to-left
    void drawText(QPainter *painter, const QRectF &rect, const QFont &font, const QColor &color, const QString &text,
                  Qt::Alignment alignment = {}) const;
    void paintHeader(QPainter *painter, const BriefingSheet &sheet, const QRectF &rect) const;
    void paintHeading(QPainter *painter, const BriefingBlock &block) const;
    void paintNotice(QPainter *painter, const BriefingBlock &block) const;
    void paintMapBlock(QPainter *painter, const BriefingSheet &sheet, const QRectF &rect) const;
    void paintTableHeader(QPainter *painter, const QRectF &rect) const;
    void paintFigureRow(QPainter *painter, const BriefingFigureRow &row, const QRectF &rect, bool shaded) const;
    void paintChart(QPainter *painter, const ChartData &chart, const QRectF &rect) const;
    void paintEvent(QPainter *painter, const BriefingEventEntry &entry, const QRectF &rect) const;
    void paintCountTable(QPainter *painter, const BriefingCountTable &table, const QRectF &rect) const;
    void paintSource(QPainter *painter, const BriefingSourceEntry &entry, int number, const BriefingSheet &sheet,
                     const QRectF &rect) const;
    void paintFooter(QPainter *painter, const BriefingSheet &sheet, int page) const;

    BriefingStyle m_style;
    BriefingLayout m_layout;
    QList<BriefingSheet> m_sheets;
    QList<BriefingPage> m_pages;
};

// Writes the briefing of `document` for `options` to a PDF file, atomically (QSaveFile): a
// failed or cancelled write leaves any earlier file untouched. A window without events gives a sheet that
// says so. Returns false and a message naming the file and the reason when it cannot write.
bool writeBriefingPdf(const AtlasDocument &document, const BriefingOptions &options, const QString &fileName,
                      QString *errorMessage, const BriefingRenderer::Progress &progress = {});

} // namespace Atlas
