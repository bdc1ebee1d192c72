// SPDX-License-Identifier: GPL-3.0-or-later
#include "timelinerenderer.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPaintDevice>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace Atlas {

namespace {

QFontMetricsF metricsFor(const QFont &font, const QPaintDevice *device)
{
    // QFontMetricsF(font, device) measures at the device's DPI (a 300 dpi PNG, a PDF).
    return device ? QFontMetricsF(font, device) : QFontMetricsF(font);
}

QFont smallerFont(const QFont &font)
{
    QFont small = font;
    if (font.pointSizeF() > 0)
        small.setPointSizeF(font.pointSizeF() * 0.85);
    else if (font.pixelSize() > 0)
        small.setPixelSize(std::max(8, int(font.pixelSize() * 0.85)));
    return small;
}

QFont boldFont(const QFont &font)
{
    QFont bold = font;
    bold.setBold(true);
    return bold;
}

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightnessF() < 0.5;
}

QColor withAlpha(QColor color, double alpha)
{
    color.setAlphaF(float(alpha));
    return color;
}

// Horizontal text placed at `x` reading away from it: to the right in LTR, to the left in RTL.
QRectF textRectFrom(double x, double top, double width, double height, Qt::LayoutDirection direction)
{
    return direction == Qt::RightToLeft ? QRectF(x - width, top, width, height)
                                        : QRectF(x, top, width, height);
}

Qt::Alignment leadingAlignment(Qt::LayoutDirection direction)
{
    // Absolute: the painter is right-to-left in RTL, where a plain AlignRight means the left edge.
    return (direction == Qt::RightToLeft ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignAbsolute | Qt::AlignVCenter;
}

} // namespace

TimelineRenderer::TimelineRenderer(const QPaintDevice *device)
    : m_device(device)
{
}

TimelineLayout::Options TimelineRenderer::layoutOptions(const QFont &font) const
{
    const QFontMetricsF metrics = metricsFor(font, m_device);
    const QFontMetricsF small = metricsFor(smallerFont(font), m_device);
    TimelineLayout::Options options;
    const double unit = metrics.height();
    options.barHeight = std::max(4.0, std::round(unit * 0.4));
    options.rowHeight = std::ceil(unit + options.barHeight + 5);
    options.laneHeaderHeight = std::ceil(small.height() + 4);
    options.laneGap = std::ceil(unit * 0.5);
    options.markerRadius = std::max(4.0, std::round(unit * 0.33));
    options.labelGap = std::ceil(unit * 0.3);
    options.maxLabelWidth = std::ceil(metrics.averageCharWidth() * 30);
    options.itemGap = std::ceil(unit * 0.7);
    options.inferredMarkWidth = std::ceil(metrics.horizontalAdvance(u"≈ "_s));
    options.clusterWidth = std::ceil(metrics.horizontalAdvance(u"00,000 events"_s) + unit);
    return options;
}

double TimelineRenderer::axisHeight(const QFont &font) const
{
    const QFontMetricsF metrics = metricsFor(font, m_device);
    const QFontMetricsF small = metricsFor(smallerFont(font), m_device);
    return std::ceil(metrics.height() + small.height() + 10);
}

