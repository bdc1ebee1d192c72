// SPDX-License-Identifier: GPL-3.0-or-later
#include "timelineview.h"

#include "timebins.h"

#include "atlasdocument.h"
#include "eventfiltermodel.h"
#include "eventmodel.h"
#include "projecteventstore.h"
#include "filtercriteria.h"
#include "formatter.h"
#include "timelinemodelreader.h"

#include <QApplication>
#include <QContextMenuEvent>
#include <QFontMetricsF>
#include <QGestureEvent>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QMenu>
#include <QMouseEvent>
#include <QNativeGestureEvent>
#include <QPainter>
#include <QPinchGesture>
#include <QScrollBar>
#include <QToolButton>
#include <QToolTip>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace Atlas {

namespace {

bool isMoreEntry(const std::optional<TimelineRenderer::LegendEntry> &entry)
{
    return entry && entry->kind == TimelineRenderer::LegendEntry::More;
}

constexpr double ZoomStep = 1.5;
constexpr int MinRowsPerLane = 2;
constexpr int MaxRowsPerLane = 12;
// The legend's rows at most: past them names are shortened, then gathered under "+N more".
constexpr int LegendMaxRows = 2;
// Pixels kept free at both edges when a badge is zoomed into.
constexpr double ZoomMargin = 24;

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

} // namespace

TimelineView::TimelineView(AtlasDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_renderer(this)
    , m_clearWindowButton(new QToolButton(this))
    , m_scrollBar(new QScrollBar(Qt::Vertical, this))
{
    setAccessibleName(tr("Timeline"));
    setAccessibleDescription(tr("Events by date, one lane per category. Arrow keys move between events, "
                                "Enter opens the selected event, plus and minus zoom."));
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setAttribute(Qt::WA_OpaquePaintEvent);
    grabGesture(Qt::PinchGesture);

    m_clearWindowButton->setText(tr("Clear time window"));
    m_clearWindowButton->setToolTip(tr("Show events of every date again (Esc)"));
    m_clearWindowButton->setAutoRaise(true);
    m_clearWindowButton->setCursor(Qt::ArrowCursor);
    m_clearWindowButton->hide();
    connect(m_clearWindowButton, &QToolButton::clicked, this, &TimelineView::clearTimeWindow);
    m_scrollBar->hide();
    m_scrollBar->setCursor(Qt::ArrowCursor);
    connect(m_scrollBar, &QScrollBar::valueChanged, this, qOverload<>(&QWidget::update));

    QAbstractItemModel *model = m_document->eventFilterModel();
    connect(model, &QAbstractItemModel::modelReset, this, &TimelineView::invalidateItems);
    connect(model, &QAbstractItemModel::rowsInserted, this, &TimelineView::invalidateItems);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &TimelineView::invalidateItems);
    connect(model, &QAbstractItemModel::rowsMoved, this, &TimelineView::invalidateItems);
    connect(model, &QAbstractItemModel::layoutChanged, this, &TimelineView::invalidateItems);
    connect(model, &QAbstractItemModel::dataChanged, this, &TimelineView::invalidateItems);
    connect(m_document, &AtlasDocument::datasetChanged, this, &TimelineView::onDatasetChanged);
    connect(m_document, &AtlasDocument::languageChanged, this, &TimelineView::onDatasetChanged);
    connect(m_document->filter(), &FilterCriteria::changed, this, &TimelineView::updateClearButton);
    connect(m_document->eventSelection(), &QItemSelectionModel::selectionChanged, this,
            qOverload<>(&QWidget::update));
    connect(m_document->eventSelection(), &QItemSelectionModel::currentChanged, this, &TimelineView::followCurrent);
    onDatasetChanged();
}

TimelineView::~TimelineView() = default;

QSize TimelineView::sizeHint() const
{
    return QSize(900, 420);
}

QSize TimelineView::minimumSizeHint() const
{
    return QSize(240, int(axisHeight() + legendHeight() + 60));
}

void TimelineView::onDatasetChanged()
{
    m_categoryText.clear();
    m_categories = TimelineModelReader::categories(*m_document->eventModel(), &m_categoryText);
    const Dataset &dataset = m_document->dataset();
    m_hasConflicts = dataset.eventStore ? dataset.eventStore->hasConflicts()
                                        : std::any_of(dataset.events.cbegin(), dataset.events.cend(),
                                                      [](const Event &event) { return !event.conflictsWith.isEmpty(); });
    // The zoom limits come from the whole dataset, so filtering does not move them.
    const auto [first, last] = m_document->eventModel()->columns().daySpan();
    // A small margin: room for the first and last markers, while the axis ends where the
    // data does (titles near the ends go inwards, TimelineLayout::Options::labelEndDay).
    m_scale.setDataSpan(first, last, 0.01);
    m_needsFit = true;
    invalidateItems();
    updateClearButton();
    Q_EMIT lanesChanged();
}

