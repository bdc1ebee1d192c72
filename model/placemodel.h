// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dataset.h"

#include <QAbstractListModel>

namespace Atlas {

/*
 * The places of the document's Dataset as a list, one row per place in dataset order: the map's
 * markers and the place picker read it. Does not own the Dataset.
 */
class PlaceModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        NameRole,           // QString, name in the UI language (also Qt::DisplayRole)
        NameArRole,
        NameEnRole,
        KindRole,           // QString: base, city, province, road…
        KindTextRole,       // QString, translated kind
        CountryRole,        // QString, ISO 3166-1 alpha-2
        LatitudeRole,       // double
        LongitudeRole,      // double
        CoordinateRole,     // QGeoCoordinate
        CoordApproximateRole, // bool
        CoordSourceRole,    // QString
        TheatreRole,        // bool
        NoteRole            // QString, English
    };
    Q_ENUM(Role)

    explicit PlaceModel(QObject *parent = nullptr);

    void setDataset(const Dataset *dataset);
    void setLanguage(Language language);

    const Place *place(const QModelIndex &index) const;
    QModelIndex indexOf(const QString &placeId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    const Dataset *m_dataset = nullptr;
    Language m_language = Language::English;
};

} // namespace Atlas
