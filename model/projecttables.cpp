// SPDX-License-Identifier: GPL-3.0-or-later
#include "projecttables.h"

#include "datasetwriter.h"
#include "eventsearchindex.h"
#include "geopackage.h"
#include "projecteventstore.h"
#include "sqlconnection.h"
#include "sqlitestatement.h"
#include "vocabulary.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QSqlQuery>

#include <algorithm>
#include <array>
#include <map>
#include <memory>
#include <vector>

using namespace Qt::StringLiterals;

namespace Atlas {

namespace {

enum class Type { Text, Boolean, Number, Json }; // Json: an array or object as compact JSON text

// One column and the JSON field it holds, as a path below an element ("date.note.en"); an empty
// path is the element itself, as in a list of ids.
struct Column
{
    QString name;
    QString field;
    Type type = Type::Text;
    bool required = false; // NOT NULL: DatasetWriter always writes the field
};

Column required(const QString &name, const QString &field, Type type = Type::Text)
{
    return Column{ name, field, type, true };
}

Column optional(const QString &name, const QString &field, Type type = Type::Text)
{
    return Column{ name, field, type, false };
}

enum class Geometry {
    None,
    Coordinates, // the element's lon and lat, read back into them
    FirstPlace,  // the point of the element's first place: derived on writing, ignored on reading
};

// A table with one row per element of the JSON section of the same name, in section order.
struct SectionTable
{
    QString name;
    QString description;
    Geometry geometry = Geometry::None;
    QList<Column> columns;
};

// A section whose elements own entries of a list table, and its name in owner_kind.
struct Owner
{
    QString section;
    QString kind;
};

// A table with one row per entry of a list field of one or more sections, in list order.
struct ListTable
{
    QString name;
    QString description;
    QString field;         // the list field of each owner element
    QList<Owner> owners;   // more than one: the rows say whose they are in owner_kind
    QString ownerColumn;   // the owner element's id
    bool required = true;  // an owner without rows reads back with an empty list, else without
    QList<Column> columns; // of each entry
};

// docs/projectfile.md documents every table and column below; keep the two in step.
const QList<SectionTable> &sectionTables()
{
    static const QList<SectionTable> tables{
        { u"sources"_s, u"The source articles"_s, Geometry::None,
          { required(u"id"_s, u"id"_s), required(u"file"_s, u"file"_s),
            required(u"outlet_ar"_s, u"outlet.ar"_s), required(u"outlet_en"_s, u"outlet.en"_s),
            optional(u"outlet_note"_s, u"outlet_note.en"_s), optional(u"author"_s, u"author"_s),
            required(u"title_ar"_s, u"title.ar"_s), required(u"title_en"_s, u"title.en"_s),
            required(u"published"_s, u"published"_s),
            required(u"published_inferred"_s, u"published_inferred"_s, Type::Boolean),
            optional(u"note"_s, u"note.en"_s), optional(u"import_rows"_s, u"import.rows"_s, Type::Number),
            optional(u"import_attribution"_s, u"import.attribution"_s), optional(u"text"_s, u"text"_s) } },
        { u"actors"_s, u"States, groups, organisations and people"_s, Geometry::None,
          { required(u"id"_s, u"id"_s), required(u"name_ar"_s, u"name.ar"_s),
            required(u"name_en"_s, u"name.en"_s), required(u"kind"_s, u"kind"_s) } },
        { u"places"_s, u"Named places, at their coordinates"_s, Geometry::Coordinates,
          { required(u"id"_s, u"id"_s), required(u"name_ar"_s, u"name.ar"_s),
            required(u"name_en"_s, u"name.en"_s), required(u"kind"_s, u"kind"_s),
            required(u"country"_s, u"country"_s), required(u"coord_source"_s, u"coord_source"_s),
            required(u"coord_precision"_s, u"coord_precision"_s),
            required(u"theatre"_s, u"theatre"_s, Type::Boolean), optional(u"note"_s, u"note.en"_s) } },
        { u"events"_s, u"Dated events, at the point of their first place"_s, Geometry::FirstPlace,
          { required(u"id"_s, u"id"_s), required(u"date_start"_s, u"date.start"_s),
            optional(u"date_end"_s, u"date.end"_s), required(u"date_precision"_s, u"date.precision"_s),
            required(u"date_inferred"_s, u"date.inferred"_s, Type::Boolean),
            optional(u"date_note"_s, u"date.note.en"_s), required(u"category"_s, u"category"_s),
            required(u"title_ar"_s, u"title.ar"_s), required(u"title_en"_s, u"title.en"_s),
            required(u"summary"_s, u"summary.en"_s), optional(u"summary_ar"_s, u"summary.ar"_s),
            optional(u"conflict_note"_s, u"conflict_note.en"_s),
            optional(u"fatalities_best"_s, u"fatalities.best"_s, Type::Number),
            optional(u"fatalities_low"_s, u"fatalities.low"_s, Type::Number),
            optional(u"fatalities_high"_s, u"fatalities.high"_s, Type::Number),
            optional(u"origin_file"_s, u"origin.file"_s), optional(u"origin_row"_s, u"origin.row"_s, Type::Number),
            optional(u"origin_record"_s, u"origin.record"_s),
            optional(u"origin_fields"_s, u"origin.fields"_s, Type::Json),
            optional(u"edited_by"_s, u"edited.by"_s), optional(u"edited_at"_s, u"edited.at"_s) } },
        { u"figures"_s, u"Numbers the articles give"_s, Geometry::None,
          { required(u"id"_s, u"id"_s), required(u"metric"_s, u"metric"_s), required(u"kind"_s, u"kind"_s),
            required(u"subject"_s, u"subject"_s), optional(u"estimated_by"_s, u"estimated_by"_s),
            optional(u"value"_s, u"value"_s, Type::Number), optional(u"min"_s, u"min"_s, Type::Number),
            optional(u"max"_s, u"max"_s, Type::Number), required(u"qualifier"_s, u"qualifier"_s),
            required(u"unit"_s, u"unit"_s), optional(u"direction"_s, u"direction"_s),
            required(u"as_of_start"_s, u"as_of.start"_s), optional(u"as_of_end"_s, u"as_of.end"_s),
            required(u"as_of_precision"_s, u"as_of.precision"_s),
            required(u"as_of_inferred"_s, u"as_of.inferred"_s, Type::Boolean),
            optional(u"as_of_note"_s, u"as_of.note.en"_s), optional(u"baseline"_s, u"baseline.en"_s),
            required(u"label_ar"_s, u"label.ar"_s), required(u"label_en"_s, u"label.en"_s),
            optional(u"summary_en"_s, u"summary.en"_s), optional(u"summary_ar"_s, u"summary.ar"_s),
            optional(u"event_id"_s, u"event"_s), optional(u"conflict_note"_s, u"conflict_note.en"_s),
            optional(u"note"_s, u"note.en"_s) } },
    };
    return tables;
}

const QList<ListTable> &listTables()
{
    static const QList<ListTable> tables{
        { u"event_places"_s, u"The places of each event, in order"_s, u"places"_s,
          { { u"events"_s, u"event"_s } }, u"event_id"_s, true, { required(u"place_id"_s, QString()) } },
        { u"event_actors"_s, u"The actors of each event, in order"_s, u"actors"_s,
          { { u"events"_s, u"event"_s } }, u"event_id"_s, true, { required(u"actor_id"_s, QString()) } },
        { u"figure_theaters"_s, u"The countries each figure covers, in order"_s, u"theater"_s,
          { { u"figures"_s, u"figure"_s } }, u"figure_id"_s, true, { required(u"country"_s, QString()) } },
        { u"citations"_s, u"The quoted passages behind each place, event and figure"_s, u"citations"_s,
          { { u"places"_s, u"place"_s }, { u"events"_s, u"event"_s }, { u"figures"_s, u"figure"_s } },
          u"owner_id"_s, true, { required(u"source_id"_s, u"source"_s), required(u"quote"_s, u"quote"_s),
                                  optional(u"outlet"_s, u"outlet"_s) } },
        { u"conflicts"_s, u"Events and figures that conflict with each other"_s, u"conflicts_with"_s,
          { { u"events"_s, u"event"_s }, { u"figures"_s, u"figure"_s } }, u"owner_id"_s, false,
          { required(u"other_id"_s, QString()) } },
    };
    return tables;
}

// atlas_meta keys of the "dataset" object's fields; the file's own keys are written beside them.
const QList<Column> &metaColumns()
{
    static const QList<Column> columns{
        required(u"dataset_name"_s, u"name"_s), required(u"dataset_version"_s, u"version"_s),
        required(u"dataset_created"_s, u"created"_s),
        required(u"dataset_description"_s, u"description.en"_s),
        required(u"dataset_licence"_s, u"licence.en"_s),
    };
    return columns;
}

const QString MetaDescription = u"Coalition Atlas project metadata: schema version, application, dataset"_s;
const QString GeometryColumn = u"geom"_s;
const QString PointType = u"POINT"_s;

/*
 * What each schema version added to the tables of the one before: NULL (absent) in older files.
 * Reading an older file creates a TEMP view of the current layout over each table that changed
 * since (TEMP names shadow the file's own), so the file, open read-only, is never written.
 */
struct AddedColumns
{
    int version;   // the version that added them
    QString table;
    QStringList columns;
};

const QList<AddedColumns> &addedColumns()
{
    static const QList<AddedColumns> added{
        // 2: the summaries' Arabic translation and the figures' summary.
        { 2, u"events"_s, { u"summary_ar"_s } },
        { 2, u"figures"_s, { u"summary_en"_s, u"summary_ar"_s } },
        // 3: imported records: fatalities, provenance, and the outlet a citation names.
        { 3, u"events"_s, { u"fatalities_best"_s, u"fatalities_low"_s, u"fatalities_high"_s, u"origin_file"_s,
                            u"origin_row"_s, u"origin_record"_s, u"origin_fields"_s } },
        { 3, u"citations"_s, { u"outlet"_s } },
        { 3, u"sources"_s, { u"import_rows"_s, u"import_attribution"_s } },
        // 4: who edited an event and when; the text of an article added in the application.
        { 4, u"events"_s, { u"edited_by"_s, u"edited_at"_s } },
        { 4, u"sources"_s, { u"text"_s } },
        // 5: the events' search index (event_search, atlas_meta.search_index) and its triggers, no
        // columns: an older file has none, EventSearchIndex::isUsable() says so and search scans.
    };
    return added;
}

QJsonValue valueAt(const QJsonValue &value, QStringView path)
{
    if (path.isEmpty())
        return value;
    const qsizetype dot = path.indexOf(u'.');
    const QJsonValue head = value.toObject().value(dot < 0 ? path : path.first(dot));
    return dot < 0 ? head : valueAt(head, path.sliced(dot + 1));
}

void setValueAt(QJsonObject *object, QStringView path, const QJsonValue &value)
{
    const qsizetype dot = path.indexOf(u'.');
    if (dot < 0) {
        object->insert(path, value);
        return;
    }
    QJsonObject child = object->value(path.first(dot)).toObject();
    setValueAt(&child, path.sliced(dot + 1), value);
    object->insert(path.first(dot), child);
}

QVariant toSql(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Bool: return value.toBool();
    case QJsonValue::Double: return value.toDouble();
    case QJsonValue::String: {
        // A null QString would be bound as NULL, which reads back as an absent field.
        const QString text = value.toString();
        return text.isNull() ? QVariant(u""_s) : QVariant(text);
    }
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    case QJsonValue::Null:
    case QJsonValue::Undefined: break;
    }
    return {};
}

// NULL is an absent field; booleans are stored as 0 and 1. Any other value keeps its SQLite
// type, so DatasetLoader reports a number in a text column as such.
QJsonValue fromSql(const QVariant &value, Type type)
{
    if (value.isNull())
        return QJsonValue(QJsonValue::Undefined);
    if (type == Type::Json && value.typeId() == QMetaType::QString) {
        // Text that is not JSON stays text, for the loader to report as the wrong type.
        const QJsonDocument document = QJsonDocument::fromJson(value.toString().toUtf8());
        if (document.isArray())
            return document.array();
        if (document.isObject())
            return document.object();
    }
    if (type == Type::Boolean && value.typeId() == QMetaType::LongLong) {
        const qlonglong flag = value.toLongLong();
        if (flag == 0 || flag == 1)
            return flag == 1;
    }
    return QJsonValue::fromVariant(value);
}

QString definition(const Column &column)
{
    static const std::array<QString, 4> types{ u"TEXT"_s, u"BOOLEAN"_s, u"DOUBLE"_s, u"TEXT"_s };
    QString text = column.name + u' ' + types[std::size_t(column.type)];
    if (column.required)
        text += u" NOT NULL"_s;
    if (column.name == u"id"_s)
        text += u" UNIQUE"_s; // ids are unique, and other tables refer to them
    return text;
}

const QString KeyColumn = u"fid INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL"_s;

QStringList definitions(const SectionTable &table)
{
    QStringList list{ KeyColumn };
    if (table.geometry != Geometry::None)
        list.append(GeometryColumn + u' ' + PointType);
    for (const Column &column : table.columns)
        list.append(definition(column));
    return list;
}

QStringList definitions(const ListTable &table)
{
    QStringList list{ KeyColumn };
    if (table.owners.size() > 1)
        list.append(u"owner_kind TEXT NOT NULL"_s);
    list.append(table.ownerColumn + u" TEXT NOT NULL"_s);
    list.append(u"ordinal INTEGER NOT NULL"_s);
    for (const Column &column : table.columns)
        list.append(definition(column));
    return list;
}

const QStringList MetaDefinitions{ KeyColumn, u"key TEXT NOT NULL UNIQUE"_s, u"value TEXT NOT NULL"_s };

QStringList names(const QStringList &definitions)
{
    QStringList list;
    for (const QString &definition : definitions)
        list.append(definition.section(u' ', 0, 0));
    return list;
}

// Table and column names are the constants above, never data: only values are bound.
std::unique_ptr<SqliteStatement> createAndPrepareInsert(SqlConnection &connection, const QString &table,
                                                        const QStringList &definitions)
{
    connection.exec(u"CREATE TABLE %1 (%2)"_s.arg(table, definitions.join(u", "_s)));
    const QStringList columns = names(definitions).mid(1); // fid is assigned by SQLite
    QStringList placeholders(columns.size(), u"?"_s);
    return std::make_unique<SqliteStatement>(
        connection, u"INSERT INTO %1 (%2) VALUES (%3)"_s.arg(table, columns.join(u", "_s), placeholders.join(u", "_s)));
}

QSqlQuery selectAll(SqlConnection &connection, const QString &table, const QStringList &definitions,
                    const QString &order, const QString &where = {})
{
    return connection.select(u"SELECT %1 FROM %2%3 ORDER BY %4"_s.arg(
        names(definitions).join(u", "_s), table, where.isEmpty() ? QString() : u" WHERE "_s + where, order));
}

using Points = QHash<QString, QPointF>; // place id -> lon, lat

std::optional<QPointF> coordinates(const QJsonObject &element)
{
    const QJsonValue lon = element.value("lon"_L1);
    const QJsonValue lat = element.value("lat"_L1);
    if (!lon.isDouble() || !lat.isDouble())
        return std::nullopt;
    return QPointF(lon.toDouble(), lat.toDouble());
}

std::optional<QPointF> pointOf(Geometry geometry, const QJsonObject &element, const Points &places)
{
    if (geometry == Geometry::Coordinates)
        return coordinates(element);
    const QString firstPlace = element.value("places"_L1).toArray().at(0).toString();
    const auto found = places.constFind(firstPlace);
    return found == places.constEnd() ? std::nullopt : std::optional<QPointF>(*found);
}

void extend(std::optional<GeoPackage::Extent> *extent, QPointF point)
{
    if (!*extent) {
        *extent = GeoPackage::Extent{ point.x(), point.y(), point.x(), point.y() };
        return;
    }
    GeoPackage::Extent &box = **extent;
    box.minX = qMin(box.minX, point.x());
    box.minY = qMin(box.minY, point.y());
    box.maxX = qMax(box.maxX, point.x());
    box.maxY = qMax(box.maxY, point.y());
}

bool writeMeta(SqlConnection &connection, const QJsonObject &info)
{
    const QStringList columns = names(MetaDefinitions).mid(1);
    QSqlQuery insert = connection.prepare(u"INSERT INTO %1 (%2) VALUES (?, ?)"_s.arg(ProjectTables::MetaTable,
                                                                               columns.join(u", "_s)));
    connection.run(insert, { ProjectTables::SchemaVersionKey, QString::number(ProjectTables::SchemaVersion) });
    connection.run(insert, { u"application"_s, u"Coalition Atlas"_s });
    connection.run(insert, { u"application_version"_s, QStringLiteral(COALITION_ATLAS_VERSION) });
    for (const Column &column : metaColumns()) {
        const QJsonValue value = valueAt(info, column.field);
        if (!value.isUndefined())
            connection.run(insert, { column.name, toSql(value) });
    }
    return GeoPackage::addAttributes(connection, ProjectTables::MetaTable, MetaDescription);
}

QJsonObject readMeta(SqlConnection &connection)
{
    QHash<QString, QVariant> values;
    QSqlQuery query = connection.select(u"SELECT key, value FROM %1"_s.arg(ProjectTables::MetaTable));
    while (query.next())
        values.insert(query.value(0).toString(), query.value(1));
    QJsonObject info;
    for (const Column &column : metaColumns()) {
        const QJsonValue value = fromSql(values.value(column.name), column.type);
        if (!value.isUndefined())
            setValueAt(&info, column.field, value);
    }
    return info;
}

// The rows of one list table, by owner, in list order: read before the sections, so each element
// gets its lists as it is built rather than being copied again for every list table.
// The entry of a list row whose entry columns start at `index`: a bare value for a list of ids,
// an object otherwise.
QJsonValue listEntry(const ListTable &table, const QSqlQuery &query, int index)
{
    if (table.columns.size() == 1 && table.columns.first().field.isEmpty()) {
        const QJsonValue entry = fromSql(query.value(index), table.columns.first().type);
        return entry.isUndefined() ? QJsonValue(QJsonValue::Null) : entry; // reported by the loader as a wrong type
    }
    QJsonObject object;
    for (const Column &column : table.columns) {
        const QJsonValue value = fromSql(query.value(index++), column.type);
        if (!value.isUndefined())
            setValueAt(&object, column.field, value);
    }
    return object;
}

// The fields of a section row whose columns of `table` start at `index`.
void readColumns(const SectionTable &table, const QSqlQuery &query, int index, QJsonObject *element)
{
    for (const Column &column : table.columns) {
        const QJsonValue value = fromSql(query.value(index++), column.type);
        if (!value.isUndefined())
            setValueAt(element, column.field, value);
    }
}

struct ListEntries
{
    using Key = std::pair<QString, QString>; // owner kind, owner id
    QHash<Key, QJsonArray> entries;
    QHash<Key, qint64> firstFid;
};
using Lists = QHash<QString, ListEntries>; // by list table name

ListEntries readListEntries(SqlConnection &connection, const ListTable &table, bool withEvents)
{
    const bool severalOwners = table.owners.size() > 1;
    const QString order = (severalOwners ? u"owner_kind, "_s : QString()) + table.ownerColumn + u", ordinal, fid"_s;
    const QString where = !withEvents && severalOwners ? u"owner_kind <> 'event'"_s : QString();
    QSqlQuery query = selectAll(connection, table.name, definitions(table), order, where);
    ListEntries list;
    while (query.next()) {
        int index = 0;
        const qint64 fid = query.value(index++).toLongLong();
        const QString kind = severalOwners ? query.value(index++).toString() : table.owners.first().kind;
        const ListEntries::Key key{ kind, query.value(index++).toString() };
        ++index; // ordinal: the ORDER BY has used it
        const QJsonValue entry = listEntry(table, query, index);
        const auto first = list.firstFid.constFind(key);
        if (first == list.firstFid.constEnd() || fid < *first)
            list.firstFid.insert(key, fid);
        list.entries[key].append(entry);
    }
    return list;
}

// Gives the element of `section` the lists it owns, taking them out of `lists`.
void attachLists(QJsonObject *element, const QString &section, Lists *lists)
{
    const QString id = element->value("id"_L1).toString();
    for (const ListTable &table : listTables()) {
        for (const Owner &owner : table.owners) {
            if (owner.section != section)
                continue;
            const QJsonArray entries = (*lists)[table.name].entries.take(ListEntries::Key{ owner.kind, id });
            if (!entries.isEmpty() || table.required)
                element->insert(table.field, entries);
        }
    }
}

// The rows left over once every element has taken its own: their owner does not exist.
void reportOrphans(const ListTable &table, const ListEntries &list, ProjectTables::Rows *rows)
{
    QStringList kinds;
    for (const Owner &owner : table.owners)
        kinds.append(owner.kind);
    for (auto it = list.entries.cbegin(); it != list.entries.cend(); ++it) {
        const auto &[kind, id] = it.key();
        const QString path = ProjectTables::rowName(table.name, list.firstFid.value(it.key()), QString());
        const QString message = kinds.contains(kind)
            ? QCoreApplication::translate("Atlas::ProjectTables", "%n row(s) for %1 \"%2\", which is not in the table %3",
                                          nullptr, int(it.value().size()))
                  .arg(kind, id, table.owners.at(kinds.indexOf(kind)).section)
            : QCoreApplication::translate("Atlas::ProjectTables", "owner_kind \"%1\" is not one of %2")
                  .arg(kind, kinds.join(u", "_s));
        rows->errors.append(LoadError{ path, message });
    }
}

QJsonArray readSection(SqlConnection &connection, const SectionTable &table, Lists *lists, ProjectTables::Rows *rows)
{
    QSqlQuery query = selectAll(connection, table.name, definitions(table), u"fid"_s);
    QJsonArray elements;
    QList<qint64> &fids = rows->fids[table.name];
    while (query.next()) {
        QJsonObject element;
        int index = 0;
        fids.append(query.value(index++).toLongLong());
        const QVariant geometry = table.geometry == Geometry::None ? QVariant() : query.value(index++);
        readColumns(table, query, index, &element);
        if (table.geometry == Geometry::Coordinates && !geometry.isNull()) {
            const auto point = GeoPackage::readPoint(geometry.toByteArray());
            if (const auto *problem = std::get_if<QString>(&point)) {
                rows->errors.append(LoadError{ ProjectTables::rowName(table.name, fids.last(),
                                                                      element.value("id"_L1).toString())
                                                   + u'.' + GeometryColumn,
                                               *problem });
            } else {
                element.insert("lon"_L1, std::get<QPointF>(point).x());
                element.insert("lat"_L1, std::get<QPointF>(point).y());
            }
        }
        attachLists(&element, table.name, lists);
        elements.append(element);
    }
    return elements;
}

QSet<QString> tablesOf(SqlConnection &connection)
{
    QSet<QString> tables;
    QSqlQuery query = connection.select(u"SELECT name FROM sqlite_master WHERE type = 'table'"_s);
    while (query.next())
        tables.insert(query.value(0).toString());
    return tables;
}

// Every table of the layout with its column definitions, atlas_meta first.
QList<std::pair<QString, QStringList>> layout()
{
    QList<std::pair<QString, QStringList>> tables{ { ProjectTables::MetaTable, MetaDefinitions } };
    for (const SectionTable &table : sectionTables())
        tables.append({ table.name, definitions(table) });
    for (const ListTable &table : listTables())
        tables.append({ table.name, definitions(table) });
    return tables;
}

// What toSql() makes of an event's field, straight from the Event: the JSON path builds the whole
// element first, which is most of the cost of writing a million imported events. The round-trip
// tests (Event -> row -> JSON equal to DatasetWriter's) hold the two paths to the same values.
QVariant text(const QString &value)
{
    return value.isNull() ? QVariant(u""_s) : QVariant(value);
}

QVariant textOrNull(const QString &value)
{
    return value.isEmpty() ? QVariant() : QVariant(value);
}

QVariant numberOrNull(const std::optional<double> &value)
{
    return value ? QVariant(*value) : QVariant();
}

// JSON strings (RFC 8259, section 7): quotation marks, backslashes and control characters
// escaped, everything else as it is. jsonStringSize() is what writeJsonString() writes.
qsizetype jsonStringSize(QStringView text)
{
    qsizetype size = text.size() + 2;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u == u'"' || u == u'\\' || u == u'\n' || u == u'\r' || u == u'\t')
            size += 1;
        else if (u < 0x20)
            size += 5;
    }
    return size;
}

