// SPDX-License-Identifier: GPL-3.0-or-later
#include "datasetwriter.h"

#include "projecteventstore.h"

#include "vocabulary.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace Atlas {

namespace {

constexpr int WrittenSchema = 1;

QJsonObject localized(const LocalizedText &text)
{
    return { { u"ar"_s, text.ar }, { u"en"_s, text.en } };
}

QJsonObject english(const QString &text)
{
    return { { u"en"_s, text } };
}

// An English text with the dataset's optional Arabic translation: {"en", "ar"}.
QJsonObject translated(const LocalizedText &text)
{
    QJsonObject object = english(text.en);
    if (!text.ar.isEmpty())
        object.insert(u"ar"_s, text.ar);
    return object;
}

void insertText(QJsonObject *object, const QString &key, const QString &text)
{
    if (!text.isEmpty())
        object->insert(key, text);
}

void insertEnglish(QJsonObject *object, const QString &key, const QString &text)
{
    if (!text.isEmpty())
        object->insert(key, english(text));
}

void insertNumber(QJsonObject *object, const QString &key, std::optional<double> number)
{
    if (number)
        object->insert(key, *number);
}

QJsonObject fuzzyDate(const FuzzyDate &date)
{
    QJsonObject object{
        { u"start"_s, FuzzyDate::isoText(date.start, date.precision) },
        { u"precision"_s, Vocabulary::DatePrecisions[std::size_t(date.precision)].toString() },
        { u"inferred"_s, date.inferred },
    };
    if (date.isRange())
        object.insert(u"end"_s, FuzzyDate::isoText(date.end, date.precision));
    insertEnglish(&object, u"note"_s, date.note);
    return object;
}

QJsonArray citations(const QList<Citation> &list)
{
    QJsonArray array;
    for (const Citation &citation : list) {
        QJsonObject object{ { u"source"_s, citation.sourceId }, { u"quote"_s, citation.quote } };
        insertText(&object, u"outlet"_s, citation.outlet);
        array.append(object);
    }
    return array;
}

void insertConflicts(QJsonObject *object, const QStringList &conflictsWith, const QString &note)
{
    if (!conflictsWith.isEmpty())
        object->insert(u"conflicts_with"_s, QJsonArray::fromStringList(conflictsWith));
    insertEnglish(object, u"conflict_note"_s, note);
}

QJsonObject info(const DatasetInfo &info)
{
    return {
        { u"name"_s, info.name },
        { u"version"_s, info.version },
        { u"created"_s, info.created },
        { u"description"_s, english(info.description) },
        { u"licence"_s, english(info.licence) },
    };
}

QJsonObject source(const Source &source)
{
    QJsonObject object{
        { u"id"_s, source.id },
        { u"file"_s, source.file },
        { u"outlet"_s, localized(source.outlet) },
        { u"title"_s, localized(source.title) },
        { u"published"_s, FuzzyDate::isoText(source.published.start, source.published.precision) },
        { u"published_inferred"_s, source.published.inferred },
    };
    insertEnglish(&object, u"outlet_note"_s, source.outletNote);
    insertText(&object, u"author"_s, source.author);
    insertEnglish(&object, u"note"_s, source.published.note);
    insertText(&object, u"text"_s, source.text);
    if (source.isImport()) {
        QJsonObject imported{ { u"rows"_s, double(source.importRows) } };
        insertText(&imported, u"attribution"_s, source.attribution);
        object.insert(u"import"_s, imported);
    }
    return object;
}

QJsonObject actor(const Actor &actor)
{
    return { { u"id"_s, actor.id }, { u"name"_s, localized(actor.name) }, { u"kind"_s, actor.kind } };
}

QJsonObject place(const Place &place)
{
    QJsonObject object{
        { u"id"_s, place.id },
        { u"name"_s, localized(place.name) },
        { u"kind"_s, place.kind },
        { u"country"_s, place.country },
        { u"lat"_s, place.lat },
        { u"lon"_s, place.lon },
        { u"coord_source"_s, place.coordSource },
        { u"coord_precision"_s, Vocabulary::CoordPrecisions[std::size_t(place.coordPrecision)].toString() },
        { u"theatre"_s, place.theatre },
        { u"citations"_s, citations(place.citations) },
    };
    insertEnglish(&object, u"note"_s, place.note);
    return object;
}

QJsonObject event(const Event &event)
{
    QJsonObject object{
        { u"id"_s, event.id },
        { u"date"_s, fuzzyDate(event.date) },
        { u"category"_s, event.category },
        { u"title"_s, localized(event.title) },
        { u"summary"_s, translated(event.summary) },
        { u"places"_s, QJsonArray::fromStringList(event.placeIds) },
        { u"actors"_s, QJsonArray::fromStringList(event.actorIds) },
        { u"citations"_s, citations(event.citations) },
    };
    insertConflicts(&object, event.conflictsWith, event.conflictNote);
    if (!event.fatalities.isEmpty()) {
        QJsonObject fatalities;
        insertNumber(&fatalities, u"best"_s, event.fatalities.best);
        insertNumber(&fatalities, u"low"_s, event.fatalities.low);
        insertNumber(&fatalities, u"high"_s, event.fatalities.high);
        object.insert(u"fatalities"_s, fatalities);
    }
    if (!event.origin.isEmpty()) {
        QJsonObject origin{ { u"file"_s, event.origin.file }, { u"row"_s, double(event.origin.row) } };
        insertText(&origin, u"record"_s, event.origin.recordId);
        if (!event.origin.fields.isEmpty()) {
            QJsonArray fields;
            for (const auto &[name, text] : event.origin.fields)
                fields.append(QJsonArray{ name, text });
            origin.insert(u"fields"_s, fields);
        }
        object.insert(u"origin"_s, origin);
    }
    if (!event.edited.isEmpty()) {
        object.insert(u"edited"_s, QJsonObject{ { u"by"_s, event.edited.by },
                                                { u"at"_s, event.edited.at.toUTC().toString(Qt::ISODate) } });
    }
    return object;
}

QJsonObject figure(const Figure &figure)
{
    QJsonObject object{
        { u"id"_s, figure.id },
        { u"metric"_s, figure.metric },
        { u"kind"_s, Vocabulary::FigureKinds[std::size_t(figure.kind)].toString() },
        { u"subject"_s, figure.subject },
        { u"theater"_s, QJsonArray::fromStringList(figure.theater) },
        { u"qualifier"_s, figure.qualifier },
        { u"unit"_s, figure.unit },
        { u"as_of"_s, fuzzyDate(figure.asOf) },
        { u"label"_s, localized(figure.label) },
        { u"citations"_s, citations(figure.citations) },
    };
    insertText(&object, u"estimated_by"_s, figure.estimatedBy);
    insertNumber(&object, u"value"_s, figure.value);
    insertNumber(&object, u"min"_s, figure.min);
    insertNumber(&object, u"max"_s, figure.max);
    insertText(&object, u"direction"_s, figure.direction);
    insertEnglish(&object, u"baseline"_s, figure.baseline);
    if (!figure.summary.en.isEmpty() || !figure.summary.ar.isEmpty())
        object.insert(u"summary"_s, translated(figure.summary));
    insertText(&object, u"event"_s, figure.eventId);
    insertConflicts(&object, figure.conflictsWith, figure.conflictNote);
    insertEnglish(&object, u"note"_s, figure.note);
    return object;
}

template<typename T, typename Write>
QJsonArray section(const QList<T> &items, Write write)
{
    QJsonArray array;
    for (const T &item : items)
        array.append(write(item));
    return array;
}

// Every event, from the list or from a large project's file (stopping where the file fails,
// which writeFile() then reports).
QJsonArray events(const Dataset &dataset)
{
    QJsonArray array;
    dataset.forEachEvent([&](const Event &item) {
        array.append(event(item));
        return true;
    });
    return array;
}

} // namespace

