// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventedit.h"

#include "datasetloader.h"
#include "datasetwriter.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Atlas {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Atlas::EventEdit", text);
}

bool sameCitations(const QList<Citation> &a, const QList<Citation> &b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (a.at(i).sourceId != b.at(i).sourceId || a.at(i).quote != b.at(i).quote || a.at(i).outlet != b.at(i).outlet)
            return false;
    }
    return true;
}

} // namespace

EventEdit::Fields EventEdit::changedFields(const Event &before, const Event &after)
{
    Fields fields;
    if (before.title.ar != after.title.ar || before.title.en != after.title.en)
        fields |= Field::Titles;
    if (before.category != after.category)
        fields |= Field::Category;
    if (!(before.date == after.date))
        fields |= Field::Date;
    if (before.placeIds != after.placeIds)
        fields |= Field::Places;
    if (!sameCitations(before.citations, after.citations))
        fields |= Field::Citations;
    if (before.summary.ar != after.summary.ar || before.summary.en != after.summary.en || before.actorIds != after.actorIds
        || before.conflictsWith != after.conflictsWith || before.conflictNote != after.conflictNote
        || !(before.fatalities == after.fatalities) || !(before.origin == after.origin))
        fields |= Field::Other;
    return fields;
}

QString EventEdit::fieldNames(Fields fields)
{
    QStringList names;
    if (fields & Field::Titles)
        names << tr("titles");
    if (fields & Field::Category)
        names << tr("category");
    if (fields & Field::Date)
        names << tr("date");
    if (fields & Field::Places)
        names << tr("places");
    if (fields & Field::Citations)
        names << tr("citations");
    if (fields & Field::Other)
        names << tr("other fields");
    return names.join(tr(", "));
}

DatasetEdit EventEdit::build(const Dataset &dataset, const Event &changed, const QString &editor, const QDateTime &now,
                             QStringList *errors)
{
    QStringList problems;
    const EventRef before = dataset.event(changed.id);
    if (!before)
        problems.append(tr("The event \"%1\" is not in the dataset.").arg(changed.id));
    const Fields fields = before ? changedFields(*before, changed) : Fields();
    if (before && !fields) {
        if (errors)
            errors->clear();
        return {};
    }
    const QString name = editor.trimmed();
    if (name.isEmpty())
        problems.append(tr("An edit says who made it: give your name in Edit > Preferences."));
    if (!now.isValid())
        problems.append(tr("The time of the edit is not known."));

    DatasetEdit edit;
    if (problems.isEmpty()) {
        Event event = changed;
        event.edited.by = name;
        QDateTime at = now.toUTC();
        at.setTime(QTime(at.time().hour(), at.time().minute(), at.time().second())); // the file keeps seconds
        event.edited.at = at;
        edit.events.append(event);
        const auto loaded = DatasetLoader::loadObject(DatasetWriter::toJson(edit.applyTo(dataset)));
        if (const auto *loadErrors = std::get_if<QList<LoadError>>(&loaded)) {
            for (const LoadError &e : *loadErrors)
                problems.append(e.toString());
        } else {
            // The event as a save and reopen give it: a month date keeps no day.
            edit.events = { *std::get<Dataset>(loaded).event(changed.id) };
        }
        edit.description = tr("Edit “%1”: %2").arg(changed.title.text(Language::English), fieldNames(fields));
    }
    if (errors)
        *errors = problems;
    return problems.isEmpty() ? edit : DatasetEdit {};
}

} // namespace Atlas
