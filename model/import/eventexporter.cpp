// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventexporter.h"

#include "eventcolumns.h"
#include "projecteventstore.h"

#include "atlasdocument.h"
#include "eventmodel.h"
#include "vocabulary.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QScopeGuard>
#include <QTemporaryDir>

#include <gdal.h>
#include <ogr_api.h>
#include <ogr_srs_api.h>
#include <cpl_error.h>
#include <cpl_string.h>

#include <cstdio>
#include <mutex>

using namespace Qt::StringLiterals;

namespace Atlas {

namespace {

struct Field
{
    const char *name;
    OGRFieldType type;
};

// In this order in every format; the KML driver makes name, description, timestamp, begin and end
// into the placemark's own elements.
constexpr Field Fields[] = {
    { "event_id", OFTString }, { "name", OFTString }, { "description", OFTString }, { "timestamp", OFTString },
    { "begin", OFTString }, { "end", OFTString }, { "date", OFTString }, { "date_precision", OFTString },
    { "category", OFTString }, { "title_ar", OFTString }, { "place", OFTString }, { "place_id", OFTString },
    { "latitude", OFTReal }, { "longitude", OFTReal }, { "coord_precision", OFTString }, { "actors", OFTString },
    { "fatalities", OFTReal }, { "fatalities_low", OFTReal }, { "fatalities_high", OFTReal }, { "sources", OFTString },
    { "origin_file", OFTString }, { "origin_row", OFTInteger64 }, { "origin_record", OFTString },
};

QString gdalMessage()
{
    return QString::fromUtf8(CPLGetLastErrorMsg()).trimmed();
}

} // namespace

QStringList EventExporter::suffixes()
{
    return { u"csv"_s, u"geojson"_s, u"kml"_s };
}

qint64 EventExporter::write(const AtlasDocument &document, const FilterState &filter, const QString &path, QString *error)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    const char *driverName = suffix == u"csv"_s ? "CSV" : suffix == u"geojson"_s ? "GeoJSON" : suffix == u"kml"_s ? "LIBKML" : nullptr;
    if (!driverName) {
        *error = u"%1: events are exported as .csv, .geojson or .kml, not .%2"_s.arg(QDir::toNativeSeparators(path), suffix);
        return -1;
    }
    static std::once_flag once;
    std::call_once(once, [] { GDALAllRegister(); });
    GDALDriverH driver = GDALGetDriverByName(driverName);
    if (!driver) {
        *error = u"GDAL has no %1 driver here"_s.arg(QString::fromLatin1(driverName));
        return -1;
    }
    CPLPushErrorHandler(CPLQuietErrorHandler);
    const auto popErrors = qScopeGuard([] { CPLPopErrorHandler(); });

    // Written in a folder beside the target, then renamed over it.
    const QFileInfo target(path);
    QTemporaryDir work(target.absoluteDir().filePath(u".export-XXXXXX"_s));
    if (!work.isValid()) {
        *error = u"Cannot write in %1: %2"_s.arg(QDir::toNativeSeparators(target.absolutePath()), work.errorString());
        return -1;
    }
    const QString temporary = work.filePath(target.fileName());
    GDALDatasetH dataset = GDALCreate(driver, QFile::encodeName(temporary).constData(), 0, 0, 0, GDT_Unknown, nullptr);
    if (!dataset) {
        *error = u"Cannot write %1: %2"_s.arg(QDir::toNativeSeparators(path), gdalMessage());
        return -1;
    }
    OGRSpatialReferenceH wgs84 = OSRNewSpatialReference(nullptr);
    OSRImportFromEPSG(wgs84, 4326);
    OSRSetAxisMappingStrategy(wgs84, OAMS_TRADITIONAL_GIS_ORDER);
    char **layerOptions = nullptr;
    if (suffix == u"geojson"_s)
        layerOptions = CSLSetNameValue(layerOptions, "RFC7946", "YES");
    OGRLayerH layer = GDALDatasetCreateLayer(dataset, "events", wgs84, suffix == u"csv"_s ? wkbNone : wkbPoint, layerOptions);
    CSLDestroy(layerOptions);
    OSRDestroySpatialReference(wgs84);
    const auto fail = [&](const QString &what) {
        *error = u"Cannot write %1: %2 (%3)"_s.arg(QDir::toNativeSeparators(path), what, gdalMessage());
        GDALClose(dataset);
        return qint64(-1);
    };
    if (!layer)
        return fail(u"no layer"_s);
    for (const Field &field : Fields) {
        OGRFieldDefnH definition = OGR_Fld_Create(field.name, field.type);
        const OGRErr status = OGR_L_CreateField(layer, definition, TRUE);
        OGR_Fld_Destroy(definition);
        if (status != OGRERR_NONE)
            return fail(u"the field %1"_s.arg(QString::fromLatin1(field.name)));
    }
    OGRFeatureDefnH definition = OGR_L_GetLayerDefn(layer);
    const auto index = [&](const char *name) { return OGR_FD_GetFieldIndex(definition, name); };

