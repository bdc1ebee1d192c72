// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

#include <functional>

class QTextBrowser;
class QUndoStack;
class QUrl;

namespace Atlas {

class AtlasDocument;
struct Event;
struct Figure;
struct Citation;
struct LocalizedText;

/*
 * Shows the event or figure selected last (in the shared selections) in Arabic and English, the
 * UI language first: title, summary (the Arabic one marked as the dataset's translation), date
 * with precision and inference note, places, actors, linked conflicts, and each citation with
 * its Arabic quote (right-to-left), outlet, title and publication date. "Show in article"
 * asks for the article viewer; conflict links select the other event. An event edited in the
 * application says by whom and when; "Edit event…" edits it (EventEditDialog, undoable). Owns
 * only its widgets.
 */
class DetailsPane : public QWidget
{
    Q_OBJECT

public:
    explicit DetailsPane(AtlasDocument *document, QWidget *parent = nullptr);

    QString shownId() const { return m_shownId; }
    QString html() const; // what is shown, for tests

    // Editing: "Edit event…" opens an EventEditDialog; its edit goes on `undoStack` as a
    // DatasetEditCommand, marked with the name `editorName` gives at that moment. Without an
    // undo stack the pane only shows.
    void setEditing(QUndoStack *undoStack, std::function<QString()> editorName);
    // Opens the editor for the event shown (what the link does); null when no event is shown.
    class EventEditDialog *editShownEvent();

Q_SIGNALS:
    // The user asked to see a quote in its article.
    void showInArticleRequested(const QString &sourceId, const QString &quote);

private:
    void showCurrentEvent();
    void showCurrentFigure();
    void showEvent(const Event &event);
    void showFigure(const Figure &figure);
    void showNothing();
    void openLink(const QUrl &url);
    QString citationsHtml(const QList<Citation> &citations);
    QString titleHtml(const LocalizedText &title) const;
    QString summaryHtml(const LocalizedText &summary) const;

    AtlasDocument *m_document;
    QTextBrowser *m_browser;
    QString m_shownId;
    QList<Citation> m_shownCitations; // what the "article:N" links refer to
    QUndoStack *m_undoStack = nullptr;
    std::function<QString()> m_editorName;
};

} // namespace Atlas
