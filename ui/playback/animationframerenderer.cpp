// SPDX-License-Identifier: GPL-3.0-or-later
#include "animationframerenderer.h"

#include "atlasdocument.h"
#include "eventfiltermodel.h"
#include "eventmodel.h"
#include "filtercriteria.h"
#include "placeactivitymodel.h"
#include "placemarker.h"
#include "placemodel.h"
#include "mappainter.h"
#include "mapviewport.h"
#include "mapscene.h"
#include "timelineexporter.h"
#include "timelinelayout.h"
#include "timelinemodelreader.h"
#include "timelinerenderer.h"
#include "timelinescale.h"

#include <QFontMetricsF>
#include <QGuiApplication>
#include <QPainter>

#include <algorithm>
#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;

namespace Atlas {

namespace {

QFont sizedFont(QFont font, double points, QFont::Weight weight = QFont::Normal)
{
    font.setPointSizeF(points);
    font.setWeight(weight);
    return font;
}

bool isWholeMonth(QDate from, QDate to)
{
    return from.day() == 1 && to == QDate(from.year(), from.month(), from.daysInMonth());
}

bool isWholeYear(QDate from, QDate to)
{
    return from == QDate(from.year(), 1, 1) && to == QDate(from.year(), 12, 31);
}

} // namespace

std::optional<AnimationView> AnimationSettings::viewFromName(const QString &name)
{
    const QString lower = name.toLower();
    if (lower == u"map"_s)
        return AnimationView::Map;
    if (lower == u"timeline"_s)
        return AnimationView::Timeline;
    if (lower == u"composed"_s)
        return AnimationView::Composed;
    return std::nullopt;
}

AnimationFrameRenderer::AnimationFrameRenderer(const AtlasDocument &document, const AnimationSettings &settings)
    : m_settings(settings)
    , m_formatter(document.formatter())
    , m_direction(document.language() == Language::Arabic ? Qt::RightToLeft : Qt::LeftToRight)
{
    m_baseMapRenderer.setLanguage(m_formatter.language());
    m_baseMapRenderer.setLabelsVisible(false); // MapPainter names the map above the markers
    m_probe = QImage(1, 1, QImage::Format_RGB32);
    m_timelineRenderer = std::make_unique<TimelineRenderer>(&m_probe);
    m_categories = TimelineModelReader::categories(*document.eventModel(), &m_categoryText);

    // The events of the other criteria, once: a frame only tests their days against its window.
    FilterState others = m_settings.filter;
    others.setTimeWindow(QDate(), QDate());
    FilterCriteria criteria;
    criteria.setState(others);
    EventFilterModel events(&criteria);
    events.setSourceModel(document.eventModel());
    const PlaceActivityModel activity(document.placeModel(), &events, &criteria);
    m_scene.markers = PlaceMarker::collect(&activity);
    m_scene.offTheatre = PlaceMarker::offTheatre(&activity);
    QHash<QString, int> markerOf;
    QHash<QString, int> offTheatreOf;
    for (int i = 0; i < m_scene.markers.size(); ++i) {
        m_scene.markers[i].eventCount = 0;
        m_scene.markers[i].latestEventId.clear();
        markerOf.insert(m_scene.markers.at(i).placeId, i);
    }
    for (int i = 0; i < m_scene.offTheatre.size(); ++i) {
        m_scene.offTheatre[i].eventCount = 0;
        m_scene.offTheatre[i].latestEventId.clear();
        offTheatreOf.insert(m_scene.offTheatre.at(i).placeId, i);
    }

    const QFontMetricsF metrics(timelineFont(m_settings.view == AnimationView::Composed), &m_probe);
    m_items = TimelineModelReader::read(events, metrics);
    QList<int> itemOfRow(events.rowCount(), -1);
    for (int i = 0; i < m_items.size(); ++i)
        itemOfRow[m_items.at(i).modelRow] = i;

    FilterState whole = m_settings.filter;
    whole.setTimeWindow(m_settings.schedule.from(), m_settings.schedule.to());
    QSet<QString> present;
    m_frameEvents.reserve(events.rowCount());
    for (int row = 0; row < events.rowCount(); ++row) {
        const QModelIndex index = events.index(row, 0);
        FrameEvent event;
        event.start = index.data(EventModel::StartDateRole).toDate();
        event.end = index.data(EventModel::EndDateRole).toDate();
        // As FilterState::acceptsPeriod(): an unknown end is open on that side.
        event.earliest = event.start.isValid() ? event.start.toJulianDay() : std::numeric_limits<qint64>::min() + 1;
        event.latest = event.end.isValid() ? event.end.toJulianDay() : std::numeric_limits<qint64>::max() - 1;
        event.id = index.data(EventModel::IdRole).toString();
        for (const QString &placeId : index.data(EventModel::PlaceIdsRole).toStringList()) {
            const int marker = markerOf.value(placeId, -1);
            if (marker >= 0 && !event.markers.contains(marker))
                event.markers.append(marker);
            const int off = offTheatreOf.value(placeId, -1);
            if (off >= 0 && !event.offTheatre.contains(off))
                event.offTheatre.append(off);
        }
        event.item = itemOfRow.at(row);
        if (whole.acceptsDays(event.earliest, event.latest))
            present.insert(index.data(EventModel::CategoryRole).toString());
        m_frameEvents.append(event);
    }
    // One framing and one set of lanes for the whole range, so that nothing jumps.
    for (const QString &category : std::as_const(m_categories)) {
        if (present.contains(category))
            m_lanes.append(category);
    }
    MapScene range = m_scene;
    for (const FrameEvent &event : std::as_const(m_frameEvents)) {
        if (inWindow(event, whole)) {
            for (int marker : event.markers)
                range.markers[marker].eventCount = 1;
        }
    }
    m_frameOn = range.frameCoordinates();
}

AnimationFrameRenderer::~AnimationFrameRenderer() = default;

FilterState AnimationFrameRenderer::frameFilter(int frame) const
{
    FilterState filter = m_settings.filter;
    filter.setTimeWindow(m_settings.schedule.windowFrom(frame), m_settings.schedule.windowTo(frame));
    return filter;
}

bool AnimationFrameRenderer::inWindow(const FrameEvent &event, const FilterState &filter) const
{
    return !filter.hasTimeWindow() || filter.acceptsDays(event.earliest, event.latest);
}

QFont AnimationFrameRenderer::timelineFont(bool strip) const
{
    return sizedFont(QGuiApplication::font(), strip ? 8 : 9);
}

MapScene AnimationFrameRenderer::frameScene(int frame) const
{
    const FilterState filter = frameFilter(frame);
    MapScene scene = m_scene;
    scene.filter = filter;
    // As PlaceActivityModel counts: events per place, the latest the one that ends last, then
    // starts last, then by id; among equals the last in the model's order.
    const auto later = [](const FrameEvent &a, const FrameEvent *b) {
        if (!b)
            return true;
        if (a.end != b->end)
            return a.end > b->end;
        if (a.start != b->start)
            return a.start > b->start;
        return a.id >= b->id;
    };
    QList<const FrameEvent *> latestAt(scene.markers.size(), nullptr);
    QList<const FrameEvent *> latestOff(scene.offTheatre.size(), nullptr);
    for (const FrameEvent &event : m_frameEvents) {
        if (!inWindow(event, filter))
            continue;
        for (int marker : event.markers) {
            ++scene.markers[marker].eventCount;
            if (later(event, latestAt.at(marker)))
                latestAt[marker] = &event;
        }
        for (int off : event.offTheatre) {
            ++scene.offTheatre[off].eventCount;
            if (later(event, latestOff.at(off)))
                latestOff[off] = &event;
        }
    }
    for (int i = 0; i < scene.markers.size(); ++i) {
        if (latestAt.at(i))
            scene.markers[i].latestEventId = latestAt.at(i)->id;
    }
    QList<PlaceMarker> offTheatre;
    for (int i = 0; i < scene.offTheatre.size(); ++i) {
        if (scene.offTheatre.at(i).eventCount > 0) {
            offTheatre.append(scene.offTheatre.at(i));
            offTheatre.last().latestEventId = latestOff.at(i)->id;
        }
    }
    scene.offTheatre = offTheatre;
    return scene;
}

QList<TimelineItem> AnimationFrameRenderer::frameItems(int frame) const
{
    const FilterState filter = frameFilter(frame);
    QList<TimelineItem> items;
    int row = 0; // the row the event would have in a model filtered by the frame's window
    for (const FrameEvent &event : m_frameEvents) {
        if (!inWindow(event, filter))
            continue;
        if (event.item >= 0) {
            items.append(m_items.at(event.item));
            items.last().modelRow = row;
        }
        ++row;
    }
    return items;
}

QRectF AnimationFrameRenderer::timelineRect() const
{
    const QRectF whole(QPointF(0, 0), QSizeF(m_settings.size));
    switch (m_settings.view) {
    case AnimationView::Map:
        return {};
    case AnimationView::Timeline:
        return whole;
    case AnimationView::Composed:
        break;
    }
    const double stripHeight = std::round(std::clamp(whole.height() * 0.3, 120.0, 320.0));
    return QRectF(0, whole.height() - stripHeight, whole.width(), stripHeight);
}

QList<QRectF> AnimationFrameRenderer::laneRects(int frame) const
{
    QList<QRectF> rects;
    if (m_settings.view != AnimationView::Map)
        paintTimeline(nullptr, timelineRect(), frame, frameFilter(frame), m_settings.view == AnimationView::Composed, &rects);
    return rects;
}

QImage AnimationFrameRenderer::render(int frame)
{
    // Opaque RGB: what video encoders take, and PNGs without an alpha channel.
    QImage image(m_settings.size, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    paint(&painter, frame);
    return image;
}

void AnimationFrameRenderer::paint(QPainter *painter, int frame)
{
    const FilterState filter = frameFilter(frame);
    const QRectF whole(QPointF(0, 0), QSizeF(m_settings.size));
    painter->setFont(QGuiApplication::font());
    painter->setLayoutDirection(m_direction);
    painter->setRenderHint(QPainter::Antialiasing, true);
    painter->fillRect(whole, Qt::white);
    switch (m_settings.view) {
    case AnimationView::Map:
        paintMap(painter, whole, frameScene(frame), true);
        paintStamp(painter, whole, frame);
        break;
    case AnimationView::Timeline:
        paintTimeline(painter, timelineRect(), frame, filter, false);
        break;
    case AnimationView::Composed: {
        const QRectF map(0, 0, whole.width(), timelineRect().top());
        paintMap(painter, map, frameScene(frame), true);
        paintStamp(painter, map, frame);
        paintTimeline(painter, timelineRect(), frame, filter, true);
        break;
    }
    }
}

void AnimationFrameRenderer::paintMap(QPainter *painter, const QRectF &rect, const MapScene &scene, bool title)
{
    MapPaintOptions options;
    options.font = painter->font();
    options.title = title;
    options.frameMargins = QMarginsF(60, 60, 60, 70);
    options.frameOn = m_frameOn;
    options.paintBaseMap = [this](QPainter *target, const MapViewport &viewport) { paintBaseMap(target, viewport); };
    MapPainter(scene, m_formatter).paint(painter, rect, options);
}

void AnimationFrameRenderer::paintBaseMap(QPainter *painter, const MapViewport &viewport)
{
    for (const BaseMapRaster &raster : std::as_const(m_baseMaps)) {
        if (raster.center == viewport.center() && raster.zoom == viewport.zoom() && raster.size == viewport.size()) {
            painter->drawImage(QPointF(0, 0), raster.image);
            return;
        }
    }
    BaseMapRaster raster{viewport.center(), viewport.zoom(), viewport.size(),
                         QImage(viewport.size().toSize(), QImage::Format_RGB32)};
    raster.image.fill(BaseMapRenderer::seaColor());
    {
        QPainter rasterPainter(&raster.image);
        rasterPainter.setRenderHints(painter->renderHints());
        rasterPainter.setFont(painter->font());
        rasterPainter.setLayoutDirection(painter->layoutDirection());
        m_baseMapRenderer.paint(&rasterPainter, viewport);
    }
    painter->drawImage(QPointF(0, 0), raster.image);
    if (m_baseMaps.size() >= 4) // a framing or two per animation; never more than a few
        m_baseMaps.removeFirst();
    m_baseMaps.append(raster);
}

void AnimationFrameRenderer::paintTimeline(QPainter *painter, const QRectF &rect, int frame, const FilterState &filter,
                                           bool strip, QList<QRectF> *laneRects) const
{
    TimelineRenderer &renderer = *m_timelineRenderer;
    const QFont font = timelineFont(strip);
    const QFontMetricsF metrics(font, &m_probe);
    const QList<TimelineItem> items = frameItems(frame);

    TimelineRenderer::State state;
    state.palette = TimelineExporter::printPalette();
    state.font = font;
    state.formatter = m_formatter;
    state.categories = m_categories;
    state.categoryText = m_categoryText;
    for (const QString &category : std::as_const(m_categories)) {
        if (!m_lanes.contains(category))
            state.hiddenCategories.insert(category);
    }
    state.legendListsHidden = false;
    state.windowFrom = filter.from();
    state.windowTo = filter.to();
    state.showWindow = true;
    state.emptyText = tr("No events in this window.");

    double top = 0;
    QString heading;
    if (!strip) {
        heading = tr("Coalition Atlas timeline, %1 to %2")
                      .arg(m_formatter.date(m_settings.schedule.from(), DatePrecision::Day),
                           m_formatter.date(m_settings.schedule.to(), DatePrecision::Day));
        top = std::ceil(metrics.height() * 1.8);
    }
    TimelineScale scale;
    scale.setWidth(rect.width());
    scale.setDirection(m_direction);
    const double firstDay = double(m_settings.schedule.from().toJulianDay());
    const double lastDay = double(m_settings.schedule.to().toJulianDay()) + 1;
    const double padding = std::max(1.0, (lastDay - firstDay) * 0.02);
    scale.setVisibleRange(firstDay - padding, lastDay - firstDay + 2 * padding);

    TimelineLayout::Options layoutOptions = renderer.layoutOptions(font);
    layoutOptions.lanes = m_lanes;
    layoutOptions.top = top + renderer.axisHeight(font);
    layoutOptions.pixelsPerDay = scale.pixelsPerDay();
    // The rows that fit: the lanes share the height left under the axis and above the legend;
    // what does not fit gathers into "N events" badges.
    const double legend = renderer.legendHeight(rect.width(), state);
    const double free = rect.height() - layoutOptions.top - legend - 8;
    const int laneCount = std::max<qsizetype>(1, m_lanes.size());
    const double perLane = free / laneCount - layoutOptions.laneGap - layoutOptions.laneHeaderHeight;
    // A lane needs its header, a row of items and the row of "N events" badges for what does
    // not fit. When not every lane has that, every lane becomes one summary row instead (its
    // events as marks, its name and count): no lane is cut off below the frame.
    const bool summary = int(perLane / layoutOptions.rowHeight) < 2;
    layoutOptions.maxRowsPerLane = std::max(1, int(perLane / layoutOptions.rowHeight) - 1);
    layoutOptions.maxLabelWidth = strip ? 140 : 220;
    TimelineLayout layout;
    if (summary) {
        layoutOptions.lanes.clear(); // the renderer draws the axis, the grid, the band and the legend
        state.emptyText.clear();
        layout.layout({}, layoutOptions);
    } else {
        layout.layout(items, layoutOptions);
    }
    state.conflictLegend = !layout.conflictPairs().isEmpty();
    const QRectF summaryArea(0, layoutOptions.top, rect.width(), rect.height() - layoutOptions.top - legend);
    if (laneRects) {
        laneRects->clear();
        for (int lane = 0; lane < m_lanes.size(); ++lane) {
            const QRectF local = summary ? summaryLaneRect(summaryArea, lane)
                                         : QRectF(0, layout.lanes().at(lane).top, rect.width(), layout.lanes().at(lane).height);
            laneRects->append(local.translated(rect.topLeft()));
        }
    }
    if (!painter)
        return;

    painter->save();
    painter->translate(rect.topLeft());
    const QRectF area(QPointF(0, 0), rect.size());
    painter->setClipRect(area);
    painter->fillRect(area, state.palette.color(QPalette::Base));
    painter->setLayoutDirection(m_direction);
    if (!heading.isEmpty()) {
        QFont headingFont = font;
        headingFont.setBold(true);
        painter->setFont(headingFont);
        painter->setPen(state.palette.color(QPalette::WindowText));
        const Qt::Alignment leading = m_direction == Qt::RightToLeft ? Qt::AlignRight : Qt::AlignLeft;
        painter->drawText(QRectF(8, 0, area.width() - 16, top), leading | Qt::AlignVCenter, heading);
    }
    renderer.paint(*painter, area.adjusted(0, top, 0, 0), scale, layout, state);
    if (summary)
        paintSummaryLanes(painter, summaryArea, scale, items, state.palette, font);
    if (strip) {
        painter->setPen(QPen(QColor(0x99, 0x99, 0x99), 0.75));
        painter->drawLine(area.topLeft(), area.topRight());
    }
    painter->restore();
    if (!strip) // the timeline view carries the stamp below its axis, at the end side
        paintStamp(painter, rect.adjusted(0, layoutOptions.top, 0, 0), frame);
}

QRectF AnimationFrameRenderer::summaryLaneRect(const QRectF &area, int lane) const
{
    const double height = std::min(area.height() / double(std::max<qsizetype>(1, m_lanes.size())), 44.0);
    return QRectF(area.left(), area.top() + lane * height, area.width(), height);
}

void AnimationFrameRenderer::paintSummaryLanes(QPainter *painter, const QRectF &area, const TimelineScale &scale,
                                               const QList<TimelineItem> &items, const QPalette &palette,
                                               const QFont &font) const
{
    if (m_lanes.isEmpty() || area.height() <= 0)
        return;
    QList<QList<int>> itemsOfLane(m_lanes.size());
    for (int i = 0; i < items.size(); ++i) {
        const int lane = int(m_lanes.indexOf(items.at(i).category));
        if (lane >= 0)
            itemsOfLane[lane].append(i);
    }
    const double height = summaryLaneRect(area, 0).height();
    const double radius = std::clamp(height * 0.22, 1.5, 4.0);
    QFont labelFont = font;
    labelFont.setPointSizeF(std::clamp(height * 0.5, 5.0, font.pointSizeF()));
    const QFontMetricsF metrics(labelFont, &m_probe);
    const bool rtl = m_direction == Qt::RightToLeft;
    const QColor text = palette.color(QPalette::WindowText);
    QColor line = palette.color(QPalette::Mid);
    line.setAlphaF(0.5);
    QColor boxFill = palette.color(QPalette::Base);
    boxFill.setAlphaF(0.85);

    painter->save();
    painter->setClipRect(area, Qt::IntersectClip);
    painter->setRenderHint(QPainter::Antialiasing, true);
    for (int lane = 0; lane < m_lanes.size(); ++lane) {
        const QString &category = m_lanes.at(lane);
        const QRectF row = summaryLaneRect(area, lane);
        const double y = row.center().y();
        const QColor color = TimelineRenderer::categoryColor(category, m_categories, palette);
        if (lane > 0) {
            painter->setPen(QPen(line, 0));
            painter->drawLine(QLineF(row.left(), row.top(), row.right(), row.top()));
        }
        // Every event of the window as a mark on the shared axis: a dot for a day, a bar for a
        // span (faded when the date is only known to the month or year).
        painter->setPen(Qt::NoPen);
        for (int index : std::as_const(itemsOfLane.at(lane))) {
            const TimelineItem &item = items.at(index);
            if (item.shape() == TimelineItem::Shape::Point) {
                painter->setBrush(color);
                painter->drawEllipse(QPointF(scale.xForDay(item.startDay + 0.5), y), radius, radius);
            } else {
                QColor fill = color;
                if (item.shape() == TimelineItem::Shape::UncertainSpan)
                    fill.setAlphaF(0.45);
                const double x1 = scale.xForDay(item.startDay);
                const double x2 = scale.xForDay(item.endDay);
                painter->setBrush(fill);
                painter->drawRect(QRectF(std::min(x1, x2), y - radius * 0.6, std::max(1.0, std::abs(x2 - x1)), radius * 1.2));
            }
        }
        // The lane's name and how many of the window's events it holds, at the start edge.
        const QString label = tr("%1 · %2", "timeline lane: category, events in the frame's window")
                                  .arg(m_categoryText.value(category, category),
                                       m_formatter.number(int(itemsOfLane.at(lane).size())));
        const double swatch = std::min(metrics.height() * 0.6, height - 2);
        const double width = std::min(area.width() / 3, metrics.horizontalAdvance(label) + swatch + 14);
        const double boxHeight = std::min(height - 1, metrics.height() + 2);
        const QRectF box(rtl ? row.right() - 4 - width : row.left() + 4, y - boxHeight / 2, width, boxHeight);
        painter->setBrush(boxFill);
        painter->drawRoundedRect(box, 3, 3);
        painter->setBrush(color);
        const double swatchX = rtl ? box.right() - 4 - swatch : box.left() + 4;
        painter->drawEllipse(QRectF(swatchX, y - swatch / 2, swatch, swatch));
        painter->setPen(text);
        painter->setFont(labelFont);
        const QRectF textBox = rtl ? box.adjusted(4, 0, -(swatch + 8), 0) : box.adjusted(swatch + 8, 0, -4, 0);
        painter->drawText(textBox, (rtl ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter | Qt::TextSingleLine,
                          metrics.elidedText(label, Qt::ElideMiddle, textBox.width()));
        painter->setPen(Qt::NoPen);
    }
    painter->restore();
}

void AnimationFrameRenderer::paintStamp(QPainter *painter, const QRectF &rect, int frame) const
{
    const QString text = stampText(m_settings.schedule, frame, m_formatter);
    const QFont font = sizedFont(painter->font(), std::clamp(rect.height() / 30.0, 12.0, 30.0), QFont::Bold);
    const QFontMetricsF metrics(font, painter->device());
    const double width = metrics.horizontalAdvance(text) + 28;
    const double height = metrics.height() + 14;
    // The end corner: the map's title holds the start corner.
    const double x = m_direction == Qt::RightToLeft ? rect.left() + 16 : rect.right() - 16 - width;
    const QRectF box(x, rect.top() + 16, width, height);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, true);
    painter->setPen(QPen(QColor(0x1b, 0x1f, 0x24, 60), 1));
    painter->setBrush(QColor(255, 255, 255, 235));
    painter->drawRoundedRect(box, 5, 5);
    painter->setFont(font);
    painter->setPen(QColor(0x1b, 0x1f, 0x24));
    painter->drawText(box, Qt::AlignCenter, text);
    painter->restore();
}

QString AnimationFrameRenderer::stampText(const PlaybackSchedule &schedule, int frame, const Formatter &formatter)
{
    const QDate from = schedule.windowFrom(frame);
    const QDate to = schedule.windowTo(frame);
    if (!from.isValid() || !to.isValid())
        return QString();
    if (schedule.mode() == PlaybackSchedule::Mode::Accumulate)
        return tr("Up to %1").arg(formatter.date(to, DatePrecision::Day));
    if (isWholeYear(from, to))
        return formatter.date(from, DatePrecision::Year);
    if (isWholeMonth(from, to))
        return formatter.date(from, DatePrecision::Month);
    if (from == to)
        return formatter.date(from, DatePrecision::Day);
    return tr("%1 – %2", "time window of a frame")
        .arg(formatter.isolate(formatter.date(from, DatePrecision::Day)), formatter.isolate(formatter.date(to, DatePrecision::Day)));
}

} // namespace Atlas
