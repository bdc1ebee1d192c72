// SPDX-License-Identifier: GPL-3.0-or-later
#include "projectactions.h"

#include "atlasdocument.h"
#include "datasetwriter.h"
#include "plainmessage.h"
#include "projectfile.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QUndoStack>

using namespace Qt::StringLiterals;

namespace Atlas {

ProjectActions::ProjectActions(AtlasDocument *document, QUndoStack *undoStack, QWidget *window)
    : QObject(window)
    , m_document(document)
    , m_undoStack(undoStack)
    , m_window(window)
    , m_save(new QAction(tr("&Save"), this))
    , m_saveAs(new QAction(tr("Save &As…"), this))
    , m_exportDataset(new QAction(tr("Export &Dataset as JSON…"), this))
{
    m_save->setObjectName(u"saveAction"_s);
    m_save->setShortcut(QKeySequence::Save);
    m_save->setToolTip(tr("Save the dataset as the project it was opened from, or as a new project"));
    m_saveAs->setObjectName(u"saveAsAction"_s);
    m_saveAs->setShortcut(QKeySequence::SaveAs);
    m_saveAs->setToolTip(tr("Save the dataset as a new project file (.gpkg)"));
    m_exportDataset->setObjectName(u"exportDatasetAction"_s);
    m_exportDataset->setToolTip(tr("Write the whole dataset in the documented JSON format"));
    connect(m_save, &QAction::triggered, this, &ProjectActions::save);
    connect(m_saveAs, &QAction::triggered, this, &ProjectActions::saveAs);
    connect(m_exportDataset, &QAction::triggered, this, [this] {
        const QString path = QFileDialog::getSaveFileName(m_window, tr("Export Dataset as JSON"), suggestedName(u"json"_s),
                                                          tr("JSON datasets (*.json)"));
        if (!path.isEmpty())
            exportDataset(path.endsWith(u".json"_s, Qt::CaseInsensitive) ? path : path + u".json"_s);
    });
    connect(m_document, &AtlasDocument::datasetChanged, this, [this] {
        // An edit keeps the origin; only a newly opened file is measured again.
        if (m_undoStack->isClean())
            rememberOrigin();
    });
    rememberOrigin();
}

bool ProjectActions::save()
{
    const QString origin = m_document->origin();
    if (!origin.startsWith(u':') && ProjectFile::isProjectFile(origin) && QFileInfo(origin).isFile())
        return saveTo(origin);
    return saveAs();
}

bool ProjectActions::saveAs()
{
    QString path = QFileDialog::getSaveFileName(m_window, tr("Save Project As"), suggestedName(u"gpkg"_s),
                                                tr("Projects (*.gpkg)"));
    if (path.isEmpty())
        return false;
    if (!path.endsWith(u".gpkg"_s, Qt::CaseInsensitive))
        path += u".gpkg"_s;
    return saveTo(path);
}

bool ProjectActions::saveTo(const QString &path)
{
    const QString origin = m_document->origin();
    const bool copying = m_undoStack->isClean() && !origin.startsWith(u':') && originUnchangedOnDisk()
        && ProjectFile::isCurrentProject(origin);
    QString error;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const bool written = copying ? ProjectFile::copy(origin, path, &error)
                                 : ProjectFile::save(m_document->dataset(), path, &error);
    QApplication::restoreOverrideCursor();
    if (!written) {
        plainWarning(m_window, tr("Cannot save the project"), error);
        return false;
    }
    m_document->setOrigin(QFileInfo(path).absoluteFilePath());
    m_undoStack->setClean();
    rememberOrigin();
    Q_EMIT saved(path);
    return true;
}

bool ProjectActions::exportDataset(const QString &path)
{
    QString error;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const bool written = DatasetWriter::writeFile(m_document->dataset(), path, &error);
    QApplication::restoreOverrideCursor();
    if (!written)
        plainWarning(m_window, tr("Cannot export the dataset"), error);
    return written;
}

void ProjectActions::rememberOrigin()
{
    const QFileInfo origin(m_document->origin());
    m_originModified = origin.exists() ? origin.lastModified() : QDateTime();
    m_originSize = origin.exists() ? origin.size() : -1;
}

bool ProjectActions::originUnchangedOnDisk() const
{
    const QFileInfo origin(m_document->origin());
    return origin.isFile() && origin.lastModified() == m_originModified && origin.size() == m_originSize;
}

QString ProjectActions::suggestedName(const QString &suffix) const
{
    const QString origin = m_document->origin();
    if (origin.startsWith(u':'))
        return QDir::home().filePath(u"coalition."_s + suffix);
    const QFileInfo info(origin);
    return info.dir().filePath(info.completeBaseName() + u'.' + suffix);
}

} // namespace Atlas
