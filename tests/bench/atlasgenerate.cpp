// SPDX-License-Identifier: GPL-3.0-or-later
// atlas-generate: writes a synthetic corpus (CorpusGenerator) as a JSON dataset and/or a project
// file, with its articles in sources/ beside each, for the benchmarks at scale.
//   atlas-generate [--events N] [--places N] [--seed N] [--json FILE] [--project FILE.gpkg] [--acled FILE.csv]
// --acled writes the same events as an ACLED-format export (the newer columns), for the import benchmark.
#include "corpusgenerator.h"
#include "datasetloader.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QLocale>
#include <QFileInfo>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

void say(const QString &line, FILE *stream = stdout)
{
    std::fputs(qPrintable(line + u'\n'), stream);
}

bool positive(const QCommandLineParser &parser, const QString &name, int *value)
{
    bool ok = false;
    *value = parser.value(name).toInt(&ok);
    if (!ok || *value <= 0)
        say(u"atlas-generate: --%1 must be a positive whole number"_s.arg(name), stderr);
    return ok && *value > 0;
}

QByteArray csv(const QString &text)
{
    QByteArray bytes = text.toUtf8();
    if (!bytes.contains(',') && !bytes.contains('"') && !bytes.contains('\n'))
        return bytes;
    return '"' + bytes.replace("\"", "\"\"") + '"';
}

// Our categories as ACLED event and sub-event types (the inverse of docs/import.md's table, roughly).
std::pair<QString, QString> acledType(const QString &category)
{
    if (category == u"strike"_s)
        return { u"Explosions/Remote violence"_s, u"Air/drone strike"_s };
    if (category == u"attack"_s)
        return { u"Explosions/Remote violence"_s, u"Remote explosive/landmine/IED"_s };
    if (category == u"territorial_change"_s)
        return { u"Battles"_s, u"Government regains territory"_s };
    if (category == u"agreement"_s)
        return { u"Strategic developments"_s, u"Agreement"_s };
    if (category == u"deployment"_s)
        return { u"Strategic developments"_s, u"Headquarters or base established"_s };
    if (category == u"military_operation"_s || category == u"leadership_killed"_s)
        return { u"Battles"_s, u"Armed clash"_s };
    return { u"Strategic developments"_s, u"Other"_s };
}