char16_t *writeJsonString(char16_t *out, QStringView text)
{
    static constexpr char16_t Hex[] = u"0123456789abcdef";
    *out++ = u'"';
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u >= 0x20 && u != u'"' && u != u'\\') {
            *out++ = u;
            continue;
        }
        *out++ = u'\\';
        switch (u) {
        case u'"': *out++ = u'"'; break;
        case u'\\': *out++ = u'\\'; break;
        case u'\n': *out++ = u'n'; break;
        case u'\r': *out++ = u'r'; break;
        case u'\t': *out++ = u't'; break;
        default:
            *out++ = u'u';
            *out++ = u'0';
            *out++ = u'0';
            *out++ = Hex[u >> 4];
            *out++ = Hex[u & 0xf];
            break;
        }
    }
    *out++ = u'"';
    return out;
}

// origin.fields as the JSON text toSql() makes of it, [["name","text"],…], written directly:
// QJsonArray took half of all the work of an import.
QString originFieldsText(const Provenance &origin)
{
    qsizetype size = 2 + qMax<qsizetype>(origin.fields.size() - 1, 0); // [ ] and the commas between pairs
    for (const auto &[name, value] : origin.fields)
        size += 3 + jsonStringSize(name) + jsonStringSize(value);  // [ , ]
    QString json(size, Qt::Uninitialized);
    char16_t *out = reinterpret_cast<char16_t *>(json.data());
    *out++ = u'[';
    for (qsizetype i = 0; i < origin.fields.size(); ++i) {
        if (i > 0)
            *out++ = u',';
        *out++ = u'[';
        out = writeJsonString(out, origin.fields.at(i).first);
        *out++ = u',';
        out = writeJsonString(out, origin.fields.at(i).second);
        *out++ = u']';
    }
    *out++ = u']';
    Q_ASSERT(out == reinterpret_cast<char16_t *>(json.data()) + json.size());
    return json;
}

