// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dataset.h"

#include <QJsonObject>
#include <QString>

namespace Atlas {

/*
 * Writes a Dataset as a schema-1 JSON document (docs/dataset.md), the inverse of DatasetLoader:
 * it follows the reader's optional-field rules (an empty optional text, an empty conflicts_with,
 * an invalid end date and a missing number are left out), so a file the loader accepts, written
 * back, parses to an equal JSON document. Keys come out in alphabetical order. Stateless.
 */
class DatasetWriter
{
public:
    static QJsonObject toJson(const Dataset &dataset);
    // One element of a section, as toJson() writes it: for writers that stream records.
    static QJsonObject sourceJson(const Source &source);
    static QJsonObject actorJson(const Actor &actor);
    static QJsonObject placeJson(const Place &place);
    static QJsonObject eventJson(const Event &event);
    static QJsonObject figureJson(const Figure &figure);
    static QJsonObject infoJson(const DatasetInfo &info);
    // UTF-8 with Arabic as real characters, indented.
    static QByteArray toBytes(const Dataset &dataset);
    // Writes through QSaveFile, so the file is replaced whole or not at all. On failure returns
    // false and sets `error` to a message naming the file.
    static bool writeFile(const Dataset &dataset, const QString &fileName, QString *error);
};

} // namespace Atlas
