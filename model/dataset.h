// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

/*
 * The dataset as plain values: what resources/data/coalition.json holds, after validation.
 * docs/dataset.md documents every field. DatasetLoader is the only producer; AtlasDocument owns
 * the one Dataset of a session and the item models read it. Nothing here knows about Qt models.
 */
namespace Atlas {

class ProjectEventStore;

// `text` between FIRST STRONG ISOLATE and POP DIRECTIONAL ISOLATE (U+2068, U+2069), for a name set
// into a sentence or a list: its own direction, and any bidi override it holds, end with it.
inline QString isolated(const QString &text)
{
    return QChar(char16_t(0x2068)) + text + QChar(char16_t(0x2069));
}

enum class Language { English, Arabic };

struct LocalizedText
{
    QString ar;
    QString en;

    // The text in the wanted language, or the other one when that is empty.
    const QString &text(Language language) const
    {
        const QString &wanted = language == Language::Arabic ? ar : en;
        return wanted.isEmpty() ? (language == Language::Arabic ? en : ar) : wanted;
    }
};

// From the vaguest to the most precise: the order "vaguer first" sorts by. A week is the seven
// days from the day its date names ("2014-08-11" at week precision: 11 to 17 August 2014).
enum class DatePrecision { Year, Month, Week, Day };

// A date as precise as the source gives it: "2014", "2020-08" or "2024-09-27", optionally a range,
// and so always an interval from earliest() to latest(). A range with day precision is a date
// known only by its bounds ("between 3 and 7 May").
struct FuzzyDate
{
    QDate start;               // first day of the period that `precision` names
    QDate end;                 // invalid unless the source gives a range; first day of its period
    DatePrecision precision = DatePrecision::Day;
    bool inferred = false;     // year, month or day worked out from context, see note
    QString note;              // English; why and how it was inferred

    bool isRange() const { return end.isValid(); }
    // First and last day the date can stand for: "2020-08" covers 1 to 31 August.
    QDate earliest() const { return start; }
    QDate latest() const
    {
        const QDate last = end.isValid() ? end : start;
        switch (precision) {
        case DatePrecision::Year: return QDate(last.year(), 12, 31);
        case DatePrecision::Month: return QDate(last.year(), last.month(), last.daysInMonth());
        case DatePrecision::Week: return last.addDays(6);
        case DatePrecision::Day: break;
        }
        return last;
    }
    // The ISO form with only the digits the precision allows ("2020-08").
    static QString isoText(QDate date, DatePrecision precision);
    // Chronological order: by first day, and on the same first day the vaguer date first
    // ("2014" before "2014-01-01"). Negative, zero or positive like strcmp.
    static int compare(const FuzzyDate &a, const FuzzyDate &b)
    {
        if (a.start != b.start)
            return a.start < b.start ? -1 : 1;
        return int(a.precision) - int(b.precision);
    }
    bool operator==(const FuzzyDate &) const = default;
};

struct Citation
{
    QString sourceId;
    QString quote;             // verbatim substring of the source article, or an imported record's text
    QString outlet = {};       // who first reported it, as the record names them (ACLED's "source"); may be empty
};

// The ids of the sources a list of citations quotes, each once, in order of first citation.
QStringList citedSources(const QList<Citation> &citations);

struct Source
{
    QString id;
    QString file;              // the seed article's file name under resources/data/sources/
    LocalizedText outlet;
    QString outletNote;        // English; when the article does not name its outlet
    QString author;
    LocalizedText title;
    FuzzyDate published;       // `inferred` and `note` carry published_inferred and note.en
    // An imported export (docs/import.md): `file` is its file name, `published` the import date.
    qint64 importRows = 0;     // data rows the import read; 0 for a curated source
    QString attribution;       // the publisher's attribution text, as it asks to be cited
    // The article's full text when it was added in the application (File > Add Article…): the
    // project keeps it, so its quotes can be shown in it; empty for the seed files.
    QString text;

    bool isImport() const { return importRows > 0 || !attribution.isEmpty(); }
};

struct Actor
{
    QString id;
    LocalizedText name;
    QString kind;              // state, alliance, armed_group, organisation, agency, person, media
};

// How well a place's point stands for it, from a published point to none at all (docs/dataset.md).
enum class CoordPrecision {
    Exact,                     // a published point for the place itself
    Approximate,               // a representative or nearby point
    District,                  // somewhere in the second-order administrative area of the point
    Province,                  // somewhere in the first-order administrative area (governorate)
    Country,                   // a country's centroid
    Unknown                    // over water, in the air, or not placed more closely at all
};

struct Place
{
    QString id;
    LocalizedText name;
    QString kind;              // base, city, town, province, region, country, road, river, facility…
    QString country;           // ISO 3166-1 alpha-2
    double lat = 0;
    double lon = 0;
    QString coordSource;
    CoordPrecision coordPrecision = CoordPrecision::Exact;
    bool theatre = true;       // inside the Syria/Iraq theatre (false: Washington, New York…)
    QList<Citation> citations;
    QString note;

    bool coordApproximate() const { return coordPrecision != CoordPrecision::Exact; }
};

// A number of people killed as a source gives it: a best estimate, bounds, or both.
struct Fatalities
{
    std::optional<double> best;
    std::optional<double> low;
    std::optional<double> high;