void TimelineView::invalidateItems()
{
    m_itemsDirty = true;
    m_hoveredItem = -1;
    m_hoveredCluster = -1;
    update();
}

Qt::LayoutDirection TimelineView::axisLayoutDirection() const
{
    return m_axisDirection == AxisDirection::FollowLayout ? layoutDirection() : Qt::LeftToRight;
}

void TimelineView::setAxisDirection(AxisDirection direction)
{
    if (direction == m_axisDirection)
        return;
    m_axisDirection = direction;
    syncScaleGeometry();
    update();
    Q_EMIT axisDirectionChanged();
}

double TimelineView::axisHeight() const
{
    return m_renderer.axisHeight(font());
}

double TimelineView::legendHeight() const
{
    return m_renderer.legendHeight(width(), renderState());
}

QList<TimelineRenderer::LegendEntry> TimelineView::legendEntries() const
{
    const double legend = legendHeight();
    return m_renderer.legendEntries(QRectF(0, height() - legend, width(), legend), renderState(),
                                    axisLayoutDirection());
}

std::optional<TimelineRenderer::LegendEntry> TimelineView::legendEntryAt(const QPoint &pos) const
{
    for (const TimelineRenderer::LegendEntry &entry : legendEntries()) {
        if (entry.rect.contains(pos))
            return entry;
    }
    return std::nullopt;
}

QString TimelineView::legendCategoryAt(const QPoint &pos) const
{
    const std::optional<TimelineRenderer::LegendEntry> entry = legendEntryAt(pos);
    return entry ? entry->category : QString(); // empty for the conflict links' entry, which toggles nothing
}

void TimelineView::syncScaleGeometry()
{
    m_scale.setWidth(std::max(1, width()));
    m_scale.setDirection(axisLayoutDirection());
    if (m_needsFit && width() > 1 && m_scale.limitSpanDays() > 0) {
        m_needsFit = false;
        m_scale.setVisibleRange(m_scale.limitFirstDay(), m_scale.limitSpanDays());
    }
    m_scale.clamp();
}

void TimelineView::ensureLayout()
{
    syncScaleGeometry();
    if (m_itemsDirty) {
        QFontMetricsF metrics(font(), this);
        m_items = TimelineModelReader::read(*m_document->eventFilterModel(), metrics);
        m_itemsDirty = false;
        m_layoutDirty = true;
    }
    QSet<QString> present;
    for (const TimelineItem &item : std::as_const(m_items))
        present.insert(item.category);
    // m_categories lists every category of the event model, so of every item too.
    QStringList lanes;
    for (const QString &category : std::as_const(m_categories)) {
        if (present.contains(category) && !m_hiddenCategories.contains(category))
            lanes.append(category);
    }

    TimelineLayout::Options options = m_renderer.layoutOptions(font());
    options.top = axisHeight();
    options.pixelsPerDay = m_scale.pixelsPerDay();
    // Rows per lane so that every lane fits the height, one row kept for the badges.
    const double available = height() - options.top - legendHeight();
    const double perLane = lanes.isEmpty() ? available : available / lanes.size();
    const int rows = int(std::floor((perLane - options.laneHeaderHeight - options.laneGap) / options.rowHeight)) - 1;
    // At least two rows, even if the lanes then need the scroll bar: one row and a badge row
    // would gather nearly everything into badges.
    options.maxRowsPerLane = std::clamp(rows, MinRowsPerLane, MaxRowsPerLane);
    options.lanes = lanes;
    if (m_scale.limitSpanDays() > 0) {
        // Titles stay on the axis the view can be panned over: none runs off its end.
        options.labelStartDay = m_scale.limitFirstDay();
        options.labelEndDay = m_scale.limitFirstDay() + m_scale.limitSpanDays();
    }

    if (!m_layoutDirty && options.pixelsPerDay == m_layoutPixelsPerDay && options.maxRowsPerLane == m_layoutMaxRows
        && lanes == m_layoutLanes && options.labelEndDay == m_layout.options().labelEndDay
        && options.labelStartDay == m_layout.options().labelStartDay)
        return;
    m_layout.layout(m_items, options);
    m_layoutDirty = false;
    m_layoutPixelsPerDay = options.pixelsPerDay;
    m_layoutMaxRows = options.maxRowsPerLane;
    m_layoutLanes = lanes;
    updateScrollBar();
}

