// SPDX-License-Identifier: GPL-3.0-or-later
#include "briefingrenderer.h"

#include "atlasdocument.h"
#include "chartscene.h"
#include "mappainter.h"
#include "mapviewport.h"
#include "outlinedtext.h"

#include <QFileInfo>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace Atlas {

namespace {

using Text = BriefingStyle::Text;

QRectF shifted(const QRectF &part, const QRectF &block)
{
    return part.translated(block.topLeft());
}

} // namespace

BriefingRenderer::BriefingRenderer(const AtlasDocument &document, const BriefingOptions &options)
    : m_style(options.language.value_or(document.language()), options.paper, options.orientation)
    , m_layout(m_style)
    , m_sheets(BriefingCollector::collect(document, options))
{
    m_pages = m_layout.layout(m_sheets);
}

QRectF BriefingRenderer::placed(const QRectF &rect) const
{
    if (!m_style.isRightToLeft())
        return rect;
    return QRectF(m_style.pageSize().width() - rect.right(), rect.top(), rect.width(), rect.height());
}

void BriefingRenderer::drawText(QPainter *painter, const QRectF &rect, const QFont &font, const QColor &color,
                                const QString &text, Qt::Alignment alignment) const
{
    if (text.isEmpty())
        return;
    Qt::Alignment align = alignment;
    if (!(align & Qt::AlignHorizontal_Mask))
        align |= m_style.isRightToLeft() ? Qt::AlignRight : Qt::AlignLeft;
    if (!(align & Qt::AlignVertical_Mask))
        align |= Qt::AlignTop;
    painter->setFont(font);
    painter->setPen(color);
    // Each paragraph runs in the direction of its first strong letter (as dir="auto" in HTML),
    // so a line in the other script keeps its punctuation in place; alignment follows the sheet.
    const Qt::LayoutDirection previous = painter->layoutDirection();
    painter->setLayoutDirection(text.isRightToLeft() ? Qt::RightToLeft : Qt::LeftToRight);
    const int wrap = BriefingStyle::wrapFlag(font, std::max(1.0, rect.width() - BriefingStyle::WrapSlack), text);
    const int flags = int(align | Qt::AlignAbsolute) | wrap | Qt::TextDontClip;
    if (OutlinedText::isRecording(painter))
        OutlinedText::draw(painter, rect, flags, text); // the print preview
    else
        painter->drawText(rect, flags, text);
    painter->setLayoutDirection(previous);
}

QString BriefingRenderer::pageNumberText(int page) const
{
    const BriefingPage &p = m_pages.at(page);
    const Formatter &formatter = m_sheets.at(p.sheet).formatter;
    const QString pageText = tr("Page %1 of %2").arg(formatter.number(p.pageInSheet + 1), formatter.number(p.sheetPageCount));
    if (m_sheets.size() < 2)
        return pageText;
    return tr("Sheet %1 of %2 · %3", "sheet number, sheet count, page text")
        .arg(formatter.number(p.sheet + 1), formatter.number(m_sheets.size()), pageText);
}

