// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QFont>
#include <QGraphicsItem>
#include <QString>

namespace Atlas {

/*
 * One text of a chart page (title, legend entry, value label, note), drawn with
 * QPainter::drawText so that SVG and PDF exports keep it as text. Its direction follows the text
 * ("−68%" stays left to right in an Arabic chart), its alignment follows the page. With a wrap
 * width it wraps into a box of that width; without one it is as wide as its longest line (a
 * "\n" starts a new one). Turned with setRotation(), it is measured the same way along its lines.
 */
class ChartText : public QGraphicsItem
{
public:
    enum { Type = UserType + 1 }; // for qgraphicsitem_cast

    ChartText(QString text, const QFont &font, const QColor &color, Qt::Alignment alignment, double wrapWidth);

    // The size a ChartText of this text would have, without making one.
    static QSizeF measure(const QString &text, const QFont &font, double wrapWidth);

    QString text() const { return m_text; }
    QSizeF size() const { return m_size; }
    QRectF textRect() const; // where the glyphs are: narrower than the item when aligned in a wide box

    int type() const override { return Type; }
    QRectF boundingRect() const override { return QRectF(QPointF(0, 0), m_size); }
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    QString m_text;
    QFont m_font;
    QColor m_color;
    Qt::LayoutDirection m_direction;
    Qt::Alignment m_alignment;
    QSizeF m_size;
    bool m_wrap = false;
};

} // namespace Atlas
