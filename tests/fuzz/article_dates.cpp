// SPDX-License-Identifier: GPL-3.0-or-later
// The article extractor's date reader (DateReader over a FoldedText), without a publication
// date, with one, and with one known only to a month: every candidate's span lies in the text
// and a resolved date is a range that does not run backwards.
#include "fuzzsupport.h"

#include "datereader.h"

#include <cstdlib>

using namespace Atlas::Article;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const FoldedText folded(text);
    const DateReader readers[] = {DateReader(), DateReader(QDate(2016, 3, 10)),
                                  DateReader(QDate(2021, 1, 1), QDate(2021, 1, 31))};
    for (const DateReader &reader : readers) {
        for (const DateCandidate &date : reader.read(folded)) {
            if (date.span.start < 0 || date.span.end > text.size() || date.span.start >= date.span.end)
                abort();
            if (date.earliest.isValid() != date.latest.isValid())
                abort();
            if (date.earliest.isValid() && date.earliest > date.latest)
                abort();
        }
    }
    return 0;
}
