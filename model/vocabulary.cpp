// SPDX-License-Identifier: GPL-3.0-or-later
#include "vocabulary.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>
#include <cmath>
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
    {"protest", QT_TRANSLATE_NOOP("Atlas::Vocabulary", "Protest or riot")},
    {"violence_against_civilians", QT_TRANSLATE_NOOP("Atlas::Vocabulary", "Violence against civilians")},
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
    {"UA", QT_TRANSLATE_NOOP("Atlas::Vocabulary", "Ukraine")},
};

// A qualifier id with the synonyms read like it (up to three ids in all), its chart mark, the
// phrase around its amount (none: the amount alone) and what the mark means in a chart's notes.
struct Qualifier
{
    const char *ids[3];
    QStringView mark;
    const char *phrase;
    const char *meaning;
};

constexpr Qualifier Qualifiers[] = {
    {{"exact"}, {}, nullptr, nullptr},
    {{"range"}, {}, nullptr, nullptr},
    {{"order_of_magnitude"}, {}, nullptr, nullptr}, // worded from its bounds: magnitudeWords()
    {{"about", "approximately", "around"}, u"≈", QT_TRANSLATE_NOOP("Atlas::Vocabulary", "about %1"),
     QT_TRANSLATE_NOOP("Atlas::Vocabulary", "about")},
    {{"nearly", "almost"}, u"≈", QT_TRANSLATE_NOOP("Atlas::Vocabulary", "nearly %1"),
     QT_TRANSLATE_NOOP("Atlas::Vocabulary", "nearly")},
    {{"about_range"}, u"≈", QT_TRANSLATE_NOOP("Atlas::Vocabulary", "about %1"),
     QT_TRANSLATE_NOOP("Atlas::Vocabulary", "bounds themselves approximate")},
    {{"approximately_half"}, u"≈", QT_TRANSLATE_NOOP("Atlas::Vocabulary", "roughly %1"),
     QT_TRANSLATE_NOOP("Atlas::Vocabulary", "derived from \"roughly half\"")},
    {{"estimated"}, u"≈", QT_TRANSLATE_NOOP("Atlas::Vocabulary", "an estimated %1"),
     QT_TRANSLATE_NOOP("Atlas::Vocabulary", "estimated")},
    {{"more_than", "over"}, u">", QT_TRANSLATE_NOOP("Atlas::Vocabulary", "more than %1"),
     QT_TRANSLATE_NOOP("Atlas::Vocabulary", "more than")},
    {{"at_least"}, u"≥", QT_TRANSLATE_NOOP("Atlas::Vocabulary", "at least %1"),
     QT_TRANSLATE_NOOP("Atlas::Vocabulary", "at least")},
    {{"up_to", "at_most"}, u"≤", QT_TRANSLATE_NOOP("Atlas::Vocabulary", "up to %1"),
     QT_TRANSLATE_NOOP("Atlas::Vocabulary", "up to")},
    {{"less_than", "under"}, u"<", QT_TRANSLATE_NOOP("Atlas::Vocabulary", "less than %1"),
     QT_TRANSLATE_NOOP("Atlas::Vocabulary", "less than")},
};

// Sentences that need a comment to be translated right.
struct Message
{
    const char *source;
    const char *comment;
};

constexpr Message VagueQuantity =
    QT_TRANSLATE_NOOP3("Atlas::Vocabulary", "%1 (%2)", "the words of a vague quantity, then their widest reading");
constexpr Message UnknownUnit = QT_TRANSLATE_NOOP3("Atlas::Vocabulary", "%1 %2", "an amount and a unit of measure");

