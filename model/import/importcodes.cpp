// SPDX-License-Identifier: GPL-3.0-or-later
#include "importcodes.h"

#include <QRegularExpression>

#include <array>

using namespace Qt::StringLiterals;

namespace Atlas::ImportCodes {

namespace {

struct Code
{
    int code;
    CoordPrecision precision;
};

// docs/import.md, "Code tables".
constexpr std::array<Code, 3> AcledGeo{ { { 1, CoordPrecision::Exact }, { 2, CoordPrecision::Approximate },
                                          { 3, CoordPrecision::Province } } };
constexpr std::array<Code, 7> UcdpWhere{ { { 1, CoordPrecision::Exact }, { 2, CoordPrecision::Approximate },
                                           { 3, CoordPrecision::District }, { 4, CoordPrecision::Province },
                                           { 5, CoordPrecision::Province }, { 6, CoordPrecision::Country },
                                           { 7, CoordPrecision::Unknown } } };

template<std::size_t N>
std::optional<CoordPrecision> lookup(const std::array<Code, N> &table, int code)
{
    for (const Code &entry : table) {
        if (entry.code == code)
            return entry.precision;
    }
    return std::nullopt;
}

struct Category
{
    const char16_t *acled; // event_type or sub_event_type, as ACLED writes it
    const char16_t *category;
};

// Sub-event types first: they decide; event types are the fallback.
constexpr std::array<Category, 25> AcledSubEvents{ {
    { u"Armed clash", u"military_operation" },
    { u"Government regains territory", u"territorial_change" },
    { u"Non-state actor overtakes territory", u"territorial_change" },
    { u"Non-violent transfer of territory", u"territorial_change" },
    { u"Air/drone strike", u"strike" },
    { u"Shelling/artillery/missile attack", u"strike" },
    { u"Remote explosive/landmine/IED", u"attack" },
    { u"Suicide bomb", u"attack" },
    { u"Grenade", u"attack" },
    { u"Chemical weapon", u"attack" },
    { u"Attack", u"violence_against_civilians" },
    { u"Abduction/forced disappearance", u"violence_against_civilians" },
    { u"Sexual violence", u"violence_against_civilians" },
    { u"Peaceful protest", u"protest" },
    { u"Protest with intervention", u"protest" },
    { u"Excessive force against protesters", u"protest" },
    { u"Violent demonstration", u"protest" },
    { u"Mob violence", u"protest" },
    { u"Agreement", u"agreement" },
    { u"Headquarters or base established", u"deployment" },
    { u"Arrests", u"report" },
    { u"Change to group/activity", u"report" },
    { u"Disrupted weapons use", u"report" },
    { u"Looting/property destruction", u"report" },
    { u"Other", u"report" },
} };
constexpr std::array<Category, 6> AcledEvents{ {
    { u"Battles", u"military_operation" },
    { u"Explosions/Remote violence", u"strike" },
    { u"Violence against civilians", u"violence_against_civilians" },
    { u"Protests", u"protest" },
    { u"Riots", u"protest" },
    { u"Strategic developments", u"report" },
} };

template<std::size_t N>
QString category(const std::array<Category, N> &table, const QString &value)
{
    for (const Category &entry : table) {
        if (value.compare(QStringView(entry.acled), Qt::CaseInsensitive) == 0)
            return QString::fromUtf16(entry.category);
    }
    return {};
}


int monthOf(const QString &name)
{
    static const QStringList full{ u"january"_s, u"february"_s, u"march"_s, u"april"_s, u"may"_s, u"june"_s,
                                   u"july"_s, u"august"_s, u"september"_s, u"october"_s, u"november"_s, u"december"_s };
    const QString lower = name.toLower();
    if (lower == u"sept"_s)
        return 9;
    for (int i = 0; i < 12; ++i) {
        if (lower.size() >= 3 && full.at(i).startsWith(lower))
            return i + 1;
    }
    return 0;
}

int fullYear(const QString &digits)
{
    const int year = digits.toInt();
    if (digits.size() == 2)
        return year < 70 ? 2000 + year : 1900 + year; // "7-Oct-14" is 2014
    return year;
}

// The date part, without a time that follows it.
QString datePart(const QString &text)
{
    static const QRegularExpression time(u"(?:[T ]\\d{1,2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?\\s*(?:[AaPp][Mm])?(?:Z|[+-]\\d{2}:?\\d{2})?)$"_s);
    QString trimmed = text.trimmed();
    trimmed.remove(time);
    return trimmed.trimmed();
}

} // namespace

QDate parseDate(const QString &text, DateFormat format)
{
    static const QRegularExpression iso(u"^(\\d{4})-(\\d{1,2})-(\\d{1,2})$"_s);
    static const QRegularExpression numeric(u"^(\\d{1,2})[-/.](\\d{1,2})[-/.](\\d{4}|\\d{2})$"_s);
    static const QRegularExpression named(u"^(\\d{1,2})[- ]([A-Za-z]{3,9})\\.?[- ,]+(\\d{4}|\\d{2})$"_s);
    const QString date = datePart(text);
    switch (format) {
    case DateFormat::Iso: {
        const auto m = iso.match(date);
        return m.hasMatch() ? QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt()) : QDate();
    }
    case DateFormat::DayMonthYear:
    case DateFormat::MonthDayYear: {
        const auto m = numeric.match(date);
        if (!m.hasMatch())
            return {};
        const int a = m.captured(1).toInt(), b = m.captured(2).toInt();
        const int year = fullYear(m.captured(3));
        return format == DateFormat::DayMonthYear ? QDate(year, b, a) : QDate(year, a, b);
    }
    case DateFormat::DayMonthNameYear: {
        const auto m = named.match(date);
        const int month = m.hasMatch() ? monthOf(m.captured(2)) : 0;
        return month ? QDate(fullYear(m.captured(3)), month, m.captured(1).toInt()) : QDate();
    }
    case DateFormat::Unknown: break;
    }
    return {};
}

