// SPDX-License-Identifier: GPL-3.0-or-later
// The article decoder (ArticleDecoder): the bytes of an article file become text or a problem
// with a message for the user, also when decoded again with an encoding the user chose.
#include "fuzzsupport.h"

#include "articledecoder.h"

#include <cstdlib>

using Atlas::Article::ArticleDecoder;

namespace {

void checkResult(const ArticleDecoder::Result &result)
{
    if (result.problem == ArticleDecoder::Problem::None) {
        if (result.text.isEmpty() || !result.message.isEmpty())
            abort();
    } else if (result.message.isEmpty()) {
        abort();
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = AtlasFuzz::bytes(data, size);
    const ArticleDecoder::Result result = ArticleDecoder::decode(bytes, QStringLiteral("fuzz.txt"));
    checkResult(result);
    if (result.problem == ArticleDecoder::Problem::NotUtf8 && !result.detectedEncoding.isEmpty())
        checkResult(ArticleDecoder::decode(bytes, QStringLiteral("fuzz.txt"), result.detectedEncoding));
    checkResult(ArticleDecoder::decode(bytes, QStringLiteral("fuzz.txt"), QStringLiteral("windows-1256")));
    return 0;
}
