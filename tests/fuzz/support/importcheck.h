// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "csvimporter.h"
#include "importsink.h"

#include <QBuffer>
#include <QSet>

#include <cstdlib>

/*
 * What the importer targets (acled, ucdp_ged) check besides the sanitizers: the order the sink
 * contract of model/import/importsink.h promises (each actor and place before the first event
 * that names it, each event once), and a report that explains itself (a failure or reject
 * always says why, never more events than rows).
 */
namespace AtlasFuzz {

struct CheckingSink : Atlas::ImportSink
{
    QSet<QString> actors;
    QSet<QString> places;
    QSet<QString> events;
    qint64 sources = 0;
    bool addSource(const Atlas::Source &source) override
    {
        if (source.id.isEmpty())
            abort();
        ++sources;
        return true;
    }
    bool addActor(const Atlas::Actor &actor) override
    {
        if (actor.id.isEmpty() || actors.contains(actor.id))
            abort();
        actors.insert(actor.id);
        return true;
    }
    bool addPlace(const Atlas::Place &place) override
    {
        if (place.id.isEmpty() || places.contains(place.id))
            abort();
        places.insert(place.id);
        return true;
    }
    bool addEvent(const Atlas::Event &event) override
    {
        if (event.id.isEmpty() || events.contains(event.id))
            abort();
        for (const QString &id : event.actorIds) {
            if (!actors.contains(id))
                abort();
        }
        for (const QString &id : event.placeIds) {
            if (!places.contains(id))
                abort();
        }
        events.insert(event.id);
        return true;
    }
};

inline Atlas::ImportOptions fuzzOptions()
{
    Atlas::ImportOptions options;
    options.today = QDate(2026, 1, 2);
    return options;
}

// A report that explains itself: a failure or reject always says why, never more events than rows.
inline void checkReport(const Atlas::ImportReport &report, const CheckingSink &sink)
{
    if (!report.error.isEmpty())
        return;
    if (report.imported > report.rows || report.imported != sink.events.size())
        abort();
    for (const Atlas::ImportReject &reject : report.rejects) {
        if (reject.reason.isEmpty() || reject.line < 1 || reject.value.size() > 201) // 200 and an ellipsis
            abort();
    }
}

template<typename Importer>
void importBytes(const uint8_t *data, size_t size)
{
    QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    CheckingSink sink;
    Importer importer;
    checkReport(importer.run(&buffer, QStringLiteral("fuzz.csv"), sink, fuzzOptions()), sink);
}

} // namespace AtlasFuzz
