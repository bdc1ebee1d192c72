// SPDX-License-Identifier: GPL-3.0-or-later
#include "chartstyle.h"

#include <QList>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace Atlas::ChartStyle {

QFont font(const Formatter &formatter, double pixelSize, bool bold)
{
    QFont font;
    // Chosen on purpose: Naskh/Sans Arabic read well at small sizes; Kufi does not.
    if (formatter.language() == Language::Arabic)
        font.setFamilies({ u"Noto Sans Arabic"_s, u"Noto Naskh Arabic"_s, u"Noto Sans"_s, u"DejaVu Sans"_s });
    else
        font.setFamilies({ u"Noto Sans"_s, u"DejaVu Sans"_s, u"Noto Sans Arabic"_s });
    font.setPixelSize(std::max(1, int(std::lround(pixelSize))));
    font.setBold(bold);
    font.setHintingPreference(QFont::PreferNoHinting); // the same shapes at every export scale
    return font;
}

QFont labelFont(const Formatter &formatter, double scale)
{
    return font(formatter, 12 * scale);
}

QFont axisTitleFont(const Formatter &formatter, double scale)
{
    return font(formatter, 13 * scale);
}

QFont panelTitleFont(const Formatter &formatter, double scale)
{
    return font(formatter, 14 * scale, true);
}

double scale(QSizeF pageSize)
{
    const double s = std::sqrt(pageSize.width() * pageSize.height() / (1200.0 * 800.0));
    return std::clamp(s, 0.75, 1.6);
}

QColor seriesColor(int colorIndex)
{
    static const QList<QColor> colors = {
        QColor(0x00, 0x72, 0xB2), QColor(0xD5, 0x5E, 0x00), QColor(0x00, 0x9E, 0x73),
        QColor(0xCC, 0x79, 0xA7), QColor(0xE6, 0x9F, 0x00), QColor(0x56, 0xB4, 0xE9),
        QColor(0x33, 0x33, 0x33), QColor(0x99, 0x99, 0x99),
    };
    return colors.at(colorIndex % colors.size());
}

Shape seriesShape(int colorIndex)
{
    constexpr int ShapeCount = 4;
    return Shape(colorIndex % ShapeCount);
}

QPainterPath shapePath(Shape shape, double size)
{
    QPainterPath path;
    const double h = size / 2;
    switch (shape) {
    case Shape::Circle: path.addEllipse(QPointF(0, 0), h, h); break;
    case Shape::Square: path.addRect(-h * 0.85, -h * 0.85, h * 1.7, h * 1.7); break;
    case Shape::Triangle: path.moveTo(0, -h); path.lineTo(h, h); path.lineTo(-h, h); path.closeSubpath(); break;
    case Shape::Diamond: path.moveTo(0, -h); path.lineTo(h, 0); path.lineTo(0, h); path.lineTo(-h, 0); path.closeSubpath(); break;
    }
    return path;
}

} // namespace Atlas::ChartStyle