void BriefingRenderer::paintPage(QPainter *painter, int page) const
{
    if (page < 0 || page >= m_pages.size())
        return;
    const BriefingPage &p = m_pages.at(page);
    const BriefingSheet &sheet = m_sheets.at(p.sheet);
    painter->save();
    painter->setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing | QPainter::SmoothPixmapTransform);
    painter->setLayoutDirection(sheet.isRightToLeft() ? Qt::RightToLeft : Qt::LeftToRight);
    painter->fillRect(QRectF(QPointF(0, 0), m_style.pageSize()), Qt::white);

    int figureRow = 0;
    for (const BriefingBlock &block : p.blocks) {
        switch (block.kind) {
        case BriefingBlock::Kind::Header: paintHeader(painter, sheet, block.rect); break;
        case BriefingBlock::Kind::Heading: paintHeading(painter, block); break;
        case BriefingBlock::Kind::Notice: paintNotice(painter, block); break;
        case BriefingBlock::Kind::Map: paintMapBlock(painter, sheet, block.rect); break;
        case BriefingBlock::Kind::TableHeader:
            paintTableHeader(painter, block.rect);
            figureRow = 0;
            break;
        case BriefingBlock::Kind::FigureRow:
            paintFigureRow(painter, sheet.figures.at(block.index), block.rect, figureRow++ % 2 == 1);
            break;
        case BriefingBlock::Kind::Chart: paintChart(painter, sheet.charts.at(block.index), block.rect); break;
        case BriefingBlock::Kind::Event: paintEvent(painter, sheet.events.at(block.index), block.rect); break;
        case BriefingBlock::Kind::AppendixEvent: paintEvent(painter, sheet.appendix.at(block.index), block.rect); break;
        case BriefingBlock::Kind::CountTables:
            for (int i = block.index; i < std::min<qsizetype>(block.index + 2, sheet.counts.size()); ++i) {
                const double column = BriefingLayout::countColumnWidth(block.rect.width());
                const double left = block.rect.left() + (i - block.index) * (block.rect.width() - column);
                paintCountTable(painter, sheet.counts.at(i), QRectF(left, block.rect.top(), column, block.rect.height()));
            }
            break;
        case BriefingBlock::Kind::Source:
            paintSource(painter, sheet.sources.at(block.index), block.index + 1, sheet, block.rect);
            break;
        }
    }
    paintFooter(painter, sheet, page);
    painter->restore();
}

void BriefingRenderer::paintHeader(QPainter *painter, const BriefingSheet &sheet, const QRectF &rect) const
{
    const BriefingLayout::HeaderParts parts = m_layout.headerParts(sheet, rect.width());
    drawText(painter, placed(shifted(parts.title, rect)), m_style.font(Text::Title), m_style.color(Text::Title), sheet.title);
    drawText(painter, placed(shifted(parts.subtitle, rect)), m_style.font(Text::Subtitle), m_style.color(Text::Body),
             sheet.subtitle);
    drawText(painter, placed(shifted(parts.period, rect)), m_style.font(Text::Meta), m_style.color(Text::Body), sheet.period);
    drawText(painter, placed(shifted(parts.meta, rect)), m_style.font(Text::Meta), m_style.color(Text::Meta),
             BriefingLayout::metaLine(sheet));
    painter->setPen(QPen(BriefingStyle::accentColor(), 1.5));
    const double y = rect.bottom() - 3;
    painter->drawLine(QPointF(rect.left(), y), QPointF(rect.right(), y));
}

void BriefingRenderer::paintHeading(QPainter *painter, const BriefingBlock &block) const
{
    drawText(painter, placed(block.rect), m_style.font(Text::Heading), m_style.color(Text::Heading), block.text);
    painter->setPen(QPen(BriefingStyle::ruleColor(), 0.75));
    const double y = block.rect.bottom() - 2;
    painter->drawLine(QPointF(block.rect.left(), y), QPointF(block.rect.right(), y));
}

void BriefingRenderer::paintNotice(QPainter *painter, const BriefingBlock &block) const
{
    QFont font = m_style.font(Text::Body);
    font.setItalic(!m_style.isRightToLeft()); // Arabic script has no italics
    drawText(painter, placed(block.rect.adjusted(0, 2, 0, -2)), font, m_style.color(Text::Meta), block.text);
}

void BriefingRenderer::paintMapBlock(QPainter *painter, const BriefingSheet &sheet, const QRectF &rect) const
{
    MapPaintOptions options;
    options.font = m_style.font(Text::Body);
    options.scaleBarWidth = 160;
    options.noteSize = 7;
    MapPainter(sheet.map, sheet.formatter).paint(painter, rect, options);
}