using EventField = QVariant (*)(const Event &);

// Every column of the events table by name: begin() puts them in the layout's column order and
// refuses to write when one is missing here.
const QHash<QString, EventField> &eventFields()
{
    static const QHash<QString, EventField> fields{
        { u"id"_s, [](const Event &e) { return text(e.id); } },
        { u"date_start"_s, [](const Event &e) { return QVariant(FuzzyDate::isoText(e.date.start, e.date.precision)); } },
        { u"date_end"_s, [](const Event &e) {
              return e.date.isRange() ? QVariant(FuzzyDate::isoText(e.date.end, e.date.precision)) : QVariant(); } },
        { u"date_precision"_s, [](const Event &e) {
              return QVariant(Vocabulary::DatePrecisions[std::size_t(e.date.precision)].toString()); } },
        { u"date_inferred"_s, [](const Event &e) { return QVariant(e.date.inferred); } },
        { u"date_note"_s, [](const Event &e) { return textOrNull(e.date.note); } },
        { u"category"_s, [](const Event &e) { return text(e.category); } },
        { u"title_ar"_s, [](const Event &e) { return text(e.title.ar); } },
        { u"title_en"_s, [](const Event &e) { return text(e.title.en); } },
        { u"summary"_s, [](const Event &e) { return text(e.summary.en); } },
        { u"summary_ar"_s, [](const Event &e) { return textOrNull(e.summary.ar); } },
        { u"conflict_note"_s, [](const Event &e) { return textOrNull(e.conflictNote); } },
        { u"fatalities_best"_s, [](const Event &e) { return numberOrNull(e.fatalities.best); } },
        { u"fatalities_low"_s, [](const Event &e) { return numberOrNull(e.fatalities.low); } },
        { u"fatalities_high"_s, [](const Event &e) { return numberOrNull(e.fatalities.high); } },
        { u"origin_file"_s, [](const Event &e) { return e.origin.isEmpty() ? QVariant() : text(e.origin.file); } },
        { u"origin_row"_s, [](const Event &e) { return e.origin.isEmpty() ? QVariant() : QVariant(double(e.origin.row)); } },
        { u"origin_record"_s, [](const Event &e) { return e.origin.isEmpty() ? QVariant() : textOrNull(e.origin.recordId); } },
        { u"origin_fields"_s, [](const Event &e) {
              return e.origin.isEmpty() || e.origin.fields.isEmpty() ? QVariant() : QVariant(originFieldsText(e.origin)); } },
        { u"edited_by"_s, [](const Event &e) { return e.edited.isEmpty() ? QVariant() : text(e.edited.by); } },
        { u"edited_at"_s, [](const Event &e) {
              return e.edited.isEmpty() ? QVariant() : text(e.edited.at.toUTC().toString(Qt::ISODate)); } },
    };
    return fields;
}

