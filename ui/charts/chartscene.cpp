// SPDX-License-Identifier: GPL-3.0-or-later
#include "chartscene.h"

#include <QtCharts/QAreaSeries>
#include <QtCharts/QCategoryAxis>
#include <QtCharts/QChart>
#include <QtCharts/QLineSeries>
#include <QtCharts/QScatterSeries>

#include <QFontMetricsF>
#include <QGraphicsLayout>
#include <QGraphicsLineItem>
#include <QGraphicsPathItem>
#include <QGraphicsRectItem>
#include <QPainter>
#include <QPainterPath>
#include <QTextOption>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace Atlas {

namespace {

// Okabe–Ito: distinguishable with the common colour-vision deficiencies and in greyscale print
// together with the marker shapes.
const QColor &seriesColor(int index)
{
    static const QList<QColor> colors = {
        QColor(0x00, 0x72, 0xB2), QColor(0xD5, 0x5E, 0x00), QColor(0x00, 0x9E, 0x73),
        QColor(0xCC, 0x79, 0xA7), QColor(0xE6, 0x9F, 0x00), QColor(0x56, 0xB4, 0xE9),
        QColor(0x33, 0x33, 0x33), QColor(0x99, 0x99, 0x99),
    };
    return colors.at(index % colors.size());
}

enum class Shape { Circle, Square, Triangle, Diamond };
constexpr int ShapeCount = 4;

Shape seriesShape(int index)
{
    return Shape(index % ShapeCount);
}

QScatterSeries::MarkerShape markerShape(Shape shape)
{
    switch (shape) {
    case Shape::Circle: return QScatterSeries::MarkerShapeCircle;
    case Shape::Square: return QScatterSeries::MarkerShapeRectangle;
    case Shape::Triangle: return QScatterSeries::MarkerShapeTriangle;
    case Shape::Diamond: return QScatterSeries::MarkerShapeRotatedRectangle;
    }
    return QScatterSeries::MarkerShapeCircle;
}

QPainterPath shapePath(Shape shape, double size)
{
    QPainterPath path;
    const double h = size / 2;
    switch (shape) {
    case Shape::Circle: path.addEllipse(QPointF(0, 0), h, h); break;
    case Shape::Square: path.addRect(-h * 0.85, -h * 0.85, h * 1.7, h * 1.7); break;
    case Shape::Triangle: path.moveTo(0, -h); path.lineTo(h, h); path.lineTo(-h, h); path.closeSubpath(); break;
    case Shape::Diamond: path.moveTo(0, -h); path.lineTo(h, 0); path.lineTo(0, h); path.lineTo(-h, 0); path.closeSubpath(); break;
    }
    return path;
}

// Text drawn with QPainter::drawText, so SVG and PDF keep it as text, in a given direction.
class ChartText : public QGraphicsItem
{
public:
    // The direction follows the text (numbers like "−68%" stay left to right in an Arabic
    // chart); the alignment follows the page.
    ChartText(QString text, const QFont &font, const QColor &color, Qt::Alignment alignment, double wrapWidth)
        : m_text(std::move(text))
        , m_font(font)
        , m_color(color)
        , m_direction(m_text.isRightToLeft() ? Qt::RightToLeft : Qt::LeftToRight)
        , m_alignment(alignment)
    {
        const QFontMetricsF metrics(m_font);
        if (wrapWidth > 0) {
            const QRectF bounds = metrics.boundingRect(QRectF(0, 0, wrapWidth, 1e6),
                                                       int(Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop), m_text);
            m_size = QSizeF(wrapWidth, std::ceil(bounds.height()));
            m_wrap = true;
        } else {
            m_size = QSizeF(std::ceil(metrics.horizontalAdvance(m_text)) + 2, std::ceil(metrics.height()));
        }
    }

    QString text() const { return m_text; }
    QSizeF size() const { return m_size; }
    // Where the glyphs are, within the item: narrower than the item when aligned in a wide box.
    QRectF textRect() const
    {
        const int flags = int(m_alignment | Qt::AlignAbsolute | Qt::AlignTop) | (m_wrap ? int(Qt::TextWordWrap) : 0);
        return QFontMetricsF(m_font).boundingRect(boundingRect(), flags, m_text);
    }
    QRectF boundingRect() const override { return QRectF(QPointF(0, 0), m_size); }
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *) override
    {
        painter->setFont(m_font);
        painter->setPen(m_color);
        QTextOption option(m_alignment | Qt::AlignAbsolute);
        option.setTextDirection(m_direction);
        option.setWrapMode(m_wrap ? QTextOption::WordWrap : QTextOption::NoWrap);
        painter->drawText(boundingRect(), m_text, option);
    }

private:
    QString m_text;
    QFont m_font;
    QColor m_color;
    Qt::LayoutDirection m_direction;
    Qt::Alignment m_alignment;
    QSizeF m_size;
    bool m_wrap = false;
};

// x of a day in fractional years, so axis ticks fall on year and month starts.
double yearPosition(QDate date)
{
    return date.year() + double(date.dayOfYear() - 1) / date.daysInYear();
}