QList<TimelineRenderer::LegendEntry> TimelineRenderer::legendEntries(const QRectF &area,
                                                                     const State &state,
                                                                     Qt::LayoutDirection direction) const
{
    const QFontMetricsF metrics = metricsFor(state.font, m_device);
    const double swatch = std::round(metrics.height() * 0.7);
    const double lineHeight = std::ceil(metrics.height() + 6);
    const double spacing = std::ceil(metrics.height() * 0.8);
    const double margin = 8;
    const double usable = area.width() - 2 * margin;

    struct Wanted
    {
        LegendEntry::Kind kind;
        QString category;
        QString text;
        double textWidth;
        double sample;     // the swatch or the dashed line, and the gap after it
    };
    QList<Wanted> wanted;
    for (const QString &category : state.categories) {
        if (!state.legendListsHidden && state.hiddenCategories.contains(category))
            continue;
        const QString text = state.categoryText.value(category, category);
        wanted.append({LegendEntry::Category, category, text, metrics.horizontalAdvance(text), swatch + 6});
    }
    if (state.conflictLegend) {
        const QString text = conflictLegendText();
        wanted.append({LegendEntry::Conflicts, QString(), text, metrics.horizontalAdvance(text), swatch * 2 + 6});
    }
    const auto entryWidth = [](const Wanted &entry, double cap) { return entry.sample + std::min(entry.textWidth, cap) + 4; };
    // Rows that the first `count` entries (and a "more" entry of `moreWidth`) take with texts cut to `cap`.
    const auto rowsFor = [&](qsizetype count, double cap, double moreWidth) {
        int rows = count > 0 || moreWidth > 0 ? 1 : 0;
        double x = 0;
        const auto place = [&](double width) {
            if (x > 0 && x + width > usable) {
                ++rows;
                x = 0;
            }
            x += width + spacing;
        };
        for (qsizetype i = 0; i < count; ++i)
            place(entryWidth(wanted.at(i), cap));
        if (moreWidth > 0)
            place(moreWidth);
        return rows;
    };

    double cap = 1e9;
    qsizetype shown = wanted.size();
    double moreWidth = 0;
    const int maxRows = state.legendMaxRows;
    if (maxRows > 0 && rowsFor(shown, cap, 0) > maxRows) {
        // The widest cut that fits the rows; below a few letters a name says nothing, so then
        // the last entries give way to "+N more" instead.
        const double shortest = std::ceil(metrics.averageCharWidth() * 7);
        double longest = 0;
        for (const Wanted &entry : std::as_const(wanted))
            longest = std::max(longest, entry.textWidth);
        if (rowsFor(shown, shortest, 0) <= maxRows) {
            double low = shortest;
            double high = longest;
            while (high - low > 1) {
                const double middle = std::floor((low + high) / 2);
                (rowsFor(shown, middle, 0) <= maxRows ? low : high) = middle;
            }
            cap = low;
        } else {
            cap = shortest;
            while (shown > 0) {
                --shown;
                moreWidth = metrics.horizontalAdvance(moreLegendText(int(wanted.size() - shown), state.formatter)) + 8;
                if (rowsFor(shown, cap, moreWidth) <= maxRows)
                    break;
            }
        }
    }

    QList<LegendEntry> entries;
    double x = margin;
    double y = area.top() + 4;
    const auto add = [&](LegendEntry entry, double width) {
        if (x > margin && x + width > area.width() - margin) {
            x = margin;
            y += lineHeight;
        }
        // Entries flow in reading order: from the right edge in RTL.
        const double left = direction == Qt::RightToLeft ? area.right() - x - width : area.left() + x;
        entry.rect = QRectF(left, y, width, lineHeight);
        entries.append(entry);
        x += width + spacing;
    };
    for (qsizetype i = 0; i < shown; ++i) {
        const Wanted &want = wanted.at(i);
        LegendEntry entry;
        entry.kind = want.kind;
        entry.category = want.category;
        entry.elided = want.textWidth > cap;
        entry.text = entry.elided ? metrics.elidedText(want.text, Qt::ElideRight, cap) : want.text;
        add(entry, want.sample + (entry.elided ? metrics.horizontalAdvance(entry.text) : want.textWidth) + 4);
    }
    if (shown < wanted.size()) {
        LegendEntry more;
        more.kind = LegendEntry::More;
        more.text = moreLegendText(int(wanted.size() - shown), state.formatter);
        for (qsizetype i = shown; i < wanted.size(); ++i) {
            if (wanted.at(i).kind == LegendEntry::Category)
                more.moreCategories.append(wanted.at(i).category);
        }
        add(more, moreWidth);
    }
    return entries;
}

QString TimelineRenderer::moreLegendText(int count, const Formatter &formatter)
{
    //: The timeline legend's last entry, standing for the lanes it had no room to name
    const QString text = QCoreApplication::translate("Atlas::TimelineRenderer", "+%1 more", nullptr, count);
    return text.arg(formatter.number(count));
}

QString TimelineRenderer::conflictLegendText()
{
    return QCoreApplication::translate("Atlas::TimelineRenderer", "Accounts that conflict");
}

double TimelineRenderer::legendHeight(double width, const State &state) const
{
    const QList<LegendEntry> entries = legendEntries(QRectF(0, 0, width, 0), state, Qt::LeftToRight);
    if (entries.isEmpty())
        return 0;
    return entries.last().rect.bottom() + 4;
}

QColor TimelineRenderer::categoryColor(const QString &category, const QStringList &categories,
                                       const QPalette &palette)
{
    // Well-separated hues; lightness follows the palette so colours read on light and dark bases.
    static constexpr int hues[] = {212, 28, 140, 355, 270, 45, 185, 320, 95, 15, 240, 165, 295, 60};
    const int index = std::max(0, int(categories.indexOf(category)));
    const int hue = hues[index % std::size(hues)];
    const bool dark = isDark(palette);
    const double lightnessShift = (index / int(std::size(hues))) * 0.12;
    return QColor::fromHslF(float(hue / 360.0), dark ? 0.62f : 0.68f,
                            float((dark ? 0.66 : 0.42) + (dark ? -lightnessShift : lightnessShift)));
}

QColor TimelineRenderer::conflictColor(const QPalette &palette)
{
    // A warm colour that is not a category hue's twin, readable on both bases.
    return isDark(palette) ? QColor(255, 120, 110) : QColor(196, 30, 58);
}

