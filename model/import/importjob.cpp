// SPDX-License-Identifier: GPL-3.0-or-later
#include "importjob.h"

#include "acledimporter.h"
#include "datasetwriter.h"
#include "mappedcsvimporter.h"
#include "ogrimporter.h"
#include "projectfile.h"
#include "queuedsink.h"
#include "ucdpgedimporter.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <memory>

using namespace Qt::StringLiterals;

namespace Atlas {

namespace {

// Records straight into the tables of a new project.
class ProjectSink : public ImportSink
{
public:
    explicit ProjectSink(ProjectTables::RowWriter &rows) : m_rows(rows) {}
    bool addSource(const Source &source) override { return m_rows.addSource(source); }
    bool addActor(const Actor &actor) override { return m_rows.addActor(actor); }
    bool addPlace(const Place &place) override { return m_rows.addPlace(place); }
    bool addEvent(const Event &event) override { return m_rows.addEvent(event); }
    bool addSearchableEvent(const Event &event, const QString &searchText) override
    {
        return m_rows.addEvent(event, searchText);
    }

private:
    ProjectTables::RowWriter &m_rows;
};

// Records merged into a loaded dataset: events matched by (file, record id).
class MergeSink : public ImportSink
{
public:
    explicit MergeSink(Dataset &dataset) : m_dataset(dataset)
    {
        for (qsizetype i = 0; i < dataset.events.size(); ++i) {
            const Provenance &origin = dataset.events.at(i).origin;
            if (!origin.recordId.isEmpty())
                m_events.insert({ origin.file, origin.recordId }, i);
        }
        for (const Source &source : dataset.sources)
            m_sources.insert(source.id);
    }
    bool addSource(const Source &source) override
    {
        if (!m_sources.contains(source.id))
            m_dataset.sources.append(source);
        return true;
    }
    bool addActor(const Actor &actor) override
    {
        m_dataset.actors.append(actor);
        return true;
    }
    bool addPlace(const Place &place) override
    {
        m_dataset.places.append(place);
        return true;
    }
    bool addEvent(const Event &event) override
    {
        const auto found = m_events.constFind({ event.origin.file, event.origin.recordId });
        if (found == m_events.cend()) {
            m_dataset.events.append(event);
            ++added;
        } else if (DatasetWriter::eventJson(m_dataset.events.at(*found)) == DatasetWriter::eventJson(event)) {
            ++unchanged;
        } else {
            m_dataset.events[*found] = event;
            ++changed;
        }
        return true;
    }
    qint64 added = 0, changed = 0, unchanged = 0;

private:
    Dataset &m_dataset;
    QHash<std::pair<QString, QString>, qsizetype> m_events;
    QSet<QString> m_sources;
};

std::unique_ptr<CsvImporter> importerFor(const QString &format)
{
    if (format == u"acled"_s)
        return std::make_unique<AcledImporter>();
    if (format == u"ucdp-ged"_s)
        return std::make_unique<UcdpGedImporter>();
    return {};
}

QString csvField(const QString &text)
{
    if (!text.contains(u',') && !text.contains(u'"') && !text.contains(u'\n') && !text.contains(u'\r'))
        return text;
    return u'"' + QString(text).replace(u"\""_s, u"\"\""_s) + u'"';
}

QString shown(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

} // namespace

QStringList ImportJob::formats()
{
    return { u"acled"_s, u"ucdp-ged"_s, u"csv"_s, u"geojson"_s, u"kml"_s, u"vector"_s };
}

QString ImportJob::rejectsPath(const QString &project)
{
    const QFileInfo info(project);
    QString base = info.fileName();
    if (base.endsWith(u".gpkg"_s, Qt::CaseInsensitive))
        base.chop(5);
    return info.dir().filePath(base + u".rejects.csv"_s);
}

QString ImportJob::detectFormat(const QString &file, QString *error)
{
    const QString suffix = QFileInfo(file).suffix().toLower();
    const bool delimited = suffix == u"csv"_s || suffix == u"tsv"_s || suffix == u"txt"_s || suffix == u"tab"_s;
    if (!delimited && QFileInfo::exists(file)) {
        if (const QString vector = OgrImporter::detect(file); !vector.isEmpty())
            return vector;
        if (suffix == u"geojson"_s || suffix == u"json"_s || suffix == u"kml"_s || suffix == u"kmz"_s) {
            *error = u"%1 is not a vector file GDAL can read; check that it is whole and is %2"_s.arg(
                shown(file), suffix.startsWith(u'k') ? u"KML"_s : u"GeoJSON"_s);
            return {};
        }
    }
    QFile device(file);
    if (!device.open(QIODevice::ReadOnly)) {
        *error = u"Cannot read %1: %2"_s.arg(shown(file), device.errorString());
        return {};
    }
    CsvReader reader(&device);
    CsvReader::Record header;
    if (!reader.error().isEmpty() || !reader.next(&header)) {
        *error = u"%1: %2"_s.arg(shown(file), reader.error().isEmpty() ? u"the file is empty"_s : reader.error());
        return {};
    }
    QStringList names;
    for (const QString &name : std::as_const(header.fields))
        names.append(name.trimmed().toLower());
    if (AcledImporter::recognises(names))
        return u"acled"_s;
    if (UcdpGedImporter::recognises(names))
        return u"ucdp-ged"_s;
    if (delimited)
        return u"csv"_s;
    *error = u"%1: the header is neither an ACLED export (event_id_cnty, event_date, sub_event_type) nor UCDP GED "
             "(type_of_violence, date_prec, where_prec); give --import-format"_s.arg(shown(file));
    return {};
}

bool ImportJob::writeRejects(const QString &path, const QList<ImportReject> &rejects, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = u"Cannot write %1: %2"_s.arg(shown(path), file.errorString());
        return false;
    }
    QString text = u"line,column,value,reason\n"_s;
    for (const ImportReject &reject : rejects) {
        text += QString::number(reject.line) + u',' + csvField(reject.column) + u',' + csvField(reject.value) + u','
            + csvField(reject.reason) + u'\n';
    }
    file.write(text.toUtf8());
    if (!file.commit()) {
        *error = u"Cannot write %1: %2"_s.arg(shown(path), file.errorString());
        return false;
    }
    return true;
}

ImportJob::Result ImportJob::run(const Request &request)
{
    Result result;
    const auto fail = [&](const QString &message) {
        result.exitCode = 1;
        result.summary = message + u" Nothing was written."_s;
        return result;
    };
    QString error;
    const QString format = request.format.isEmpty() ? detectFormat(request.file, &error) : request.format;
    if (format.isEmpty())
        return fail(error);
    const bool vector = format == u"geojson"_s || format == u"kml"_s || format == u"vector"_s;
    std::optional<ImportMapping> mapping;
    if (!request.mapping.isEmpty()) {
        if (format != u"csv"_s && !vector)
            return fail(u"A column mapping is for csv, geojson, kml and vector imports, not %1."_s.arg(format));
        mapping = ImportMapping::load(request.mapping, &error);
        if (!mapping)
            return fail(error + u'.');
    }
    std::unique_ptr<CsvImporter> importer = importerFor(format);
    if (!importer && !vector && format != u"csv"_s)
        return fail(u"The import format %1 is not available; use one of %2."_s.arg(format, formats().join(u", "_s)));
    QFile input(request.file);
    if (!input.open(QIODevice::ReadOnly))
        return fail(u"Cannot read %1: %2."_s.arg(shown(request.file), input.errorString()));
    if (vector)
        input.close(); // GDAL opens it itself
    const auto runImport = [&](ImportSink &sink, const Dataset *mergeInto) {
        if (vector) {
            ImportReport report = OgrImporter().run(request.file, sink, request.options, mapping, mergeInto);
            if (report.error.isEmpty() && format != u"vector"_s && report.format != format)
                report.error = u"GDAL reads it as %1, not %2"_s.arg(report.format, format);
            return report;
        }
        if (format == u"csv"_s)
            return MappedCsvImporter(mapping, mergeInto).run(&input, request.file, sink, request.options, mergeInto);
        return importer->run(&input, request.file, sink, request.options, mergeInto);
    };

    const QString project = request.dataset ? QString() : request.out.isEmpty() ? request.into : request.out;
    if (!project.isEmpty())
        result.rejectsFile = rejectsPath(project);
    QString rows;
    if (request.dataset) {
        // A copy takes the merge, so a failure or a cancel leaves the open dataset as it was.
        Dataset dataset = *request.dataset;
        MergeSink sink(dataset);
        result.report = runImport(sink, &dataset);
        if (!result.report.error.isEmpty())
            return fail(u"Importing %1 failed: %2."_s.arg(shown(request.file), result.report.error));
        result.added = sink.added;
        result.changed = sink.changed;
        result.unchanged = sink.unchanged;
        if (result.added + result.changed > 0) {
            dataset.buildIndex();
            *request.dataset = std::move(dataset);
        }
        const qsizetype rejected = result.report.rejects.size();
        result.summary = u"Imported %1 (%2): %3 rows, %4 added, %5 changed, %6 unchanged; %7 rejected."_s.arg(shown(request.file), format)
                             .arg(result.report.rows).arg(result.added).arg(result.changed).arg(result.unchanged).arg(rejected);
        result.exitCode = rejected ? 3 : 0;
        return result;
    }
    if (!request.out.isEmpty()) {
        ProjectFile::Writer writer;
        if (!writer.open(request.out, &error))
            return fail(error);
        ProjectSink projectRows(writer.rows());
        // SQLite writes on a second core while this one reads and makes each event's search text.
        QueuedSink sink(projectRows, QueuedSink::SearchText::Made);
        result.report = runImport(sink, nullptr);
        if (!sink.finish() && result.report.error.isEmpty())
            result.report.error = u"the records could not be written"_s;
        if (!result.report.error.isEmpty())
            return fail(u"Importing %1 failed: %2."_s.arg(shown(request.file), result.report.error));
        if (result.report.imported == 0) {
            if (!result.report.rejects.isEmpty())
                writeRejects(result.rejectsFile, result.report.rejects, &error);
            return fail(u"Importing %1 failed: none of its %2 rows could be imported."_s.arg(shown(request.file)).arg(result.report.rows));
        }
        if (request.strict && !result.report.rejects.isEmpty()) {
            writeRejects(result.rejectsFile, result.report.rejects, &error);
            return fail(u"%1 of %2 rows of %3 were rejected (--strict; see %4)."_s.arg(result.report.rejects.size())
                            .arg(result.report.rows).arg(shown(request.file), shown(result.rejectsFile)));
        }
        DatasetInfo info;
        info.name = QFileInfo(request.out).completeBaseName();
        info.version = u"1"_s;
        info.created = (request.options.today.isValid() ? request.options.today : QDate::currentDate()).toString(Qt::ISODate);
        info.description = u"Imported from %1 (%2)."_s.arg(QFileInfo(request.file).fileName(), format);
        info.licence = u"As the publisher of the imported data gives it (see the import source's attribution)."_s;
        if (!writer.commit(info, &error))
            return fail(error);
        result.added = result.report.imported;
    } else {
        DatasetLoader::Result loaded = ProjectFile::load(request.into);
        if (auto *errors = std::get_if<QList<LoadError>>(&loaded)) {
            QStringList messages;
            for (const LoadError &problem : std::as_const(*errors))
                messages.append(problem.path.isEmpty() ? problem.message : problem.path + u": "_s + problem.message);
            return fail(messages.mid(0, 3).join(u"; "_s));
        }
        Dataset dataset = std::get<Dataset>(std::move(loaded));
        MergeSink sink(dataset);
        result.report = runImport(sink, &dataset);
        if (!result.report.error.isEmpty())
            return fail(u"Importing %1 failed: %2."_s.arg(shown(request.file), result.report.error));
        if (request.strict && !result.report.rejects.isEmpty()) {
            writeRejects(result.rejectsFile, result.report.rejects, &error);
            return fail(u"%1 of %2 rows of %3 were rejected (--strict; see %4)."_s.arg(result.report.rejects.size())
                            .arg(result.report.rows).arg(shown(request.file), shown(result.rejectsFile)));
        }
        result.added = sink.added;
        result.changed = sink.changed;
        result.unchanged = sink.unchanged;
        if (result.added + result.changed > 0) {
            dataset.buildIndex();
            if (!ProjectFile::save(dataset, request.into, &error))
                return fail(error);
        }
    }

    if (result.report.rejects.isEmpty())
        QFile::remove(result.rejectsFile); // a previous import's list no longer applies
    else if (!writeRejects(result.rejectsFile, result.report.rejects, &error))
        return fail(error);
    const qsizetype rejected = result.report.rejects.size();
    QString what = request.out.isEmpty()
        ? (result.added + result.changed == 0
               ? u"%1 unchanged; nothing changed in %2"_s.arg(result.unchanged).arg(shown(project))
               : u"%1 added, %2 changed, %3 unchanged in %4"_s.arg(result.added).arg(result.changed).arg(result.unchanged).arg(shown(project)))
        : u"%1 events into %2"_s.arg(result.added).arg(shown(project));
    result.summary = u"Imported %1 (%2): %3 rows, %4; %5 rejected%6."_s.arg(shown(request.file), format)
                         .arg(result.report.rows).arg(what).arg(rejected)
                         .arg(rejected ? u" (see "_s + shown(result.rejectsFile) + u')' : QString());
    result.exitCode = rejected ? 3 : 0;
    return result;
}

} // namespace Atlas
