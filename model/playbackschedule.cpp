// SPDX-License-Identifier: GPL-3.0-or-later
#include "playbackschedule.h"

#include "eventcolumns.h"
#include "projecteventstore.h"

#include "dataset.h"

#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Atlas {

namespace {

// A schedule longer than this many frames is refused: 100 years of days.
constexpr qint64 MaximumFrames = 36525;

} // namespace

QDate TimeSpan::advance(QDate date, qint64 times) const
{
    if (!date.isValid())
        return date;
    const qint64 n = times * count;
    switch (unit) {
    case Unit::Day: return date.addDays(n);
    case Unit::Week: return date.addDays(7 * n);
    case Unit::Month: return date.addMonths(int(n));
    case Unit::Quarter: return date.addMonths(int(3 * n));
    case Unit::Year: return date.addYears(int(n));
    }
    return date;
}

std::optional<TimeSpan> TimeSpan::parse(QStringView text)
{
    static const QRegularExpression pattern(
        u"^\\s*(\\d{1,5})?\\s*(d|days?|w|weeks?|m|months?|q|quarters?|y|years?)?\\s*$"_s,
        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = pattern.matchView(text);
    if (!match.hasMatch() || (!match.hasCaptured(1) && !match.hasCaptured(2)))
        return std::nullopt;
    TimeSpan span;
    span.count = match.hasCaptured(1) ? match.captured(1).toInt() : 1;
    if (span.count <= 0)
        return std::nullopt;
    const QString unit = match.captured(2).toLower();
    if (unit.isEmpty() || unit.startsWith(u'd'))
        span.unit = Unit::Day;
    else if (unit.startsWith(u'w'))
        span.unit = Unit::Week;
    else if (unit.startsWith(u'm'))
        span.unit = Unit::Month;
    else if (unit.startsWith(u'q'))
        span.unit = Unit::Quarter;
    else
        span.unit = Unit::Year;
    return span;
}

QString TimeSpan::name() const
{
    QString unitName;
    switch (unit) {
    case Unit::Day: unitName = u"day"_s; break;
    case Unit::Week: unitName = u"week"_s; break;
    case Unit::Month: unitName = u"month"_s; break;
    case Unit::Quarter: unitName = u"quarter"_s; break;
    case Unit::Year: unitName = u"year"_s; break;
    }
    if (count == 1 && unit != Unit::Day)
        return unitName;
    return u"%1 %2%3"_s.arg(count).arg(unitName, count == 1 ? QString() : u"s"_s);
}

PlaybackSchedule::PlaybackSchedule(QDate from, QDate to, TimeSpan step, TimeSpan window, Mode mode)
    : m_from(from)
    , m_to(to)
    , m_step(step)
    , m_window(window)
    , m_mode(mode)
{
    if (!isValid())
        return;
    // Frames start on or before `to`; months are counted from `from` each time, so no drift.
    qint64 frames = 0;
    while (frames < MaximumFrames && m_step.advance(m_from, frames) <= m_to)
        ++frames;
    m_frameCount = int(frames);
}

QString PlaybackSchedule::problem() const
{
    if (!m_from.isValid() || !m_to.isValid())
        return tr("The playback needs a first and a last day.");
    if (m_to < m_from)
        return tr("The playback's first day, %1, is after its last day, %2.")
            .arg(m_from.toString(Qt::ISODate), m_to.toString(Qt::ISODate));
    if (!m_step.isValid())
        return tr("The step must be at least one day long.");
    if (m_mode == Mode::MovingWindow && !m_window.isValid())
        return tr("The window must be at least one day long.");
    if (m_step.advance(m_from).addDays(-1) > m_to)
        return tr("The step (%1) is longer than the range %2 to %3: choose a shorter step or a longer range.")
            .arg(m_step.name(), m_from.toString(Qt::ISODate), m_to.toString(Qt::ISODate));
    if (m_from.daysTo(m_to) / std::max<qint64>(1, m_from.daysTo(m_step.advance(m_from))) >= MaximumFrames)
        return tr("The playback would have more than %1 frames: choose a longer step.").arg(MaximumFrames);
    return QString();
}

QDate PlaybackSchedule::windowFrom(int frame) const
{
    if (m_frameCount == 0)
        return QDate();
    frame = std::clamp(frame, 0, m_frameCount - 1);
    return m_mode == Mode::Accumulate ? m_from : m_step.advance(m_from, frame);
}

QDate PlaybackSchedule::windowTo(int frame) const
{
    if (m_frameCount == 0)
        return QDate();
    frame = std::clamp(frame, 0, m_frameCount - 1);
    const QDate end = m_mode == Mode::Accumulate ? m_step.advance(m_from, frame + 1).addDays(-1)
                                                 : m_window.advance(m_step.advance(m_from, frame)).addDays(-1);
    return std::min(end, m_to);
}

int PlaybackSchedule::frameAt(QDate date) const
{
    if (m_frameCount == 0 || !date.isValid())
        return 0;
    // Windows start (moving) and end (accumulating) in order, so a binary search finds it.
    int low = 0;
    int high = m_frameCount - 1;
    if (m_mode == Mode::MovingWindow) {
        while (low < high) { // the last frame starting on or before `date`
            const int middle = (low + high + 1) / 2;
            if (windowFrom(middle) <= date)
                low = middle;
            else
                high = middle - 1;
        }
    } else {
        while (low < high) { // the first frame ending on or after `date`
            const int middle = (low + high) / 2;
            if (windowTo(middle) >= date)
                high = middle;
            else
                low = middle + 1;
        }
    }
    return low;
}

std::pair<QDate, QDate> PlaybackSchedule::eventRange(const Dataset &dataset)
{
    if (dataset.eventStore)
        return dataset.eventStore->columns().daySpan();
    QDate first;
    QDate last;
    for (const Event &event : dataset.events) {
        const QDate earliest = event.date.earliest();
        const QDate latest = event.date.latest();
        if (earliest.isValid() && (!first.isValid() || earliest < first))
            first = earliest;
        if (latest.isValid() && (!last.isValid() || latest > last))
            last = latest;
    }
    return {first, last};
}

} // namespace Atlas
