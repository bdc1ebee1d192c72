// SPDX-License-Identifier: GPL-3.0-or-later
#include "acledimporter.h"

using namespace Qt::StringLiterals;

namespace Atlas {

bool AcledImporter::recognises(const QStringList &header)
{
    return header.contains(u"event_id_cnty"_s) && header.contains(u"sub_event_type"_s) && header.contains(u"event_date"_s);
}

QStringList AcledImporter::requiredColumns() const
{
    return { u"event_id_cnty"_s, u"event_date"_s, u"time_precision"_s, u"event_type"_s, u"sub_event_type"_s,
             u"actor1"_s, u"country"_s, u"location"_s, u"latitude"_s, u"longitude"_s, u"geo_precision"_s,
             u"source"_s, u"notes"_s, u"fatalities"_s };
}

QString AcledImporter::attribution() const
{
    return u"Armed Conflict Location & Event Data (ACLED); www.acleddata.com"_s;
}

std::optional<CsvImporter::Failure> AcledImporter::importRow(const Row &row, RecordBuilder &builder)
{
    std::optional<Failure> failure;
    const QString recordId = row.value(u"event_id_cnty"_s).trimmed();
    if (recordId.isEmpty())
        return Failure{ u"event_id_cnty"_s, QString(), u"empty; every ACLED row has an event id"_s };

    const QString dateText = row.value(u"event_date"_s);
    const QDate coded = ImportCodes::parseDate(dateText, dateFormat(u"event_date"_s));
    if (!coded.isValid()) {
        return Failure{ u"event_date"_s, dateText, dateText.trimmed().isEmpty()
                            ? u"empty; a date is required"_s
                            : u"not a date in this file's format (%1), or a day that does not exist"_s
                                  .arg(ImportCodes::dateFormatName(dateFormat(u"event_date"_s))) };
    }
    const QString precisionText = row.value(u"time_precision"_s).trimmed();
    const std::optional<FuzzyDate> date = ImportCodes::acledDate(coded, precisionText.toInt());
    if (!date)
        return Failure{ u"time_precision"_s, precisionText, u"not an ACLED time precision (1, 2 or 3)"_s };

    const QString category = ImportCodes::acledCategory(row.value(u"event_type"_s), row.value(u"sub_event_type"_s));
    if (category.isEmpty())
        return Failure{ u"sub_event_type"_s, row.value(u"sub_event_type"_s), u"neither it nor event_type \"%1\" is in the category table"_s.arg(row.value(u"event_type"_s)) };

    const std::optional<double> lat = number(row, u"latitude"_s, &failure);
    if (!lat)
        return failure;
    const std::optional<double> lon = number(row, u"longitude"_s, &failure);
    if (!lon)
        return failure;
    QString country = RecordBuilder::countryCode(row.value(u"iso"_s));
    if (country.isEmpty())
        country = RecordBuilder::countryCode(row.value(u"iso3"_s));
    if (country.isEmpty())
        country = RecordBuilder::countryCode(row.value(u"country"_s));
    if (country.isEmpty())
        return Failure{ u"country"_s, row.value(u"country"_s), u"not a country this importer knows"_s };
    if (const QString problem = RecordBuilder::pointProblem(*lat, *lon, country); !problem.isEmpty())
        return Failure{ u"latitude"_s, row.value(u"latitude"_s) + u", "_s + row.value(u"longitude"_s), problem };
    const QString geoText = row.value(u"geo_precision"_s).trimmed();
    const std::optional<CoordPrecision> geo = ImportCodes::acledGeoPrecision(geoText.toInt());
    if (!geo)
        return Failure{ u"geo_precision"_s, geoText, u"not an ACLED geo precision (1, 2 or 3)"_s };
    const QString fatalitiesText = row.value(u"fatalities"_s).trimmed();
    bool counted = false;
    const double fatalities = fatalitiesText.toDouble(&counted);
    if (!fatalitiesText.isEmpty() && (!counted || fatalities < 0))
        return Failure{ u"fatalities"_s, fatalitiesText, u"not a count of people (a whole number from 0)"_s };
    const QString actor1 = row.value(u"actor1"_s).simplified();
    if (actor1.isEmpty())
        return Failure{ u"actor1"_s, QString(), u"empty; every ACLED event has a first actor"_s };

    qint64 firstLine = 0;
    const QString id = builder.eventId(u"acled-"_s, recordId, row.line, &firstLine);
    if (id.isEmpty())
        return Failure{ u"event_id_cnty"_s, recordId, u"a duplicate: the same id is on line %1"_s.arg(firstLine) };

    Event event;
    event.id = id;
    event.date = *date;
    event.category = category;
    const QString location = row.value(u"location"_s).simplified();
    const QString sub = row.value(u"sub_event_type"_s).simplified();
    event.title = LocalizedText{ QString(), location.isEmpty() ? sub : u"%1: %2"_s.arg(sub, location) };
    const QString notes = row.value(u"notes"_s).trimmed();
    event.summary = LocalizedText{ QString(), notes.isEmpty() ? event.title.en : notes };
    event.placeIds = { builder.place({ row.value(u"admin1"_s), row.value(u"admin2"_s), row.value(u"admin3"_s) },
                                     location, country, *lat, *lon, *geo,
                                     u"ACLED geo_precision %1"_s.arg(geoText)) };
    const QString kind1 = ImportCodes::acledActorKind(row.value(u"inter1"_s));
    const QString kind2 = ImportCodes::acledActorKind(row.value(u"inter2"_s));
    const auto addActor = [&](const QString &name, const QString &kind) {
        const QString actorId = builder.actor(name, kind);
        if (!actorId.isEmpty() && !event.actorIds.contains(actorId))
            event.actorIds.append(actorId);
    };
    addActor(actor1, kind1);
    addActor(row.value(u"actor2"_s), kind2);
    for (const QString &column : { u"assoc_actor_1"_s, u"assoc_actor_2"_s }) {
        for (const QString &name : row.value(column).split(u';', Qt::SkipEmptyParts))
            addActor(name, column.endsWith(u'1') ? kind1 : kind2);
    }
    event.citations = { Citation{ builder.sourceId(), event.summary.en, row.value(u"source"_s).simplified() } };
    if (counted)
        event.fatalities.best = fatalities;
    event.origin = origin(row, recordId);
    if (!builder.addEvent(event))
        return Failure{ QString(), QString(), u"the event could not be written"_s };
    return std::nullopt;
}

} // namespace Atlas