void BriefingRenderer::paintTableHeader(QPainter *painter, const QRectF &rect) const
{
    painter->fillRect(rect, BriefingStyle::shadeColor());
    const BriefingLayout::Columns columns = BriefingLayout::figureColumns(rect.width());
    const QStringList texts = BriefingLayout::figureHeaderTexts();
    const double pad = BriefingStyle::CellPadding;
    for (int i = 0; i < 4; ++i) {
        const QRectF cell(rect.left() + columns.left[i] + pad, rect.top() + pad, columns.width[i] - 2 * pad, rect.height() - 2 * pad);
        drawText(painter, placed(cell), m_style.font(Text::TableHeader), m_style.color(Text::Body), texts.at(i));
    }
    painter->setPen(QPen(BriefingStyle::accentColor(), 1));
    painter->drawLine(rect.bottomLeft(), rect.bottomRight());
}

void BriefingRenderer::paintFigureRow(QPainter *painter, const BriefingFigureRow &row, const QRectF &rect, bool shaded) const
{
    if (shaded)
        painter->fillRect(rect, QColor(0xfa, 0xfa, 0xfb));
    const BriefingLayout::Columns columns = BriefingLayout::figureColumns(rect.width());
    const double pad = BriefingStyle::CellPadding;
    auto cell = [&](int i) {
        return QRectF(rect.left() + columns.left[i] + pad, rect.top() + pad, columns.width[i] - 2 * pad, rect.height() - 2 * pad);
    };
    const QRectF what = cell(0);
    const QFont whatFont = m_style.font(Text::TableHeader);
    const double whatHeight = BriefingStyle::textHeight(whatFont, what.width(), row.what);
    drawText(painter, placed(what), whatFont, BriefingStyle::accentColor(), row.what);
    drawText(painter, placed(what.adjusted(0, whatHeight + BriefingStyle::LineGap, 0, 0)), m_style.font(Text::Body),
             m_style.color(Text::Body), row.label);
    drawText(painter, placed(cell(1)), m_style.font(Text::BodyBold), m_style.color(Text::Body), row.value);
    drawText(painter, placed(cell(2)), m_style.font(Text::Body), m_style.color(Text::Body), row.date);
    drawText(painter, placed(cell(3)), m_style.font(Text::Small), m_style.color(Text::Small), row.source);
    painter->setPen(QPen(BriefingStyle::ruleColor(), 0.5));
    painter->drawLine(rect.bottomLeft(), rect.bottomRight());
}

void BriefingRenderer::paintChart(QPainter *painter, const ChartData &chart, const QRectF &rect) const
{
    ChartScene scene;
    scene.setChartData(chart);
    scene.layoutPage(rect.size());
    painter->save();
    painter->setClipRect(rect, Qt::IntersectClip);
    scene.render(painter, rect, scene.sceneRect(), Qt::IgnoreAspectRatio);
    painter->restore();
    painter->setPen(QPen(BriefingStyle::ruleColor(), 0.75));
    painter->setBrush(Qt::NoBrush);
    painter->drawRect(rect);
}

void BriefingRenderer::paintEvent(QPainter *painter, const BriefingEventEntry &entry, const QRectF &rect) const
{
    const BriefingLayout::EventParts parts = m_layout.eventParts(entry, rect.width());
    if (entry.selected)
        painter->fillRect(rect, QColor(0xff, 0xf6, 0xd5));
    drawText(painter, placed(shifted(parts.date, rect)), m_style.font(Text::BodyBold), BriefingStyle::accentColor(), entry.date);
    drawText(painter, placed(shifted(parts.title, rect)), m_style.font(Text::BodyBold), m_style.color(Text::Body), entry.title);
    drawText(painter, placed(shifted(parts.details, rect)), m_style.font(Text::Small), m_style.color(Text::Small), entry.details);
    if (!entry.citations.isEmpty()) {
        const BriefingCitation &citation = entry.citations.constFirst();
        const QRectF quote = placed(shifted(parts.quote, rect));
        painter->fillRect(placed(shifted(parts.quoteBar, rect)), QColor(0xc8, 0xa9, 0x6a));
        drawText(painter, quote, m_style.arabicFont(Text::Quote), m_style.color(Text::Quote), citation.quote, Qt::AlignRight);
        drawText(painter, placed(shifted(parts.reference, rect)), m_style.font(Text::Small), m_style.color(Text::Small),
                 citation.reference);
    }
    painter->setPen(QPen(QColor(0xe0, 0xe0, 0xe0), 0.5));
    painter->drawLine(rect.bottomLeft(), rect.bottomRight());
}