QString TimelineRenderer::clusterText(int count, const Formatter &formatter)
{
    // Two source texts so English reads "1 event"; `count` still picks the plural form a
    // translation (Arabic has six) provides.
    const QString text = count == 1
        //: A badge on the timeline standing for events too dense to draw one by one
        ? QCoreApplication::translate("Atlas::TimelineRenderer", "%1 event", nullptr, count)
        //: A badge on the timeline standing for events too dense to draw one by one
        : QCoreApplication::translate("Atlas::TimelineRenderer", "%1 events", nullptr, count);
    // Arabic says one and two in words (حدث واحد، حدثان), without the number.
    return text.contains("%1"_L1) ? text.arg(formatter.number(count)) : text;
}

QString TimelineRenderer::tickLabel(const TimelineScale::Tick &tick, const Formatter &formatter)
{
    if (formatter.language() != m_labelLanguage || formatter.digits() != m_labelDigits) {
        m_labelCache.clear();
        m_labelLanguage = formatter.language();
        m_labelDigits = formatter.digits();
    }
    // ICU formatting costs far more than a hash lookup; the axis asks for the same labels on
    // every frame.
    const QString key = QString::number(int(tick.unit)) + (tick.major ? u'M' : u'm')
            + QString::number(tick.date.toJulianDay());
    auto it = m_labelCache.constFind(key);
    if (it != m_labelCache.constEnd())
        return *it;
    if (m_labelCache.size() > 4096)
        m_labelCache.clear();
    const QString label = TimelineScale::label(tick, formatter);
    m_labelCache.insert(key, label);
    return label;
}

void TimelineRenderer::paint(QPainter &painter, const QRectF &area, const TimelineScale &scale,
                             const TimelineLayout &layout, const State &state)
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setRenderHint(QPainter::TextAntialiasing, true);
    painter.setLayoutDirection(scale.direction());
    painter.setFont(state.font);

    const double axis = axisHeight(state.font);
    const double legend = legendHeight(area.width(), state);
    const QRectF axisArea(area.left(), area.top(), area.width(), axis);
    const QRectF legendArea(area.left(), area.bottom() - legend, area.width(), legend);
    const QRectF lanesArea(area.left(), area.top() + axis, area.width(),
                           std::max(0.0, area.height() - axis - legend));

    painter.fillRect(area, state.palette.color(QPalette::Base));
    const QList<TimelineScale::Tick> ticks = scale.ticks();

    painter.save();
    painter.setClipRect(lanesArea);
    // Lanes scroll vertically; the layout keeps its coordinates and the painter moves.
    const QRectF scrolledLanes = lanesArea.translated(0, state.verticalOffset);
    painter.translate(0, -state.verticalOffset);
    paintBackground(painter, scrolledLanes, layout, state);
    painter.translate(0, state.verticalOffset);
    paintGrid(painter, lanesArea, ticks, state);
    const bool anyDense = std::any_of(layout.lanes().cbegin(), layout.lanes().cend(),
                                      [](const TimelineLayout::Lane &lane) { return lane.denseItems > 0; });
    if (layout.placed().isEmpty() && layout.clusters().isEmpty() && !anyDense && !state.emptyText.isEmpty()) {
        painter.setPen(state.palette.color(QPalette::PlaceholderText));
        painter.drawText(lanesArea, Qt::AlignCenter | Qt::TextWordWrap, state.emptyText);
    }
    painter.translate(0, -state.verticalOffset);
    paintConflicts(painter, scale, layout, state);
    paintDensity(painter, scrolledLanes, scale, layout, state);
    paintItems(painter, scrolledLanes, scale, layout, state);
    paintClusters(painter, scrolledLanes, scale, layout, state);
    paintLaneHeaders(painter, scrolledLanes, layout, state, scale.direction());
    painter.translate(0, state.verticalOffset);
    paintWindow(painter, lanesArea, scale, state);
    painter.restore();

    painter.save();
    painter.setClipRect(axisArea);
    paintAxis(painter, axisArea, scale, state);
    paintWindow(painter, axisArea, scale, state);
    painter.restore();

    if (legend > 0)
        paintLegend(painter, legendArea, state, scale.direction());
    painter.restore();
}

void TimelineRenderer::paintBackground(QPainter &painter, const QRectF &lanesArea,
                                       const TimelineLayout &layout, const State &state) const
{
    const QColor alternate = state.palette.color(QPalette::AlternateBase);
    for (int i = 0; i < layout.lanes().size(); ++i) {
        if (i % 2 == 0)
            continue;
        const TimelineLayout::Lane &lane = layout.lanes().at(i);
        const double gap = layout.options().laneGap / 2;
        painter.fillRect(QRectF(lanesArea.left(), lane.top - gap, lanesArea.width(), lane.height + 2 * gap),
                         alternate);
    }
}

