// SPDX-License-Identifier: GPL-3.0-or-later
#include "projecteventcolumns.h"

#include "geopackage.h"
#include "projecttables.h"
#include "sqlconnection.h"
#include "sqlitestatement.h"
#include "vocabulary.h"

#include <QCoreApplication>
#include <QHash>

#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;

namespace Atlas {

namespace {

constexpr double NoCoordinate = std::numeric_limits<double>::quiet_NaN();

// "2014", "2020-08" or "2024-09-27" as the first day it names, and the precision its digits show.
std::optional<std::pair<QDate, DatePrecision>> parseDate(QByteArrayView text)
{
    const auto digits = [&](qsizetype from, qsizetype count) -> int {
        int value = 0;
        for (qsizetype i = from; i < from + count; ++i) {
            const char c = text.at(i);
            if (c < '0' || c > '9')
                return -1;
            value = value * 10 + (c - '0');
        }
        return value;
    };
    const bool month = text.size() >= 7, day = text.size() == 10;
    if ((text.size() != 4 && text.size() != 7 && text.size() != 10) || (month && text.at(4) != '-')
        || (day && text.at(7) != '-'))
        return std::nullopt;
    const int y = digits(0, 4), m = month ? digits(5, 2) : 1, d = day ? digits(8, 2) : 1;
    const QDate date(y, m, d);
    if (y < 0 || m < 0 || d < 0 || !date.isValid())
        return std::nullopt;
    return std::pair(date, day ? DatePrecision::Day : month ? DatePrecision::Month : DatePrecision::Year);
}

// One list table read alongside the events: its rows belong to the events in fid order.
class ListCursor
{
public:
    ListCursor(SqlConnection &connection, const QString &sql, qint64 events) : m_statement(connection, sql)
    {
        m_rows.from.reserve(std::size_t(events) + 1);
        step();
    }

    // Each value of the list of the event with this (UTF-8) id, in ordinal order; false when
    // the rows are not in the order a save writes. Records where the event's rows begin.
    template<typename Take>
    bool take(QByteArrayView ownerId, Take &&take)
    {
        m_rows.from.push_back(m_hasRow ? m_statement.integer(3) : m_endFid);
        qint64 ordinal = 0;
        while (m_hasRow && m_statement.blob(0) == ownerId) {
            if (m_statement.integer(1) != ordinal++)
                return false;
            take(m_statement.text(2));
            ++m_taken;
            step();
        }
        return true;
    }
    // The owner of the row it stands on, when any rows are left over.
    std::optional<QString> leftOwner() const
    {
        return m_hasRow ? std::optional(m_statement.text(0)) : std::nullopt;
    }
    qint64 taken() const { return m_taken; }
    // Once every event has taken its rows: where each event's rows lie.
    ProjectEventColumns::ListRows finish()
    {
        m_rows.from.push_back(m_endFid);
        return std::move(m_rows);
    }

private:
    void step()
    {
        m_hasRow = m_statement.next();
        if (m_hasRow)
            m_endFid = m_statement.integer(3) + 1;
    }