    const Dataset &data = document.dataset();
    const EventModel *events = document.eventModel();
    qint64 written = 0;
    const EventColumnFilter passes(events->columns(), filter);
    const TextFolding::Matcher &matcher = filter.matcher();
    const std::vector<bool> *text = matcher.isEmpty() ? nullptr : &events->rowsMatching(matcher, filter.foldedQuery());
    for (int row = 0; row < events->rowCount(); ++row) {
        if (!passes.accepts(row) || (text && !(*text)[std::size_t(row)]))
            continue;
        const EventRef read = events->eventAt(row);
        if (!read)
            return fail(data.eventStore ? data.eventStore->error() : u"no event at row %1"_s.arg(row));
        const Event &event = *read;
        QStringList actors;
        for (const QString &id : event.actorIds) {
            const Actor *actor = data.actor(id);
            actors.append(actor ? actor->name.en : id);
        }
        const QStringList placeIds = event.placeIds.isEmpty() ? QStringList{ QString() } : event.placeIds;
        for (const QString &placeId : placeIds) {
            const Place *place = placeId.isEmpty() ? nullptr : data.place(placeId);
            OGRFeatureH feature = OGR_F_Create(definition);
            const auto set = [&](const char *name, const QString &value) {
                if (!value.isEmpty())
                    OGR_F_SetFieldString(feature, index(name), value.toUtf8().constData());
            };
            const auto setNumber = [&](const char *name, std::optional<double> value) {
                if (value)
                    OGR_F_SetFieldDouble(feature, index(name), *value);
            };
            const QString start = event.date.earliest().toString(Qt::ISODate);
            const QString last = event.date.latest().toString(Qt::ISODate);
            set("event_id", event.id);
            set("name", event.title.en.isEmpty() ? event.title.ar : event.title.en);
            set("description", event.summary.en.isEmpty() ? event.summary.ar : event.summary.en);
            if (start == last) {
                set("timestamp", start);
            } else {
                set("begin", start);
                set("end", last);
            }
            QString date = FuzzyDate::isoText(event.date.start, event.date.precision);
            if (event.date.isRange())
                date += u'/' + FuzzyDate::isoText(event.date.end, event.date.precision);
            set("date", date);
            set("date_precision", Vocabulary::DatePrecisions.at(int(event.date.precision)).toString());
            set("category", event.category);
            set("title_ar", event.title.ar);
            set("actors", actors.join(u"; "_s));
            setNumber("fatalities", event.fatalities.best);
            setNumber("fatalities_low", event.fatalities.low);
            setNumber("fatalities_high", event.fatalities.high);
            set("sources", citedSources(event.citations).join(u"; "_s));
            set("origin_file", event.origin.file);
            if (event.origin.row > 0)
                OGR_F_SetFieldInteger64(feature, index("origin_row"), event.origin.row);
            set("origin_record", event.origin.recordId);
            if (place) {
                set("place", place->name.en.isEmpty() ? place->name.ar : place->name.en);
                set("place_id", place->id);
                setNumber("latitude", place->lat);
                setNumber("longitude", place->lon);
                set("coord_precision", Vocabulary::CoordPrecisions.at(int(place->coordPrecision)).toString());
                if (suffix != u"csv"_s) {
                    OGRGeometryH point = OGR_G_CreateGeometry(wkbPoint);
                    OGR_G_SetPoint_2D(point, 0, place->lon, place->lat);
                    OGR_F_SetGeometryDirectly(feature, point);
                }
            }
            const OGRErr status = OGR_L_CreateFeature(layer, feature);
            OGR_F_Destroy(feature);
            if (status != OGRERR_NONE)
                return fail(u"the event %1"_s.arg(event.id));
            ++written;
        }
    }
    if (GDALClose(dataset) != CE_None) {
        *error = u"Cannot write %1: %2"_s.arg(QDir::toNativeSeparators(path), gdalMessage());
        return -1;
    }
    // rename(2) replaces the target in one step: a reader sees the old file or the new one.
    if (std::rename(QFile::encodeName(temporary).constData(), QFile::encodeName(path).constData()) != 0) {
        *error = u"Cannot write %1: the finished file could not be moved into place"_s.arg(QDir::toNativeSeparators(path));
        return -1;
    }
    return written;
}

} // namespace Atlas
