// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractListModel>
#include <QPointer>
#include <QStringList>

namespace Atlas {

class FilterCriteria;
class PlaceModel;

/*
 * The places of a PlaceModel, one row each in the same order, with how many of the filtered
 * events happened there and which of them is the latest: what the map draws as markers and
 * badges. Every PlaceModel role is passed through, so a view needs only this model. Recounts
 * whenever the filtered event model changes (time window, categories, query…), and reports the
 * rows whose counts changed, in one ranged dataChanged. Observes the models and the criteria it is given; owns nothing.
 *
 * Data flow: EventFilterModel (filtered events, PlaceIdsRole) + PlaceModel -> here -> map.
 */
class PlaceActivityModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role {
        EventCountRole = Qt::UserRole + 100, // int, filtered events at the place
        EventIdsRole,                        // QStringList, their ids, oldest first
        LatestEventIdRole,                   // QString, the latest of them (empty when none)
        PassesPlaceFilterRole                // bool, the criteria name no places or this one
    };
    Q_ENUM(Role)

    // `filteredEvents` is an event model (normally AtlasDocument::eventFilterModel()) with the
    // EventModel roles; `criteria` may be null (no place filter).
    PlaceActivityModel(PlaceModel *places, QAbstractItemModel *filteredEvents,
                       FilterCriteria *criteria = nullptr, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    int eventCount(const QString &placeId) const;
    QString latestEventId(const QString &placeId) const;
    // Number of filtered events over all places (an event at two places counts twice).
    int totalEventCount() const;

private:
    struct Activity
    {
        QStringList eventIds;
        QString latestEventId;
        bool passesPlaceFilter = true;
        bool operator==(const Activity &) const = default;
    };

    void recount();
    void resetFromPlaces();
    QList<Activity> computeActivity() const;

    QPointer<PlaceModel> m_places;
    QPointer<QAbstractItemModel> m_events;
    QPointer<FilterCriteria> m_criteria;
    QList<Activity> m_activity;   // one per place row
};

} // namespace Atlas