double TimelineView::lanesViewportHeight() const
{
    return std::max(0.0, height() - axisHeight() - legendHeight());
}

void TimelineView::updateScrollBar()
{
    const double viewport = lanesViewportHeight();
    const int overflow = int(std::ceil(m_layout.height() + m_layout.options().laneGap - viewport));
    const bool needed = overflow > 0;
    m_scrollBar->setRange(0, std::max(0, overflow));
    m_scrollBar->setPageStep(std::max(1, int(viewport)));
    m_scrollBar->setSingleStep(std::max(1, int(m_layout.options().rowHeight)));
    if (needed) {
        const int barWidth = m_scrollBar->sizeHint().width();
        const int x = axisLayoutDirection() == Qt::RightToLeft ? 0 : width() - barWidth;
        m_scrollBar->setGeometry(x, int(axisHeight()), barWidth, int(viewport));
    }
    if (m_scrollBar->isVisible() != needed)
        m_scrollBar->setVisible(needed);
}

QPointF TimelineView::toLayout(QPointF widgetPos) const
{
    // Only the lanes scroll: the axis strip and the legend stay put.
    if (widgetPos.y() < axisHeight() || widgetPos.y() >= height() - legendHeight())
        return QPointF(widgetPos.x(), -1);
    return QPointF(widgetPos.x(), widgetPos.y() + m_scrollBar->value());
}

TimelineLayout::Hit TimelineView::hitTest(QPointF widgetPos)
{
    ensureLayout();
    return m_layout.hitTest(toLayout(widgetPos), m_scale);
}

TimelineRenderer::State TimelineView::renderState() const
{
    TimelineRenderer::State state;
    state.palette = palette();
    state.font = font();
    state.formatter = m_document->formatter();
    state.categories = m_categories;
    state.categoryText = m_categoryText;
    state.hiddenCategories = m_hiddenCategories;
    const QItemSelectionModel *selection = m_document->eventSelection();
    for (const QModelIndex &index : selection->selectedRows())
        state.selectedIds.insert(index.data(EventModel::IdRole).toString());
    state.currentId = m_document->currentEventId();
    state.hoveredItem = m_hoveredItem;
    state.hoveredCluster = m_hoveredCluster;
    if (m_drag == Drag::Brush) {
        state.windowFrom = m_brushFrom;
        state.windowTo = m_brushTo;
    } else {
        state.windowFrom = m_document->filter()->state().from();
        state.windowTo = m_document->filter()->state().to();
    }
    state.showWindow = state.windowFrom.isValid() || state.windowTo.isValid();
    state.conflictLegend = m_hasConflicts;
    state.legendMaxRows = LegendMaxRows;
    state.verticalOffset = m_scrollBar->value();
    state.emptyText = m_document->dataset().eventCount() == 0 ? tr("No dataset loaded.")
                                                             : tr("No events match the filter.");
    return state;
}

void TimelineView::paintEvent(QPaintEvent *)
{
    ensureLayout();
    QPainter painter(this);
    m_renderer.paint(painter, QRectF(rect()), m_scale, m_layout, renderState());
    if (hasFocus()) {
        // The keyboard focus: a thin frame around the whole view, the current event carries the
        // selection highlight.
        painter.setPen(QPen(palette().color(QPalette::Highlight), 1));
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5));
    }
}

void TimelineView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    ensureLayout();
    updateScrollBar();
    updateClearButton();
}

void TimelineView::changeEvent(QEvent *event)
{
    switch (event->type()) {
    case QEvent::FontChange:
        m_itemsDirty = true; // titles are measured in the font
        break;
    case QEvent::LayoutDirectionChange:
        syncScaleGeometry();
        updateScrollBar();
        updateClearButton();
        break;
    default:
        break;
    }
    QWidget::changeEvent(event);
    update();
}

void TimelineView::scaleChanged()
{
    update();
    Q_EMIT visibleRangeChanged(m_scale.firstVisibleDate(), m_scale.lastVisibleDate());
}

void TimelineView::zoomAbout(double factor, double x)
{
    syncScaleGeometry();
    m_scale.zoomAbout(factor, x);
    scaleChanged();
}

