// SPDX-License-Identifier: GPL-3.0-or-later
#include "chartlegend.h"

#include "chartstyle.h"
#include "charttext.h"

#include <QGraphicsPathItem>
#include <QGraphicsScene>
#include <QPen>

#include <algorithm>

namespace Atlas {

ChartLegend::ChartLegend(const ChartData &data, double scale)
    : m_formatter(data.formatter)
    , m_rightToLeft(data.rightToLeft)
    , m_scale(scale)
{
    for (const ChartPanel &panel : data.panels) {
        for (const ChartSeries &series : panel.series) {
            const bool known = std::any_of(m_entries.cbegin(), m_entries.cend(),
                                           [&series](const Entry &e) { return e.key == series.key; });
            if (!known)
                m_entries.append({ series.key, series.name, series.colorIndex, panel.kind != ChartPanelKind::Levels });
        }
    }
}

QList<QColor> ChartLegend::colors() const
{
    QList<QColor> result;
    for (const Entry &entry : m_entries)
        result.append(ChartStyle::seriesColor(entry.colorIndex));
    return result;
}

double ChartLegend::addTo(QGraphicsScene *scene, double left, double top, double width) const
{
    if (m_entries.isEmpty())
        return 0;
    const double s = m_scale;
    const bool rtl = m_rightToLeft;
    const QFont font = ChartStyle::font(m_formatter, 13 * s);
    const double swatch = 12 * s;
    const double gap = 6 * s;
    const double spacing = 22 * s;
    double line = 0;
    double cursor = 0; // distance from the start edge
    double lineHeight = 0;
    for (const Entry &entry : m_entries) {
        auto *text = new ChartText(entry.name, font, ChartStyle::textColor(), Qt::AlignLeft, 0);
        const double entryWidth = swatch + gap + text->size().width();
        lineHeight = std::max(lineHeight, text->size().height());
        if (cursor > 0 && cursor + entryWidth > width) {
            line += lineHeight + 4 * s;
            cursor = 0;
        }
        const double y = top + line;
        const double swatchStart = rtl ? left + width - cursor - swatch : left + cursor;
        const double textStart = rtl ? swatchStart - gap - text->size().width() : swatchStart + swatch + gap;
        QPainterPath path;
        if (entry.bar) {
            path.addRect(0, -swatch / 2, swatch, swatch);
        } else {
            path = ChartStyle::shapePath(ChartStyle::seriesShape(entry.colorIndex), swatch);
            path.translate(swatch / 2, 0);
        }
        auto *mark = new QGraphicsPathItem(path);
        const QColor fill = ChartStyle::seriesColor(entry.colorIndex);
        mark->setBrush(fill);
        mark->setPen(QPen(fill.darker(115), 1));
        mark->setPos(swatchStart, y + text->size().height() / 2);
        scene->addItem(mark);
        text->setPos(textStart, y);
        scene->addItem(text);
        cursor += entryWidth + spacing;
    }
    return line + lineHeight;
}

} // namespace Atlas
