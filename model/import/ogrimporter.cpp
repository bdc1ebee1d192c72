// SPDX-License-Identifier: GPL-3.0-or-later
#include "ogrimporter.h"

#include <QFile>
#include <QFileInfo>

#include <gdal.h>
#include <ogr_api.h>
#include <ogr_srs_api.h>
#include <cpl_conv.h>
#include <cpl_error.h>

#include <mutex>

using namespace Qt::StringLiterals;

namespace Atlas {

namespace {

void registerDrivers()
{
    static std::once_flag once;
    std::call_once(once, [] { GDALAllRegister(); });
}

// GDAL's messages go to the report, not to stderr, while one of these lives.
struct QuietErrors
{
    QuietErrors() { CPLPushErrorHandler(CPLQuietErrorHandler); CPLErrorReset(); }
    ~QuietErrors() { CPLPopErrorHandler(); }
    static QString last() { return QString::fromUtf8(CPLGetLastErrorMsg()).trimmed(); }
};

struct Dataset_
{
    explicit Dataset_(GDALDatasetH h = nullptr) : handle(h) {}
    Dataset_(const Dataset_ &) = delete;
    Dataset_ &operator=(const Dataset_ &) = delete;
    ~Dataset_() { if (handle) GDALClose(handle); }
    GDALDatasetH handle;
};

struct Srs
{
    explicit Srs(OGRSpatialReferenceH h = nullptr) : handle(h) {}
    Srs(const Srs &) = delete;
    Srs &operator=(const Srs &) = delete;
    ~Srs() { if (handle) OSRDestroySpatialReference(handle); }
    OGRSpatialReferenceH handle;
};

struct Transform
{
    explicit Transform(OGRCoordinateTransformationH h = nullptr) : handle(h) {}
    Transform(const Transform &) = delete;
    Transform &operator=(const Transform &) = delete;
    ~Transform() { if (handle) OCTDestroyCoordinateTransformation(handle); }
    OGRCoordinateTransformationH handle;
};

struct Feature
{
    explicit Feature(OGRFeatureH h = nullptr) : handle(h) {}
    Feature(const Feature &) = delete;
    Feature &operator=(const Feature &) = delete;
    ~Feature() { if (handle) OGR_F_Destroy(handle); }
    OGRFeatureH handle;
};

GDALDatasetH openVector(const QString &path)
{
    registerDrivers();
    return GDALOpenEx(QFile::encodeName(path).constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY, nullptr, nullptr, nullptr);
}

QString formatOf(GDALDatasetH dataset)
{
    const QString driver = QString::fromUtf8(GDALGetDriverShortName(GDALGetDatasetDriver(dataset)));
    if (driver == u"GeoJSON"_s || driver == u"GeoJSONSeq"_s)
        return u"geojson"_s;
    if (driver == u"LIBKML"_s || driver == u"KML"_s)
        return u"kml"_s;
    return u"vector"_s;
}

QString fieldText(OGRFeatureH feature, int index, OGRFieldType type)
{
    if (!OGR_F_IsFieldSetAndNotNull(feature, index))
        return {};
    if (type == OFTDate || type == OFTDateTime) {
        int year = 0, month = 0, day = 0, hour = 0, minute = 0, tz = 0;
        float second = 0;
        if (OGR_F_GetFieldAsDateTimeEx(feature, index, &year, &month, &day, &hour, &minute, &second, &tz)) {
            const QString date = u"%1-%2-%3"_s.arg(year, 4, 10, QChar(u'0')).arg(month, 2, 10, QChar(u'0')).arg(day, 2, 10, QChar(u'0'));
            if (type == OFTDate)
                return date;
            return date + u"T%1:%2:%3"_s.arg(hour, 2, 10, QChar(u'0')).arg(minute, 2, 10, QChar(u'0')).arg(int(second), 2, 10, QChar(u'0'));
        }
    }
    return QString::fromUtf8(OGR_F_GetFieldAsString(feature, index));
}

// "line string", "polygon": OGR's name of the type, in lower case for a sentence.
QString geometryName(OGRGeometryH geometry)
{
    return QString::fromUtf8(OGRGeometryTypeToName(wkbFlatten(OGR_G_GetGeometryType(geometry)))).toLower();
}

// The one point of a feature's geometry (a point, or a collection of exactly one), else null.
OGRGeometryH pointOf(OGRGeometryH geometry)
{
    if (!geometry || OGR_G_IsEmpty(geometry))
        return nullptr;
    const OGRwkbGeometryType type = wkbFlatten(OGR_G_GetGeometryType(geometry));
    if (type == wkbPoint)
        return geometry;
    if ((type == wkbMultiPoint || type == wkbGeometryCollection) && OGR_G_GetGeometryCount(geometry) == 1)
        return pointOf(OGR_G_GetGeometryRef(geometry, 0));
    return nullptr;
}

} // namespace

QString OgrImporter::detect(const QString &path)
{
    const QuietErrors quiet;
    Dataset_ dataset{ openVector(path) };
    return dataset.handle ? formatOf(dataset.handle) : QString();
}

ImportReport OgrImporter::run(const QString &path, ImportSink &sink, const ImportOptions &options,
                              const std::optional<ImportMapping> &givenMapping, const Dataset *mergeInto)
{
    ImportReport report;
    const QString fileName = QFileInfo(path).fileName();
    const QuietErrors quiet;
    Dataset_ dataset{ openVector(path) };
    if (!dataset.handle) {
        const QString why = QuietErrors::last();
        report.error = QFileInfo::exists(path)
            ? u"%1 is not a vector file GDAL can read (GeoJSON, KML, GeoPackage, Shapefile...)%2"_s.arg(fileName, why.isEmpty() ? QString() : u": "_s + why)
            : u"%1 does not exist"_s.arg(fileName);
        return report;
    }
    report.format = formatOf(dataset.handle);
    const int layerCount = GDALDatasetGetLayerCount(dataset.handle);
    if (layerCount == 0) {
        report.error = u"%1 has no layers of features"_s.arg(fileName);
        return report;
    }

    // The columns of every layer, in lower case, for the mapping.
    QList<QStringList> layerFields;
    QList<QHash<QString, int>> layerColumns;
    QStringList allColumns;
    qint64 total = 0;
    for (int l = 0; l < layerCount; ++l) {
        OGRLayerH layer = GDALDatasetGetLayer(dataset.handle, l);
        OGRFeatureDefnH definition = OGR_L_GetLayerDefn(layer);
        QStringList fields;
        QHash<QString, int> columns;
        for (int i = 0; i < OGR_FD_GetFieldCount(definition); ++i) {
            const QString name = QString::fromUtf8(OGR_Fld_GetNameRef(OGR_FD_GetFieldDefn(definition, i)));
            fields.append(name);
            columns.insert(name.toLower(), i);
            if (!allColumns.contains(name.toLower()))
                allColumns.append(name.toLower());
        }
        layerFields.append(fields);
        layerColumns.append(columns);
        total += qMax<GIntBig>(OGR_L_GetFeatureCount(layer, FALSE), 0);
    }
    const ImportMapping mapping = givenMapping ? *givenMapping : ImportMapping::guess(allColumns);
    QHash<QString, int> anyColumns;
    for (qsizetype i = 0; i < allColumns.size(); ++i)
        anyColumns.insert(allColumns.at(i), int(i));
    if (const QStringList missing = mapping.missingColumns(anyColumns); !missing.isEmpty()) {
        report.error = u"%1 has no fields %2 that the mapping names (it has %3)"_s.arg(fileName, missing.join(u", "_s),
                                                                                      allColumns.isEmpty() ? u"none"_s : allColumns.join(u", "_s));
        return report;
    }
    if (mapping.date.isEmpty()) {
        report.error = u"%1: no field is the date (date, timestamp, begin, KML TimeStamp or TimeSpan...); give a mapping with \"date\""_s.arg(fileName);
        return report;
    }

    // Reprojection of each layer that is not in EPSG:4326 (a layer without a CRS is taken to be,
    // as RFC 7946 has GeoJSON).
    Srs wgs84{ OSRNewSpatialReference(nullptr) };
    OSRImportFromEPSG(wgs84.handle, 4326);
    OSRSetAxisMappingStrategy(wgs84.handle, OAMS_TRADITIONAL_GIS_ORDER);
    std::vector<std::unique_ptr<Transform>> transforms;
    for (int l = 0; l < layerCount; ++l) {
        OGRLayerH layer = GDALDatasetGetLayer(dataset.handle, l);
        transforms.push_back(std::make_unique<Transform>());
        OGRSpatialReferenceH layerSrs = OGR_L_GetSpatialRef(layer);
        if (!layerSrs)
            continue;
        Srs source{ OSRClone(layerSrs) };
        OSRSetAxisMappingStrategy(source.handle, OAMS_TRADITIONAL_GIS_ORDER);
        if (OSRIsSame(source.handle, wgs84.handle))
            continue;
        transforms.back()->handle = OCTNewCoordinateTransformation(source.handle, wgs84.handle);
        if (!transforms.back()->handle) {
            const char *name = OSRGetName(source.handle);
            report.error = u"%1: the layer %2 is in %3, which GDAL cannot reproject to EPSG:4326 (%4)"_s.arg(
                fileName, QString::fromUtf8(OGR_L_GetName(layer)), name ? QString::fromUtf8(name) : u"an unnamed CRS"_s, QuietErrors::last());
            return report;
        }
    }

    // A first look at up to SampleRows features, for the date formats.
    constexpr int SampleRows = 500;
    QHash<QString, QStringList> samples;
    for (int l = 0, seen = 0; l < layerCount && seen < SampleRows; ++l) {
        OGRLayerH layer = GDALDatasetGetLayer(dataset.handle, l);
        OGR_L_ResetReading(layer);
        OGRFeatureDefnH definition = OGR_L_GetLayerDefn(layer);
        while (seen < SampleRows) {
            const Feature feature{ OGR_L_GetNextFeature(layer) };
            if (!feature.handle)
                break;
            ++seen;
            for (const QString &column : mapping.dateColumns()) {
                const int index = layerColumns.at(l).value(column, -1);
                if (index >= 0)
                    samples[column].append(fieldText(feature.handle, index, OGR_Fld_GetType(OGR_FD_GetFieldDefn(definition, index))));
            }
        }
    }
    QHash<QString, ImportCodes::DateFormat> formats;
    for (const QString &column : mapping.dateColumns())
        formats.insert(column, ImportCodes::detectDateFormat(samples.value(column)));

    RecordBuilder builder(sink, path, options);
    if (mergeInto)
        builder.seed(*mergeInto);
    const QString base = ImportCodes::slug(QFileInfo(path).completeBaseName());
    MappedRecords records(mapping, (base.isEmpty() ? report.format : base) + u'-', mergeInto);
    records.setDateFormats(formats);

    qint64 number = 0;
    for (int l = 0; l < layerCount; ++l) {
        OGRLayerH layer = GDALDatasetGetLayer(dataset.handle, l);
        OGR_L_ResetReading(layer);
        OGRFeatureDefnH definition = OGR_L_GetLayerDefn(layer);
        const QStringList &names = layerFields.at(l);
        const QString layerName = QString::fromUtf8(OGR_L_GetName(layer));
        QList<OGRFieldType> types;
        for (int i = 0; i < names.size(); ++i)
            types.append(OGR_Fld_GetType(OGR_FD_GetFieldDefn(definition, i)));
        while (options.rowLimit <= 0 || number < options.rowLimit) {
            CPLErrorReset();
            Feature feature{ OGR_L_GetNextFeature(layer) };
            if (!feature.handle) {
                if (CPLGetLastErrorType() >= CE_Failure) {
                    report.error = u"%1: reading the layer %2 stopped after %3 features: %4"_s.arg(fileName, layerName)
                                       .arg(number).arg(QuietErrors::last());
                    return report;
                }
                break;
            }
            ++number;
            ++report.rows;
            QStringList fields;
            fields.reserve(names.size());
            for (int i = 0; i < names.size(); ++i)
                fields.append(fieldText(feature.handle, i, types.at(i)));

            Provenance origin;
            origin.file = fileName;
            origin.row = number;
            for (int i = 0; i < names.size(); ++i)
                origin.fields.append({ names.at(i), fields.at(i) });
            OGRGeometryH geometry = OGR_F_GetGeometryRef(feature.handle);
            if (geometry) {
                char *wkt = nullptr;
                if (OGR_G_ExportToWkt(geometry, &wkt) == OGRERR_NONE && wkt)
                    origin.fields.append({ u"geometry"_s, QString::fromUtf8(wkt) });
                CPLFree(wkt);
            }

            MappedRecords::Row row{ number, fields, layerColumns.at(l), std::nullopt, QString() };
            std::optional<ImportFailure> failure;
            OGRGeometryH point = pointOf(geometry);
            if (point) {
                double x = OGR_G_GetX(point, 0), y = OGR_G_GetY(point, 0);
                if (Transform *transform = transforms.at(l).get(); transform->handle) {
                    double z = 0;
                    int ok = 0;
                    if (!OCTTransformEx(transform->handle, 1, &x, &y, &z, &ok) || !ok)
                        failure = ImportFailure{ u"geometry"_s, origin.fields.last().second, u"the point does not reproject to EPSG:4326"_s };
                }
                row.point = std::pair{ y, x };
                row.coordSource = u"%1 geometry"_s.arg(fileName);
            } else if (geometry && !OGR_G_IsEmpty(geometry) && mapping.latitude.isEmpty() && mapping.place.isEmpty()) {
                failure = ImportFailure{ u"geometry"_s, origin.fields.last().second,
                                         u"a %1, not a point; only points are imported (or map a place or coordinate field)"_s.arg(geometryName(geometry)) };
            } else if (mapping.latitude.isEmpty() && mapping.place.isEmpty()) {
                failure = ImportFailure{ u"geometry"_s, QString(), u"no geometry, and no place or coordinate field is mapped"_s };
            }
            if (!failure) {
                const GIntBig fid = OGR_F_GetFID(feature.handle);
                const QString id = fid == OGRNullFID ? QString::number(number) : QString::number(fid);
                failure = records.take(row, builder, origin, layerCount > 1 ? layerName + u'/' + id : id);
            }
            if (failure)
                report.rejects.append(ImportReject{ number, failure->column, failure->value.left(200), failure->reason });
            else
                ++report.imported;
            if (options.progress && number % 256 == 0 && !options.progress(number, qMax(total, number))) {
                report.cancelled = true;
                report.error = u"the import was cancelled"_s;
                return report;
            }
        }
    }
    if (!builder.finish(report.format == u"kml"_s ? u"KML file"_s : report.format == u"geojson"_s ? u"GeoJSON file"_s
                                                                   : QString::fromUtf8(GDALGetDriverLongName(GDALGetDatasetDriver(dataset.handle))),
                        mapping.attribution, report.rows))
        report.error = u"the records could not be written"_s;
    return report;
}

} // namespace Atlas
