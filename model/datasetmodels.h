// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "eventmodel.h"
#include "figuremodel.h"
#include "formatter.h"
#include "placemodel.h"
#include "sourcemodel.h"

namespace Atlas {

/*
 * The item models of one dataset in a language and number style of their own, apart from the
 * document's: what a briefing in Arabic reads while the window stays in English, without
 * switching the document's language under its views. Owns the four models; reads the Dataset,
 * which must outlive it.
 */
class DatasetModels
{
public:
    DatasetModels(const Dataset &dataset, const Formatter &formatter);
    Q_DISABLE_COPY_MOVE(DatasetModels)

    const Formatter &formatter() const { return m_formatter; }
    EventModel *events() { return &m_events; }
    FigureModel *figures() { return &m_figures; }
    PlaceModel *places() { return &m_places; }
    SourceModel *sources() { return &m_sources; }

private:
    Formatter m_formatter;
    EventModel m_events;
    FigureModel m_figures;
    PlaceModel m_places;
    SourceModel m_sources;
};

} // namespace Atlas