// The words of an order of magnitude, by the power of ten of its lower bound (10^1 … 10^6).
constexpr const char *MagnitudeWords[] = {
    QT_TRANSLATE_NOOP("Atlas::Vocabulary", "tens"),
    QT_TRANSLATE_NOOP("Atlas::Vocabulary", "hundreds"),
    QT_TRANSLATE_NOOP("Atlas::Vocabulary", "thousands"),
    QT_TRANSLATE_NOOP("Atlas::Vocabulary", "tens of thousands"),
    QT_TRANSLATE_NOOP("Atlas::Vocabulary", "hundreds of thousands"),
    QT_TRANSLATE_NOOP("Atlas::Vocabulary", "millions"),
};

// A unit id with a synonym, its kind, its name on its own, and the text of an amount with it.
// `amount` is a plural ("numerus") message when `counted`: Arabic has a form for each plural
// category, English takes `englishOne` for exactly one (when given) and `amount` otherwise.
struct Unit
{
    const char *ids[2];
    UnitKind kind;
    const char *name;
    const char *amount;
    bool counted;
    const char *englishOne;
};

constexpr Unit Units[] = {
    {{"troops"}, UnitKind::Count, QT_TRANSLATE_NOOP("Atlas::Vocabulary", "troops"),
     QT_TRANSLATE_N_NOOP("Atlas::Vocabulary", "%1 troops"), true, "%1 troop"},
    {{"soldiers"}, UnitKind::Count, QT_TRANSLATE_NOOP("Atlas::Vocabulary", "soldiers"),
     QT_TRANSLATE_N_NOOP("Atlas::Vocabulary", "%1 soldiers"), true, "%1 soldier"},
    {{"personnel"}, UnitKind::Count, QT_TRANSLATE_NOOP("Atlas::Vocabulary", "personnel"),
     QT_TRANSLATE_N_NOOP("Atlas::Vocabulary", "%1 personnel"), true, nullptr},
    {{"fighters"}, UnitKind::Count, QT_TRANSLATE_NOOP("Atlas::Vocabulary", "fighters"),
     QT_TRANSLATE_N_NOOP("Atlas::Vocabulary", "%1 fighters"), true, "%1 fighter"},
    {{"people", "persons"}, UnitKind::Count, QT_TRANSLATE_NOOP("Atlas::Vocabulary", "people"),
     QT_TRANSLATE_N_NOOP("Atlas::Vocabulary", "%1 people"), true, "%1 person"},
    {{"members"}, UnitKind::Count, QT_TRANSLATE_NOOP("Atlas::Vocabulary", "members"),
     QT_TRANSLATE_N_NOOP("Atlas::Vocabulary", "%1 members"), true, "%1 member"},
    {{"countries"}, UnitKind::Count, QT_TRANSLATE_NOOP("Atlas::Vocabulary", "countries"),
     QT_TRANSLATE_N_NOOP("Atlas::Vocabulary", "%1 countries"), true, "%1 country"},
    {{"states"}, UnitKind::Count, QT_TRANSLATE_NOOP("Atlas::Vocabulary", "states"),
     QT_TRANSLATE_N_NOOP("Atlas::Vocabulary", "%1 states"), true, "%1 state"},
    {{"airstrikes"}, UnitKind::Count, QT_TRANSLATE_NOOP("Atlas::Vocabulary", "airstrikes"),
     QT_TRANSLATE_N_NOOP("Atlas::Vocabulary", "%1 airstrikes"), true, "%1 airstrike"},
    {{"strikes"}, UnitKind::Count, QT_TRANSLATE_NOOP("Atlas::Vocabulary", "strikes"),
     QT_TRANSLATE_N_NOOP("Atlas::Vocabulary", "%1 strikes"), true, "%1 strike"},
    {{"attacks"}, UnitKind::Count, QT_TRANSLATE_NOOP("Atlas::Vocabulary", "attacks"),
     QT_TRANSLATE_N_NOOP("Atlas::Vocabulary", "%1 attacks"), true, "%1 attack"},
    {{"detainees"}, UnitKind::Count, QT_TRANSLATE_NOOP("Atlas::Vocabulary", "detainees"),
     QT_TRANSLATE_N_NOOP("Atlas::Vocabulary", "%1 detainees"), true, "%1 detainee"},
    {{"operations"}, UnitKind::Count, QT_TRANSLATE_NOOP("Atlas::Vocabulary", "operations"),
     QT_TRANSLATE_N_NOOP("Atlas::Vocabulary", "%1 operations"), true, "%1 operation"},
    {{"usd"}, UnitKind::Count, QT_TRANSLATE_NOOP("Atlas::Vocabulary", "US dollars"),
     QT_TRANSLATE_N_NOOP("Atlas::Vocabulary", "%1 US dollars"), true, "%1 US dollar"},
    {{"km2"}, UnitKind::Count, QT_TRANSLATE_NOOP("Atlas::Vocabulary", "km²"),
     QT_TRANSLATE_NOOP("Atlas::Vocabulary", "%1 km²"), false, nullptr},
    {{"times"}, UnitKind::Ratio, QT_TRANSLATE_NOOP("Atlas::Vocabulary", "times the baseline"),
     QT_TRANSLATE_N_NOOP("Atlas::Vocabulary", "%1 times the baseline"), true, nullptr},
    {{"percent", "%"}, UnitKind::Percent, QT_TRANSLATE_NOOP("Atlas::Vocabulary", "%"), nullptr, false, nullptr},
    {{"fraction"}, UnitKind::Fraction, QT_TRANSLATE_NOOP("Atlas::Vocabulary", "% of the whole"), nullptr, false, nullptr},
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

// A sentence of the tables above in the wanted language: English as written, Arabic through
// the translation (which returns the English when none is loaded).
QString text(Language language, const char *source, const char *comment = nullptr, int count = -1)
{
    if (language == Language::English)
        return QString::fromUtf8(source);
    return QCoreApplication::translate(Context, source, comment, count);
}

template<typename Row>
const Row *find(std::span<const Row> table, const QString &id)
{
    for (const Row &row : table) {
        for (const char *name : row.ids) {
            if (name && id == QLatin1StringView(name))
                return &row;
        }
    }
    return nullptr;
}

template<typename Row>
QStringList firstIds(std::span<const Row> table)
{
    QStringList result;
    for (const Row &row : table)
        result.append(QString::fromLatin1(row.ids[0]));
    return result;
}

const Qualifier *qualifier(const QString &id)
{
    return find<Qualifier>(Qualifiers, id.isEmpty() ? u"exact"_s : id);
}

// The words of an order of magnitude whose bounds are a whole decade, 10^k to 10^(k+1) − 1
// ("tens of thousands" for 10,000–99,999); null for any other bounds.
const char *magnitudeWords(double min, double max)
{
    double low = 10;
    for (const char *words : MagnitudeWords) {
        if (min == low && max == low * 10 - 1)
            return words;
        low *= 10;
    }
    return nullptr;
}

// Qt picks a plural form by an int. Only a single whole amount has a grammatical number of its
// own; a range or a fraction reads in the form CLDR gives non-integers, the "other" one, which
// 100 selects in English and Arabic alike (their rules look only at 0, 1, 2 and n % 100).
int pluralCount(std::optional<double> count)
{
    constexpr int Other = 100;
    if (!count || *count < 0 || *count != std::trunc(*count))
        return Other;
    if (*count <= 1e9)
        return int(*count);
    return Other + int(std::fmod(*count, 100.0));
}

} // namespace

