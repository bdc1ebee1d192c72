// SPDX-License-Identifier: GPL-3.0-or-later
#include "scalebaritem.h"

#include "mapviewport.h"
#include "scalebar.h"

using namespace Qt::StringLiterals;

namespace Atlas {

ScaleBarItem::ScaleBarItem(QQuickItem *parent)
    : QQuickPaintedItem(parent)
{
}

void ScaleBarItem::setCenter(const QGeoCoordinate &center)
{
    if (center == m_center)
        return;
    m_center = center;
    Q_EMIT viewChanged();
    update();
}

void ScaleBarItem::setZoomLevel(double zoom)
{
    if (qFuzzyCompare(zoom, m_zoom))
        return;
    m_zoom = zoom;
    Q_EMIT viewChanged();
    update();
}

void ScaleBarItem::setLanguage(const QString &language)
{
    if (language == m_language)
        return;
    m_language = language;
    Q_EMIT viewChanged();
    update();
}

void ScaleBarItem::paint(QPainter *painter)
{
    const bool rtl = m_language == u"ar";
    const ScaleBar bar = ScaleBar::forViewport(MapViewport(m_center, m_zoom, {1, 1}), width() - 16);
    const QPointF anchor(rtl ? width() - 8 : 8, height() - 4);
    bar.paint(painter, anchor, Formatter(rtl ? Language::Arabic : Language::English),
              rtl ? Qt::RightToLeft : Qt::LeftToRight);
}

} // namespace Atlas
