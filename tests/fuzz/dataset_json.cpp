// SPDX-License-Identifier: GPL-3.0-or-later
// The JSON dataset loader (DatasetLoader): parsing, then every check of docs/dataset.md. A
// dataset either loads whole or gives errors that each name a JSON path.
#include "fuzzsupport.h"

#include "datasetloader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const Atlas::DatasetLoader::Result result = Atlas::DatasetLoader::loadJson(AtlasFuzz::bytes(data, size));
    if (const auto *errors = std::get_if<QList<Atlas::LoadError>>(&result)) {
        // A rejection with nothing to tell the user is a bug as well.
        if (errors->isEmpty())
            abort();
        for (const Atlas::LoadError &error : *errors) {
            if (error.message.isEmpty())
                abort();
        }
    }
    return 0;
}
