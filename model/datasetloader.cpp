// SPDX-License-Identifier: GPL-3.0-or-later
#include "datasetloader.h"

#include <functional>

#include "datasetreader.h"
#include "jsonreader.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonParseError>

using namespace Qt::StringLiterals;

namespace Atlas {

namespace {

constexpr int SupportedSchema = 1;

// The offset of the first byte that does not start a well-formed UTF-8 sequence (overlong forms,
// surrogates and code points above U+10FFFF included), or -1 when all of it is well formed.
qsizetype firstInvalidUtf8(QByteArrayView bytes)
{
    const auto *data = reinterpret_cast<const unsigned char *>(bytes.data());
    const qsizetype size = bytes.size();
    qsizetype i = 0;
    while (i < size) {
        const unsigned char lead = data[i];
        if (lead < 0x80) {
            ++i;
            continue;
        }
        int length = 0;
        char32_t codePoint = 0;
        char32_t smallest = 0;
        if ((lead & 0xE0) == 0xC0) {
            length = 2, codePoint = lead & 0x1F, smallest = 0x80;
        } else if ((lead & 0xF0) == 0xE0) {
            length = 3, codePoint = lead & 0x0F, smallest = 0x800;
        } else if ((lead & 0xF8) == 0xF0) {
            length = 4, codePoint = lead & 0x07, smallest = 0x10000;
        } else {
            return i;
        }
        if (size - i < length)
            return i;
        for (int k = 1; k < length; ++k) {
            const unsigned char next = data[i + k];
            if ((next & 0xC0) != 0x80)
                return i;
            codePoint = (codePoint << 6) | (next & 0x3F);
        }
        if (codePoint < smallest || codePoint > 0x10FFFF || (codePoint >= 0xD800 && codePoint <= 0xDFFF))
            return i;
        i += length;
    }
    return -1;
}

// "line 3, column 14" for a byte offset into well-formed UTF-8; columns count characters.
QString textPosition(QByteArrayView bytes, qsizetype offset)
{
    offset = qBound(qsizetype(0), offset, bytes.size());
    qsizetype line = 1;
    qsizetype column = 1;
    for (qsizetype i = 0; i < offset; ++i) {
        const auto byte = static_cast<unsigned char>(bytes.at(i));
        if (byte == '\n') {
            ++line;
            column = 1;
        } else if ((byte & 0xC0) != 0x80) {
            ++column;
        }
    }
    return u"line %1, column %2"_s.arg(line).arg(column);
}

QList<LoadError> oneError(const QString &message)
{
    return { LoadError{ QString(), message } };
}

QString tooLarge(qint64 size)
{
    return u"%1 bytes is more than the limit of %2 bytes for a JSON dataset; keep a dataset this large in a "
           "project file (.gpkg)"_s.arg(size).arg(DatasetLoader::MaximumFileSize);
}

/*
 * The checks that need the whole dataset: ids unique within their section, and every id an
 * object refers to present in the section it names. Runs on the DatasetReader's output, whose
 * rows match the JSON array indexes, so each error names the exact JSON path.
 */
class ReferenceCheck
{
public:
    explicit ReferenceCheck(QList<LoadError> *errors) : m_errors(errors) { }
    // For a dataset whose events are elsewhere: whether an event id a figure names exists.
    void setEventLookup(std::function<bool(const QString &)> hasEvent) { m_hasEvent = std::move(hasEvent); }

    void run(const Dataset &dataset)
    {
        m_sources = &dataset.sources;
        // docs/dataset.md: ids are unique across the whole file, not only within a section.
        QHash<QString, QString> firstUse;
        const auto sources = uniqueIds(dataset.sources, u"sources"_s, &firstUse);
        const auto actors = uniqueIds(dataset.actors, u"actors"_s, &firstUse);
        const auto places = uniqueIds(dataset.places, u"places"_s, &firstUse);
        const auto events = uniqueIds(dataset.events, u"events"_s, &firstUse);
        const auto figures = uniqueIds(dataset.figures, u"figures"_s, &firstUse);

        for (qsizetype i = 0; i < dataset.places.size(); ++i)
            checkCitations(dataset.places.at(i).citations, sources, item(u"places"_s, i));
        for (qsizetype i = 0; i < dataset.events.size(); ++i) {
            const Event &event = dataset.events.at(i);
            const QString path = item(u"events"_s, i);
            checkIds(event.placeIds, places, path + u".places"_s, u"place"_s);
            checkIds(event.actorIds, actors, path + u".actors"_s, u"actor"_s);
            checkCitations(event.citations, sources, path);
            checkConflicts(dataset.events, i, events, path, u"event"_s);
        }
        for (qsizetype i = 0; i < dataset.figures.size(); ++i) {
            const Figure &figure = dataset.figures.at(i);
            const QString path = item(u"figures"_s, i);
            resolve(figure.subject, actors, path + u".subject"_s, u"actor"_s);
            resolve(figure.estimatedBy, actors, path + u".estimated_by"_s, u"actor"_s);
            if (m_hasEvent) {
                if (!figure.eventId.isEmpty() && !m_hasEvent(figure.eventId))
                    report(path + u".event"_s, u"unknown event id \"%1\""_s.arg(figure.eventId));
            } else {
                resolve(figure.eventId, events, path + u".event"_s, u"event"_s);
            }
            checkCitations(figure.citations, sources, path);
            checkConflicts(dataset.figures, i, figures, path, u"figure"_s);
        }
    }

private:
    using Ids = QHash<QString, qsizetype>; // id -> row in its section