void TimelineRenderer::paintGrid(QPainter &painter, const QRectF &lanesArea,
                                 const QList<TimelineScale::Tick> &ticks, const State &state) const
{
    const QColor mid = state.palette.color(QPalette::Mid);
    const QPen minorPen(withAlpha(mid, 0.25), 0);
    const QPen majorPen(withAlpha(mid, 0.6), 0);
    painter.setRenderHint(QPainter::Antialiasing, false);
    for (const TimelineScale::Tick &tick : ticks) {
        if (tick.x < lanesArea.left() - 1 || tick.x > lanesArea.right() + 1)
            continue;
        painter.setPen(tick.major ? majorPen : minorPen);
        painter.drawLine(QLineF(tick.x, lanesArea.top(), tick.x, lanesArea.bottom()));
    }
    painter.setRenderHint(QPainter::Antialiasing, true);
}

void TimelineRenderer::paintWindow(QPainter &painter, const QRectF &area, const TimelineScale &scale,
                                   const State &state) const
{
    if (!state.showWindow || (!state.windowFrom.isValid() && !state.windowTo.isValid()))
        return;
    const bool rtl = scale.direction() == Qt::RightToLeft;
    const double leading = rtl ? area.right() : area.left();
    const double trailing = rtl ? area.left() : area.right();
    const double x1 = state.windowFrom.isValid() ? scale.xForDate(state.windowFrom) : leading;
    const double x2 = state.windowTo.isValid() ? scale.xForDay(double(state.windowTo.toJulianDay()) + 1)
                                               : trailing;
    const QRectF band(std::min(x1, x2), area.top(), std::abs(x2 - x1), area.height());
    const QColor highlight = state.palette.color(QPalette::Highlight);
    painter.fillRect(band, withAlpha(highlight, isDark(state.palette) ? 0.22 : 0.14));
    painter.setPen(QPen(withAlpha(highlight, 0.9), 1.5));
    if (state.windowFrom.isValid())
        painter.drawLine(QLineF(x1, area.top(), x1, area.bottom()));
    if (state.windowTo.isValid())
        painter.drawLine(QLineF(x2, area.top(), x2, area.bottom()));
}

void TimelineRenderer::paintConflicts(QPainter &painter, const TimelineScale &scale,
                                      const TimelineLayout &layout, const State &state) const
{
    if (layout.conflictPairs().isEmpty())
        return;
    QPen pen(conflictColor(state.palette), 1.5, Qt::DashLine);
    pen.setCapStyle(Qt::RoundCap);
    painter.setBrush(Qt::NoBrush);
    for (const auto &[a, b] : layout.conflictPairs()) {
        const int pa = layout.placedIndexOfItem(a);
        const int pb = layout.placedIndexOfItem(b);
        if (pa < 0 || pb < 0)
            continue;
        const QPointF p1 = layout.markerRect(layout.placed().at(pa), scale).center();
        const QPointF p2 = layout.markerRect(layout.placed().at(pb), scale).center();
        if (std::max(p1.x(), p2.x()) < 0 || std::min(p1.x(), p2.x()) > scale.width())
            continue;
        QPainterPath path(p1);
        if (std::abs(p1.y() - p2.y()) < 1) {
            // Same row: bow upwards so the link does not run along the row's markers.
            const double lift = std::clamp(std::abs(p2.x() - p1.x()) * 0.25, 14.0, 60.0);
            path.cubicTo(QPointF(p1.x(), p1.y() - lift), QPointF(p2.x(), p2.y() - lift), p2);
        } else {
            // Between rows or lanes: an S leaving and reaching each marker horizontally.
            const double middle = (p1.x() + p2.x()) / 2;
            path.cubicTo(QPointF(middle, p1.y()), QPointF(middle, p2.y()), p2);
        }
        const bool selected = state.selectedIds.contains(layout.items().at(a).id)
                || state.selectedIds.contains(layout.items().at(b).id);
        pen.setWidthF(selected ? 2.5 : 1.5);
        painter.setPen(pen);
        painter.drawPath(path);
    }
}

void TimelineRenderer::paintItems(QPainter &painter, const QRectF &lanesArea, const TimelineScale &scale,
                                  const TimelineLayout &layout, const State &state) const
{
    const double firstDay = std::min(scale.dayForX(lanesArea.left()), scale.dayForX(lanesArea.right()));
    const double lastDay = std::max(scale.dayForX(lanesArea.left()), scale.dayForX(lanesArea.right()));
    const QFontMetricsF metrics = metricsFor(state.font, m_device);
    for (int laneIndex = 0; laneIndex < layout.lanes().size(); ++laneIndex) {
        const TimelineLayout::Lane &lane = layout.lanes().at(laneIndex);
        if (lane.top > lanesArea.bottom() || lane.top + lane.height < lanesArea.top())
            continue;
        const QColor color = categoryColor(lane.category, state.categories, state.palette);
        for (int row = 0; row < lane.rowPlaced.size(); ++row) {
            const double rowTop = layout.rowTop(laneIndex, row);
            if (rowTop > lanesArea.bottom() || rowTop + layout.options().rowHeight < lanesArea.top())
                continue;
            for (int placed : layout.placedInRange(laneIndex, row, firstDay, lastDay))
                paintItem(painter, metrics, lanesArea, scale, layout, layout.placed().at(placed), state, color);
        }
    }
}