void TimelineView::zoomIn()
{
    // Keyboard and menu zoom keep the current event in place when it is on screen.
    double x = width() / 2.0;
    ensureLayout();
    const int item = currentItem();
    if (item >= 0) {
        const double itemX = m_scale.xForDay(m_layout.items().at(item).startDay + 0.5);
        if (itemX >= 0 && itemX <= width())
            x = itemX;
    }
    zoomAbout(ZoomStep, x);
}

void TimelineView::zoomOut()
{
    zoomAbout(1 / ZoomStep, width() / 2.0);
}

void TimelineView::fitAll()
{
    syncScaleGeometry();
    if (m_scale.limitSpanDays() > 0)
        m_scale.setVisibleRange(m_scale.limitFirstDay(), m_scale.limitSpanDays());
    scaleChanged();
}

void TimelineView::fitSelection()
{
    ensureLayout();
    double first = 0;
    double last = 0;
    bool any = false;
    for (const QModelIndex &index : m_document->eventSelection()->selectedRows()) {
        const int item = m_layout.itemIndex(index.data(EventModel::IdRole).toString());
        if (item < 0)
            continue;
        const TimelineItem &it = m_layout.items().at(item);
        first = any ? std::min(first, it.startDay) : it.startDay;
        last = any ? std::max(last, it.endDay) : it.endDay;
        any = true;
    }
    if (!any)
        return;
    m_scale.fitDays(first, last, 0.25);
    scaleChanged();
}

void TimelineView::setVisibleDates(QDate first, QDate last)
{
    syncScaleGeometry();
    m_needsFit = false;
    m_scale.setVisibleDates(first, last);
    m_scale.clamp();
    scaleChanged();
}

void TimelineView::clearTimeWindow()
{
    m_document->filter()->setTimeWindow(QDate(), QDate());
}

void TimelineView::updateClearButton()
{
    const bool show = m_document->filter()->state().hasTimeWindow();
    m_clearWindowButton->setVisible(show);
    if (show) {
        m_clearWindowButton->adjustSize();
        const QSize size = m_clearWindowButton->sizeHint();
        const int y = std::max(0, int(axisHeight()) - size.height() - 2);
        const int x = axisLayoutDirection() == Qt::RightToLeft ? 2 : width() - size.width() - 2;
        m_clearWindowButton->setGeometry(x, y, size.width(), size.height());
    }
    update();
}

void TimelineView::setLanes(const QSet<QString> &categories)
{
    QSet<QString> hidden;
    for (const QString &category : std::as_const(m_categories)) {
        if (!categories.contains(category))
            hidden.insert(category);
    }
    if (hidden == m_hiddenCategories)
        return;
    m_hiddenCategories = hidden;
    update();
    Q_EMIT lanesChanged();
}

QSet<QString> TimelineView::visibleLanes() const
{
    QSet<QString> visible;
    for (const QString &category : m_categories) {
        if (!m_hiddenCategories.contains(category))
            visible.insert(category);
    }
    return visible;
}

void TimelineView::toggleLane(const QString &category)
{
    QSet<QString> visible = visibleLanes();
    if (visible.contains(category))
        visible.remove(category);
    else
        visible.insert(category);
    setLanes(visible);
}

QRect TimelineView::eventRect(const QString &eventId)
{
    ensureLayout();
    const int item = m_layout.itemIndex(eventId);
    const int placed = item < 0 ? -1 : m_layout.placedIndexOfItem(item);
    if (placed < 0)
        return {};
    const QRect rect = m_layout.markerRect(m_layout.placed().at(placed), m_scale)
                               .translated(0, -m_scrollBar->value())
                               .toAlignedRect();
    const QRect lanes(0, int(axisHeight()), width(), int(lanesViewportHeight()));
    return rect.intersected(lanes);
}

int TimelineView::currentItem() const
{
    const QString id = m_document->currentEventId();
    return id.isEmpty() ? -1 : m_layout.itemIndex(id);
}

void TimelineView::selectItem(int item)
{
    if (item < 0 || item >= m_layout.items().size())
        return;
    const QModelIndex index = m_document->eventFilterModel()->index(m_layout.items().at(item).modelRow, 0);
    m_document->eventSelection()->setCurrentIndex(
            index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows | QItemSelectionModel::Current);
}

void TimelineView::stepSelection(int step)
{
    ensureLayout();
    const int next = m_layout.nextItem(currentItem(), step);
    if (next >= 0)
        selectItem(next);
}