QJsonObject DatasetWriter::toJson(const Dataset &dataset)
{
    return {
        { u"schema"_s, WrittenSchema },
        { u"dataset"_s, info(dataset.info) },
        { u"sources"_s, section(dataset.sources, source) },
        { u"actors"_s, section(dataset.actors, actor) },
        { u"places"_s, section(dataset.places, place) },
        { u"events"_s, events(dataset) },
        { u"figures"_s, section(dataset.figures, figure) },
    };
}

QJsonObject DatasetWriter::sourceJson(const Source &item) { return source(item); }
QJsonObject DatasetWriter::actorJson(const Actor &item) { return actor(item); }
QJsonObject DatasetWriter::placeJson(const Place &item) { return place(item); }
QJsonObject DatasetWriter::eventJson(const Event &item) { return event(item); }
QJsonObject DatasetWriter::figureJson(const Figure &item) { return figure(item); }
QJsonObject DatasetWriter::infoJson(const DatasetInfo &item) { return info(item); }

QByteArray DatasetWriter::toBytes(const Dataset &dataset)
{
    return QJsonDocument(toJson(dataset)).toJson(QJsonDocument::Indented);
}

bool DatasetWriter::writeFile(const Dataset &dataset, const QString &fileName, QString *error)
{
    const QByteArray bytes = toBytes(dataset);
    if (dataset.eventStore && !dataset.eventStore->error().isEmpty()) {
        *error = QCoreApplication::translate("Atlas::DatasetWriter", "Cannot write %1: %2")
                     .arg(QDir::toNativeSeparators(fileName), dataset.eventStore->error());
        return false;
    }
    QSaveFile file(fileName);
    if (file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size() && file.commit())
        return true;
    *error = QCoreApplication::translate("Atlas::DatasetWriter", "Cannot write %1: %2")
                 .arg(QDir::toNativeSeparators(fileName), file.errorString());
    return false;
}

} // namespace Atlas