    static QString item(const QString &section, qsizetype row) { return u"%1[%2]"_s.arg(section).arg(row); }

    void report(const QString &path, const QString &message) { m_errors->append(LoadError{ path, message }); }

    // The rows of one section by id; `firstUse` maps every id seen so far to its JSON path.
    template<typename T>
    Ids uniqueIds(const QList<T> &items, const QString &section, QHash<QString, QString> *firstUse)
    {
        Ids ids;
        for (qsizetype row = 0; row < items.size(); ++row) {
            const QString &id = items.at(row).id;
            if (id.isEmpty())
                continue; // missing or mistyped, already reported
            const auto first = firstUse->constFind(id);
            if (first != firstUse->constEnd()) {
                report(item(section, row) + u".id"_s, u"duplicate id \"%1\" (first at %2)"_s.arg(id, first.value()));
            } else {
                firstUse->insert(id, item(section, row));
                ids.insert(id, row);
            }
        }
        return ids;
    }

    void resolve(const QString &id, const Ids &ids, const QString &path, const QString &kind)
    {
        if (!id.isEmpty() && !ids.contains(id))
            report(path, u"unknown %1 id \"%2\""_s.arg(kind, id));
    }

    void checkIds(const QStringList &list, const Ids &ids, const QString &path, const QString &kind)
    {
        for (qsizetype i = 0; i < list.size(); ++i) {
            const QString elementPath = u"%1[%2]"_s.arg(path).arg(i);
            resolve(list.at(i), ids, elementPath, kind);
            const qsizetype first = list.indexOf(list.at(i));
            if (!list.at(i).isEmpty() && first < i)
                report(elementPath, u"\"%1\" is listed twice (first at [%2])"_s.arg(list.at(i)).arg(first));
        }
    }

    void checkCitations(const QList<Citation> &citations, const Ids &sources, const QString &owner)
    {
        for (qsizetype i = 0; i < citations.size(); ++i) {
            const Citation &citation = citations.at(i);
            resolve(citation.sourceId, sources, u"%1.citations[%2].source"_s.arg(owner).arg(i), u"source"_s);
            // A source that keeps its article's text: every quote of it is a verbatim part of it.
            const qsizetype row = sources.value(citation.sourceId, -1);
            const QString &text = row < 0 ? QString() : (*m_sources)[row].text;
            if (!text.isEmpty() && !citation.quote.isEmpty() && !text.contains(citation.quote))
                report(u"%1.citations[%2].quote"_s.arg(owner).arg(i),
                       u"not a verbatim part of the text of source \"%1\""_s.arg(citation.sourceId));
        }
    }

    // Conflicts resolve, are not with the item itself, and are listed on both sides.
    template<typename T>
    void checkConflicts(const QList<T> &items, qsizetype row, const Ids &ids, const QString &owner,
                        const QString &kind)
    {
        const QString &ownId = items.at(row).id;
        const QStringList &conflicts = items.at(row).conflictsWith;
        const QString path = owner + u".conflicts_with"_s;
        checkIds(conflicts, ids, path, kind);
        for (qsizetype i = 0; i < conflicts.size(); ++i) {
            const QString elementPath = u"%1[%2]"_s.arg(path).arg(i);
            const qsizetype other = ids.value(conflicts.at(i), -1);
            if (ownId.isEmpty() || other < 0)
                continue;
            if (other == row)
                report(elementPath, u"the %1 conflicts with itself"_s.arg(kind));
            else if (!items.at(other).conflictsWith.contains(ownId))
                report(elementPath, u"\"%1\" does not list \"%2\" back in its conflicts_with"_s.arg(conflicts.at(i), ownId));
        }
    }