DateFormat detectDateFormat(const QStringList &samples)
{
    for (DateFormat format : { DateFormat::Iso, DateFormat::DayMonthYear, DateFormat::MonthDayYear,
                               DateFormat::DayMonthNameYear }) {
        bool all = true, any = false;
        for (const QString &sample : samples) {
            if (sample.trimmed().isEmpty())
                continue;
            any = true;
            if (!parseDate(sample, format).isValid()) {
                all = false;
                break;
            }
        }
        if (all && any)
            return format;
    }
    // No format reads every sample (one may be impossible, as 2019-02-30): the one that reads most.
    DateFormat best = DateFormat::Unknown;
    qsizetype bestCount = 0;
    for (DateFormat format : { DateFormat::Iso, DateFormat::DayMonthYear, DateFormat::MonthDayYear,
                               DateFormat::DayMonthNameYear }) {
        qsizetype count = 0;
        for (const QString &sample : samples)
            count += parseDate(sample, format).isValid();
        if (count > bestCount) {
            best = format;
            bestCount = count;
        }
    }
    return best;
}

QString dateFormatName(DateFormat format)
{
    switch (format) {
    case DateFormat::Iso: return u"YYYY-MM-DD"_s;
    case DateFormat::DayMonthYear: return u"DD-MM-YYYY"_s;
    case DateFormat::MonthDayYear: return u"MM/DD/YYYY"_s;
    case DateFormat::DayMonthNameYear: return u"D Month YYYY"_s;
    case DateFormat::Unknown: break;
    }
    return u"unknown"_s;
}

std::optional<FuzzyDate> acledDate(QDate coded, int timePrecision)
{
    if (!coded.isValid())
        return std::nullopt;
    FuzzyDate date;
    switch (timePrecision) {
    case 1:
        date.start = coded;
        date.precision = DatePrecision::Day;
        return date;
    case 2: // ACLED codes the middle of the week
        date.start = coded.addDays(-3);
        date.precision = DatePrecision::Week;
        return date;
    case 3: // and the middle of the month
        date.start = QDate(coded.year(), coded.month(), 1);
        date.precision = DatePrecision::Month;
        return date;
    default: break;
    }
    return std::nullopt;
}

std::optional<CoordPrecision> acledGeoPrecision(int code)
{
    return lookup(AcledGeo, code);
}

std::optional<FuzzyDate> ucdpDate(QDate start, QDate end, int datePrecision)
{
    if (!start.isValid() || !end.isValid() || end < start || datePrecision < 1 || datePrecision > 5)
        return std::nullopt;
    FuzzyDate date;
    date.start = start;
    date.precision = DatePrecision::Day;
    if (start == end)
        return date;
    if (datePrecision == 3 && end == start.addDays(6)) {
        date.precision = DatePrecision::Week;
    } else if (datePrecision == 4 && start.day() == 1 && end == QDate(start.year(), start.month(), start.daysInMonth())) {
        date.precision = DatePrecision::Month;
    } else if (datePrecision == 5 && start == QDate(start.year(), 1, 1) && end == QDate(start.year(), 12, 31)) {
        date.precision = DatePrecision::Year;
    } else {
        date.end = end; // explicit bounds
    }
    return date;
}

std::optional<CoordPrecision> ucdpWherePrecision(int code)
{
    return lookup(UcdpWhere, code);
}

QString acledCategory(const QString &eventType, const QString &subEventType)
{
    const QString sub = category(AcledSubEvents, subEventType.trimmed());
    return sub.isEmpty() ? category(AcledEvents, eventType.trimmed()) : sub;
}

QString ucdpCategory(int typeOfViolence)
{
    switch (typeOfViolence) {
    case 1: return u"military_operation"_s;         // state-based armed conflict
    case 2: return u"attack"_s;                     // non-state conflict
    case 3: return u"violence_against_civilians"_s; // one-sided violence
    default: break;
    }
    return {};
}

QString acledActorKind(const QString &interaction)
{
    static const std::array<std::pair<QStringView, QStringView>, 8> kinds{ {
        { u"State forces", u"state" }, { u"Rebel groups", u"armed_group" },
        { u"Political militias", u"armed_group" }, { u"Identity militias", u"armed_group" },
        { u"Rioters", u"civilians" }, { u"Protesters", u"civilians" }, { u"Civilians", u"civilians" },
        { u"External/Other forces", u"organisation" },
    } };
    bool isNumber = false;
    const int code = interaction.trimmed().toInt(&isNumber);
    if (isNumber && code >= 1 && code <= 8)
        return kinds[std::size_t(code - 1)].second.toString();
    for (const auto &[name, kind] : kinds) {
        if (interaction.trimmed().compare(name, Qt::CaseInsensitive) == 0)
            return kind.toString();
    }
    return u"unclassified"_s;
}

QString slug(const QString &text)
{
    QString result;
    result.reserve(text.size());
    bool dash = false;
    for (QChar c : text.normalized(QString::NormalizationForm_KD)) {
        const char16_t u = c.toLower().unicode();
        if ((u >= u'a' && u <= u'z') || (u >= u'0' && u <= u'9')) {
            if (dash && !result.isEmpty())
                result += u'-';
            result += QChar(u);
            dash = false;
        } else if (c.category() != QChar::Mark_NonSpacing) {
            dash = true;
        }
    }
    return result.left(60);
}

} // namespace Atlas::ImportCodes
