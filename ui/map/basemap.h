// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dataset.h"

#include <QIODevice>
#include <QList>
#include <QPolygonF>
#include <QRectF>
#include <QString>
#include <QStringList>

namespace Atlas {

/*
 * The offline base map: land, lakes, coastlines, borders and rivers of the Levant and
 * Mesopotamia at three levels of detail, with names for countries, seas, lakes and rivers, read
 * from the resource tools/basemap/convert-basemap.mjs writes (format in tools/basemap/README.md).
 * Geometry is kept in MapViewport world units so drawing only scales and translates. Owns its
 * data; bundled() is one shared read-only instance.
 */
class BaseMap
{
public:
    enum class LayerType { Land = 1, Lake = 2, Coastline = 3, Border = 4, River = 5 };
    static constexpr int AllLevels = 255;

    struct Feature
    {
        int name = -1;               // index into names(), -1 when unnamed
        QList<QPolygonF> parts;      // rings (Land, Lake) or lines, in world units
        QRectF bounds;               // world units
    };
    struct Layer
    {
        LayerType type = LayerType::Land;
        int level = AllLevels;
        QList<Feature> features;
    };
    struct Label
    {
        enum class Kind { Country, Sea, Lake, River };
        Kind kind = Kind::Country;
        int name = -1;
        double latitude = 0;
        double longitude = 0;
        double angle = 0;            // degrees clockwise, for river names
        double minZoom = 0;
    };
    struct Level
    {
        QString name;                // "110m", "50m", "10m"
        double maxZoom = 0;
        QRectF world;                // what the level covers, in world units
    };

    BaseMap() = default;

    // Reads a base map file or resource; on failure returns false and says what is wrong.
    bool load(const QString &fileName, QString *errorMessage);
    // The same from an open device; `name` is the file named in the message.
    bool load(QIODevice *device, const QString &name, QString *errorMessage);
    bool isNull() const { return m_layers.isEmpty(); }

    // ":/basemap/levant-mesopotamia.cabm", loaded once. Empty (isNull) if the resource is broken,
    // which a test guards against.
    static const BaseMap &bundled();
    static QString bundledPath();

    QString attribution() const { return m_attribution; }  // Natural Earth's requested credit
    QString licence() const { return m_licence; }
    QStringList sources() const { return m_sources; }      // package names and versions used
    QRectF geographicBounds() const { return m_bounds; }   // x = longitude, y = latitude (south)
    QList<Level> levels() const { return m_levels; }
    int levelForZoom(double zoom) const;
    // The level for the zoom, or a coarser one when that does not cover all of `visibleWorld`.
    int levelFor(double zoom, const QRectF &visibleWorld) const;

    const QList<Layer> &layers() const { return m_layers; }
    const QList<Label> &labels() const { return m_labels; }
    const LocalizedText &name(int index) const;
    int nameCount() const { return int(m_names.size()); }
    // Names of the features of a layer type, e.g. the rivers (English).
    QStringList featureNames(LayerType type) const;

private:
    QString m_attribution;
    QString m_licence;
    QStringList m_sources;
    QRectF m_bounds;
    QList<Level> m_levels;
    QList<Layer> m_layers;
    QList<Label> m_labels;
    QList<LocalizedText> m_names;
};

} // namespace Atlas
