// SPDX-License-Identifier: GPL-3.0-or-later
// The ACLED importer (AcledImporter over the CSV reader): every row either becomes records in
// the sink's order or a reject that says why; the whole file fails only with a message.
#include "fuzzsupport.h"
#include "importcheck.h"

#include "acledimporter.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    AtlasFuzz::importBytes<Atlas::AcledImporter>(data, size);
    return 0;
}
