// SPDX-License-Identifier: GPL-3.0-or-later
#include "recordbuilder.h"

#include "importcodes.h"

#include <QFileInfo>
#include <QLocale>

#include <cmath>

using namespace Qt::StringLiterals;

namespace Atlas {

namespace {

// docs/dataset.md: the Syria/Iraq theatre box.
constexpr double South = 28, North = 42, West = 30, East = 52;

// The names and the point to a ten-thousandth of a degree (about 11 m), as one string.
QString placeKey(const QStringList &admin, const QString &location, double lat, double lon)
{
    return (admin + QStringList{ location }).join(u'|').toCaseFolded().simplified() + u'|'
        + QString::number(std::llround(lat * 1e4)) + u'|' + QString::number(std::llround(lon * 1e4));
}

} // namespace

RecordBuilder::RecordBuilder(ImportSink &sink, const QString &fileName, const ImportOptions &options)
    : m_sink(sink), m_fileName(QFileInfo(fileName).fileName()), m_options(options)
{
    m_sourceId = u"import-"_s + ImportCodes::slug(QFileInfo(fileName).completeBaseName());
    if (m_sourceId == u"import-"_s)
        m_sourceId += u"file"_s;
}

void RecordBuilder::seed(const Dataset &dataset)
{
    for (const Actor &actor : dataset.actors) {
        m_ids.insert(actor.id);
        m_actors.insert(actor.name.en.toCaseFolded().simplified(), actor.id);
    }
    for (const Place &place : dataset.places) {
        m_ids.insert(place.id);
        // Imported places keep their admin names in their citation's quote ("admin1 | ... | location").
        const QString quote = place.citations.isEmpty() ? QString() : place.citations.first().quote;
        QStringList parts = quote.split(u" | "_s);
        const QString location = parts.isEmpty() ? QString() : parts.takeLast();
        m_places.insert(placeKey(parts, location, place.lat, place.lon), place.id);
    }
}

QString RecordBuilder::uniqueId(QString base, const QString &fallback)
{
    if (base.isEmpty())
        base = fallback;
    QString id = base;
    for (int n = 2; m_ids.contains(id); ++n)
        id = base + u'-' + QString::number(n);
    m_ids.insert(id);
    return id;
}

QString RecordBuilder::actor(const QString &name, const QString &kind)
{
    const QString trimmed = name.simplified();
    if (trimmed.isEmpty())
        return {};
    const QString key = trimmed.toCaseFolded();
    if (const auto found = m_actors.constFind(key); found != m_actors.cend())
        return *found;
    Actor actor;
    actor.id = uniqueId(ImportCodes::slug(trimmed), u"actor"_s);
    actor.name = LocalizedText{ QString(), trimmed };
    actor.kind = kind;
    m_actors.insert(key, actor.id);
    m_sink.addActor(actor);
    return actor.id;
}

QString RecordBuilder::place(const QStringList &admin, const QString &location, const QString &country,
                             double lat, double lon, CoordPrecision precision, const QString &coordSource)
{
    QStringList names;
    for (const QString &name : admin) {
        if (!name.trimmed().isEmpty())
            names.append(name.simplified());
    }
    const QString shownName = location.trimmed().isEmpty() ? (names.isEmpty() ? country : names.last()) : location.simplified();
    const QString key = placeKey(names, shownName, lat, lon);
    if (const auto found = m_places.constFind(key); found != m_places.cend())
        return *found;
    Place place;
    place.id = uniqueId(ImportCodes::slug(shownName), u"place"_s);
    place.name = LocalizedText{ QString(), shownName };
    place.kind = u"location"_s;
    place.country = country;
    place.lat = lat;
    place.lon = lon;
    place.coordSource = coordSource;
    place.coordPrecision = precision;
    place.theatre = inTheatre(lat, lon);
    place.citations = { Citation{ m_sourceId, (names + QStringList{ shownName }).join(u" | "_s) } };
    m_places.insert(key, place.id);
    m_sink.addPlace(place);
    return place.id;
}

QString RecordBuilder::eventId(const QString &prefix, const QString &recordId, qint64 line, qint64 *firstLine)
{
    const auto seen = m_records.constFind(recordId);
    if (seen != m_records.cend()) {
        *firstLine = *seen;
        return {};
    }
    m_records.insert(recordId, line);
    // Slugs fold case and punctuation, so two record ids ("SYR1001", "SYr1001") can meet in one
    // slug; the later record takes the next free suffix, in row order, so a re-import repeats it.
    const QString base = prefix + ImportCodes::slug(recordId);
    QString id = base;
    for (int n = 2; m_eventIds.contains(id); ++n)
        id = base + u'-' + QString::number(n);
    m_eventIds.insert(id);
    return id;
}

bool RecordBuilder::finish(const QString &publisher, const QString &attribution, qint64 rows)
{
    Source source;
    source.id = m_sourceId;
    source.file = m_fileName;
    source.outlet = LocalizedText{ QString(), publisher };
    source.title = LocalizedText{ QString(), u"%1 export %2"_s.arg(publisher, m_fileName) };
    source.published.start = m_options.today.isValid() ? m_options.today : QDate::currentDate();
    source.published.precision = DatePrecision::Day;
    source.importRows = qMax<qint64>(rows, 1);
    source.attribution = attribution;
    return m_sink.addSource(source);
}

bool RecordBuilder::inTheatre(double lat, double lon)
{
    return lat >= South && lat <= North && lon >= West && lon <= East;
}

QString RecordBuilder::pointProblem(double lat, double lon, const QString &country)
{
    if (!std::isfinite(lat) || lat < -90 || lat > 90)
        return u"latitude %1 is outside [-90, 90]"_s.arg(lat);
    if (!std::isfinite(lon) || lon < -180 || lon > 180)
        return u"longitude %1 is outside [-180, 180]"_s.arg(lon);
    if ((country == u"SY"_s || country == u"IQ"_s) && !inTheatre(lat, lon)) {
        if (inTheatre(lon, lat))
            return u"latitude and longitude look swapped: %1, %2 lies outside Syria and Iraq, %2, %1 inside"_s.arg(lat).arg(lon);
        return u"%1, %2 lies outside the Syria/Iraq theatre (28-42 N, 30-52 E), but the country is %3"_s.arg(lat).arg(lon).arg(country);
    }
    return {};
}

QString RecordBuilder::countryCode(const QString &nameOrNumber)
{
    const QString text = nameOrNumber.trimmed();
    if (text.isEmpty())
        return {};
    bool isNumber = false;
    const int number = text.toInt(&isNumber);
    if (isNumber) {
        const QLocale::Territory territory = QLocale::codeToTerritory(u"%1"_s.arg(number, 3, 10, QChar(u'0')));
        return territory == QLocale::AnyTerritory ? QString() : QLocale::territoryToCode(territory);
    }
    if (text.size() == 2 || text.size() == 3) {
        const QLocale::Territory territory = QLocale::codeToTerritory(text.toUpper());
        if (territory != QLocale::AnyTerritory)
            return QLocale::territoryToCode(territory);
    }
    static QHash<QString, QString> byName;
    if (byName.isEmpty()) {
        for (int t = 1; t <= int(QLocale::LastTerritory); ++t) {
            const auto territory = QLocale::Territory(t);
            const QString code = QLocale::territoryToCode(territory);
            if (code.size() == 2)
                byName.insert(QLocale::territoryToString(territory).toCaseFolded(), code);
        }
    }
    return byName.value(text.toCaseFolded());
}

} // namespace Atlas
