// SPDX-License-Identifier: GPL-3.0-or-later
#include "timelinescale.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace Atlas {

void TimelineScale::setVisibleRange(double firstDay, double spanDays)
{
    m_first = firstDay;
    m_span = std::max(spanDays, MinimumSpanDays);
}

void TimelineScale::setVisibleDates(QDate first, QDate last)
{
    if (!first.isValid() || !last.isValid())
        return;
    const double a = double(std::min(first, last).toJulianDay());
    const double b = double(std::max(first, last).toJulianDay()) + 1.0;
    setVisibleRange(a, b - a);
}

void TimelineScale::setWidth(double widthPixels)
{
    m_width = std::max(widthPixels, 1.0);
}

void TimelineScale::setDataSpan(QDate first, QDate last, double marginFraction)
{
    if (!first.isValid() || !last.isValid()) {
        m_limitFirst = 0;
        m_limitSpan = 0;
        return;
    }
    const double a = double(std::min(first, last).toJulianDay());
    const double b = double(std::max(first, last).toJulianDay()) + 1.0;
    // A few days of margin at least, so a one-day dataset can still be zoomed and framed.
    const double margin = std::max((b - a) * marginFraction, MinimumSpanDays);
    m_limitFirst = a - margin;
    m_limitSpan = (b - a) + 2 * margin;
}

QDate TimelineScale::firstVisibleDate() const
{
    return QDate::fromJulianDay(qint64(std::floor(m_first)));
}

QDate TimelineScale::lastVisibleDate() const
{
    return QDate::fromJulianDay(qint64(std::ceil(m_first + m_span)) - 1);
}

double TimelineScale::xForDay(double day) const
{
    const double logical = (day - m_first) * m_width / m_span;
    return m_direction == Qt::RightToLeft ? m_width - logical : logical;
}

double TimelineScale::dayForX(double x) const
{
    const double logical = m_direction == Qt::RightToLeft ? m_width - x : x;
    return m_first + logical * m_span / m_width;
}

QDate TimelineScale::dateForX(double x) const
{
    return QDate::fromJulianDay(qint64(std::floor(dayForX(x))));
}

void TimelineScale::zoomAbout(double factor, double x)
{
    if (!(factor > 0) || !std::isfinite(factor))
        return;
    const double anchor = dayForX(x);
    const double fraction = (anchor - m_first) / m_span;
    double span = m_span / factor;
    span = std::max(span, MinimumSpanDays);
    if (m_limitSpan > 0)
        span = std::min(span, m_limitSpan);
    m_span = span;
    m_first = anchor - fraction * span;
    clamp();
}

void TimelineScale::panByPixels(double dx)
{
    const double days = dx / pixelsPerDay();
    // Dragging the content right shows earlier days in LTR and later days in RTL.
    m_first += m_direction == Qt::RightToLeft ? days : -days;
    clamp();
}

void TimelineScale::fitDays(double firstDay, double lastDay, double paddingFraction)
{
    if (lastDay < firstDay)
        std::swap(firstDay, lastDay);
    const double span = std::max(lastDay - firstDay, 1.0);
    const double padding = span * paddingFraction;
    m_span = std::max(span + 2 * padding, MinimumSpanDays);
    m_first = (firstDay + lastDay) / 2 - m_span / 2;
    if (m_limitSpan > 0)
        m_span = std::min(m_span, m_limitSpan);
    clamp();
}

void TimelineScale::fitFootprints(const QList<Footprint> &footprints, double marginPixels)
{
    if (footprints.isEmpty())
        return;
    double firstDay = footprints.constFirst().firstDay;
    double lastDay = footprints.constFirst().lastDay;
    for (const Footprint &footprint : footprints) {
        firstDay = std::min(firstDay, footprint.firstDay);
        lastDay = std::max(lastDay, footprint.lastDay);
    }
    // Pixels the footprints cover at `ppd` pixels per day, and where they begin (in pixels from
    // day 0). Convex in ppd, so the widest zoom that fits is found by bisection.
    const auto extent = [&footprints, firstDay](double ppd, double *begin) {
        double low = 0;
        double high = 0;
        bool any = false;
        for (const Footprint &footprint : footprints) {
            const double from = (footprint.firstDay - firstDay) * ppd - footprint.leadingPixels;
            const double to = (footprint.lastDay - firstDay) * ppd + footprint.trailingPixels;
            low = any ? std::min(low, from) : from;
            high = any ? std::max(high, to) : to;
            any = true;
        }
        if (begin)
            *begin = low;
        return high - low;
    };
    const double room = m_width - 2 * std::max(0.0, marginPixels);
    const double closest = m_width / MinimumSpanDays;
    const double widest = m_width / (m_limitSpan > 0 ? m_limitSpan : std::max(MinimumSpanDays, (lastDay - firstDay) * 100 + 1));
    double ppd = closest;
    if (extent(closest, nullptr) > room) {
        if (room <= 0 || extent(widest, nullptr) > room) {
            fitDays(firstDay, lastDay + 1, 0.1);
            return;
        }
        double fits = widest;
        double tooClose = closest;
        for (int step = 0; step < 60; ++step) {
            const double middle = std::sqrt(fits * tooClose);
            (extent(middle, nullptr) <= room ? fits : tooClose) = middle;
        }
        ppd = fits;
    }
    double begin = 0;
    const double width = extent(ppd, &begin);
    m_span = std::max(m_width / ppd, MinimumSpanDays);
    // Centred: the free pixels split evenly on both sides.
    m_first = firstDay + (begin + width / 2) / ppd - m_span / 2;
    clamp();
}

