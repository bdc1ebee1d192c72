// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "articleextractor.h"
#include "datasetedit.h"

#include <QString>
#include <QStringList>

namespace Atlas::Article {

/*
 * Turns the reviewed candidates of one article into a DatasetEdit: the article becomes a
 * source, each accepted event candidate an event and each accepted number a figure, both citing
 * their verbatim sentence; a gazetteer place an accepted item uses becomes a place of the
 * project (coordinates from GeoNames, said so). The edit is checked by writing the changed
 * dataset and loading it back with DatasetLoader, so an edit is either valid or refused with the
 * loader's messages. Stateless; the review dialog (ui/article) collects the decisions.
 */
class ArticleReview
{
public:
    struct SourceInfo
    {
        QString fileName;      // the article's file name, or a name for pasted text
        QString outlet;        // empty: not named
        QString titleAr;
        QString titleEn;
        bool dateUnknown = false;
    };

    struct Decision
    {
        enum class Kind { Event, Number };
        Kind kind = Kind::Event;
        int index = -1;        // into extraction.events or extraction.numbers
        QString category;      // events
        QString titleAr;       // event title or figure label
        QString titleEn;
        QString metric;        // figures
        QString placeId;       // events: replaces the proposed places when set
        QString actorId;       // who acted / who the figure is about
    };

    static DatasetEdit build(const Dataset &dataset, const ArticleExtraction &extraction, const SourceInfo &source,
                             const QList<Decision> &accepted, QStringList *errors);
    // A readable id not yet used in the dataset: "word-word-2", from any text.
    static QString uniqueId(const QString &text, const QSet<QString> &taken);
    // The dataset date a candidate stands for (a range when it spans more than its precision).
    static FuzzyDate fuzzyDate(const DateCandidate &date, const QString &quotedText);
};

} // namespace Atlas::Article
