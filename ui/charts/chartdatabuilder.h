// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "chartcatalog.h"
#include "chartdata.h"
#include "formatter.h"

#include <QCoreApplication>
#include <QHash>

class QAbstractItemModel;

namespace Atlas {

class AtlasDocument;

// What a chart is built from: the (filtered) figures, the sources and the UI language.
struct ChartContext
{
    const QAbstractItemModel *figures = nullptr; // FigureModel roles, e.g. figureFilterModel()
    const QAbstractItemModel *sources = nullptr; // SourceModel roles; may be null (no source line)
    Formatter formatter;
    bool rightToLeft = false;
    QHash<QString, QString> actorNames;          // actor id -> name in the UI language
    // ISO code -> a name that replaces Vocabulary::countryName() for that code. fromDocument()
    // leaves it empty, so charts name countries as the tables do.
    QHash<QString, QString> theaterNames;

    static ChartContext fromDocument(const AtlasDocument &document, bool rightToLeft);
};

/*
 * Turns the figure rows of a model into the ChartData of one catalogue chart: picks the rows of
 * the chart's metrics, splits them by kind into panels, groups them into series, and writes
 * every text (labels with qualifier marks and dates, axis titles with units, notes, the source
 * line) in the UI language with the Formatter; qualifier marks and their meanings, unit and
 * country names come from Vocabulary, as in the figure table. Reads the models only through their roles, so a
 * QStandardItemModel with the same roles works as well. Owns nothing.
 */
class ChartDataBuilder
{
    Q_DECLARE_TR_FUNCTIONS(ChartDataBuilder)

public:
    explicit ChartDataBuilder(ChartContext context);

    ChartData build(const ChartCatalog::Definition &definition) const;
    ChartData build(const QString &chartName) const; // empty ChartData for unknown names

private:
    QString actorName(const QString &id, const QString &fallback) const;
    QString sourceLine(const QStringList &sourceIds) const;
    QString numberText(double value, bool signedPercent) const;

    ChartContext m_context;
};

} // namespace Atlas