    bool isEmpty() const { return !best && !low && !high; }
    bool operator==(const Fatalities &) const = default;
};

// Where an imported record came from: the file, its line or row, the record's own id there, and
// its fields as they were written, so every imported number leads back to its row.
struct Provenance
{
    QString file;              // the file's name as imported
    qint64 row = 0;            // 1-based data row (CSV: the record's first line); 0 when not imported
    QString recordId;          // the record's id in its source (ACLED event_id_cnty, UCDP id)
    QList<std::pair<QString, QString>> fields; // column name, original text, in file order

    bool isEmpty() const { return file.isEmpty() && row == 0 && recordId.isEmpty() && fields.isEmpty(); }
    bool operator==(const Provenance &) const = default;
};

// Who last edited an item in the application, and when (UTC); empty for an item never edited.
struct EditMark
{
    QString by;                // the session or user name from the preferences
    QDateTime at;              // UTC, to the second

    bool isEmpty() const { return by.isEmpty() && !at.isValid(); }
    bool operator==(const EditMark &) const = default;
};

struct Event
{
    QString id;
    FuzzyDate date;
    QString category;          // vocabulary in docs/dataset.md
    LocalizedText title;
    // en: what the cited passages say; ar: the dataset's own translation of it, never a quote,
    // and empty in datasets that have none.
    LocalizedText summary;
    QStringList placeIds;
    QStringList actorIds;
    QList<Citation> citations;
    QStringList conflictsWith; // event ids
    QString conflictNote;      // English
    Fatalities fatalities;     // empty unless the source counts them
    Provenance origin;         // empty for curated events
    EditMark edited;           // empty unless edited in the details pane
};

enum class FigureKind {
    Stock,                     // a level as of a date (troops, fighters, members)
    Flow,                      // a count over the period as_of covers (airstrikes, attacks)
    Change                     // a percentage change against `baseline`
};

struct Figure
{
    QString id;
    QString metric;            // vocabulary in docs/dataset.md
    FigureKind kind = FigureKind::Stock;
    QString subject;           // actor id the number is about
    QString estimatedBy;       // actor id of who estimated it, may be empty
    QStringList theater;       // ISO 3166-1 alpha-2 codes
    std::optional<double> value;
    std::optional<double> min; // min and max come together, instead of value
    std::optional<double> max;
    QString qualifier;         // exact, about, more_than, at_least, up_to, nearly, range…
    QString unit;
    QString direction;         // for changes: "increase" or "decrease"; empty otherwise
    FuzzyDate asOf;
    QString baseline;          // English; what a change is measured against
    LocalizedText label;
    LocalizedText summary;     // optional, as an event's; ar only with en
    QList<Citation> citations;
    QString eventId;           // may be empty
    QStringList conflictsWith; // figure ids
    QString conflictNote;
    QString note;              // English; how a vague or written-out number was encoded, caveats

    bool isRange() const { return min.has_value(); }
};

struct DatasetInfo
{
    QString name;
    QString version;
    QString created;
    QString description;       // English
    QString licence;           // English
};

// An event as the Dataset gives it out: a view into `events`, or one read from a large project's
// file that stays whole while it is held.
using EventRef = std::shared_ptr<const Event>;

struct Dataset
{
    int schema = 0;
    DatasetInfo info;
    QList<Source> sources;
    QList<Actor> actors;
    QList<Place> places;
    // Empty when eventStore holds the events; read them through eventCount(), eventAt(),
    // event() and forEachEvent(), which serve both.
    QList<Event> events;
    QList<Figure> figures;
    // A large project's events, left in its file and read on demand (issue 12).
    std::shared_ptr<const ProjectEventStore> eventStore;

    int eventCount() const;
    // Null when the row is out of range, or when the file cannot give the event (eventStore's error()).
    EventRef eventAt(int row) const;
    // Every event in order, until `visit` returns false; false when stopped or when the file
    // failed (eventStore's error()).
    bool forEachEvent(const std::function<bool(const Event &)> &visit) const;

    // Lookups by id; null when absent. Built by buildIndex(), which the loader calls.
    const Source *source(const QString &id) const { return find(sources, m_sourceIndex, id); }
    const Actor *actor(const QString &id) const { return find(actors, m_actorIndex, id); }
    const Place *place(const QString &id) const { return find(places, m_placeIndex, id); }
    EventRef event(const QString &id) const { return eventAt(eventRow(id)); }
    const Figure *figure(const QString &id) const { return find(figures, m_figureIndex, id); }
    int eventRow(const QString &id) const;
    int figureRow(const QString &id) const { return m_figureIndex.value(id, -1); }
    int placeRow(const QString &id) const { return m_placeIndex.value(id, -1); }

    void buildIndex();

private:
    template<typename T>
    static const T *find(const QList<T> &list, const QHash<QString, int> &index, const QString &id)
    {
        const int row = index.value(id, -1);
        return row < 0 ? nullptr : &list.at(row);
    }

    QHash<QString, int> m_sourceIndex;
    QHash<QString, int> m_actorIndex;
    QHash<QString, int> m_placeIndex;
    QHash<QString, int> m_eventIndex;
    QHash<QString, int> m_figureIndex;
};

} // namespace Atlas