double niceStep(double range, int targetTicks)
{
    if (range <= 0 || targetTicks < 1)
        return 1;
    const double raw = range / targetTicks;
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    for (const double factor : { 1.0, 2.0, 2.5, 5.0, 10.0 }) {
        if (raw <= factor * magnitude)
            return factor * magnitude;
    }
    return 10 * magnitude;
}

// Where a value sits on the panel's value axis.
double axisValue(const ChartPanel &panel, double value)
{
    return panel.logarithmic ? std::log10(std::max(value, 1e-9)) : value;
}

double dataValue(const ChartPanel &panel, double position)
{
    return panel.logarithmic ? std::pow(10.0, position) : position;
}

const char *panelRoleName(ChartPanelKind kind)
{
    switch (kind) {
    case ChartPanelKind::Levels: return "levels";
    case ChartPanelKind::Periods: return "periods";
    case ChartPanelKind::Changes: return "changes";
    }
    return "";
}

const QColor textColor(0x22, 0x22, 0x22);
const QColor mutedColor(0x55, 0x55, 0x55);
const QColor gridColor(0xE2, 0xE2, 0xE2);
const QColor axisColor(0x88, 0x88, 0x88);

} // namespace

ChartScene::ChartScene(QObject *parent)
    : QGraphicsScene(parent)
{
    setBackgroundBrush(Qt::white);
}

ChartScene::~ChartScene() = default;

QFont ChartScene::chartFont(const Formatter &formatter, double pixelSize, bool bold)
{
    QFont font;
    // Chosen on purpose: Naskh/Sans Arabic read well at small sizes; Kufi does not.
    if (formatter.language() == Language::Arabic)
        font.setFamilies({ u"Noto Sans Arabic"_s, u"Noto Naskh Arabic"_s, u"Noto Sans"_s, u"DejaVu Sans"_s });
    else
        font.setFamilies({ u"Noto Sans"_s, u"DejaVu Sans"_s, u"Noto Sans Arabic"_s });
    font.setPixelSize(std::max(1, int(std::lround(pixelSize))));
    font.setBold(bold);
    font.setHintingPreference(QFont::PreferNoHinting); // the same shapes at every export scale
    return font;
}

void ChartScene::setChartData(ChartData data)
{
    m_data = std::move(data);
    if (!m_pageSize.isEmpty())
        layoutPage(m_pageSize);
}

double ChartScene::scale() const
{
    const double s = std::sqrt(m_pageSize.width() * m_pageSize.height() / (1200.0 * 800.0));
    return std::clamp(s, 0.75, 1.6);
}

void ChartScene::clearPage()
{
    m_charts.clear();
    m_targets.clear();
    m_textItems.clear();
    m_selectionMark = nullptr;
    clear();
}

double ChartScene::addTextBlock(const QString &text, const QFont &font, const QColor &color, double top, double width)
{
    const bool rtl = m_data.rightToLeft;
    auto *item = new ChartText(text, font, color,
                               rtl ? Qt::AlignRight : Qt::AlignLeft, width);
    const double margin = (m_pageSize.width() - width) / 2;
    item->setPos(margin, top);
    addItem(item);
    m_textItems.append(item);
    return item->size().height();
}

double ChartScene::addLegend(double top, double width)
{
    struct Entry
    {
        QString key;
        QString name;
        int colorIndex;
        bool bar;
    };
    QList<Entry> entries;
    for (const ChartPanel &panel : std::as_const(m_data.panels)) {
        for (const ChartSeries &series : panel.series) {
            const bool known = std::any_of(entries.cbegin(), entries.cend(),
                                           [&series](const Entry &e) { return e.key == series.key; });
            if (!known)
                entries.append({ series.key, series.name, series.colorIndex, panel.kind != ChartPanelKind::Levels });
        }
    }
    if (entries.isEmpty())
        return 0;

    const double s = scale();
    const bool rtl = m_data.rightToLeft;
    const QFont font = chartFont(m_data.formatter, 13 * s);
    const double swatch = 12 * s;
    const double gap = 6 * s;
    const double spacing = 22 * s;
    const double margin = (m_pageSize.width() - width) / 2;
    double line = 0;
    double cursor = 0; // distance from the start edge
    double lineHeight = 0;
    for (const Entry &entry : std::as_const(entries)) {
        auto *text = new ChartText(entry.name, font, textColor, Qt::AlignLeft, 0);
        const double entryWidth = swatch + gap + text->size().width();
        lineHeight = std::max(lineHeight, text->size().height());
        if (cursor > 0 && cursor + entryWidth > width) {
            line += lineHeight + 4 * s;
            cursor = 0;
        }
        const double y = top + line;
        const double swatchStart = rtl ? margin + width - cursor - swatch : margin + cursor;
        const double textStart = rtl ? swatchStart - gap - text->size().width() : swatchStart + swatch + gap;
        QPainterPath path;
        if (entry.bar) {
            path.addRect(0, -swatch / 2, swatch, swatch);
        } else {
            path = shapePath(seriesShape(entry.colorIndex), swatch);
            path.translate(swatch / 2, 0);
        }
        auto *mark = new QGraphicsPathItem(path);
        QColor fill = seriesColor(entry.colorIndex);
        mark->setBrush(fill);
        mark->setPen(QPen(fill.darker(115), 1));
        mark->setPos(swatchStart, y + text->size().height() / 2);
        addItem(mark);
        text->setPos(textStart, y);
        addItem(text);
        m_textItems.append(text);
        cursor += entryWidth + spacing;
    }
    return line + lineHeight;
}

