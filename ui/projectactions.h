// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QObject>
#include <QString>

class QAction;
class QUndoStack;
class QWidget;

namespace Atlas {

class AtlasDocument;

/*
 * File > Save, Save As… and Export Dataset as JSON… for the document. Save writes the project the
 * document came from, or asks for one when it came from a JSON file or the bundled dataset. A
 * project saved unchanged under another name is copied as a file (ProjectFile::copy), not written
 * row by row again; otherwise ProjectFile::save writes it. Either way a failed save names the file
 * and leaves what was there, and a successful one makes the new file the document's origin and
 * marks the edits saved (the undo stack's clean state).
 */
class ProjectActions : public QObject
{
    Q_OBJECT

public:
    ProjectActions(AtlasDocument *document, QUndoStack *undoStack, QWidget *window);

    QAction *saveAction() const { return m_save; }
    QAction *saveAsAction() const { return m_saveAs; }
    QAction *exportDatasetAction() const { return m_exportDataset; }

    // Without dialogs, for the window's own prompts and for tests; false after showing the error.
    bool save();
    bool saveAs();
    bool saveTo(const QString &path);
    bool exportDataset(const QString &path);

Q_SIGNALS:
    void saved(const QString &path);

private:
    void rememberOrigin();
    bool originUnchangedOnDisk() const;
    QString suggestedName(const QString &suffix) const;

    AtlasDocument *m_document;
    QUndoStack *m_undoStack;
    QWidget *m_window;
    QAction *m_save;
    QAction *m_saveAs;
    QAction *m_exportDataset;
    // The origin file as it was when the document read or wrote it: a copy is made only of a
    // file nobody has changed since.
    QDateTime m_originModified;
    qint64 m_originSize = -1;
};

} // namespace Atlas
