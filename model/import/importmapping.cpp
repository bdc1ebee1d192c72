// SPDX-License-Identifier: GPL-3.0-or-later
#include "importmapping.h"

#include "textfolding.h"
#include "vocabulary.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

using namespace Qt::StringLiterals;

namespace Atlas {

namespace {

const QStringList ColumnKeys{ u"id"_s, u"date"_s, u"date_end"_s, u"title"_s, u"summary"_s, u"category"_s,
                              u"latitude"_s, u"longitude"_s, u"place"_s, u"country"_s, u"fatalities"_s, u"outlet"_s };

QString *columnField(ImportMapping &m, const QString &key)
{
    if (key == u"id"_s) return &m.id;
    if (key == u"date"_s) return &m.date;
    if (key == u"date_end"_s) return &m.dateEnd;
    if (key == u"title"_s) return &m.title;
    if (key == u"summary"_s) return &m.summary;
    if (key == u"category"_s) return &m.category;
    if (key == u"latitude"_s) return &m.latitude;
    if (key == u"longitude"_s) return &m.longitude;
    if (key == u"place"_s) return &m.place;
    if (key == u"country"_s) return &m.country;
    if (key == u"fatalities"_s) return &m.fatalities;
    if (key == u"outlet"_s) return &m.outlet;
    return nullptr;
}

std::optional<ImportCodes::DateFormat> dateFormatNamed(const QString &name)
{
    if (name == u"iso"_s) return ImportCodes::DateFormat::Iso;
    if (name == u"dmy"_s) return ImportCodes::DateFormat::DayMonthYear;
    if (name == u"mdy"_s) return ImportCodes::DateFormat::MonthDayYear;
    if (name == u"d-month-y"_s) return ImportCodes::DateFormat::DayMonthNameYear;
    return std::nullopt;
}

bool isCategory(const QString &word)
{
    return Vocabulary::contains(Vocabulary::EventCategories, word);
}

QString coordinatePair(double lat, double lon)
{
    return u"%1, %2"_s.arg(lat, 0, 'g', 10).arg(lon, 0, 'g', 10);
}

} // namespace

std::optional<ImportMapping> ImportMapping::load(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = u"Cannot read the mapping %1: %2"_s.arg(path, file.errorString());
        return std::nullopt;
    }
    QString why;
    std::optional<ImportMapping> mapping = fromJson(file.readAll(), &why);
    if (!mapping)
        *error = u"The mapping %1 %2"_s.arg(QFileInfo(path).fileName(), why);
    return mapping;
}

