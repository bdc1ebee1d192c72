// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "filterstate.h"

#include <QObject>

namespace Atlas {

/*
 * The live FilterState of a document, observable: one instance, owned by AtlasDocument. The
 * filter proxies of events and figures observe it; the filter bar and the timeline's brush edit
 * it. Every edit that changes what passes emits changed() once; one that does not (typing a
 * space, a diacritic) emits nothing.
 */
class FilterCriteria : public QObject
{
    Q_OBJECT

public:
    explicit FilterCriteria(QObject *parent = nullptr);

    const FilterState &state() const { return m_state; }
    // Replaces every criterion at once.
    void setState(const FilterState &state);

    void setTimeWindow(QDate from, QDate to); // either may be invalid (open end)
    void setWindowMatch(WindowMatch match);
    void setCategories(const QSet<QString> &categories);
    void setPlaces(const QSet<QString> &placeIds);
    void setSources(const QSet<QString> &sourceIds);
    void setActors(const QSet<QString> &actorIds);
    void setExtent(const GeoExtent &extent);
    void setQuery(const QString &query);
    void clear();

Q_SIGNALS:
    void changed();

private:
    template<typename Edit>
    void edit(Edit &&change);

    FilterState m_state;
};

} // namespace Atlas
