// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "formatter.h"

#include <QColor>
#include <QFont>
#include <QPainterPath>
#include <QSizeF>

namespace Atlas {

/*
 * The look every part of a chart page shares: the fonts of the UI language, the text and rule
 * colours, the series palette with a marker shape per series, and how much a page size scales
 * the 1200 × 800 design. Plain values, no QtCharts types; owns nothing.
 */
namespace ChartStyle {

enum class Shape { Circle, Square, Triangle, Diamond };

QFont font(const Formatter &formatter, double pixelSize, bool bold = false);
double scale(QSizeF pageSize); // 1 at 1200 × 800, clamped to [0.75, 1.6]
// The fonts of a panel: value, tick and category labels; axis titles; the panel's title.
QFont labelFont(const Formatter &formatter, double scale);
QFont axisTitleFont(const Formatter &formatter, double scale);
QFont panelTitleFont(const Formatter &formatter, double scale);

// Okabe–Ito colours, and shapes so that series stay apart in greyscale print too.
QColor seriesColor(int colorIndex);
Shape seriesShape(int colorIndex);
QPainterPath shapePath(Shape shape, double size); // centred on (0, 0)

inline QColor textColor() { return QColor(0x22, 0x22, 0x22); }
inline QColor mutedColor() { return QColor(0x55, 0x55, 0x55); }
inline QColor gridColor() { return QColor(0xE2, 0xE2, 0xE2); }
inline QColor axisColor() { return QColor(0x88, 0x88, 0x88); }

} // namespace ChartStyle

} // namespace Atlas
