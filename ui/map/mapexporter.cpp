// SPDX-License-Identifier: GPL-3.0-or-later
#include "mapexporter.h"

#include "atlasdocument.h"
#include "basemaprenderer.h"
#include "eventfiltermodel.h"
#include "eventmodel.h"
#include "filtercriteria.h"
#include "formatter.h"
#include "mapviewport.h"
#include "markerlayout.h"
#include "markerpainter.h"
#include "placeactivitymodel.h"
#include "placemarker.h"
#include "placemodel.h"
#include "scalebar.h"

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

struct Scene
{
    QList<PlaceMarker> markers;
    QList<PlaceMarker> offTheatre;
    QDate from;
    QDate to;
};

QString windowText(const Scene &scene, const Formatter &formatter)
{
    if (!scene.from.isValid() && !scene.to.isValid())
        return tr("all dates");
    const QString from = scene.from.isValid() ? formatter.date(scene.from, DatePrecision::Month) : tr("the start");
    const QString to = scene.to.isValid() ? formatter.date(scene.to, DatePrecision::Month) : tr("the end");
    return tr("%1 – %2", "time window").arg(from, to);
}

void paintScene(QPainter *painter, const QSizeF &size, const Scene &scene, Language language)
{
    const Formatter formatter(language);
    const Qt::LayoutDirection direction = language == Language::Arabic ? Qt::RightToLeft : Qt::LeftToRight;

    QList<QGeoCoordinate> active;
    QList<QGeoCoordinate> all;
    for (const PlaceMarker &marker : scene.markers) {
        all.append(marker.coordinate);
        if (marker.eventCount > 0)
            active.append(marker.coordinate);
    }
    const MapViewport viewport = MapViewport::fitting(active.isEmpty() ? all : active, size,
                                                      QMarginsF(60, 90, 60, 70), 8.0);

    BaseMapRenderer baseMap;
    baseMap.setLanguage(language);
    baseMap.paint(painter, viewport);

    const QFont labelFont = MarkerPainter::defaultLabelFont();
    MarkerPainter::paint(painter, scene.markers, MarkerLayout::layout(scene.markers, viewport, labelFont, direction),
                         labelFont, formatter);

    // Title block.
    painter->save();
    QFont titleFont = painter->font();
    titleFont.setPointSizeF(13);
    titleFont.setWeight(QFont::DemiBold);
    QFont smallFont = painter->font();
    smallFont.setPointSizeF(8.5);
    const QString title = tr("Places and events of the coalition against ISIS");
    const QString subtitle = tr("%1 · events at %2 places shown; numbers count events per place")
                                 .arg(windowText(scene, formatter), formatter.number(active.size()));
    const QFontMetricsF titleMetrics(titleFont);
    const QFontMetricsF smallMetrics(smallFont);
    const double boxWidth = std::max(titleMetrics.horizontalAdvance(title), smallMetrics.horizontalAdvance(subtitle)) + 24;
    const double boxHeight = titleMetrics.height() + smallMetrics.height() + 18;
    const double boxX = direction == Qt::RightToLeft ? size.width() - 16 - boxWidth : 16;
    const QRectF box(boxX, 16, boxWidth, boxHeight);
    painter->setPen(QColor(0xb8, 0xb0, 0xa8));
    painter->setBrush(QColor(255, 255, 255, 230));
    painter->drawRoundedRect(box, 4, 4);
    painter->setPen(QColor(0x22, 0x22, 0x22));
    painter->setFont(titleFont);
    const int align = (direction == Qt::RightToLeft ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignTop;
    painter->drawText(box.adjusted(12, 8, -12, 0), align, title);
    painter->setFont(smallFont);
    painter->setPen(QColor(0x55, 0x55, 0x55));
    painter->drawText(box.adjusted(12, 10 + titleMetrics.height(), -12, 0), align, subtitle);

    // Places outside the theatre are listed, not drawn: they would stretch the frame.
    if (!scene.offTheatre.isEmpty()) {
        QStringList entries;
        for (const PlaceMarker &marker : scene.offTheatre)
            entries.append(tr("%1 (%2)", "place name, number of events").arg(marker.name, formatter.number(marker.eventCount)));
        const QString note = tr("Outside the map: %1").arg(entries.join(tr(", ")));
        const QRectF noteBox(box.left(), box.bottom() + 8, smallMetrics.horizontalAdvance(note) + 20,
                             smallMetrics.height() + 10);
        painter->setPen(QColor(0xb8, 0xb0, 0xa8));
        painter->setBrush(QColor(255, 255, 255, 230));
        painter->drawRoundedRect(noteBox, 3, 3);
        painter->setPen(QColor(0x33, 0x33, 0x33));
        painter->drawText(noteBox.adjusted(10, 0, -10, 0), Qt::AlignVCenter | align, note);
    }

    // Scale bar and attribution.
    const ScaleBar bar = ScaleBar::forViewport(viewport, 200);
    bar.paint(painter, QPointF(direction == Qt::RightToLeft ? size.width() - 20 : 20, size.height() - 14),
              formatter, direction);
    const QString attribution = BaseMap::bundled().attribution();
    const QRectF attributionRect(0, size.height() - smallMetrics.height() - 6, size.width() - 10, smallMetrics.height() + 4);
    painter->setFont(smallFont);
    const double attributionWidth = smallMetrics.horizontalAdvance(attribution) + 12;
    const QRectF attributionBox(direction == Qt::RightToLeft ? 0 : size.width() - attributionWidth,
                                attributionRect.top() - 2, attributionWidth, attributionRect.height() + 4);
    painter->setPen(Qt::NoPen);
    painter->setBrush(QColor(255, 255, 255, 200));
    painter->drawRect(attributionBox);
    painter->setPen(QColor(0x44, 0x44, 0x44));
    painter->drawText(attributionBox, Qt::AlignCenter, attribution);
    painter->restore();
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
    if (options.from.isValid() && options.to.isValid() && options.from > options.to)
        return fail(tr("Cannot export the map: the time window starts after it ends."));

    // A private filter with the document's criteria and the requested window, so the export
    // neither disturbs nor depends on what the views show.
    FilterCriteria criteria;
    const FilterCriteria *shared = document.filter();
    criteria.setCategories(shared->categories());
    criteria.setPlaces(shared->places());
    criteria.setSources(shared->sources());
    criteria.setQuery(shared->query());
    const bool ownWindow = options.from.isValid() || options.to.isValid();
    criteria.setTimeWindow(ownWindow ? options.from : shared->from(), ownWindow ? options.to : shared->to());
    EventFilterModel events(&criteria);
    events.setSourceModel(document.eventModel());
    PlaceActivityModel activity(document.placeModel(), &events, &criteria);

    Scene scene;
    scene.markers = PlaceMarker::collect(&activity);
    scene.offTheatre = PlaceMarker::offTheatre(&activity);
    scene.from = criteria.from();
    scene.to = criteria.to();

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
            paintScene(&painter, size, scene, document.language());
        }
        if (!image.save(&file, "PNG"))
            return fail(tr("Cannot write the map to %1: the PNG encoder failed.").arg(options.fileName));
        break;
    }
    case Format::Svg: {
        QSvgGenerator svg;
        svg.setOutputDevice(&file);
        svg.setSize(options.size);
        svg.setViewBox(QRect(QPoint(0, 0), options.size));
        svg.setResolution(options.dpi);
        svg.setTitle(title);
        svg.setDescription(BaseMap::bundled().attribution());
        QPainter painter;
        if (!painter.begin(&svg))
            return fail(tr("Cannot write the map to %1: the SVG generator failed.").arg(options.fileName));
        paintScene(&painter, size, scene, document.language());
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
        paintScene(&painter, size, scene, document.language());
        painter.end();
        break;
    }
    }
    if (!file.commit())
        return fail(tr("Cannot write the map to %1: %2").arg(options.fileName, file.errorString()));
    return true;
}

} // namespace Atlas
