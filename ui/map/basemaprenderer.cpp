// SPDX-License-Identifier: GPL-3.0-or-later
#include "basemaprenderer.h"

#include "mapviewport.h"

#include <QLocale>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace Atlas {

namespace {

const QColor LandColor(0xf3, 0xf0, 0xe8);
const QColor SeaColor(0xd6, 0xe3, 0xea);
const QColor CoastColor(0x9d, 0xb4, 0xc2);
const QColor BorderColor(0xa3, 0x96, 0xa8);
const QColor RiverColor(0x8c, 0xb2, 0xcc);
const QColor CountryLabelColor(0x8c, 0x82, 0x8e);
const QColor WaterLabelColor(0x5d, 0x85, 0xa0);

QTransform worldToScreen(const MapViewport &viewport)
{
    const double scale = viewport.worldSize();
    const QPointF origin = viewport.toScreen(QPointF(0, 0));
    return QTransform(scale, 0, 0, scale, origin.x(), origin.y());
}

} // namespace

BaseMapRenderer::BaseMapRenderer(const BaseMap &baseMap)
    : m_baseMap(baseMap)
{
}

QColor BaseMapRenderer::seaColor()
{
    return SeaColor;
}

void BaseMapRenderer::paint(QPainter *painter, const MapViewport &viewport) const
{
    const QRectF screen(QPointF(0, 0), viewport.size());
    painter->save();
    painter->fillRect(screen, SeaColor);
    painter->setRenderHint(QPainter::Antialiasing, true);

    // A little slack so strokes at the edge are not cut short.
    const QRectF visible = viewport.visibleWorld().adjusted(-0.001, -0.001, 0.001, 0.001);
    const int level = m_baseMap.levelFor(viewport.zoom(), viewport.visibleWorld());
    const QTransform transform = worldToScreen(viewport);
    const double zoom = viewport.zoom();

    auto draw = [&](BaseMap::LayerType type, const QPen &pen, const QBrush &brush) {
        painter->setPen(pen);
        painter->setBrush(brush);
        for (const BaseMap::Layer &layer : m_baseMap.layers()) {
            if (layer.type != type || (layer.level != BaseMap::AllLevels && layer.level != level))
                continue;
            for (const BaseMap::Feature &feature : layer.features) {
                if (!feature.bounds.intersects(visible))
                    continue;
                if (brush.style() != Qt::NoBrush) {
                    QPainterPath path;
                    path.setFillRule(Qt::OddEvenFill);
                    for (const QPolygonF &ring : feature.parts)
                        path.addPolygon(transform.map(ring));
                    painter->drawPath(path);
                } else {
                    for (const QPolygonF &line : feature.parts)
                        painter->drawPolyline(transform.map(line));
                }
            }
        }
    };

    draw(BaseMap::LayerType::Land, Qt::NoPen, LandColor);
    draw(BaseMap::LayerType::Lake, QPen(CoastColor, 0.6), SeaColor);
    QPen river(RiverColor, zoom < 5 ? 0.8 : (zoom < 7 ? 1.3 : 1.8));
    river.setCapStyle(Qt::RoundCap);
    river.setJoinStyle(Qt::RoundJoin);
    draw(BaseMap::LayerType::River, river, Qt::NoBrush);
    draw(BaseMap::LayerType::Coastline, QPen(CoastColor, zoom < 6 ? 0.7 : 1.0), Qt::NoBrush);
    QPen border(BorderColor, zoom < 6 ? 0.9 : 1.3, Qt::DashLine);
    border.setDashPattern({6, 2.5});
    border.setJoinStyle(Qt::RoundJoin);
    draw(BaseMap::LayerType::Border, border, Qt::NoBrush);

    if (m_labelsVisible)
        paintLabels(painter, viewport);
    painter->restore();
}