const SectionTable &sectionTable(const QString &name)
{
    return *std::find_if(sectionTables().cbegin(), sectionTables().cend(),
                         [&](const SectionTable &t) { return t.name == name; });
}

} // namespace

QString ProjectTables::rowName(const QString &table, qint64 fid, const QString &id)
{
    return id.isEmpty() ? u"%1 (fid %2)"_s.arg(table).arg(fid) : u"%1 (fid %2, id \"%3\")"_s.arg(table).arg(fid).arg(id);
}

bool ProjectTables::write(SqlConnection &connection, const Dataset &dataset)
{
    RowWriter writer(connection);
    if (!writer.begin())
        return false;
    // Places before events: an event's point is its first place's.
    for (const Source &source : dataset.sources)
        writer.addSource(source);
    for (const Actor &actor : dataset.actors)
        writer.addActor(actor);
    for (const Place &place : dataset.places)
        writer.addPlace(place);
    const bool eventsRead = dataset.forEachEvent([&](const Event &event) { return writer.addEvent(event); });
    if (!eventsRead && dataset.eventStore && !dataset.eventStore->error().isEmpty())
        connection.fail(dataset.eventStore->error(), 0);
    for (const Figure &figure : dataset.figures)
        writer.addFigure(figure);
    return writer.finish(dataset.info);
}

