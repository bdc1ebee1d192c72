// SPDX-License-Identifier: GPL-3.0-or-later
#include "basemaplayer.h"

#include "mapviewport.h"

#include <QQuickWindow>

using namespace Qt::StringLiterals;

namespace Atlas {

BaseMapLayer::BaseMapLayer(QQuickItem *parent)
    : QQuickPaintedItem(parent)
{
    setOpaquePainting(true);
    connect(this, &QQuickItem::widthChanged, this, [this] { update(); });
    connect(this, &QQuickItem::heightChanged, this, [this] { update(); });
}

void BaseMapLayer::setCenter(const QGeoCoordinate &center)
{
    if (center == m_center)
        return;
    m_center = center;
    Q_EMIT viewChanged();
    update();
}

void BaseMapLayer::setZoomLevel(double zoom)
{
    if (qFuzzyCompare(zoom, m_zoom))
        return;
    m_zoom = zoom;
    Q_EMIT viewChanged();
    update();
}

void BaseMapLayer::setLanguage(const QString &language)
{
    if (language == m_language)
        return;
    m_language = language;
    m_renderer.setLanguage(language == u"ar" ? Language::Arabic : Language::English);
    m_cache.invalidate();
    Q_EMIT languageChanged();
    update();
}

void BaseMapLayer::paint(QPainter *painter)
{
    const qreal ratio = window() ? window()->effectiveDevicePixelRatio() : 1.0;
    m_cache.paint(painter, MapViewport(m_center, m_zoom, size()), ratio);
}

} // namespace Atlas