QString categoryName(const QString &id) { return lookUp(Categories, id); }
QString metricName(const QString &id) { return lookUp(Metrics, id); }
QString placeKindName(const QString &id) { return lookUp(PlaceKinds, id); }
QString actorKindName(const QString &id) { return lookUp(ActorKinds, id); }
QStringList knownMetrics() { return ids(Metrics); }

QStringList sortedCategories(QStringList ids)
{
    const auto rank = [](const QString &id) {
        const auto found = std::find(EventCategories.cbegin(), EventCategories.cend(), QStringView(id));
        return std::distance(EventCategories.cbegin(), found);
    };
    std::stable_sort(ids.begin(), ids.end(), [&rank](const QString &a, const QString &b) {
        const auto rankA = rank(a);
        const auto rankB = rank(b);
        return rankA != rankB ? rankA < rankB : a < b;
    });
    return ids;
}

QString countryName(const QString &code, Language language)
{
    for (const Entry &entry : Countries) {
        if (code != QLatin1StringView(entry.id))
            continue;
        const QString name = text(language, entry.name);
        if (language == Language::English || name != QLatin1StringView(entry.name))
            return name;
        break; // Arabic without a translation: CLDR's name below
    }
    const QLocale::Territory territory = QLocale::codeToTerritory(code);
    if (territory == QLocale::AnyTerritory)
        return code;
    if (language == Language::Arabic) {
        // Only a locale of Arabic in that very territory has its Arabic name; QLocale would
        // otherwise fall back to another Arabic locale and name its country.
        const QLocale arabic(QLocale::Arabic, territory);
        if (arabic.language() == QLocale::Arabic && arabic.territory() == territory)
            return arabic.nativeTerritoryName();
    }
    return QLocale::territoryToString(territory);
}