void TimelineScale::ensureVisible(double firstDay, double lastDay)
{
    if (lastDay < firstDay)
        std::swap(firstDay, lastDay);
    if (lastDay - firstDay > m_span) {
        fitDays(firstDay, lastDay);
        return;
    }
    const double pad = std::min(m_span * 0.05, (m_span - (lastDay - firstDay)) / 2);
    if (firstDay < m_first + pad)
        m_first = firstDay - pad;
    else if (lastDay > m_first + m_span - pad)
        m_first = lastDay + pad - m_span;
    clamp();
}

void TimelineScale::clamp()
{
    m_span = std::max(m_span, MinimumSpanDays);
    if (m_limitSpan <= 0)
        return;
    m_span = std::min(m_span, m_limitSpan);
    m_first = std::clamp(m_first, m_limitFirst, m_limitFirst + m_limitSpan - m_span);
}

double TimelineScale::approximateDays(TickUnit unit)
{
    switch (unit) {
    case TickUnit::Day: return 1;
    case TickUnit::Week: return 7;
    case TickUnit::Month: return 30.44;
    case TickUnit::Quarter: return 91.31;
    case TickUnit::Year: return 365.25;
    case TickUnit::FiveYears: return 5 * 365.25;
    case TickUnit::Decade: return 10 * 365.25;
    }
    return 1;
}

double TimelineScale::minimumSpacing(TickUnit unit)
{
    // Room for the label each unit shows: "27", "14", "September", "Q3", "2020".
    switch (unit) {
    case TickUnit::Day: return 26;
    case TickUnit::Week: return 34;
    case TickUnit::Month: return 72;
    case TickUnit::Quarter: return 40;
    case TickUnit::Year:
    case TickUnit::FiveYears:
    case TickUnit::Decade: return 44;
    }
    return 40;
}

TimelineScale::TickUnit TimelineScale::minorUnit() const
{
    const double ppd = pixelsPerDay();
    for (TickUnit unit : {TickUnit::Day, TickUnit::Week, TickUnit::Month, TickUnit::Quarter,
                          TickUnit::Year, TickUnit::FiveYears}) {
        if (approximateDays(unit) * ppd >= minimumSpacing(unit))
            return unit;
    }
    return TickUnit::Decade;
}

TimelineScale::TickUnit TimelineScale::majorUnitFor(TickUnit minor)
{
    switch (minor) {
    case TickUnit::Day:
    case TickUnit::Week: return TickUnit::Month;
    case TickUnit::Month:
    case TickUnit::Quarter: return TickUnit::Year;
    // Years label themselves: a row of "2015", "2020" above them would only repeat them.
    case TickUnit::Year: return TickUnit::Year;
    case TickUnit::FiveYears: return TickUnit::FiveYears;
    case TickUnit::Decade: return TickUnit::Decade;
    }
    return TickUnit::Year;
}

QDate TimelineScale::alignDown(QDate date, TickUnit unit)
{
    switch (unit) {
    case TickUnit::Day: return date;
    case TickUnit::Week: return date.addDays(1 - date.dayOfWeek()); // ISO weeks start on Monday
    case TickUnit::Month: return QDate(date.year(), date.month(), 1);
    case TickUnit::Quarter: return QDate(date.year(), ((date.month() - 1) / 3) * 3 + 1, 1);
    case TickUnit::Year: return QDate(date.year(), 1, 1);
    case TickUnit::FiveYears: return QDate(date.year() - (((date.year() % 5) + 5) % 5), 1, 1);
    case TickUnit::Decade: return QDate(date.year() - (((date.year() % 10) + 10) % 10), 1, 1);
    }
    return date;
}

QDate TimelineScale::advance(QDate date, TickUnit unit)
{
    switch (unit) {
    case TickUnit::Day: return date.addDays(1);
    case TickUnit::Week: return date.addDays(7);
    case TickUnit::Month: return date.addMonths(1);
    case TickUnit::Quarter: return date.addMonths(3);
    case TickUnit::Year: return date.addYears(1);
    case TickUnit::FiveYears: return date.addYears(5);
    case TickUnit::Decade: return date.addYears(10);
    }
    return date.addDays(1);
}

QList<TimelineScale::Tick> TimelineScale::ticks() const
{
    QList<Tick> result;
    const QDate first = firstVisibleDate();
    const QDate last = lastVisibleDate();
    if (!first.isValid() || !last.isValid())
        return result;
    const TickUnit minor = minorUnit();
    const TickUnit major = majorUnitFor(minor);
    const auto collect = [&](TickUnit unit, bool isMajor) {
        // Major ticks start one period early so the label of the period already under way
        // can stay pinned to the leading edge.
        QDate date = alignDown(first, unit);
        for (int guard = 0; date.isValid() && date <= last && guard < 4000; ++guard) {
            if (isMajor || date >= first)
                result.append({date, xForDate(date), unit, isMajor});
            date = advance(date, unit);
        }
    };
    collect(minor, false);
    if (major != minor)
        collect(major, true);
    return result;
}

QString TimelineScale::label(const Tick &tick, const Formatter &formatter)
{
    const QDate date = tick.date;
    switch (tick.unit) {
    case TickUnit::Day:
    case TickUnit::Week:
        return formatter.number(date.day());
    case TickUnit::Month:
        return tick.major ? formatter.date(date, DatePrecision::Month) : formatter.monthName(date.month());
    case TickUnit::Quarter:
        //: Quarter of a year on the timeline axis, %1 is 1 to 4
        return QCoreApplication::translate("Atlas::TimelineScale", "Q%1")
                .arg(formatter.number((date.month() - 1) / 3 + 1));
    case TickUnit::Year:
    case TickUnit::FiveYears:
    case TickUnit::Decade:
        return formatter.date(date, DatePrecision::Year);
    }
    return {};
}

} // namespace Atlas