void TimelineView::followCurrent()
{
    update();
    ensureLayout();
    const int item = currentItem();
    if (item < 0)
        return;
    const TimelineItem &current = m_layout.items().at(item);
    const double before = m_scale.firstDay();
    const double span = m_scale.spanDays();
    m_scale.ensureVisible(current.startDay, current.endDay);
    // An event gathered into a badge is not drawn on its own: zoom in around it until it is.
    for (int attempt = 0; attempt < 10; ++attempt) {
        ensureLayout();
        if (m_layout.placedIndexOfItem(item) >= 0 || m_scale.spanDays() <= TimelineScale::MinimumSpanDays)
            break;
        m_scale.zoomAbout(2.0, m_scale.xForDay((current.startDay + current.endDay) / 2));
        m_scale.ensureVisible(current.startDay, current.endDay);
    }
    // And vertically, when the lanes scroll.
    const int placed = m_layout.placedIndexOfItem(item);
    if (placed >= 0 && m_scrollBar->isVisible()) {
        const TimelineLayout::Placed &p = m_layout.placed().at(placed);
        const double top = m_layout.rowTop(p.lane, p.row) - axisHeight();
        const double bottom = top + m_layout.options().rowHeight;
        const double viewport = lanesViewportHeight();
        if (top < m_scrollBar->value())
            m_scrollBar->setValue(int(top));
        else if (bottom > m_scrollBar->value() + viewport)
            m_scrollBar->setValue(int(std::ceil(bottom - viewport)));
    }
    if (before != m_scale.firstDay() || span != m_scale.spanDays())
        scaleChanged();
}

bool TimelineView::event(QEvent *event)
{
    switch (event->type()) {
    case QEvent::ToolTip: {
        const auto *help = static_cast<QHelpEvent *>(event);
        showToolTip(help->pos(), help->globalPos());
        return true;
    }
    case QEvent::NativeGesture: {
        const auto *gesture = static_cast<QNativeGestureEvent *>(event);
        if (gesture->gestureType() == Qt::ZoomNativeGesture) {
            zoomAbout(1.0 + gesture->value(), gesture->position().x());
            return true;
        }
        break;
    }
    case QEvent::Gesture: {
        auto *gestureEvent = static_cast<QGestureEvent *>(event);
        if (auto *pinch = static_cast<QPinchGesture *>(gestureEvent->gesture(Qt::PinchGesture))) {
            if (pinch->changeFlags() & QPinchGesture::ScaleFactorChanged) {
                const QPointF centre = mapFromGlobal(pinch->centerPoint().toPoint());
                zoomAbout(pinch->scaleFactor(), centre.x());
            }
            gestureEvent->accept(pinch);
            return true;
        }
        break;
    }
    default:
        break;
    }
    return QWidget::event(event);
}

void TimelineView::wheelEvent(QWheelEvent *event)
{
    const QPoint angle = event->angleDelta();
    const QPoint pixels = event->pixelDelta();
    if (event->modifiers() & Qt::AltModifier) {
        // Alt turns the wheel into vertical scrolling of the lanes (some platforms report the
        // turned delta on x).
        const int delta = angle.y() ? angle.y() : angle.x();
        m_scrollBar->setValue(m_scrollBar->value() - delta * m_scrollBar->singleStep() / 40);
        event->accept();
        return;
    }
    const bool horizontal = std::abs(angle.x()) > std::abs(angle.y()) || event->modifiers() & Qt::ShiftModifier;
    if (horizontal) {
        const double dx = !pixels.isNull() ? (pixels.x() ? pixels.x() : pixels.y())
                                           : (angle.x() ? angle.x() : angle.y()) / 2.0;
        syncScaleGeometry();
        m_scale.panByPixels(axisLayoutDirection() == Qt::RightToLeft ? -dx : dx);
        scaleChanged();
    } else if (angle.y() != 0) {
        // One notch (120) zooms by 2^(1/4): four notches double the pixels per day.
        zoomAbout(std::pow(2.0, angle.y() / 480.0), event->position().x());
    }
    event->accept();
}

void TimelineView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton) {
        QWidget::mousePressEvent(event);
        return;
    }
    m_pressPos = event->position();
    m_lastDragX = event->position().x();
    if (event->position().y() < axisHeight()) {
        m_drag = Drag::Brush;
        m_brushAnchorDay = m_scale.dayForX(event->position().x());
        m_brushFrom = QDate::fromJulianDay(qint64(std::floor(m_brushAnchorDay)));
        m_brushTo = m_brushFrom;
    } else {
        m_drag = Drag::PendingClick;
    }
    event->accept();
}