void TimelineRenderer::paintItem(QPainter &painter, const QFontMetricsF &metrics, const QRectF &visibleArea,
                                 const TimelineScale &scale, const TimelineLayout &layout,
                                 const TimelineLayout::Placed &placed, const State &state,
                                 const QColor &color) const
{
    const TimelineItem &item = layout.items().at(placed.item);
    const TimelineLayout::Options &options = layout.options();
    const QPalette &palette = state.palette;
    const bool selected = state.selectedIds.contains(item.id);
    const bool hovered = state.hoveredItem == placed.item;
    const bool rtl = scale.direction() == Qt::RightToLeft;
    const QRectF marker = layout.markerRect(placed, scale);
    const double rowTop = layout.rowTop(placed.lane, placed.row);

    if (selected || hovered) {
        const QRectF extent = layout.extentRect(placed, scale).adjusted(-3, 1, 3, -1);
        const QColor highlight = palette.color(QPalette::Highlight);
        painter.setPen(selected ? QPen(highlight, 1.5) : Qt::NoPen);
        painter.setBrush(withAlpha(highlight, selected ? 0.28 : 0.12));
        painter.drawRoundedRect(extent, 4, 4);
    }

    QPen outline(color, item.inferred ? 1.5 : 1.0, item.inferred ? Qt::DashLine : Qt::SolidLine);
    double titleStart = 0; // device x where the title (or its "≈") begins
    QRectF titleBox;
    switch (item.shape()) {
    case TimelineItem::Shape::Point:
        // An inferred day is hollow with a dashed ring: the day is worked out, not reported.
        painter.setPen(item.inferred ? outline : QPen(palette.color(QPalette::Base), 1.0));
        painter.setBrush(item.inferred ? palette.color(QPalette::Base) : color);
        painter.drawEllipse(marker);
        titleStart = rtl ? marker.left() - options.labelGap : marker.right() + options.labelGap;
        titleBox = QRectF(0, rowTop, 0, options.rowHeight);
        break;
    case TimelineItem::Shape::UncertainSpan: {
        // Somewhere within the month or year: faded and hatched over the whole period.
        painter.setPen(item.inferred ? outline : QPen(withAlpha(color, 0.7), 1.0));
        painter.setBrush(withAlpha(color, 0.22));
        painter.drawRect(marker);
        painter.setBrush(QBrush(withAlpha(color, 0.75), Qt::BDiagPattern));
        painter.drawRect(marker);
        titleStart = rtl ? marker.right() : marker.left();
        titleBox = QRectF(0, rowTop, 0, marker.top() - rowTop);
        break;
    }
    case TimelineItem::Shape::Range:
        painter.setPen(item.inferred ? outline : Qt::NoPen);
        painter.setBrush(item.inferred ? withAlpha(color, 0.45) : color);
        painter.drawRoundedRect(marker, 2, 2);
        titleStart = rtl ? marker.right() : marker.left();
        titleBox = QRectF(0, rowTop, 0, marker.top() - rowTop);
        break;
    }
    if (selected) {
        painter.setPen(QPen(palette.color(QPalette::Highlight), 2));
        painter.setBrush(Qt::NoBrush);
        painter.drawRoundedRect(marker.adjusted(-2, -2, 2, 2), 3, 3);
    }

    if (placed.labelWidth <= 0)
        return;
    if (placed.labelBefore) {
        // Near the end of the axis the title ends at the marker instead of starting there.
        titleStart = rtl ? marker.right() + options.labelGap : marker.left() - options.labelGap;
        titleBox = QRectF(0, rowTop, 0, item.shape() == TimelineItem::Shape::Point ? options.rowHeight : marker.top() - rowTop);
    } else if (item.shape() != TimelineItem::Shape::Point) {
        // A bar that starts off screen keeps its title at the visible edge while it lasts.
        const double edge = rtl ? std::min(titleStart, visibleArea.right() - 2) : std::max(titleStart, visibleArea.left() + 2);
        const double barEnd = rtl ? marker.left() : marker.right();
        const double room = rtl ? edge - barEnd : barEnd - edge;
        if (room > std::min(placed.labelWidth, 60.0))
            titleStart = edge;
    }
    // drawText at a baseline point skips the text layout a rectangle and alignment need; with
    // hundreds of titles per frame that is most of the paint time.
    const bool elide = item.titleWidth > placed.labelWidth;
    const QString title = elide ? metrics.elidedText(item.title, Qt::ElideRight, placed.labelWidth) : item.title;
    const double width = elide ? metrics.horizontalAdvance(title) : item.titleWidth;
    const double baseline = titleBox.top() + (titleBox.height() + metrics.ascent() - metrics.descent()) / 2;
    const double mark = item.inferred ? options.inferredMarkWidth : 0;
    // The "≈" and the title as one group, reading away from the marker (towards it when the
    // title goes before); the "≈" leads in reading order.
    const bool growsLeft = rtl != placed.labelBefore;
    const double left = growsLeft ? titleStart - mark - width : titleStart;
    const double right = left + mark + width;
    if (item.inferred) {
        const double markWidth = metrics.horizontalAdvance(u"≈"_s);
        painter.setPen(color);
        painter.drawText(QPointF(rtl ? right - markWidth : left, baseline), u"≈"_s);
    }
    painter.setPen(palette.color(QPalette::Text));
    painter.drawText(QPointF(rtl ? right - mark - width : left + mark, baseline), title);
}

