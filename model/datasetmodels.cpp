// SPDX-License-Identifier: GPL-3.0-or-later
#include "datasetmodels.h"

namespace Atlas {

DatasetModels::DatasetModels(const Dataset &dataset, const Formatter &formatter)
    : m_formatter(formatter)
{
    const Language language = formatter.language();
    m_events.setLanguage(language);
    m_events.setFormatter(formatter);
    m_events.setDataset(&dataset);
    m_figures.setLanguage(language);
    m_figures.setFormatter(formatter);
    m_figures.setDataset(&dataset);
    m_places.setLanguage(language);
    m_places.setDataset(&dataset);
    m_sources.setLanguage(language);
    m_sources.setFormatter(formatter);
    // Briefings read outlets and titles, never the article files.
    m_sources.setDataset(&dataset, QString());
}

} // namespace Atlas
