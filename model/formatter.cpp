// SPDX-License-Identifier: GPL-3.0-or-later
#include "formatter.h"

#include "vocabulary.h"

#include <QCoreApplication>
#include <QList>

#include <unicode/dtfmtsym.h>
#include <unicode/dtitvfmt.h>
#include <unicode/dtptngen.h>
#include <unicode/formattedvalue.h>
#include <unicode/measunit.h>
#include <unicode/numberformatter.h>
#include <unicode/smpdtfmt.h>
#include <unicode/timezone.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <memory>
#include <mutex>

using namespace Qt::StringLiterals;

namespace Atlas {

namespace {

constexpr int MaximumDecimals = 6;
constexpr double UnixEpochJulianDay = 2440588;
constexpr double MillisecondsPerDay = 86400000.0;

QString toQString(const icu::UnicodeString &text)
{
    return QString(reinterpret_cast<const QChar *>(text.getBuffer()), text.length());
}

// The ICU locale that gives the wanted language, digits and month names. Arabic month names
// come from the locale: ICU 76 names the months of "ar_SY" (as of ar_IQ, ar_LB, ar_JO) كانون الثاني…
// and those of "ar" يناير… English uses en_GB for day-month-year order ("27 September 2024").
QByteArray localeId(Language language, DigitStyle digits, ArabicMonthNames months)
{
    QByteArray id = language == Language::Arabic
        ? (months == ArabicMonthNames::Levantine ? "ar_SY"_ba : "ar"_ba)
        : "en_GB"_ba;
    id += digits == DigitStyle::ArabicIndic ? "@numbers=arab"_ba : "@numbers=latn"_ba;
    return id;
}

// The same locale with the Umm al-Qura calendar, the Hijri calendar of Saudi Arabia that ICU
// computes from tables (1300–1600 AH) rather than from the arithmetic civil approximation.
QByteArray hijriLocaleId(const QByteArray &id)
{
    return id + ";calendar=islamic-umalqura"_ba;
}

constexpr QChar LeftToRightIsolate(u'\u2066');
constexpr QChar RightToLeftIsolate(u'\u2067');
constexpr QChar PopIsolate(u'\u2069');

QChar isolateFor(Language language)
{
    return language == Language::Arabic ? RightToLeftIsolate : LeftToRightIsolate;
}

UDate toUDate(QDate date)
{
    return (double(date.toJulianDay()) - UnixEpochJulianDay) * MillisecondsPerDay;
}

// The first and the last day of the period `date` falls in at this precision.
QDate periodStart(QDate date, DatePrecision precision)
{
    switch (precision) {
    case DatePrecision::Year: return QDate(date.year(), 1, 1);
    case DatePrecision::Month: return QDate(date.year(), date.month(), 1);
    case DatePrecision::Week:
    case DatePrecision::Day: break;
    }
    return date;
}

QDate periodEnd(QDate date, DatePrecision precision)
{
    switch (precision) {
    case DatePrecision::Year: return QDate(date.year(), 12, 31);
    case DatePrecision::Month: return QDate(date.year(), date.month(), date.daysInMonth());
    case DatePrecision::Week: return date.addDays(6);
    case DatePrecision::Day: break;
    }
    return date;
}

/*
 * The ICU formatters of one locale, built once and shared by every Formatter with that
 * language, digit style and month names. Number formatters are immutable and thread-safe;
 * ICU date formats are not (they keep a calendar), so they are used under a mutex.
 */
class LocaleFormats
{
public:
    LocaleFormats(const QByteArray &id, Language language)
        : m_locale(id.constData())
        , m_isolate(isolateFor(language))
    {
        UErrorCode status = U_ZERO_ERROR;
        const auto base = icu::number::NumberFormatter::withLocale(m_locale);
        for (int decimals = 0; decimals <= MaximumDecimals; ++decimals)
            m_numbers[size_t(decimals)] = base.precision(icu::number::Precision::maxFraction(decimals));
        m_percent = base.unit(icu::MeasureUnit::getPercent()).precision(icu::number::Precision::maxFraction(1));
        m_compact = base.notation(icu::number::Notation::compactShort()).precision(icu::number::Precision::maxFraction(1));

        icu::DateFormatSymbols symbols(m_locale, status);
        int32_t count = 0;
        const icu::UnicodeString *months = symbols.getMonths(count, icu::DateFormatSymbols::STANDALONE,
                                                             icu::DateFormatSymbols::WIDE);
        if (U_SUCCESS(status)) {
            for (int32_t i = 0; i < count && i < 12; ++i)
                m_monthNames[size_t(i)] = toQString(months[i]);
        }

        status = U_ZERO_ERROR;
        std::unique_ptr<icu::DateTimePatternGenerator> generator(
            icu::DateTimePatternGenerator::createInstance(m_locale, status));
        // Indexed by DatePrecision; a week is written as the interval of its days (weekPeriod()).
        const char16_t *skeletons[] = {u"y", u"yMMMM", u"yMMMMd", u"yMMMMd"};
        for (size_t i = 0; i < m_dateFormats.size() && U_SUCCESS(status); ++i) {
            const icu::UnicodeString pattern = generator->getBestPattern(icu::UnicodeString(skeletons[i]), status);
            auto format = std::make_unique<icu::SimpleDateFormat>(pattern, m_locale, status);
            if (U_SUCCESS(status)) {
                format->setTimeZone(*icu::TimeZone::getGMT());
                m_dateFormats[i] = std::move(format);
            }
        }

        // Hijri periods: an interval format shows one date when both ends fall in the same
        // field ("1446 AH"), and joins two otherwise, sharing what they share ("Shaʻban – Ramadan 1445 AH").
        const icu::Locale hijri(hijriLocaleId(id).constData());
        const char16_t *hijriSkeletons[] = {u"Gy", u"GyMMMM", u"GyMMMMd", u"GyMMMMd"}; // indexed by DatePrecision
        for (size_t i = 0; i < m_hijriFormats.size(); ++i) {
            status = U_ZERO_ERROR;
            std::unique_ptr<icu::DateIntervalFormat> format(
                icu::DateIntervalFormat::createInstance(icu::UnicodeString(hijriSkeletons[i]), hijri, status));
            if (U_SUCCESS(status) && format) {
                format->adoptTimeZone(icu::TimeZone::getGMT()->clone());
                m_hijriFormats[i] = std::move(format);
            }
        }

        status = U_ZERO_ERROR;
        std::unique_ptr<icu::DateIntervalFormat> week(
            icu::DateIntervalFormat::createInstance(icu::UnicodeString(u"yMMMMd"), m_locale, status));
        if (U_SUCCESS(status) && week) {
            week->adoptTimeZone(icu::TimeZone::getGMT()->clone());
            m_weekFormat = std::move(week);
        }
    }

