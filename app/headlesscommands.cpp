// SPDX-License-Identifier: GPL-3.0-or-later
#include "headlesscommands.h"

#include "commandline.h"

#include "animationexporter.h"
#include "atlasdocument.h"
#include "eventexporter.h"
#include "briefingoptions.h"
#include "briefingrenderer.h"
#include "chartcatalog.h"
#include "chartexport.h"
#include "datasetsummary.h"
#include "datasetwriter.h"
#include "filterstate.h"
#include "mapexporter.h"
#include "playbackschedule.h"
#include "projectfile.h"
#include "importjob.h"
#include "timelineexporter.h"

#include "articledecoder.h"
#include "articleextractor.h"
#include "gazetteer.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonDocument>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace {

int reportResult(bool ok, const QString &file, const QString &error)
{
    if (ok) {
        QTextStream(stdout) << QCoreApplication::translate("main", "Wrote %1").arg(QDir::toNativeSeparators(file)) << '\n';
        return 0;
    }
    QTextStream(stderr) << u"coalition-atlas: "_s << error << '\n';
    return 1;
}

// Each side given on the command line replaces the exporter's default; a side not given is 0.
QSize withRequestedSides(QSize size, QSize requested)
{
    if (requested.width() > 0)
        size.setWidth(requested.width());
    if (requested.height() > 0)
        size.setHeight(requested.height());
    return size;
}

// --extract-article: the candidates as JSON Lines; 1 when the file cannot be read as text.
int extractArticle(const Atlas::AtlasDocument &document, const CommandLineRequest &request)
{
    const Atlas::Article::ArticleDecoder::Result decoded = Atlas::Article::ArticleDecoder::readFile(request.articleFile);
    if (decoded.problem != Atlas::Article::ArticleDecoder::Problem::None) {
        QTextStream(stderr) << u"coalition-atlas: "_s << decoded.message << '\n';
        return 1;
    }
    QString error;
    const Atlas::Article::Gazetteer gazetteer = Atlas::Article::Gazetteer::load(Atlas::Article::Gazetteer::bundledPath(), &error);
    if (!error.isEmpty())
        QTextStream(stderr) << u"coalition-atlas: "_s << error << '\n';
    const Atlas::Article::ArticleExtractor extractor(Atlas::Article::PlaceMatcher(document.dataset().places, gazetteer));
    const Atlas::Article::ArticleExtraction extraction = extractor.extract(decoded.text, request.published, request.publishedLast);
    QTextStream out(stdout);
    out.setEncoding(QStringConverter::Utf8);
    for (const QJsonObject &object : extraction.toJsonObjects())
        out << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)) << '\n';
    return 0;
}

void printSummary(QJsonObject summary, const CommandLineRequest &request)
{
    summary.insert(u"file"_s, QDir::toNativeSeparators(request.datasetPath));
    QTextStream(stdout) << QString::fromUtf8(QJsonDocument(summary).toJson(QJsonDocument::Indented));
}

} // namespace

int runProjectInfoCommand(const CommandLineRequest &request)
{
    const auto summary = Atlas::ProjectFile::summary(request.datasetPath);
    if (const auto *problems = std::get_if<QList<Atlas::LoadError>>(&summary)) {
        QTextStream err(stderr);
        for (const Atlas::LoadError &problem : *problems)
            err << problem.toString() << '\n';
        err << QCoreApplication::translate("main", "coalition-atlas: the dataset %1 was not loaded.")
                   .arg(request.datasetPath) << '\n';
        return 1;
    }
    printSummary(std::get<QJsonObject>(summary), request);
    return 0;
}

