// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventmodel.h"

#include "eventsearchindex.h"
#include "textfolding.h"
#include "vocabulary.h"

using namespace Qt::StringLiterals;

namespace Atlas {

EventModel::EventModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void EventModel::setDataset(const Dataset *dataset)
{
    beginResetModel();
    m_dataset = dataset;
    m_columns = dataset ? EventColumns(*dataset) : EventColumns();
    rebuildSearchText();
    endResetModel();
}

void EventModel::setLanguage(Language language)
{
    if (language == m_language)
        return;
    m_language = language;
    m_formatter = m_formatter.withLanguage(language);
    if (rowCount() > 0) {
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1),
                           {Qt::DisplayRole, Qt::EditRole, Qt::ToolTipRole, DateTextRole, CategoryTextRole, TitleRole});
    }
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

void EventModel::setFormatter(const Formatter &formatter)
{
    m_formatter = formatter.withLanguage(m_language);
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, DateColumn), index(rowCount() - 1, DateColumn), {Qt::DisplayRole, Qt::ToolTipRole, DateTextRole});
}

const Event *EventModel::event(const QModelIndex &index) const
{
    return index.isValid() && index.model() == this ? eventAt(index.row()) : nullptr;
}

const Event *EventModel::eventAt(int row) const
{
    if (!m_dataset || row < 0 || row >= m_dataset->events.size())
        return nullptr;
    return &m_dataset->events.at(row);
}

QModelIndex EventModel::indexOf(const QString &eventId, int column) const
{
    if (!m_dataset)
        return {};
    const int row = m_dataset->eventRow(eventId);
    return row < 0 ? QModelIndex() : index(row, column);
}

int EventModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_dataset ? 0 : int(m_dataset->events.size());
}

int EventModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EventModel::data(const QModelIndex &index, int role) const
{
    const Event *event = this->event(index);
    if (!event)
        return {};

    auto placeNames = [&] {
        QStringList names;
        for (const QString &id : event->placeIds) {
            const Place *place = m_dataset->place(id);
            names.append(place ? place->name.text(m_language) : id);
        }
        return names.join(tr(", ", "separator between the items of a list"));
    };
    auto sourceNames = [&](bool titles) {
        QStringList names;
        for (const QString &id : citedSources(event->citations)) {
            const Source *source = m_dataset->source(id);
            if (!source)
                names.append(id);
            else if (titles)
                names.append(source->title.text(m_language));
            else // the year tells apart articles whose outlet is not named
                names.append(tr("%1 (%2)", "a source's outlet and publication year")
                                 .arg(source->outlet.text(m_language),
                                      m_formatter.date(source->published.start, DatePrecision::Year)));
        }
        return names.join(titles ? u"\n"_s : tr(", ", "separator between the items of a list"));
    };

    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case DateColumn: return m_formatter.date(event->date);
        case CategoryColumn: return Vocabulary::categoryName(event->category);
        case TitleColumn: return event->title.text(m_language);
        case PlacesColumn: return placeNames();
        case SourcesColumn: return sourceNames(false);
        }
        return {};
    case Qt::EditRole:
        return index.column() == DateColumn ? QVariant(event->date.earliest()) : data(index, Qt::DisplayRole);
    case Qt::ToolTipRole:
        switch (index.column()) {
        case DateColumn:
            return event->date.inferred
                ? tr("%1 (inferred: %2)").arg(m_formatter.dateWithHijri(event->date), event->date.note)
                : m_formatter.dateWithHijri(event->date);
        case CategoryColumn: return Vocabulary::categoryName(event->category);
        case TitleColumn:
            return event->title.text(m_language == Language::Arabic ? Language::English : Language::Arabic);
        case PlacesColumn: return placeNames();
        case SourcesColumn: return sourceNames(true);
        }
        return {};
    case IdRole: return event->id;
    case StartDateRole: return event->date.earliest();
    case EndDateRole: return event->date.latest();
    case PrecisionRole: return int(event->date.precision);
    case IsRangeRole: return event->date.isRange();
    case InferredRole: return event->date.inferred;
    case DateNoteRole: return event->date.note;
    case DateTextRole: return m_formatter.date(event->date);
    case CategoryRole: return event->category;
    case CategoryTextRole: return Vocabulary::categoryName(event->category);
    case TitleRole: return event->title.text(m_language);
    case TitleArRole: return event->title.ar;
    case TitleEnRole: return event->title.en;
    case SummaryRole: return event->summary.text(m_language);
    case SummaryArRole: return event->summary.ar;
    case SummaryEnRole: return event->summary.en;
    case PlaceIdsRole: return event->placeIds;
    case ActorIdsRole: return event->actorIds;
    case SourceIdsRole: return citedSources(event->citations);
    case ConflictsWithRole: return event->conflictsWith;
    case ConflictNoteRole: return event->conflictNote;
    case SortDateRole: return qint64(event->date.earliest().toJulianDay());
    case SearchTextRole: return m_searchText.value(index.row()).text();
    }
    return {};
}

QVariant EventModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case DateColumn: return tr("Date");
    case CategoryColumn: return tr("Category");
    case TitleColumn: return tr("Event");
    case PlacesColumn: return tr("Places");
    case SourcesColumn: return tr("Sources");
    }
    return {};
}

QHash<int, QByteArray> EventModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    const std::pair<int, QByteArray> ours[] = {
        {IdRole, "eventId"},
        {StartDateRole, "startDate"},
        {EndDateRole, "endDate"},
        {PrecisionRole, "precision"},
        {IsRangeRole, "isRange"},
        {InferredRole, "inferred"},
        {DateNoteRole, "dateNote"},
        {DateTextRole, "dateText"},
        {CategoryRole, "category"},
        {CategoryTextRole, "categoryText"},
        {TitleRole, "title"},
        {TitleArRole, "titleAr"},
        {TitleEnRole, "titleEn"},
        {SummaryRole, "summary"},
        {SummaryArRole, "summaryAr"},
        {SummaryEnRole, "summaryEn"},
        {PlaceIdsRole, "placeIds"},
        {ActorIdsRole, "actorIds"},
        {SourceIdsRole, "sourceIds"},
        {ConflictsWithRole, "conflictsWith"},
        {ConflictNoteRole, "conflictNote"},
        {SortDateRole, "sortDate"},
        {SearchTextRole, "searchText"},
    };
    for (const auto &[role, name] : ours)
        names.insert(role, name);
    return names;
}

void EventModel::rebuildSearchText()
{
    m_searchText.clear();
    if (!m_dataset)
        return;
    m_searchText.reserve(m_dataset->events.size());
    for (const Event &event : m_dataset->events)
        m_searchText.append(TextFolding::IndexedText(EventSearchText::of(event, *m_dataset)));
}

} // namespace Atlas
