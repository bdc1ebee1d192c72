// SPDX-License-Identifier: GPL-3.0-or-later
#include "timelineexporter.h"

#include "atlasdocument.h"
#include "eventfiltermodel.h"
#include "eventmodel.h"
#include "filtercriteria.h"
#include "formatter.h"
#include "timelinelayout.h"
#include "timelinemodelreader.h"
#include "timelinerenderer.h"
#include "timelinescale.h"
#include "xmltextdevice.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QImage>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QSvgGenerator>

#include <algorithm>
#include <cmath>
#include <memory>

using namespace Qt::StringLiterals;

namespace Atlas {

namespace {

constexpr qsizetype EveryEventLimit = 500;
constexpr int RowsPerLaneWhenMany = 6;
// Drawn with lines of text lower than this (pixels at 96 dpi), titles get hard to read: the
// picture grows taller instead.
constexpr double MinimumLinePixels = 10;

constexpr double MaxPdfPagePoints = 14400; // 200 inches, the PDF page size limit
constexpr int MaxRasterSide = 32000;

} // namespace

// Exports are read on paper and in reports: always the light palette, whatever the desktop's.
QPalette TimelineExporter::printPalette()
{
    QPalette palette;
    palette.setColor(QPalette::Base, QColor(0xff, 0xff, 0xff));
    palette.setColor(QPalette::AlternateBase, QColor(0xf4, 0xf6, 0xf8));
    palette.setColor(QPalette::Window, QColor(0xee, 0xf0, 0xf3));
    palette.setColor(QPalette::WindowText, QColor(0x1b, 0x1f, 0x24));
    palette.setColor(QPalette::Text, QColor(0x1b, 0x1f, 0x24));
    palette.setColor(QPalette::Mid, QColor(0x9a, 0xa0, 0xa6));
    palette.setColor(QPalette::Highlight, QColor(0x2f, 0x6f, 0xdf));
    palette.setColor(QPalette::HighlightedText, QColor(0xff, 0xff, 0xff));
    palette.setColor(QPalette::PlaceholderText, QColor(0x6b, 0x72, 0x80));
    return palette;
}

namespace {

// Everything that was worked out before painting, shared by the three formats.
struct ExportScene
{
    TimelineScale scale;
    TimelineLayout layout;
    TimelineRenderer::State state;
    QString heading;
    double headingHeight = 0;
    QSize size;        // of the picture
    double zoom = 1;   // device pixels per logical pixel of the layout (below 1 to fit the height)
};

// The scene with the renderer that measured it and the image its fonts were measured on.
struct PreparedExport
{
    QImage probe;
    std::unique_ptr<TimelineRenderer> renderer;
    ExportScene scene;
    int dpi = 96;
};

// Whether two drawn events contradict each other, so the links between them need a legend entry.
bool hasConflictLinks(const QList<TimelineItem> &items, const QStringList &lanes)
{
    QSet<QString> ids;
    for (const TimelineItem &item : items) {
        if (lanes.contains(item.category))
            ids.insert(item.id);
    }
    return std::any_of(items.cbegin(), items.cend(), [&](const TimelineItem &item) {
        return ids.contains(item.id) && std::any_of(item.conflictsWith.cbegin(), item.conflictsWith.cend(), [&](const QString &other) {
            return other != item.id && ids.contains(other);
        });
    });
}

void paintScene(QPainter &painter, TimelineRenderer &renderer, const ExportScene &scene)
{
    painter.scale(scene.zoom, scene.zoom);
    const QRectF whole(0, 0, scene.size.width() / scene.zoom, scene.size.height() / scene.zoom);
    painter.fillRect(whole, scene.state.palette.color(QPalette::Base));
    painter.setLayoutDirection(scene.scale.direction());
    QFont headingFont = scene.state.font;
    headingFont.setBold(true);
    painter.setFont(headingFont);
    painter.setPen(scene.state.palette.color(QPalette::WindowText));
    const Qt::Alignment leading = scene.scale.direction() == Qt::RightToLeft ? Qt::AlignRight : Qt::AlignLeft;
    painter.drawText(QRectF(8, 0, whole.width() - 16, scene.headingHeight), leading | Qt::AlignVCenter,
                     scene.heading);
    renderer.paint(painter, whole.adjusted(0, scene.headingHeight, 0, 0), scene.scale, scene.layout, scene.state);
}


// Works out the scene of an export (scale, layout, heading, size) without writing anything.
std::unique_ptr<PreparedExport> prepare(const AtlasDocument &document, const TimelineExportOptions &options)
{
    const int dpi = std::clamp(options.dpi > 0 ? options.dpi : 96, 36, 1200);
    const int width = std::clamp(options.pixelSize.width() > 0 ? options.pixelSize.width() : 1600, 300, MaxRasterSide);
    const int requestedHeight = std::clamp(options.pixelSize.height() > 0 ? options.pixelSize.height() : 900, 100,
                                           MaxRasterSide);

    // Fonts are measured at the export's DPI, on an image that stands in for every format.
    auto prepared = std::make_unique<PreparedExport>();
    prepared->dpi = dpi;
    QImage &probe = prepared->probe;
    probe = QImage(1, 1, QImage::Format_ARGB32_Premultiplied);
    const int dotsPerMeter = qRound(dpi / 0.0254);
    probe.setDotsPerMeterX(dotsPerMeter);
    probe.setDotsPerMeterY(dotsPerMeter);
    prepared->renderer = std::make_unique<TimelineRenderer>(&probe);
    TimelineRenderer &renderer = *prepared->renderer;
    const QFont font = QGuiApplication::font();
    const QFontMetricsF metrics(font, &probe);

    ExportScene &scene = prepared->scene;
    const Formatter formatter = document.formatter();
    QHash<QString, QString> categoryText;
    const QStringList categories = TimelineModelReader::categories(*document.eventModel(), &categoryText);
    FilterCriteria criteria;
    criteria.setState(options.filter);
    EventFilterModel events(&criteria);
    events.setSourceModel(document.eventModel());
    const QList<TimelineItem> items = TimelineModelReader::read(events, metrics);

    QSet<QString> present;
    for (const TimelineItem &item : items)
        present.insert(item.category);
    QStringList lanes;
    for (const QString &category : categories) {
        if (present.contains(category) && (options.lanes.isEmpty() || options.lanes.contains(category)))
            lanes.append(category);
    }

    QDate from = options.filter.from();
    QDate to = options.filter.to();
    if (!from.isValid() || !to.isValid()) {
        double first = 0;
        double last = 0;
        bool any = false;
        for (const TimelineItem &item : items) {
            if (!lanes.contains(item.category))
                continue;
            first = any ? std::min(first, item.startDay) : item.startDay;
            last = any ? std::max(last, item.endDay) : item.endDay;
            any = true;
        }
        if (!any) { // nothing to show: the coalition's years, so the axis still means something
            first = double(QDate(2014, 1, 1).toJulianDay());
            last = double(QDate(2025, 1, 1).toJulianDay());
        }
        if (!from.isValid())
            from = QDate::fromJulianDay(qint64(first));
        if (!to.isValid())
            to = QDate::fromJulianDay(qint64(last) - 1);
    }
    if (to < from)
        std::swap(from, to);

    TimelineRenderer::State &state = scene.state;
    state.palette = TimelineExporter::printPalette();
    state.font = font;
    state.formatter = formatter;
    state.categories = categories;
    state.categoryText = categoryText;
    for (const QString &category : categories) {
        if (!lanes.contains(category))
            state.hiddenCategories.insert(category);
    }
    state.legendListsHidden = false;
    state.windowFrom = options.filter.from();
    state.windowTo = options.filter.to();
    state.showWindow = false; // the export is the window; a band over all of it says nothing
    state.emptyText = TimelineExporter::tr("No events match the filter.");

    const bool rtl = document.language() == Language::Arabic;
    scene.heading = TimelineExporter::tr("Coalition Atlas timeline, %1 to %2")
                            .arg(formatter.isolate(formatter.date(from, DatePrecision::Day)),
                                 formatter.isolate(formatter.date(to, DatePrecision::Day)));
    scene.headingHeight = std::ceil(metrics.height() * 1.8);

    TimelineScale &scale = scene.scale;
    scale.setDirection(rtl ? Qt::RightToLeft : Qt::LeftToRight);
    state.conflictLegend = hasConflictLinks(items, lanes);
    const double firstDay = double(from.toJulianDay());
    const double lastDay = double(to.toJulianDay()) + 1;
    TimelineLayout::Options layoutOptions = renderer.layoutOptions(font);
    layoutOptions.maxLabelWidth = 1e9;      // whole titles where the axis has room for them
    layoutOptions.top = scene.headingHeight + renderer.axisHeight(font);
    layoutOptions.lanes = lanes;

    // Lays the timeline out across `logicalWidth` for `logicalHeight` and returns the height it
    // needs. Every event on its own row when they are few and the rows fit; otherwise as many
    // rows per lane as fit (at most RowsPerLaneWhenMany past EveryEventLimit events), the rest
    // in badges or density bars, so the picture stays readable at any number of events.
    const auto arrange = [&](double logicalWidth, double logicalHeight) {
        scale.setWidth(logicalWidth);
        // Room for the first and last markers and no more: the axis ends where the data does,
        // and a title that would run past it goes before its event.
        const double edgePixels = 16;
        const double padding = (lastDay - firstDay) * edgePixels / std::max(1.0, logicalWidth - 2 * edgePixels);
        scale.setVisibleRange(firstDay - padding, lastDay - firstDay + 2 * padding);
        layoutOptions.pixelsPerDay = scale.pixelsPerDay();
        layoutOptions.labelStartDay = scale.firstDay();
        layoutOptions.labelEndDay = scale.lastDay();
        const double bottom = 12 + renderer.legendHeight(logicalWidth, state);
        const auto needed = [&] { return layoutOptions.top + scene.layout.height() + bottom; };
        layoutOptions.maxRowsPerLane = 0;
        if (items.size() <= EveryEventLimit) {
            scene.layout.layout(items, layoutOptions);
            if (needed() <= logicalHeight)
                return needed();
        }
        // The most rows per lane that fit (a lane's badge row only counts where it has one).
        int fits = 1;
        int tooMany = RowsPerLaneWhenMany + 1;
        if (items.size() <= EveryEventLimit) {
            for (const TimelineLayout::Lane &lane : scene.layout.lanes())
                tooMany = std::max(tooMany, lane.rows);
        }
        while (tooMany - fits > 1) {
            layoutOptions.maxRowsPerLane = (fits + tooMany) / 2;
            scene.layout.layout(items, layoutOptions);
            (needed() <= logicalHeight ? fits : tooMany) = layoutOptions.maxRowsPerLane;
        }
        layoutOptions.maxRowsPerLane = fits;
        scene.layout.layout(items, layoutOptions);
        return needed();
    };

    // The size asked is kept: when even one row a lane does not fit, everything is drawn
    // smaller (while a line of text stays MinimumLinePixels high, and at least half size);
    // only past that does the picture grow taller.
    const double minimumZoom = std::clamp(MinimumLinePixels * dpi / 96.0 / metrics.height(), 0.5, 1.0);
    double zoom = 1;
    double needed = arrange(width, requestedHeight);
    for (int round = 0; round < 4 && needed * zoom > requestedHeight + 0.5; ++round) {
        zoom = requestedHeight / needed * zoom;
        if (zoom < minimumZoom)
            break;
        needed = arrange(width / zoom, requestedHeight / zoom);
    }
    if (zoom < minimumZoom) {
        zoom = 1;
        needed = arrange(width, requestedHeight);
    }
    scene.zoom = zoom;
    scene.size = QSize(width, std::max(requestedHeight, int(std::ceil(needed * zoom))));

    return prepared;
}

} // namespace

QSize TimelineExporter::exportSize(const AtlasDocument &document, const TimelineExportOptions &options)
{
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return {};
    return prepare(document, options)->scene.size;
}

bool TimelineExporter::exportTimeline(const AtlasDocument &document, const TimelineExportOptions &options,
                                      QString *errorMessage)
{
    const auto fail = [errorMessage](const QString &message) {
        if (errorMessage)
            *errorMessage = message;
        return false;
    };
    const QString nativeName = QDir::toNativeSeparators(options.fileName);
    if (options.fileName.isEmpty())
        return fail(tr("No file name given for the timeline export."));
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return fail(tr("Exporting the timeline needs a QGuiApplication (fonts and painting)."));
    const QString suffix = QFileInfo(options.fileName).suffix().toLower();
    if (suffix != u"png"_s && suffix != u"svg"_s && suffix != u"pdf"_s)
        return fail(tr("Cannot export the timeline to %1: unknown format \"%2\"; use .png, .svg or .pdf.")
                            .arg(nativeName, suffix));

    const std::unique_ptr<PreparedExport> prepared = prepare(document, options);
    TimelineRenderer &renderer = *prepared->renderer;
    const ExportScene &scene = prepared->scene;
    const int dpi = prepared->dpi;
    const int dotsPerMeter = qRound(dpi / 0.0254);
    const int width = scene.size.width();
    const int height = scene.size.height();

    QSaveFile file(options.fileName);
    if (!file.open(QIODevice::WriteOnly))
        return fail(tr("Cannot write the timeline to %1: %2").arg(nativeName, file.errorString()));

    if (suffix == u"png"_s) {
        if (height > MaxRasterSide)
            return fail(tr("The timeline needs %1 pixels of height, more than a PNG can hold; export to SVG or PDF.")
                                .arg(height));
        QImage image(scene.size, QImage::Format_ARGB32_Premultiplied);
        image.setDotsPerMeterX(dotsPerMeter);
        image.setDotsPerMeterY(dotsPerMeter);
        image.fill(Qt::white);
        {
            QPainter painter(&image);
            paintScene(painter, renderer, scene);
        }
        if (!image.save(&file, "PNG"))
            return fail(tr("Cannot encode the timeline as PNG for %1.").arg(nativeName));
    } else if (suffix == u"svg"_s) {
        // Control characters in titles (a NUL) are shown, not written into the XML raw.
        XmlTextDevice xml(&file);
        QSvgGenerator generator;
        generator.setOutputDevice(&xml);
        generator.setSize(scene.size);
        generator.setViewBox(QRectF(QPointF(0, 0), QSizeF(scene.size)));
        generator.setResolution(dpi);
        generator.setTitle(scene.heading);
        generator.setDescription(options.filter.describe());
        QPainter painter;
        if (!painter.begin(&generator))
            return fail(tr("Cannot start the SVG document for %1.").arg(nativeName));
        paintScene(painter, renderer, scene);
        painter.end();
    } else {
        // One page cut to the content; beyond the PDF page limit the whole is scaled down.
        const double toPoints = 72.0 / dpi;
        const double largest = std::max(width, height) * toPoints;
        const double shrink = largest > MaxPdfPagePoints ? MaxPdfPagePoints / largest : 1.0;
        QPdfWriter writer(&file);
        writer.setResolution(dpi);
        writer.setTitle(scene.heading);
        writer.setCreator(u"Coalition Atlas"_s);
        writer.setPageSize(QPageSize(QSizeF(width * toPoints * shrink, height * toPoints * shrink), QPageSize::Point,
                                     QString(), QPageSize::ExactMatch));
        writer.setPageMargins(QMarginsF(0, 0, 0, 0));
        QPainter painter;
        if (!painter.begin(&writer))
            return fail(tr("Cannot start the PDF document for %1.").arg(nativeName));
        painter.scale(shrink, shrink);
        paintScene(painter, renderer, scene);
        painter.end();
    }

    if (!file.commit())
        return fail(tr("Cannot write the timeline to %1: %2").arg(nativeName, file.errorString()));
    return true;
}

} // namespace Atlas