int runHeadlessCommand(Atlas::AtlasDocument &document, const CommandLineRequest &request)
{
    // --from/--to are the time window of every export, as the filter bar's window is in the app.
    Atlas::FilterState filter;
    filter.setTimeWindow(request.from, request.to);
    filter.setWindowMatch(request.datesInside ? Atlas::WindowMatch::Inside : Atlas::WindowMatch::Overlaps);
    QString error;
    switch (request.action) {
    case CommandLineRequest::Action::ListCharts: {
        QTextStream out(stdout);
        for (const QString &name : Atlas::ChartCatalog::names())
            out << name << '\n';
        return 0;
    }
    case CommandLineRequest::Action::ExportTimeline: {
        Atlas::TimelineExportOptions options;
        options.fileName = request.outputFile;
        options.filter = filter;
        options.pixelSize = withRequestedSides(options.pixelSize, request.size);
        options.dpi = request.dpi;
        return reportResult(exportTimeline(document, options, &error), request.outputFile, error);
    }
    case CommandLineRequest::Action::ExportChart: {
        Atlas::ChartExportOptions options;
        options.chartName = request.chartName;
        options.fileName = request.outputFile;
        options.format = request.format;
        options.filter = filter;
        options.size = withRequestedSides(options.size, request.size);
        options.dpi = request.dpi;
        return reportResult(Atlas::exportChart(document, options, &error), request.outputFile, error);
    }
    case CommandLineRequest::Action::ExportMap: {
        Atlas::MapExportOptions options;
        options.fileName = request.outputFile;
        options.filter = filter;
        options.size = withRequestedSides(options.size, request.size);
        options.dpi = request.dpi;
        return reportResult(Atlas::exportMap(document, options, &error), request.outputFile, error);
    }
    case CommandLineRequest::Action::Briefing: {
        Atlas::BriefingOptions options;
        options.filter = filter;
        options.language = document.language();
        options.paper = Atlas::BriefingOptions::paperFromName(request.paper).value_or(QPageSize::A4);
        options.orientation = request.orientation == u"landscape"_s ? QPageLayout::Landscape : QPageLayout::Portrait;
        options.atlasMode = Atlas::BriefingOptions::atlasModeFromName(request.atlas).value_or(Atlas::BriefingAtlasMode::None);
        options.appendix = request.briefingAppendix;
        return reportResult(Atlas::writeBriefingPdf(document, options, request.outputFile, &error), request.outputFile, error);
    }
    case CommandLineRequest::Action::ExportAnimation: {
        // --from/--to are the animation's range here (the dataset's events when left out), and
        // each frame's window is stepped through it.
        const auto [first, last] = Atlas::PlaybackSchedule::eventRange(document.dataset());
        const Atlas::TimeSpan step = Atlas::TimeSpan::parse(request.step).value_or(Atlas::TimeSpan {});
        const Atlas::TimeSpan window = request.window.isEmpty() ? step : Atlas::TimeSpan::parse(request.window).value_or(step);
        Atlas::AnimationExportOptions options;
        options.output = request.outputFile;
        options.settings.schedule = Atlas::PlaybackSchedule(
            request.from.isValid() ? request.from : first, request.to.isValid() ? request.to : last, step, window,
            request.accumulate ? Atlas::PlaybackSchedule::Mode::Accumulate : Atlas::PlaybackSchedule::Mode::MovingWindow);
        options.settings.view = Atlas::AnimationSettings::viewFromName(request.view).value_or(Atlas::AnimationView::Composed);
        options.settings.size = withRequestedSides(options.settings.size, request.size);
        options.framesPerSecond = request.fps;
        QTextStream progress(stderr);
        int reported = -1;
        const bool ok = Atlas::AnimationExporter::run(document, options, &error, [&](int done, int total) {
            const int percent = total > 0 ? done * 100 / total : 100;
            if (percent / 5 == reported / 5 && done != total)
                return; // a line every 5 %
            reported = percent;
            progress << QCoreApplication::translate("main", "Frame %1 of %2 (%3%)").arg(done).arg(total).arg(percent)
                     << '\n';
            progress.flush();
        });
        return reportResult(ok, request.outputFile, error);
    }
    case CommandLineRequest::Action::ExportDataset:
        return reportResult(Atlas::DatasetWriter::writeFile(document.dataset(), request.outputFile, &error),
                            request.outputFile, error);
    case CommandLineRequest::Action::SaveProject: {
        // A project of the current schema is copied as a file, as File > Save As does.
        const QString origin = document.origin();
        const bool copy = !origin.startsWith(u':') && Atlas::ProjectFile::isCurrentProject(origin);
        return reportResult(copy ? Atlas::ProjectFile::copy(origin, request.outputFile, &error)
                                 : Atlas::ProjectFile::save(document.dataset(), request.outputFile, &error),
                            request.outputFile, error);
    }
    case CommandLineRequest::Action::Info:
        printSummary(Atlas::DatasetSummary::toJson(document.dataset()), request);
        return 0;
    case CommandLineRequest::Action::ExtractArticle:
        return extractArticle(document, request);
    case CommandLineRequest::Action::ExportEvents: {
        const qint64 written = Atlas::EventExporter::write(document, filter, request.outputFile, &error);
        if (written < 0)
            return reportResult(false, request.outputFile, error);
        QTextStream(stdout) << QCoreApplication::translate("main", "Wrote %n event(s) to %1", nullptr, int(written))
                                   .arg(QDir::toNativeSeparators(request.outputFile)) << '\n';
        return 0;
    }
    case CommandLineRequest::Action::OpenWindow:
    case CommandLineRequest::Action::ShowHelp:
    case CommandLineRequest::Action::ShowVersion:
        break;
    case CommandLineRequest::Action::Import:
        return runImportCommand(request); // main() runs it before any dataset is loaded
    }
    return 0;
}

int runImportCommand(const CommandLineRequest &request)
{
    QTextStream err(stderr);
    Atlas::ImportJob::Request job;
    job.file = request.importFile;
    job.format = request.importFormat;
    job.mapping = request.mappingFile;
    job.out = request.outputFile;
    job.into = request.intoFile;
    job.strict = request.strict;
    job.options.today = QDate::currentDate();
    const Atlas::ImportJob::Result result = Atlas::ImportJob::run(job);
    if (result.exitCode == 1) {
        err << QStringLiteral("coalition-atlas: ") << result.summary << '\n';
    } else {
        QTextStream out(stdout);
        out << result.summary << '\n';
    }
    return result.exitCode;
}
