// SPDX-License-Identifier: GPL-3.0-or-later
#include "ucdpgedimporter.h"

using namespace Qt::StringLiterals;

namespace Atlas {

bool UcdpGedImporter::recognises(const QStringList &header)
{
    return header.contains(u"type_of_violence"_s) && header.contains(u"date_prec"_s) && header.contains(u"where_prec"_s);
}

QStringList UcdpGedImporter::requiredColumns() const
{
    return { u"id"_s, u"type_of_violence"_s, u"side_a"_s, u"side_b"_s, u"source_article"_s, u"where_prec"_s,
             u"latitude"_s, u"longitude"_s, u"country"_s, u"date_prec"_s, u"date_start"_s, u"date_end"_s,
             u"best"_s, u"low"_s, u"high"_s };
}

QString UcdpGedImporter::attribution() const
{
    return u"Uppsala Conflict Data Program (UCDP) Georeferenced Event Dataset; ucdp.uu.se"_s;
}

std::optional<CsvImporter::Failure> UcdpGedImporter::importRow(const Row &row, RecordBuilder &builder)
{
    std::optional<Failure> failure;
    const QString recordId = row.value(u"id"_s).trimmed();
    if (recordId.isEmpty())
        return Failure{ u"id"_s, QString(), u"empty; every UCDP GED row has an id"_s };
    QDate bounds[2];
    for (int i = 0; i < 2; ++i) {
        const QString column = i == 0 ? u"date_start"_s : u"date_end"_s;
        bounds[i] = ImportCodes::parseDate(row.value(column), dateFormat(column));
        if (!bounds[i].isValid())
            return Failure{ column, row.value(column), u"not a date in this file's format (%1), or a day that does not exist"_s.arg(ImportCodes::dateFormatName(dateFormat(column))) };
    }
    const QString precisionText = row.value(u"date_prec"_s).trimmed();
    const std::optional<FuzzyDate> date = ImportCodes::ucdpDate(bounds[0], bounds[1], precisionText.toInt());
    if (!date) {
        if (bounds[1] < bounds[0])
            return Failure{ u"date_end"_s, row.value(u"date_end"_s), u"before date_start"_s };
        return Failure{ u"date_prec"_s, precisionText, u"not a UCDP date precision (1 to 5)"_s };
    }
    const QString violence = row.value(u"type_of_violence"_s).trimmed();
    const QString category = ImportCodes::ucdpCategory(violence.toInt());
    if (category.isEmpty())
        return Failure{ u"type_of_violence"_s, violence, u"not a UCDP type of violence (1, 2 or 3)"_s };
    const std::optional<double> lat = number(row, u"latitude"_s, &failure);
    if (!lat)
        return failure;
    const std::optional<double> lon = number(row, u"longitude"_s, &failure);
    if (!lon)
        return failure;
    // GED names the country with its government in brackets: "Syria", "Iraq", "Yemen (North Yemen)".
    const QString countryName = row.value(u"country"_s).section(u" ("_s, 0, 0);
    const QString country = RecordBuilder::countryCode(countryName);
    if (country.isEmpty())
        return Failure{ u"country"_s, row.value(u"country"_s), u"not a country this importer knows"_s };
    if (const QString problem = RecordBuilder::pointProblem(*lat, *lon, country); !problem.isEmpty())
        return Failure{ u"latitude"_s, row.value(u"latitude"_s) + u", "_s + row.value(u"longitude"_s), problem };
    const QString whereText = row.value(u"where_prec"_s).trimmed();
    const std::optional<CoordPrecision> where = ImportCodes::ucdpWherePrecision(whereText.toInt());
    if (!where)
        return Failure{ u"where_prec"_s, whereText, u"not a UCDP location precision (1 to 7)"_s };
    Fatalities deaths;
    for (const auto &[column, target] : { std::pair{ u"best"_s, &deaths.best }, std::pair{ u"low"_s, &deaths.low },
                                          std::pair{ u"high"_s, &deaths.high } }) {
        const QString text = row.value(column).trimmed();
        bool ok = false;
        const double value = text.toDouble(&ok);
        if (!ok || value < 0)
            return Failure{ column, text, u"not a count of deaths (a whole number from 0)"_s };
        *target = value;
    }
    if (*deaths.low > *deaths.best || *deaths.best > *deaths.high)
        return Failure{ u"best"_s, u"%1 (low %2, high %3)"_s.arg(*deaths.best).arg(*deaths.low).arg(*deaths.high),
                        u"low <= best <= high does not hold"_s };
    const QString article = row.value(u"source_article"_s).trimmed();
    qint64 firstLine = 0;
    const QString id = builder.eventId(u"ucdp-"_s, recordId, row.line, &firstLine);
    if (id.isEmpty())
        return Failure{ u"id"_s, recordId, u"a duplicate: the same id is on line %1"_s.arg(firstLine) };

    Event event;
    event.id = id;
    event.date = *date;
    event.category = category;
    const QString where_ = row.value(u"where_coordinates"_s).simplified();
    const QString dyad = row.value(u"dyad_name"_s).simplified();
    event.title = LocalizedText{ QString(), where_.isEmpty() ? dyad : u"%1: %2"_s.arg(dyad.isEmpty() ? row.value(u"conflict_name"_s) : dyad, where_) };
    if (event.title.en.isEmpty())
        event.title.en = u"UCDP GED event %1"_s.arg(recordId);
    const QString description = row.value(u"where_description"_s).trimmed();
    const QString headline = row.value(u"source_headline"_s).trimmed();
    event.summary = LocalizedText{ QString(), !headline.isEmpty() ? headline : !description.isEmpty() ? description : event.title.en };
    event.placeIds = { builder.place({ row.value(u"adm_1"_s), row.value(u"adm_2"_s) }, where_, country, *lat, *lon,
                                     *where, u"UCDP GED where_prec %1"_s.arg(whereText)) };
    for (const QString &column : { u"side_a"_s, u"side_b"_s }) {
        const QString actorId = builder.actor(row.value(column), column == u"side_a"_s ? u"state"_s : u"armed_group"_s);
        if (!actorId.isEmpty() && !event.actorIds.contains(actorId))
            event.actorIds.append(actorId);
    }
    const QString quote = !article.isEmpty() ? article : event.summary.en;
    event.citations = { Citation{ builder.sourceId(), quote, row.value(u"source_office"_s).simplified() } };
    event.fatalities = deaths;
    event.origin = origin(row, recordId);
    if (!builder.addEvent(event))
        return Failure{ QString(), QString(), u"the event could not be written"_s };
    return std::nullopt;
}

} // namespace Atlas
