// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dataset.h"
#include "datasetedit.h"
#include "formatter.h"

#include <QObject>
#include <QString>

#include <memory>

class QItemSelectionModel;

namespace Atlas {

class EventModel;
class EventFilterModel;
class FigureModel;
class FigureFilterModel;
class FilterCriteria;
class PlaceModel;
class SourceModel;

/*
 * One open dataset and everything views share about it. Owns the Dataset, the item models,
 * the FilterCriteria, the filter proxies and the two selection models. Views receive the
 * document and read from it; none owns data or reaches for a global.
 *
 * Data flow: file -> DatasetLoader -> Dataset (here) -> Event/Figure/Place/SourceModel
 *   -> Event/FigureFilterModel (FilterCriteria) -> timeline, table, map, charts.
 * Selection: eventSelection() sits on eventFilterModel(); every event view uses it, so selecting
 * an event anywhere selects it everywhere. figureSelection() does the same for figures. The
 * filter proxies stay in date order; a table sorts in a RecordSortModel of its own and keeps
 * its selection in step with the shared one through a SelectionMirror.
 */
class AtlasDocument : public QObject
{
    Q_OBJECT

public:
    explicit AtlasDocument(QObject *parent = nullptr);
    ~AtlasDocument() override;

    // Replaces the dataset as a whole (models reset, selection and filters cleared).
    // `articleDirectory` holds the source article files; `origin` is the file or resource path.
    void setDataset(Dataset dataset, const QString &origin, const QString &articleDirectory);
    const Dataset &dataset() const { return m_dataset; }
    // Applies an edit (an accepted article, an edited event): builds the new Dataset and sets
    // it with setDataset, keeping the origin and the article directory. The undo stack's
    // commands (ui/article) call this with the edit and with its inverse. The current event
    // (or figure) stays selected when it is still there.
    // Does nothing when the dataset is not editable (see isEditable()).
    void applyEdit(const DatasetEdit &edit);
    // Whether edits, added articles and imports into the open dataset can be made: not while
    // its events stay in the project file (Dataset::eventStore), which edits cannot reach yet.
    bool isEditable() const { return !m_dataset.eventStore; }
    QString origin() const { return m_origin; }
    // After a save under another name: the data stays, it now comes from `origin`.
    void setOrigin(const QString &origin);
    // ":/data/coalition.json", the dataset built into the application.
    static QString bundledDatasetPath();
    static QString bundledArticleDirectory();

    void setLanguage(Language language);
    Language language() const { return m_language; }
    // How numbers and dates are written (digits, month names, Hijri dates), passed on to the
    // models; its language is ignored: formatter() always has the document's language.
    void setFormatter(const Formatter &formatter);
    Formatter formatter() const { return m_formatter; }

    EventModel *eventModel() const { return m_eventModel; }
    FigureModel *figureModel() const { return m_figureModel; }
    PlaceModel *placeModel() const { return m_placeModel; }
    SourceModel *sourceModel() const { return m_sourceModel; }
    FilterCriteria *filter() const { return m_filter; }
    EventFilterModel *eventFilterModel() const { return m_eventFilterModel; }
    FigureFilterModel *figureFilterModel() const { return m_figureFilterModel; }
    QItemSelectionModel *eventSelection() const { return m_eventSelection; }
    QItemSelectionModel *figureSelection() const { return m_figureSelection; }

    // Selects (and makes current) the event with this id in the shared selection; clears the
    // selection when the id is unknown or filtered out. Returns whether it was selected.
    bool selectEvent(const QString &eventId);
    bool selectFigure(const QString &figureId);
    QString currentEventId() const;
    QString currentFigureId() const;

Q_SIGNALS:
    void datasetChanged();
    void originChanged();
    // The language or the formatter changed: every text made for the UI must be made again.
    void languageChanged(Atlas::Language language);

private:
    Dataset m_dataset;
    QString m_origin;
    Language m_language = Language::English;
    Formatter m_formatter;
    EventModel *m_eventModel;
    FigureModel *m_figureModel;
    PlaceModel *m_placeModel;
    SourceModel *m_sourceModel;
    FilterCriteria *m_filter;
    EventFilterModel *m_eventFilterModel;
    FigureFilterModel *m_figureFilterModel;
    QItemSelectionModel *m_eventSelection;
    QItemSelectionModel *m_figureSelection;
};

} // namespace Atlas