QStringList knownCountries() { return ids(Countries); }

QString qualifierMark(const QString &id)
{
    const Qualifier *found = qualifier(id);
    return found ? found->mark.toString() : u"*"_s;
}

QString qualifierMeaning(const QString &id, Language language)
{
    const Qualifier *found = qualifier(id);
    if (!found)
        return text(language, QT_TRANSLATE_NOOP("Atlas::Vocabulary", "qualified in the source (hover for the wording)"));
    return found->meaning ? text(language, found->meaning) : QString();
}

QString qualifiedAmount(const QString &id, const QString &amount, Language language, std::optional<double> min,
                        std::optional<double> max)
{
    if (isVagueQuantity(id)) {
        const char *words = min && max ? magnitudeWords(*min, *max) : nullptr;
        if (!words)
            return text(language, QT_TRANSLATE_NOOP("Atlas::Vocabulary", "%1 (widest reading of the source's words)")).arg(amount);
        return text(language, VagueQuantity.source, VagueQuantity.comment).arg(text(language, words), amount);
    }
    const Qualifier *found = qualifier(id);
    if (!found)
        return text(language, QT_TRANSLATE_NOOP("Atlas::Vocabulary", "%1 (qualified in the source)")).arg(amount);
    return found->phrase ? text(language, found->phrase).arg(amount) : amount;
}

bool isVagueQuantity(const QString &id)
{
    return id == "order_of_magnitude"_L1;
}

QStringList knownQualifiers() { return firstIds<Qualifier>(Qualifiers); }

UnitKind unitKind(const QString &id)
{
    const Unit *unit = find<Unit>(Units, id);
    return unit ? unit->kind : UnitKind::Count;
}

QString unitName(const QString &id, Language language)
{
    if (const Unit *unit = find<Unit>(Units, id))
        return text(language, unit->name);
    QString shown = id;
    return shown.replace(u'_', u' ');
}

QString amountWithUnit(const QString &id, const QString &amount, std::optional<double> count, Language language)
{
    if (id.isEmpty())
        return amount;
    const Unit *unit = find<Unit>(Units, id);
    if (!unit) {
        return text(language, UnknownUnit.source, UnknownUnit.comment).arg(amount, unitName(id, language));
    }
    if (!unit->amount)
        return amount; // percent and fraction: the amount is written with its "%"
    const int plural = pluralCount(count);
    if (language == Language::English && plural == 1 && unit->englishOne)
        return QString::fromUtf8(unit->englishOne).arg(amount);
    return text(language, unit->amount, nullptr, unit->counted ? plural : -1).arg(amount);
}

QStringList knownUnits() { return firstIds<Unit>(Units); }

} // namespace Atlas::Vocabulary