void BriefingRenderer::paintCountTable(QPainter *painter, const BriefingCountTable &table, const QRectF &rect) const
{
    const double pad = BriefingStyle::CellPadding;
    const double width = rect.width();
    const double nameWidth = BriefingLayout::countNameWidth(width);
    double y = rect.top();
    const double titleHeight = m_layout.countTitleHeight(table, width);
    const QRectF title(rect.left(), y, width, titleHeight);
    painter->fillRect(placed(title), BriefingStyle::shadeColor());
    drawText(painter, placed(title.adjusted(pad, pad, -pad, -pad)), m_style.font(Text::TableHeader), m_style.color(Text::Body),
             table.title);
    y += titleHeight;
    // The count sits at the far end of its row: right in a left-to-right sheet, left in Arabic.
    const Qt::Alignment countAlignment = m_style.isRightToLeft() ? Qt::AlignLeft : Qt::AlignRight;
    for (const BriefingCountTable::Row &row : table.rows) {
        const double height = m_layout.countRowHeight(row, width);
        drawText(painter, placed(QRectF(rect.left() + pad, y + pad / 2, nameWidth - 2 * pad, height)), m_style.font(Text::Body),
                 m_style.color(Text::Body), row.name);
        drawText(painter, placed(QRectF(rect.left() + nameWidth, y + pad / 2, width - nameWidth - pad, height)),
                 m_style.font(Text::BodyBold), m_style.color(Text::Body), row.count, countAlignment);
        y += height;
        painter->setPen(QPen(BriefingStyle::ruleColor(), 0.5));
        const QRectF rule = placed(QRectF(rect.left(), y, width, 0)); // under this table, mirrored with it
        painter->drawLine(rule.topLeft(), rule.topRight());
    }
    if (!table.more.isEmpty()) {
        drawText(painter, placed(QRectF(rect.left() + pad, y + pad / 2, width - 2 * pad, m_layout.countMoreHeight(table, width))),
                 m_style.font(Text::Small), m_style.color(Text::Small), table.more);
    }
}

void BriefingRenderer::paintSource(QPainter *painter, const BriefingSourceEntry &entry, int number,
                                   const BriefingSheet &sheet, const QRectF &rect) const
{
    const Formatter &formatter = sheet.formatter;
    const QFont font = m_style.font(Text::Small);
    drawText(painter, placed(QRectF(rect.left(), rect.top() + 2, 22, rect.height())), font, m_style.color(Text::Small),
             tr("%1.", "numbered list").arg(formatter.number(number)));
    drawText(painter, placed(QRectF(rect.left() + 24, rect.top() + 2, rect.width() - 24, rect.height() - 2)), font,
             m_style.color(Text::Body), entry.text);
}

void BriefingRenderer::paintFooter(QPainter *painter, const BriefingSheet &sheet, int page) const
{
    const QRectF footer = m_pages.at(page).footer;
    const QFont font = m_style.font(Text::Footer);
    painter->setPen(QPen(BriefingStyle::ruleColor(), 0.75));
    painter->drawLine(footer.topLeft(), footer.topRight());
    const double width = footer.width();
    const double noteHeight = BriefingStyle::textHeight(font, width - BriefingLayout::PageNumberWidth, sheet.reportedNote);
    const QRectF note(footer.left(), footer.top() + 6, width - BriefingLayout::PageNumberWidth, noteHeight);
    drawText(painter, placed(note), font, m_style.color(Text::Footer), sheet.reportedNote);
    const QRectF number(footer.right() - BriefingLayout::PageNumberWidth, footer.top() + 6, BriefingLayout::PageNumberWidth,
                        noteHeight);
    QFont numberFont = font;
    numberFont.setWeight(QFont::DemiBold);
    drawText(painter, placed(number), numberFont, m_style.color(Text::Body), pageNumberText(page),
             m_style.isRightToLeft() ? Qt::AlignLeft : Qt::AlignRight);
    const QRectF filter(footer.left(), note.bottom() + BriefingStyle::LineGap, width, footer.bottom() - note.bottom());
    drawText(painter, placed(filter), font, m_style.color(Text::Footer), sheet.filterText);
}

