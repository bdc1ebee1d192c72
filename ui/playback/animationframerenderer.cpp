// SPDX-License-Identifier: GPL-3.0-or-later
#include "animationframerenderer.h"

#include "atlasdocument.h"
#include "eventmodel.h"
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
    : m_document(document)
    , m_settings(settings)
    , m_formatter(document.formatter())
    , m_direction(document.language() == Language::Arabic ? Qt::RightToLeft : Qt::LeftToRight)
    , m_events(&m_criteria)
{
    m_events.setSourceModel(document.eventModel());
    m_probe = QImage(1, 1, QImage::Format_RGB32);
    m_timelineRenderer = std::make_unique<TimelineRenderer>(&m_probe);
    // One framing and one set of lanes for the whole range, so that nothing jumps.
    FilterState whole = m_settings.filter;
    whole.setTimeWindow(m_settings.schedule.from(), m_settings.schedule.to());
    m_frameOn = MapScene::build(document, whole).frameCoordinates();
    m_categories = TimelineModelReader::categories(*document.eventModel(), &m_categoryText);
    m_criteria.setState(whole);
    QSet<QString> present;
    for (int row = 0; row < m_events.rowCount(); ++row)
        present.insert(m_events.index(row, 0).data(EventModel::CategoryRole).toString());
    for (const QString &category : std::as_const(m_categories)) {
        if (present.contains(category))
            m_lanes.append(category);
    }
}

AnimationFrameRenderer::~AnimationFrameRenderer() = default;

FilterState AnimationFrameRenderer::frameFilter(int frame) const
{
    FilterState filter = m_settings.filter;
    filter.setTimeWindow(m_settings.schedule.windowFrom(frame), m_settings.schedule.windowTo(frame));
    return filter;
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
        paintMap(painter, whole, filter, true);
        paintStamp(painter, whole, frame);
        break;
    case AnimationView::Timeline:
        paintTimeline(painter, whole, frame, filter, false);
        break;
    case AnimationView::Composed: {
        const double stripHeight = std::round(std::clamp(whole.height() * 0.3, 120.0, 320.0));
        const QRectF map(0, 0, whole.width(), whole.height() - stripHeight);
        paintMap(painter, map, filter, true);
        paintStamp(painter, map, frame);
        paintTimeline(painter, QRectF(0, map.bottom(), whole.width(), stripHeight), frame, filter, true);
        break;
    }
    }
}

void AnimationFrameRenderer::paintMap(QPainter *painter, const QRectF &rect, const FilterState &filter, bool title)
{
    const MapScene scene = MapScene::build(m_document, filter);
    MapPaintOptions options;
    options.font = painter->font();
    options.title = title;
    options.frameMargins = QMarginsF(60, 60, 60, 70);
    options.frameOn = m_frameOn;
    MapPainter(scene, m_formatter).paint(painter, rect, options);
}

void AnimationFrameRenderer::paintTimeline(QPainter *painter, const QRectF &rect, int frame, const FilterState &filter,
                                           bool strip)
{
    TimelineRenderer &renderer = *m_timelineRenderer;
    const QFont font = sizedFont(painter->font(), strip ? 8 : 9);
    const QFontMetricsF metrics(font, &m_probe);
    m_criteria.setState(filter);
    const QList<TimelineItem> items = TimelineModelReader::read(m_events, metrics);

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
    layoutOptions.maxRowsPerLane = std::max(1, int(perLane / layoutOptions.rowHeight) - 1);
    layoutOptions.maxLabelWidth = strip ? 140 : 220;
    TimelineLayout layout;
    layout.layout(items, layoutOptions);
    state.conflictLegend = !layout.conflictPairs().isEmpty();

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
    if (strip) {
        painter->setPen(QPen(QColor(0x99, 0x99, 0x99), 0.75));
        painter->drawLine(area.topLeft(), area.topRight());
    }
    painter->restore();
    if (!strip) // the timeline view carries the stamp below its axis, at the end side
        paintStamp(painter, rect.adjusted(0, layoutOptions.top, 0, 0), frame);
}

void AnimationFrameRenderer::paintStamp(QPainter *painter, const QRectF &rect, int frame)
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
