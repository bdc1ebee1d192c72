// SPDX-License-Identifier: GPL-3.0-or-later
// Paints 100 000 synthetic events at the widest (whole span) and narrowest (a few days) zoom
// into a 1600×900 image, as the widget does on every frame. "paint" reuses the layout of the
// zoom level, as panning does; "layout+paint" lays out again first, as a zoom step does.
#include "timelinelayout.h"
#include "timelinerenderer.h"
#include "timelinescale.h"

#include <QApplication>
#include <QImage>
#include <QPainter>
#include <QRandomGenerator>
#include <QTest>

using namespace Qt::StringLiterals;
using Atlas::TimelineItem;
using Atlas::TimelineLayout;
using Atlas::TimelineRenderer;
using Atlas::TimelineScale;

class BenchTimelinePaint : public QObject
{
    Q_OBJECT

private:
    QList<TimelineItem> m_items;
    QStringList m_categories;
    QDate m_first{2014, 1, 1};
    QDate m_last{2026, 12, 31};

    TimelineScale scaleFor(const QString &zoom) const
    {
        TimelineScale scale;
        scale.setWidth(1600);
        scale.setDataSpan(m_first, m_last);
        if (zoom == u"widest")
            scale.setVisibleRange(scale.limitFirstDay(), scale.limitSpanDays());
        else
            scale.setVisibleDates(QDate(2020, 6, 1), QDate(2020, 6, 3)); // the narrowest zoom, 3 days
        return scale;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_categories = {u"agreement"_s, u"assessment"_s, u"attack"_s, u"deployment"_s, u"military_operation"_s,
                        u"patrol"_s, u"strike"_s, u"withdrawal_handover"_s};
        QRandomGenerator random(2014);
        const qint64 first = m_first.toJulianDay();
        const int days = int(m_last.toJulianDay() - first);
        const QFontMetricsF metrics(QApplication::font());
        const QStringList words = {u"التحالف"_s, u"الدولي"_s, u"ضد"_s, u"داعش"_s, u"قوات"_s, u"في"_s, u"سوريا"_s, u"والعراق"_s};
        m_items.reserve(100000);
        for (int i = 0; i < 100000; ++i) {
            TimelineItem item;
            item.id = u"e%1"_s.arg(i);
            item.category = m_categories.at(random.bounded(int(m_categories.size())));
            QStringList title;
            for (int w = 0, n = random.bounded(2, 7); w < n; ++w)
                title.append(words.at(random.bounded(int(words.size()))));
            item.title = title.join(u' ');
            item.startDay = double(first + random.bounded(days));
            const int kind = random.bounded(10);
            item.precision = kind == 0 ? Atlas::DatePrecision::Year
                    : kind < 3         ? Atlas::DatePrecision::Month
                                       : Atlas::DatePrecision::Day;
            item.isRange = kind == 3;
            item.endDay = item.startDay + (kind == 0 ? 365 : kind < 3 ? 30 : kind == 3 ? random.bounded(2, 120) : 1);
            item.inferred = random.bounded(8) == 0;
            if (random.bounded(200) == 0)
                item.conflictsWith = {u"e%1"_s.arg(random.bounded(100000))};
            item.titleWidth = metrics.horizontalAdvance(item.title);
            m_items.append(item);
        }
    }

    void paint_data()
    {
        QTest::addColumn<QString>("zoom");
        QTest::addColumn<bool>("relayout");
        QTest::newRow("widest, paint") << u"widest"_s << false;
        QTest::newRow("narrowest, paint") << u"narrowest"_s << false;
        QTest::newRow("widest, layout+paint") << u"widest"_s << true;
        QTest::newRow("narrowest, layout+paint") << u"narrowest"_s << true;
    }
    void paint()
    {
        QFETCH(QString, zoom);
        QFETCH(bool, relayout);
        QImage image(1600, 900, QImage::Format_ARGB32_Premultiplied);
        TimelineRenderer renderer(&image);
        const TimelineScale scale = scaleFor(zoom);
        TimelineRenderer::State state;
        state.palette = QApplication::palette();
        state.font = QApplication::font();
        state.categories = m_categories;
        TimelineLayout::Options options = renderer.layoutOptions(state.font);
        options.top = renderer.axisHeight(state.font);
        options.pixelsPerDay = scale.pixelsPerDay();
        options.lanes = m_categories;
        options.maxRowsPerLane = 3; // what a 900 px view gives eight lanes
        TimelineLayout layout;
        layout.layout(m_items, options);
        if (!relayout)
            qInfo("%s: %lld drawn on their own, %lld badges", qPrintable(zoom), qlonglong(layout.placed().size()),
              qlonglong(layout.clusters().size()));
        QBENCHMARK {
            if (relayout)
                layout.layout(m_items, options);
            QPainter painter(&image);
            renderer.paint(painter, QRectF(0, 0, 1600, 900), scale, layout, state);
        }
    }
};

QTEST_MAIN(BenchTimelinePaint)
#include "bench_timelinepaint.moc"