bool writeAcled(const AtlasBench::CorpusGenerator::Corpus &corpus, const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = u"cannot write %1: %2"_s.arg(path, file.errorString());
        return false;
    }
    file.write("event_id_cnty,event_date,year,time_precision,disorder_type,event_type,sub_event_type,actor1,"
               "assoc_actor_1,inter1,actor2,assoc_actor_2,inter2,interaction,civilian_targeting,iso,region,country,"
               "admin1,admin2,admin3,location,latitude,longitude,geo_precision,source,source_scale,notes,fatalities,"
               "tags,timestamp\n");
    const Atlas::Dataset &dataset = corpus.dataset;
    QByteArray line;
    for (qsizetype i = 0; i < dataset.events.size(); ++i) {
        const Atlas::Event &event = dataset.events.at(i);
        const Atlas::Place *place = event.placeIds.isEmpty() ? nullptr : dataset.place(event.placeIds.first());
        if (!place)
            continue;
        const bool iraq = place->country == u"IQ"_s;
        const int precision = event.date.precision == Atlas::DatePrecision::Day ? 1
            : event.date.precision == Atlas::DatePrecision::Week ? 2 : 3;
        const QDate coded = precision == 2 ? event.date.start.addDays(3) : precision == 3 ? event.date.start.addDays(14) : event.date.start;
        const auto [type, sub] = acledType(event.category);
        const Atlas::Actor *actor1 = event.actorIds.isEmpty() ? nullptr : dataset.actor(event.actorIds.first());
        const Atlas::Actor *actor2 = event.actorIds.size() < 2 ? nullptr : dataset.actor(event.actorIds.at(1));
        line.clear();
        line += (iraq ? "IRQ" : "SYR") + QByteArray::number(i + 1) + ',';
        line += csv(QLocale::c().toString(coded, u"dd MMMM yyyy"_s)) + ',' + QByteArray::number(coded.year()) + ',';
        line += QByteArray::number(precision) + ",Political violence," + csv(type) + ',' + csv(sub) + ',';
        line += (actor1 ? csv(actor1->name.en) : QByteArray("Unidentified Armed Group (Syria)")) + ",,Rebel groups,";
        line += (actor2 ? csv(actor2->name.en) : QByteArray()) + ",,State forces,12,,";
        line += (iraq ? "368,Middle East,Iraq," : "760,Middle East,Syria,");
        line += csv(place->name.en) + ",,," + csv(place->name.en) + ',';
        line += QByteArray::number(place->lat, 'f', 4) + ',' + QByteArray::number(place->lon, 'f', 4) + ",1,";
        line += csv(place->name.en.left(12) + u" News"_s) + ",National," + csv(event.summary.en) + ',';
        line += QByteArray::number(i % 7) + ",,1747700000\n";
        if (file.write(line) != line.size()) {
            *error = u"cannot write %1: %2"_s.arg(path, file.errorString());
            return false;
        }
    }
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"atlas-generate"_s);

    const AtlasBench::CorpusGenerator::Options defaults;
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Writes a synthetic Coalition Atlas dataset for benchmarks."_s);
    parser.addHelpOption();
    parser.addOption({ u"events"_s, u"Number of events."_s, u"N"_s, QString::number(defaults.eventCount) });
    parser.addOption({ u"places"_s, u"Number of places."_s, u"N"_s, QString::number(defaults.placeCount) });
    parser.addOption({ u"seed"_s, u"Random seed; the same seed gives the same files."_s, u"N"_s, QString::number(defaults.seed) });
    parser.addOption({ u"json"_s, u"Write the dataset as JSON to FILE."_s, u"FILE"_s });
    parser.addOption({ u"project"_s, u"Write the dataset as a project (.gpkg) to FILE."_s, u"FILE"_s });
    parser.addOption({ u"acled"_s, u"Write the events as an ACLED-format CSV export to FILE."_s, u"FILE"_s });
    parser.process(app);

    AtlasBench::CorpusGenerator::Options options;
    bool seedOk = false;
    options.seed = parser.value(u"seed"_s).toUInt(&seedOk);
    if (!positive(parser, u"events"_s, &options.eventCount) || !positive(parser, u"places"_s, &options.placeCount))
        return 2;
    if (!seedOk) {
        say(u"atlas-generate: --seed must be a whole number from 0 to 4294967295"_s, stderr);
        return 2;
    }
    if (!parser.isSet(u"json"_s) && !parser.isSet(u"project"_s) && !parser.isSet(u"acled"_s)) {
        say(u"atlas-generate: give --json FILE, --project FILE, --acled FILE or several"_s, stderr);
        return 2;
    }

    QElapsedTimer timer;
    timer.start();
    const auto corpus = AtlasBench::CorpusGenerator::generate(options);
    say(u"generated %1 events, %2 places, %3 sources in %4 ms"_s.arg(corpus.dataset.events.size())
            .arg(corpus.dataset.places.size()).arg(corpus.dataset.sources.size()).arg(timer.restart()));

    const auto write = [&](const QString &option, auto writer) {
        if (!parser.isSet(option))
            return true;
        const QString path = parser.value(option);
        QString error;
        if (!writer(corpus, path, &error)) {
            say(u"atlas-generate: "_s + error, stderr);
            return false;
        }
        const qint64 size = QFileInfo(path).size();
        say(u"wrote %1: %2 bytes in %3 ms%4"_s.arg(path).arg(size).arg(timer.restart())
                .arg(option == u"json"_s && size > Atlas::DatasetLoader::MaximumFileSize
                         ? u" (over the %1-byte limit of DatasetLoader)"_s.arg(Atlas::DatasetLoader::MaximumFileSize)
                         : QString()));
        return true;
    };
    if (!write(u"json"_s, &AtlasBench::CorpusGenerator::writeJson)
        || !write(u"project"_s, &AtlasBench::CorpusGenerator::writeProject) || !write(u"acled"_s, &writeAcled))
        return 1;
    return 0;
}
