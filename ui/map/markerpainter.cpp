// SPDX-License-Identifier: GPL-3.0-or-later
#include "markerpainter.h"

#include <QPainter>
#include <QHash>
#include <QImage>
#include <QPaintDevice>
#include <QPainterPath>
#include <QStaticText>

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
const QColor LeaderColor(0x6b, 0x64, 0x5e);
constexpr qsizetype MaxCounts = 400;

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

// Names and counts drawn on raster devices, shaped once and reused across frames: shaping text
// with HarfBuzz on every frame (five times per name, with the halo) cost more than the symbols.
// One cache per thread, like the symbol sprites; it is emptied when it grows past a few frames'
// worth of distinct strings.
const QStaticText &staticText(const QString &text, const QFont &font)
{
    thread_local QHash<QString, QStaticText> cache;
    const QString key = font.key() + u'|' + text;
    auto found = cache.constFind(key);
    if (found == cache.cend()) {
        if (cache.size() > 4096)
            cache.clear();
        QStaticText prepared(text);
        prepared.setTextFormat(Qt::PlainText);
        prepared.setPerformanceHint(QStaticText::AggressiveCaching);
        prepared.prepare(QTransform(), font);
        found = cache.insert(key, prepared);
    }
    return *found;
}

bool isAreaKind(const QString &kind)
{
    return kind == u"province" || kind == u"region" || kind == u"country" || kind == u"border_area"
        || kind == u"desert";
}

// On raster devices each distinct symbol is drawn once into a small image and then blitted:
// thousands of antialiased shapes per frame would not fit in 16 ms. Vector devices get shapes.
// One cache per thread, as QQuickPaintedItem may paint on the render thread.
void paintSymbol(QPainter *painter, bool raster, const QString &kind, const QPointF &center, double r,
                 const QPen &pen, const QColor &fill)
{
    if (!raster) {
        painter->setPen(pen);
        painter->setBrush(fill);
        drawSymbol(painter, kind, center, r);
        return;
    }
    thread_local QHash<QString, QImage> sprites;
    const qreal ratio = painter->device()->devicePixelRatio();
    const int shape = kind == u"base" ? 1 : kind == u"road" ? 2 : isAreaKind(kind) || kind == u"city" || kind == u"town" || kind == u"river" ? 0 : 3;
    const QString key = QStringLiteral("%1|%2|%3|%4|%5|%6|%7")
                            .arg(shape).arg(qRound(r * 4)).arg(pen.color().rgba()).arg(qRound(pen.widthF() * 4))
                            .arg(int(pen.style())).arg(fill.rgba()).arg(ratio);
    auto sprite = sprites.constFind(key);
    const double half = std::ceil(r * 1.2 + pen.widthF() + 1);
    if (sprite == sprites.constEnd()) {
        if (sprites.size() > 2000)
            sprites.clear();
        QImage image(QSize(int(2 * half * ratio), int(2 * half * ratio)), QImage::Format_ARGB32_Premultiplied);
        image.setDevicePixelRatio(ratio);
        image.fill(Qt::transparent);
        QPainter spritePainter(&image);
        spritePainter.setRenderHint(QPainter::Antialiasing, true);
        spritePainter.setPen(pen);
        spritePainter.setBrush(fill);
        drawSymbol(&spritePainter, kind, QPointF(half, half), r);
        spritePainter.end();
        sprite = sprites.insert(key, image);
    }
    painter->drawImage(QPointF(std::round(center.x() - half), std::round(center.y() - half)), *sprite);
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

    const int device = painter->device() ? painter->device()->devType() : QInternal::Image;
    const bool raster = device == QInternal::Image || device == QInternal::Pixmap || device == QInternal::Widget;

    // Least important first, so the important ones end on top.
    for (qsizetype i = clusters.size() - 1; i >= 0; --i) {
        const MarkerLayout::Cluster &cluster = clusters.at(i);
        const PlaceMarker &lead = markers.at(cluster.members.constFirst());
        const double r = cluster.radius;
        const bool active = cluster.eventCount > 0;
        const bool area = isAreaKind(lead.kind);

        if (cluster.selected) {
            painter->setPen(QPen(SelectionColor, 2.5));
            painter->setBrush(QColor(31, 111, 235, 40));
            painter->drawEllipse(cluster.position, r + 6, r + 6);
        }
        QColor fill = IdleFill;
        if (active)
            fill = lead.kind == u"base" ? BaseFill : (lead.kind == u"river" ? RiverFill : ActiveFill);
        // A heavier outline says "more than one place here".
        const bool several = cluster.members.size() > 1;
        QPen outline(active ? fill.darker(several ? 180 : 140) : IdleOutline, several ? 2.6 : (area ? 1.6 : 1.2));
        if (area)
            outline.setStyle(Qt::DashLine);
        QColor areaFill = fill;
        if (area && active)
            areaFill.setAlpha(190);
        paintSymbol(painter, raster, lead.kind, cluster.position, r, outline, areaFill);

        // Counts inside the symbols of the most important clusters only: thousands of tiny
        // numbers would be noise (and cost a frame).
        if (active && r >= 7.5 && i < MaxCounts) {
            QFont countFont = labelFont;
            countFont.setPixelSize(std::max(9, int(r * 0.85)));
            countFont.setWeight(QFont::Bold);
            painter->setFont(countFont);
            painter->setPen(Qt::white);
            const QString count = formatter.number(cluster.eventCount);
            if (raster) {
                const QStaticText &text = staticText(count, countFont);
                painter->drawStaticText(cluster.position - QPointF(text.size().width(), text.size().height()) / 2, text);
            } else {
                painter->drawText(QRectF(cluster.position.x() - r, cluster.position.y() - r, 2 * r, 2 * r),
                                  Qt::AlignCenter, count);
            }
        }
    }

    // On screen the halo is the name drawn around itself (cached glyphs, fast); in SVG and PDF it
    // is an outline path, so each name exists once as text there.
    const bool vectorOutput = !raster;

    // Leader lines to names set further out, under the names.
    painter->setPen(QPen(LeaderColor, 0.9));
    for (const MarkerLayout::Cluster &cluster : clusters) {
        if (!cluster.leader.isNull() && !cluster.label.isEmpty())
            painter->drawLine(cluster.leader);
    }

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
            painter->setPen(cluster.selected ? SelectionColor.darker(130) : LabelColor);
            painter->drawText(QPointF(x, baseline), cluster.label);
        } else {
            const QStaticText &text = staticText(cluster.label, font);
            const QPointF topLeft(x, baseline - metrics.ascent());
            painter->setPen(QColor(255, 255, 255, 200));
            for (const QPointF offset : {QPointF(-1, 0), QPointF(1, 0), QPointF(0, -1), QPointF(0, 1)})
                painter->drawStaticText(topLeft + offset, text);
            painter->setPen(cluster.selected ? SelectionColor.darker(130) : LabelColor);
            painter->drawStaticText(topLeft, text);
        }
    }
    painter->restore();
}

} // namespace Atlas