void TimelineView::mouseMoveEvent(QMouseEvent *event)
{
    const QPointF pos = event->position();
    switch (m_drag) {
    case Drag::PendingClick:
        if ((pos - m_pressPos).manhattanLength() < QApplication::startDragDistance())
            return;
        m_drag = Drag::Pan;
        setCursor(Qt::ClosedHandCursor);
        Q_FALLTHROUGH();
    case Drag::Pan:
        m_scale.panByPixels(pos.x() - m_lastDragX);
        m_lastDragX = pos.x();
        scaleChanged();
        return;
    case Drag::Brush: {
        const double day = m_scale.dayForX(pos.x());
        const double a = std::min(day, m_brushAnchorDay);
        const double b = std::max(day, m_brushAnchorDay);
        m_brushFrom = QDate::fromJulianDay(qint64(std::floor(a)));
        m_brushTo = QDate::fromJulianDay(qint64(std::floor(b)));
        update();
        return;
    }
    case Drag::None:
        break;
    }

    // Hover feedback.
    const TimelineLayout::Hit hit = hitTest(pos);
    const int hoveredItem = hit.kind == TimelineLayout::Hit::Item ? hit.index : -1;
    const int hoveredCluster = hit.kind == TimelineLayout::Hit::Cluster ? hit.index : -1;
    if (hoveredItem != m_hoveredItem || hoveredCluster != m_hoveredCluster) {
        m_hoveredItem = hoveredItem;
        m_hoveredCluster = hoveredCluster;
        update();
    }
    if (pos.y() < axisHeight())
        setCursor(Qt::SplitHCursor);
    else if (hoveredItem >= 0 || hoveredCluster >= 0 || !legendCategoryAt(pos.toPoint()).isEmpty()
             || isMoreEntry(legendEntryAt(pos.toPoint())))
        setCursor(Qt::PointingHandCursor);
    else
        unsetCursor();
}

void TimelineView::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton) {
        QWidget::mouseReleaseEvent(event);
        return;
    }
    const Drag drag = m_drag;
    m_drag = Drag::None;
    unsetCursor();
    const QPointF pos = event->position();
    if (drag == Drag::Brush) {
        // A click on the axis without a drag is not a window.
        if (std::abs(pos.x() - m_pressPos.x()) >= 3)
            m_document->filter()->setTimeWindow(m_brushFrom, m_brushTo);
        update();
        return;
    }
    if (drag != Drag::PendingClick)
        return;

    const std::optional<TimelineRenderer::LegendEntry> entry = legendEntryAt(pos.toPoint());
    if (isMoreEntry(entry)) {
        // The lanes the legend had no room to name, to show or hide.
        QMenu menu(this);
        addLaneActions(menu, entry->moreCategories);
        menu.exec(mapToGlobal(entry->rect.topLeft().toPoint()));
        return;
    }
    if (entry && !entry->category.isEmpty()) {
        toggleLane(entry->category);
        return;
    }
    const TimelineLayout::Hit hit = hitTest(pos);
    switch (hit.kind) {
    case TimelineLayout::Hit::Item:
        selectItem(hit.index);
        break;
    case TimelineLayout::Hit::Cluster: {
        // Every event of the badge inside the view, titles too, with a margin at both edges.
        m_scale.fitFootprints(m_layout.footprints(m_layout.clusters().at(hit.index).items), ZoomMargin);
        scaleChanged();
        break;
    }
    case TimelineLayout::Hit::Density: {
        // Ten bars either side of the one clicked fill the width: the bars turn into events
        // once there is room for them.
        const double binDays = m_layout.densityBinDays();
        const double start = TimeBins::binStart(m_scale.dayForX(toLayout(pos).x()), binDays);
        m_scale.fitDays(start - 10 * binDays, start + 11 * binDays, 0);
        scaleChanged();
        break;
    }
    case TimelineLayout::Hit::LaneHeader:
    case TimelineLayout::Hit::Nothing:
        m_document->eventSelection()->clear();
        break;
    }
}

void TimelineView::mouseDoubleClickEvent(QMouseEvent *event)
{
    const TimelineLayout::Hit hit = hitTest(event->position());
    if (hit.kind == TimelineLayout::Hit::Item) {
        selectItem(hit.index);
        Q_EMIT activated(m_layout.items().at(hit.index).id);
        return;
    }
    QWidget::mouseDoubleClickEvent(event);
}

