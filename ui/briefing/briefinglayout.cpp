// SPDX-License-Identifier: GPL-3.0-or-later
#include "briefinglayout.h"

#include <QFontMetricsF>

namespace Atlas {

namespace {

using Text = BriefingStyle::Text;

// Places blocks top to bottom on the pages of one sheet.
class PageFlow
{
public:
    PageFlow(QList<BriefingPage> *pages, int sheet, const QRectF &body, const QRectF &footer)
        : m_pages(pages), m_sheet(sheet), m_body(body), m_footer(footer), m_first(int(pages->size()))
    {
        newPage();
    }

    // Whether `height` fits below what the current page already holds.
    bool fits(double height) const { return m_y + height <= m_body.bottom() + 0.01; }
    bool pageIsEmpty() const { return m_pages->constLast().blocks.isEmpty(); }
    // Starts a new page unless `height` fits here (or the page is empty: nothing fits better).
    void ensureRoom(double height)
    {
        if (!fits(height) && !pageIsEmpty())
            newPage();
    }
    void add(BriefingBlock::Kind kind, double height, int index = -1, const QString &text = {})
    {
        BriefingBlock block;
        block.kind = kind;
        block.rect = QRectF(m_body.left(), m_y, m_body.width(), height);
        block.index = index;
        block.text = text;
        m_pages->last().blocks.append(block);
        m_y += height;
    }
    void skip(double gap)
    {
        if (!pageIsEmpty())
            m_y += gap;
    }
    bool onFreshPage() const { return m_y <= m_body.top() + 0.01; }
    void newPage()
    {
        BriefingPage page;
        page.sheet = m_sheet;
        page.footer = m_footer;
        m_pages->append(page);
        m_y = m_body.top();
    }
    void finish()
    {
        const int count = int(m_pages->size()) - m_first;
        for (int i = 0; i < count; ++i) {
            (*m_pages)[m_first + i].pageInSheet = i;
            (*m_pages)[m_first + i].sheetPageCount = count;
        }
    }
    double width() const { return m_body.width(); }

private:
    QList<BriefingPage> *m_pages;
    int m_sheet;
    QRectF m_body;
    QRectF m_footer;
    int m_first;
    double m_y = 0;
};

} // namespace

QList<BriefingBlock> BriefingPage::blocksOf(BriefingBlock::Kind kind) const
{
    QList<BriefingBlock> result;
    for (const BriefingBlock &block : blocks) {
        if (block.kind == kind)
            result.append(block);
    }
    return result;
}

BriefingLayout::BriefingLayout(const BriefingStyle &style)
    : m_style(style)
{
}

QString BriefingLayout::sectionTitle(BriefingSection section)
{
    switch (section) {
    case BriefingSection::Map: return tr("Map of the period");
    case BriefingSection::KeyFigures: return tr("Key figures");
    case BriefingSection::Charts: return tr("Charts");
    case BriefingSection::Events: return tr("Events");
    case BriefingSection::Sources: return tr("Sources");
    }
    return {};
}

QString BriefingLayout::emptyNotice()
{
    return tr("No events or figures fall in this period with the filter used. Widen the time window or clear "
              "the filter to see more.");
}

BriefingLayout::Columns BriefingLayout::figureColumns(double width)
{
    static constexpr std::array<double, 4> shares { 0.36, 0.19, 0.15, 0.30 };
    Columns columns;
    double left = 0;
    for (std::size_t i = 0; i < shares.size(); ++i) {
        columns.left[i] = left;
        columns.width[i] = width * shares[i];
        left += columns.width[i];
    }
    return columns;
}

QStringList BriefingLayout::figureHeaderTexts()
{
    return { tr("Figure"), tr("Value"), tr("Date"), tr("Source") };
}

double BriefingLayout::tableHeaderHeight(double width) const
{
    const Columns columns = figureColumns(width);
    const QStringList texts = figureHeaderTexts();
    double height = 0;
    for (int i = 0; i < 4; ++i) {
        height = std::max(height, BriefingStyle::textHeight(m_style.font(Text::TableHeader),
                                                            columns.width[i] - 2 * BriefingStyle::CellPadding, texts.at(i)));
    }
    return height + 2 * BriefingStyle::CellPadding;
}

double BriefingLayout::figureRowHeight(const BriefingFigureRow &row, double width) const
{
    const Columns columns = figureColumns(width);
    auto inner = [&](int column) { return columns.width[column] - 2 * BriefingStyle::CellPadding; };
    const double what = BriefingStyle::textHeight(m_style.font(Text::TableHeader), inner(0), row.what)
        + BriefingStyle::LineGap + BriefingStyle::textHeight(m_style.font(Text::Body), inner(0), row.label);
    const double value = BriefingStyle::textHeight(m_style.font(Text::BodyBold), inner(1), row.value);
    const double date = BriefingStyle::textHeight(m_style.font(Text::Body), inner(2), row.date);
    const double source = BriefingStyle::textHeight(m_style.font(Text::Small), inner(3), row.source);
    return std::max({ what, value, date, source }) + 2 * BriefingStyle::CellPadding;
}

BriefingLayout::EventParts BriefingLayout::eventParts(const BriefingEventEntry &entry, double width) const
{
    EventParts parts;
    const double dateWidth = std::min(130.0, width * 0.2);
    const double textLeft = dateWidth + 10;
    const double textWidth = width - textLeft;
    double y = 4;
    parts.date = QRectF(0, y, dateWidth, BriefingStyle::textHeight(m_style.font(Text::BodyBold), dateWidth, entry.date));
    parts.title = QRectF(textLeft, y, textWidth, BriefingStyle::textHeight(m_style.font(Text::BodyBold), textWidth, entry.title));
    y = parts.title.bottom() + BriefingStyle::LineGap;
    parts.details = QRectF(textLeft, y, textWidth, BriefingStyle::textHeight(m_style.font(Text::Small), textWidth, entry.details));
    y = parts.details.bottom();
    if (!entry.citations.isEmpty()) {
        const BriefingCitation &citation = entry.citations.constFirst();
        // The Arabic quote keeps its right edge free for a bar, wherever the sheet reads from:
        // the left of the column in a right-to-left sheet, mirrored to the right when painted.
        const double quoteWidth = textWidth - 12;
        const double quoteLeft = m_style.isRightToLeft() ? textLeft + 12 : textLeft;
        y += 4;
        parts.quote = QRectF(quoteLeft, y, quoteWidth,
                             BriefingStyle::textHeight(m_style.arabicFont(Text::Quote), quoteWidth, citation.quote) + 2);
        const double barLeft = m_style.isRightToLeft() ? textLeft + 4 : parts.quote.right() + 5.5;
        parts.quoteBar = QRectF(barLeft, parts.quote.top() + 1, 2.5, parts.quote.height() - 2);
        y = parts.quote.bottom() + BriefingStyle::LineGap;
        parts.reference = QRectF(quoteLeft, y, quoteWidth,
                                 BriefingStyle::textHeight(m_style.font(Text::Small), quoteWidth, citation.reference));
        y = parts.reference.bottom();
    }
    parts.height = std::max(y, parts.date.bottom()) + 6;
    return parts;
}

double BriefingLayout::countColumnWidth(double width)
{
    return (width - 2 * BriefingStyle::SectionGap) / 2;
}

double BriefingLayout::countNameWidth(double columnWidth)
{
    return columnWidth * 0.74;
}

double BriefingLayout::countTitleHeight(const BriefingCountTable &table, double columnWidth) const
{
    return BriefingStyle::textHeight(m_style.font(Text::TableHeader), columnWidth, table.title) + 2 * BriefingStyle::CellPadding;
}

double BriefingLayout::countRowHeight(const BriefingCountTable::Row &row, double columnWidth) const
{
    return BriefingStyle::textHeight(m_style.font(Text::Body), countNameWidth(columnWidth) - 2 * BriefingStyle::CellPadding, row.name)
        + BriefingStyle::CellPadding;
}

double BriefingLayout::countMoreHeight(const BriefingCountTable &table, double columnWidth) const
{
    if (table.more.isEmpty())
        return 0;
    return BriefingStyle::textHeight(m_style.font(Text::Small), columnWidth, table.more) + BriefingStyle::CellPadding;
}

double BriefingLayout::countTableHeight(const BriefingCountTable &table, double columnWidth) const
{
    double height = countTitleHeight(table, columnWidth) + countMoreHeight(table, columnWidth);
    for (const BriefingCountTable::Row &row : table.rows)
        height += countRowHeight(row, columnWidth);
    return height;
}

QString BriefingLayout::summaryTitle()
{
    return tr("Events in numbers");
}

QString BriefingLayout::topEventsTitle()
{
    return tr("Top events");
}

QString BriefingLayout::appendixTitle()
{
    return tr("Appendix: every event");
}

QString BriefingLayout::metaLine(const BriefingSheet &sheet)
{
    return tr("%1 · %2", "dataset · generated").arg(sheet.dataset, sheet.generated);
}

BriefingLayout::HeaderParts BriefingLayout::headerParts(const BriefingSheet &sheet, double width) const
{
    HeaderParts parts;
    double y = 0;
    parts.title = QRectF(0, y, width, BriefingStyle::textHeight(m_style.font(Text::Title), width, sheet.title));
    y = parts.title.bottom() + 2;
    if (!sheet.subtitle.isEmpty()) {
        parts.subtitle = QRectF(0, y, width, BriefingStyle::textHeight(m_style.font(Text::Subtitle), width, sheet.subtitle));
        y = parts.subtitle.bottom() + 2;
    }
    parts.period = QRectF(0, y, width, BriefingStyle::textHeight(m_style.font(Text::Meta), width, sheet.period));
    y = parts.period.bottom() + BriefingStyle::LineGap;
    parts.meta = QRectF(0, y, width, BriefingStyle::textHeight(m_style.font(Text::Meta), width, metaLine(sheet)));
    parts.height = parts.meta.bottom() + 8;
    return parts;
}

double BriefingLayout::footerHeight(const BriefingSheet &sheet, double width) const
{
    const QFont font = m_style.font(Text::Footer);
    return 6 + BriefingStyle::textHeight(font, width - PageNumberWidth, sheet.reportedNote) + BriefingStyle::LineGap
        + BriefingStyle::textHeight(font, width, sheet.filterText);
}

double BriefingLayout::mapHeight() const
{
    const QRectF content = m_style.contentRect();
    return std::min(content.width() * 0.62, content.height() * 0.55);
}

double BriefingLayout::chartHeight(int panels) const
{
    const QRectF content = m_style.contentRect();
    const double share = panels > 1 ? 0.42 + 0.2 * std::min(panels, 3) : 0.6;
    return std::min(content.width() * share, content.height() * (panels > 1 ? 0.75 : 0.5));
}

QList<BriefingPage> BriefingLayout::layout(const QList<BriefingSheet> &sheets) const
{
    QList<BriefingPage> pages;
    const QRectF content = m_style.contentRect();
    const double width = content.width();
    auto headingFor = [&](const QString &text) {
        return BriefingStyle::textHeight(m_style.font(Text::Heading), width, text) + 6;
    };

    for (int s = 0; s < sheets.size(); ++s) {
        const BriefingSheet &sheet = sheets.at(s);
        const double footer = footerHeight(sheet, width);
        const QRectF footerRect(content.left(), content.bottom() - footer, width, footer);
        const QRectF body(content.left(), content.top(), width, content.height() - footer - BriefingStyle::SectionGap);
        PageFlow flow(&pages, s, body, footerRect);

        flow.add(BriefingBlock::Kind::Header, headerParts(sheet, width).height);

        // A heading is placed only where its first item fits under it.
        auto heading = [&](BriefingSection section, double firstItemHeight, const QString &title = {}) {
            const QString text = title.isEmpty() ? sectionTitle(section) : title;
            const double height = headingFor(text);
            flow.skip(BriefingStyle::SectionGap);
            flow.ensureRoom(height + firstItemHeight);
            flow.add(BriefingBlock::Kind::Heading, height, int(section), text);
        };
        auto item = [&](BriefingBlock::Kind kind, double height, int index, const QString &text = {}) {
            flow.ensureRoom(height);
            flow.add(kind, height, index, text);
        };

        if (sheet.isEmpty()) {
            const QString notice = emptyNotice();
            flow.skip(BriefingStyle::SectionGap);
            item(BriefingBlock::Kind::Notice, BriefingStyle::textHeight(m_style.font(Text::Body), width, notice) + 8, -1, notice);
            flow.finish();
            continue;
        }

        if (sheet.sections.testFlag(BriefingSection::Map)) {
            heading(BriefingSection::Map, mapHeight());
            item(BriefingBlock::Kind::Map, mapHeight(), 0);
        }

        if (sheet.sections.testFlag(BriefingSection::KeyFigures)) {
            const double header = tableHeaderHeight(width);
            if (sheet.figures.isEmpty()) {
                const QString notice = tr("No figures in this period.");
                const double height = BriefingStyle::textHeight(m_style.font(Text::Body), width, notice) + 4;
                heading(BriefingSection::KeyFigures, height);
                item(BriefingBlock::Kind::Notice, height, -1, notice);
            } else {
                heading(BriefingSection::KeyFigures, header + figureRowHeight(sheet.figures.constFirst(), width));
                flow.add(BriefingBlock::Kind::TableHeader, header);
                for (int i = 0; i < sheet.figures.size(); ++i) {
                    const double height = figureRowHeight(sheet.figures.at(i), width);
                    if (!flow.fits(height)) {
                        flow.newPage();
                        flow.add(BriefingBlock::Kind::TableHeader, header); // the columns again on the new page
                    }
                    flow.add(BriefingBlock::Kind::FigureRow, height, i);
                }
            }
        }

        if (sheet.sections.testFlag(BriefingSection::Charts) && (!sheet.charts.isEmpty() || !sheet.chartNotices.isEmpty())) {
            const double noticeHeight = sheet.chartNotices.isEmpty()
                ? 0
                : BriefingStyle::textHeight(m_style.font(Text::Body), width, sheet.chartNotices.constFirst()) + 4;
            heading(BriefingSection::Charts, sheet.charts.isEmpty() ? noticeHeight : chartHeight(int(sheet.charts.constFirst().panels.size())));
            for (int i = 0; i < sheet.charts.size(); ++i) {
                if (i > 0)
                    flow.skip(BriefingStyle::BlockGap);
                item(BriefingBlock::Kind::Chart, chartHeight(int(sheet.charts.at(i).panels.size())), i);
            }
            for (const QString &notice : sheet.chartNotices)
                item(BriefingBlock::Kind::Notice, BriefingStyle::textHeight(m_style.font(Text::Body), width, notice) + 4, -1, notice);
        }

        if (sheet.sections.testFlag(BriefingSection::Events)) {
            if (sheet.events.isEmpty()) {
                const QString notice = tr("No events in this period.");
                const double height = BriefingStyle::textHeight(m_style.font(Text::Body), width, notice) + 4;
                heading(BriefingSection::Events, height);
                item(BriefingBlock::Kind::Notice, height, -1, notice);
            } else {
                if (sheet.summarised) {
                    const double noteHeight = BriefingStyle::textHeight(m_style.font(Text::Body), width, sheet.summaryNote) + 8;
                    heading(BriefingSection::Events, noteHeight, summaryTitle());
                    item(BriefingBlock::Kind::Notice, noteHeight, -1, sheet.summaryNote);
                    const double column = countColumnWidth(width);
                    for (int i = 0; i < sheet.counts.size(); i += 2) {
                        double height = countTableHeight(sheet.counts.at(i), column);
                        if (i + 1 < sheet.counts.size())
                            height = std::max(height, countTableHeight(sheet.counts.at(i + 1), column));
                        flow.skip(BriefingStyle::BlockGap);
                        item(BriefingBlock::Kind::CountTables, height, i);
                    }
                }
                heading(BriefingSection::Events, eventParts(sheet.events.constFirst(), width).height,
                        sheet.summarised ? topEventsTitle() : QString());
                for (int i = 0; i < sheet.events.size(); ++i)
                    item(BriefingBlock::Kind::Event, eventParts(sheet.events.at(i), width).height, i);
            }
        }

        if (sheet.sections.testFlag(BriefingSection::Sources) && !sheet.sources.isEmpty()) {
            auto sourceHeight = [&](int i) {
                return BriefingStyle::textHeight(m_style.font(Text::Small), width - 24, sheet.sources.at(i).text) + 4;
            };
            heading(BriefingSection::Sources, sourceHeight(0));
            for (int i = 0; i < sheet.sources.size(); ++i)
                item(BriefingBlock::Kind::Source, sourceHeight(i), i);
        }

        if (!sheet.appendix.isEmpty()) {
            if (!flow.onFreshPage())
                flow.newPage();
            heading(BriefingSection::Events, eventParts(sheet.appendix.constFirst(), width).height, appendixTitle());
            for (int i = 0; i < sheet.appendix.size(); ++i)
                item(BriefingBlock::Kind::AppendixEvent, eventParts(sheet.appendix.at(i), width).height, i);
        }
        flow.finish();
    }
    return pages;
}

} // namespace Atlas
