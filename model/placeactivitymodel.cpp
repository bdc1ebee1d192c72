// SPDX-License-Identifier: GPL-3.0-or-later
#include "placeactivitymodel.h"

#include "eventmodel.h"
#include "filtercriteria.h"
#include "placemodel.h"

#include <QDate>
#include <algorithm>
#include <QHash>
#include <QSet>

namespace Atlas {

PlaceActivityModel::PlaceActivityModel(PlaceModel *places, QAbstractItemModel *filteredEvents,
                                       FilterCriteria *criteria, QObject *parent)
    : QAbstractListModel(parent)
    , m_places(places)
    , m_events(filteredEvents)
    , m_criteria(criteria)
{
    if (m_places) {
        connect(m_places, &QAbstractItemModel::modelReset, this, &PlaceActivityModel::resetFromPlaces);
        connect(m_places, &QAbstractItemModel::rowsInserted, this, &PlaceActivityModel::resetFromPlaces);
        connect(m_places, &QAbstractItemModel::rowsRemoved, this, &PlaceActivityModel::resetFromPlaces);
        connect(m_places, &QAbstractItemModel::layoutChanged, this, &PlaceActivityModel::resetFromPlaces);
        // Names change with the UI language: pass that on.
        connect(m_places, &QAbstractItemModel::dataChanged, this,
                [this](const QModelIndex &topLeft, const QModelIndex &bottomRight, const QList<int> &roles) {
                    Q_EMIT dataChanged(index(topLeft.row()), index(bottomRight.row()), roles);
                });
    }
    if (m_events) {
        connect(m_events, &QAbstractItemModel::modelReset, this, &PlaceActivityModel::recount);
        connect(m_events, &QAbstractItemModel::layoutChanged, this, &PlaceActivityModel::recount);
        connect(m_events, &QAbstractItemModel::rowsInserted, this, &PlaceActivityModel::recount);
        connect(m_events, &QAbstractItemModel::rowsRemoved, this, &PlaceActivityModel::recount);
        connect(m_events, &QAbstractItemModel::dataChanged, this, &PlaceActivityModel::recount);
    }
    if (m_criteria) {
        // The event proxy recounts too when the criteria change; the second recount finds
        // nothing new and stays silent.
        connect(m_criteria, &FilterCriteria::changed, this, &PlaceActivityModel::recount);
    }
    m_activity = computeActivity();
}

int PlaceActivityModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_activity.size());
}

QVariant PlaceActivityModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) || !m_places)
        return {};
    const Activity &activity = m_activity.at(index.row());
    switch (role) {
    case EventCountRole:
        return int(activity.eventIds.size());
    case EventIdsRole:
        return activity.eventIds;
    case LatestEventIdRole:
        return activity.latestEventId;
    case PassesPlaceFilterRole:
        return activity.passesPlaceFilter;
    default:
        return m_places->index(index.row()).data(role);
    }
}

QHash<int, QByteArray> PlaceActivityModel::roleNames() const
{
    QHash<int, QByteArray> names = m_places ? m_places->roleNames() : QAbstractListModel::roleNames();
    names.insert(EventCountRole, "eventCount");
    names.insert(EventIdsRole, "eventIds");
    names.insert(LatestEventIdRole, "latestEventId");
    names.insert(PassesPlaceFilterRole, "passesPlaceFilter");
    return names;
}

int PlaceActivityModel::eventCount(const QString &placeId) const
{
    const QModelIndex place = m_places ? m_places->indexOf(placeId) : QModelIndex();
    return place.isValid() && place.row() < m_activity.size() ? int(m_activity.at(place.row()).eventIds.size()) : 0;
}

QString PlaceActivityModel::latestEventId(const QString &placeId) const
{
    const QModelIndex place = m_places ? m_places->indexOf(placeId) : QModelIndex();
    return place.isValid() && place.row() < m_activity.size() ? m_activity.at(place.row()).latestEventId : QString();
}

int PlaceActivityModel::totalEventCount() const
{
    int total = 0;
    for (const Activity &activity : m_activity)
        total += int(activity.eventIds.size());
    return total;
}

QList<PlaceActivityModel::Activity> PlaceActivityModel::computeActivity() const
{
    const int placeCount = m_places ? m_places->rowCount() : 0;
    QList<Activity> activity(placeCount);
    const QSet<QString> *placeFilter = m_criteria ? &m_criteria->state().places() : nullptr;
    QHash<QString, int> rowOfPlace;
    rowOfPlace.reserve(placeCount);
    for (int row = 0; row < placeCount; ++row) {
        const QString id = m_places->index(row).data(PlaceModel::IdRole).toString();
        rowOfPlace.insert(id, row);
        activity[row].passesPlaceFilter = !placeFilter || placeFilter->isEmpty() || placeFilter->contains(id);
    }
    if (!m_events || placeCount == 0)
        return activity;

    struct Dated { QString id; QDate end; QDate start; };
    QList<QList<Dated>> eventsAt(placeCount);
    for (int row = 0; row < m_events->rowCount(); ++row) {
        const QModelIndex event = m_events->index(row, 0);
        const Dated dated{event.data(EventModel::IdRole).toString(),
                          event.data(EventModel::EndDateRole).toDate(),
                          event.data(EventModel::StartDateRole).toDate()};
        const QStringList placeIds = event.data(EventModel::PlaceIdsRole).toStringList();
        for (const QString &placeId : placeIds) {
            const int placeRow = rowOfPlace.value(placeId, -1);
            if (placeRow >= 0 && (eventsAt[placeRow].isEmpty() || eventsAt[placeRow].constLast().id != dated.id))
                eventsAt[placeRow].append(dated);
        }
    }
    for (int row = 0; row < placeCount; ++row) {
        QList<Dated> &events = eventsAt[row];
        // Oldest first; "latest" is the one that ends last, then starts last, then the id.
        std::stable_sort(events.begin(), events.end(), [](const Dated &a, const Dated &b) {
            if (a.end != b.end)
                return a.end < b.end;
            if (a.start != b.start)
                return a.start < b.start;
            return a.id < b.id;
        });
        for (const Dated &event : events)
            activity[row].eventIds.append(event.id);
        if (!events.isEmpty())
            activity[row].latestEventId = events.constLast().id;
    }
    return activity;
}

void PlaceActivityModel::recount()
{
    const QList<Activity> fresh = computeActivity();
    if (fresh.size() != m_activity.size()) {
        beginResetModel();
        m_activity = fresh;
        endResetModel();
        return;
    }
    // One ranged signal per recount, however many places changed.
    int first = -1;
    int last = -1;
    for (int row = 0; row < fresh.size(); ++row) {
        if (fresh.at(row) == m_activity.at(row))
            continue;
        if (first < 0)
            first = row;
        last = row;
    }
    if (first < 0)
        return;
    m_activity = fresh;
    Q_EMIT dataChanged(index(first), index(last), {EventCountRole, EventIdsRole, LatestEventIdRole, PassesPlaceFilterRole});
}

void PlaceActivityModel::resetFromPlaces()
{
    beginResetModel();
    m_activity = computeActivity();
    endResetModel();
}

} // namespace Atlas