    SqliteStatement m_statement;
    bool m_hasRow = false;
    qint64 m_endFid = 1; // one past the last row read
    qint64 m_taken = 0;
    ProjectEventColumns::ListRows m_rows;
};

} // namespace

std::optional<ProjectEventColumns::Result> ProjectEventColumns::read(SqlConnection &connection, QString *error)
{
    QHash<QString, std::pair<double, double>> placePoints;
    {
        SqliteStatement places(connection, u"SELECT fid, id, geom FROM places"_s);
        while (places.next()) {
            const auto point = GeoPackage::readPoint(places.blob(2));
            const auto *lonLat = std::get_if<QPointF>(&point);
            placePoints.insert(places.text(1), lonLat ? std::pair(lonLat->y(), lonLat->x())
                                                      : std::pair(NoCoordinate, NoCoordinate));
        }
    }
    qint64 count = 0;
    {
        SqliteStatement rows(connection, u"SELECT count(*) FROM events"_s);
        if (rows.next())
            count = rows.integer(0);
    }

    Result result;
    result.ids.reserve(count);
    result.fids.reserve(std::size_t(count));
    EventColumnsBuilder builder{ std::size_t(count) };
    SqliteStatement events(connection, u"SELECT fid, id, date_start, date_end, date_precision, category, "
                                        "fatalities_best FROM events ORDER BY fid"_s);
    ListCursor places(connection, u"SELECT event_id, ordinal, place_id, fid FROM event_places ORDER BY fid"_s, count);
    ListCursor actors(connection, u"SELECT event_id, ordinal, actor_id, fid FROM event_actors ORDER BY fid"_s, count);
    ListCursor citations(connection, u"SELECT owner_id, ordinal, source_id, fid FROM citations "
                                      "WHERE owner_kind = 'event' ORDER BY fid"_s, count);
    const auto fail = [&](const QString &message) {
        *error = message;
        return std::nullopt;
    };
    constexpr float none = std::numeric_limits<float>::quiet_NaN();
    QStringList eventPlaces, eventSources;
    while (events.next()) {
        const qint64 fid = events.integer(0);
        const QByteArrayView id = events.blob(1);
        const QString idText = QString::fromUtf8(id);
        const auto rowName = [&] { return ProjectTables::rowName(u"events"_s, fid, idText); };

        const QByteArrayView precisionText = events.blob(4);
        const auto precision = std::find(Vocabulary::DatePrecisions.begin(), Vocabulary::DatePrecisions.end(),
                                         QString::fromUtf8(precisionText));
        const auto start = parseDate(events.blob(2));
        const auto end = events.isNull(3) ? std::nullopt : parseDate(events.blob(3));
        if (precision == Vocabulary::DatePrecisions.end() || !start || (!events.isNull(3) && !end))
            return fail(QCoreApplication::translate("Atlas::ProjectEventColumns", "%1 has a date that is not a project date: start \"%2\", end \"%3\", precision \"%4\".")
                            .arg(rowName(), events.text(2), events.text(3), QString::fromUtf8(precisionText)));
        FuzzyDate date;
        date.precision = DatePrecision(precision - Vocabulary::DatePrecisions.begin());
        date.start = start->first;
        date.end = end ? end->first : QDate();

        eventPlaces.clear();
        eventSources.clear();
        const bool inOrder = places.take(id, [&](QString placeId) {
            builder.addPlace(placeId);
            eventPlaces.append(std::move(placeId));
        }) && actors.take(id, [&](const QString &actorId) { builder.addActor(actorId); })
            && citations.take(id, [&](QString sourceId) {
                   if (!eventSources.contains(sourceId))
                       eventSources.append(std::move(sourceId));
               });
        if (!inOrder)
            return fail(QCoreApplication::translate("Atlas::ProjectEventColumns", "The list rows of %1 are not in the order Coalition Atlas writes them.").arg(rowName()));
        for (const QString &sourceId : std::as_const(eventSources))
            builder.addSource(sourceId);

        for (const QString &placeId : std::as_const(eventPlaces)) {
            if (!placePoints.contains(placeId))
                return fail(QCoreApplication::translate("Atlas::ProjectEventColumns", "%1 names the place \"%2\", which the project does not hold.").arg(rowName(), placeId));
        }
        const auto first = eventPlaces.isEmpty() ? placePoints.constEnd() : placePoints.constFind(eventPlaces.constFirst());
        builder.add(date.earliest(), date.latest(), date.precision, events.text(5),
                    first != placePoints.constEnd() ? float(first->first) : none,
                    first != placePoints.constEnd() ? float(first->second) : none,
                    events.isNull(6) ? none : float(events.real(6)));
        result.ids.append(idText);
        result.fids.push_back(fid);
    }
    if (!connection.ok())
        return fail(connection.errorText());
    for (const auto *list : { &places, &actors, &citations }) {
        if (const auto owner = list->leftOwner())
            return fail(QCoreApplication::translate("Atlas::ProjectEventColumns", "A list row names the event \"%1\", which is not where Coalition Atlas writes it or not in "
                           "the project.").arg(*owner));
    }
    result.placeRows = places.finish();
    result.actorRows = actors.finish();
    result.citationCount = citations.taken();
    result.citationRows = citations.finish();
    result.columns = builder.finish([&placePoints](const QString &id) {
        return placePoints.value(id, std::pair(NoCoordinate, NoCoordinate));
    });
    return result;
}

} // namespace Atlas
