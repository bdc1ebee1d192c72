// SPDX-License-Identifier: GPL-3.0-or-later
#include "chartlabelplacer.h"

#include "chartpanelbuilder.h"
#include "chartstyle.h"
#include "charttext.h"

#include <QGraphicsEllipseItem>
#include <QGraphicsLineItem>
#include <QGraphicsScene>
#include <QPen>

#include <algorithm>
#include <cmath>

namespace Atlas {

namespace {

bool crosses(const QLineF &line, const QRectF &rect)
{
    if (rect.contains(line.p1()) || rect.contains(line.p2()))
        return true;
    const QLineF edges[] = { { rect.topLeft(), rect.topRight() }, { rect.topRight(), rect.bottomRight() },
                             { rect.bottomRight(), rect.bottomLeft() }, { rect.bottomLeft(), rect.topLeft() } };
    return std::any_of(std::cbegin(edges), std::cend(edges),
                       [&line](const QLineF &edge) { return line.intersects(edge) == QLineF::BoundedIntersection; });
}

// Where a leader line from a displaced label starts: the point, the range's top, the bar's value end.
QPointF leaderStart(ChartPanelKind kind, const FigureMark &mark)
{
    switch (kind) {
    case ChartPanelKind::Levels: return mark.anchor;
    case ChartPanelKind::Periods: return QPointF(mark.bar.center().x(), mark.bar.top());
    case ChartPanelKind::Changes:
        return QPointF(mark.valueEndRight ? mark.bar.right() : mark.bar.left(), mark.bar.center().y());
    }
    return {};
}

} // namespace

ChartLabelPlacer::ChartLabelPlacer(const ChartData &data, double scale)
    : m_font(ChartStyle::labelFont(data.formatter, scale))
    , m_rightToLeft(data.rightToLeft)
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
        const double beyondCap = off + 4 * s; // the caps are 6 wide each side
        const QRectF afterTop = at(p.x() + beyondCap, p.y() - size.height() / 2);
        const QRectF beforeTop = at(p.x() - beyondCap - size.width(), p.y() - size.height() / 2);
        return { at(p.x() - size.width() / 2, p.y() - 3 * s - size.height()), rtl ? beforeTop : afterTop,
                 rtl ? afterTop : beforeTop, at(b.x() - size.width() / 2, b.y() + 3 * s) };
    }
    case ChartPanelKind::Periods: {
        const QRectF &bar = mark.bar;
        const double startX = rtl ? bar.right() - size.width() : bar.left();
        const double endX = rtl ? bar.left() : bar.right() - size.width();
        const double above = bar.top() - 3 * s - size.height();
        return { at(startX, above), at(bar.center().x() - size.width() / 2, above), at(endX, above) };
    }
    case ChartPanelKind::Changes: {
        const QRectF &bar = mark.bar;
        const double y = bar.center().y() - size.height() / 2;
        return { mark.valueEndRight ? at(bar.right() + off, y) : at(bar.left() - off - size.width(), y) };
    }
    }
    return {};
}

bool ChartLabelPlacer::isFree(const QRectF &rect, const LabelObstacles &obstacles, const QList<QRectF> &labels) const
{
    // A line's pen and a glyph's overhang need a little room.
    const double pad = 2 * m_scale;
    const QRectF padded = rect.adjusted(-pad, -pad, pad, pad);
    auto hits = [&padded](const QRectF &r) { return r.intersects(padded); };
    return std::none_of(labels.cbegin(), labels.cend(), hits)
           && std::none_of(obstacles.areas.cbegin(), obstacles.areas.cend(), hits)
           && std::none_of(obstacles.lines.cbegin(), obstacles.lines.cend(),
                           [&padded](const QLineF &line) { return crosses(line, padded); });
}