void ChartScene::layoutPage(QSizeF size)
{
    clearPage();
    m_pageSize = size;
    setSceneRect(QRectF(QPointF(0, 0), size));
    const double s = scale();
    const double margin = 22 * s;
    const double width = size.width() - 2 * margin;
    const Formatter &format = m_data.formatter;

    double top = margin;
    top += addTextBlock(m_data.title, chartFont(format, 22 * s, true), textColor, top, width);
    if (!m_data.subtitle.isEmpty())
        top += 2 * s + addTextBlock(m_data.subtitle, chartFont(format, 14 * s), mutedColor, top + 2 * s, width);
    top += 10 * s;
    const double legendHeight = addLegend(top, width);
    if (legendHeight > 0)
        top += legendHeight + 10 * s;

    // The footer is measured first: the panels take what is left.
    QList<ChartText *> footer;
    const QFont noteFont = chartFont(format, 12 * s);
    const bool rtl = m_data.rightToLeft;
    QStringList footerLines = m_data.notes;
    if (!m_data.sourceLine.isEmpty())
        footerLines.append(m_data.sourceLine);
    double footerHeight = 0;
    for (const QString &lineText : std::as_const(footerLines)) {
        auto *item = new ChartText(lineText, noteFont, lineText == m_data.sourceLine ? textColor : mutedColor,
                                   rtl ? Qt::AlignRight : Qt::AlignLeft, width);
        footer.append(item);
        footerHeight += item->size().height() + 3 * s;
    }
    double footerTop = size.height() - margin - footerHeight;
    for (ChartText *item : std::as_const(footer)) {
        item->setPos(margin, footerTop);
        addItem(item);
        m_textItems.append(item);
        footerTop += item->size().height() + 3 * s;
    }
    const double panelsBottom = size.height() - margin - footerHeight - 8 * s;

    if (m_data.isEmpty()) {
        auto *empty = new ChartText(m_data.emptyText, chartFont(format, 16 * s), mutedColor, Qt::AlignHCenter, width);
        empty->setPos(margin, (top + panelsBottom - empty->size().height()) / 2);
        addItem(empty);
        m_textItems.append(empty);
        return;
    }

    QList<double> weights;
    double total = 0;
    for (const ChartPanel &panel : std::as_const(m_data.panels)) {
        const double weight = panel.kind == ChartPanelKind::Changes
                                  ? std::min(1.0, 0.3 + 0.12 * panel.itemCount())
                                  : 1.0;
        weights.append(weight);
        total += weight;
    }
    const double gap = 14 * s;
    const double available = panelsBottom - top - gap * (m_data.panels.size() - 1);
    double y = top;
    for (int i = 0; i < m_data.panels.size(); ++i) {
        const double height = std::max(available * weights.at(i) / total, 80.0);
        addPanel(m_data.panels.at(i), QRectF(margin, y, width, height));
        y += height + gap;
    }
    for (const PanelChart &panelChart : std::as_const(m_charts))
        placeLabels(panelChart);
    updateSelectionMark();
}

