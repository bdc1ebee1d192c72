// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dataset.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <functional>
#include <variant>

namespace Atlas {

struct LoadError
{
    QString path;     // JSON path, e.g. "events[12].date.start"; empty for file-level problems
    QString message;  // English, e.g. "\"2014-13-01\" is not a date"
    QString toString() const { return path.isEmpty() ? message : path + QStringLiteral(": ") + message; }
};

/*
 * Reads a dataset file (schema 1, docs/dataset.md) into a Dataset and validates all of it:
 * types, ids unique, references resolve, dates real and consistent with their precision,
 * numbers finite, min <= max, both languages present. Returns either a complete Dataset or
 * every error found — never a partial dataset. Stateless.
 */
class DatasetLoader
{
public:
    using Result = std::variant<Dataset, QList<LoadError>>;

    // Qt's JSON parser keeps a document in one buffer with 32-bit offsets; a dataset this large
    // belongs in a project file, which loads without parsing text at all.
    static constexpr qint64 MaximumFileSize = qint64(1) << 30;

    static Result loadFile(const QString &fileName);
    static Result loadJson(const QByteArray &json);
    // The checks after parsing: what loadJson does with its top-level object.
    static Result loadObject(const QJsonObject &object);
    // The same checks for a document without "events", whose events are elsewhere (a large
    // project's, read on demand): a figure's event must be one `hasEvent` knows.
    static Result loadObjectWithoutEvents(const QJsonObject &object, const std::function<bool(const QString &)> &hasEvent);

private:
    static Result loadObject(const QJsonObject &object, const std::function<bool(const QString &)> &hasEvent);
};

} // namespace Atlas
