// SPDX-License-Identifier: GPL-3.0-or-later
#include "datasetreader.h"

#include "vocabulary.h"

#include <algorithm>
#include <cmath>
#include <optional>

using namespace Qt::StringLiterals;

namespace Atlas {

namespace {

template<std::size_t N>
QString joined(const std::array<QStringView, N> &vocabulary)
{
    QString text;
    for (QStringView word : vocabulary)
        text += (text.isEmpty() ? u""_s : u", "_s) + word;
    return text;
}

// The position of the reader's string in a closed vocabulary; reports any other value.
template<std::size_t N>
std::optional<std::size_t> vocabularyIndex(const JsonReader &reader,
                                           const std::array<QStringView, N> &vocabulary,
                                           QStringView what)
{
    const QString word = reader.string();
    if (word.isEmpty())
        return std::nullopt;
    for (std::size_t i = 0; i < N; ++i) {
        if (vocabulary[i] == word)
            return i;
    }
    reader.error(u"\"%1\" is not a %2; allowed: %3"_s.arg(word, what, joined(vocabulary)));
    return std::nullopt;
}

// docs/dataset.md: a place is in the theatre when its point lies in this box.
constexpr struct
{
    double south = 28;
    double north = 42;
    double west = 30;
    double east = 52;
} TheatreBox;

QString datePattern(DatePrecision precision)
{
    switch (precision) {
    case DatePrecision::Year: return u"YYYY"_s;
    case DatePrecision::Month: return u"YYYY-MM"_s;
    case DatePrecision::Week:
    case DatePrecision::Day: break;
    }
    return u"YYYY-MM-DD"_s;
}

template<typename T, typename ReadOne>
QList<T> readSection(const JsonReader &section, ReadOne readOne)
{
    QList<T> items;
    const QList<JsonReader> elements = section.array();
    items.reserve(elements.size());
    for (const JsonReader &element : elements)
        items.append(readOne(element));
    return items;
}

} // namespace

Dataset DatasetReader::read(const JsonReader &root)
{
    Dataset dataset;
    dataset.schema = 1;
    dataset.info = readInfo(root.field("dataset"_L1));
    dataset.sources = readSection<Source>(root.field("sources"_L1), readSource);
    // docs/dataset.md: imported records have no Arabic of their own. Actors and places of a
    // dataset with an imported source, and events with an origin, may have an empty "ar".
    const bool imported = std::any_of(dataset.sources.cbegin(), dataset.sources.cend(),
                                      [](const Source &source) { return source.isImport(); });
    dataset.actors = readSection<Actor>(root.field("actors"_L1),
                                        [imported](const JsonReader &actor) { return readActor(actor, imported); });
    dataset.places = readSection<Place>(root.field("places"_L1),
                                        [imported](const JsonReader &place) { return readPlace(place, imported); });
    dataset.events = readSection<Event>(root.field("events"_L1), readEvent);
    dataset.figures = readSection<Figure>(root.field("figures"_L1), readFigure);
    return dataset;
}

DatasetInfo DatasetReader::readInfo(const JsonReader &info)
{
    DatasetInfo result;
    if (!info.object({ "name"_L1, "version"_L1, "created"_L1, "description"_L1, "licence"_L1 }))
        return result;
    result.name = info.field("name"_L1).string();
    result.version = info.field("version"_L1).string();
    const JsonReader created = info.field("created"_L1);
    if (created.date())
        result.created = created.value().toString();
    result.description = info.field("description"_L1).english();
    result.licence = info.field("licence"_L1).english();
    return result;
}

Source DatasetReader::readSource(const JsonReader &source)
{
    Source result;
    if (!source.object({ "id"_L1, "file"_L1, "outlet"_L1, "outlet_note"_L1, "author"_L1,
                         "title"_L1, "published"_L1, "published_inferred"_L1, "note"_L1, "import"_L1, "text"_L1 }))
        return result;
    const JsonReader imported = source.field("import"_L1);
    if (imported.exists() && imported.object({ "rows"_L1, "attribution"_L1 })) {
        const JsonReader rows = imported.field("rows"_L1);
        if (const auto number = rows.number()) {
            if (*number < 1 || *number != std::trunc(*number))
                rows.error(u"%1 is not a number of rows (a whole number from 1)"_s.arg(JsonReader::numberText(*number)));
            else
                result.importRows = qint64(*number);
        }
        result.attribution = imported.field("attribution"_L1).optionalString();
    }
    result.id = source.field("id"_L1).id();
    const JsonReader file = source.field("file"_L1);
    result.file = file.string();
    if (result.file.contains(u'/') || result.file.contains(u'\\') || result.file.startsWith(u'.'))
        file.error(u"\"%1\" must be a plain file name in resources/data/sources/"_s.arg(result.file));
    result.outletNote = source.field("outlet_note"_L1).optionalEnglish();
    result.outlet = readOutlet(source.field("outlet"_L1), source.field("outlet_note"_L1).exists() || imported.exists());
    result.author = source.field("author"_L1).optionalString();
    result.text = source.field("text"_L1).optionalString();
    result.title = imported.exists() ? source.field("title"_L1).localizedArabicOptional()
                                     : source.field("title"_L1).localized();
    if (const auto published = source.field("published"_L1).date()) {
        result.published.start = published->first;
        result.published.precision = published->second;
    }
    result.published.inferred = source.field("published_inferred"_L1).boolean();
    result.published.note = readEnglishNote(source.field("note"_L1), result.published.inferred);
    return result;
}

Actor DatasetReader::readActor(const JsonReader &actor, bool arabicOptional)
{
    Actor result;
    if (!actor.object({ "id"_L1, "name"_L1, "kind"_L1 }))
        return result;
    result.id = actor.field("id"_L1).id();
    result.name = arabicOptional ? actor.field("name"_L1).localizedArabicOptional() : actor.field("name"_L1).localized();
    result.kind = actor.field("kind"_L1).word();
    return result;
}

Place DatasetReader::readPlace(const JsonReader &place, bool arabicOptional)
{
    Place result;
    if (!place.object({ "id"_L1, "name"_L1, "kind"_L1, "country"_L1, "lat"_L1, "lon"_L1,
                        "coord_source"_L1, "coord_precision"_L1, "theatre"_L1, "citations"_L1,
                        "note"_L1 }))
        return result;
    result.id = place.field("id"_L1).id();
    result.name = arabicOptional ? place.field("name"_L1).localizedArabicOptional() : place.field("name"_L1).localized();
    result.kind = place.field("kind"_L1).word();
    result.country = place.field("country"_L1).countryCode();
    const JsonReader lat = place.field("lat"_L1);
    if (const auto value = lat.number()) {
        result.lat = *value;
        if (*value < -90 || *value > 90)
            lat.error(u"%1 is outside [-90, 90]"_s.arg(JsonReader::numberText(*value)));
    }
    const JsonReader lon = place.field("lon"_L1);
    if (const auto value = lon.number()) {
        result.lon = *value;
        if (*value < -180 || *value > 180)
            lon.error(u"%1 is outside [-180, 180]"_s.arg(JsonReader::numberText(*value)));
    }
    result.coordSource = place.field("coord_source"_L1).string();
    const auto precision = vocabularyIndex(place.field("coord_precision"_L1),
                                           Vocabulary::CoordPrecisions, u"coordinate precision");
    if (precision)
        result.coordPrecision = static_cast<CoordPrecision>(*precision);
    const JsonReader theatre = place.field("theatre"_L1);
    result.theatre = theatre.boolean();
    const bool inBox = result.lat >= TheatreBox.south && result.lat <= TheatreBox.north
        && result.lon >= TheatreBox.west && result.lon <= TheatreBox.east;
    const bool onEarth = std::abs(result.lat) <= 90 && std::abs(result.lon) <= 180;
    if (theatre.value().isBool() && lat.value().isDouble() && lon.value().isDouble() && onEarth
        && inBox != result.theatre) {
        theatre.error(u"%1, but %2, %3 lies %4 the Syria/Iraq theatre (%5-%6 N, %7-%8 E)"_s
                          .arg(result.theatre ? u"true"_s : u"false"_s,
                               JsonReader::numberText(result.lat), JsonReader::numberText(result.lon),
                               inBox ? u"inside"_s : u"outside"_s)
                          .arg(TheatreBox.south).arg(TheatreBox.north).arg(TheatreBox.west).arg(TheatreBox.east));
    }
    result.citations = readCitations(place.field("citations"_L1));
    result.note = place.field("note"_L1).optionalEnglish();
    return result;
}

Event DatasetReader::readEvent(const JsonReader &event)
{
    Event result;
    if (!event.object({ "id"_L1, "date"_L1, "category"_L1, "title"_L1, "summary"_L1, "places"_L1,
                        "actors"_L1, "citations"_L1, "conflicts_with"_L1, "conflict_note"_L1,
                        "fatalities"_L1, "origin"_L1, "edited"_L1 }))
        return result;
    result.id = event.field("id"_L1).id();
    result.date = readFuzzyDate(event.field("date"_L1));
    const JsonReader category = event.field("category"_L1);
    if (const auto index = vocabularyIndex(category, Vocabulary::EventCategories, u"category"))
        result.category = Vocabulary::EventCategories[*index].toString();
    const bool imported = event.field("origin"_L1).exists();
    result.title = imported ? event.field("title"_L1).localizedArabicOptional() : event.field("title"_L1).localized();
    result.summary = event.field("summary"_L1).translated();
    result.placeIds = readIds(event.field("places"_L1));
    result.actorIds = readIds(event.field("actors"_L1));
    result.citations = readCitations(event.field("citations"_L1));
    readConflicts(event, &result.conflictsWith, &result.conflictNote);
    const JsonReader fatalities = event.field("fatalities"_L1);
    if (fatalities.exists())
        result.fatalities = readFatalities(fatalities);
    const JsonReader origin = event.field("origin"_L1);
    if (origin.exists())
        result.origin = readProvenance(origin);
    const JsonReader edited = event.field("edited"_L1);
    if (edited.exists())
        result.edited = readEditMark(edited);
    return result;
}

// {"by", "at"}: a non-empty name and a UTC time "2026-12-02T03:15:00Z".
EditMark DatasetReader::readEditMark(const JsonReader &edited)
{
    EditMark result;
    if (!edited.object({ "by"_L1, "at"_L1 }))
        return result;
    result.by = edited.field("by"_L1).string();
    const JsonReader at = edited.field("at"_L1);
    const QString text = at.string();
    if (text.isEmpty())
        return result;
    const QDateTime time = QDateTime::fromString(text, Qt::ISODate);
    if (!time.isValid() || !text.endsWith(u'Z'))
        at.error(u"\"%1\" is not a UTC time such as \"2026-12-02T03:15:00Z\""_s.arg(JsonReader::visibleControls(text)));
    else
        result.at = time.toUTC();
    return result;
}

// {"best", "low", "high"}, at least one, none negative, low <= best <= high.
Fatalities DatasetReader::readFatalities(const JsonReader &fatalities)
{
    Fatalities result;
    if (!fatalities.object({ "best"_L1, "low"_L1, "high"_L1 }))
        return result;
    const auto read = [](const JsonReader &reader) {
        const auto count = reader.optionalNumber();
        if (count && *count < 0)
            reader.error(u"%1 is negative"_s.arg(JsonReader::numberText(*count)));
        return count;
    };
    result.best = read(fatalities.field("best"_L1));
    result.low = read(fatalities.field("low"_L1));
    result.high = read(fatalities.field("high"_L1));
    if (result.isEmpty())
        fatalities.error(u"has none of best, low and high"_s);
    const auto ordered = [&](std::optional<double> a, std::optional<double> b, QLatin1StringView what) {
        if (a && b && *a > *b)
            fatalities.error(u"%1 (%2 > %3)"_s.arg(what, JsonReader::numberText(*a), JsonReader::numberText(*b)));
    };
    ordered(result.low, result.best, "low is greater than best"_L1);
    ordered(result.best, result.high, "best is greater than high"_L1);
    ordered(result.low, result.high, "low is greater than high"_L1);
    return result;
}

// {"file", "row", "record", "fields": [[name, text], ...]}; file and row required.
Provenance DatasetReader::readProvenance(const JsonReader &origin)
{
    Provenance result;
    if (!origin.object({ "file"_L1, "row"_L1, "record"_L1, "fields"_L1 }))
        return result;
    result.file = origin.field("file"_L1).string();
    const JsonReader row = origin.field("row"_L1);
    if (const auto number = row.number()) {
        if (*number < 1 || *number != std::trunc(*number))
            row.error(u"%1 is not a row number (a whole number from 1)"_s.arg(JsonReader::numberText(*number)));
        else
            result.row = qint64(*number);
    }
    result.recordId = origin.field("record"_L1).optionalString();
    for (const JsonReader &field : origin.field("fields"_L1).optionalArray()) {
        const QList<JsonReader> pair = field.array();
        if (!field.value().isArray())
            continue;
        if (pair.size() != 2) {
            field.error(u"expected [name, text], found %1 elements"_s.arg(pair.size()));
            continue;
        }
        result.fields.append({ pair.at(0).string(), pair.at(1).value().toString() });
        if (!pair.at(1).value().isString())
            pair.at(1).error(u"expected a string, found %1"_s.arg(JsonReader::describe(pair.at(1).value())));
    }
    return result;
}

Figure DatasetReader::readFigure(const JsonReader &figure)
{
    Figure result;
    if (!figure.object({ "id"_L1, "metric"_L1, "kind"_L1, "subject"_L1, "estimated_by"_L1,
                         "theater"_L1, "value"_L1, "min"_L1, "max"_L1, "qualifier"_L1, "unit"_L1,
                         "direction"_L1, "as_of"_L1, "baseline"_L1, "label"_L1, "summary"_L1, "citations"_L1,
                         "event"_L1, "conflicts_with"_L1, "conflict_note"_L1, "note"_L1 }))
        return result;
    result.id = figure.field("id"_L1).id();
    result.metric = figure.field("metric"_L1).word();
    const auto kind = vocabularyIndex(figure.field("kind"_L1), Vocabulary::FigureKinds, u"figure kind");
    if (kind)
        result.kind = static_cast<FigureKind>(*kind);
    result.subject = figure.field("subject"_L1).id();
    const JsonReader estimatedBy = figure.field("estimated_by"_L1);
    if (estimatedBy.exists())
        result.estimatedBy = estimatedBy.id();
    for (const JsonReader &code : figure.field("theater"_L1).array())
        result.theater.append(code.countryCode());
    readFigureValue(figure, &result);
    result.qualifier = figure.field("qualifier"_L1).word();
    result.unit = figure.field("unit"_L1).string();

    const JsonReader direction = figure.field("direction"_L1);
    const bool isChange = kind && result.kind == FigureKind::Change;
    if (direction.exists() || isChange) {
        if (const auto index = vocabularyIndex(direction, Vocabulary::ChangeDirections, u"direction"))
            result.direction = Vocabulary::ChangeDirections[*index].toString();
        if (kind && !isChange && direction.exists())
            direction.error(u"only a figure of kind \"change\" has a direction"_s);
    }
    result.asOf = readFuzzyDate(figure.field("as_of"_L1));
    const JsonReader baseline = figure.field("baseline"_L1);
    result.baseline = isChange || baseline.exists() ? baseline.english() : QString();
    result.label = figure.field("label"_L1).localized();
    result.summary = figure.field("summary"_L1).optionalTranslated();
    result.citations = readCitations(figure.field("citations"_L1));
    const JsonReader event = figure.field("event"_L1);
    if (event.exists())
        result.eventId = event.id();
    readConflicts(figure, &result.conflictsWith, &result.conflictNote);
    result.note = figure.field("note"_L1).optionalEnglish();
    return result;
}

// Either "value", or "min" and "max" with min <= max; all finite and not negative (a change's
// sign is its direction).
void DatasetReader::readFigureValue(const JsonReader &figure, Figure *into)
{
    const JsonReader value = figure.field("value"_L1);
    const JsonReader min = figure.field("min"_L1);
    const JsonReader max = figure.field("max"_L1);
    if (value.exists() && (min.exists() || max.exists())) {
        figure.error(u"has both value and min/max; give either value or min and max"_s);
        return;
    }
    if (!value.exists() && !min.exists() && !max.exists()) {
        figure.error(u"has neither value nor min and max"_s);
        return;
    }
    if (!value.exists() && min.exists() != max.exists()) {
        figure.error(min.exists() ? u"has min but no max"_s : u"has max but no min"_s);
        return;
    }
    const auto readAmount = [](const JsonReader &reader) {
        const auto amount = reader.number();
        if (amount && *amount < 0)
            reader.error(u"%1 is negative; a change gives its sign as direction"_s.arg(JsonReader::numberText(*amount)));
        return amount;
    };
    if (value.exists()) {
        into->value = readAmount(value);
        return;
    }
    into->min = readAmount(min);
    into->max = readAmount(max);
    if (into->min && into->max && *into->min > *into->max)
        figure.error(u"min %1 is greater than max %2"_s.arg(JsonReader::numberText(*into->min),
                                                           JsonReader::numberText(*into->max)));
}

FuzzyDate DatasetReader::readFuzzyDate(const JsonReader &date)
{
    FuzzyDate result;
    if (!date.object({ "start"_L1, "end"_L1, "precision"_L1, "inferred"_L1, "note"_L1 }))
        return result;
    const auto precision = vocabularyIndex(date.field("precision"_L1), Vocabulary::DatePrecisions,
                                           u"date precision");
    if (precision)
        result.precision = static_cast<DatePrecision>(*precision);
    const auto readBound = [&](const JsonReader &bound) -> QDate {
        const auto parsed = bound.date();
        if (!parsed)
            return {};
        // A week is named by its first day.
        const DatePrecision written = result.precision == DatePrecision::Week ? DatePrecision::Day : result.precision;
        if (precision && parsed->second != written) {
            bound.error(u"\"%1\" does not match precision \"%2\" (expected %3)"_s
                            .arg(bound.value().toString(), Vocabulary::DatePrecisions[*precision],
                                 datePattern(written)));
        }
        return parsed->first;
    };
    const JsonReader start = date.field("start"_L1);
    const JsonReader end = date.field("end"_L1);
    result.start = readBound(start);
    if (end.exists()) {
        result.end = readBound(end);
        if (result.start.isValid() && result.end.isValid() && result.end < result.start) {
            end.error(u"\"%1\" is before the start \"%2\""_s.arg(end.value().toString(),
                                                                  start.value().toString()));
        }
    }
    result.inferred = date.field("inferred"_L1).boolean();
    result.note = readEnglishNote(date.field("note"_L1), result.inferred);
    return result;
}

QList<Citation> DatasetReader::readCitations(const JsonReader &citations)
{
    QList<Citation> result;
    const QList<JsonReader> elements = citations.array();
    if (citations.value().isArray() && elements.isEmpty())
        citations.error(u"at least one citation is required"_s);
    for (const JsonReader &citation : elements) {
        Citation entry;
        if (citation.object({ "source"_L1, "quote"_L1, "outlet"_L1 })) {
            entry.sourceId = citation.field("source"_L1).id();
            entry.quote = citation.field("quote"_L1).string();
            entry.outlet = citation.field("outlet"_L1).optionalString();
        }
        result.append(entry);
    }
    return result;
}

LocalizedText DatasetReader::readOutlet(const JsonReader &outlet, bool hasNote)
{
    if (!outlet.object({ "ar"_L1, "en"_L1 }))
        return {};
    const JsonReader ar = outlet.field("ar"_L1);
    // docs/dataset.md: an outlet the article does not name has ar "" and says why in outlet_note.
    if (ar.value().isString() && ar.value().toString().isEmpty()) {
        if (!hasNote)
            ar.error(u"empty; an outlet the article does not name needs an outlet_note"_s);
        return LocalizedText{ QString(), outlet.field("en"_L1).string() };
    }
    return LocalizedText{ ar.string(), outlet.field("en"_L1).string() };
}

void DatasetReader::readConflicts(const JsonReader &item, QStringList *conflictsWith, QString *note)
{
    const JsonReader conflicts = item.field("conflicts_with"_L1);
    const JsonReader conflictNote = item.field("conflict_note"_L1);
    if (conflicts.exists())
        *conflictsWith = readIds(conflicts);
    if (!conflictsWith->isEmpty() && !conflictNote.exists())
        conflictNote.error(u"missing (required with conflicts_with)"_s);
    *note = conflictNote.optionalEnglish();
}

QStringList DatasetReader::readIds(const JsonReader &ids)
{
    QStringList result;
    for (const JsonReader &id : ids.array())
        result.append(id.id());
    return result;
}

QString DatasetReader::readEnglishNote(const JsonReader &note, bool required)
{
    if (!note.exists()) {
        if (required)
            note.error(u"missing (required when the date is inferred)"_s);
        return {};
    }
    return note.english();
}

} // namespace Atlas
