// SPDX-License-Identifier: GPL-3.0-or-later
#include "chartcatalog.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Atlas {

namespace {

struct Entry
{
    ChartCatalog::Definition definition;
    const char *title;
    const char *description;
};

using Part = ChartCatalog::SeriesPart;

ChartCatalog::Definition eventChart(const QString &name, TimeBin bin, EventGrouping grouping, bool fatalities)
{
    ChartCatalog::Definition definition;
    definition.name = name;
    definition.events = ChartCatalog::Definition::Events{ bin, grouping, fatalities, 4 };
    return definition;
}

const QList<Entry> &entries()
{
    static const QList<Entry> list = {
        { { u"troops"_s, { u"troops"_s }, { Part::Subject, Part::Theater }, false },
          QT_TRANSLATE_NOOP("ChartCatalog", "Coalition troop deployments"),
          QT_TRANSLATE_NOOP("ChartCatalog", "Troops by country and theatre, as of the date each figure was reported") },
        { { u"airstrikes"_s, { u"airstrikes"_s }, { Part::Theater }, false },
          QT_TRANSLATE_NOOP("ChartCatalog", "Coalition airstrikes by theatre"),
          QT_TRANSLATE_NOOP("ChartCatalog", "Airstrikes in Syria and Iraq, drawn over the period each count covers") },
        { { u"attacks"_s, { u"attacks"_s, u"attack_change_pct"_s }, { Part::Theater }, false },
          QT_TRANSLATE_NOOP("ChartCatalog", "ISIS attacks: counts and reported changes"),
          QT_TRANSLATE_NOOP("ChartCatalog", "Attack counts over their period, and percentage changes against their baseline") },
        { { u"strength"_s, { u"fighters"_s, u"members_and_supporters"_s }, { Part::EstimatedBy }, false, true },
          QT_TRANSLATE_NOOP("ChartCatalog", "Estimates of ISIS strength"),
          QT_TRANSLATE_NOOP("ChartCatalog", "Fighters and members as estimated ranges and point estimates, by who estimated them") },
        { { u"membership"_s, { u"coalition_members"_s, u"coalition_participants"_s, u"countries_meeting"_s },
            { Part::Metric }, true },
          QT_TRANSLATE_NOOP("ChartCatalog", "Coalition membership over time"),
          QT_TRANSLATE_NOOP("ChartCatalog", "Coalition members and participating states, each count with its source") },
        { { u"territory"_s, { u"territory_recovered_pct"_s }, { Part::Theater }, false },
          QT_TRANSLATE_NOOP("ChartCatalog", "Territory recovered from ISIS"),
          QT_TRANSLATE_NOOP("ChartCatalog", "Share of the territory ISIS once held that was retaken, by theatre, as of each report") },
        { eventChart(u"events-by-category"_s, TimeBin::Month, EventGrouping::Category, false),
          QT_TRANSLATE_NOOP("ChartCatalog", "Events by category"),
          QT_TRANSLATE_NOOP("ChartCatalog", "Filtered events per month, for the most frequent categories") },
        { eventChart(u"events-by-actor"_s, TimeBin::Year, EventGrouping::Actor, false),
          QT_TRANSLATE_NOOP("ChartCatalog", "Events by actor"),
          QT_TRANSLATE_NOOP("ChartCatalog", "Filtered events per year, by the first actor each event names") },
        { eventChart(u"events-by-country"_s, TimeBin::Year, EventGrouping::Country, false),
          QT_TRANSLATE_NOOP("ChartCatalog", "Events by country"),
          QT_TRANSLATE_NOOP("ChartCatalog", "Filtered events per year, by the country of each event's first place") },
        { eventChart(u"events-by-place"_s, TimeBin::Year, EventGrouping::Place, false),
          QT_TRANSLATE_NOOP("ChartCatalog", "Events by place"),
          QT_TRANSLATE_NOOP("ChartCatalog", "Filtered events per year, at the most frequent first places") },
        { eventChart(u"fatalities-by-category"_s, TimeBin::Year, EventGrouping::Category, true),
          QT_TRANSLATE_NOOP("ChartCatalog", "Fatalities by category"),
          QT_TRANSLATE_NOOP("ChartCatalog", "Sums of the fatalities the filtered events report, per year and category") },
    };
    return list;
}

const Entry *find(const QString &name)
{
    for (const Entry &entry : entries()) {
        if (entry.definition.name == name)
            return &entry;
    }
    return nullptr;
}

} // namespace

QStringList ChartCatalog::names()
{
    QStringList result;
    for (const Entry &entry : entries())
        result.append(entry.definition.name);
    return result;
}

bool ChartCatalog::contains(const QString &name)
{
    return find(name) != nullptr;
}

QString ChartCatalog::title(const QString &name)
{
    const Entry *entry = find(name);
    return entry ? QCoreApplication::translate("ChartCatalog", entry->title) : QString();
}

QString ChartCatalog::description(const QString &name)
{
    const Entry *entry = find(name);
    return entry ? QCoreApplication::translate("ChartCatalog", entry->description) : QString();
}

std::optional<ChartCatalog::Definition> ChartCatalog::definition(const QString &name)
{
    const Entry *entry = find(name);
    if (!entry)
        return std::nullopt;
    return entry->definition;
}

QList<ChartCatalog::Definition> ChartCatalog::definitions()
{
    QList<Definition> result;
    for (const Entry &entry : entries())
        result.append(entry.definition);
    return result;
}

} // namespace Atlas
