// SPDX-License-Identifier: GPL-3.0-or-later
#include "gazetteer.h"

#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Atlas::Article {

QString Gazetteer::bundledPath()
{
    return u":/data/gazetteer/syria-iraq.tsv"_s;
}

QString Gazetteer::attribution()
{
    return QCoreApplication::translate("Gazetteer", "Place names and coordinates: GeoNames (geonames.org), CC BY 4.0");
}

Gazetteer Gazetteer::load(const QString &path, QString *error)
{
    Gazetteer gazetteer;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = QCoreApplication::translate("Gazetteer", "Cannot read the gazetteer %1: %2").arg(path, file.errorString());
        return gazetteer;
    }
    static const QRegularExpression nonWord(u"[^a-z0-9]+"_s);
    int lineNumber = 0;
    while (!file.atEnd()) {
        const QString line = QString::fromUtf8(file.readLine()).trimmed();
        ++lineNumber;
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        const QStringList fields = line.split(u'\t');
        bool latOk = false, lonOk = false;
        GazetteerEntry entry;
        if (fields.size() >= 7) {
            entry.nameEn = fields.at(0);
            entry.nameAr = fields.at(1);
            entry.provinceEn = fields.at(2);
            entry.provinceAr = fields.at(3);
            entry.country = fields.at(4);
            entry.lat = fields.at(5).toDouble(&latOk);
            entry.lon = fields.at(6).toDouble(&lonOk);
        }
        if (!latOk || !lonOk || entry.nameEn.isEmpty()) {
            if (error)
                *error = QCoreApplication::translate("Gazetteer", "%1, line %2: not a gazetteer row").arg(path).arg(lineNumber);
            return {};
        }
        const QString slug = entry.nameEn.normalized(QString::NormalizationForm_KD).toLower().remove(QRegularExpression(u"\\p{Mn}"_s)).replace(nonWord, u"-"_s);
        entry.id = u"gazetteer:"_s + entry.country.toLower() + u'-' + slug.section(u'-', 0, -1, QString::SectionSkipEmpty);
        gazetteer.m_entries.append(entry);
    }
    return gazetteer;
}

} // namespace Atlas::Article
