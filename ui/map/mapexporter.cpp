// SPDX-License-Identifier: GPL-3.0-or-later
#include "mapexporter.h"

#include "atlasdocument.h"
#include "basemap.h"
#include "formatter.h"
#include "mappainter.h"
#include "mapviewport.h"
#include "mapscene.h"
#include "xmltextdevice.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QImage>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QSvgGenerator>

#include <memory>

using namespace Qt::StringLiterals;

namespace Atlas {

namespace {

QString tr(const char *text, const char *disambiguation = nullptr)
{
    return QCoreApplication::translate("Atlas", text, disambiguation); // lupdate files free functions under their namespace
}

enum class Format { Png, Svg, Pdf };

void paintScene(QPainter *painter, const QSizeF &size, const MapScene &scene, const Formatter &formatter)
{
    MapPaintOptions options;
    options.font = painter->font();
    options.title = true;
    options.frameMargins = QMarginsF(60, 60, 60, 70);
    MapPainter(scene, formatter).paint(painter, QRectF(QPointF(0, 0), size), options);
}

} // namespace

bool exportMap(AtlasDocument &document, const MapExportOptions &options, QString *errorMessage)
{
    auto fail = [errorMessage](const QString &why) {
        if (errorMessage)
            *errorMessage = why;
        return false;
    };

    const QString suffix = QFileInfo(options.fileName).suffix().toLower();
    Format format = Format::Png;
    if (suffix == u"png")
        format = Format::Png;
    else if (suffix == u"svg")
        format = Format::Svg;
    else if (suffix == u"pdf")
        format = Format::Pdf;
    else
        return fail(tr("Cannot export the map to %1: unknown file type \"%2\"; use .png, .svg or .pdf.")
                        .arg(options.fileName, suffix));
    if (options.size.width() < 200 || options.size.height() < 150 || options.size.width() > 20000
        || options.size.height() > 20000)
        return fail(tr("Cannot export the map: the size %1×%2 is outside 200×150 to 20000×20000 pixels.")
                        .arg(options.size.width())
                        .arg(options.size.height()));
    if (options.dpi < 24 || options.dpi > 2400)
        return fail(tr("Cannot export the map: %1 DPI is outside 24 to 2400.").arg(options.dpi));
    const MapScene scene = MapScene::build(document, options.filter);
    const Formatter formatter = document.formatter();

    QSaveFile file(options.fileName);
    if (!file.open(QIODevice::WriteOnly))
        return fail(tr("Cannot write the map to %1: %2").arg(options.fileName, file.errorString()));

    const QSizeF size(options.size);
    const QString title = tr("Coalition Atlas map");
    switch (format) {
    case Format::Png: {
        QImage image(options.size, QImage::Format_ARGB32_Premultiplied);
        const int dotsPerMeter = qRound(options.dpi / 0.0254);
        image.setDotsPerMeterX(dotsPerMeter);
        image.setDotsPerMeterY(dotsPerMeter);
        image.fill(Qt::white);
        {
            QPainter painter(&image);
            paintScene(&painter, size, scene, formatter);
        }
        if (!image.save(&file, "PNG"))
            return fail(tr("Cannot write the map to %1: the PNG encoder failed.").arg(options.fileName));
        break;
    }
    case Format::Svg: {
        // Control characters in names (a NUL) are shown, not written into the XML raw.
        XmlTextDevice xml(&file);
        QSvgGenerator svg;
        svg.setOutputDevice(&xml);
        svg.setSize(options.size);
        svg.setViewBox(QRect(QPoint(0, 0), options.size));
        svg.setResolution(options.dpi);
        svg.setTitle(title);
        svg.setDescription(BaseMap::bundled().attribution());
        QPainter painter;
        if (!painter.begin(&svg))
            return fail(tr("Cannot write the map to %1: the SVG generator failed.").arg(options.fileName));
        paintScene(&painter, size, scene, formatter);
        painter.end();
        break;
    }
    case Format::Pdf: {
        QPdfWriter pdf(&file);
        pdf.setResolution(options.dpi);
        pdf.setTitle(title);
        pdf.setCreator(u"Coalition Atlas"_s);
        const QSizeF points(size.width() * 72.0 / options.dpi, size.height() * 72.0 / options.dpi);
        pdf.setPageSize(QPageSize(points, QPageSize::Point, QString(), QPageSize::ExactMatch));
        pdf.setPageMargins(QMarginsF(0, 0, 0, 0));
        QPainter painter;
        if (!painter.begin(&pdf))
            return fail(tr("Cannot write the map to %1: the PDF writer failed.").arg(options.fileName));
        // The page may round to whole points: scale the pixel scene onto it exactly.
        const QRect page = painter.viewport();
        painter.scale(page.width() / size.width(), page.height() / size.height());
        paintScene(&painter, size, scene, formatter);
        painter.end();
        break;
    }
    }
    if (!file.commit())
        return fail(tr("Cannot write the map to %1: %2").arg(options.fileName, file.errorString()));
    return true;
}

} // namespace Atlas
