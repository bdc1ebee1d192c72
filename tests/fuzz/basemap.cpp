// SPDX-License-Identifier: GPL-3.0-or-later
// The base map reader (BaseMap, the .cabm format of tools/basemap/README.md), then what the map
// asks of a loaded map: its level for a zoom and its names.
#include "fuzzsupport.h"

#include "basemap.h"

#include <QBuffer>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QByteArray bytes = AtlasFuzz::bytes(data, size);
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    Atlas::BaseMap map;
    QString error;
    if (!map.load(&buffer, QStringLiteral("fuzz.cabm"), &error)) {
        if (error.isEmpty() || !map.isNull())
            abort();
        return 0;
    }
    for (double zoom : {0.0, 5.0, 12.0, 30.0})
        map.levelFor(zoom, QRectF(0, 0, 1, 1));
    for (const Atlas::BaseMap::Label &label : map.labels())
        map.name(label.name);
    for (const Atlas::BaseMap::Layer &layer : map.layers()) {
        for (const Atlas::BaseMap::Feature &feature : layer.features)
            map.name(feature.name);
    }
    map.featureNames(Atlas::BaseMap::LayerType::River);
    return 0;
}
