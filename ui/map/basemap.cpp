// SPDX-License-Identifier: GPL-3.0-or-later
#include "basemap.h"

#include "mapviewport.h"

#include <QCoreApplication>
#include <QDataStream>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <limits>

using namespace Qt::StringLiterals;

namespace Atlas {

namespace {

constexpr quint32 FormatVersion = 1;
constexpr quint32 MaxCount = 10'000'000; // guards allocations against a corrupt count

QString tr(const char *text)
{
    return QCoreApplication::translate("Atlas::BaseMap", text);
}

BaseMap::Label::Kind labelKind(const QString &kind)
{
    if (kind == u"sea")
        return BaseMap::Label::Kind::Sea;
    if (kind == u"lake")
        return BaseMap::Label::Kind::Lake;
    if (kind == u"river")
        return BaseMap::Label::Kind::River;
    return BaseMap::Label::Kind::Country;
}

} // namespace

bool BaseMap::load(const QString &fileName, QString *errorMessage)
{
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly)) {
        if (errorMessage)
            *errorMessage = tr("Cannot read the base map %1: %2").arg(fileName, file.errorString());
        *this = BaseMap();
        return false;
    }
    return load(&file, fileName, errorMessage);
}

bool BaseMap::load(QIODevice *device, const QString &fileName, QString *errorMessage)
{
    auto fail = [&](const QString &why) {
        if (errorMessage)
            *errorMessage = tr("Cannot read the base map %1: %2").arg(fileName, why);
        *this = BaseMap();
        return false;
    };

    QDataStream in(device);
    in.setByteOrder(QDataStream::LittleEndian);

    char magic[4] = {};
    if (in.readRawData(magic, 4) != 4 || QByteArrayView(magic, 4) != "CABM")
        return fail(tr("not a Coalition Atlas base map file"));
    quint32 version = 0;
    quint32 metaLength = 0;
    in >> version >> metaLength;
    if (version != FormatVersion)
        return fail(tr("format version %1, expected %2").arg(version).arg(FormatVersion));
    if (metaLength > MaxCount)
        return fail(tr("the metadata is too long"));
    // Counts are checked against the bytes left before anything is allocated for them: a count
    // a damaged file makes up costs a message, not gigabytes (found by the basemap fuzz target).
    const auto left = [&] { return device->isSequential() ? std::numeric_limits<qint64>::max() : device->bytesAvailable(); };
    if (qint64(metaLength) > left())
        return fail(tr("the file ends inside the metadata"));
    QByteArray metaBytes(qsizetype(metaLength), Qt::Uninitialized);
    if (in.readRawData(metaBytes.data(), int(metaLength)) != int(metaLength))
        return fail(tr("the file ends inside the metadata"));
    QJsonParseError jsonError;
    const QJsonObject meta = QJsonDocument::fromJson(metaBytes, &jsonError).object();
    if (jsonError.error != QJsonParseError::NoError)
        return fail(tr("bad metadata: %1").arg(jsonError.errorString()));

    m_attribution = meta.value("attribution"_L1).toString();
    m_licence = meta.value("licence"_L1).toString();
    m_sources.clear();
    for (const QJsonValue &source : meta.value("sources"_L1).toArray())
        m_sources.append(source.toObject().value("package"_L1).toString());
    const QJsonObject bounds = meta.value("bounds"_L1).toObject();
    m_bounds = QRectF(QPointF(bounds.value("west"_L1).toDouble(), bounds.value("south"_L1).toDouble()),
                      QPointF(bounds.value("east"_L1).toDouble(), bounds.value("north"_L1).toDouble()));
    const double scale = meta.value("coordinateScale"_L1).toDouble();
    if (scale <= 0)
        return fail(tr("no coordinate scale"));
    m_levels.clear();
    for (const QJsonValue &value : meta.value("levels"_L1).toArray()) {
        const QJsonObject level = value.toObject();
        const QJsonObject covers = level.value("bounds"_L1).toObject();
        const QRectF world(MapViewport::project(covers.value("north"_L1).toDouble(), covers.value("west"_L1).toDouble()),
                           MapViewport::project(covers.value("south"_L1).toDouble(), covers.value("east"_L1).toDouble()));
        m_levels.append({level.value("name"_L1).toString(), level.value("maxZoom"_L1).toDouble(), world});
    }
    m_names.clear();
    for (const QJsonValue &name : meta.value("names"_L1).toArray())
        m_names.append({name.toObject().value("ar"_L1).toString(), name.toObject().value("en"_L1).toString()});
    m_labels.clear();
    for (const QJsonValue &value : meta.value("labels"_L1).toArray()) {
        const QJsonObject label = value.toObject();
        const int name = label.value("name"_L1).toInt(-1);
        if (name < 0 || name >= m_names.size())
            return fail(tr("a label names entry %1, which does not exist").arg(name));
        m_labels.append({labelKind(label.value("kind"_L1).toString()), name,
                         label.value("lat"_L1).toDouble(), label.value("lon"_L1).toDouble(),
                         label.value("angle"_L1).toDouble(), label.value("minZoom"_L1).toDouble()});
    }

    quint32 layerCount = 0;
    in >> layerCount;
    if (layerCount > 64)
        return fail(tr("%1 layers is more than a base map has").arg(layerCount));
    m_layers.clear();
    for (quint32 l = 0; l < layerCount; ++l) {
        quint8 type = 0;
        quint8 level = 0;
        quint16 reserved = 0;
        quint32 featureCount = 0;
        in >> type >> level >> reserved >> featureCount;
        if (type < 1 || type > 5 || featureCount > MaxCount || qint64(featureCount) * 8 > left())
            return fail(tr("layer %1 is damaged").arg(l));
        Layer layer{LayerType(type), int(level), {}};
        layer.features.reserve(featureCount);
        for (quint32 f = 0; f < featureCount; ++f) {
            qint32 name = -1;
            quint32 partCount = 0;
            in >> name >> partCount;
            if (partCount > MaxCount || name >= m_names.size() || qint64(partCount) * 4 > left())
                return fail(tr("feature %1 of layer %2 is damaged").arg(f).arg(l));
            Feature feature{name, {}, {}};
            feature.parts.reserve(partCount);
            for (quint32 p = 0; p < partCount; ++p) {
                quint32 pointCount = 0;
                in >> pointCount;
                if (pointCount > MaxCount || in.status() != QDataStream::Ok || qint64(pointCount) * 8 > left())
                    return fail(tr("feature %1 of layer %2 is damaged").arg(f).arg(l));
                QPolygonF part;
                part.reserve(pointCount);
                for (quint32 i = 0; i < pointCount; ++i) {
                    qint32 lon = 0;
                    qint32 lat = 0;
                    in >> lon >> lat;
                    part.append(MapViewport::project(lat / scale, lon / scale));
                }
                feature.bounds |= part.boundingRect();
                feature.parts.append(part);
            }
            layer.features.append(std::move(feature));
        }
        if (in.status() != QDataStream::Ok)
            return fail(tr("the file ends inside layer %1").arg(l));
        m_layers.append(std::move(layer));
    }
    if (!in.atEnd())
        return fail(tr("unexpected data after the last layer"));
    return true;
}