    QList<LoadError> *m_errors;
    const QList<Source> *m_sources = nullptr;
    std::function<bool(const QString &)> m_hasEvent;
};

} // namespace

DatasetLoader::Result DatasetLoader::loadFile(const QString &fileName)
{
    const QString shownName = QDir::toNativeSeparators(fileName);
    if (QFileInfo(fileName).isDir())
        return oneError(u"cannot open %1: it is a folder, not a file"_s.arg(shownName));
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly))
        return oneError(u"cannot open %1: %2"_s.arg(shownName, file.errorString()));
    // Refuse before reading: a huge file must not be pulled into memory and the JSON parser.
    // Sequential devices report no size, so the read below is bounded too.
    if (!file.isSequential() && file.size() > MaximumFileSize)
        return oneError(u"%1: %2"_s.arg(shownName, tooLarge(file.size())));
    // A file on disk is parsed where the system maps it, not from a copy in memory.
    if (!file.isSequential() && file.size() > 0) {
        if (const uchar *mapped = file.map(0, file.size())) {
            const Result result = loadJson(QByteArray::fromRawData(reinterpret_cast<const char *>(mapped), file.size()));
            file.unmap(const_cast<uchar *>(mapped));
            return result;
        }
    }
    const QByteArray bytes = file.read(MaximumFileSize + 1);
    if (file.error() != QFileDevice::NoError)
        return oneError(u"cannot read %1: %2"_s.arg(shownName, file.errorString()));
    if (bytes.size() > MaximumFileSize)
        return oneError(u"%1: more than the limit of %2 bytes"_s.arg(shownName, QString::number(MaximumFileSize)));
    if (bytes.isEmpty())
        return oneError(u"%1 is empty"_s.arg(shownName));
    return loadJson(bytes);
}

DatasetLoader::Result DatasetLoader::loadJson(const QByteArray &json)
{
    if (json.isEmpty())
        return oneError(u"no data: the input is empty"_s);
    if (json.size() > MaximumFileSize)
        return oneError(tooLarge(json.size()));

    // Editors on Windows may start the file with a byte order mark; it carries no meaning.
    const QByteArrayView utf8Bom("\xEF\xBB\xBF");
    const qsizetype skipped = json.startsWith(utf8Bom) ? utf8Bom.size() : 0;
    const QByteArray text = skipped ? QByteArray::fromRawData(json.constData() + skipped, json.size() - skipped) : json;

    const qsizetype invalidAt = firstInvalidUtf8(text);
    if (invalidAt >= 0) {
        return oneError(u"invalid UTF-8 at byte %1 (%2): the file must be UTF-8 text"_s
                            .arg(invalidAt + skipped)
                            .arg(textPosition(text, invalidAt)));
    }

    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(text, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return oneError(u"JSON syntax error at %1 (byte %2): %3"_s
                            .arg(textPosition(text, parseError.offset))
                            .arg(parseError.offset + skipped)
                            .arg(parseError.errorString()));
    }
    if (!document.isObject()) {
        const QString found = document.isArray() ? u"an array"_s : u"not an object"_s;
        return oneError(u"the top level is %1; expected an object with \"schema\": %2"_s.arg(found).arg(SupportedSchema));
    }

    return loadObject(document.object());
}

DatasetLoader::Result DatasetLoader::loadObject(const QJsonObject &object)
{
    return loadObject(object, {});
}

DatasetLoader::Result DatasetLoader::loadObjectWithoutEvents(const QJsonObject &object,
                                                             const std::function<bool(const QString &)> &hasEvent)
{
    return loadObject(object, hasEvent);
}

DatasetLoader::Result DatasetLoader::loadObject(const QJsonObject &object,
                                                const std::function<bool(const QString &)> &hasEvent)
{
    QList<LoadError> errors;
    const JsonReader root(object, QString(), &errors);
    const JsonReader schema = root.field("schema"_L1);
    if (const auto version = schema.number(); version && *version != SupportedSchema) {
        schema.error(u"unsupported schema %1; this version of Coalition Atlas reads schema %2"_s
                         .arg(JsonReader::numberText(*version))
                         .arg(SupportedSchema));
        return errors; // a different schema has different fields: checking them would only mislead
    }
    root.object({ "schema"_L1, "dataset"_L1, "sources"_L1, "actors"_L1, "places"_L1, "events"_L1,
                  "figures"_L1 });

    Dataset dataset = DatasetReader::read(root);
    ReferenceCheck check(&errors);
    if (hasEvent)
        check.setEventLookup(hasEvent);
    check.run(dataset);
    if (!errors.isEmpty())
        return errors;
    dataset.buildIndex();
    return dataset;
}

} // namespace Atlas
