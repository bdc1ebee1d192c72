// SPDX-License-Identifier: GPL-3.0-or-later
#include "chartpagelayout.h"

#include "chartlegend.h"
#include "chartpanelframe.h"
#include "chartstyle.h"
#include "charttext.h"

#include <QGraphicsScene>

#include <algorithm>

namespace Atlas {

ChartPageLayout::ChartPageLayout(const ChartData &data, QSizeF pageSize)
    : m_data(data)
    , m_pageSize(pageSize)
    , m_scale(ChartStyle::scale(pageSize))
    , m_margin(22 * m_scale)
    , m_width(pageSize.width() - 2 * m_margin)
{
}

QList<QRectF> ChartPageLayout::addTo(QGraphicsScene *scene) const
{
    const double s = m_scale;
    const Formatter &format = m_data.formatter;
    double top = m_margin;
    top += addTextBlock(scene, m_data.title, ChartStyle::font(format, 22 * s, true), ChartStyle::textColor(), top);
    if (!m_data.subtitle.isEmpty()) {
        top += 2 * s + addTextBlock(scene, m_data.subtitle, ChartStyle::font(format, 14 * s), ChartStyle::mutedColor(),
                                    top + 2 * s);
    }
    top += 10 * s;
    const double legendHeight = ChartLegend(m_data, s).addTo(scene, m_margin, top, m_width);
    if (legendHeight > 0)
        top += legendHeight + 10 * s;

    // The footer is measured first: the panels take what is left.
    const double panelsBottom = m_pageSize.height() - m_margin - addFooter(scene) - 8 * s;

    if (m_data.isEmpty()) {
        auto *empty = new ChartText(m_data.emptyText, ChartStyle::font(format, 16 * s), ChartStyle::mutedColor(),
                                    Qt::AlignHCenter, m_width);
        empty->setPos(m_margin, (top + panelsBottom - empty->size().height()) / 2);
        scene->addItem(empty);
        return {};
    }
    return panelRects(top, panelsBottom);
}

double ChartPageLayout::addTextBlock(QGraphicsScene *scene, const QString &text, const QFont &font,
                                     const QColor &color, double top) const
{
    auto *item = new ChartText(text, font, color, m_data.rightToLeft ? Qt::AlignRight : Qt::AlignLeft, m_width);
    item->setPos(m_margin, top);
    scene->addItem(item);
    return item->size().height();
}

// The notes, then the source line, set on the page's bottom margin; returns their height.
double ChartPageLayout::addFooter(QGraphicsScene *scene) const
{
    const double s = m_scale;
    const QFont noteFont = ChartStyle::font(m_data.formatter, 12 * s);
    QStringList lines = m_data.notes;
    if (!m_data.sourceLine.isEmpty())
        lines.append(m_data.sourceLine);
    QList<ChartText *> footer;
    double height = 0;
    for (const QString &line : std::as_const(lines)) {
        const QColor color = line == m_data.sourceLine ? ChartStyle::textColor() : ChartStyle::mutedColor();
        auto *item = new ChartText(line, noteFont, color, m_data.rightToLeft ? Qt::AlignRight : Qt::AlignLeft, m_width);
        footer.append(item);
        height += item->size().height() + 3 * s;
    }
    double y = m_pageSize.height() - m_margin - height;
    for (ChartText *item : std::as_const(footer)) {
        item->setPos(m_margin, y);
        scene->addItem(item);
        y += item->size().height() + 3 * s;
    }
    return height;
}

QList<QRectF> ChartPageLayout::panelRects(double top, double bottom) const
{
    const double gap = 14 * m_scale;
    const double available = bottom - top - gap * double(m_data.panels.size() - 1);
    // A Changes panel beside others gets the height its rows of labels need (between 30%
    // and 60% of what there is); the other panels share the rest.
    QList<double> heights;
    double fixed = 0;
    qsizetype shared = 0;
    for (const ChartPanel &panel : m_data.panels) {
        double height = 0;
        if (panel.kind == ChartPanelKind::Changes && m_data.panels.size() > 1) {
            const ChartPanelFrame frame(m_data.formatter, m_data.rightToLeft, panel, QRectF(0, 0, m_width, available), m_scale);
            height = std::clamp(frame.heightForCategories(), available * 0.3, available * 0.6);
        }
        heights.append(height);
        fixed += height;
        shared += height > 0 ? 0 : 1;
    }
    QList<QRectF> rects;
    double y = top;
    for (double height : std::as_const(heights)) {
        if (height <= 0)
            height = (available - fixed) / double(shared);
        height = std::max(height, 80.0);
        rects.append(QRectF(m_margin, y, m_width, height));
        y += height + gap;
    }
    return rects;
}

} // namespace Atlas
