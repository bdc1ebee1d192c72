// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dataset.h"
#include "jsonreader.h"

namespace Atlas {

/*
 * Reads the sections of a parsed schema-1 document into a Dataset and checks every field on its
 * own: presence, type, vocabulary, id and date syntax, number ranges, both languages. Cross
 * references (unique ids, ids that resolve) are DatasetLoader's next step. Every JSON array
 * element gives one list entry, even a broken one, so list rows and JSON paths stay aligned.
 * Errors go to the JsonReader's list; the Dataset it returns is only usable when there are none.
 */
class DatasetReader
{
public:
    static Dataset read(const JsonReader &root);
    // One element of "events": a project too large to hold reads its events one at a time.
    static Event readEvent(const JsonReader &event);

private:
    static DatasetInfo readInfo(const JsonReader &info);
    static Source readSource(const JsonReader &source);
    static Actor readActor(const JsonReader &actor, bool arabicOptional);
    static Place readPlace(const JsonReader &place, bool arabicOptional);
    static Fatalities readFatalities(const JsonReader &fatalities);
    static Provenance readProvenance(const JsonReader &origin);
    static EditMark readEditMark(const JsonReader &edited);
    static Figure readFigure(const JsonReader &figure);
    static void readFigureValue(const JsonReader &figure, Figure *into);
    static FuzzyDate readFuzzyDate(const JsonReader &date);
    static QList<Citation> readCitations(const JsonReader &citations); // at least one
    static LocalizedText readOutlet(const JsonReader &outlet, bool hasNote);
    static void readConflicts(const JsonReader &item, QStringList *conflictsWith, QString *note);
    static QStringList readIds(const JsonReader &ids);
    static QString readEnglishNote(const JsonReader &note, bool required);
};

} // namespace Atlas
