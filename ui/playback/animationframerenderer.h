// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "eventfiltermodel.h"
#include "filtercriteria.h"
#include "filterstate.h"
#include "formatter.h"
#include "playbackschedule.h"

#include <QCoreApplication>
#include <QGeoCoordinate>
#include <QImage>
#include <QList>
#include <QSize>
#include <QStringList>

#include <memory>

class QPainter;

namespace Atlas {

class AtlasDocument;
class TimelineRenderer;
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
 * use: MapScene + MapPainter for the map, TimelineModelReader + TimelineLayout +
 * TimelineRenderer for the timeline. Frame i is drawn from a copy of the settings' FilterState
 * with the schedule's i-th window; the document, its filter and its selection are never touched,
 * so exporting does not move the views. The map keeps one framing for every frame (the places
 * with events anywhere in the range) and the timeline one axis (the whole range), so nothing
 * jumps between frames. The same settings always give the same images. Owns private proxies
 * over the document's event model; the document must outlive it.
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

    // What the date stamp says for frame i: "March 2017", "2017", "1 March – 31 May 2017" or
    // "Up to 31 March 2017" (accumulating), in the formatter's language and digits.
    static QString stampText(const PlaybackSchedule &schedule, int frame, const Formatter &formatter);

private:
    void paintMap(QPainter *painter, const QRectF &rect, const FilterState &filter, bool title);
    void paintTimeline(QPainter *painter, const QRectF &rect, int frame, const FilterState &filter, bool strip);
    void paintStamp(QPainter *painter, const QRectF &rect, int frame);

    const AtlasDocument &m_document;
    AnimationSettings m_settings;
    Formatter m_formatter;
    Qt::LayoutDirection m_direction;
    QList<QGeoCoordinate> m_frameOn;
    QStringList m_categories;             // legend order
    QHash<QString, QString> m_categoryText;
    QStringList m_lanes;                  // the categories with events in the range, fixed for all frames
    FilterCriteria m_criteria;            // private: the frame's filter for the timeline's events
    EventFilterModel m_events;
    QImage m_probe;                       // the device fonts are measured on (96 DPI, as every frame)
    std::unique_ptr<TimelineRenderer> m_timelineRenderer;
};

} // namespace Atlas
