// SPDX-License-Identifier: GPL-3.0-or-later
// Opening a project file (ProjectFile::load: a GeoPackage through Qt's SQLite driver, its
// tables turned back into a dataset and checked like a JSON one).
#include "fuzzsupport.h"

#include "projectfile.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString path = AtlasFuzz::writeScratchFile(AtlasFuzz::bytes(data, size), QStringLiteral(".gpkg"));
    if (path.isEmpty())
        return 0;
    const Atlas::DatasetLoader::Result result = Atlas::ProjectFile::load(path);
    if (const auto *errors = std::get_if<QList<Atlas::LoadError>>(&result)) {
        if (errors->isEmpty())
            abort();
    }
    return 0;
}
