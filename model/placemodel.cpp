// SPDX-License-Identifier: GPL-3.0-or-later
#include "placemodel.h"

#include "vocabulary.h"

#include <QGeoCoordinate>

namespace Atlas {

PlaceModel::PlaceModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

void PlaceModel::setDataset(const Dataset *dataset)
{
    beginResetModel();
    m_dataset = dataset;
    endResetModel();
}

void PlaceModel::setLanguage(Language language)
{
    if (language == m_language)
        return;
    m_language = language;
    if (rowCount() > 0) {
        Q_EMIT dataChanged(index(0), index(rowCount() - 1),
                           {Qt::DisplayRole, Qt::ToolTipRole, NameRole, KindTextRole});
    }
}

const Place *PlaceModel::place(const QModelIndex &index) const
{
    if (!m_dataset || !index.isValid() || index.model() != this || index.row() >= m_dataset->places.size())
        return nullptr;
    return &m_dataset->places.at(index.row());
}

QModelIndex PlaceModel::indexOf(const QString &placeId) const
{
    if (!m_dataset)
        return {};
    const int row = m_dataset->placeRow(placeId);
    return row < 0 ? QModelIndex() : index(row);
}

int PlaceModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_dataset ? 0 : int(m_dataset->places.size());
}

QVariant PlaceModel::data(const QModelIndex &index, int role) const
{
    const Place *place = this->place(index);
    if (!place)
        return {};
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
    case NameRole:
        return place->name.text(m_language);
    case Qt::ToolTipRole:
        // The name in the other language and what kind of place it is, e.g. "Al-Tanf — Base".
        return tr("%1 — %2", "place name in the other language, place kind")
            .arg(place->name.text(m_language == Language::Arabic ? Language::English : Language::Arabic),
                 Vocabulary::placeKindName(place->kind));
    case IdRole: return place->id;
    case NameArRole: return place->name.ar;
    case NameEnRole: return place->name.en;
    case KindRole: return place->kind;
    case KindTextRole: return Vocabulary::placeKindName(place->kind);
    case CountryRole: return place->country;
    case LatitudeRole: return place->lat;
    case LongitudeRole: return place->lon;
    case CoordinateRole: return QVariant::fromValue(QGeoCoordinate(place->lat, place->lon));
    case CoordApproximateRole: return place->coordApproximate();
    case CoordSourceRole: return place->coordSource;
    case TheatreRole: return place->theatre;
    case NoteRole: return place->note;
    }
    return {};
}

QHash<int, QByteArray> PlaceModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    const std::pair<int, QByteArray> ours[] = {
        {IdRole, "placeId"},
        {NameRole, "name"},
        {NameArRole, "nameAr"},
        {NameEnRole, "nameEn"},
        {KindRole, "kind"},
        {KindTextRole, "kindText"},
        {CountryRole, "country"},
        {LatitudeRole, "latitude"},
        {LongitudeRole, "longitude"},
        {CoordinateRole, "coordinate"},
        {CoordApproximateRole, "coordApproximate"},
        {CoordSourceRole, "coordSource"},
        {TheatreRole, "theatre"},
        {NoteRole, "note"},
    };
    for (const auto &[role, name] : ours)
        names.insert(role, name);
    return names;
}

} // namespace Atlas