void ChartScene::addPanel(const ChartPanel &panel, const QRectF &rect)
{
    const double s = scale();
    const bool rtl = m_data.rightToLeft;
    const Formatter &format = m_data.formatter;

    auto *chart = new QChart;
    chart->setBackgroundVisible(false);
    chart->setPlotAreaBackgroundVisible(false);
    chart->setDropShadowEnabled(false);
    chart->legend()->hide();
    chart->setMargins(QMargins(0, 0, 0, 0));
    chart->layout()->setContentsMargins(0, 0, 0, 0);
    chart->setLocalizeNumbers(false);
    if (!panel.title.isEmpty()) {
        chart->setTitle(panel.title);
        chart->setTitleFont(chartFont(format, 14 * s, true));
        chart->setTitleBrush(textColor);
    }
    addItem(chart);
    chart->setGeometry(rect);
    m_charts.append({ chart, &panel });

    const QFont labelFont = chartFont(format, 12 * s);
    const QFont titleFont = chartFont(format, 13 * s);
    auto styleAxis = [&](QCategoryAxis *axis, const QString &title) {
        axis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
        axis->setTruncateLabels(false);
        axis->setLabelsFont(labelFont);
        axis->setLabelsColor(textColor);
        axis->setTitleText(title);
        axis->setTitleFont(titleFont);
        axis->setTitleBrush(textColor);
        axis->setGridLineColor(gridColor);
        axis->setLinePenColor(axisColor);
        axis->setShadesVisible(false);
    };

    // The value range of the panel, always with zero in it.
    double low = 0;
    double high = 0;
    for (const ChartSeries &series : panel.series) {
        for (const ChartItem &item : series.items) {
            low = std::min(low, item.low());
            high = std::max(high, item.high());
        }
    }
    if (high - low <= 0)
        high = low + 1;

    auto *valueAxis = new QCategoryAxis;
    QCategoryAxis *otherAxis = new QCategoryAxis;
    const bool horizontalValues = panel.kind == ChartPanelKind::Changes;
    styleAxis(valueAxis, panel.valueAxisTitle);
    if (panel.logarithmic) {
        // Ticks at 1, 2 and 5 of each decade, labelled with the real values.
        double smallest = high;
        for (const ChartSeries &series : panel.series)
            for (const ChartItem &item : series.items)
                smallest = std::min(smallest, item.low());
        const double axisLow = std::floor(std::log10(smallest * 0.7));
        const double axisHigh = std::log10(high * 1.6);
        valueAxis->setRange(axisLow, axisHigh);
        valueAxis->setStartValue(axisLow - 1e-6);
        for (int decade = int(axisLow); decade <= int(std::ceil(axisHigh)); ++decade) {
            for (const double factor : { 1.0, 2.0, 5.0 }) {
                const double tick = factor * std::pow(10.0, decade);
                const double position = std::log10(tick);
                if (position >= axisLow - 1e-9 && position <= axisHigh)
                    valueAxis->append(format.number(tick), position);
            }
        }
    } else {
        const double valueLength = horizontalValues ? rect.width() * 0.6 : rect.height() * 0.75;
        const int targetTicks = std::clamp(int(valueLength / (horizontalValues ? 110 * s : 55 * s)), 2, 8);
        const double padLow = low < 0 ? (high - low) * (horizontalValues ? 0.22 : 0.08) : 0;
        const double padHigh = (high - low) * (horizontalValues ? 0.22 : 0.12);
        const double step = niceStep(high + padHigh - (low - padLow), targetTicks);
        const double axisLow = std::floor((low - padLow) / step) * step;
        const double axisHigh = std::ceil((high + padHigh) / step) * step;
        valueAxis->setRange(axisLow, axisHigh);
        valueAxis->setStartValue(axisLow - step * 1e-6);
        for (double v = axisLow; v <= axisHigh + step * 1e-6; v += step) {
            const double tick = std::abs(v) < step * 1e-6 ? 0.0 : v;
            QString label;
            if (horizontalValues) {
                label = tick < 0 ? u"\u2212"_s + format.percent(-tick)
                                 : (tick > 0 ? u"+"_s : QString()) + format.percent(tick);
            } else {
                label = format.number(tick, step < 1 ? 1 : 0);
            }
            valueAxis->append(label, tick);
        }
    }

    QList<QAbstractSeries *> created;
    auto attach = [&](QAbstractSeries *series, const char *role, const QString &name, const QString &figureId) {
        series->setProperty("atlasRole", QString::fromLatin1(role));
        series->setProperty("atlasName", name);
        series->setProperty("atlasFigure", figureId);
        chart->addSeries(series);
        created.append(series);
    };

    if (panel.kind == ChartPanelKind::Changes) {
        // Categories from top to bottom in series order; values run along x.
        QList<const ChartItem *> bars;
        QList<int> barColors;
        QStringList barSeries;
        for (const ChartSeries &series : panel.series) {
            for (const ChartItem &item : series.items) {
                bars.append(&item);
                barColors.append(series.colorIndex);
                barSeries.append(series.name);
            }
        }
        const int n = int(bars.size());
        styleAxis(otherAxis, QString());
        otherAxis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionCenter);
        otherAxis->setGridLineVisible(false);
        otherAxis->setRange(-0.5, n - 0.5);
        otherAxis->setStartValue(-0.5);
        QStringList used;
        for (int i = n - 1; i >= 0; --i) {
            QString label = bars.at(i)->category;
            while (used.contains(label))
                label.append(QChar(0x200B)); // QCategoryAxis needs unique labels
            used.append(label);
            otherAxis->append(label, (n - 1 - i) + 0.5);
        }
        for (int i = 0; i < n; ++i) {
            const ChartItem &item = *bars.at(i);
            const double y = n - 1 - i;
            const double from = item.isRange() ? *item.min : 0.0;
            const double to = item.isRange() ? *item.max : item.value.value_or(0.0);
            auto *area = new QAreaSeries;
            auto *upper = new QLineSeries(area);
            auto *lower = new QLineSeries(area);
            upper->append(from, y + 0.3);
            upper->append(to, y + 0.3);
            lower->append(from, y - 0.3);
            lower->append(to, y - 0.3);
            area->setUpperSeries(upper);
            area->setLowerSeries(lower);
            QColor color = seriesColor(barColors.at(i));
            area->setBrush(color);
            area->setPen(QPen(color.darker(120), 1.2 * s));
            attach(area, "bar", barSeries.at(i), item.figureId);
        }
        auto *zero = new QLineSeries;
        zero->append(0, -0.5);
        zero->append(0, n - 0.5);
        zero->setPen(QPen(textColor, 1.5 * s));
        attach(zero, "zero", QString(), QString());
        valueAxis->setReverse(rtl);
        chart->addAxis(valueAxis, Qt::AlignBottom);
        chart->addAxis(otherAxis, rtl ? Qt::AlignRight : Qt::AlignLeft);
    } else {
        // A time axis in fractional years, padded on the side where labels extend.
        double first = 1e9;
        double last = -1e9;
        for (const ChartSeries &series : panel.series) {
            for (const ChartItem &item : series.items) {
                first = std::min(first, yearPosition(item.start));
                last = std::max(last, yearPosition(item.end.addDays(1)));
            }
        }
        const double span = std::max(last - first, 1.0);
        const double padBefore = panel.kind == ChartPanelKind::Levels ? span * 0.06 : span * 0.04;
        const double padAfter = panel.kind == ChartPanelKind::Levels ? span * 0.22 : span * 0.06;
        const double timeLow = first - padBefore;
        const double timeHigh = last + padAfter;
        styleAxis(otherAxis, panel.timeAxisTitle);
        otherAxis->setRange(timeLow, timeHigh);
        otherAxis->setStartValue(timeLow);
        const double plotWidth = rect.width() * 0.85;
        const int maxTicks = std::max(2, int(plotWidth / (95 * s)));
        if (timeHigh - timeLow > 2.0) {
            int yearStep = 1;
            for (const int candidate : { 1, 2, 5, 10, 20, 50 }) {
                yearStep = candidate;
                if ((timeHigh - timeLow) / candidate <= maxTicks)
                    break;
            }
            for (int year = int(std::ceil(timeLow)); year <= timeHigh; ++year) {
                if (year % yearStep == 0 && year > timeLow)
                    otherAxis->append(format.date(QDate(year, 1, 1), DatePrecision::Year), year);
            }
        } else {
            int monthStep = 1;
            for (const int candidate : { 1, 2, 3, 6, 12 }) {
                monthStep = candidate;
                if ((timeHigh - timeLow) * 12 / candidate <= maxTicks / 1.6)
                    break;
            }
            QDate month(int(std::floor(timeLow)), 1, 1);
            while (yearPosition(month) <= timeHigh) {
                const double x = yearPosition(month);
                if (x > timeLow && (month.month() - 1) % monthStep == 0)
                    otherAxis->append(format.date(month, DatePrecision::Month), x);
                month = month.addMonths(1);
            }
        }
        otherAxis->setReverse(rtl);

        if (panel.kind == ChartPanelKind::Periods) {
            // Overlapping periods: larger counts are added first, so they sit behind smaller ones
            // and every outline shows.
            QList<std::pair<const ChartItem *, const ChartSeries *>> bars;
            for (const ChartSeries &series : panel.series)
                for (const ChartItem &item : series.items)
                    bars.append({ &item, &series });
            std::stable_sort(bars.begin(), bars.end(), [](const auto &a, const auto &b) {
                return a.first->high() > b.first->high();
            });
            const double minimumWidth = (timeHigh - timeLow) * 0.012;
            for (const auto &[bar, owner] : std::as_const(bars)) {
                const ChartItem &item = *bar;
                const QColor color = seriesColor(owner->colorIndex);
                double x0 = yearPosition(item.start);
                double x1 = yearPosition(item.end.addDays(1));
                // A bar in front of larger ones of the same period is inset a little, so the
                // outlines behind stay visible down to zero and nothing reads as stacked.
                int behind = 0;
                for (const auto &[other, otherOwner] : std::as_const(bars)) {
                    Q_UNUSED(otherOwner);
                    behind += other != bar && other->high() > item.high() && other->start <= item.end
                                      && item.start <= other->end
                                  ? 1
                                  : 0;
                }
                const double inset = std::min(behind * (timeHigh - timeLow) * 0.008, (x1 - x0) * 0.2);
                x0 += inset;
                x1 -= inset;
                if (x1 - x0 < minimumWidth) {
                    const double centre = (x0 + x1) / 2;
                    x0 = centre - minimumWidth / 2;
                    x1 = centre + minimumWidth / 2;
                }
                auto *area = new QAreaSeries;
                auto *upper = new QLineSeries(area);
                auto *lower = new QLineSeries(area);
                upper->append(x0, item.high());
                upper->append(x1, item.high());
                lower->append(x0, item.isRange() ? *item.min : 0.0);
                lower->append(x1, item.isRange() ? *item.min : 0.0);
                area->setUpperSeries(upper);
                area->setLowerSeries(lower);
                QColor fill = color;
                fill.setAlpha(item.isRange() ? 60 : 90);
                area->setBrush(fill);
                area->setPen(QPen(color.darker(110), 1.8 * s));
                attach(area, "bar", owner->name, item.figureId);
            }
        }
        for (const ChartSeries &series : panel.series) {
            if (panel.kind == ChartPanelKind::Periods)
                break;
            const QColor color = seriesColor(series.colorIndex);
            // Levels: a thin trend line where a series has several dated point values, whiskers
            // for ranges, markers for point values.
            QList<QPointF> values;
            for (const ChartItem &item : series.items) {
                const double x = (yearPosition(item.start) + yearPosition(item.end.addDays(1))) / 2;
                if (item.isRange()) {
                    auto *whisker = new QLineSeries;
                    whisker->append(x, axisValue(panel, *item.max));
                    whisker->append(x, axisValue(panel, *item.min));
                    whisker->setPen(QPen(color, 2.6 * s, item.envelope ? Qt::DashLine : Qt::SolidLine, Qt::FlatCap));
                    attach(whisker, "whisker", series.name, item.figureId);
                }
                if (item.value)
                    values.append(QPointF(x, axisValue(panel, *item.value)));
            }
            if (values.size() >= 2) {
                auto *trend = new QLineSeries;
                trend->append(values);
                QColor line = color;
                line.setAlpha(150);
                trend->setPen(QPen(line, 1.8 * s, Qt::DashLine));
                attach(trend, "trend", series.name, QString());
            }
            if (!values.isEmpty()) {
                auto *points = new QScatterSeries;
                points->append(values);
                points->setMarkerShape(markerShape(seriesShape(series.colorIndex)));
                points->setMarkerSize(12 * s);
                points->setColor(color);
                points->setBorderColor(Qt::white);
                points->setPen(QPen(Qt::white, 1.5 * s));
                attach(points, "points", series.name, QString());
            }
        }
        chart->addAxis(otherAxis, Qt::AlignBottom);
        chart->addAxis(valueAxis, rtl ? Qt::AlignRight : Qt::AlignLeft);
    }
    for (QAbstractSeries *series : std::as_const(created)) {
        series->attachAxis(valueAxis);
        series->attachAxis(otherAxis);
    }
    chart->layout()->activate();
}

