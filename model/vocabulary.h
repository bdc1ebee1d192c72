// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

/*
 * The dataset's controlled vocabularies (docs/dataset.md) as translated display names: event
 * categories, figure metrics and units, place kinds and actor kinds. One table per vocabulary,
 * shared by every model and view, so a category reads the same in the table, the timeline legend
 * and the filter bar. An id outside the table is shown as itself with '_' turned into spaces.
 */
namespace Atlas::Vocabulary {

QString categoryName(const QString &id);
QString metricName(const QString &id);
QString placeKindName(const QString &id);
QString actorKindName(const QString &id);
// Countries of the theatre and the coalition by ISO 3166-1 alpha-2 code ("SY" -> Syria).
QString countryName(const QString &code);

// The ids the tables know, in display order (for filter pickers and legends).
QStringList knownCategories();
QStringList knownMetrics();

} // namespace Atlas::Vocabulary