struct ProjectTables::RowWriter::Private
{
    SqlConnection &connection;
    std::map<QString, std::unique_ptr<SqliteStatement>> inserts; // table -> its prepared INSERT
    QHash<QString, std::optional<GeoPackage::Extent>> extents;
    Points places;
    std::vector<EventField> eventColumns; // the events table's columns after geom, in order
    bool ok = true;
    std::unique_ptr<EventSearchIndex::Writer> search; // each event's text under its fid

    bool insert(const QString &table, const QVariantList &row) { return inserts.at(table)->run(row); }
};

ProjectTables::RowWriter::RowWriter(SqlConnection &connection)
    : d(std::make_unique<Private>(Private{ connection, {}, {}, {}, {}, true,
                                           std::make_unique<EventSearchIndex::Writer>(connection) }))
{
}

ProjectTables::RowWriter::~RowWriter() = default;

bool ProjectTables::RowWriter::begin()
{
    if (!GeoPackage::createCore(d->connection))
        return d->ok = false;
    d->inserts[MetaTable] = createAndPrepareInsert(d->connection, MetaTable, MetaDefinitions);
    for (const SectionTable &table : sectionTables())
        d->inserts[table.name] = createAndPrepareInsert(d->connection, table.name, definitions(table));
    for (const ListTable &table : listTables())
        d->inserts[table.name] = createAndPrepareInsert(d->connection, table.name, definitions(table));
    for (const Column &column : sectionTable(u"events"_s).columns) {
        const EventField field = eventFields().value(column.name);
        if (!field)
            return d->ok = false; // a column added to the layout but not to eventFields()
        d->eventColumns.push_back(field);
    }
    return d->ok = d->search->begin() && d->connection.ok();
}

