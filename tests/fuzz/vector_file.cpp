// SPDX-License-Identifier: GPL-3.0-or-later
// GeoJSON and KML through GDAL/OGR (OgrImporter): the input's first byte picks the driver
// (even: GeoJSON, odd: KML), the rest is the file. Each feature becomes records in the sink's
// order or a reject that says why, never more events than features.
#include "fuzzsupport.h"
#include "importcheck.h"

#include "ogrimporter.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    const QString suffix = data[0] % 2 == 0 ? QStringLiteral(".geojson") : QStringLiteral(".kml");
    const QString path = AtlasFuzz::writeScratchFile(AtlasFuzz::bytes(data + 1, size - 1), suffix);
    if (path.isEmpty())
        return 0;
    AtlasFuzz::CheckingSink sink;
    const Atlas::ImportReport report = Atlas::OgrImporter().run(path, sink, AtlasFuzz::fuzzOptions());
    AtlasFuzz::checkReport(report, sink);
    return 0;
}