std::optional<ImportMapping> ImportMapping::fromJson(const QByteArray &json, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = u"is not JSON: %1 at byte %2"_s.arg(parseError.errorString()).arg(parseError.offset);
        return std::nullopt;
    }
    if (!document.isObject()) {
        *error = u"is not a JSON object"_s;
        return std::nullopt;
    }
    const QJsonObject object = document.object();
    ImportMapping mapping;
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString key = it.key();
        const QJsonValue value = it.value();
        const auto wrong = [&](const QString &expected) {
            *error = u"has \"%1\" that is not %2"_s.arg(key, expected);
            return std::nullopt;
        };
        if (key == u"date"_s && value.isArray()) {
            const QJsonArray columns = value.toArray();
            if (columns.isEmpty() || columns.size() > 2 || !columns.first().isString() || !columns.last().isString())
                return wrong(u"a column name or a list of two (the second read when the first is empty)"_s);
            mapping.date = columns.first().toString().trimmed().toLower();
            if (columns.size() == 2)
                mapping.dateFallback = columns.last().toString().trimmed().toLower();
        } else if (QString *field = columnField(mapping, key)) {
            if (!value.isString() || value.toString().trimmed().isEmpty())
                return wrong(u"a column name"_s);
            *field = value.toString().trimmed().toLower();
        } else if (key == u"actors"_s) {
            if (!value.isArray())
                return wrong(u"a list of column names"_s);
            for (const QJsonValue &column : value.toArray()) {
                if (!column.isString() || column.toString().trimmed().isEmpty())
                    return wrong(u"a list of column names"_s);
                mapping.actors.append(column.toString().trimmed().toLower());
            }
        } else if (key == u"date_format"_s) {
            mapping.dateFormat = dateFormatNamed(value.toString());
            if (!mapping.dateFormat)
                return wrong(u"iso, dmy, mdy or d-month-y"_s);
        } else if (key == u"categories"_s) {
            if (!value.isObject())
                return wrong(u"an object of values and categories"_s);
            const QJsonObject table = value.toObject();
            for (auto entry = table.begin(); entry != table.end(); ++entry) {
                const QString category = entry.value().toString();
                if (!isCategory(category)) {
                    *error = u"maps \"%1\" to \"%2\", which is not a category (docs/dataset.md)"_s.arg(entry.key(), category);
                    return std::nullopt;
                }
                mapping.categories.insert(entry.key() == u"*"_s ? entry.key() : TextFolding::fold(entry.key()), category);
            }
        } else if (key == u"default_category"_s) {
            if (!isCategory(value.toString()))
                return wrong(u"a category (docs/dataset.md)"_s);
            mapping.defaultCategory = value.toString();
        } else if (key == u"country_code"_s) {
            mapping.countryCode = RecordBuilder::countryCode(value.toString());
            if (mapping.countryCode.isEmpty())
                return wrong(u"a country code (SY, IQ, ...)"_s);
        } else if (key == u"coord_precision"_s) {
            const auto found = std::find(Vocabulary::CoordPrecisions.begin(), Vocabulary::CoordPrecisions.end(), value.toString());
            if (found == Vocabulary::CoordPrecisions.end())
                return wrong(u"a coordinate precision (exact, approximate, district, province, country, unknown)"_s);
            mapping.precision = CoordPrecision(found - Vocabulary::CoordPrecisions.begin());
        } else if (key == u"attribution"_s) {
            if (!value.isString())
                return wrong(u"a text"_s);
            mapping.attribution = value.toString();
        } else if (key == u"gazetteer"_s) {
            if (!value.isBool())
                return wrong(u"true or false"_s);
            mapping.gazetteer = value.toBool();
        } else {
            *error = u"has the unknown key \"%1\""_s.arg(key);
            return std::nullopt;
        }
    }
    if (mapping.latitude.isEmpty() != mapping.longitude.isEmpty()) {
        *error = u"names only one of \"latitude\" and \"longitude\""_s;
        return std::nullopt;
    }
    if (mapping.date.isEmpty()) {
        *error = u"lacks \"date\", the column of the event's date"_s;
        return std::nullopt;
    }
    return mapping;
}

ImportMapping ImportMapping::guess(const QStringList &columns)
{
    ImportMapping mapping;
    mapping.guessed = true;
    const auto first = [&](std::initializer_list<QString> names) {
        for (const QString &name : names) {
            if (columns.contains(name))
                return name;
        }
        return QString();
    };
    mapping.id = first({ u"id"_s, u"event_id"_s, u"record_id"_s });
    mapping.date = first({ u"date"_s, u"event_date"_s, u"timestamp"_s, u"begin"_s, u"date_start"_s, u"start"_s, u"time"_s });
    if (mapping.date == u"timestamp"_s && columns.contains(u"begin"_s))
        mapping.dateFallback = u"begin"_s;
    mapping.dateEnd = first({ u"date_end"_s, u"end_date"_s, u"end"_s });
    mapping.title = first({ u"title"_s, u"name"_s });
    mapping.summary = first({ u"summary"_s, u"description"_s, u"notes"_s });
    mapping.category = first({ u"category"_s });
    mapping.latitude = first({ u"latitude"_s, u"lat"_s, u"y"_s });
    mapping.longitude = first({ u"longitude"_s, u"lon"_s, u"lng"_s, u"long"_s, u"x"_s });
    if (mapping.latitude.isEmpty() || mapping.longitude.isEmpty())
        mapping.latitude.clear(), mapping.longitude.clear();
    mapping.place = first({ u"place"_s, u"location"_s, u"town"_s, u"city"_s });
    mapping.country = first({ u"country"_s, u"iso"_s, u"iso3"_s });
    for (const QString &name : { u"actor"_s, u"actors"_s, u"actor1"_s, u"actor2"_s }) {
        if (columns.contains(name))
            mapping.actors.append(name);
    }
    mapping.fatalities = first({ u"fatalities"_s, u"deaths"_s, u"killed"_s });
    mapping.outlet = first({ u"outlet"_s, u"source"_s });
    return mapping;
}

