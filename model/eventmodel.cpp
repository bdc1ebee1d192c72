// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventmodel.h"

#include "eventsearchindex.h"
#include "projecteventstore.h"
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
    const ProjectEventStore *store = dataset ? dataset->eventStore.get() : nullptr;
    m_ownColumns = dataset && !store ? EventColumns(*dataset) : EventColumns();
    m_columns = store ? &store->columns() : &m_ownColumns;
    m_matchedQuery.clear();
    m_matchedRows.clear();
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

EventRef EventModel::event(const QModelIndex &index) const
{
    return index.isValid() && index.model() == this ? eventAt(index.row()) : nullptr;
}

EventRef EventModel::eventAt(int row) const
{
    return m_dataset ? m_dataset->eventAt(row) : nullptr;
}

const std::vector<bool> &EventModel::rowsMatching(const TextFolding::Matcher &matcher, const QString &foldedQuery) const
{
    const int rows = rowCount();
    if (m_matchedQuery == foldedQuery && m_matchedRows.size() == std::size_t(rows))
        return m_matchedRows;
    m_matchedRows.assign(std::size_t(rows), matcher.isEmpty());
    m_matchedQuery = foldedQuery;
    if (matcher.isEmpty() || !m_dataset)
        return m_matchedRows;
    if (!m_dataset->eventStore) {
        for (int row = 0; row < rows; ++row)
            m_matchedRows[std::size_t(row)] = matcher.matches(m_searchText.at(row));
        return m_matchedRows;
    }
    // A large project's file answers from its search index when it has a current one; otherwise
    // every event is read and folded, as an older file or one edited by another tool needs.
    if (const auto rowsFound = m_dataset->eventStore->rowsMatching(foldedQuery)) {
        for (const int found : *rowsFound)
            m_matchedRows[std::size_t(found)] = true;
        return m_matchedRows;
    }
    int row = 0;
    m_dataset->forEachEvent([&](const Event &event) {
        m_matchedRows[std::size_t(row++)] = matcher.matches(EventSearchText::of(event, *m_dataset));
        return true;
    });
    return m_matchedRows;
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
    return parent.isValid() || !m_dataset ? 0 : m_dataset->eventCount();
}

int EventModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

// What the columns answer alone, so that a large project's events are read from its file only
// for their text; an invalid QVariant for everything else.
QVariant EventModel::columnData(int row, int column, int role) const
{
    const EventColumns &columns = *m_columns;
    const auto ids = [&](EventColumns::Range range, const QStringList &table) {
        QStringList list;
        for (const quint32 index : range)
            list.append(table.at(qsizetype(index)));
        return list;
    };
    switch (role) {
    case Qt::DisplayRole:
        if (column == CategoryColumn)
            return Vocabulary::categoryName(columns.categoryIds().at(columns.category(row)));
        return {};
    case Qt::EditRole:
        if (column == DateColumn)
            return QDate::fromJulianDay(columns.earliestDay(row));
        return column == CategoryColumn ? columnData(row, column, Qt::DisplayRole) : QVariant();
    case IdRole: return m_dataset->eventStore->id(row);
    case StartDateRole: return QDate::fromJulianDay(columns.earliestDay(row));
    case EndDateRole: return QDate::fromJulianDay(columns.latestDay(row));
    case PrecisionRole: return int(columns.precision(row));
    case CategoryRole: return columns.categoryIds().at(columns.category(row));
    case CategoryTextRole: return Vocabulary::categoryName(columns.categoryIds().at(columns.category(row)));
    case PlaceIdsRole: return ids(columns.places(row), columns.placeIds());
    case ActorIdsRole: return ids(columns.actors(row), columns.actorIds());
    case SourceIdsRole: return ids(columns.sources(row), columns.sourceIds());
    case SortDateRole: return qint64(columns.earliestDay(row));
    case IsRangeRole: return columns.isRange(row);
    case InferredRole: return columns.isInferred(row);
    case ConflictsWithRole: return m_dataset->eventStore->conflictsOf(row);
    }
    return {};
}

QVariant EventModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.model() != this || !m_dataset)
        return {};
    if (m_dataset->eventStore) {
        if (QVariant value = columnData(index.row(), index.column(), role); value.isValid())
            return value;
    }
    const EventRef event = eventAt(index.row());
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
    case SearchTextRole: return m_dataset->eventStore ? EventSearchText::of(*event, *m_dataset) : m_searchText.value(index.row()).text();
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
    if (!m_dataset || m_dataset->eventStore)
        return;
    m_searchText.reserve(m_dataset->events.size());
    for (const Event &event : m_dataset->events)
        m_searchText.append(TextFolding::IndexedText(EventSearchText::of(event, *m_dataset)));
}

} // namespace Atlas