// One element of `section`: its row, then the rows of each list field it owns, in list order.
bool ProjectTables::RowWriter::addElement(const QString &section, const QJsonObject &element)
{
    if (!d->ok)
        return false;
    const SectionTable *table = &sectionTable(section);
    QVariantList values;
    if (table->geometry != Geometry::None) {
        const std::optional<QPointF> point = pointOf(table->geometry, element, d->places);
        values.append(point ? QVariant(GeoPackage::pointBlob(point->x(), point->y())) : QVariant());
        if (point) {
            extend(&d->extents[table->name], *point);
            if (table->geometry == Geometry::Coordinates)
                d->places.insert(element.value("id"_L1).toString(), *point);
        }
    }
    for (const Column &column : table->columns)
        values.append(toSql(valueAt(element, column.field)));
    if (!d->insert(table->name, values))
        return d->ok = false;

    const QJsonValue id = element.value("id"_L1);
    for (const ListTable &list : listTables()) {
        const auto owner = std::find_if(list.owners.cbegin(), list.owners.cend(),
                                        [&](const Owner &o) { return o.section == section; });
        if (owner == list.owners.cend())
            continue;
        const QJsonArray entries = element.value(list.field).toArray();
        for (qsizetype ordinal = 0; ordinal < entries.size(); ++ordinal) {
            QVariantList row;
            if (list.owners.size() > 1)
                row.append(owner->kind);
            row << toSql(id) << qlonglong(ordinal);
            for (const Column &column : list.columns)
                row.append(toSql(valueAt(entries.at(ordinal), column.field)));
            if (!d->insert(list.name, row))
                return d->ok = false;
        }
    }
    return true;
}