void TimelineView::keyPressEvent(QKeyEvent *event)
{
    const bool rtl = axisLayoutDirection() == Qt::RightToLeft;
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomIn();
        break;
    case Qt::Key_Minus:
        zoomOut();
        break;
    case Qt::Key_0:
        fitAll();
        break;
    case Qt::Key_Right:
        // Arrows move visually: in a mirrored axis the right arrow goes back in time.
        stepSelection(rtl ? -1 : 1);
        break;
    case Qt::Key_Left:
        stepSelection(rtl ? 1 : -1);
        break;
    case Qt::Key_Home:
        ensureLayout();
        if (!m_layout.chronological().isEmpty())
            selectItem(m_layout.chronological().first());
        break;
    case Qt::Key_End:
        ensureLayout();
        if (!m_layout.chronological().isEmpty())
            selectItem(m_layout.chronological().last());
        break;
    case Qt::Key_PageUp:
        m_scrollBar->triggerAction(QAbstractSlider::SliderPageStepSub);
        break;
    case Qt::Key_PageDown:
        m_scrollBar->triggerAction(QAbstractSlider::SliderPageStepAdd);
        break;
    case Qt::Key_Return:
    case Qt::Key_Enter: {
        const QString id = m_document->currentEventId();
        if (id.isEmpty())
            return QWidget::keyPressEvent(event);
        Q_EMIT activated(id);
        break;
    }
    case Qt::Key_Escape:
        if (m_drag == Drag::Brush) {
            m_drag = Drag::None;
            update();
        } else if (m_document->filter()->state().hasTimeWindow()) {
            clearTimeWindow();
        } else {
            return QWidget::keyPressEvent(event);
        }
        break;
    default:
        return QWidget::keyPressEvent(event);
    }
    event->accept();
}

void TimelineView::contextMenuEvent(QContextMenuEvent *event)
{
    QMenu menu(this);
    addLaneActions(menu, m_categories);
    menu.addSeparator();
    menu.addAction(tr("Zoom In"), this, &TimelineView::zoomIn);
    menu.addAction(tr("Zoom Out"), this, &TimelineView::zoomOut);
    menu.addAction(tr("Fit All"), this, &TimelineView::fitAll);
    QAction *fitSelected = menu.addAction(tr("Fit Selection"), this, &TimelineView::fitSelection);
    fitSelected->setEnabled(m_document->eventSelection()->hasSelection());
    QAction *clearWindow = menu.addAction(tr("Clear Time Window"), this, &TimelineView::clearTimeWindow);
    clearWindow->setEnabled(m_document->filter()->state().hasTimeWindow());
    menu.exec(event->globalPos());
}

void TimelineView::addLaneActions(QMenu &menu, const QStringList &categories)
{
    menu.addSection(tr("Lanes"));
    for (const QString &category : categories) {
        QAction *action = menu.addAction(m_categoryText.value(category, category));
        action->setCheckable(true);
        action->setChecked(!m_hiddenCategories.contains(category));
        connect(action, &QAction::toggled, this, [this, category] { toggleLane(category); });
    }
    QAction *showAll = menu.addAction(tr("Show All Lanes"));
    showAll->setEnabled(!m_hiddenCategories.isEmpty());
    connect(showAll, &QAction::triggered, this, [this] {
        setLanes(QSet<QString>(m_categories.cbegin(), m_categories.cend()));
    });
}

void TimelineView::leaveEvent(QEvent *event)
{
    if (m_hoveredItem >= 0 || m_hoveredCluster >= 0) {
        m_hoveredItem = -1;
        m_hoveredCluster = -1;
        update();
    }
    QWidget::leaveEvent(event);
}