void ChartScene::placeLabels(const PanelChart &panelChart)
{
    QChart *chart = panelChart.chart;
    const ChartPanel &panel = *panelChart.panel;
    const QList<QAbstractSeries *> all = chart->series();
    if (all.isEmpty())
        return;
    QAbstractSeries *reference = all.first();
    const double s = scale();
    const bool rtl = m_data.rightToLeft;
    const QFont font = chartFont(m_data.formatter, 12 * s);
    const QRectF plot = chart->mapRectToScene(chart->plotArea());
    const QRectF allowed = plot.adjusted(-4 * s, -2 * s, 4 * s, 2 * s);
    auto toScene = [&](QPointF value) { return chart->mapToScene(chart->mapToPosition(value, reference)); };

    struct Pending
    {
        const ChartItem *item;
        QList<QRectF> candidates;
        QPointF anchor; // the mark the label belongs to
    };
    QList<QRectF> occupied;
    QList<Pending> pending;
    const double off = 7 * s;
    const double marker = 8 * s;
    const QFontMetricsF metrics(font);

    // Make the whisker caps a fixed number of pixels wide now that the plot is known.
    const double cap = 6 * s;
    for (QAbstractSeries *series : all) {
        if (series->property("atlasRole").toString() != u"whisker"_s)
            continue;
        auto *whisker = static_cast<QLineSeries *>(series);
        const QPointF top = whisker->at(0);
        const QPointF bottom = whisker->at(1);
        const QPointF t = toScene(top);
        const QPointF b = toScene(bottom);
        const QPointF left = chart->mapToValue(chart->mapFromScene(QPointF(t.x() - cap, t.y())), reference);
        const QPointF right = chart->mapToValue(chart->mapFromScene(QPointF(t.x() + cap, t.y())), reference);
        whisker->replace(QList<QPointF>{ QPointF(left.x(), top.y()), QPointF(right.x(), top.y()), top, bottom,
                                         QPointF(left.x(), bottom.y()), QPointF(right.x(), bottom.y()) });
        const QString figureId = series->property("atlasFigure").toString();
        const QRectF hit = QRectF(QPointF(t.x() - cap - 3 * s, t.y() - 3 * s), QPointF(t.x() + cap + 3 * s, b.y() + 3 * s));
        m_targets.append({ hit, figureId });
        occupied.append(hit.adjusted(2 * s, 2 * s, -2 * s, -2 * s));
    }

    for (const ChartSeries &series : panel.series) {
        for (const ChartItem &item : series.items) {
            const QSizeF size(std::ceil(metrics.horizontalAdvance(item.label)) + 2, std::ceil(metrics.height()));
            Pending entry{ &item, {}, QPointF() };
            auto at = [&size](double x, double y) { return QRectF(QPointF(x, y), size); };
            if (panel.kind == ChartPanelKind::Levels) {
                const double x = (yearPosition(item.start) + yearPosition(item.end.addDays(1))) / 2;
                if (item.value) {
                    const QPointF p = toScene(QPointF(x, axisValue(panel, *item.value)));
                    entry.anchor = p;
                    const QRectF hit(p.x() - marker, p.y() - marker, 2 * marker, 2 * marker);
                    m_targets.append({ hit, item.figureId });
                    occupied.append(hit.adjusted(2 * s, 2 * s, -2 * s, -2 * s));
                    const QRectF after = at(p.x() + off + 2 * s, p.y() - size.height() / 2);
                    const QRectF before = at(p.x() - off - 2 * s - size.width(), p.y() - size.height() / 2);
                    entry.candidates = rtl ? QList<QRectF>{ before, after } : QList<QRectF>{ after, before };
                    entry.candidates.append(at(p.x() - size.width() / 2, p.y() - off - size.height()));
                    entry.candidates.append(at(p.x() - size.width() / 2, p.y() + off));
                } else {
                    const QPointF t = toScene(QPointF(x, axisValue(panel, *item.max)));
                    const QPointF b = toScene(QPointF(x, axisValue(panel, *item.min)));
                    entry.anchor = t;
                    const QRectF afterTop = at(t.x() + off, t.y() - size.height() / 2);
                    const QRectF beforeTop = at(t.x() - off - size.width(), t.y() - size.height() / 2);
                    entry.candidates = { at(t.x() - size.width() / 2, t.y() - 3 * s - size.height()) };
                    entry.candidates.append(rtl ? beforeTop : afterTop);
                    entry.candidates.append(rtl ? afterTop : beforeTop);
                    entry.candidates.append(at(b.x() - size.width() / 2, b.y() + 3 * s));
                }
            } else if (panel.kind == ChartPanelKind::Periods) {
                QAbstractSeries *bar = nullptr;
                for (QAbstractSeries *candidate : all) {
                    if (candidate->property("atlasFigure").toString() == item.figureId)
                        bar = candidate;
                }
                if (!bar)
                    continue;
                const QList<QPointF> upper = static_cast<QAreaSeries *>(bar)->upperSeries()->points();
                const QList<QPointF> lower = static_cast<QAreaSeries *>(bar)->lowerSeries()->points();
                const QRectF rect = QRectF(toScene(upper.at(0)), toScene(lower.at(1))).normalized();
                m_targets.append({ rect, item.figureId });
                const double startX = rtl ? rect.right() - size.width() : rect.left();
                const double endX = rtl ? rect.left() : rect.right() - size.width();
                entry.candidates = { at(startX, rect.top() - 3 * s - size.height()),
                                     at(rect.center().x() - size.width() / 2, rect.top() - 3 * s - size.height()),
                                     at(endX, rect.top() - 3 * s - size.height()),
                                     at(startX + (rtl ? -4 * s : 4 * s), rect.top() + 3 * s) };
            } else {
                QAbstractSeries *bar = nullptr;
                for (QAbstractSeries *candidate : all) {
                    if (candidate->property("atlasFigure").toString() == item.figureId)
                        bar = candidate;
                }
                if (!bar)
                    continue;
                const QList<QPointF> upper = static_cast<QAreaSeries *>(bar)->upperSeries()->points();
                const QList<QPointF> lower = static_cast<QAreaSeries *>(bar)->lowerSeries()->points();
                const QPointF from = toScene(upper.at(0));
                const QPointF to = toScene(lower.at(1));
                const QRectF rect = QRectF(from, to).normalized();
                m_targets.append({ rect, item.figureId });
                const bool endIsRight = to.x() >= from.x();
                const double cy = rect.center().y() - size.height() / 2;
                entry.candidates = { endIsRight ? at(rect.right() + off, cy) : at(rect.left() - off - size.width(), cy),
                                     endIsRight ? at(rect.right() - off - size.width(), cy) : at(rect.left() + off, cy) };
            }
            pending.append(entry);
        }
    }

    // Greedy placement: the first candidate inside the plot that overlaps nothing; otherwise the
    // first candidate moved down (then up) until it is free.
    for (Pending &entry : pending) {
        QRectF chosen;
        for (const QRectF &candidate : std::as_const(entry.candidates)) {
            const bool inside = allowed.contains(candidate);
            const bool free = std::none_of(occupied.cbegin(), occupied.cend(),
                                           [&candidate](const QRectF &r) { return r.intersects(candidate); });
            if (inside && free) {
                chosen = candidate;
                break;
            }
        }
        if (chosen.isNull()) {
            QRectF base = entry.candidates.first();
            for (const QRectF &candidate : std::as_const(entry.candidates)) {
                if (allowed.contains(candidate)) {
                    base = candidate;
                    break;
                }
            }
            chosen = base;
            const double stepY = base.height() * 0.5;
            for (int i = 1; i < 40; ++i) {
                const double dy = (i % 2 ? 1 : -1) * ((i + 1) / 2) * stepY;
                const QRectF moved = base.translated(0, dy);
                const bool free = std::none_of(occupied.cbegin(), occupied.cend(),
                                               [&moved](const QRectF &r) { return r.intersects(moved); });
                if (free && allowed.contains(moved)) {
                    chosen = moved;
                    break;
                }
            }
        }
        // Keep the label on the page even when the plot is too small for it.
        if (chosen.right() > m_pageSize.width())
            chosen.moveRight(m_pageSize.width() - 2);
        if (chosen.left() < 0)
            chosen.moveLeft(2);
        occupied.append(chosen);
        // A label pushed away from its mark gets a thin leader line back to it.
        const bool displaced = !entry.anchor.isNull()
                               && std::none_of(entry.candidates.cbegin(), entry.candidates.cend(),
                                               [&chosen](const QRectF &c) { return c == chosen; });
        if (displaced) {
            const double edgeX = std::clamp(entry.anchor.x(), chosen.left(), chosen.right());
            const double edgeY = std::clamp(entry.anchor.y(), chosen.top(), chosen.bottom());
            auto *leader = new QGraphicsLineItem(QLineF(entry.anchor, QPointF(edgeX, edgeY)));
            leader->setPen(QPen(axisColor, 1.0 * s));
            leader->setZValue(4);
            addItem(leader);
        }
        auto *text = new ChartText(entry.item->label, font, textColor, Qt::AlignLeft, 0);
        text->setPos(chosen.topLeft());
        text->setZValue(5);
        addItem(text);
        m_textItems.append(text);
        m_targets.append({ chosen, entry.item->figureId });
    }
}

