// SPDX-License-Identifier: GPL-3.0-or-later
#include "chartpanelframe.h"

#include "chartstyle.h"
#include "charttext.h"

#include <QFontMetricsF>
#include <QGraphicsScene>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Atlas {

namespace {

constexpr double MaximumCategoryShare = 0.6; // of a Changes panel's width, for its category labels

// Adds a text to the scene and notes it on the axis it labels.
void addLabel(QGraphicsScene *scene, ChartText *text, ChartScene::DrawnAxis &axis)
{
    scene->addItem(text);
    axis.labels.append(text->text());
    axis.labelRects.append(text->mapRectToScene(text->textRect()));
}

} // namespace

ChartPanelFrame::ChartPanelFrame(const Formatter &formatter, bool rightToLeft, const ChartPanel &panel, const QRectF &rect, double scale)
    : m_panel(panel)
    , m_rect(rect)
    , m_rightToLeft(rightToLeft)
    , m_categories(panel.kind == ChartPanelKind::Changes)
    , m_scale(scale)
    , m_labelFont(ChartStyle::labelFont(formatter, scale))
    , m_axisTitleFont(ChartStyle::axisTitleFont(formatter, scale))
    , m_titleFont(ChartStyle::panelTitleFont(formatter, scale))
    , m_bottomTitle(m_categories ? panel.valueAxisTitle : panel.timeAxisTitle)
    , m_startTitle(m_categories ? QString() : panel.valueAxisTitle)
{
}

double ChartPanelFrame::categoryWidth(const AxisTicks &rows) const
{
    // No wider than the labels, at most 42% of the panel; up to 60% where the rows are too low
    // for the lines the labels would need.
    const double widest = widestLabel(rows);
    for (double share = 0.42; share < MaximumCategoryShare; share += 0.03) {
        const double width = std::min(widest, m_rect.width() * share);
        const double available = (m_rect.height() - framing(width)) / double(std::max<qsizetype>(rows.ticks.size(), 1));
        if (width >= widest || rowHeight(rows, width) <= available)
            return width;
    }
    return std::min(widest, m_rect.width() * MaximumCategoryShare);
}

double ChartPanelFrame::startLabelsWidth(const AxisTicks &start) const
{
    return m_categories ? categoryWidth(start) : widestLabel(start);
}

double ChartPanelFrame::heightForCategories() const
{
    if (!m_categories)
        return 0;
    // With the widest column categoryWidth() allows: rather wider labels than a squeezed plot above.
    const AxisTicks rows = ChartPanelAxes::categoryTicks(m_panel);
    const double width = std::min(widestLabel(rows), m_rect.width() * MaximumCategoryShare);
    return double(rows.ticks.size()) * rowHeight(rows, width) + framing(width);
}

double ChartPanelFrame::widestLabel(const AxisTicks &ticks) const
{
    double widest = 0;
    for (const AxisTicks::Tick &tick : ticks.ticks)
        widest = std::max(widest, ChartText::measure(tick.label, m_labelFont, 0).width());
    return widest;
}

double ChartPanelFrame::rowHeight(const AxisTicks &rows, double width) const
{
    double row = 0;
    for (const AxisTicks::Tick &tick : rows.ticks)
        row = std::max(row, ChartText::measure(tick.label, m_labelFont, width).height());
    return row + QFontMetricsF(m_labelFont).height() * 0.3; // between neighbouring labels
}

double ChartPanelFrame::framing(double startWidth) const
{
    const double gap = 6 * m_scale;
    const double line = QFontMetricsF(m_labelFont).height();
    double height = line / 2 + gap + line + gap; // the top label's overhang; the bottom's labels
    if (!m_panel.title.isEmpty())
        height += ChartText::measure(m_panel.title, m_titleFont, m_rect.width()).height() + gap;
    if (!m_bottomTitle.isEmpty())
        height += ChartText::measure(m_bottomTitle, m_axisTitleFont, m_rect.width() - startWidth).height() + gap;
    return height;
}

ChartPanelFrame::Layout ChartPanelFrame::layout(const AxisTicks &bottom, const AxisTicks &start) const
{
    // On a page too small for everything, the bottom axis's title goes first, then the panel's
    // title (the page's title and legend remain): a plot keeps three lines at least, or a line
    // per bar of changes.
    const double line = QFontMetricsF(m_labelFont).height();
    const double least = (m_categories ? double(start.ticks.size()) : 3.0) * line;
    Layout result;
    for (int dropped = 0; dropped <= 2; ++dropped) {
        result = layoutWith(bottom, start, dropped < 2 && !m_panel.title.isEmpty(), dropped < 1 && !m_bottomTitle.isEmpty());
        if (result.plot.height() >= least)
            break;
    }
    return result;
}

