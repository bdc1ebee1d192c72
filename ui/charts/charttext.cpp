// SPDX-License-Identifier: GPL-3.0-or-later
#include "charttext.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QTextOption>

#include <cmath>

namespace Atlas {

ChartText::ChartText(QString text, const QFont &font, const QColor &color, Qt::Alignment alignment, double wrapWidth)
    : m_text(std::move(text))
    , m_font(font)
    , m_color(color)
    , m_direction(m_text.isRightToLeft() ? Qt::RightToLeft : Qt::LeftToRight)
    , m_alignment(alignment)
    , m_size(measure(m_text, m_font, wrapWidth))
    , m_wrap(wrapWidth > 0)
{
}

QSizeF ChartText::measure(const QString &text, const QFont &font, double wrapWidth)
{
    const QFontMetricsF metrics(font);
    if (wrapWidth > 0) {
        const QRectF bounds = metrics.boundingRect(QRectF(0, 0, wrapWidth, 1e6),
                                                   int(Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop), text);
        return QSizeF(wrapWidth, std::ceil(bounds.height()));
    }
    if (text.contains(u'\n')) {
        const QRectF bounds = metrics.boundingRect(QRectF(0, 0, 1e6, 1e6), int(Qt::AlignLeft | Qt::AlignTop), text);
        return QSizeF(std::ceil(bounds.width()) + 2, std::ceil(bounds.height()));
    }
    return QSizeF(std::ceil(metrics.horizontalAdvance(text)) + 2, std::ceil(metrics.height()));
}

QRectF ChartText::textRect() const
{
    const int flags = int(m_alignment | Qt::AlignAbsolute | Qt::AlignTop) | (m_wrap ? int(Qt::TextWordWrap) : 0);
    return QFontMetricsF(m_font).boundingRect(boundingRect(), flags, m_text);
}

void ChartText::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    painter->setFont(m_font);
    painter->setPen(m_color);
    QTextOption option(m_alignment | Qt::AlignAbsolute);
    option.setTextDirection(m_direction);
    option.setWrapMode(m_wrap ? QTextOption::WordWrap : QTextOption::NoWrap);
    painter->drawText(boundingRect(), m_text, option);
}

} // namespace Atlas