bool ProjectTables::RowWriter::addSource(const Source &source) { return addElement(u"sources"_s, DatasetWriter::sourceJson(source)); }
bool ProjectTables::RowWriter::addActor(const Actor &actor)
{
    d->search->addActor(actor);
    return addElement(u"actors"_s, DatasetWriter::actorJson(actor));
}
bool ProjectTables::RowWriter::addPlace(const Place &place)
{
    d->search->addPlace(place);
    return addElement(u"places"_s, DatasetWriter::placeJson(place));
}
bool ProjectTables::RowWriter::addEvent(const Event &event) { return addEventRows(event, nullptr); }
bool ProjectTables::RowWriter::addEvent(const Event &event, const QString &searchText) { return addEventRows(event, &searchText); }

// As addElement() would write DatasetWriter::eventJson(event), without building it; the search
// text made here unless the caller made it.
bool ProjectTables::RowWriter::addEventRows(const Event &event, const QString *searchText)
{
    if (!d->ok)
        return false;
    static const QString Events = u"events"_s, Places = u"event_places"_s, Actors = u"event_actors"_s,
                         Citations = u"citations"_s, Conflicts = u"conflicts"_s, Kind = u"event"_s;
    QVariantList values;
    values.reserve(qsizetype(d->eventColumns.size()) + 1);
    const auto point = event.placeIds.isEmpty() ? d->places.constEnd() : d->places.constFind(event.placeIds.first());
    if (point != d->places.constEnd()) {
        values.append(GeoPackage::pointBlob(point->x(), point->y()));
        extend(&d->extents[Events], *point);
    } else {
        values.append(QVariant());
    }
    for (const EventField field : d->eventColumns)
        values.append(field(event));
    if (!d->insert(Events, values))
        return d->ok = false;
    const qint64 fid = d->inserts.at(Events)->lastInsertRowId();

    const QVariant id = text(event.id);
    bool ok = true;
    for (qsizetype i = 0; ok && i < event.placeIds.size(); ++i)
        ok = d->insert(Places, { id, qlonglong(i), text(event.placeIds.at(i)) });
    for (qsizetype i = 0; ok && i < event.actorIds.size(); ++i)
        ok = d->insert(Actors, { id, qlonglong(i), text(event.actorIds.at(i)) });
    for (qsizetype i = 0; ok && i < event.citations.size(); ++i) {
        const Citation &citation = event.citations.at(i);
        ok = d->insert(Citations, { Kind, id, qlonglong(i), text(citation.sourceId), text(citation.quote),
                                        textOrNull(citation.outlet) });
    }
    for (qsizetype i = 0; ok && i < event.conflictsWith.size(); ++i)
        ok = d->insert(Conflicts, { Kind, id, qlonglong(i), text(event.conflictsWith.at(i)) });
    return d->ok = ok && (searchText ? d->search->addEvent(fid, *searchText) : d->search->addEvent(event, fid));
}
bool ProjectTables::RowWriter::addFigure(const Figure &figure) { return addElement(u"figures"_s, DatasetWriter::figureJson(figure)); }

bool ProjectTables::RowWriter::finish(const DatasetInfo &info)
{
    if (!d->ok)
        return false;
    d->inserts.clear(); // finish the prepared statements before the registrations
    if (!writeMeta(d->connection, DatasetWriter::infoJson(info)))
        return d->ok = false;
    for (const SectionTable &table : sectionTables()) {
        const bool registered = table.geometry == Geometry::None
            ? GeoPackage::addAttributes(d->connection, table.name, table.description)
            : GeoPackage::addPoints(d->connection, table.name, GeometryColumn, table.description,
                                    d->extents.value(table.name));
        if (!registered)
            return d->ok = false;
    }
    for (const ListTable &table : listTables()) {
        if (!GeoPackage::addAttributes(d->connection, table.name, table.description))
            return d->ok = false;
    }
    return d->ok = d->search->seal() && d->connection.ok();
}

ProjectTables::Rows ProjectTables::read(SqlConnection &connection, Events events)
{
    const bool withEvents = events == Events::Included;
    const auto ownedByEventsOnly = [](const ListTable &table) {
        return table.owners.size() == 1 && table.owners.first().section == u"events"_s;
    };
    Rows rows;
    rows.document.insert("schema"_L1, 1);
    rows.document.insert("dataset"_L1, readMeta(connection));
    Lists lists;
    for (const ListTable &table : listTables()) {
        if (withEvents || !ownedByEventsOnly(table))
            lists.insert(table.name, readListEntries(connection, table, withEvents));
    }
    for (const SectionTable &table : sectionTables()) {
        const bool left = !withEvents && table.name == u"events"_s;
        rows.document.insert(table.name, left ? QJsonArray() : readSection(connection, table, &lists, &rows));
    }
    for (const ListTable &table : listTables())
        reportOrphans(table, lists.value(table.name), &rows);
    return rows;
}

QStringList ProjectTables::tableNames()
{
    QStringList list;
    for (const auto &[name, columns] : layout())
        list.append(name);
    return list;
}

QStringList ProjectTables::absentTables(SqlConnection &connection)
{
    const QSet<QString> present = tablesOf(connection);
    QStringList absent;
    for (const QString &name : tableNames()) {
        if (!present.contains(name))
            absent.append(name);
    }
    return absent;
}

QStringList ProjectTables::absentColumns(SqlConnection &connection)
{
    const QSet<QString> present = tablesOf(connection);
    QStringList absent;
    for (const auto &[table, columns] : layout()) {
        if (!present.contains(table))
            continue;
        QSet<QString> found;
        QSqlQuery query = connection.select(u"SELECT name FROM pragma_table_info(?)"_s, { table });
        while (query.next())
            found.insert(query.value(0).toString());
        for (const QString &column : names(columns)) {
            if (!found.contains(column))
                absent.append(table + u'.' + column);
        }
    }
    return absent;
}

