// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "timelinelayout.h"
#include "timelinerenderer.h"
#include "timelinescale.h"

#include <QDate>
#include <QPointF>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QWidget>

#include <optional>

class QMenu;
class QScrollBar;
class QToolButton;

namespace Atlas {

class AtlasDocument;

/*
 * The zoomable, painted timeline of the document's filtered events: one lane per category,
 * from the whole decade down to a few days. Reads AtlasDocument::eventFilterModel() through its
 * roles, shares AtlasDocument::eventSelection() with every other event view, and edits the
 * filter's time window with a brush dragged on the axis strip. Owns its scale, layout and
 * renderer (values) and the clear-window button; owns no data.
 *
 * Input: wheel or pinch zooms about the pointer, drag pans, +/- zoom, Left/Right step through
 * events in time order (visually, so mirrored in RTL), Enter emits activated(), Esc clears the
 * time window, PageUp/PageDown or Alt+wheel scroll lanes that do not fit. Clicking the
 * legend, or the context menu, shows and hides lanes.
 */
class TimelineView : public QWidget
{
    Q_OBJECT
    Q_PROPERTY(AxisDirection axisDirection READ axisDirection WRITE setAxisDirection NOTIFY axisDirectionChanged)

public:
    enum class AxisDirection {
        FollowLayout,     // time runs right to left in an RTL layout
        AlwaysLeftToRight
    };
    Q_ENUM(AxisDirection)

    explicit TimelineView(AtlasDocument *document, QWidget *parent = nullptr);
    ~TimelineView() override;

    // Categories whose lanes are shown; the others keep a greyed legend entry.
    void setLanes(const QSet<QString> &categories);
    QSet<QString> visibleLanes() const;
    QStringList categories() const { return m_categories; }

    AxisDirection axisDirection() const { return m_axisDirection; }
    void setAxisDirection(AxisDirection direction);

    QDate firstVisibleDate() const { return m_scale.firstVisibleDate(); }
    QDate lastVisibleDate() const { return m_scale.lastVisibleDate(); }
    void setVisibleDates(QDate first, QDate last);
    const TimelineScale &scale() const { return m_scale; }

    // Where an event's marker is drawn, in widget coordinates; empty when it is not drawn on
    // its own (filtered out, in a hidden lane, gathered into a badge or scrolled away).
    QRect eventRect(const QString &eventId);

    // The legend as drawn: at most two rows, names shortened or gathered under "+N more".
    QList<TimelineRenderer::LegendEntry> legendEntries() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

public Q_SLOTS:
    void zoomIn();
    void zoomOut();
    void fitAll();
    void fitSelection();
    void clearTimeWindow();

Q_SIGNALS:
    void activated(const QString &eventId);
    void visibleRangeChanged(QDate first, QDate last);
    void lanesChanged();
    void axisDirectionChanged();

protected:
    bool event(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void leaveEvent(QEvent *event) override;

private:
    enum class Drag { None, PendingClick, Pan, Brush };

    void onDatasetChanged();
    void invalidateItems();
    void ensureLayout();
    // Reads the unread titles of the items in view, when m_items came without them; true if it read any.
    bool readTitlesInView();
    // Lays out again while readTitlesInView() finds titles to read; true if it read any.
    bool layOutWithTitlesInView(const TimelineLayout::Options &options);
    void syncScaleGeometry();
    void scaleChanged();
    void followCurrent();
    void selectItem(int item);
    void stepSelection(int step);
    void toggleLane(const QString &category);
    void updateClearButton();
    void showToolTip(const QPoint &pos, const QPoint &globalPos);
    void zoomAbout(double factor, double x);
    TimelineRenderer::State renderState() const;
    Qt::LayoutDirection axisLayoutDirection() const;
    double axisHeight() const;
    double legendHeight() const;
    QString legendCategoryAt(const QPoint &pos) const;
    std::optional<TimelineRenderer::LegendEntry> legendEntryAt(const QPoint &pos) const;
    void addLaneActions(QMenu &menu, const QStringList &categories);
    int currentItem() const;
    void updateScrollBar();
    double lanesViewportHeight() const;
    QPointF toLayout(QPointF widgetPos) const; // adds the vertical scroll
    TimelineLayout::Hit hitTest(QPointF widgetPos);

    AtlasDocument *m_document;
    TimelineScale m_scale;
    TimelineLayout m_layout;
    TimelineRenderer m_renderer;
    QList<TimelineItem> m_items;
    bool m_itemsDirty = true;
    bool m_titlesLater = false; // m_items came without titles; they are read as they come into view
    bool m_layoutDirty = true;
    double m_layoutPixelsPerDay = 0;
    int m_layoutMaxRows = 0;
    QStringList m_layoutLanes;
    QStringList m_categories;
    bool m_hasConflicts = false;
    QHash<QString, QString> m_categoryText;
    QSet<QString> m_hiddenCategories;
    AxisDirection m_axisDirection = AxisDirection::FollowLayout;
    bool m_needsFit = true;

    Drag m_drag = Drag::None;
    QPointF m_pressPos;
    double m_lastDragX = 0;
    double m_brushAnchorDay = 0;
    QDate m_brushFrom;
    QDate m_brushTo;
    int m_hoveredItem = -1;
    int m_hoveredCluster = -1;
    QToolButton *m_clearWindowButton;
    QScrollBar *m_scrollBar;        // lanes that do not fit the height scroll vertically
};

} // namespace Atlas
