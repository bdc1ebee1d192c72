// SPDX-License-Identifier: GPL-3.0-or-later
// The UCDP GED importer (UcdpGedImporter over the CSV reader): every row either becomes records
// in the sink's order or a reject that says why; the whole file fails only with a message.
#include "fuzzsupport.h"
#include "importcheck.h"

#include "ucdpgedimporter.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    AtlasFuzz::importBytes<Atlas::UcdpGedImporter>(data, size);
    return 0;
}
