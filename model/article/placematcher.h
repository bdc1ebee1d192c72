// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "articlecandidates.h"
#include "foldedtext.h"
#include "gazetteer.h"

#include <QList>
#include <QString>

namespace Atlas {
struct Place;
}

namespace Atlas::Article {

/*
 * Finds place names in an article: the open project's places first, then the gazetteer's, in
 * Arabic and English. Names and text are both folded (FoldedText), so hamza and alef forms,
 * ة/ه and ى/ي never matter; an Arabic name matches with the clitics written onto it (و ب ل ف ك
 * and their pairs: "وبغداد", "بالباغوز", "للرقة" for الرقة) and inside words glued with وال
 * ("سورياوالعراق" holds سوريا and العراق), but never inside a longer word ("العراقية" is not
 * العراق). A project place is also found by its name without a descriptor ("قاعدة التنف" →
 * "التنف"). Where names overlap, the longest wins, and a project place wins a tie. Holds the
 * folded keys it was built with; build once per article set.
 */
class PlaceMatcher
{
public:
    PlaceMatcher(const QList<Place> &projectPlaces, const Gazetteer &gazetteer);

    QList<PlaceCandidate> match(const FoldedText &text) const;
    qsizetype keyCount() const { return m_keys.size(); }

private:
    struct Key
    {
        QString folded;
        bool arabic = true;
        bool withArticle = false; // begins with ال
        int entry = -1;
    };
    void addKeys(const QString &name, int entry, bool project);

    QList<PlaceCandidate> m_entries; // span-less templates
    QList<Key> m_keys;
};

} // namespace Atlas::Article
