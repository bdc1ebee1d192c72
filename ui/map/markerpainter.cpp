// SPDX-License-Identifier: GPL-3.0-or-later
#include "markerpainter.h"

#include <QPainter>
#include <QPainterPath>

#include <cmath>

using namespace Qt::StringLiterals;

namespace Atlas {

namespace {

const QColor ActiveFill(0xc2, 0x41, 0x2d);     // places with filtered events
const QColor BaseFill(0x7a, 0x1f, 0x2b);       // military bases with events
const QColor RiverFill(0x3f, 0x7f, 0xb0);
const QColor IdleFill(0xff, 0xff, 0xff);
const QColor IdleOutline(0x80, 0x78, 0x70);
const QColor SelectionColor(0x1f, 0x6f, 0xeb);
const QColor LabelColor(0x2b, 0x2b, 0x2b);

void drawSymbol(QPainter *painter, const QString &kind, const QPointF &c, double r)
{
    if (kind == u"base") {
        painter->drawRect(QRectF(c.x() - r * 0.9, c.y() - r * 0.9, r * 1.8, r * 1.8));
    } else if (kind == u"road") {
        const QPointF diamond[] = {{c.x(), c.y() - r * 1.15}, {c.x() + r * 1.15, c.y()},
                                   {c.x(), c.y() + r * 1.15}, {c.x() - r * 1.15, c.y()}};
        painter->drawPolygon(diamond, 4);
    } else if (kind == u"city" || kind == u"town" || kind == u"river" || kind == u"province"
               || kind == u"region" || kind == u"country" || kind == u"border_area" || kind == u"desert") {
        painter->drawEllipse(c, r, r);
    } else {
        const QPointF triangle[] = {{c.x(), c.y() - r * 1.15}, {c.x() + r * 1.05, c.y() + r * 0.75},
                                    {c.x() - r * 1.05, c.y() + r * 0.75}};
        painter->drawPolygon(triangle, 3);
    }
}

} // namespace

QFont MarkerPainter::defaultLabelFont()
{
    QFont font;
    font.setPointSizeF(9);
    font.setWeight(QFont::Medium);
    return font;
}

void MarkerPainter::paint(QPainter *painter, const QList<PlaceMarker> &markers,
                          const QList<MarkerLayout::Cluster> &clusters, const QFont &labelFont,
                          const Formatter &formatter)
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, true);

    // Least important first, so the important ones end on top.
    for (qsizetype i = clusters.size() - 1; i >= 0; --i) {
        const MarkerLayout::Cluster &cluster = clusters.at(i);
        const PlaceMarker &lead = markers.at(cluster.members.constFirst());
        const double r = cluster.radius;
        const bool active = cluster.eventCount > 0;
        const bool area = lead.kind == u"province" || lead.kind == u"region" || lead.kind == u"country";

        if (cluster.selected) {
            painter->setPen(QPen(SelectionColor, 2.5));
            painter->setBrush(QColor(31, 111, 235, 40));
            painter->drawEllipse(cluster.position, r + 6, r + 6);
        }
        if (cluster.members.size() > 1) {
            // A second outline behind says "more than one place here".
            painter->setPen(QPen(active ? ActiveFill.darker(130) : IdleOutline, 1));
            painter->setBrush(Qt::white);
            drawSymbol(painter, lead.kind, cluster.position + QPointF(3, -3), r);
        }
        QColor fill = IdleFill;
        if (active)
            fill = lead.kind == u"base" ? BaseFill : (lead.kind == u"river" ? RiverFill : ActiveFill);
        QPen outline(active ? fill.darker(140) : IdleOutline, area ? 1.6 : 1.2);
        if (area)
            outline.setStyle(Qt::DashLine);
        painter->setPen(outline);
        QColor areaFill = fill;
        if (area && active)
            areaFill.setAlpha(190);
        painter->setBrush(areaFill);
        drawSymbol(painter, lead.kind, cluster.position, r);

        if (active && r >= 7.5) {
            QFont countFont = labelFont;
            countFont.setPixelSize(std::max(9, int(r * 0.85)));
            countFont.setWeight(QFont::Bold);
            painter->setFont(countFont);
            painter->setPen(Qt::white);
            painter->drawText(QRectF(cluster.position.x() - r, cluster.position.y() - r, 2 * r, 2 * r),
                              Qt::AlignCenter, formatter.number(cluster.eventCount));
        }
    }

    // On screen the halo is the name drawn around itself (cached glyphs, fast); in SVG and PDF it
    // is an outline path, so each name exists once as text there.
    const int device = painter->device() ? painter->device()->devType() : QInternal::Image;
    const bool vectorOutput = device != QInternal::Image && device != QInternal::Pixmap && device != QInternal::Widget;

    // Names last, above every symbol: a white halo path, then the name as text, aligned to the
    // side that faces the symbol so right-to-left names end next to it.
    for (const MarkerLayout::Cluster &cluster : clusters) {
        if (cluster.label.isEmpty())
            continue;
        const QFont font = MarkerLayout::labelFontFor(cluster, labelFont);
        const QFontMetricsF metrics(font);
        const double width = metrics.horizontalAdvance(cluster.label);
        const bool before = cluster.labelRect.right() <= cluster.position.x();
        const double x = before ? cluster.labelRect.right() - 1 - width : cluster.labelRect.left() + 1;
        const double baseline = cluster.labelRect.top() + (cluster.labelRect.height() - metrics.height()) / 2
            + metrics.ascent();
        painter->setFont(font);
        if (vectorOutput) {
            QPainterPath halo;
            halo.addText(x, baseline, font, cluster.label);
            painter->setPen(QPen(QColor(255, 255, 255, 215), 3, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
            painter->setBrush(Qt::NoBrush);
            painter->drawPath(halo);
        } else {
            painter->setPen(QColor(255, 255, 255, 200));
            for (const QPointF offset : {QPointF(-1, 0), QPointF(1, 0), QPointF(0, -1), QPointF(0, 1)})
                painter->drawText(QPointF(x, baseline) + offset, cluster.label);
        }
        painter->setPen(cluster.selected ? SelectionColor.darker(130) : LabelColor);
        painter->drawText(QPointF(x, baseline), cluster.label);
    }
    painter->restore();
}

} // namespace Atlas
