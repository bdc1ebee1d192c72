// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandline.h"

#include "playbackschedule.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("CommandLine", text);
}

constexpr int MinimumDpi = 72;
constexpr int MaximumDpi = 600;
constexpr int MaximumSide = 20000;

} // namespace

std::optional<QDate> parsePeriodDate(const QString &text, bool endOfPeriod)
{
    static const QRegularExpression pattern(u"^(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?$"_s);
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    const int year = match.captured(1).toInt();
    const bool hasMonth = match.hasCaptured(2);
    const bool hasDay = match.hasCaptured(3);
    const int month = hasMonth ? match.captured(2).toInt() : (endOfPeriod ? 12 : 1);
    if (month < 1 || month > 12)
        return std::nullopt;
    int day = 1;
    if (hasDay)
        day = match.captured(3).toInt();
    else if (endOfPeriod)
        day = QDate(year, month, 1).daysInMonth();
    const QDate date(year, month, day);
    if (!date.isValid())
        return std::nullopt;
    return date;
}

bool wantsHeadless(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray argument(argv[i]);
        if (argument.startsWith("--export-") || argument == "--import" || argument == "--briefing" || argument == "--list-charts"
            || argument == "--save-project" || argument == "--info" || argument == "--extract-article" || argument == "--help"
            || argument == "-h" || argument == "--version" || argument == "-v" || argument == "--help-all")
            return true;
    }
    return false;
}

