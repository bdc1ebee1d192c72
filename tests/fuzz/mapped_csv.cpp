// SPDX-License-Identifier: GPL-3.0-or-later
// Any CSV through a column mapping guessed from its header (MappedCsvImporter, MappedRecords,
// the gazetteer join): every row becomes records in the sink's order or a reject that says why.
#include "fuzzsupport.h"
#include "importcheck.h"

#include "mappedcsvimporter.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    AtlasFuzz::importBytes<Atlas::MappedCsvImporter>(data, size);
    return 0;
}
