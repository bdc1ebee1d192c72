// SPDX-License-Identifier: GPL-3.0-or-later
// The article extractor's number reader (NumberReader over a FoldedText): every candidate's
// span lies in the text and carries a value or a min-max range, never both and never NaN.
#include "fuzzsupport.h"

#include "numberreader.h"

#include <cmath>
#include <cstdlib>

using namespace Atlas::Article;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const FoldedText folded(text);
    for (const NumberCandidate &number : NumberReader::read(folded)) {
        if (number.span.start < 0 || number.span.end > text.size() || number.span.start >= number.span.end)
            abort();
        if (number.min.has_value() != number.max.has_value())
            abort();
        for (const std::optional<double> &v : {number.value, number.min, number.max}) {
            if (v && std::isnan(*v))
                abort();
        }
    }
    // The word parser on its own, as the date reader calls it for "منذ ست سنوات".
    NumberReader::parseWords(FoldedText::foldKey(text));
    return 0;
}