void TimelineRenderer::paintDensity(QPainter &painter, const QRectF &lanesArea, const TimelineScale &scale,
                                    const TimelineLayout &layout, const State &state) const
{
    const double firstDay = std::min(scale.dayForX(lanesArea.left()), scale.dayForX(lanesArea.right()));
    const double lastDay = std::max(scale.dayForX(lanesArea.left()), scale.dayForX(lanesArea.right()));
    QList<QList<TimelineLayout::DensityBin>> binsOfLane(layout.lanes().size());
    int peak = 0;
    for (int lane = 0; lane < layout.lanes().size(); ++lane) {
        if (layout.lanes().at(lane).denseItems == 0)
            continue;
        binsOfLane[lane] = layout.densityBins(lane, firstDay, lastDay);
        for (const TimelineLayout::DensityBin &bin : std::as_const(binsOfLane.at(lane)))
            peak = std::max(peak, bin.count);
    }
    if (peak == 0)
        return;
    // One scale for every lane, so bars of different lanes compare; square roots, so a quiet
    // month beside a busy one is still seen.
    const double scaleTop = std::sqrt(double(peak));
    painter.save();
    for (int lane = 0; lane < binsOfLane.size(); ++lane) {
        const QList<TimelineLayout::DensityBin> &bins = binsOfLane.at(lane);
        if (bins.isEmpty())
            continue;
        const QColor color = categoryColor(layout.lanes().at(lane).category, state.categories, state.palette);
        const double top = layout.densityTop(lane);
        const double height = layout.densityHeight(lane) - 2;
        const double bottom = top + height;
        for (const auto &[spanStart, spanEnd] : layout.lanes().at(lane).denseSpans) {
            const double x1 = scale.xForDay(spanStart);
            const double x2 = scale.xForDay(spanEnd);
            painter.fillRect(QRectF(std::min(x1, x2), top, std::abs(x2 - x1), height + 2), withAlpha(color, 0.06));
        }
        painter.setPen(Qt::NoPen);
        for (const TimelineLayout::DensityBin &bin : bins) {
            const double x1 = scale.xForDay(bin.startDay);
            const double x2 = scale.xForDay(bin.endDay);
            const double barHeight = std::max(1.5, height * std::sqrt(double(bin.count)) / scaleTop);
            const QRectF bar(std::min(x1, x2) + 0.5, bottom - barHeight, std::max(1.0, std::abs(x2 - x1) - 1), barHeight);
            painter.setBrush(withAlpha(color, 0.75));
            painter.drawRect(bar);
            if (bin.uncertain > 0) {
                // The uncertain share on top, hatched as the uncertain bars of single events are.
                const QRectF hatched(bar.left(), bar.top(), bar.width(), bar.height() * bin.uncertain / bin.count);
                painter.setBrush(QBrush(state.palette.color(QPalette::Base), Qt::BDiagPattern));
                painter.drawRect(hatched);
            }
        }
    }
    painter.restore();
}

void TimelineRenderer::paintClusters(QPainter &painter, const QRectF &lanesArea, const TimelineScale &scale,
                                     const TimelineLayout &layout, const State &state) const
{
    if (layout.clusters().isEmpty())
        return;
    const double firstDay = std::min(scale.dayForX(lanesArea.left()), scale.dayForX(lanesArea.right()));
    const double lastDay = std::max(scale.dayForX(lanesArea.left()), scale.dayForX(lanesArea.right()));
    const QFont font = smallerFont(state.font);
    painter.setFont(font);
    const QFontMetricsF metrics = metricsFor(font, m_device);
    for (int laneIndex = 0; laneIndex < layout.lanes().size(); ++laneIndex) {
        const QColor color = categoryColor(layout.lanes().at(laneIndex).category, state.categories,
                                           state.palette);
        for (int index : layout.clustersInRange(laneIndex, firstDay, lastDay)) {
            const TimelineLayout::Cluster &cluster = layout.clusters().at(index);
            const QRectF badge = layout.badgeRect(cluster, scale);
            const bool hovered = state.hoveredCluster == index;
            painter.setPen(QPen(color, hovered ? 2.0 : 1.0));
            painter.setBrush(withAlpha(color, hovered ? 0.35 : 0.18));
            painter.drawRoundedRect(badge, badge.height() / 2, badge.height() / 2);
            QString text = clusterText(int(cluster.items.size()), state.formatter);
            if (metrics.horizontalAdvance(text) > badge.width() - 8)
                text = state.formatter.number(double(cluster.items.size()));
            painter.setPen(state.palette.color(QPalette::Text));
            painter.drawText(badge, Qt::AlignCenter | Qt::TextSingleLine, text);
        }
    }
    painter.setFont(state.font);
}