QStringList ImportMapping::missingColumns(const QHash<QString, int> &columns) const
{
    QStringList missing;
    for (const QString *column : { &id, &date, &dateFallback, &dateEnd, &title, &summary, &category, &latitude, &longitude, &place,
                                   &country, &fatalities, &outlet }) {
        if (!column->isEmpty() && !columns.contains(*column) && !missing.contains(*column))
            missing.append(*column);
    }
    for (const QString &column : actors) {
        if (!columns.contains(column) && !missing.contains(column))
            missing.append(column);
    }
    return missing;
}

QStringList ImportMapping::dateColumns() const
{
    QStringList columns;
    if (!date.isEmpty())
        columns.append(date);
    if (!dateFallback.isEmpty())
        columns.append(dateFallback);
    if (!dateEnd.isEmpty())
        columns.append(dateEnd);
    return columns;
}

MappedRecords::MappedRecords(const ImportMapping &mapping, const QString &prefix, const Dataset *mergeInto)
    : m_mapping(mapping), m_prefix(prefix)
{
    if (mergeInto) {
        for (const Place &place : mergeInto->places) {
            Known known;
            known.id = place.id;
            known.entry.country = place.country;
            known.entry.nameEn = place.name.en;
            for (const QString &name : { place.name.en, place.name.ar }) {
                if (!name.isEmpty())
                    m_names.insert(TextFolding::fold(name), known);
            }
        }
    }
}

void MappedRecords::loadGazetteer()
{
    if (m_gazetteerLoaded)
        return;
    m_gazetteerLoaded = true;
    m_gazetteer = Article::Gazetteer::load(Article::Gazetteer::bundledPath()).entries();
    if (!m_mapping.gazetteer)
        return;
    for (const Article::GazetteerEntry &entry : std::as_const(m_gazetteer)) {
        for (const QString &entryName : { entry.nameEn, entry.nameAr }) {
            if (!entryName.isEmpty())
                m_names.insert(TextFolding::fold(entryName), Known{ QString(), entry });
        }
    }
}

QString MappedRecords::countryNear(double lat, double lon)
{
    loadGazetteer();
    constexpr double EarthKm = 6371.0, Degree = M_PI / 180;
    double best = 100;
    QString country;
    for (const Article::GazetteerEntry &entry : std::as_const(m_gazetteer)) {
        const double dLat = (entry.lat - lat) * Degree, dLon = (entry.lon - lon) * Degree;
        const double a = std::sin(dLat / 2) * std::sin(dLat / 2)
            + std::cos(lat * Degree) * std::cos(entry.lat * Degree) * std::sin(dLon / 2) * std::sin(dLon / 2);
        const double km = 2 * EarthKm * std::asin(std::min(1.0, std::sqrt(a)));
        if (km < best) {
            best = km;
            country = entry.country;
        }
    }
    return country;
}

QList<MappedRecords::Known> MappedRecords::lookUp(const QString &name, const QString &country)
{
    const QString key = TextFolding::fold(name);
    // The project's places first: a name it knows is never looked up in the gazetteer.
    QList<Known> found;
    for (auto it = m_names.constFind(key); it != m_names.cend() && it.key() == key; ++it) {
        if (!it->id.isEmpty() && (country.isEmpty() || it->entry.country == country))
            found.append(*it);
    }
    if (!found.isEmpty() || !m_mapping.gazetteer)
        return found;
    loadGazetteer();
    QSet<QString> seen;
    for (auto it = m_names.constFind(key); it != m_names.cend() && it.key() == key; ++it) {
        if (it->id.isEmpty() && (country.isEmpty() || it->entry.country == country) && !seen.contains(it->entry.id)) {
            seen.insert(it->entry.id);
            found.append(*it);
        }
    }
    return found;
}