struct ProjectTables::EventReader::Private
{
    explicit Private(SqlConnection &on) : connection(on) {}

    // The rows of one list table that belong to one event, in fid order.
    struct List
    {
        const ListTable *table = nullptr;
        QSqlQuery query;
    };

    SqlConnection &connection;
    QSqlQuery event;
    std::array<List, 3> lists; // places, actors, citations: the order of ListRanges
    QHash<QString, QJsonArray> conflicts; // by event id
};

ProjectTables::EventReader::EventReader(SqlConnection &connection) : d(std::make_unique<Private>(connection))
{
    const QString eventsTable = u"events"_s;
    d->event = connection.prepare(u"SELECT %1 FROM events WHERE fid = ?"_s.arg(
        names(definitions(sectionTable(eventsTable))).join(u", "_s)));
    const QString listNames[] = { u"event_places"_s, u"event_actors"_s, u"citations"_s };
    for (std::size_t i = 0; i < d->lists.size(); ++i) {
        const QList<ListTable> &tables = listTables();
        const ListTable &table = *std::find_if(tables.cbegin(), tables.cend(),
                                               [&](const ListTable &t) { return t.name == listNames[i]; });
        const bool severalOwners = table.owners.size() > 1;
        d->lists[i].table = &table;
        d->lists[i].query = connection.prepare(u"SELECT %1 FROM %2 WHERE fid >= ? AND fid < ?%3 ORDER BY fid"_s.arg(
            names(definitions(table)).join(u", "_s), table.name,
            severalOwners ? u" AND owner_kind = 'event'"_s : QString()));
    }
    QSqlQuery conflicts = connection.select(u"SELECT owner_id, other_id FROM conflicts WHERE owner_kind = 'event' "
                                            "ORDER BY owner_id, ordinal, fid"_s);
    while (conflicts.next()) {
        const QJsonValue other = fromSql(conflicts.value(1), Type::Text);
        d->conflicts[conflicts.value(0).toString()].append(other.isUndefined() ? QJsonValue(QJsonValue::Null) : other);
    }
}

ProjectTables::EventReader::~EventReader() = default;

bool ProjectTables::EventReader::hasConflicts() const
{
    return !d->conflicts.isEmpty();
}

QStringList ProjectTables::EventReader::conflictsOf(const QString &eventId) const
{
    QStringList ids;
    const auto found = d->conflicts.constFind(eventId);
    if (found == d->conflicts.cend())
        return ids;
    for (const QJsonValue &other : *found)
        ids.append(other.toString());
    return ids;
}

std::optional<QJsonObject> ProjectTables::EventReader::element(qint64 fid, const ListRanges &ranges, QString *error)
{
    const auto failure = [&](const QString &message) {
        *error = message;
        return std::nullopt;
    };
    if (!d->connection.run(d->event, { fid }) || !d->event.next()) {
        return failure(d->connection.ok()
                           ? QCoreApplication::translate("Atlas::ProjectTables", "%1 is not in the project.")
                                 .arg(rowName(u"events"_s, fid, QString()))
                           : d->connection.errorText());
    }
    QJsonObject element;
    readColumns(sectionTable(u"events"_s), d->event, 2, &element); // after fid and geom
    d->event.finish();
    const QString id = element.value("id"_L1).toString();

    const FidRange listRanges[] = { ranges.places, ranges.actors, ranges.citations };
    for (std::size_t i = 0; i < d->lists.size(); ++i) {
        Private::List &list = d->lists[i];
        if (!d->connection.run(list.query, { listRanges[i].first, listRanges[i].last }))
            return failure(d->connection.errorText());
        const int ownerColumn = list.table->owners.size() > 1 ? 2 : 1;
        QJsonArray entries;
        while (list.query.next()) {
            if (list.query.value(ownerColumn).toString() != id || list.query.value(ownerColumn + 1).toLongLong() != entries.size()) {
                list.query.finish();
                return failure(QCoreApplication::translate("Atlas::ProjectTables", "The rows of %1 that belong to %2 are not where Coalition Atlas wrote them.")
                                   .arg(list.table->name, rowName(u"events"_s, fid, id)));
            }
            entries.append(listEntry(*list.table, list.query, ownerColumn + 2));
        }
        list.query.finish();
        element.insert(list.table->field, entries);
    }
    if (const auto conflicts = d->conflicts.constFind(id); conflicts != d->conflicts.cend())
        element.insert("conflicts_with"_L1, *conflicts);
    return element;
}

QString ProjectTables::metaValue(SqlConnection &connection, const QString &key)
{
    QSqlQuery query = connection.select(u"SELECT value FROM %1 WHERE key = ?"_s.arg(MetaTable), { key });
    return query.next() ? query.value(0).toString() : QString();
}

bool ProjectTables::migrate(SqlConnection &connection, int version)
{
    QHash<QString, QStringList> nulls; // table -> columns the file lacks, in the order they were added
    QStringList tables;
    for (const AddedColumns &added : addedColumns()) {
        if (added.version <= version)
            continue;
        if (!tables.contains(added.table))
            tables.append(added.table);
        nulls[added.table] += added.columns;
    }
    for (const QString &table : std::as_const(tables)) {
        QStringList selected{ u"*"_s };
        for (const QString &column : std::as_const(nulls[table]))
            selected.append(u"NULL AS "_s + column);
        if (!connection.exec(u"CREATE TEMP VIEW %1 AS SELECT %2 FROM main.%1"_s.arg(table, selected.join(u", "_s))))
            return false;
    }
    return connection.ok();
}

} // namespace Atlas