void TimelineRenderer::paintLaneHeaders(QPainter &painter, const QRectF &lanesArea,
                                        const TimelineLayout &layout, const State &state,
                                        Qt::LayoutDirection direction) const
{
    const QFont font = boldFont(smallerFont(state.font));
    painter.setFont(font);
    const QFontMetricsF metrics = metricsFor(font, m_device);
    for (const TimelineLayout::Lane &lane : layout.lanes()) {
        const QString text = state.categoryText.value(lane.category, lane.category);
        const double height = layout.options().laneHeaderHeight - 2;
        const double swatch = height * 0.5;
        const double width = metrics.horizontalAdvance(text) + swatch + 14; // margins, swatch, gap
        const QColor color = categoryColor(lane.category, state.categories, state.palette);
        const double x = direction == Qt::RightToLeft ? lanesArea.right() - 4 : lanesArea.left() + 4;
        const QRectF box = textRectFrom(x, lane.top + 1, width, height, direction);
        painter.setPen(Qt::NoPen);
        painter.setBrush(withAlpha(state.palette.color(QPalette::Base), 0.85));
        painter.drawRoundedRect(box, 3, 3);
        const double swatchX = direction == Qt::RightToLeft ? box.right() - 4 - swatch : box.left() + 4;
        painter.setBrush(color);
        painter.drawEllipse(QRectF(swatchX, box.center().y() - swatch / 2, swatch, swatch));
        painter.setPen(state.palette.color(QPalette::WindowText));
        const QRectF textBox = direction == Qt::RightToLeft ? box.adjusted(0, 0, -(swatch + 8), 0)
                                                            : box.adjusted(swatch + 8, 0, 0, 0);
        painter.drawText(textBox, leadingAlignment(direction) | Qt::TextSingleLine, text);
    }
    painter.setFont(state.font);
}

void TimelineRenderer::paintAxis(QPainter &painter, const QRectF &axisArea, const TimelineScale &scale,
                                 const State &state)
{
    const QPalette &palette = state.palette;
    painter.fillRect(axisArea, palette.color(QPalette::Window));
    painter.setPen(QPen(palette.color(QPalette::Mid), 0));
    painter.drawLine(QLineF(axisArea.left(), axisArea.bottom() - 0.5, axisArea.right(), axisArea.bottom() - 0.5));

    const QFont majorFont = boldFont(state.font);
    const QFont minorFont = smallerFont(state.font);
    const QFontMetricsF majorMetrics = metricsFor(majorFont, m_device);
    const QFontMetricsF minorMetrics = metricsFor(minorFont, m_device);
    const double majorHeight = majorMetrics.height() + 4;
    const QRectF majorRow(axisArea.left(), axisArea.top() + 2, axisArea.width(), majorHeight);
    const QRectF minorRow(axisArea.left(), majorRow.bottom(), axisArea.width(),
                          axisArea.bottom() - majorRow.bottom() - 2);
    const bool rtl = scale.direction() == Qt::RightToLeft;
    const Qt::LayoutDirection direction = scale.direction();
    const double leading = rtl ? axisArea.right() : axisArea.left();

    QList<TimelineScale::Tick> minor;
    QList<TimelineScale::Tick> major;
    for (const TimelineScale::Tick &tick : scale.ticks())
        (tick.major ? major : minor).append(tick);

    // Without a major row (years and coarser) the minor labels take the whole strip, bold.
    const bool minorOnly = major.isEmpty();
    const QRectF minorLabels = minorOnly ? axisArea : minorRow;
    const QFontMetricsF &labelMetrics = minorOnly ? majorMetrics : minorMetrics;
    painter.setFont(minorOnly ? majorFont : minorFont);
    painter.setPen(palette.color(QPalette::WindowText));
    for (int i = 0; i < minor.size(); ++i) {
        const TimelineScale::Tick &tick = minor.at(i);
        painter.drawLine(QLineF(tick.x, axisArea.bottom() - 5, tick.x, axisArea.bottom()));
        const QString text = tickLabel(tick, state.formatter);
        const double nextX = i + 1 < minor.size()
                ? minor.at(i + 1).x
                : scale.xForDate(TimelineScale::advance(tick.date, tick.unit));
        const double room = std::abs(nextX - tick.x) - 6;
        if (labelMetrics.horizontalAdvance(text) > room)
            continue;
        painter.drawText(textRectFrom(tick.x + (rtl ? -3 : 3), minorLabels.top(), room, minorLabels.height(), direction),
                         leadingAlignment(direction) | Qt::TextSingleLine, text);
    }

    painter.setFont(majorFont);
    for (int i = 0; i < major.size(); ++i) {
        const TimelineScale::Tick &tick = major.at(i);
        const double nextX = i + 1 < major.size()
                ? major.at(i + 1).x
                : scale.xForDate(TimelineScale::advance(tick.date, tick.unit));
        const bool started = rtl ? tick.x > axisArea.right() : tick.x < axisArea.left();
        if (!started) {
            painter.drawLine(QLineF(tick.x, majorRow.top(), tick.x, axisArea.bottom()));
        }
        // The label of a period already under way sticks to the leading edge until the next
        // period's label pushes it out.
        double x = started ? leading : tick.x;
        const QString text = tickLabel(tick, state.formatter);
        const double width = majorMetrics.horizontalAdvance(text) + 8;
        const double room = std::abs(nextX - x);
        if (width > room) {
            if (!started)
                continue;
            x = rtl ? nextX + width : nextX - width;
        }
        painter.drawText(textRectFrom(x + (rtl ? -4 : 4), majorRow.top(), width, majorRow.height(), direction),
                         leadingAlignment(direction) | Qt::TextSingleLine, text);
    }
    painter.setFont(state.font);
}