ChartPanelFrame::Layout ChartPanelFrame::layoutWith(const AxisTicks &bottom, const AxisTicks &start, bool panelTitle,
                                                    bool bottomTitle) const
{
    const double s = m_scale;
    const double gap = 6 * s;
    const double line = QFontMetricsF(m_labelFont).height();
    Layout result;
    result.panelTitle = panelTitle;
    result.bottomTitle = bottomTitle;
    double top = m_rect.top();
    if (panelTitle)
        top += ChartText::measure(m_panel.title, m_titleFont, m_rect.width()).height() + gap;
    // Bottom labels hang from their ticks, centred: the last may reach past the plot's end.
    double bottomLabels = 0;
    double endPad = 0;
    for (const AxisTicks::Tick &tick : bottom.ticks) {
        const QSizeF size = ChartText::measure(tick.label, m_labelFont, 0);
        bottomLabels = std::max(bottomLabels, size.height());
        endPad = std::max(endPad, size.width() / 2);
    }
    const double startLabels = startLabelsWidth(start);

    // The titles wrap to the plot's sides, which depend on the titles: two rounds settle it. The
    // start axis's title is turned along the axis, unless that takes more than two lines: then
    // it runs across the top of the panel, from the start edge.
    const double twoLines = 2.5 * QFontMetricsF(m_axisTitleFont).lineSpacing();
    for (const bool across : { false, true }) {
        result.startTitleAcross = across;
        const double plotTop = top + (across ? startTitleAcrossHeight() + gap : 0) + line / 2; // the top tick's label
        double startTitle = 0;
        bool turnedTooLong = false;
        for (int round = 0; round < 2; ++round) {
            const double width = std::max(m_rect.width() - startTitle - startLabels - gap - endPad, 1.0);
            const double bottomTitleHeight = bottomTitle ? ChartText::measure(m_bottomTitle, m_axisTitleFont, width).height() + gap : 0;
            const double bottomEdge = m_rect.bottom() - bottomTitleHeight - bottomLabels - gap;
            startTitle = 0;
            if (!m_startTitle.isEmpty() && !across) {
                const double turned = ChartText::measure(m_startTitle, m_axisTitleFont, std::max(bottomEdge - plotTop, 1.0)).height();
                turnedTooLong = turned > twoLines;
                startTitle = turned + gap;
            }
            const double startEdge = startTitle + startLabels + gap;
            result.plot = QRectF(m_rightToLeft ? m_rect.left() + endPad : m_rect.left() + startEdge, plotTop,
                                 m_rect.width() - startEdge - endPad, bottomEdge - plotTop);
        }
        if (!turnedTooLong)
            break;
    }
    return result;
}

double ChartPanelFrame::startTitleAcrossHeight() const
{
    return ChartText::measure(m_startTitle, m_axisTitleFont, m_rect.width()).height();
}

QList<ChartScene::DrawnAxis> ChartPanelFrame::addTo(QGraphicsScene *scene, const Layout &layout, const AxisTicks &bottom,
                                                    const AxisTicks &start) const
{
    const double s = m_scale;
    const double gap = 6 * s;
    const bool rtl = m_rightToLeft;
    const QColor color = ChartStyle::textColor();
    const QRectF &plot = layout.plot;
    double belowTitle = m_rect.top();
    if (layout.panelTitle) {
        auto *title = new ChartText(m_panel.title, m_titleFont, color, Qt::AlignHCenter, m_rect.width());
        title->setPos(m_rect.topLeft());
        scene->addItem(title);
        belowTitle += title->size().height() + gap;
    }

    // Along the bottom: labels centred under their ticks, never past the plot's start edge
    // (the start axis's labels are there) nor out of the panel; the title under them.
    ChartScene::DrawnAxis along;
    along.role = m_categories ? u"value"_s : u"time"_s;
    double labelsBottom = plot.bottom();
    for (const AxisTicks::Tick &tick : bottom.ticks) {
        auto *text = new ChartText(tick.label, m_labelFont, color, Qt::AlignHCenter, 0);
        const double width = text->size().width();
        const double x = plot.left() + bottom.fraction(tick.position) * plot.width();
        const double lowest = rtl ? m_rect.left() : plot.left() - gap;
        const double highest = (rtl ? plot.right() + gap : m_rect.right()) - width;
        text->setPos(std::clamp(x - width / 2, lowest, std::max(lowest, highest)), plot.bottom() + gap);
        addLabel(scene, text, along);
        labelsBottom = std::max(labelsBottom, plot.bottom() + gap + text->size().height());
    }
    if (layout.bottomTitle) {
        auto *title = new ChartText(m_bottomTitle, m_axisTitleFont, color, Qt::AlignHCenter, plot.width());
        title->setPos(plot.left(), labelsBottom + gap);
        scene->addItem(title);
        along.title = m_bottomTitle;
        along.titleRect = title->mapRectToScene(title->textRect());
    }

    // At the start edge: labels beside their ticks (categories wrapped, beside their rows),
    // aligned towards the plot; the title turned along the axis, reading up (down in Arabic), or
    // across the top.
    ChartScene::DrawnAxis across;
    across.role = m_categories ? u"category"_s : u"value"_s;
    const double wrap = m_categories ? categoryWidth(start) : 0;
    const Qt::Alignment towardsPlot = rtl ? Qt::AlignLeft : Qt::AlignRight;
    for (const AxisTicks::Tick &tick : start.ticks) {
        auto *text = new ChartText(tick.label, m_labelFont, color, towardsPlot, wrap);
        const QSizeF size = text->size();
        const double y = plot.bottom() - start.fraction(tick.position) * plot.height();
        const double top = std::clamp(y - size.height() / 2, m_rect.top(), std::max(m_rect.top(), m_rect.bottom() - size.height()));
        text->setPos(rtl ? plot.right() + gap : plot.left() - gap - size.width(), top);
        addLabel(scene, text, across);
    }
    if (!m_startTitle.isEmpty()) {
        ChartText *title = nullptr;
        if (layout.startTitleAcross) {
            title = new ChartText(m_startTitle, m_axisTitleFont, color, rtl ? Qt::AlignRight : Qt::AlignLeft, m_rect.width());
            title->setPos(m_rect.left(), belowTitle);
        } else {
            title = new ChartText(m_startTitle, m_axisTitleFont, color, Qt::AlignHCenter, plot.height());
            title->setRotation(rtl ? 90 : -90);
            title->setPos(rtl ? QPointF(m_rect.right(), plot.top()) : QPointF(m_rect.left(), plot.bottom()));
        }
        scene->addItem(title);
        across.title = m_startTitle;
        across.titleRect = title->mapRectToScene(title->textRect());
    }
    return { along, across };
}

} // namespace Atlas