QString ChartScene::figureAt(QPointF scenePos) const
{
    QString best;
    double bestArea = 0;
    for (const HitTarget &target : m_targets) {
        if (!target.rect.contains(scenePos))
            continue;
        const double area = target.rect.width() * target.rect.height();
        if (best.isEmpty() || area < bestArea) {
            best = target.figureId;
            bestArea = area;
        }
    }
    return best;
}

QPointF ChartScene::figurePoint(const QString &figureId) const
{
    for (const HitTarget &target : m_targets) {
        if (target.figureId != figureId)
            continue;
        const QRectF r = target.rect;
        for (const QPointF &p : { r.center(), QPointF(r.center().x(), r.top() + 2), QPointF(r.left() + 2, r.top() + 2),
                                  QPointF(r.right() - 2, r.top() + 2) }) {
            if (figureAt(p) == figureId)
                return p;
        }
    }
    return QPointF(-1, -1);
}

QRectF ChartScene::figureRect(const QString &figureId) const
{
    // The first target of a figure is its mark (point, whisker or bar); later ones are labels.
    for (const HitTarget &target : m_targets) {
        if (target.figureId == figureId)
            return target.rect;
    }
    return {};
}

void ChartScene::setSelectedFigure(const QString &figureId)
{
    if (m_selectedFigure == figureId)
        return;
    m_selectedFigure = figureId;
    updateSelectionMark();
}