QRectF ChartLabelPlacer::nearestFree(const QList<QRectF> &spots, const QRectF &allowed, const LabelObstacles &obstacles,
                               const QList<QRectF> &labels) const
{
    // The free spot nearest to a candidate, moved inside the plot first; vertical moves cost
    // less than sideways ones, which a reader follows less easily.
    QRectF best;
    double bestCost = 0;
    for (qsizetype i = 0; i < spots.size(); ++i) {
        QRectF base = spots.at(i);
        base.moveLeft(std::clamp(base.left(), allowed.left(), std::max(allowed.left(), allowed.right() - base.width())));
        base.moveTop(std::clamp(base.top(), allowed.top(), std::max(allowed.top(), allowed.bottom() - base.height())));
        const double stepY = base.height() / 2;
        const double stepX = base.width() / 4;
        for (int dy = -30; dy <= 30; ++dy) {
            for (int dx = -8; dx <= 8; ++dx) {
                const QRectF moved = base.translated(dx * stepX, dy * stepY);
                const double cost = std::hypot(moved.center().x() - spots.at(i).center().x(),
                                               (moved.center().y() - spots.at(i).center().y()) / 2)
                                    + double(i) * stepY;
                if ((best.isNull() || cost < bestCost) && allowed.contains(moved) && isFree(moved, obstacles, labels)) {
                    best = moved;
                    bestCost = cost;
                }
            }
        }
    }
    if (!best.isNull())
        return best;
    // Nowhere free (a plot too small for its labels): the first spot inside the plot.
    const auto inside = std::find_if(spots.cbegin(), spots.cend(), [&allowed](const QRectF &spot) { return allowed.contains(spot); });
    return inside != spots.cend() ? *inside : spots.first();
}

QList<QRectF> ChartLabelPlacer::addTo(QGraphicsScene *scene, ChartPanelKind kind, const QList<FigureMark> &marks,
                                      const QRectF &plot, const LabelObstacles &obstacles) const
{
    const double s = m_scale;
    const QRectF allowed = plot.adjusted(1, 1, -1, -1); // off the axis lines
    // First every label that has a free candidate spot takes it; then the others look for room,
    // so that a crowded group cannot push a lone label away from its mark.
    QList<QList<QRectF>> spots;
    QList<QRectF> placed(marks.size());
    QList<QRectF> taken;
    for (qsizetype i = 0; i < marks.size(); ++i) {
        spots.append(candidates(kind, marks.at(i), ChartText::measure(marks.at(i).item->label, m_font, 0)));
        for (const QRectF &spot : std::as_const(spots.last())) {
            if (allowed.contains(spot) && isFree(spot, obstacles, taken)) {
                placed[i] = spot;
                taken.append(spot);
                break;
            }
        }
    }
    for (qsizetype i = 0; i < marks.size(); ++i) {
        if (placed.at(i).isNull()) {
            placed[i] = nearestFree(spots.at(i), allowed, obstacles, taken);
            taken.append(placed.at(i));
        }
    }
    for (qsizetype i = 0; i < marks.size(); ++i) {
        const FigureMark &mark = marks.at(i);
        const QRectF &chosen = placed.at(i);
        if (!spots.at(i).contains(chosen)) {
            const QPointF from = leaderStart(kind, mark);
            const QPointF to(std::clamp(from.x(), chosen.left(), chosen.right()), std::clamp(from.y(), chosen.top(), chosen.bottom()));
            auto *leader = new QGraphicsLineItem(QLineF(from, to));
            leader->setPen(QPen(ChartStyle::axisColor(), 1.0 * s));
            leader->setZValue(4);
            scene->addItem(leader);
            // A dot where it starts, so that it plainly points at this mark and not at one behind.
            auto *dot = new QGraphicsEllipseItem(QRectF(from - QPointF(2 * s, 2 * s), QSizeF(4 * s, 4 * s)));
            dot->setPen(Qt::NoPen);
            dot->setBrush(ChartStyle::axisColor());
            dot->setZValue(4);
            scene->addItem(dot);
        }
        auto *text = new ChartText(mark.item->label, m_font, ChartStyle::textColor(), Qt::AlignLeft, 0);
        text->setPos(chosen.topLeft());
        text->setZValue(5);
        scene->addItem(text);
    }
    return placed;
}

} // namespace Atlas
