// SPDX-License-Identifier: GPL-3.0-or-later
// atlas-generate: writes a synthetic corpus (CorpusGenerator) as a JSON dataset and/or a project
// file, with its articles in sources/ beside each, for the benchmarks at scale.
//   atlas-generate [--events N] [--places N] [--seed N] [--json FILE] [--project FILE.gpkg]
#include "corpusgenerator.h"
#include "datasetloader.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
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
    if (!parser.isSet(u"json"_s) && !parser.isSet(u"project"_s)) {
        say(u"atlas-generate: give --json FILE, --project FILE or both"_s, stderr);
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
        || !write(u"project"_s, &AtlasBench::CorpusGenerator::writeProject))
        return 1;
    return 0;
}
