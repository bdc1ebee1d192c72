// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "basemaprenderer.h"
#include "filterstate.h"
#include "formatter.h"
#include "mapscene.h"
#include "playbackschedule.h"
#include "timelinelayout.h"

#include <QCoreApplication>
#include <QGeoCoordinate>
#include <QImage>
#include <QList>
#include <QPalette>
#include <QSize>
#include <QStringList>

#include <memory>

class QPainter;

namespace Atlas {

class AtlasDocument;
class TimelineRenderer;
class TimelineScale;
class MapViewport;
struct TimelineItem;

// Which picture an animation shows.
enum class AnimationView {
    Map,       // the map export's picture, with the date stamp
    Timeline,  // the whole range's axis, the events of the window and the window's band
    Composed   // the map, a timeline strip below it, the date stamp, the title and the attribution
};

// What an animation shows, as values: its frames, the rest of the filter, the view and size.
struct AnimationSettings
{
    PlaybackSchedule schedule;
    FilterState filter;           // categories, places, sources, text; the window is set per frame
    AnimationView view = AnimationView::Composed;
    QSize size {1280, 720};       // pixels; even sides (video encoders need them)

    static std::optional<AnimationView> viewFromName(const QString &name); // map, timeline, composed
};

/*
 * Paints the frames of an animation, one QImage each, with the painters the views and exports
 * use: MapPainter for the map, TimelineLayout + TimelineRenderer for the timeline. Frame i shows
 * what a copy of the settings' FilterState with the schedule's i-th window selects; the
 * document, its filter and its selection are never touched, so exporting does not move the
 * views. The map keeps one framing for every frame (the places with events anywhere in the
 * range) and the timeline one axis (the whole range), so nothing jumps. The same settings
 * always give the same images.
 *
 * What does not change between frames is built once, in the constructor: the events that pass
 * the filter's other criteria (categories, places, sources, text), each with its Julian days,
 * the map markers it counts towards and its timeline item with the title measured; the
 * markers' names and kinds; the lanes. The base map is painted once per framing into a raster
 * (one per framing, at its size). A frame then only tests each of those events against its window and
 * counts, lays out the window's items and paints: frameScene() and frameItems() give the same
 * values as MapScene::build() and TimelineModelReader::read() on frameFilter(i). Keeps no
 * pointer into the document after construction; the document's data must not change while
 * frames are painted.
 */
class AnimationFrameRenderer
{
    Q_DECLARE_TR_FUNCTIONS(Atlas::AnimationFrameRenderer)

public:
    AnimationFrameRenderer(const AtlasDocument &document, const AnimationSettings &settings);
    ~AnimationFrameRenderer();

    int frameCount() const { return m_settings.schedule.frameCount(); }
    // The settings' filter with frame i's window.
    FilterState frameFilter(int frame) const;
    QImage render(int frame);
    void paint(QPainter *painter, int frame);

    // What frame i shows: the map's markers with their counts, and the window's timeline items.
    MapScene frameScene(int frame) const;
    QList<TimelineItem> frameItems(int frame) const;
    // The timeline's lanes (categories with events in the range), and where frame i draws each,
    // in frame pixels: the laid-out lanes, or one summary row each when those do not all fit.
    const QStringList &lanes() const { return m_lanes; }
    QList<QRectF> laneRects(int frame) const;

    // What the date stamp says for frame i: "March 2017", "2017", "1 March – 31 May 2017" or
    // "Up to 31 March 2017" (accumulating), in the formatter's language and digits.
    static QString stampText(const PlaybackSchedule &schedule, int frame, const Formatter &formatter);

private:
    // One event that passes the filter's other criteria, as every frame needs it.
    struct FrameEvent
    {
        qint64 earliest = 0;      // Julian days, as FilterState::acceptsPeriod() takes them
        qint64 latest = 0;
        QDate start;              // the activity model's "latest event" order: end, start, id
        QDate end;
        QString id;
        QList<int> markers;       // indices into m_scene.markers, each once
        QList<int> offTheatre;    // indices into m_scene.offTheatre, each once
        int item = -1;            // index into m_items; -1 without a valid start date
    };

    bool inWindow(const FrameEvent &event, const FilterState &filter) const;
    void paintMap(QPainter *painter, const QRectF &rect, const MapScene &scene, bool title);
    // Also gives where each lane went; with a null painter only that.
    void paintTimeline(QPainter *painter, const QRectF &rect, int frame, const FilterState &filter, bool strip,
                       QList<QRectF> *laneRects = nullptr) const;
    QRectF timelineRect() const;
    QRectF summaryLaneRect(const QRectF &area, int lane) const;
    // Every lane as one row of marks with its name and count, when full lanes do not all fit.
    void paintSummaryLanes(QPainter *painter, const QRectF &area, const TimelineScale &scale,
                           const QList<TimelineItem> &items, const QPalette &palette, const QFont &font) const;
    void paintStamp(QPainter *painter, const QRectF &rect, int frame) const;
    QFont timelineFont(bool strip) const;

    AnimationSettings m_settings;
    Formatter m_formatter;
    Qt::LayoutDirection m_direction;
    QList<QGeoCoordinate> m_frameOn;
    QStringList m_categories;             // legend order
    QHash<QString, QString> m_categoryText;
    QStringList m_lanes;                  // the categories with events in the range, fixed for all frames
    MapScene m_scene;                     // every marker and off-theatre place, counts zero
    QList<FrameEvent> m_frameEvents;      // in the event model's order
    QList<TimelineItem> m_items;          // measured once in the timeline font
    QImage m_probe;                       // the device fonts are measured on (96 DPI, as every frame)
    std::unique_ptr<TimelineRenderer> m_timelineRenderer;
    BaseMapRenderer m_baseMapRenderer;
    // The base map painted once per framing, at the map's size (the framing moves only when the
    // notes box under the title grows or shrinks): keyed by centre, zoom and size.
    struct BaseMapRaster
    {
        QGeoCoordinate center;
        double zoom = 0;
        QSizeF size;
        QImage image;
    };
    QList<BaseMapRaster> m_baseMaps;
    void paintBaseMap(QPainter *painter, const MapViewport &viewport);
};

} // namespace Atlas
