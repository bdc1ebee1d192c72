// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "briefingoptions.h"
#include "dataset.h"

#include <QColor>
#include <QFont>
#include <QMarginsF>
#include <QPageLayout>
#include <QRectF>
#include <QSizeF>
#include <QString>

namespace Atlas {

/*
 * The look of a briefing sheet: the page in layout units (1/96 inch, the unit the map and chart
 * painters draw in), its margins, and the fonts and colours of every kind of text. Fonts are
 * chosen by name, not left to fontconfig: Noto Sans for Latin and Noto Sans Arabic for Arabic,
 * because the PDF engine writes extractable text for them (Noto Kufi Arabic comes out in
 * fragments). Sizes are in pixels of the layout unit, so measuring and painting agree on any
 * device. A value type.
 */
class BriefingStyle
{
public:
    enum class Text { Title, Subtitle, Meta, Heading, Body, BodyBold, Small, Quote, TableHeader, Footer };

    static constexpr double UnitsPerInch = 96.0;
    static constexpr double MarginMillimetres = 15.0;

    BriefingStyle(Language language, QPageSize::PageSizeId paper, QPageLayout::Orientation orientation);

    Language language() const { return m_language; }
    bool isRightToLeft() const { return m_language == Language::Arabic; }
    QPageLayout pageLayout() const;         // the paper, no margins: the sheet draws its own
    QSizeF pageSize() const { return m_pageSize; }
    QRectF contentRect() const;             // inside the margins

    QFont font(Text text) const;
    // Arabic runs (quotes) get an Arabic-first font whatever the sheet language.
    QFont arabicFont(Text text) const;
    QColor color(Text text) const;
    static QColor ruleColor() { return QColor(0xb0, 0xb0, 0xb0); }
    static QColor accentColor() { return QColor(0x1f, 0x4e, 0x79); }
    static QColor shadeColor() { return QColor(0xf1, 0xf3, 0xf6); }

    // Gaps, in layout units.
    static constexpr double BlockGap = 8;
    static constexpr double SectionGap = 16;
    static constexpr double LineGap = 2;
    static constexpr double CellPadding = 4;

    // Height of `text` wrapped to `width`. Measures a little narrower than it paints, so a
    // device that lays text out a hair wider never adds a line that was not planned.
    static double textHeight(const QFont &font, double width, const QString &text);
    // How text wraps in `width`: at word boundaries, and inside a word too long for a line
    // (a name of hundreds of letters is drawn whole, never past the column or the page).
    static int wrapFlag(const QFont &font, double width, const QString &text);
    static constexpr double WrapSlack = 4;

private:
    double pixelSize(Text text) const;

    Language m_language;
    QPageSize::PageSizeId m_paper;
    QPageLayout::Orientation m_orientation;
    QSizeF m_pageSize;
};

} // namespace Atlas
