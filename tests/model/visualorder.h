// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

#include <unicode/ubidi.h>

#include <vector>

/*
 * Text as a reader sees it: the Unicode bidi algorithm (ICU's ubidi) lays `logical` out in a
 * paragraph of the interface's direction and gives the characters from left to right, bidi controls
 * removed and brackets mirrored. Tests compare where values land in it, so that a range or a period
 * that would read backwards ("٣٬٠٠٠–١٬٥٠٠" for 1,500 to 3,000 in English) fails.
 */
namespace AtlasTest {

using namespace Qt::StringLiterals;

inline QString visualOrder(const QString &logical, bool rightToLeft)
{
    UErrorCode status = U_ZERO_ERROR;
    UBiDi *bidi = ubidi_open();
    const auto *text = reinterpret_cast<const UChar *>(logical.utf16());
    ubidi_setPara(bidi, text, int32_t(logical.size()), rightToLeft ? UBIDI_RTL : UBIDI_LTR, nullptr, &status);
    std::vector<UChar> out(size_t(logical.size()) * 2 + 1);
    const int32_t length = ubidi_writeReordered(bidi, out.data(), int32_t(out.size()),
                                                UBIDI_DO_MIRRORING | UBIDI_REMOVE_BIDI_CONTROLS, &status);
    ubidi_close(bidi);
    if (U_FAILURE(status))
        return u"(bidi failed: "_s + QString::fromLatin1(u_errorName(status)) + u')';
    return QString(reinterpret_cast<const QChar *>(out.data()), length);
}

// Whether each of `pieces` appears whole in the visual text of `logical`, in reading order: left to
// right in an English interface, right to left in an Arabic one. Each piece is laid out on its own in
// the same paragraph direction first, so a number keeps its digits in their own order.
// On failure `why` says which piece is missing or out of place, and shows the visual text.
inline bool readsInOrder(const QString &logical, const QStringList &pieces, bool rightToLeft, QString *why)
{
    const QString visual = visualOrder(logical, rightToLeft);
    qsizetype previous = -1;
    qsizetype previousEnd = -1;
    for (const QString &piece : pieces) {
        const QString shape = visualOrder(piece, rightToLeft);
        const qsizetype at = visual.indexOf(shape);
        if (shape.isEmpty() || at < 0) {
            *why = u"\"%1\" is not whole in the visual text \"%2\""_s.arg(shape, visual);
            return false;
        }
        if (previous >= 0 && (rightToLeft ? at + shape.size() > previous : at < previousEnd)) {
            *why = u"\"%1\" reads before the value it follows in \"%2\""_s.arg(shape, visual);
            return false;
        }
        previous = at;
        previousEnd = at + shape.size();
    }
    return true;
}

} // namespace AtlasTest