CommandLineResult parseCommandLine(const QStringList &arguments)
{
    CommandLineResult result;
    CommandLineRequest &request = result.request;

    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Coalition Atlas: a timeline, map and charts of the international coalition against ISIS "
           "in Syria and Iraq, 2014-2024, with every figure traced to its Arabic source."));
    const QCommandLineOption helpOption = parser.addHelpOption();
    const QCommandLineOption versionOption = parser.addVersionOption();
    const QCommandLineOption datasetOption(u"dataset"_s, tr("Open the dataset file <path> (.json) or project file (.gpkg) instead of the bundled dataset."), u"path"_s);
    const QCommandLineOption langOption(u"lang"_s, tr("User interface and export language: ar or en."), u"language"_s);
    const QCommandLineOption timelineOption(u"export-timeline"_s, tr("Export the timeline to <file> (.svg, .png or .pdf) and exit."), u"file"_s);
    const QCommandLineOption mapOption(u"export-map"_s, tr("Export the map to <file> (.svg, .png or .pdf) and exit."), u"file"_s);
    const QCommandLineOption chartOption(u"export-chart"_s, tr("Export the chart <name> (see --list-charts) and exit; needs --out."), u"name"_s);
    const QCommandLineOption briefingOption(u"briefing"_s, tr("Write a briefing sheet for the time window to <file> (.pdf) and exit."), u"file"_s);
    const QCommandLineOption paperOption(u"paper"_s, tr("Briefing paper size: a4 or letter (default a4)."), u"size"_s);
    const QCommandLineOption orientationOption(u"orientation"_s, tr("Briefing orientation: portrait or landscape (default portrait)."), u"orientation"_s);
    const QCommandLineOption atlasOption(u"atlas"_s, tr("Briefing atlas mode: one sheet per year or per site."), u"year|site"_s);
    const QCommandLineOption appendixOption(u"briefing-appendix"_s, tr("Briefing of more than 200 events: add every event as an appendix after the summary."));
    const QCommandLineOption exportDatasetOption(u"export-dataset"_s, tr("Write the open dataset as JSON to <file> (.json) and exit."), u"file"_s);
    const QCommandLineOption saveProjectOption(u"save-project"_s, tr("Save the open dataset as a project file <file> (.gpkg, a GeoPackage) and exit."), u"file"_s);
    const QCommandLineOption infoOption(u"info"_s, tr("Print what the dataset or project <file> holds as one JSON object, and exit."), u"file"_s);
    const QCommandLineOption extractArticleOption(u"extract-article"_s, tr("Print the dates, numbers, places and events the article <file> (UTF-8 text) proposes, as JSON Lines, and exit."), u"file"_s);
    const QCommandLineOption publishedOption(u"published"_s, tr("Publication date of --extract-article's article, YYYY-MM-DD (YYYY-MM or YYYY when only that is known); without it relative dates stay unresolved."), u"date"_s);
    const QCommandLineOption listChartsOption(u"list-charts"_s, tr("Print the names of the charts, one per line, and exit."));
    const QCommandLineOption formatOption(u"format"_s, tr("Chart export format: svg, png or pdf (default: from the --out suffix)."), u"format"_s);
    const QCommandLineOption outOption(u"out"_s, tr("Output file of --export-chart, or the new project file (.gpkg) of --import."), u"file"_s);
    const QCommandLineOption fromOption(u"from"_s, tr("Start of the time window: YYYY, YYYY-MM or YYYY-MM-DD."), u"date"_s);
    const QCommandLineOption toOption(u"to"_s, tr("End of the time window: YYYY, YYYY-MM or YYYY-MM-DD."), u"date"_s);
    const QCommandLineOption windowMatchOption(u"window-match"_s, tr("How dates meet the time window: overlaps (default) or inside."), u"overlaps|inside"_s);
    const QCommandLineOption widthOption(u"width"_s, tr("Export width in logical pixels."), u"pixels"_s);
    const QCommandLineOption heightOption(u"height"_s, tr("Export height in logical pixels."), u"pixels"_s);
    const QCommandLineOption dpiOption(u"dpi"_s, tr("Export resolution for PNG, 72-600 (default 96)."), u"dpi"_s);
    const QCommandLineOption importOption(u"import"_s, tr("Import <file> (ACLED, UCDP GED, any CSV, GeoJSON, KML) into a new project (--out) or an existing one (--into), and exit."), u"file"_s);
    const QCommandLineOption importFormatOption(u"import-format"_s, tr("Format of the file to import: acled, ucdp-ged, csv, geojson, kml or vector (any other file GDAL reads; default: from the file)."), u"format"_s);
    const QCommandLineOption mappingOption(u"mapping"_s, tr("Column mapping of a CSV, GeoJSON, KML or vector import, a JSON file (docs/import.md)."), u"file"_s);
    const QCommandLineOption intoOption(u"into"_s, tr("Project file (.gpkg) to merge the import into."), u"file"_s);
    const QCommandLineOption strictOption(u"strict"_s, tr("Fail the import, writing nothing, if any row is rejected."));
    const QCommandLineOption animationOption(u"export-animation"_s, tr("Export an animation of the time window stepping through --from to --to: <out> is a .mp4 (H.264) or .webm video, or a folder ending in / for numbered PNG frames; needs --step."), u"out"_s);
    const QCommandLineOption stepOption(u"step"_s, tr("Animation step: week, month, quarter or year."), u"unit"_s);
    const QCommandLineOption windowOption(u"window"_s, tr("Animation window length, e.g. quarter, 3m, 90d (default: the step)."), u"span"_s);
    const QCommandLineOption accumulateOption(u"accumulate"_s, tr("Animation shows everything from --from up to each step, not a moving window."));
    const QCommandLineOption fpsOption(u"fps"_s, tr("Animation frames a second, 1-120 (default 4)."), u"n"_s);
    const QCommandLineOption viewOption(u"view"_s, tr("Animation picture: map, timeline or composed (default composed)."), u"view"_s);
    parser.addOptions({importOption, importFormatOption, mappingOption, intoOption, strictOption});
    parser.addOptions({datasetOption, langOption, timelineOption, mapOption, chartOption, briefingOption,
                       exportDatasetOption, saveProjectOption, infoOption, listChartsOption, formatOption, outOption, fromOption, toOption, widthOption, heightOption,
                       dpiOption, paperOption, orientationOption, atlasOption, appendixOption, windowMatchOption});
    parser.addOptions({extractArticleOption, publishedOption});
    parser.addOptions({animationOption, stepOption, windowOption, accumulateOption, fpsOption, viewOption});
    const QCommandLineOption exportEventsOption(u"export-events"_s, tr("Write the events of the time window (--from, --to) with their places and provenance to <file> (.csv, .geojson or .kml) and exit."), u"file"_s);
    parser.addOption(exportEventsOption);
    parser.addPositionalArgument(u"file"_s, tr("A dataset (.json) or project file (.gpkg) to open, as with --dataset."),
                                 u"[file]"_s);

    if (!parser.parse(arguments)) {
        result.error = parser.errorText();
        return result;
    }
    result.helpText = parser.helpText();
    const QStringList files = parser.positionalArguments();
    if (files.size() > 1) {
        result.error = tr("Give one file to open, not %1: %2.").arg(files.size()).arg(files.join(u", "_s));
        return result;
    }
    if (parser.isSet(helpOption)) {
        request.action = CommandLineRequest::Action::ShowHelp;
        return result;
    }
    if (parser.isSet(versionOption)) {
        request.action = CommandLineRequest::Action::ShowVersion;
        return result;
    }

    if (parser.isSet(importOption)) {
        request.action = CommandLineRequest::Action::Import;
        request.importFile = parser.value(importOption);
        request.outputFile = parser.value(outOption);
        request.intoFile = parser.value(intoOption);
        request.strict = parser.isSet(strictOption);
        request.mappingFile = parser.value(mappingOption);
        if (request.importFile.isEmpty()) {
            result.error = tr("--import needs a file path.");
            return result;
        }
        if (parser.isSet(importFormatOption)) {
            request.importFormat = parser.value(importFormatOption).toLower();
            const QStringList formats{u"acled"_s, u"ucdp-ged"_s, u"csv"_s, u"geojson"_s, u"kml"_s, u"vector"_s};
            if (!formats.contains(request.importFormat)) {
                result.error = tr("--import-format must be one of %1, not \"%2\".").arg(formats.join(u", "_s), parser.value(importFormatOption));
                return result;
            }
        }
        if (request.outputFile.isEmpty() == request.intoFile.isEmpty()) {
            result.error = tr("--import needs either --out NEW.gpkg or --into EXISTING.gpkg.");
            return result;
        }
        const QString project = request.outputFile.isEmpty() ? request.intoFile : request.outputFile;
        if (!project.endsWith(u".gpkg"_s, Qt::CaseInsensitive)) {
            result.error = tr("--import writes a project file: name it with .gpkg, not \"%1\".").arg(project);
            return result;
        }
        if (parser.isSet(mappingOption) && (request.importFormat == u"acled"_s || request.importFormat == u"ucdp-ged"_s)) {
            result.error = tr("--mapping belongs to the csv, geojson, kml and vector formats, not %1.").arg(request.importFormat);
            return result;
        }
        for (const QCommandLineOption *option : {&datasetOption, &timelineOption, &mapOption, &chartOption, &briefingOption,
                                                 &exportDatasetOption, &saveProjectOption, &infoOption, &fromOption, &toOption}) {
            if (parser.isSet(*option)) {
                result.error = tr("--%1 does not go with --import.").arg(option->names().constFirst());
                return result;
            }
        }
        if (!files.isEmpty()) {
            result.error = tr("--import reads the file it names; leave out any other file.");
            return result;
        }
        return result;
    }
    for (const QCommandLineOption *option : {&importFormatOption, &mappingOption, &intoOption, &strictOption}) {
        if (parser.isSet(*option)) {
            result.error = tr("--%1 belongs to --import.").arg(option->names().constFirst());
            return result;
        }
    }

    request.datasetPath = parser.value(datasetOption);
    if (parser.isSet(datasetOption) && request.datasetPath.isEmpty()) {
        result.error = tr("--dataset needs a file path.");
        return result;
    }
    if (!files.isEmpty()) {
        if (parser.isSet(datasetOption)) {
            result.error = tr("Give the file to open once: --dataset %1 or %2, not both.").arg(request.datasetPath, files.constFirst());
            return result;
        }
        if (files.constFirst().isEmpty()) {
            result.error = tr("The file to open has an empty name.");
            return result;
        }
        request.datasetPath = files.constFirst(); // as --dataset
    }
    if (parser.isSet(langOption)) {
        request.language = parser.value(langOption).toLower();
        if (request.language != u"ar"_s && request.language != u"en"_s) {
            result.error = tr("--lang must be ar or en, not \"%1\".").arg(parser.value(langOption));
            return result;
        }
    }

    int actions = 0;
    if (parser.isSet(timelineOption)) {
        request.action = CommandLineRequest::Action::ExportTimeline;
        request.outputFile = parser.value(timelineOption);
        ++actions;
    }
    if (parser.isSet(mapOption)) {
        request.action = CommandLineRequest::Action::ExportMap;
        request.outputFile = parser.value(mapOption);
        ++actions;
    }
    if (parser.isSet(chartOption)) {
        request.action = CommandLineRequest::Action::ExportChart;
        request.chartName = parser.value(chartOption);
        request.outputFile = parser.value(outOption);
        ++actions;
        if (request.outputFile.isEmpty()) {
            result.error = tr("--export-chart needs --out FILE.");
            return result;
        }
    }
    if (parser.isSet(briefingOption)) {
        request.action = CommandLineRequest::Action::Briefing;
        request.outputFile = parser.value(briefingOption);
        ++actions;
    }
    if (parser.isSet(animationOption)) {
        request.action = CommandLineRequest::Action::ExportAnimation;
        request.outputFile = parser.value(animationOption);
        ++actions;
    }
    if (parser.isSet(listChartsOption)) {
        request.action = CommandLineRequest::Action::ListCharts;
        ++actions;
    }
    if (parser.isSet(exportEventsOption)) {
        request.action = CommandLineRequest::Action::ExportEvents;
        request.outputFile = parser.value(exportEventsOption);
        ++actions;
        const QString suffix = QFileInfo(request.outputFile).suffix().toLower();
        if (suffix != u"csv"_s && suffix != u"geojson"_s && suffix != u"kml"_s) {
            result.error = tr("--export-events writes a .csv, .geojson or .kml file, not \"%1\".").arg(request.outputFile);
            return result;
        }
    }
    // The commands that work on the whole dataset, with the suffix of the file each writes.
    struct DatasetCommand {
        const QCommandLineOption *option;
        CommandLineRequest::Action action;
        QString suffix;
    };
    const DatasetCommand datasetCommands[] {{&exportDatasetOption, CommandLineRequest::Action::ExportDataset, u".json"_s},
                                            {&saveProjectOption, CommandLineRequest::Action::SaveProject, u".gpkg"_s},
                                            {&infoOption, CommandLineRequest::Action::Info, QString()}};
    const DatasetCommand *datasetCommand = nullptr;
    for (const DatasetCommand &command : datasetCommands) {
        if (parser.isSet(*command.option)) {
            request.action = command.action;
            datasetCommand = &command;
            ++actions;
        }
    }
    if (parser.isSet(extractArticleOption)) {
        request.action = CommandLineRequest::Action::ExtractArticle;
        request.articleFile = parser.value(extractArticleOption);
        ++actions;
    }
    if (actions > 1) {
        result.error = tr("Choose one of --export-timeline, --export-map, --export-chart, --export-animation, --briefing, "
                          "--list-charts, --export-dataset, --save-project, --info, --extract-article and --export-events.");
        return result;
    }
    if (parser.isSet(publishedOption) && request.action != CommandLineRequest::Action::ExtractArticle) {
        result.error = tr("--published belongs to --extract-article.");
        return result;
    }
    if (request.action == CommandLineRequest::Action::ExtractArticle) {
        if (request.articleFile.isEmpty()) {
            result.error = tr("--extract-article needs a file path.");
            return result;
        }
        if (parser.isSet(publishedOption)) {
            const QString text = parser.value(publishedOption);
            const std::optional<QDate> first = parsePeriodDate(text, false);
            const std::optional<QDate> last = parsePeriodDate(text, true);
            if (!first || !last) {
                result.error = tr("--published \"%1\" is not a date: use YYYY-MM-DD (or YYYY-MM, YYYY when only that is known).").arg(text);
                return result;
            }
            request.published = *first;
            request.publishedLast = *last;
        }
        for (const QCommandLineOption *option : {&fromOption, &toOption, &widthOption, &heightOption, &dpiOption, &formatOption, &outOption}) {
            if (parser.isSet(*option)) {
                result.error = tr("--%1 does not apply to --extract-article.").arg(option->names().constFirst());
                return result;
            }
        }
        return result;
    }
    if (datasetCommand) {
        const QString name = u"--"_s + datasetCommand->option->names().constFirst();
        const QString file = parser.value(*datasetCommand->option);
        if (file.isEmpty()) {
            result.error = tr("%1 needs a file path.").arg(name);
            return result;
        }
        if (!datasetCommand->suffix.isEmpty() && !file.endsWith(datasetCommand->suffix, Qt::CaseInsensitive)) {
            result.error = tr("%1 writes a %2 file: name it with %2, not \"%3\".").arg(name, datasetCommand->suffix, file);
            return result;
        }
        for (const QCommandLineOption *option : {&fromOption, &toOption, &windowMatchOption, &widthOption, &heightOption, &dpiOption}) {
            if (parser.isSet(*option)) {
                result.error = tr("--%1 does not apply to %2, which works on the whole dataset.")
                                   .arg(option->names().constFirst(), name);
                return result;
            }
        }
        if (request.action != CommandLineRequest::Action::Info) {
            request.outputFile = file;
        } else if (!request.datasetPath.isEmpty()) {
            result.error = tr("--info reads the file it names; leave out --dataset and any other file.");
            return result;
        } else {
            request.datasetPath = file;
        }
    }
    const bool briefing = request.action == CommandLineRequest::Action::Briefing;
    for (const auto &[option, target, allowed] :
         {std::tuple {&paperOption, &request.paper, QStringList {u"a4"_s, u"letter"_s}},
          std::tuple {&orientationOption, &request.orientation, QStringList {u"portrait"_s, u"landscape"_s}},
          std::tuple {&atlasOption, &request.atlas, QStringList {u"none"_s, u"year"_s, u"site"_s}}}) {
        if (!parser.isSet(*option))
            continue;
        if (!briefing) {
            result.error = tr("--%1 belongs to --briefing.").arg(option->names().constFirst());
            return result;
        }
        const QString value = parser.value(*option).toLower();
        if (!allowed.contains(value)) {
            result.error = tr("--%1 must be one of %2, not \"%3\".")
                               .arg(option->names().constFirst(), allowed.join(u", "_s), parser.value(*option));
            return result;
        }
        *target = value;
    }
    if (parser.isSet(appendixOption) && !briefing) {
        result.error = tr("--%1 belongs to --briefing.").arg(appendixOption.names().constFirst());
        return result;
    }
    request.briefingAppendix = parser.isSet(appendixOption);
    if (briefing && !request.outputFile.endsWith(u".pdf"_s, Qt::CaseInsensitive)) {
        result.error = tr("--briefing writes a PDF: name the file with .pdf, not \"%1\".").arg(request.outputFile);
        return result;
    }
    if (parser.isSet(outOption) && request.action != CommandLineRequest::Action::ExportChart) {
        result.error = tr("--out belongs to --export-chart; the other exports take the file directly.");
        return result;
    }
    const bool animation = request.action == CommandLineRequest::Action::ExportAnimation;
    const bool exporting = animation || briefing || request.action == CommandLineRequest::Action::ExportTimeline
        || request.action == CommandLineRequest::Action::ExportMap
        || request.action == CommandLineRequest::Action::ExportChart;
    if (exporting && request.outputFile.isEmpty()) {
        result.error = tr("The export needs an output file name.");
        return result;
    }

    const QStringList formats {u"svg"_s, u"png"_s, u"pdf"_s};
    if (exporting && !animation) {
        const QString suffix = request.outputFile.section(u'.', -1).toLower();
        request.format = parser.isSet(formatOption) ? parser.value(formatOption).toLower() : suffix;
        if (!formats.contains(request.format)) {
            result.error = parser.isSet(formatOption)
                ? tr("--format must be svg, png or pdf, not \"%1\".").arg(parser.value(formatOption))
                : tr("Cannot tell the format of \"%1\": use a .svg, .png or .pdf file name.").arg(request.outputFile);
            return result;
        }
        if (request.action != CommandLineRequest::Action::ExportChart && parser.isSet(formatOption)) {
            result.error = tr("--format applies to --export-chart only; name the file with the suffix you want.");
            return result;
        }
    } else if (parser.isSet(formatOption)) {
        result.error = animation ? tr("--export-animation takes the format from the name: .mp4, .webm or a folder ending in /.")
                                 : tr("--format belongs to --export-chart.");
        return result;
    }

    for (const auto &[option, target, endOfPeriod] :
         {std::tuple {&fromOption, &request.from, false}, std::tuple {&toOption, &request.to, true}}) {
        if (!parser.isSet(*option))
            continue;
        const std::optional<QDate> date = parsePeriodDate(parser.value(*option), endOfPeriod);
        if (!date) {
            result.error = tr("--%1 \"%2\" is not a date: use YYYY, YYYY-MM or YYYY-MM-DD.")
                               .arg(option->names().constFirst(), parser.value(*option));
            return result;
        }
        *target = *date;
    }
    if (request.from.isValid() && request.to.isValid() && request.from > request.to) {
        result.error = tr("The time window is inverted: --from %1 is after --to %2.")
                           .arg(parser.value(fromOption), parser.value(toOption));
        return result;
    }
    const bool windowed = exporting || request.action == CommandLineRequest::Action::ExportEvents; // takes --from/--to
    if ((parser.isSet(fromOption) || parser.isSet(toOption)) && !windowed) {
        result.error = tr("--from and --to apply to the exports.");
        return result;
    }
    if (parser.isSet(windowMatchOption)) {
        const QString match = parser.value(windowMatchOption);
        if (match != u"overlaps"_s && match != u"inside"_s) {
            result.error = tr("--window-match must be overlaps or inside, not \"%1\".").arg(match);
            return result;
        }
        if (!parser.isSet(fromOption) && !parser.isSet(toOption)) {
            result.error = tr("--window-match needs a time window: give --from, --to or both.");
            return result;
        }
        request.datesInside = match == u"inside"_s;
    }

    if (briefing && (parser.isSet(widthOption) || parser.isSet(heightOption) || parser.isSet(dpiOption))) {
        result.error = tr("--briefing takes --paper and --orientation, not --width, --height or --dpi.");
        return result;
    }
    bool ok = true;
    int width = 0;
    int height = 0;
    for (const auto &[option, target] : {std::pair {&widthOption, &width}, std::pair {&heightOption, &height}}) {
        if (!parser.isSet(*option))
            continue;
        *target = parser.value(*option).toInt(&ok);
        if (!ok || *target < 16 || *target > MaximumSide) {
            result.error = tr("--%1 must be a whole number from 16 to %2, not \"%3\".")
                               .arg(option->names().constFirst())
                               .arg(MaximumSide)
                               .arg(parser.value(*option));
            return result;
        }
    }
    if (width || height) {
        if (!exporting) {
            result.error = tr("--width and --height apply to the exports.");
            return result;
        }
        request.size = QSize(width, height); // a zero side means "the exporter's default"
    }
    if (parser.isSet(dpiOption)) {
        request.dpi = parser.value(dpiOption).toInt(&ok);
        if (!ok || request.dpi < MinimumDpi || request.dpi > MaximumDpi) {
            result.error = tr("--dpi must be a whole number from %1 to %2, not \"%3\".")
                               .arg(MinimumDpi)
                               .arg(MaximumDpi)
                               .arg(parser.value(dpiOption));
            return result;
        }
        if (!exporting) {
            result.error = tr("--dpi applies to the exports.");
            return result;
        }
        if (animation) {
            result.error = tr("--dpi does not apply to --export-animation: give --width and --height in pixels.");
            return result;
        }
    }

    for (const QCommandLineOption *option : {&stepOption, &windowOption, &accumulateOption, &fpsOption, &viewOption}) {
        if (parser.isSet(*option) && !animation) {
            result.error = tr("--%1 belongs to --export-animation.").arg(option->names().constFirst());
            return result;
        }
    }
    if (!animation)
        return result;
    request.step = parser.value(stepOption).toLower();
    if (!parser.isSet(stepOption)) {
        result.error = tr("--export-animation needs --step week, month, quarter or year.");
        return result;
    }
    if (!QStringList {u"week"_s, u"month"_s, u"quarter"_s, u"year"_s}.contains(request.step)) {
        result.error = tr("--step must be week, month, quarter or year, not \"%1\".").arg(parser.value(stepOption));
        return result;
    }
    if (parser.isSet(windowOption)) {
        request.window = parser.value(windowOption).trimmed();
        if (!Atlas::TimeSpan::parse(request.window)) {
            result.error = tr("--window \"%1\" is not a length of time: use week, month, quarter, year or a count "
                              "with d, w, m, q or y, such as 90d or 3m.")
                               .arg(parser.value(windowOption));
            return result;
        }
        if (parser.isSet(accumulateOption)) {
            result.error = tr("--window is the length of a moving window; --accumulate shows everything up to each step. "
                              "Choose one.");
            return result;
        }
    }
    request.accumulate = parser.isSet(accumulateOption);
    if (parser.isSet(fpsOption)) {
        request.fps = parser.value(fpsOption).toInt(&ok);
        if (!ok || request.fps <= 0 || request.fps > 120) {
            result.error = tr("--fps must be a whole number from 1 to 120, not \"%1\".").arg(parser.value(fpsOption));
            return result;
        }
    }
    if (parser.isSet(viewOption)) {
        request.view = parser.value(viewOption).toLower();
        if (!QStringList {u"map"_s, u"timeline"_s, u"composed"_s}.contains(request.view)) {
            result.error = tr("--view must be map, timeline or composed, not \"%1\".").arg(parser.value(viewOption));
            return result;
        }
    }
    return result;
}
