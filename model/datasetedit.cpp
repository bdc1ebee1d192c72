// SPDX-License-Identifier: GPL-3.0-or-later
#include "datasetedit.h"

namespace Atlas {

namespace {

template<typename T>
void applyList(QList<T> &list, const QList<T> &upserts, const QStringList &removals)
{
    list.removeIf([&](const T &item) { return removals.contains(item.id); });
    for (const T &item : upserts) {
        const auto it = std::find_if(list.begin(), list.end(), [&](const T &existing) { return existing.id == item.id; });
        if (it != list.end())
            *it = item;
        else
            list.append(item);
    }
}

// What undoes `upserts` and `removals` on `before`: removing what was new, restoring what was
// replaced or removed.
template<typename T>
void invertList(const QList<T> &before, const QList<T> &upserts, const QStringList &removals, QList<T> *restore,
                QStringList *remove)
{
    for (const T &item : upserts) {
        const auto it = std::find_if(before.cbegin(), before.cend(), [&](const T &existing) { return existing.id == item.id; });
        if (it != before.cend())
            restore->append(*it);
        else
            remove->append(item.id);
    }
    for (const QString &id : removals) {
        const auto it = std::find_if(before.cbegin(), before.cend(), [&](const T &existing) { return existing.id == id; });
        if (it != before.cend())
            restore->append(*it);
    }
}

} // namespace

bool DatasetEdit::isEmpty() const
{
    return sources.isEmpty() && places.isEmpty() && events.isEmpty() && figures.isEmpty() && removeSources.isEmpty()
        && removePlaces.isEmpty() && removeEvents.isEmpty() && removeFigures.isEmpty();
}

Dataset DatasetEdit::applyTo(const Dataset &dataset) const
{
    Dataset changed = dataset;
    applyList(changed.sources, sources, removeSources);
    applyList(changed.places, places, removePlaces);
    applyList(changed.events, events, removeEvents);
    applyList(changed.figures, figures, removeFigures);
    changed.buildIndex();
    return changed;
}

DatasetEdit DatasetEdit::inverse(const Dataset &before) const
{
    DatasetEdit undo;
    undo.description = description;
    invertList(before.sources, sources, removeSources, &undo.sources, &undo.removeSources);
    invertList(before.places, places, removePlaces, &undo.places, &undo.removePlaces);
    invertList(before.events, events, removeEvents, &undo.events, &undo.removeEvents);
    invertList(before.figures, figures, removeFigures, &undo.figures, &undo.removeFigures);
    return undo;
}

} // namespace Atlas