void BaseMapRenderer::paintLabels(QPainter *painter, const MapViewport &viewport) const
{
    const double zoom = viewport.zoom();
    const QRectF screen(QPointF(0, 0), viewport.size());
    QList<QRectF> taken;

    for (const BaseMap::Label &label : m_baseMap.labels()) {
        if (zoom < label.minZoom)
            continue;
        QString text = m_baseMap.name(label.name).text(m_language);
        if (text.isEmpty())
            continue;
        QFont font = painter->font();
        QColor color = WaterLabelColor;
        switch (label.kind) {
        case BaseMap::Label::Kind::Country:
            font.setPointSizeF(std::clamp(7.0 + zoom * 0.9, 9.0, 14.0));
            font.setWeight(QFont::DemiBold);
            // Capitals in the string itself, not through the font: SVG keeps neither font
            // capitalization nor letter spacing, and the halo path and the text must match.
            if (m_language == Language::English)
                text = QLocale(QLocale::English).toUpper(text);
            color = CountryLabelColor;
            break;
        case BaseMap::Label::Kind::Sea:
            font.setPointSizeF(std::clamp(6.0 + zoom * 0.8, 9.0, 12.0));
            font.setItalic(m_language == Language::English);
            break;
        case BaseMap::Label::Kind::Lake:
        case BaseMap::Label::Kind::River:
            font.setPointSizeF(8.5);
            font.setItalic(m_language == Language::English);
            break;
        }
        const QPointF at = viewport.toScreen(QGeoCoordinate(label.latitude, label.longitude));
        const QFontMetricsF metrics(font);
        const QSizeF size(metrics.horizontalAdvance(text), metrics.height());
        // Rotated river names are checked by their unrotated box: close enough to avoid piles.
        const QRectF box(at - QPointF(size.width() / 2, size.height() / 2), size);
        if (!screen.intersects(box))
            continue;
        bool free = true;
        for (const QRectF &other : taken)
            free = free && !other.intersects(box);
        if (!free)
            continue;
        taken.append(box.adjusted(-4, -2, 4, 2));

        painter->save();
        painter->setFont(font);
        painter->translate(at);
        if (label.kind == BaseMap::Label::Kind::River)
            painter->rotate(label.angle);
        const QRectF textRect(-size.width() / 2, -size.height() / 2, size.width(), size.height());
        // A soft halo keeps names readable over borders and rivers.
        QPainterPath path;
        path.addText(textRect.left(), textRect.top() + metrics.ascent(), font, text);
        painter->setPen(QPen(QColor(255, 255, 255, 170), 2.5, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        painter->setBrush(Qt::NoBrush);
        painter->drawPath(path);
        painter->setPen(color);
        painter->drawText(textRect, Qt::AlignCenter, text);
        painter->restore();
    }
}

BaseMapImageCache::BaseMapImageCache(const BaseMapRenderer &renderer)
    : m_renderer(renderer)
{
}

void BaseMapImageCache::paint(QPainter *painter, const MapViewport &viewport, qreal devicePixelRatio)
{
    const QSizeF cachedSize = viewport.size() + QSizeF(2 * Margin, 2 * Margin);
    QPointF shift;
    bool reuse = !m_image.isNull() && qFuzzyCompare(m_zoom, viewport.zoom()) && m_size == viewport.size()
        && qFuzzyCompare(m_image.devicePixelRatio(), devicePixelRatio);
    if (reuse) {
        shift = (MapViewport::project(viewport.center()) - MapViewport::project(m_center)) * viewport.worldSize();
        reuse = std::abs(shift.x()) <= Margin && std::abs(shift.y()) <= Margin;
    }
    if (!reuse) {
        m_image = QImage((cachedSize * devicePixelRatio).toSize(), QImage::Format_ARGB32_Premultiplied);
        m_image.setDevicePixelRatio(devicePixelRatio);
        QPainter cachePainter(&m_image);
        cachePainter.setFont(painter->font());
        m_renderer.paint(&cachePainter, MapViewport(viewport.center(), viewport.zoom(), cachedSize));
        m_center = viewport.center();
        m_zoom = viewport.zoom();
        m_size = viewport.size();
        shift = {};
        ++m_repaints;
    }
    painter->drawImage(QPointF(-Margin - shift.x(), -Margin - shift.y()), m_image);
}

} // namespace Atlas