void ChartScene::updateSelectionMark()
{
    if (m_selectionMark) {
        removeItem(m_selectionMark);
        delete m_selectionMark;
        m_selectionMark = nullptr;
    }
    const QRectF rect = figureRect(m_selectedFigure);
    if (rect.isEmpty())
        return;
    const double s = scale();
    auto *mark = new QGraphicsRectItem(rect.adjusted(-3 * s, -3 * s, 3 * s, 3 * s));
    mark->setPen(QPen(textColor, 2 * s, Qt::DotLine));
    mark->setBrush(Qt::NoBrush);
    mark->setZValue(10);
    addItem(mark);
    m_selectionMark = mark;
}

QList<ChartScene::DrawnSeries> ChartScene::drawnSeries() const
{
    QList<DrawnSeries> result;
    for (const PanelChart &panelChart : m_charts) {
        const QList<QAbstractSeries *> list = panelChart.chart->series();
        for (QAbstractSeries *series : list) {
            DrawnSeries drawn;
            drawn.panel = QString::fromLatin1(panelRoleName(panelChart.panel->kind));
            drawn.role = series->property("atlasRole").toString();
            drawn.name = series->property("atlasName").toString();
            drawn.figureId = series->property("atlasFigure").toString();
            if (auto *area = qobject_cast<QAreaSeries *>(series)) {
                drawn.points = area->upperSeries()->points();
                if (area->lowerSeries())
                    drawn.lowerPoints = area->lowerSeries()->points();
            } else if (auto *xy = qobject_cast<QXYSeries *>(series)) {
                drawn.points = xy->points();
            }
            for (QPointF &point : drawn.points)
                point.setY(dataValue(*panelChart.panel, point.y()));
            result.append(drawn);
        }
    }
    return result;
}

QStringList ChartScene::texts() const
{
    QStringList result;
    for (QGraphicsItem *item : m_textItems)
        result.append(static_cast<ChartText *>(item)->text());
    return result;
}

} // namespace Atlas

namespace Atlas {

QRectF ChartScene::textBounds(const QString &text) const
{
    for (QGraphicsItem *item : m_textItems) {
        if (static_cast<ChartText *>(item)->text() == text)
            return item->mapRectToScene(static_cast<ChartText *>(item)->textRect());
    }
    return {};
}

} // namespace Atlas
