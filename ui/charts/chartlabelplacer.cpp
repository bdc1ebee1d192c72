// SPDX-License-Identifier: GPL-3.0-or-later
#include "chartlabelplacer.h"

#include "chartpanelbuilder.h"
#include "chartstyle.h"
#include "charttext.h"

#include <QFontMetricsF>
#include <QGraphicsLineItem>
#include <QGraphicsScene>
#include <QPen>

#include <algorithm>
#include <cmath>

namespace Atlas {

namespace {

bool isFree(const QRectF &rect, const QList<QRectF> &occupied)
{
    return std::none_of(occupied.cbegin(), occupied.cend(), [&rect](const QRectF &r) { return r.intersects(rect); });
}

} // namespace

ChartLabelPlacer::ChartLabelPlacer(const ChartData &data, QSizeF pageSize, double scale)
    : m_font(ChartStyle::font(data.formatter, 12 * scale))
    , m_rightToLeft(data.rightToLeft)
    , m_pageWidth(pageSize.width())
    , m_scale(scale)
{
}

QList<QRectF> ChartLabelPlacer::candidates(ChartPanelKind kind, const FigureMark &mark, QSizeF size) const
{
    const double s = m_scale;
    const bool rtl = m_rightToLeft;
    const double off = 7 * s;
    auto at = [&size](double x, double y) { return QRectF(QPointF(x, y), size); };
    switch (kind) {
    case ChartPanelKind::Levels: {
        const QPointF p = mark.anchor;
        if (mark.item->value) {
            const QRectF after = at(p.x() + off + 2 * s, p.y() - size.height() / 2);
            const QRectF before = at(p.x() - off - 2 * s - size.width(), p.y() - size.height() / 2);
            return { rtl ? before : after, rtl ? after : before,
                     at(p.x() - size.width() / 2, p.y() - off - size.height()),
                     at(p.x() - size.width() / 2, p.y() + off) };
        }
        const QPointF b = mark.lowerEnd;
        const QRectF afterTop = at(p.x() + off, p.y() - size.height() / 2);
        const QRectF beforeTop = at(p.x() - off - size.width(), p.y() - size.height() / 2);
        return { at(p.x() - size.width() / 2, p.y() - 3 * s - size.height()), rtl ? beforeTop : afterTop,
                 rtl ? afterTop : beforeTop, at(b.x() - size.width() / 2, b.y() + 3 * s) };
    }
    case ChartPanelKind::Periods: {
        const QRectF &bar = mark.bar;
        const double startX = rtl ? bar.right() - size.width() : bar.left();
        const double endX = rtl ? bar.left() : bar.right() - size.width();
        const double above = bar.top() - 3 * s - size.height();
        return { at(startX, above), at(bar.center().x() - size.width() / 2, above), at(endX, above),
                 at(startX + (rtl ? -4 * s : 4 * s), bar.top() + 3 * s) };
    }
    case ChartPanelKind::Changes: {
        const QRectF &bar = mark.bar;
        const double y = bar.center().y() - size.height() / 2;
        if (mark.valueEndRight)
            return { at(bar.right() + off, y), at(bar.right() - off - size.width(), y) };
        return { at(bar.left() - off - size.width(), y), at(bar.left() + off, y) };
    }
    }
    return {};
}

QList<QRectF> ChartLabelPlacer::addTo(QGraphicsScene *scene, ChartPanelKind kind, const QList<FigureMark> &marks,
                                      const QRectF &plot) const
{
    const double s = m_scale;
    const QRectF allowed = plot.adjusted(-4 * s, -2 * s, 4 * s, 2 * s);
    const QFontMetricsF metrics(m_font);
    // Labels keep off points and whiskers; a bar may carry its label.
    QList<QRectF> occupied;
    if (kind == ChartPanelKind::Levels) {
        for (const FigureMark &mark : marks)
            for (const QRectF &hit : mark.hitRects)
                occupied.append(hit.adjusted(2 * s, 2 * s, -2 * s, -2 * s));
    }

    QList<QRectF> placed;
    for (const FigureMark &mark : marks) {
        const QString &label = mark.item->label;
        const QSizeF size(std::ceil(metrics.horizontalAdvance(label)) + 2, std::ceil(metrics.height()));
        const QList<QRectF> spots = candidates(kind, mark, size);
        QRectF chosen;
        for (const QRectF &spot : spots) {
            if (allowed.contains(spot) && isFree(spot, occupied)) {
                chosen = spot;
                break;
            }
        }
        if (chosen.isNull()) {
            const auto inside = std::find_if(spots.cbegin(), spots.cend(),
                                             [&allowed](const QRectF &spot) { return allowed.contains(spot); });
            const QRectF base = inside != spots.cend() ? *inside : spots.first();
            chosen = base;
            const double stepY = base.height() * 0.5;
            for (int i = 1; i < 40; ++i) {
                const double dy = (i % 2 ? 1 : -1) * ((i + 1) / 2) * stepY;
                const QRectF moved = base.translated(0, dy);
                if (isFree(moved, occupied) && allowed.contains(moved)) {
                    chosen = moved;
                    break;
                }
            }
        }
        // Keep the label on the page even when the plot is too small for it.
        if (chosen.right() > m_pageWidth)
            chosen.moveRight(m_pageWidth - 2);
        if (chosen.left() < 0)
            chosen.moveLeft(2);
        occupied.append(chosen);
        const bool displaced = !mark.anchor.isNull() && !spots.contains(chosen);
        if (displaced) {
            const double edgeX = std::clamp(mark.anchor.x(), chosen.left(), chosen.right());
            const double edgeY = std::clamp(mark.anchor.y(), chosen.top(), chosen.bottom());
            auto *leader = new QGraphicsLineItem(QLineF(mark.anchor, QPointF(edgeX, edgeY)));
            leader->setPen(QPen(ChartStyle::axisColor(), 1.0 * s));
            leader->setZValue(4);
            scene->addItem(leader);
        }
        auto *text = new ChartText(label, m_font, ChartStyle::textColor(), Qt::AlignLeft, 0);
        text->setPos(chosen.topLeft());
        text->setZValue(5);
        scene->addItem(text);
        placed.append(chosen);
    }
    return placed;
}

} // namespace Atlas