bool BriefingRenderer::render(QPagedPaintDevice *device, QString *errorMessage, const Progress &progress) const
{
    device->setPageLayout(m_style.pageLayout());
    QPainter painter;
    if (!painter.begin(device)) {
        if (errorMessage)
            *errorMessage = tr("Cannot start painting the briefing.");
        return false;
    }
    const double scale = device->logicalDpiX() / BriefingStyle::UnitsPerInch;
    for (int page = 0; page < pageCount(); ++page) {
        if (page > 0 && !device->newPage()) {
            if (errorMessage)
                *errorMessage = tr("Cannot start page %1 of the briefing.").arg(page + 1);
            painter.end();
            return false;
        }
        painter.save();
        painter.scale(scale, scale);
        paintPage(&painter, page);
        painter.restore();
        if (progress && !progress(page + 1, pageCount())) {
            if (errorMessage)
                *errorMessage = tr("Cancelled.");
            painter.end();
            return false;
        }
    }
    return painter.end();
}

QImage BriefingRenderer::renderPage(int page, double dpi) const
{
    const double scale = dpi / BriefingStyle::UnitsPerInch;
    const QSize size = (m_style.pageSize() * scale).toSize();
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    if (image.isNull())
        return image;
    // Logical 96 dpi with a device pixel ratio: point-size fonts keep their size at any scale.
    image.setDevicePixelRatio(scale);
    image.fill(Qt::white);
    QPainter painter(&image);
    paintPage(&painter, page);
    painter.end();
    image.setDevicePixelRatio(1.0);
    return image;
}

bool writeBriefingPdf(const AtlasDocument &document, const BriefingOptions &options, const QString &fileName,
                      QString *errorMessage, const BriefingRenderer::Progress &progress)
{
    auto fail = [errorMessage](const QString &message) {
        if (errorMessage)
            *errorMessage = message;
        return false;
    };
    if (fileName.isEmpty())
        return fail(BriefingRenderer::tr("No file name given for the briefing PDF."));
    if (options.from.isValid() && options.to.isValid() && options.from > options.to) {
        return fail(BriefingRenderer::tr("Cannot write the briefing: the period starts (%1) after it ends (%2).")
                        .arg(options.from.toString(Qt::ISODate), options.to.toString(Qt::ISODate)));
    }
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly)) {
        return fail(BriefingRenderer::tr("Cannot write the briefing to %1: %2")
                        .arg(QFileInfo(fileName).absoluteFilePath(), file.errorString()));
    }
    const BriefingRenderer renderer(document, options);
    {
        QPdfWriter writer(&file);
        writer.setResolution(int(BriefingStyle::UnitsPerInch));
        writer.setCreator(u"Coalition Atlas"_s);
        writer.setTitle(renderer.sheets().constFirst().title);
        QString error;
        if (!renderer.render(&writer, &error, progress)) {
            file.cancelWriting();
            return fail(BriefingRenderer::tr("Cannot write the briefing to %1: %2").arg(fileName, error));
        }
    }
    if (!file.commit()) {
        return fail(BriefingRenderer::tr("Cannot write the briefing to %1: %2")
                        .arg(QFileInfo(fileName).absoluteFilePath(), file.errorString()));
    }
    return true;
}

} // namespace Atlas