    QString number(double value, int maxDecimals) const
    {
        return format(m_numbers[size_t(std::clamp(maxDecimals, 0, MaximumDecimals))], value);
    }
    QString percent(double value) const { return format(m_percent, value); }
    QString compact(double value) const { return format(m_compact, value); }
    QString monthName(int month) const
    {
        return month >= 1 && month <= 12 ? m_monthNames[size_t(month - 1)] : QString();
    }

    QString date(QDate date, DatePrecision precision) const
    {
        if (precision == DatePrecision::Week)
            return days(date, date.addDays(6));
        const auto &format = m_dateFormats[size_t(precision)];
        if (!date.isValid() || !format)
            return {};
        const UDate when = toUDate(date);
        icu::UnicodeString text;
        {
            std::lock_guard lock(m_dateMutex);
            format->format(when, text);
        }
        return toQString(text);
    }

    // The days from `first` to `last`, sharing what they share: "11–17 August 2014".
    QString days(QDate first, QDate last) const { return interval(m_weekFormat.get(), first, last); }

    // The Hijri dates from `first` to `last` (Gregorian days), at the precision's fields.
    QString hijriPeriod(QDate first, QDate last, DatePrecision precision) const
    {
        return interval(m_hijriFormats[size_t(precision)].get(), first, last);
    }

private:
    QString interval(const icu::DateIntervalFormat *format, QDate first, QDate last) const
    {
        if (!first.isValid() || !last.isValid() || !format)
            return {};
        const icu::DateInterval period(toUDate(first), toUDate(std::max(first, last)));
        UErrorCode status = U_ZERO_ERROR;
        QString text;
        QList<std::pair<int, int>> spans; // [start, limit) of each date, in order
        {
            std::lock_guard lock(m_dateMutex);
            const icu::FormattedDateInterval formatted = format->formatToValue(period, status);
            if (U_FAILURE(status))
                return {};
            text = toQString(formatted.toString(status));
            icu::ConstrainedFieldPosition position;
            position.constrainCategory(UFIELD_CATEGORY_DATE_INTERVAL_SPAN);
            while (formatted.nextPosition(position, status) && U_SUCCESS(status))
                spans.append({position.getStart(), position.getLimit()});
        }
        if (U_FAILURE(status))
            return {};
        // Two dates in one text ("11–17 August 2014", "١١–١٧ August ٢٠١٤"): each date's own span
        // is isolated, so that digits on both sides of the dash never join into one run.
        std::sort(spans.begin(), spans.end());
        for (qsizetype i = spans.size() - 1; i >= 0 && spans.size() == 2; --i) {
            const auto [start, limit] = spans[i];
            text.insert(limit, PopIsolate);
            text.insert(start, m_isolate);
        }
        return text;
    }