void TimelineView::showToolTip(const QPoint &pos, const QPoint &globalPos)
{
    const TimelineLayout::Hit hit = hitTest(pos);
    const Formatter formatter = m_document->formatter();
    QString html;
    if (hit.kind == TimelineLayout::Hit::Item) {
        const TimelineItem &item = m_layout.items().at(hit.index);
        const QModelIndex index = m_document->eventFilterModel()->index(item.modelRow, 0);
        QString precision;
        switch (item.precision) {
        case DatePrecision::Day: precision = item.isRange ? tr("between these days") : tr("exact day"); break;
        case DatePrecision::Week: precision = tr("within this week"); break;
        case DatePrecision::Month: precision = tr("month only"); break;
        case DatePrecision::Year: precision = tr("year only"); break;
        }
        const EventRef event = m_document->eventModel()->eventAt(m_document->eventFilterModel()->mapToSource(index).row());
        const QString dateText = event ? formatter.dateWithHijri(event->date) : index.data(EventModel::DateTextRole).toString();
        QString date = tr("%1 (%2)").arg(dateText, precision);
        if (item.inferred)
            date = tr("≈ %1, inferred from context").arg(date);
        QStringList outlets;
        for (const QString &sourceId : index.data(EventModel::SourceIdsRole).toStringList()) {
            const Source *source = m_document->dataset().source(sourceId);
            outlets.append(source ? source->outlet.text(m_document->language()) : sourceId);
        }
        // The title in the UI language leads (TimelineItem::title), the other language follows.
        const bool arabic = m_document->language() == Language::Arabic;
        const QString otherTitle = index.data(arabic ? EventModel::TitleEnRole : EventModel::TitleArRole).toString();
        html = u"<b>%1</b><br/>"_s.arg(escaped(item.title));
        if (!otherTitle.isEmpty() && otherTitle != item.title)
            html += u"<span dir=\"%1\">%2</span><br/>"_s.arg(arabic ? u"ltr"_s : u"rtl"_s, escaped(otherTitle));
        html += escaped(date);
        if (!outlets.isEmpty())
            html += u"<br/>"_s + escaped(tr("Source: %1").arg(outlets.join(tr(", "))));
        if (!item.conflictsWith.isEmpty())
            html += u"<br/><i>%1</i>"_s.arg(escaped(tr("Conflicts with another account")));
    } else if (hit.kind == TimelineLayout::Hit::Density) {
        const TimelineLayout::DensityBin bin = m_layout.densityBinAt(hit.index, m_scale.dayForX(toLayout(pos).x()));
        const QDate first = QDate::fromJulianDay(qint64(std::floor(bin.startDay)));
        const QDate last = QDate::fromJulianDay(qint64(std::ceil(bin.endDay)) - 1);
        const QString span = first == last ? formatter.date(first, DatePrecision::Day)
                                           : tr("%1 – %2").arg(formatter.date(first, DatePrecision::Day),
                                                                formatter.date(last, DatePrecision::Day));
        html = u"<b>%1</b><br/>%2"_s.arg(escaped(TimelineRenderer::clusterText(bin.count, formatter)), escaped(span));
        if (bin.uncertain > 0)
            html += u"<br/>"_s + escaped(tr("%1 of them dated only to a week, month, year or range")
                                             .arg(formatter.number(double(bin.uncertain))));
        html += u"<br/><i>%1</i>"_s.arg(escaped(tr("Click to zoom in")));
    } else if (hit.kind == TimelineLayout::Hit::Cluster) {
        const TimelineLayout::Cluster &cluster = m_layout.clusters().at(hit.index);
        html = u"<b>%1</b>"_s.arg(escaped(TimelineRenderer::clusterText(int(cluster.items.size()), formatter)));
        const int shown = int(std::min<qsizetype>(cluster.items.size(), 8));
        for (int i = 0; i < shown; ++i)
            html += u"<br/>"_s + escaped(m_layout.items().at(cluster.items.at(i)).title);
        if (cluster.items.size() > shown)
            html += u"<br/>…"_s;
        html += u"<br/><i>%1</i>"_s.arg(escaped(tr("Click to zoom in")));
    } else {
        const std::optional<TimelineRenderer::LegendEntry> entry = legendEntryAt(pos);
        if (isMoreEntry(entry)) {
            QStringList names;
            for (const QString &category : std::as_const(entry->moreCategories))
                names.append(escaped(m_categoryText.value(category, category)));
            html = names.join(u"<br/>"_s) + u"<br/><i>%1</i>"_s.arg(escaped(tr("Click to show or hide these lanes")));
        } else if (entry && entry->kind == TimelineRenderer::LegendEntry::Conflicts && entry->elided) {
            html = escaped(TimelineRenderer::conflictLegendText());
        } else if (entry && !entry->category.isEmpty()) {
            // A shortened name is given whole.
            const QString action = escaped(m_hiddenCategories.contains(entry->category) ? tr("Click to show this lane")
                                                                                      : tr("Click to hide this lane"));
            html = entry->elided ? u"<b>%1</b><br/>%2"_s.arg(escaped(m_categoryText.value(entry->category, entry->category)), action)
                                 : action;
        } else if (pos.y() < axisHeight()) {
            html = escaped(tr("Drag along the axis to filter by a time window"));
        }
    }
    if (html.isEmpty())
        QToolTip::hideText();
    else
        QToolTip::showText(globalPos, html, this);
}

} // namespace Atlas
