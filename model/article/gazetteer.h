// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace Atlas::Article {

struct GazetteerEntry
{
    QString id;                // "gazetteer:<country>-<slug of the English name>"
    QString nameEn;
    QString nameAr;            // may be empty: GeoNames has no Arabic name for it
    QString provinceEn;
    QString provinceAr;
    QString country;           // SY, IQ
    double lat = 0;
    double lon = 0;
};

/*
 * The bundled gazetteer of Syria and Iraq: every GeoNames city of the two countries with its
 * English and Arabic names (resources/data/gazetteer/syria-iraq.tsv, GeoNames CC BY 4.0, made by
 * tools/gazetteer). Read once from a file or resource path; a value type.
 */
class Gazetteer
{
public:
    // ":/data/gazetteer/syria-iraq.tsv"
    static QString bundledPath();
    // Reads a gazetteer TSV; on failure returns an empty one and says why in *error.
    static Gazetteer load(const QString &path, QString *error = nullptr);

    const QList<GazetteerEntry> &entries() const { return m_entries; }
    static QString attribution(); // the credit GeoNames asks for

private:
    QList<GazetteerEntry> m_entries;
};

} // namespace Atlas::Article
