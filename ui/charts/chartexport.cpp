// SPDX-License-Identifier: GPL-3.0-or-later
#include "chartexport.h"

#include "atlasdocument.h"
#include "chartcatalog.h"
#include "chartdatabuilder.h"
#include "chartscene.h"
#include "eventfiltermodel.h"
#include "eventmodel.h"
#include "figurefiltermodel.h"
#include "figuremodel.h"
#include "filtercriteria.h"
#include "sourcemodel.h"
#include "xmltextdevice.h"

#include <QBuffer>
#include <QClipboard>
#include <QCoreApplication>
#include <QFileInfo>
#include <QGuiApplication>
#include <QImage>
#include <QImageWriter>
#include <QMimeData>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QSvgGenerator>

#include <cmath>
#include <memory>

using namespace Qt::StringLiterals;

namespace Atlas {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Atlas", text); // lupdate files free functions under their namespace
}

std::unique_ptr<ChartScene> makeScene(const AtlasDocument &document, const QString &chartName, QSizeF size,
                                      const FilterState &filter)
{
    const bool rtl = document.language() == Language::Arabic;
    FilterCriteria criteria;
    criteria.setState(filter);
    FigureFilterModel figures(&criteria);
    figures.setSourceModel(document.figureModel());
    EventFilterModel events(&criteria);
    events.setSourceModel(document.eventModel());
    auto scene = std::make_unique<ChartScene>();
    ChartContext context = ChartContext::fromModels(document.dataset(), &figures, document.figureModel(),
                                                    document.sourceModel(), document.formatter(), rtl);
    context.setEvents(document.dataset(), document.eventModel()->columns(), events);
    scene->setChartData(ChartDataBuilder(context).build(chartName));
    scene->layoutPage(size);
    return scene;
}

void renderScene(ChartScene &scene, QPainter &painter, const QRectF &target)
{
    painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing | QPainter::SmoothPixmapTransform);
    scene.render(&painter, target, scene.sceneRect(), Qt::IgnoreAspectRatio);
}

QImage renderImage(ChartScene &scene, QSize pixels, int dpi)
{
    QImage image(pixels, QImage::Format_ARGB32_Premultiplied);
    if (image.isNull())
        return image;
    image.fill(Qt::white);
    const int dotsPerMeter = int(std::lround(dpi / 0.0254));
    image.setDotsPerMeterX(dotsPerMeter);
    image.setDotsPerMeterY(dotsPerMeter);
    QPainter painter(&image);
    renderScene(scene, painter, QRectF(QPointF(0, 0), QSizeF(image.size())));
    painter.end();
    return image;
}

void renderSvg(ChartScene &scene, QIODevice *device, QSize size, int dpi)
{
    // Control characters in labels (a NUL) are shown, not written into the XML raw.
    XmlTextDevice xml(device);
    QSvgGenerator generator;
    generator.setOutputDevice(&xml);
    generator.setSize(size);
    generator.setViewBox(QRect(QPoint(0, 0), size));
    generator.setResolution(dpi);
    generator.setTitle(scene.chartData().title);
    generator.setDescription(scene.chartData().sourceLine);
    QPainter painter(&generator);
    renderScene(scene, painter, QRectF(QPointF(0, 0), QSizeF(size)));
    painter.end();
}

bool renderPdf(ChartScene &scene, QIODevice *device, QSize size)
{
    QPdfWriter writer(device);
    writer.setResolution(96); // one device unit per logical unit
    writer.setPageSize(QPageSize(QSizeF(size) * 72.0 / 96.0, QPageSize::Point, QString(), QPageSize::ExactMatch));
    writer.setPageMargins(QMarginsF(0, 0, 0, 0));
    writer.setTitle(scene.chartData().title);
    writer.setCreator(u"Coalition Atlas"_s);
    QPainter painter;
    if (!painter.begin(&writer))
        return false;
    renderScene(scene, painter, QRectF(0, 0, writer.width(), writer.height()));
    return painter.end();
}

} // namespace

QStringList ChartExport::formats()
{
    return { u"svg"_s, u"png"_s, u"pdf"_s };
}

QSize ChartExport::pixelSize(QSize size, int dpi)
{
    return QSize(int(std::lround(size.width() * dpi / 96.0)), int(std::lround(size.height() * dpi / 96.0)));
}

QSize ChartExport::pixelSize(const ChartExportOptions &options)
{
    return options.pixelSize.isValid() ? options.pixelSize : pixelSize(options.size, options.dpi);
}

QSizeF ChartExport::layoutSize(const ChartExportOptions &options)
{
    if (options.pixelSize.isValid() && effectiveFormat(options) == u"png"_s && options.dpi > 0)
        return QSizeF(options.pixelSize) * 96.0 / options.dpi;
    return QSizeF(options.size);
}

QString ChartExport::effectiveFormat(const ChartExportOptions &options)
{
    const QString format = options.format.isEmpty() ? QFileInfo(options.fileName).suffix() : options.format;
    return format.toLower();
}

