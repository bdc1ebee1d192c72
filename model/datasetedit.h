// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dataset.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace Atlas {

/*
 * A change to a dataset as a value: sources, places, events and figures to add or replace
 * (matched by id), and ids to remove. applyTo() builds the changed Dataset and leaves the
 * original alone; inverse() gives the edit that undoes this one on the dataset it was made for,
 * which is how the undo stack's commands go back. The review of an article (ui/article) makes
 * one; AtlasDocument::applyEdit() applies it.
 */
struct DatasetEdit
{
    QString description;       // for the Edit menu: "Add article “…”"
    QList<Source> sources;
    QList<Place> places;
    QList<Event> events;
    QList<Figure> figures;
    QStringList removeSources;
    QStringList removePlaces;
    QStringList removeEvents;
    QStringList removeFigures;

    bool isEmpty() const;
    Dataset applyTo(const Dataset &dataset) const;
    DatasetEdit inverse(const Dataset &before) const;
};

} // namespace Atlas
