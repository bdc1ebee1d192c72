// SPDX-License-Identifier: GPL-3.0-or-later
#include "vocabulary.h"

#include <QCoreApplication>

#include <span>

using namespace Qt::StringLiterals;

namespace Atlas::Vocabulary {

namespace {

struct Entry
{
    const char *id;
    const char *name; // English source text; translated at lookup
};

// Translation context for every name below.
constexpr char Context[] = "Atlas::Vocabulary";

constexpr Entry Categories[] = {
    {"military_operation", QT_TRANSLATE_NOOP("Atlas::Vocabulary", "Military operation")},
    {"strike", QT_TRANSLATE_NOOP("Atlas::Vocabulary", "Strike")},
    {"leadership_killed", QT_TRANSLATE_NOOP("Atlas::Vocabulary", "Leader killed")},
    {"withdrawal_handover", QT_TRANSLATE_NOOP("Atlas::Vocabulary", "Withdrawal or handover")},
    {"deployment", QT_TRANSLATE_NOOP("Atlas::Vocabulary", "Deployment")},
    {"agreement", QT_TRANSLATE_NOOP("Atlas::Vocabulary", "Agreement")},
    {"diplomacy_statement", QT_TRANSLATE_NOOP("Atlas::Vocabulary", "Diplomacy and statements")},
    {"assessment", QT_TRANSLATE_NOOP("Atlas::Vocabulary", "Assessment")},
    {"patrol", QT_TRANSLATE_NOOP("Atlas::Vocabulary", "Patrol")},
    {"attack", QT_TRANSLATE_NOOP("Atlas::Vocabulary", "ISIS attack")},
    {"report", QT_TRANSLATE_NOOP("Atlas::Vocabulary", "Report")},
    {"founding", QT_TRANSLATE_NOOP("Atlas::Vocabulary", "Founding")},
    {"territorial_change", QT_TRANSLATE_NOOP("Atlas::Vocabulary", "Territorial change")},
};

constexpr Entry Metrics[] = {
    {"troops", QT_TRANSLATE_NOOP("Atlas::Vocabulary", "Troops")},
    {"airstrikes", QT_TRANSLATE_NOOP("Atlas::Vocabulary", "Airstrikes")},
    {"attacks", QT_TRANSLATE_NOOP("Atlas::Vocabulary", "Attacks")},
    {"fighters", QT_TRANSLATE_NOOP("Atlas::Vocabulary", "Fighters")},
    {"strength", QT_TRANSLATE_NOOP("Atlas::Vocabulary", "Strength")},
    {"members", QT_TRANSLATE_NOOP("Atlas::Vocabulary", "Members")},
    {"attack_change", QT_TRANSLATE_NOOP("Atlas::Vocabulary", "Change in attacks")},
    {"detainees", QT_TRANSLATE_NOOP("Atlas::Vocabulary", "Detainees")},
    {"casualties", QT_TRANSLATE_NOOP("Atlas::Vocabulary", "Casualties")},
    {"territory", QT_TRANSLATE_NOOP("Atlas::Vocabulary", "Territory")},
    {"civilian_personnel", QT_TRANSLATE_NOOP("Atlas::Vocabulary", "Civilian personnel")},
    {"attack_change_pct", QT_TRANSLATE_NOOP("Atlas::Vocabulary", "Change in attacks")},
    {"attack_ratio", QT_TRANSLATE_NOOP("Atlas::Vocabulary", "Attacks against a baseline (ratio)")},
    {"members_and_supporters", QT_TRANSLATE_NOOP("Atlas::Vocabulary", "Members and supporters")},
    {"coalition_members", QT_TRANSLATE_NOOP("Atlas::Vocabulary", "Coalition members")},
    {"coalition_participants", QT_TRANSLATE_NOOP("Atlas::Vocabulary", "States taking part")},
    {"countries_meeting", QT_TRANSLATE_NOOP("Atlas::Vocabulary", "States at the meeting")},
    {"territory_recovered_pct", QT_TRANSLATE_NOOP("Atlas::Vocabulary", "Territory recovered")},
    {"territory_controlled_fraction", QT_TRANSLATE_NOOP("Atlas::Vocabulary", "Share of territory controlled")},
    {"money_usd", QT_TRANSLATE_NOOP("Atlas::Vocabulary", "Value in US dollars")},
    {"cash_reserves_usd", QT_TRANSLATE_NOOP("Atlas::Vocabulary", "Cash reserves")},
};

constexpr Entry PlaceKinds[] = {
    {"base", QT_TRANSLATE_NOOP("Atlas::Vocabulary", "Base")},
    {"city", QT_TRANSLATE_NOOP("Atlas::Vocabulary", "City")},
    {"town", QT_TRANSLATE_NOOP("Atlas::Vocabulary", "Town")},
    {"village", QT_TRANSLATE_NOOP("Atlas::Vocabulary", "Village")},
    {"province", QT_TRANSLATE_NOOP("Atlas::Vocabulary", "Province")},
    {"region", QT_TRANSLATE_NOOP("Atlas::Vocabulary", "Region")},
    {"country", QT_TRANSLATE_NOOP("Atlas::Vocabulary", "Country")},
    {"road", QT_TRANSLATE_NOOP("Atlas::Vocabulary", "Road")},
    {"river", QT_TRANSLATE_NOOP("Atlas::Vocabulary", "River")},
    {"facility", QT_TRANSLATE_NOOP("Atlas::Vocabulary", "Facility")},
    {"camp", QT_TRANSLATE_NOOP("Atlas::Vocabulary", "Camp")},
    {"prison", QT_TRANSLATE_NOOP("Atlas::Vocabulary", "Prison")},
    {"border_crossing", QT_TRANSLATE_NOOP("Atlas::Vocabulary", "Border crossing")},
    {"border_area", QT_TRANSLATE_NOOP("Atlas::Vocabulary", "Border area")},
    {"desert", QT_TRANSLATE_NOOP("Atlas::Vocabulary", "Desert")},
};

constexpr Entry ActorKinds[] = {
    {"state", QT_TRANSLATE_NOOP("Atlas::Vocabulary", "State")},
    {"alliance", QT_TRANSLATE_NOOP("Atlas::Vocabulary", "Alliance")},
    {"armed_group", QT_TRANSLATE_NOOP("Atlas::Vocabulary", "Armed group")},
    {"organisation", QT_TRANSLATE_NOOP("Atlas::Vocabulary", "Organisation")},
    {"agency", QT_TRANSLATE_NOOP("Atlas::Vocabulary", "Agency")},
    {"person", QT_TRANSLATE_NOOP("Atlas::Vocabulary", "Person")},
    {"media", QT_TRANSLATE_NOOP("Atlas::Vocabulary", "Media")},
};

constexpr Entry Countries[] = {
    {"SY", QT_TRANSLATE_NOOP("Atlas::Vocabulary", "Syria")},
    {"IQ", QT_TRANSLATE_NOOP("Atlas::Vocabulary", "Iraq")},
    {"US", QT_TRANSLATE_NOOP("Atlas::Vocabulary", "United States")},
    {"TR", QT_TRANSLATE_NOOP("Atlas::Vocabulary", "Turkey")},
    {"JO", QT_TRANSLATE_NOOP("Atlas::Vocabulary", "Jordan")},
    {"IR", QT_TRANSLATE_NOOP("Atlas::Vocabulary", "Iran")},
    {"LB", QT_TRANSLATE_NOOP("Atlas::Vocabulary", "Lebanon")},
    {"KW", QT_TRANSLATE_NOOP("Atlas::Vocabulary", "Kuwait")},
    {"GB", QT_TRANSLATE_NOOP("Atlas::Vocabulary", "United Kingdom")},
    {"FR", QT_TRANSLATE_NOOP("Atlas::Vocabulary", "France")},
    {"DE", QT_TRANSLATE_NOOP("Atlas::Vocabulary", "Germany")},
};

QString lookUp(std::span<const Entry> table, const QString &id)
{
    for (const Entry &entry : table) {
        if (id == QLatin1StringView(entry.id))
            return QCoreApplication::translate(Context, entry.name);
    }
    QString shown = id;
    return shown.replace(u'_', u' ');
}

QStringList ids(std::span<const Entry> table)
{
    QStringList result;
    result.reserve(qsizetype(table.size()));
    for (const Entry &entry : table)
        result.append(QString::fromLatin1(entry.id));
    return result;
}

} // namespace

QString categoryName(const QString &id) { return lookUp(Categories, id); }
QString metricName(const QString &id) { return lookUp(Metrics, id); }
QString placeKindName(const QString &id) { return lookUp(PlaceKinds, id); }
QString actorKindName(const QString &id) { return lookUp(ActorKinds, id); }
QString countryName(const QString &code) { return lookUp(Countries, code); }
QStringList knownMetrics() { return ids(Metrics); }

} // namespace Atlas::Vocabulary
