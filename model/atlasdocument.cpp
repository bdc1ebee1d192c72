// SPDX-License-Identifier: GPL-3.0-or-later
#include "atlasdocument.h"

#include "eventfiltermodel.h"
#include "eventmodel.h"
#include "figurefiltermodel.h"
#include "figuremodel.h"
#include "filtercriteria.h"
#include "placemodel.h"
#include "sourcemodel.h"

#include <QItemSelectionModel>

using namespace Qt::StringLiterals;

namespace Atlas {

AtlasDocument::AtlasDocument(QObject *parent)
    : QObject(parent)
    , m_eventModel(new EventModel(this))
    , m_figureModel(new FigureModel(this))
    , m_placeModel(new PlaceModel(this))
    , m_sourceModel(new SourceModel(this))
    , m_filter(new FilterCriteria(this))
    , m_eventFilterModel(new EventFilterModel(m_filter, this))
    , m_figureFilterModel(new FigureFilterModel(m_filter, this))
    , m_eventSelection(new QItemSelectionModel(m_eventFilterModel, this))
    , m_figureSelection(new QItemSelectionModel(m_figureFilterModel, this))
{
    m_eventFilterModel->setSourceModel(m_eventModel);
    m_figureFilterModel->setSourceModel(m_figureModel);
}

AtlasDocument::~AtlasDocument() = default;

void AtlasDocument::setDataset(Dataset dataset, const QString &origin, const QString &articleDirectory)
{
    // The models point into m_dataset: detach them before it is replaced, so no view reads a
    // half-assigned dataset in between.
    m_eventSelection->clear();
    m_figureSelection->clear();
    m_eventModel->setDataset(nullptr);
    m_figureModel->setDataset(nullptr);
    m_placeModel->setDataset(nullptr);
    m_sourceModel->setDataset(nullptr, {});
    m_filter->clear();

    m_dataset = std::move(dataset);
    m_dataset.buildIndex();
    m_origin = origin;

    m_eventModel->setDataset(&m_dataset);
    m_figureModel->setDataset(&m_dataset);
    m_placeModel->setDataset(&m_dataset);
    m_sourceModel->setDataset(&m_dataset, articleDirectory);
    Q_EMIT datasetChanged();
}

void AtlasDocument::setOrigin(const QString &origin)
{
    if (origin == m_origin)
        return;
    m_origin = origin;
    Q_EMIT originChanged();
}

void AtlasDocument::applyEdit(const DatasetEdit &edit)
{
    if (!isEditable())
        return;
    // The edited event (or figure) stays selected, so the details pane keeps showing it.
    const QString eventId = currentEventId();
    const QString figureId = currentFigureId();
    setDataset(edit.applyTo(m_dataset), m_origin, m_sourceModel->articleDirectory());
    if (!eventId.isEmpty() && m_dataset.event(eventId))
        selectEvent(eventId);
    else if (!figureId.isEmpty() && m_dataset.figure(figureId))
        selectFigure(figureId);
}

QString AtlasDocument::bundledDatasetPath()
{
    return u":/data/coalition.json"_s;
}

QString AtlasDocument::bundledArticleDirectory()
{
    return u":/data/sources"_s;
}

void AtlasDocument::setLanguage(Language language)
{
    if (language == m_language)
        return;
    m_language = language;
    m_formatter = m_formatter.withLanguage(language);
    m_eventModel->setLanguage(language);
    m_figureModel->setLanguage(language);
    m_placeModel->setLanguage(language);
    m_sourceModel->setLanguage(language);
    Q_EMIT languageChanged(language);
}

void AtlasDocument::setFormatter(const Formatter &formatter)
{
    const Formatter wanted = formatter.withLanguage(m_language);
    if (wanted.digits() == m_formatter.digits() && wanted.monthNames() == m_formatter.monthNames()
        && wanted.showsHijri() == m_formatter.showsHijri())
        return;
    m_formatter = wanted;
    m_eventModel->setFormatter(wanted);
    m_figureModel->setFormatter(wanted);
    m_sourceModel->setFormatter(wanted);
    Q_EMIT languageChanged(m_language);
}

bool AtlasDocument::selectEvent(const QString &eventId)
{
    const QModelIndex index = m_eventFilterModel->mapFromSource(m_eventModel->indexOf(eventId));
    if (!index.isValid()) {
        m_eventSelection->clear();
        return false;
    }
    m_eventSelection->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    return true;
}

bool AtlasDocument::selectFigure(const QString &figureId)
{
    const QModelIndex index = m_figureFilterModel->mapFromSource(m_figureModel->indexOf(figureId));
    if (!index.isValid()) {
        m_figureSelection->clear();
        return false;
    }
    m_figureSelection->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    return true;
}

QString AtlasDocument::currentEventId() const
{
    return m_eventSelection->currentIndex().data(EventModel::IdRole).toString();
}

QString AtlasDocument::currentFigureId() const
{
    return m_figureSelection->currentIndex().data(FigureModel::IdRole).toString();
}

} // namespace Atlas