    static QString format(const icu::number::LocalizedNumberFormatter &formatter, double value)
    {
        if (!std::isfinite(value))
            return {};
        UErrorCode status = U_ZERO_ERROR;
        const icu::UnicodeString text = formatter.formatDouble(value, status).toString(status);
        return U_SUCCESS(status) ? toQString(text) : QString();
    }

    icu::Locale m_locale;
    QChar m_isolate; // LRI or RLI, as the language reads
    std::array<icu::number::LocalizedNumberFormatter, MaximumDecimals + 1> m_numbers;
    icu::number::LocalizedNumberFormatter m_percent;
    icu::number::LocalizedNumberFormatter m_compact;
    std::array<QString, 12> m_monthNames;
    std::array<std::unique_ptr<icu::SimpleDateFormat>, 4> m_dateFormats;
    std::array<std::unique_ptr<icu::DateIntervalFormat>, 4> m_hijriFormats;
    std::unique_ptr<icu::DateIntervalFormat> m_weekFormat;
    mutable std::mutex m_dateMutex;
};

// One LocaleFormats per (language, digits, month names), made on first use and kept for the
// process: building ICU formatters costs far more than formatting, and models format per row.
const LocaleFormats &formatsFor(Language language, DigitStyle digits, ArabicMonthNames months)
{
    static std::mutex mutex;
    static std::array<std::unique_ptr<const LocaleFormats>, 8> cache;
    const size_t slot = size_t(language == Language::Arabic) * 4 + size_t(digits == DigitStyle::ArabicIndic) * 2
        + size_t(months == ArabicMonthNames::Egyptian);
    std::lock_guard lock(mutex);
    if (!cache[slot])
        cache[slot] = std::make_unique<const LocaleFormats>(localeId(language, digits, months), language);
    return *cache[slot];
}

// The translation context of every sentence here, written so that lupdate files the free
// functions' sentences under it too (a bare FormatterText::tr() outside a class would land in "Atlas").
struct FormatterText
{
    Q_DECLARE_TR_FUNCTIONS(Atlas::Formatter)
};

int decimalsFor(double value)
{
    return value == std::trunc(value) ? 0 : 2;
}

} // namespace

Formatter::Formatter(Language language, DigitStyle digits, ArabicMonthNames months)
    : m_language(language)
    , m_digits(digits)
    , m_months(months)
{
}

QString Formatter::isolate(const QString &text) const
{
    return text.isEmpty() ? text : isolateFor(m_language) + text + PopIsolate;
}

QString Formatter::range(const QString &low, const QString &high) const
{
    return FormatterText::tr("%1–%2", "a range of numbers").arg(isolate(low), isolate(high));
}

QString Formatter::period(const QString &from, const QString &to) const
{
    return FormatterText::tr("%1 – %2", "a period from one date to another").arg(isolate(from), isolate(to));
}

QString Formatter::number(double value, int maxDecimals) const
{
    return formatsFor(m_language, m_digits, m_months).number(value, maxDecimals);
}

QString Formatter::percent(double value) const
{
    return formatsFor(m_language, m_digits, m_months).percent(value);
}

QString Formatter::compact(double value) const
{
    return formatsFor(m_language, m_digits, m_months).compact(value);
}

QString Formatter::monthName(int month) const
{
    return formatsFor(m_language, m_digits, m_months).monthName(month);
}

QString Formatter::date(QDate date, DatePrecision precision) const
{
    return formatsFor(m_language, m_digits, m_months).date(date, precision);
}

Formatter Formatter::withLanguage(Language language) const
{
    Formatter copy = *this;
    copy.m_language = language;
    return copy;
}

QString Formatter::hijriDate(QDate date, DatePrecision precision) const
{
    return formatsFor(m_language, m_digits, m_months)
        .hijriPeriod(periodStart(date, precision), periodEnd(date, precision), precision);
}

QString Formatter::hijriDate(const FuzzyDate &date) const
{
    return formatsFor(m_language, m_digits, m_months)
        .hijriPeriod(periodStart(date.earliest(), date.precision), date.latest(), date.precision);
}

QString Formatter::dateWithHijri(const FuzzyDate &date) const
{
    const QString gregorian = this->date(date);
    const QString hijri = m_hijri ? hijriDate(date) : QString();
    if (hijri.isEmpty())
        return gregorian;
    return FormatterText::tr("%1 (%2)", "a Gregorian date followed by the same date in the Hijri calendar")
        .arg(isolate(gregorian), isolate(hijri));
}

QString Formatter::date(const FuzzyDate &date) const
{
    // Weeks from one to another read as the days they span.
    if (date.precision == DatePrecision::Week && date.isRange())
        return formatsFor(m_language, m_digits, m_months).days(date.earliest(), date.latest());
    const QString start = this->date(date.start, date.precision);
    if (!date.isRange())
        return start;
    return period(start, this->date(date.end, date.precision));
}

QDate Formatter::parseDate(const QString &text) const
{
    // Digits of any script become Latin and the invisible bidi marks go, so that one set of
    // Latin-digit patterns reads what either digit style wrote or a reader typed.
    QString folded;
    folded.reserve(text.size());
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u == 0x200E || u == 0x200F || u == 0x061C || (u >= 0x202A && u <= 0x202E) || (u >= 0x2066 && u <= 0x2069))
            continue;
        folded += c.isDigit() && c.digitValue() >= 0 ? QChar(u'0' + c.digitValue()) : c;
    }
    folded = folded.simplified();
    if (folded.isEmpty())
        return {};
    if (const QDate iso = QDate::fromString(folded, Qt::ISODate); iso.isValid())
        return iso;

    QList<QByteArray> locales{localeId(m_language, DigitStyle::Latin, m_months)};
    if (m_language == Language::Arabic) // the other month names are read too
        locales.append(localeId(m_language, DigitStyle::Latin,
                                m_months == ArabicMonthNames::Levantine ? ArabicMonthNames::Egyptian : ArabicMonthNames::Levantine));
    locales.append(localeId(Language::English, DigitStyle::Latin, m_months));
    const icu::UnicodeString input(reinterpret_cast<const char16_t *>(folded.utf16()), int32_t(folded.size()));
    for (const QByteArray &id : std::as_const(locales)) {
        const icu::Locale locale(id.constData());
        UErrorCode status = U_ZERO_ERROR;
        std::unique_ptr<icu::DateTimePatternGenerator> generator(icu::DateTimePatternGenerator::createInstance(locale, status));
        for (const char16_t *skeleton : {u"yMMMMd", u"yMMMd", u"yMd"}) {
            if (U_FAILURE(status))
                break;
            icu::UnicodeString pattern = generator->getBestPattern(icu::UnicodeString(skeleton), status);
            for (const char16_t mark : {u'\u200E', u'\u200F', u'\u061C'})
                pattern.findAndReplace(icu::UnicodeString(mark), icu::UnicodeString());
            UErrorCode parseStatus = U_ZERO_ERROR;
            icu::SimpleDateFormat format(pattern, locale, parseStatus);
            if (U_FAILURE(parseStatus))
                continue;
            format.setTimeZone(*icu::TimeZone::getGMT());
            format.setLenient(false);
            icu::ParsePosition position(0);
            const UDate when = format.parse(input, position);
            if (position.getErrorIndex() >= 0 || position.getIndex() != input.length())
                continue;
            const QDate day = QDate::fromJulianDay(qint64(std::floor(when / MillisecondsPerDay)) + qint64(UnixEpochJulianDay));
            if (day.isValid() && day.year() >= 1000)
                return day;
        }
    }
    return {};
}

