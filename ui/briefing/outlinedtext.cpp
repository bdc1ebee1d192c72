// SPDX-License-Identifier: GPL-3.0-or-later
#include "outlinedtext.h"

#include <QGlyphRun>
#include <QPaintEngine>
#include <QPainter>
#include <QPainterPath>
#include <QRawFont>
#include <QTextLayout>

namespace Atlas::OutlinedText {

bool isRecording(QPainter *painter)
{
    const QPaintEngine *engine = painter->paintEngine();
    return engine && engine->type() == QPaintEngine::Picture;
}

void draw(QPainter *painter, const QRectF &rect, int flags, const QString &text)
{
    QString laidOut = text;
    laidOut.replace(u'\n', QChar::LineSeparator);
    QTextLayout layout(laidOut, painter->font(), painter->device());
    QTextOption option(Qt::Alignment(flags) & (Qt::AlignHorizontal_Mask | Qt::AlignAbsolute));
    option.setTextDirection(painter->layoutDirection());
    option.setWrapMode((flags & Qt::TextWrapAnywhere) ? QTextOption::WrapAtWordBoundaryOrAnywhere
                       : (flags & Qt::TextWordWrap)   ? QTextOption::WordWrap
                                                      : QTextOption::ManualWrap);
    layout.setTextOption(option);
    layout.beginLayout();
    qreal height = 0;
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(rect.width());
        line.setPosition(QPointF(0, height));
        height += line.height();
    }
    layout.endLayout();

    QPainterPath outlines;
    outlines.setFillRule(Qt::WindingFill);
    for (const QGlyphRun &run : layout.glyphRuns()) {
        const QRawFont font = run.rawFont();
        const QList<quint32> glyphs = run.glyphIndexes();
        const QList<QPointF> positions = run.positions();
        for (qsizetype i = 0; i < glyphs.size(); ++i)
            outlines.addPath(font.pathForGlyph(glyphs.at(i)).translated(positions.at(i)));
    }
    qreal top = rect.top();
    if (flags & Qt::AlignBottom)
        top = rect.bottom() - height;
    else if (flags & Qt::AlignVCenter)
        top = rect.top() + (rect.height() - height) / 2;
    outlines.translate(rect.left(), top);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->fillPath(outlines, painter->pen().brush());
    painter->restore();
}

} // namespace Atlas::OutlinedText
