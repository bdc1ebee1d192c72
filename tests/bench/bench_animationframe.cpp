// SPDX-License-Identifier: GPL-3.0-or-later
/*
 * bench_animationframe: paints composed 1280×720 animation frames of a project file, as
 * --export-animation does per frame, and prints each frame's wall and thread CPU time. Made for
 * callgrind: run under `valgrind --tool=callgrind --instr-atstart=no` and only the measured
 * frames are instrumented (the project's loading, the renderer's preparation and the first
 * frame, which paints the base map raster the others reuse, run uninstrumented), so the
 * instruction count is that of the frames alone.
 *   bench_animationframe PROJECT.gpkg [--frames N] [--accumulate] [--language ar] [--save DIR]
 * --save writes the measured frames as DIR/frame-N.png, to compare two builds' pictures.
 * The corpus: atlas-generate --events N --project PROJECT.gpkg (docs/performance.md).
 */
#include "animationframerenderer.h"
#include "atlasdocument.h"
#include "documentloader.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QGuiApplication>

#include <valgrind/callgrind.h>

#include <cstdio>
#include <ctime>

using namespace Qt::StringLiterals;
using namespace Atlas;

namespace {

double threadCpuMs()
{
    timespec now {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return double(now.tv_sec) * 1e3 + double(now.tv_nsec) / 1e6;
}

} // namespace

int main(int argc, char *argv[])
{
    QGuiApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addPositionalArgument(u"project"_s, u"The project file (.gpkg) or JSON dataset."_s);
    parser.addOption({u"frames"_s, u"How many frames to measure (default 3)."_s, u"N"_s, u"3"_s});
    parser.addOption({u"accumulate"_s, u"Everything up to each month, late frames, instead of a moving month."_s});
    parser.addOption({u"language"_s, u"en or ar."_s, u"LANG"_s, u"en"_s});
    parser.addOption({u"save"_s, u"Write the measured frames as PNG files into DIR."_s, u"DIR"_s});
    parser.addHelpOption();
    parser.process(app);
    if (parser.positionalArguments().size() != 1)
        parser.showHelp(2);

    AtlasDocument document;
    QStringList errors;
    QElapsedTimer timer;
    timer.start();
    if (!loadDocument(document, parser.positionalArguments().constFirst(), &errors)) {
        std::fprintf(stderr, "%s\n", qPrintable(errors.join(u'\n')));
        return 1;
    }
    if (parser.value(u"language"_s) == u"ar"_s)
        document.setLanguage(Language::Arabic);
    std::printf("loaded %lld events in %lld ms\n", qint64(document.dataset().events.size()), qint64(timer.elapsed()));

    const auto [first, last] = PlaybackSchedule::eventRange(document.dataset());
    const TimeSpan month {TimeSpan::Unit::Month, 1};
    const bool accumulate = parser.isSet(u"accumulate"_s);
    AnimationSettings settings;
    settings.schedule = PlaybackSchedule(first, last, month, month,
                                         accumulate ? PlaybackSchedule::Mode::Accumulate : PlaybackSchedule::Mode::MovingWindow);
    timer.restart();
    double cpu = threadCpuMs();
    AnimationFrameRenderer renderer(document, settings);
    std::printf("renderer prepared in %lld ms (CPU %.0f ms), %d frames\n", qint64(timer.elapsed()), threadCpuMs() - cpu,
                renderer.frameCount());

    const int frames = std::max(1, parser.value(u"frames"_s).toInt());
    int frame = accumulate ? std::max(0, renderer.frameCount() - frames - 1) : renderer.frameCount() / 2;
    timer.restart();
    cpu = threadCpuMs();
    renderer.render(frame++);
    std::printf("first frame %lld ms (CPU %.0f ms)\n", qint64(timer.elapsed()), threadCpuMs() - cpu);

    double totalCpu = 0;
    CALLGRIND_START_INSTRUMENTATION;
    CALLGRIND_ZERO_STATS;
    for (int i = 0; i < frames; ++i, ++frame) {
        timer.restart();
        cpu = threadCpuMs();
        const QImage image = renderer.render(frame % renderer.frameCount());
        const double spent = threadCpuMs() - cpu;
        totalCpu += spent;
        std::printf("frame %d: %lld ms (CPU %.1f ms)%s\n", frame % renderer.frameCount(), qint64(timer.elapsed()), spent,
                    image.isNull() ? " NULL IMAGE" : "");
    }
    CALLGRIND_DUMP_STATS_AT("frames");
    CALLGRIND_STOP_INSTRUMENTATION;
    if (parser.isSet(u"save"_s)) {
        for (int i = frame - frames; i < frame; ++i) {
            const QString path = u"%1/frame-%2.png"_s.arg(parser.value(u"save"_s)).arg(i % renderer.frameCount());
            if (!renderer.render(i % renderer.frameCount()).save(path))
                std::fprintf(stderr, "cannot write %s\n", qPrintable(path));
        }
    }
    std::printf("mean CPU per frame %.1f ms over %d frames\n", totalCpu / frames, frames);
    return 0;
}