QString Formatter::figureValue(const Figure &figure) const
{
    const Vocabulary::UnitKind unit = Vocabulary::unitKind(figure.unit);
    // A change's direction is said in words, so its amount is shown without a sign.
    const bool unsignedAmount = figure.kind == FigureKind::Change && !figure.direction.isEmpty();
    auto amountText = [&](double value) {
        if (unsignedAmount)
            value = std::abs(value);
        switch (unit) {
        case Vocabulary::UnitKind::Percent: return percent(value);
        case Vocabulary::UnitKind::Fraction: return percent(value * 100);
        case Vocabulary::UnitKind::Count:
        case Vocabulary::UnitKind::Ratio: break;
        }
        return number(value, decimalsFor(value));
    };

    QString amount;
    std::optional<double> count; // a range has no grammatical number of its own
    if (figure.min && figure.max) {
        amount = range(amountText(*figure.min), amountText(*figure.max));
    } else if (figure.value) {
        amount = amountText(*figure.value);
        count = std::abs(*figure.value);
    } else {
        return {};
    }

    const QString text = Vocabulary::qualifiedAmount(figure.qualifier,
                                                     Vocabulary::amountWithUnit(figure.unit, amount, count, m_language),
                                                     m_language, figure.min, figure.max);
    // A ratio says itself whether it went up ("2 times the baseline").
    if (unit == Vocabulary::UnitKind::Ratio)
        return text;
    if (figure.direction == "decrease"_L1)
        return FormatterText::tr("%1 decrease").arg(text);
    if (figure.direction == "increase"_L1)
        return FormatterText::tr("%1 increase").arg(text);
    return text;
}

} // namespace Atlas