void TimelineRenderer::paintLegend(QPainter &painter, const QRectF &legendArea, const State &state,
                                   Qt::LayoutDirection direction) const
{
    const QPalette &palette = state.palette;
    painter.fillRect(legendArea, palette.color(QPalette::Window));
    painter.setPen(QPen(palette.color(QPalette::Mid), 0));
    painter.drawLine(QLineF(legendArea.left(), legendArea.top() + 0.5, legendArea.right(), legendArea.top() + 0.5));
    const QFontMetricsF metrics = metricsFor(state.font, m_device);
    const double swatch = std::round(metrics.height() * 0.7);
    for (const LegendEntry &entry : legendEntries(legendArea, state, direction)) {
        if (entry.kind == LegendEntry::More) {
            painter.setPen(palette.color(QPalette::Link));
            painter.setFont(state.font);
            painter.drawText(entry.rect, Qt::AlignCenter | Qt::TextSingleLine, entry.text);
            continue;
        }
        if (entry.kind == LegendEntry::Conflicts) {
            // The conflict links' sample: the dashed line paintConflicts() draws.
            const double lineWidth = swatch * 2;
            const double lineX = direction == Qt::RightToLeft ? entry.rect.right() - lineWidth : entry.rect.left();
            QPen pen(conflictColor(palette), 1.5, Qt::DashLine);
            pen.setCapStyle(Qt::RoundCap);
            painter.setPen(pen);
            painter.drawLine(QLineF(lineX, entry.rect.center().y(), lineX + lineWidth, entry.rect.center().y()));
            painter.setPen(palette.color(QPalette::WindowText));
            painter.setFont(state.font);
            const QRectF textRect = direction == Qt::RightToLeft ? entry.rect.adjusted(0, 0, -(lineWidth + 6), 0)
                                                                 : entry.rect.adjusted(lineWidth + 6, 0, 0, 0);
            painter.drawText(textRect, leadingAlignment(direction) | Qt::TextSingleLine, entry.text);
            continue;
        }
        const bool hidden = state.hiddenCategories.contains(entry.category);
        const QColor color = categoryColor(entry.category, state.categories, palette);
        const double swatchX = direction == Qt::RightToLeft ? entry.rect.right() - swatch : entry.rect.left();
        const QRectF swatchRect(swatchX, entry.rect.center().y() - swatch / 2, swatch, swatch);
        // A hidden lane keeps its entry, hollow and greyed, so it can be shown again.
        painter.setPen(QPen(color, 1.5));
        painter.setBrush(hidden ? QBrush(Qt::NoBrush) : QBrush(color));
        painter.drawRoundedRect(swatchRect, 2, 2);
        painter.setPen(palette.color(hidden ? QPalette::PlaceholderText : QPalette::WindowText));
        const QRectF textRect = direction == Qt::RightToLeft ? entry.rect.adjusted(0, 0, -(swatch + 6), 0)
                                                             : entry.rect.adjusted(swatch + 6, 0, 0, 0);
        QFont font = state.font;
        font.setStrikeOut(hidden);
        painter.setFont(font);
        painter.drawText(textRect, leadingAlignment(direction) | Qt::TextSingleLine, entry.text);
    }
    painter.setFont(state.font);
}

} // namespace Atlas
