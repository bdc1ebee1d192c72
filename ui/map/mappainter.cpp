// SPDX-License-Identifier: GPL-3.0-or-later
#include "mappainter.h"

#include "basemap.h"
#include "basemaprenderer.h"
#include "mapviewport.h"
#include "markerlayout.h"
#include "markerpainter.h"
#include "scalebar.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>

#include <algorithm>

namespace Atlas {

namespace {

QString tr(const char *text, const char *disambiguation = nullptr)
{
    return QCoreApplication::translate("Atlas::MapPainter", text, disambiguation);
}

const QColor BoxOutline(0xb8, 0xb0, 0xa8);
const QColor BoxFill(255, 255, 255, 230);

QFont sized(QFont font, double points, QFont::Weight weight = QFont::Normal)
{
    font.setPointSizeF(points);
    font.setWeight(weight);
    return font;
}

} // namespace

MapPainter::MapPainter(const MapScene &scene, const Formatter &formatter)
    : m_scene(scene)
    , m_formatter(formatter)
{
}

Qt::LayoutDirection MapPainter::direction() const
{
    return m_formatter.language() == Language::Arabic ? Qt::RightToLeft : Qt::LeftToRight;
}

QString MapPainter::title() const
{
    return tr("Places and events of the coalition against ISIS");
}

QString MapPainter::subtitle() const
{
    const FilterState &filter = m_scene.filter;
    QString window = tr("all dates");
    if (filter.hasTimeWindow()) {
        const QString from = filter.from().isValid() ? m_formatter.date(filter.from(), DatePrecision::Month) : tr("the start");
        const QString to = filter.to().isValid() ? m_formatter.date(filter.to(), DatePrecision::Month) : tr("the end");
        window = tr("%1 – %2", "time window").arg(m_formatter.isolate(from), m_formatter.isolate(to));
    }
    return tr("%1 · events at %2 places shown; numbers count events per place")
        .arg(m_formatter.isolate(window), m_formatter.number(m_scene.activePlaceCount()));
}

MapViewport MapPainter::paint(QPainter *painter, const QRectF &rect, const MapPaintOptions &options) const
{
    const QSizeF size = rect.size();
    painter->save();
    painter->translate(rect.topLeft());
    painter->setClipRect(QRectF(QPointF(0, 0), size), Qt::IntersectClip);
    painter->setRenderHint(QPainter::Antialiasing, true);
    painter->setFont(options.font);
    painter->setLayoutDirection(direction());

    // The title block and the notes cover the top of the map: frame the places below them.
    QMarginsF margins = options.frameMargins;
    const QFont noteFont = sized(options.font, options.noteSize);
    double noteTop = 8;
    if (options.title) {
        noteTop = titleBox(size, options.font).bottom() + 8;
    }
    const QRectF notes = noteBox(noteText(), size, noteFont, noteTop);
    const double coveredTop = notes.isEmpty() ? (options.title ? noteTop : 0) : notes.bottom();
    margins.setTop(std::max(margins.top(), coveredTop + 20));
    const MapViewport viewport = options.frameOn.isEmpty()
        ? m_scene.framing(size, margins, options.maxZoom)
        : MapViewport::fitting(options.frameOn, size, margins, options.maxZoom);

    // Land and water, the markers, then the names above them, as the map view's layers are.
    BaseMapRenderer baseMap;
    baseMap.setLanguage(m_formatter.language());
    if (options.paintBaseMap) {
        options.paintBaseMap(painter, viewport);
    } else {
        baseMap.setLabelsVisible(false);
        baseMap.paint(painter, viewport);
    }
    paintMarkers(painter, viewport);
    baseMap.paintLabels(painter, viewport);

    if (options.title)
        paintTitle(painter, size, options.font);
    paintNotes(painter, size, noteFont, noteTop);
    if (options.scaleBar)
        paintScaleBar(painter, viewport, std::min(options.scaleBarWidth, size.width() / 3), options.font);
    if (options.attribution)
        paintAttribution(painter, size, BaseMap::bundled().attribution(), noteFont);

    painter->setClipping(false);
    painter->setPen(QPen(QColor(0x99, 0x99, 0x99), 0.75));
    painter->setBrush(Qt::NoBrush);
    painter->drawRect(QRectF(QPointF(0, 0), size));
    painter->restore();
    return viewport;
}

void MapPainter::paintMarkers(QPainter *painter, const MapViewport &viewport) const
{
    QFont labelFont = MarkerPainter::defaultLabelFont();
    labelFont.setFamilies(painter->font().families());
    const QList<MarkerLayout::Cluster> clusters = MarkerLayout::layout(m_scene.markers, viewport, labelFont, direction());
    MarkerPainter::paint(painter, m_scene.markers, clusters, labelFont, m_formatter);
}

QRectF MapPainter::titleBox(const QSizeF &size, const QFont &font) const
{
    const QFontMetricsF titleMetrics(sized(font, 13, QFont::DemiBold));
    const QFontMetricsF smallMetrics(sized(font, 8.5));
    const double width = std::min(size.width() - 32, std::max(titleMetrics.horizontalAdvance(title()),
                                                              smallMetrics.horizontalAdvance(subtitle())) + 24);
    const double height = titleMetrics.height() + smallMetrics.height() + 18;
    return QRectF(direction() == Qt::RightToLeft ? size.width() - 16 - width : 16, 16, width, height);
}

void MapPainter::paintTitle(QPainter *painter, const QSizeF &size, const QFont &font) const
{
    const QFont titleFont = sized(font, 13, QFont::DemiBold);
    const QFont smallFont = sized(font, 8.5);
    const QRectF box = titleBox(size, font);
    painter->save();
    painter->setPen(BoxOutline);
    painter->setBrush(BoxFill);
    painter->drawRoundedRect(box, 4, 4);
    const int align = (direction() == Qt::RightToLeft ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignTop;
    painter->setPen(QColor(0x22, 0x22, 0x22));
    painter->setFont(titleFont);
    painter->drawText(box.adjusted(12, 8, -12, 0), align, title());
    painter->setFont(smallFont);
    painter->setPen(QColor(0x55, 0x55, 0x55));
    painter->drawText(box.adjusted(12, 10 + QFontMetricsF(titleFont).height(), -12, 0), align, subtitle());
    painter->restore();
}

QString MapPainter::noteText() const
{
    QStringList lines;
    for (const QString &line : {m_scene.offTheatreNote(m_formatter), m_scene.noDataNote()}) {
        if (!line.isEmpty())
            lines.append(line);
    }
    return lines.join(u'\n');
}

QRectF MapPainter::noteBox(const QString &note, const QSizeF &size, const QFont &font, double top) const
{
    if (note.isEmpty())
        return {};
    const QFontMetricsF metrics(font);
    const double maxWidth = size.width() * 0.6;
    const QRectF textRect = metrics.boundingRect(QRectF(0, 0, maxWidth, 1e6), Qt::TextWordWrap, note);
    const double width = std::min(maxWidth, textRect.width()) + 16;
    const bool rtl = direction() == Qt::RightToLeft;
    return QRectF(rtl ? size.width() - 8 - width : 8, top, width, textRect.height() + 10);
}

void MapPainter::paintNotes(QPainter *painter, const QSizeF &size, const QFont &font, double top) const
{
    const QString note = noteText();
    const QRectF box = noteBox(note, size, font, top);
    if (box.isEmpty())
        return;
    const bool rtl = direction() == Qt::RightToLeft;
    painter->save();
    painter->setPen(BoxOutline);
    painter->setBrush(BoxFill);
    painter->drawRoundedRect(box, 3, 3);
    painter->setPen(QColor(0x33, 0x33, 0x33));
    painter->setFont(font);
    const int align = rtl ? Qt::AlignRight : Qt::AlignLeft;
    painter->drawText(box.adjusted(8, 5, -8, -5), align | Qt::AlignVCenter | Qt::TextWordWrap, note);
    painter->restore();
}

void MapPainter::paintScaleBar(QPainter *painter, const MapViewport &viewport, double maxWidth, const QFont &font) const
{
    painter->save();
    painter->setFont(font);
    const QSizeF size = viewport.size();
    const ScaleBar bar = ScaleBar::forViewport(viewport, maxWidth);
    const bool rtl = direction() == Qt::RightToLeft;
    bar.paint(painter, QPointF(rtl ? size.width() - 14 : 14, size.height() - 10), m_formatter, direction());
    painter->restore();
}

void MapPainter::paintAttribution(QPainter *painter, const QSizeF &size, const QString &text, const QFont &font) const
{
    const QFontMetricsF metrics(font);
    const double width = std::min(size.width() * 0.55, metrics.horizontalAdvance(text) + 12);
    const QRectF textRect = metrics.boundingRect(QRectF(0, 0, width - 12, 1e6), Qt::TextWordWrap, text);
    const double height = textRect.height() + 4;
    const QRectF box(direction() == Qt::RightToLeft ? 0 : size.width() - width, size.height() - height, width, height);
    painter->save();
    painter->setPen(Qt::NoPen);
    painter->setBrush(QColor(255, 255, 255, 210));
    painter->drawRect(box);
    painter->setPen(QColor(0x44, 0x44, 0x44));
    painter->setFont(font);
    painter->setLayoutDirection(Qt::LeftToRight);
    painter->drawText(box.adjusted(6, 2, -6, -2), Qt::AlignCenter | Qt::TextWordWrap, text);
    painter->restore();
}

} // namespace Atlas
