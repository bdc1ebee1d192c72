// SPDX-License-Identifier: GPL-3.0-or-later
#include "scalebar.h"

#include "mapviewport.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>

#include <cmath>

namespace Atlas {

ScaleBar ScaleBar::forViewport(const MapViewport &viewport, double maxWidth)
{
    ScaleBar bar;
    const double metersPerPixel = viewport.metersPerPixel();
    if (metersPerPixel <= 0 || maxWidth <= 0)
        return bar;
    const double maxMeters = metersPerPixel * maxWidth;
    const double magnitude = std::pow(10.0, std::floor(std::log10(maxMeters)));
    double nice = magnitude;
    for (const double step : {5.0, 2.0, 1.0}) {
        if (step * magnitude <= maxMeters) {
            nice = step * magnitude;
            break;
        }
    }
    bar.m_meters = nice;
    bar.m_pixels = nice / metersPerPixel;
    return bar;
}

QString ScaleBar::label(const Formatter &formatter) const
{
    if (m_meters >= 1000)
        return QCoreApplication::translate("Atlas::ScaleBar", "%1 km").arg(formatter.number(m_meters / 1000.0));
    return QCoreApplication::translate("Atlas::ScaleBar", "%1 m").arg(formatter.number(m_meters));
}

void ScaleBar::paint(QPainter *painter, const QPointF &anchor, const Formatter &formatter,
                     Qt::LayoutDirection direction) const
{
    if (m_pixels <= 0)
        return;
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, true);
    const double left = direction == Qt::RightToLeft ? anchor.x() - m_pixels : anchor.x();
    const double y = anchor.y();
    const QString text = label(formatter);
    QFont font = painter->font();
    font.setPointSizeF(8);
    painter->setFont(font);
    const QFontMetricsF metrics(font);
    const QRectF back(left - 6, y - 10 - metrics.height() - 2, std::max(m_pixels, metrics.horizontalAdvance(text)) + 12,
                      metrics.height() + 16);
    painter->setPen(Qt::NoPen);
    painter->setBrush(QColor(255, 255, 255, 190));
    painter->drawRoundedRect(back, 3, 3);
    QPen pen(QColor(0x4a, 0x4a, 0x4a), 1.5);
    pen.setCapStyle(Qt::FlatCap);
    painter->setPen(pen);
    painter->drawLine(QLineF(left, y - 4, left + m_pixels, y - 4));
    painter->drawLine(QLineF(left, y - 9, left, y - 4));
    painter->drawLine(QLineF(left + m_pixels, y - 9, left + m_pixels, y - 4));
    painter->setPen(QColor(0x33, 0x33, 0x33));
    const QRectF textRect(left, y - 10 - metrics.height(), m_pixels, metrics.height());
    painter->drawText(textRect, Qt::AlignCenter | Qt::TextDontClip, text);
    painter->restore();
}

} // namespace Atlas