std::optional<ImportFailure> MappedRecords::take(const Row &row, RecordBuilder &builder, Provenance origin, const QString &defaultId)
{
    const ImportMapping &m = m_mapping;
    QString recordId = m.id.isEmpty() ? QString() : row.value(m.id).trimmed();
    if (recordId.isEmpty() && (m.id.isEmpty() || m.guessed)) // KML's id attribute is mostly absent
        recordId = defaultId.isEmpty() ? QString::number(row.line) : defaultId;
    if (recordId.isEmpty())
        return ImportFailure{ m.id, QString(), u"empty; the mapping names it as the record id"_s };

    const auto readDate = [&](const QString &column, QDate *date) -> std::optional<ImportFailure> {
        const QString text = row.value(column);
        const ImportCodes::DateFormat format = m.dateFormat.value_or(m_dateFormats.value(column, ImportCodes::DateFormat::Iso));
        *date = ImportCodes::parseDate(text, format);
        if (date->isValid())
            return std::nullopt;
        return ImportFailure{ column, text, text.trimmed().isEmpty()
                                  ? u"empty; a date is required"_s
                                  : u"not a date in this file's format (%1), or a day that does not exist"_s
                                        .arg(ImportCodes::dateFormatName(format)) };
    };
    FuzzyDate date;
    const QString dateColumn = !m.dateFallback.isEmpty() && row.value(m.date).trimmed().isEmpty() && !row.value(m.dateFallback).trimmed().isEmpty()
        ? m.dateFallback : m.date;
    if (auto failure = readDate(dateColumn, &date.start))
        return failure;
    if (!m.dateEnd.isEmpty() && !row.value(m.dateEnd).trimmed().isEmpty()) {
        QDate end;
        if (auto failure = readDate(m.dateEnd, &end))
            return failure;
        if (end < date.start)
            return ImportFailure{ m.dateEnd, row.value(m.dateEnd), u"ends before it begins (%1)"_s.arg(date.start.toString(Qt::ISODate)) };
        if (end != date.start)
            date.end = end;
    }

    QString category = m.defaultCategory.isEmpty() ? u"report"_s : m.defaultCategory;
    const QString categoryText = row.value(m.category).trimmed();
    if (!categoryText.isEmpty()) {
        const QString mapped = m.categories.value(TextFolding::fold(categoryText));
        if (!mapped.isEmpty())
            category = mapped;
        else if (isCategory(categoryText))
            category = categoryText;
        else if (m.categories.contains(u"*"_s))
            category = m.categories.value(u"*"_s);
        else
            return ImportFailure{ m.category, categoryText, u"neither a category nor a value the mapping's \"categories\" table lists"_s };
    }

    QString country = m.countryCode;
    if (!m.country.isEmpty() && !row.value(m.country).trimmed().isEmpty()) {
        country = RecordBuilder::countryCode(row.value(m.country));
        if (country.isEmpty())
            return ImportFailure{ m.country, row.value(m.country), u"not a country this importer knows"_s };
    }

    const QString placeName = row.value(m.place).simplified();
    std::optional<std::pair<double, double>> point = row.point;
    QString coordSource = row.coordSource;
    if (!point && !m.latitude.isEmpty()) {
        const QString latText = row.value(m.latitude).trimmed();
        const QString lonText = row.value(m.longitude).trimmed();
        if (!latText.isEmpty() || !lonText.isEmpty() || placeName.isEmpty()) {
            bool latOk = false, lonOk = false;
            const double lat = QString(latText).replace(u',', u'.').toDouble(&latOk);
            const double lon = QString(lonText).replace(u',', u'.').toDouble(&lonOk);
            if (!latOk)
                return ImportFailure{ m.latitude, latText, latText.isEmpty() ? u"empty; a latitude is required"_s : u"not a number"_s };
            if (!lonOk)
                return ImportFailure{ m.longitude, lonText, lonText.isEmpty() ? u"empty; a longitude is required"_s : u"not a number"_s };
            point = std::pair{ lat, lon };
            coordSource = u"columns %1, %2"_s.arg(m.latitude, m.longitude);
        }
    }
    QString placeId;
    if (point && country.isEmpty()) {
        if (const QString problem = RecordBuilder::pointProblem(point->first, point->second, QString()); !problem.isEmpty())
            return ImportFailure{ m.latitude.isEmpty() ? u"geometry"_s : m.latitude, coordinatePair(point->first, point->second), problem };
        country = countryNear(point->first, point->second);
        if (country.isEmpty())
            return ImportFailure{ m.country, coordinatePair(point->first, point->second),
                                  u"no country: the row names none and no town of the gazetteer lies within 100 km; map a country column or give \"country_code\""_s };
    }
    if (point) {
        const auto [lat, lon] = *point;
        if (const QString problem = RecordBuilder::pointProblem(lat, lon, country); !problem.isEmpty())
            return ImportFailure{ m.latitude.isEmpty() ? u"geometry"_s : m.latitude, coordinatePair(lat, lon), problem };
    } else if (!placeName.isEmpty()) {
        const QList<Known> known = lookUp(placeName, country);
        if (known.isEmpty()) {
            return ImportFailure{ m.place, placeName, m.gazetteer
                                      ? u"no coordinates, and neither the project's places nor the gazetteer has this name"_s
                                      : u"no coordinates, and the project has no place of this name"_s };
        }
        if (known.size() > 1) {
            QStringList where;
            for (const Known &k : known)
                where.append(k.entry.provinceEn.isEmpty() ? k.entry.country : k.entry.provinceEn + u", "_s + k.entry.country);
            return ImportFailure{ m.place, placeName, u"names %1 places (%2); a country column or coordinates would tell them apart"_s
                                                          .arg(known.size()).arg(where.join(u"; "_s)) };
        }
        if (!known.first().id.isEmpty()) {
            placeId = known.first().id;
        } else {
            const Article::GazetteerEntry &entry = known.first().entry;
            point = std::pair{ entry.lat, entry.lon };
            coordSource = u"GeoNames gazetteer (%1)"_s.arg(entry.id);
            if (country.isEmpty())
                country = entry.country;
        }
    } else {
        return ImportFailure{ m.place, QString(), u"no point: the row has neither coordinates nor a place name"_s };
    }

    std::optional<double> fatalities;
    const QString fatalitiesText = row.value(m.fatalities).trimmed();
    if (!fatalitiesText.isEmpty()) {
        bool ok = false;
        const double value = fatalitiesText.toDouble(&ok);
        if (!ok || value < 0)
            return ImportFailure{ m.fatalities, fatalitiesText, u"not a count of people (a whole number from 0)"_s };
        fatalities = value;
    }

    qint64 firstLine = 0;
    const QString id = builder.eventId(m_prefix, recordId, row.line, &firstLine);
    if (id.isEmpty())
        return ImportFailure{ m.id, recordId, u"a duplicate: the same id is on line %1"_s.arg(firstLine) };

    Event event;
    event.id = id;
    event.date = date;
    event.category = category;
    const QString title = row.value(m.title).simplified();
    event.title = LocalizedText{ QString(), !title.isEmpty() ? title : placeName.isEmpty() ? category : u"%1: %2"_s.arg(category, placeName) };
    const QString summary = row.value(m.summary).trimmed();
    event.summary = LocalizedText{ QString(), summary.isEmpty() ? event.title.en : summary };
    if (placeId.isEmpty()) {
        const auto [lat, lon] = *point;
        const QString shownName = placeName.isEmpty() ? (title.isEmpty() ? coordinatePair(lat, lon) : title) : placeName;
        placeId = builder.place({}, shownName, country, lat, lon,
                                coordSource.startsWith(u"GeoNames"_s) ? CoordPrecision::Exact : m.precision, coordSource);
    }
    event.placeIds = { placeId };
    for (const QString &column : m.actors) {
        for (const QString &name : row.value(column).split(u';', Qt::SkipEmptyParts)) {
            const QString actorId = builder.actor(name, u"unclassified"_s);
            if (!actorId.isEmpty() && !event.actorIds.contains(actorId))
                event.actorIds.append(actorId);
        }
    }
    event.citations = { Citation{ builder.sourceId(), event.summary.en, row.value(m.outlet).simplified() } };
    event.fatalities.best = fatalities;
    origin.recordId = recordId;
    event.origin = std::move(origin);
    if (!builder.addEvent(event))
        return ImportFailure{ QString(), QString(), u"the event could not be written"_s };
    return std::nullopt;
}

} // namespace Atlas
