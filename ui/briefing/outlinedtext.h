// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QPainter;
class QRectF;

namespace Atlas::OutlinedText {

/*
 * Text for paint engines that record strings instead of drawing them: QPicture, and with it the
 * print preview, which keeps each page as a picture. Replaying a recorded string lays it out
 * again without the painter's direction, so a right-to-left line loses its spaces and moves its
 * punctuation at every change of direction ("120جندي", a colon at the wrong end). Drawn as the
 * outlines of its glyphs, the text is laid out once, here, as QPainter::drawText lays it out.
 */

// Whether `painter` records rather than draws (its engine is a picture's).
bool isRecording(QPainter *painter);

// As painter->drawText(rect, flags, text), with the painter's font, pen colour and layout
// direction, as filled glyph outlines. `flags`: the alignment, Qt::TextWordWrap or
// Qt::TextWrapAnywhere; text is not clipped to `rect`.
void draw(QPainter *painter, const QRectF &rect, int flags, const QString &text);

} // namespace Atlas::OutlinedText
