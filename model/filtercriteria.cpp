// SPDX-License-Identifier: GPL-3.0-or-later
#include "filtercriteria.h"

namespace Atlas {

FilterCriteria::FilterCriteria(QObject *parent)
    : QObject(parent)
{
}

template<typename Edit>
void FilterCriteria::edit(Edit &&change)
{
    FilterState next = m_state;
    change(next);
    setState(next);
}

void FilterCriteria::setState(const FilterState &state)
{
    const bool same = state == m_state;
    m_state = state; // keeps the raw query even when it folds to the same text
    if (!same)
        Q_EMIT changed();
}

void FilterCriteria::setTimeWindow(QDate from, QDate to)
{
    edit([&](FilterState &state) { state.setTimeWindow(from, to); });
}

void FilterCriteria::setWindowMatch(WindowMatch match)
{
    edit([&](FilterState &state) { state.setWindowMatch(match); });
}

void FilterCriteria::setCategories(const QSet<QString> &categories)
{
    edit([&](FilterState &state) { state.setCategories(categories); });
}

void FilterCriteria::setPlaces(const QSet<QString> &placeIds)
{
    edit([&](FilterState &state) { state.setPlaces(placeIds); });
}

void FilterCriteria::setSources(const QSet<QString> &sourceIds)
{
    edit([&](FilterState &state) { state.setSources(sourceIds); });
}

void FilterCriteria::setActors(const QSet<QString> &actorIds)
{
    edit([&](FilterState &state) { state.setActors(actorIds); });
}

void FilterCriteria::setExtent(const GeoExtent &extent)
{
    edit([&](FilterState &state) { state.setExtent(extent); });
}

void FilterCriteria::setQuery(const QString &query)
{
    edit([&](FilterState &state) { state.setQuery(query); });
}

void FilterCriteria::clear()
{
    setState(FilterState());
}

} // namespace Atlas
