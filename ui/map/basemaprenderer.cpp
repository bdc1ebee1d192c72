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

BaseMapRenderer::PlacedLabel BaseMapRenderer::styled(const BaseMap::Label &label, double zoom,
                                                     const QFont &baseFont) const
{
    PlacedLabel style;
    style.text = m_baseMap.name(label.name).text(m_language);
    style.font = baseFont;
    style.color = WaterLabelColor;
    style.angle = label.kind == BaseMap::Label::Kind::River ? label.angle : 0;
    style.kind = label.kind;
    switch (label.kind) {
    case BaseMap::Label::Kind::Country:
        style.font.setPointSizeF(std::clamp(7.0 + zoom * 0.9, 9.0, 14.0));
        style.font.setWeight(QFont::DemiBold);
        // Capitals in the string itself, not through the font: SVG keeps neither font
        // capitalization nor letter spacing, and the halo path and the text must match.
        if (m_language == Language::English)
            style.text = QLocale(QLocale::English).toUpper(style.text);
        style.color = CountryLabelColor;
        break;
    case BaseMap::Label::Kind::Sea:
        style.font.setPointSizeF(std::clamp(6.0 + zoom * 0.8, 9.0, 12.0));
        style.font.setItalic(m_language == Language::English);
        break;
    case BaseMap::Label::Kind::Lake:
    case BaseMap::Label::Kind::River:
        style.font.setPointSizeF(8.5);
        style.font.setItalic(m_language == Language::English);
        break;
    }
    return style;
}

QList<BaseMapRenderer::PlacedLabel> BaseMapRenderer::labelPlacements(const MapViewport &viewport,
                                                                    const QFont &baseFont) const
{
    constexpr double EdgeMargin = 3;
    const double zoom = viewport.zoom();
    const QRectF screen(QPointF(0, 0), viewport.size());
    const QRectF inside = screen.adjusted(EdgeMargin, EdgeMargin, -EdgeMargin, -EdgeMargin);
    QList<QRectF> taken;
    QList<PlacedLabel> placed;
    for (const BaseMap::Label &label : m_baseMap.labels()) {
        if (zoom < label.minZoom)
            continue;
        PlacedLabel name = styled(label, zoom, baseFont);
        if (name.text.isEmpty())
            continue;
        // A name whose place is out of view is not drawn; one whose place is in view is moved
        // in from the edge rather than cut by it.
        const QPointF at = viewport.toScreen(QGeoCoordinate(label.latitude, label.longitude));
        if (!screen.contains(at))
            continue;
        const QFontMetricsF metrics(name.font);
        const QSizeF size(metrics.horizontalAdvance(name.text), metrics.height());
        if (size.width() > inside.width() || size.height() > inside.height())
            continue;
        // Rotated river names are checked by their unrotated box: close enough to avoid piles.
        QRectF box(at - QPointF(size.width() / 2, size.height() / 2), size);
        box.moveLeft(std::clamp(box.left(), inside.left(), inside.right() - box.width()));
        box.moveTop(std::clamp(box.top(), inside.top(), inside.bottom() - box.height()));
        if (std::any_of(taken.cbegin(), taken.cend(), [&box](const QRectF &other) { return other.intersects(box); }))
            continue;
        taken.append(box.adjusted(-4, -2, 4, 2));
        name.rect = box;
        placed.append(name);
    }
    return placed;
}

void BaseMapRenderer::paintLabels(QPainter *painter, const MapViewport &viewport) const
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, true);
    for (const PlacedLabel &name : labelPlacements(viewport, painter->font())) {
        painter->save();
        painter->setFont(name.font);
        painter->translate(name.rect.center());
        painter->rotate(name.angle);
        const QRectF textRect(-name.rect.width() / 2, -name.rect.height() / 2, name.rect.width(), name.rect.height());
        // A soft halo keeps names readable over borders, rivers and markers.
        QPainterPath path;
        path.addText(textRect.left(), textRect.top() + QFontMetricsF(name.font).ascent(), name.font, name.text);
        painter->setPen(QPen(QColor(255, 255, 255, 170), 2.5, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        painter->setBrush(Qt::NoBrush);
        painter->drawPath(path);
        painter->setPen(name.color);
        painter->drawText(textRect, Qt::AlignCenter, name.text);
        painter->restore();
    }
    painter->restore();
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
