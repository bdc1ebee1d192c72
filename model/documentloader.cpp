// SPDX-License-Identifier: GPL-3.0-or-later
#include "documentloader.h"

#include "atlasdocument.h"
#include "datasetloader.h"
#include "projectfile.h"

#include <QDir>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace Atlas {

qint64 eventsInFileAbove()
{
    bool ok = false;
    const qint64 chosen = qEnvironmentVariable("COALITION_ATLAS_EVENTS_IN_FILE_ABOVE").toLongLong(&ok);
    return ok && chosen >= 0 ? chosen : DefaultEventsInFileAbove;
}

bool loadDocument(AtlasDocument &document, const QString &path, QStringList *errors)
{
    return loadDocument(document, path, errors, eventsInFileAbove());
}

bool loadDocument(AtlasDocument &document, const QString &path, QStringList *errors, qint64 eventsInFileAbove)
{
    DatasetLoader::Result result = ProjectFile::isProjectFile(path) ? ProjectFile::load(path, eventsInFileAbove)
                                                                    : DatasetLoader::loadFile(path);
    if (auto *problems = std::get_if<QList<LoadError>>(&result)) {
        if (errors) {
            const QString name = QFileInfo(path).fileName();
            // File-level messages already name the file; JSON-path ones get it in front.
            for (const LoadError &problem : std::as_const(*problems))
                errors->append(problem.path.isEmpty() ? problem.message : name + u": "_s + problem.toString());
        }
        return false;
    }
    const bool bundled = path == AtlasDocument::bundledDatasetPath();
    const QString articles = bundled ? AtlasDocument::bundledArticleDirectory()
                                     : QFileInfo(path).absoluteDir().filePath(u"sources"_s);
    document.setDataset(std::get<Dataset>(std::move(result)), path, articles);
    return true;
}

} // namespace Atlas
