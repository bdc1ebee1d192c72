// SPDX-License-Identifier: GPL-3.0-or-later
#include "mappainter.h"

#include "atlasdocument.h"
#include "basemap.h"
#include "basemaprenderer.h"
#include "eventfiltermodel.h"
#include "eventmodel.h"
#include "filtercriteria.h"
#include "mapviewport.h"
#include "markerlayout.h"
#include "markerpainter.h"
#include "placeactivitymodel.h"
#include "placemarker.h"

#include "scalebar.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>

namespace Atlas {

namespace {

QString tr(const char *text, const char *disambiguation = nullptr)
{
    return QCoreApplication::translate("Atlas", text, disambiguation); // lupdate files free functions under their namespace
}

// A note box in the start corner listing places the frame leaves out (Washington, New York).
void paintOffTheatreNote(QPainter *painter, const QSizeF &size, const QList<PlaceMarker> &offTheatre,
                         const Formatter &formatter, const QFont &font, Qt::LayoutDirection direction)
{
    QStringList entries;
    for (const PlaceMarker &marker : offTheatre) {
        if (marker.eventCount > 0)
            entries.append(tr("%1 (%2)", "place name, number of events").arg(marker.name, formatter.number(marker.eventCount)));
    }
    if (entries.isEmpty())
        return;
    const QString note = tr("Outside the map: %1").arg(entries.join(tr(", ", "list separator")));
    const QFontMetricsF metrics(font);
    const double maxWidth = size.width() * 0.6;
    const QRectF textRect = metrics.boundingRect(QRectF(0, 0, maxWidth, 1e6), Qt::TextWordWrap, note);
    const double width = std::min(maxWidth, textRect.width()) + 16;
    const QRectF box(direction == Qt::RightToLeft ? size.width() - 8 - width : 8, 8, width, textRect.height() + 8);
    painter->setPen(QColor(0xb8, 0xb0, 0xa8));
    painter->setBrush(QColor(255, 255, 255, 230));
    painter->drawRoundedRect(box, 3, 3);
    painter->setPen(QColor(0x33, 0x33, 0x33));
    painter->setFont(font);
    const int align = direction == Qt::RightToLeft ? Qt::AlignRight : Qt::AlignLeft;
    painter->drawText(box.adjusted(8, 4, -6, -4), align | Qt::AlignVCenter | Qt::TextWordWrap, note);
}

} // namespace

int paintMap(QPainter *painter, const QRectF &rect, AtlasDocument &document, const FilterCriteria &criteria,
             const MapPaintOptions &options)
{
    // A private copy, set after the models exist: the filter models read the criteria's sets
    // when they change.
    FilterCriteria own;
    EventFilterModel events(&own);
    events.setSourceModel(document.eventModel());
    PlaceActivityModel activity(document.placeModel(), &events, &own);
    own.setCategories(criteria.categories());
    own.setPlaces(criteria.places());
    own.setSources(criteria.sources());
    own.setQuery(criteria.query());
    own.setTimeWindow(criteria.from(), criteria.to());
    const QList<PlaceMarker> markers = PlaceMarker::collect(&activity, options.selectedPlaceIds);
    const QList<PlaceMarker> offTheatre = PlaceMarker::offTheatre(&activity);

    const Formatter formatter(options.language, options.digits);
    const Qt::LayoutDirection direction = options.language == Language::Arabic ? Qt::RightToLeft : Qt::LeftToRight;
    const QSizeF size = rect.size();

    QList<QGeoCoordinate> active;
    QList<QGeoCoordinate> all;
    int activePlaces = 0;
    for (const PlaceMarker &marker : markers) {
        all.append(marker.coordinate);
        if (marker.eventCount > 0) {
            active.append(marker.coordinate);
            ++activePlaces;
        }
    }
    const MapViewport viewport = MapViewport::fitting(active.isEmpty() ? all : active, size,
                                                      QMarginsF(50, 50, 50, 50), 8.0);

    painter->save();
    painter->translate(rect.topLeft());
    painter->setClipRect(QRectF(QPointF(0, 0), size), Qt::IntersectClip);
    painter->setRenderHint(QPainter::Antialiasing, true);
    painter->setFont(options.font);
    painter->setLayoutDirection(direction);

    BaseMapRenderer baseMap;
    baseMap.setLanguage(options.language);
    baseMap.paint(painter, viewport);

    QFont labelFont = options.font;
    labelFont.setPointSizeF(8);
    labelFont.setWeight(QFont::Medium);
    MarkerPainter::paint(painter, markers, MarkerLayout::layout(markers, viewport, labelFont, direction), labelFont,
                         formatter);

    QFont smallFont = options.font;
    smallFont.setPointSizeF(7);
    paintOffTheatreNote(painter, size, offTheatre, formatter, smallFont, direction);

    if (options.scaleBar) {
        painter->setFont(options.font);
        const ScaleBar bar = ScaleBar::forViewport(viewport, std::min(160.0, size.width() / 3));
        bar.paint(painter, QPointF(direction == Qt::RightToLeft ? size.width() - 14 : 14, size.height() - 10),
                  formatter, direction);
    }
    if (options.attribution) {
        const QString attribution = BaseMap::bundled().attribution();
        const QFontMetricsF metrics(smallFont);
        const double width = std::min(size.width() * 0.55, metrics.horizontalAdvance(attribution) + 12);
        const QRectF textRect = metrics.boundingRect(QRectF(0, 0, width - 12, 1e6), Qt::TextWordWrap, attribution);
        const double height = textRect.height() + 4;
        const QRectF box(direction == Qt::RightToLeft ? 0 : size.width() - width, size.height() - height, width, height);
        painter->setPen(Qt::NoPen);
        painter->setBrush(QColor(255, 255, 255, 210));
        painter->drawRect(box);
        painter->setPen(QColor(0x44, 0x44, 0x44));
        painter->setFont(smallFont);
        // Natural Earth's credit is English whatever the UI language: keep it left-to-right.
        painter->setLayoutDirection(Qt::LeftToRight);
        painter->drawText(box.adjusted(6, 2, -6, -2), Qt::AlignCenter | Qt::TextWordWrap, attribution);
        painter->setLayoutDirection(direction);
    }
    painter->setClipping(false);
    painter->setPen(QPen(QColor(0x99, 0x99, 0x99), 0.75));
    painter->setBrush(Qt::NoBrush);
    painter->drawRect(QRectF(QPointF(0, 0), size));
    painter->restore();
    return activePlaces;
}

} // namespace Atlas