QString ChartExport::validate(const ChartExportOptions &options)
{
    if (!ChartCatalog::contains(options.chartName)) {
        return QCoreApplication::translate("Atlas::ChartExport", "Unknown chart \"%1\". Valid charts: %2.")
            .arg(options.chartName, ChartCatalog::names().join(u", "_s));
    }
    const QString format = effectiveFormat(options);
    if (!formats().contains(format)) {
        return format.isEmpty() ? QCoreApplication::translate("Atlas::ChartExport", "No export format given: use svg, png or pdf.")
                                : QCoreApplication::translate("Atlas::ChartExport", "Unknown export format \"%1\": use svg, png or pdf.").arg(format);
    }
    if (options.dpi < MinimumDpi || options.dpi > MaximumDpi)
        return QCoreApplication::translate("Atlas::ChartExport", "Resolution %1 dpi is out of range: use %2 to %3 dpi.").arg(options.dpi).arg(MinimumDpi).arg(MaximumDpi);
    const QSize layout = layoutSize(options).toSize();
    const bool inRange = layout.width() >= MinimumSide && layout.height() >= MinimumSide
        && layout.width() <= MaximumSide && layout.height() <= MaximumSide;
    if (!inRange && format == u"png"_s && options.pixelSize.isValid()) {
        return QCoreApplication::translate("Atlas::ChartExport", "At %1 dpi a PNG of %2 × %3 pixels would lay the chart out at %4 × %5 units; "
                  "each side must be between %6 and %7. Change the size or the resolution.")
            .arg(options.dpi)
            .arg(options.pixelSize.width())
            .arg(options.pixelSize.height())
            .arg(layout.width())
            .arg(layout.height())
            .arg(MinimumSide)
            .arg(MaximumSide);
    }
    if (!inRange) {
        return QCoreApplication::translate("Atlas::ChartExport", "Chart size %1 × %2 is out of range: width and height must be between %3 and %4.")
            .arg(options.size.width())
            .arg(options.size.height())
            .arg(MinimumSide)
            .arg(MaximumSide);
    }
    if (format == u"png"_s) {
        const QSize pixels = pixelSize(options);
        if (pixels.width() > MaximumPixelSide || pixels.height() > MaximumPixelSide) {
            return QCoreApplication::translate("Atlas::ChartExport", "A PNG of %1 × %2 at %3 dpi would be %4 × %5 pixels; the largest is %6 pixels a side. "
                      "Lower the size or the resolution.")
                .arg(options.size.width())
                .arg(options.size.height())
                .arg(options.dpi)
                .arg(pixels.width())
                .arg(pixels.height())
                .arg(MaximumPixelSide);
        }
    }
    if (options.fileName.isEmpty())
        return QCoreApplication::translate("Atlas::ChartExport", "No output file given.");
    return {};
}

bool exportChart(const AtlasDocument &document, const ChartExportOptions &options, QString *errorMessage)
{
    auto fail = [errorMessage](const QString &message) {
        if (errorMessage)
            *errorMessage = message;
        return false;
    };
    if (const QString problem = ChartExport::validate(options); !problem.isEmpty())
        return fail(problem);

    QSaveFile file(options.fileName);
    if (!file.open(QIODevice::WriteOnly))
        return fail(tr("Cannot write the chart to %1: %2").arg(options.fileName, file.errorString()));

    const std::unique_ptr<ChartScene> scene = makeScene(document, options.chartName, ChartExport::layoutSize(options), options.filter);
    const QString format = ChartExport::effectiveFormat(options);
    if (format == u"png"_s) {
        const QSize pixels = ChartExport::pixelSize(options);
        const QImage image = renderImage(*scene, pixels, options.dpi);
        if (image.isNull()) {
            file.cancelWriting();
            return fail(tr("Not enough memory for a %1 × %2 pixel image.").arg(pixels.width()).arg(pixels.height()));
        }
        QImageWriter writer(&file, "png");
        if (!writer.write(image)) {
            file.cancelWriting();
            return fail(tr("Cannot write the chart to %1: %2").arg(options.fileName, writer.errorString()));
        }
    } else if (format == u"svg"_s) {
        renderSvg(*scene, &file, options.size, options.dpi);
    } else if (!renderPdf(*scene, &file, options.size)) {
        file.cancelWriting();
        return fail(tr("Cannot draw the PDF for %1.").arg(options.fileName));
    }
    if (!file.commit())
        return fail(tr("Cannot write the chart to %1: %2").arg(options.fileName, file.errorString()));
    return true;
}

bool copyChartToClipboard(const AtlasDocument &document, const QString &chartName, QSize size, int dpi, QString *errorMessage)
{
    ChartExportOptions options;
    options.chartName = chartName;
    options.size = size;
    options.dpi = dpi;
    options.filter = document.filter()->state();
    return copyChartToClipboard(document, options, errorMessage);
}

bool copyChartToClipboard(const AtlasDocument &document, const ChartExportOptions &options, QString *errorMessage)
{
    ChartExportOptions image = options;
    image.fileName = u"clipboard.png"_s;
    image.format = u"png"_s;
    if (const QString problem = ChartExport::validate(image); !problem.isEmpty()) {
        if (errorMessage)
            *errorMessage = problem;
        return false;
    }
    const QSizeF layout = ChartExport::layoutSize(image);
    const std::unique_ptr<ChartScene> scene = makeScene(document, image.chartName, layout, image.filter);
    auto *mime = new QMimeData;
    mime->setImageData(renderImage(*scene, ChartExport::pixelSize(image), image.dpi));
    QBuffer svg;
    svg.open(QIODevice::WriteOnly);
    renderSvg(*scene, &svg, layout.toSize(), image.dpi);
    mime->setData(u"image/svg+xml"_s, svg.data());
    QGuiApplication::clipboard()->setMimeData(mime);
    return true;
}

} // namespace Atlas