QString BaseMap::bundledPath()
{
    return u":/basemap/levant-mesopotamia.cabm"_s;
}

const BaseMap &BaseMap::bundled()
{
    static const BaseMap map = [] {
        BaseMap loaded;
        QString error;
        if (!loaded.load(bundledPath(), &error))
            qWarning("%s", qPrintable(error));
        return loaded;
    }();
    return map;
}

int BaseMap::levelForZoom(double zoom) const
{
    for (int i = 0; i < m_levels.size(); ++i) {
        if (zoom < m_levels.at(i).maxZoom)
            return i;
    }
    return int(m_levels.size()) - 1;
}

int BaseMap::levelFor(double zoom, const QRectF &visibleWorld) const
{
    int level = levelForZoom(zoom);
    while (level > 0 && !m_levels.at(level).world.contains(visibleWorld))
        --level;
    return level;
}

const LocalizedText &BaseMap::name(int index) const
{
    static const LocalizedText none;
    return index >= 0 && index < m_names.size() ? m_names.at(index) : none;
}

QStringList BaseMap::featureNames(LayerType type) const
{
    QStringList result;
    for (const Layer &layer : m_layers) {
        if (layer.type != type)
            continue;
        for (const Feature &feature : layer.features) {
            if (feature.name >= 0 && !result.contains(name(feature.name).en))
                result.append(name(feature.name).en);
        }
    }
    return result;
}

} // namespace Atlas
