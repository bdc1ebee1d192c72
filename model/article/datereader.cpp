// SPDX-License-Identifier: GPL-3.0-or-later
#include "datereader.h"

#include "numberreader.h"

#include <QHash>
#include <QRegularExpression>

#include <unicode/calendar.h>
#include <unicode/locid.h>

#include <algorithm>
#include <functional>
#include <memory>

using namespace Qt::StringLiterals;

namespace Atlas::Article {

namespace {

// Folded month names (ا for أ/آ/إ, ه for ة, ي for ى): Levantine, Egyptian, English.
const QList<std::pair<QString, int>> &gregorianMonths()
{
    static const QList<std::pair<QString, int>> months = [] {
        QList<std::pair<QString, int>> m;
        const std::pair<const char16_t *, int> names[] = {
            {u"كانون الثاني", 1}, {u"شباط", 2}, {u"اذار", 3}, {u"نيسان", 4}, {u"ايار", 5}, {u"حزيران", 6},
            {u"تموز", 7}, {u"اب", 8}, {u"ايلول", 9}, {u"تشرين الاول", 10}, {u"تشرين الثاني", 11}, {u"كانون الاول", 12},
            {u"يناير", 1}, {u"فبراير", 2}, {u"مارس", 3}, {u"ابريل", 4}, {u"مايو", 5}, {u"يونيو", 6}, {u"يونيه", 6},
            {u"يوليو", 7}, {u"يوليه", 7}, {u"اغسطس", 8}, {u"سبتمبر", 9}, {u"اكتوبر", 10}, {u"نوفمبر", 11}, {u"ديسمبر", 12},
            {u"january", 1}, {u"february", 2}, {u"march", 3}, {u"april", 4}, {u"may", 5}, {u"june", 6},
            {u"july", 7}, {u"august", 8}, {u"september", 9}, {u"october", 10}, {u"november", 11}, {u"december", 12},
        };
        for (const auto &[name, month] : names)
            m.append({FoldedText::foldKey(QString::fromUtf16(name)), month});
        return m;
    }();
    return months;
}

// Month words that are also ordinary words (آب "father", مارس "he practised", May): read as a
// month only with a day, a year, a paired name or شهر.
bool isAmbiguousMonthWord(const QString &word)
{
    return word == u"اب"_s || word == u"مارس"_s || word == u"may"_s || word == u"march"_s;
}

const QList<std::pair<QString, int>> &hijriMonths()
{
    static const QList<std::pair<QString, int>> months = [] {
        QList<std::pair<QString, int>> m;
        const std::pair<const char16_t *, int> names[] = {
            {u"محرم", 1}, {u"صفر", 2}, {u"ربيع الاول", 3}, {u"ربيع الاخر", 4}, {u"ربيع الثاني", 4},
            {u"جمادي الاولي", 5}, {u"جمادي الاول", 5}, {u"جمادي الاخره", 6}, {u"جمادي الثانيه", 6}, {u"جمادي الاخر", 6},
            {u"رجب", 7}, {u"شعبان", 8}, {u"رمضان", 9}, {u"شوال", 10}, {u"ذو القعده", 11}, {u"ذي القعده", 11},
            {u"ذو الحجه", 12}, {u"ذي الحجه", 12},
        };
        for (const auto &[name, month] : names)
            m.append({FoldedText::foldKey(QString::fromUtf16(name)), month});
        return m;
    }();
    return months;
}

QString alternation(const QList<std::pair<QString, int>> &names)
{
    QStringList words;
    for (const auto &[name, month] : names)
        words.append(QRegularExpression::escape(name).replace(u"\\ "_s, u"\\s+"_s));
    std::sort(words.begin(), words.end(), [](const QString &a, const QString &b) { return a.size() > b.size(); });
    return u"(?:"_s + words.join(u'|') + u')';
}

int monthNumber(const QList<std::pair<QString, int>> &names, QString word)
{
    word = word.simplified();
    for (const auto &[name, month] : names)
        if (name == word)
            return month;
    return 0;
}

// Day names, folded; Qt's dayOfWeek numbers (Monday 1 … Sunday 7).
int weekdayNumber(const QString &word)
{
    static const QHash<QString, int> days {
        {u"الاثنين"_s, 1}, {u"الثلاثاء"_s, 2}, {u"الاربعاء"_s, 3}, {u"الخميس"_s, 4}, {u"الجمعه"_s, 5},
        {u"السبت"_s, 6}, {u"الاحد"_s, 7}, {u"monday"_s, 1}, {u"tuesday"_s, 2}, {u"wednesday"_s, 3},
        {u"thursday"_s, 4}, {u"friday"_s, 5}, {u"saturday"_s, 6}, {u"sunday"_s, 7},
    };
    return days.value(word, 0);
}

const QString DayNames = u"(?:الاثنين|الثلاثاء|الاربعاء|الخميس|الجمعه|السبت|الاحد|monday|tuesday|wednesday|thursday|friday|saturday|sunday)"_s;
const QString Parts = u"(?:مطلع|اوائل|بدايه|بدايات|منتصف|اواسط|اواخر|نهايه|اخر)"_s;
const QString Units = u"(?:سنوات|سنه|اعوام|عاما|عام|اشهر|شهور|شهرا|شهر|اسابيع|اسبوعا|اسبوع|ايام|يوما|يوم)"_s;
const QString NumberWord = u"(?:\\d+|[\\p{L}]+(?:\\s+و?[\\p{L}]+)?)"_s;
const QString Before = u"(?<![\\p{L}\\d])"_s;
const QString After = u"(?![\\p{L}\\d])"_s;

// Which third of a month or year a part word names: 0 first, 1 middle, 2 last.
int partIndex(const QString &word)
{
    if (word == u"منتصف"_s || word == u"اواسط"_s)
        return 1;
    if (word == u"اواخر"_s || word == u"نهايه"_s || word == u"اخر"_s)
        return 2;
    return 0;
}

DateCandidate monthCandidate(int year, int month)
{
    DateCandidate d;
    d.earliest = QDate(year, month, 1);
    d.latest = d.earliest.addMonths(1).addDays(-1);
    d.precision = DatePrecision::Month;
    return d;
}

DateCandidate dayCandidate(QDate day)
{
    DateCandidate d;
    d.earliest = day;
    d.latest = day;
    d.precision = DatePrecision::Day;
    return d;
}

DateCandidate yearCandidate(int year)
{
    DateCandidate d;
    d.earliest = QDate(year, 1, 1);
    d.latest = QDate(year, 12, 31);
    d.precision = DatePrecision::Year;
    return d;
}

// The days of a third of a month: 1–10, 11–20, 21–end.
DateCandidate monthPart(int year, int month, int part)
{
    const QDate first(year, month, 1);
    DateCandidate d;
    d.precision = DatePrecision::Day;
    d.earliest = first.addDays(part * 10);
    d.latest = part == 2 ? first.addMonths(1).addDays(-1) : first.addDays(part * 10 + 9);
    return d;
}

std::optional<int> countOf(const QString &word)
{
    bool ok = false;
    const int n = word.toInt(&ok);
    if (ok)
        return n;
    if (const auto value = NumberReader::parseWords(word.simplified()); value && *value >= 1 && *value < 1000)
        return int(*value);
    return std::nullopt;
}

} // namespace

std::pair<QDate, QDate> DateReader::hijriMonth(int hijriYear, int month)
{
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::Calendar> calendar(
        icu::Calendar::createInstance(icu::Locale("en@calendar=islamic-umalqura"), status));
    if (U_FAILURE(status) || !calendar)
        return {};
    auto toDate = [&](int y, int m) -> QDate {
        calendar->clear();
        calendar->set(hijriYear > 0 ? y : 1, m - 1, 1);
        const UDate millis = calendar->getTime(status);
        if (U_FAILURE(status))
            return {};
        return QDate(1970, 1, 1).addDays(qint64(millis / 86400000.0 + (millis < 0 ? -0.5 : 0.5)));
    };
    const QDate first = toDate(hijriYear, month);
    const QDate next = month == 12 ? toDate(hijriYear + 1, 1) : toDate(hijriYear, month + 1);
    if (!first.isValid() || !next.isValid())
        return {};
    return {first, next.addDays(-1)};
}

QList<DateCandidate> DateReader::read(const FoldedText &text) const
{
    QList<DateCandidate> first = readFrom(text, m_first);
    if (!m_first.isValid() || !m_last.isValid() || m_first == m_last)
        return first;
    const QList<DateCandidate> last = readFrom(text, m_last);
    for (DateCandidate &d : first) {
        if (!d.relative)
            continue;
        for (const DateCandidate &other : last) {
            if (other.span.start == d.span.start && other.span.end == d.span.end) {
                d.earliest = qMin(d.earliest, other.earliest);
                d.latest = qMax(d.latest, other.latest);
                break;
            }
        }
    }
    return first;
}

QList<DateCandidate> DateReader::readFrom(const FoldedText &text, QDate pub) const
{
    const QString &folded = text.folded();
    QList<std::pair<std::pair<qsizetype, qsizetype>, DateCandidate>> found; // folded span, date

    auto add = [&](const QRegularExpressionMatch &match, DateCandidate date) {
        found.append({{match.capturedStart(), match.capturedEnd()}, std::move(date)});
    };
    auto unresolved = [](QString rule) {
        DateCandidate d;
        d.relative = true;
        d.unresolved = true;
        d.rule = std::move(rule);
        return d;
    };
    auto each = [&](const QString &pattern, const std::function<void(const QRegularExpressionMatch &)> &handle) {
        QString foldedPattern = pattern;
        foldedPattern.replace(u'\u0626', u'\u0621').replace(u'\u0624', u'\u0621'); // ئ ؤ fold to ء
        const QRegularExpression re(Before + foldedPattern + After, QRegularExpression::UseUnicodePropertiesOption);
        for (auto it = re.globalMatch(folded); it.hasNext();)
            handle(it.next());
    };

    const QString months = alternation(gregorianMonths());
    // 1. Gregorian month names, with what may come around them.
    each(u"(?:(?<head>امس|اليوم)\\s+)?(?:(?:يوم\\s+)?(?<dayname>"_s + DayNames + u")\\s*,?\\s*)?(?:(?<part>"_s + Parts
             + u")\\s+(?:شهر\\s+)?)?(?:(?<day>\\d{1,2})\\s*/?\\s*)?(?:(?<shahr>(?:من\\s+)?شهر)\\s+)?(?<m1>"_s + months
             + u")(?:\\s*/\\s*(?<m2>"_s + months + u"))?(?:\\s+(?<day2>\\d{1,2})(?!\\d),?)?(?:\\s*/?\\s*,?\\s*(?:من\\s+)?(?:(?:عام|العام|سنه)\\s+)?(?<year>\\d{4}))?"
             + u"(?:\\s+(?<rel>المقبل|القادم|الماضي|الفائت|المنصرم|من\\s+العام\\s+الجاري|من\\s+العام\\s+الحالي|من\\s+هذا\\s+العام|من\\s+العام\\s+الماضي))?"_s,
         [&](const QRegularExpressionMatch &m) {
             const QString m1 = m.captured(u"m1").simplified();
             const int month = monthNumber(gregorianMonths(), m1);
             const int second = m.hasCaptured(u"m2") ? monthNumber(gregorianMonths(), m.captured(u"m2")) : 0;
             if (second && second != month)
                 return; // "يونيو/حزيران" names one month twice; two different months are not a date
             int day = m.hasCaptured(u"day") ? m.captured(u"day").toInt() : 0;
             if (!day && m.hasCaptured(u"day2"))
                 day = m.captured(u"day2").toInt();
             const bool hasYear = m.hasCaptured(u"year");
             if (isAmbiguousMonthWord(m1) && !day && !hasYear && !second && !m.hasCaptured(u"shahr"))
                 return;
             DateCandidate d;
             const QString rel = m.captured(u"rel").simplified();
             int year = 0;
             if (hasYear) {
                 year = m.captured(u"year").toInt();
             } else {
                 d.relative = true;
                 if (!pub.isValid()) {
                     DateCandidate u = unresolved(u"month-no-year"_s);
                     add(m, u);
                     return;
                 }
                 if (rel == u"المقبل"_s || rel == u"القادم"_s)
                     year = month > pub.month() ? pub.year() : pub.year() + 1;
                 else if (rel.contains(u"الماضي"_s) && rel.startsWith(u"من"_s))
                     year = pub.year() - 1;
                 else if (rel.startsWith(u"من"_s))
                     year = pub.year();
                 else if (rel == u"الماضي"_s || rel == FoldedText::foldKey(u"الفائت") || rel == u"المنصرم"_s)
                     year = month < pub.month() ? pub.year() : pub.year() - 1;
                 else if (day)
                     year = QDate(pub.year(), month, qMin(day, QDate(pub.year(), month, 1).daysInMonth())) <= pub ? pub.year() : pub.year() - 1;
                 else
                     year = month <= pub.month() ? pub.year() : pub.year() - 1;
             }
             if (year < 1 || year > 9999)
                 return;
             if (day) {
                 const QDate date(year, month, day);
                 if (!date.isValid())
                     return;
                 d = DateCandidate {{}, -1, date, date, DatePrecision::Day, !hasYear, false, {}};
                 d.rule = hasYear ? u"day-month-year"_s : u"day-month"_s;
             } else if (m.hasCaptured(u"part")) {
                 const bool relative = !hasYear;
                 d = monthPart(year, month, partIndex(m.captured(u"part")));
                 d.relative = relative;
                 d.rule = u"part-of-month"_s;
             } else {
                 const bool relative = d.relative;
                 d = monthCandidate(year, month);
                 d.relative = relative;
                 d.rule = hasYear ? u"month-year"_s : u"month"_s;
             }
             if (second)
                 d.rule += u"-paired"_s;
             add(m, d);
         });

    // 2. Hijri months: with a year, or after شهر (the last such month before publication).
    each(u"(?:(?<day>\\d{1,2})\\s+)?(?<shahr>شهر\\s+)?(?<hm>"_s + alternation(hijriMonths())
             + u")(?:\\s+(?<hy>\\d{4})(?:\\s*ه)?)?"_s,
         [&](const QRegularExpressionMatch &m) {
             const int month = monthNumber(hijriMonths(), m.captured(u"hm"));
             if (m.hasCaptured(u"hy")) {
                 const auto [first, last] = hijriMonth(m.captured(u"hy").toInt(), month);
                 if (!first.isValid())
                     return;
                 DateCandidate d;
                 d.precision = DatePrecision::Day;
                 d.earliest = first;
                 d.latest = last;
                 if (m.hasCaptured(u"day")) {
                     const int day = m.captured(u"day").toInt();
                     if (day < 1 || day > first.daysTo(last) + 1)
                         return;
                     d.earliest = d.latest = first.addDays(day - 1);
                 }
                 d.rule = u"hijri-year"_s;
                 add(m, d);
                 return;
             }
             if (!m.hasCaptured(u"shahr"))
                 return; // رمضان, رجب alone are also names
             if (!pub.isValid()) {
                 add(m, unresolved(u"hijri-month"_s));
                 return;
             }
             // The last such month that began on or before the publication date.
             for (int hijriYear = 1500; hijriYear > 1300; --hijriYear) {
                 const auto [first, last] = hijriMonth(hijriYear, month);
                 if (first.isValid() && first <= pub) {
                     DateCandidate d;
                     d.precision = DatePrecision::Day;
                     d.earliest = first;
                     d.latest = qMin(last, pub);
                     d.relative = true;
                     d.rule = u"hijri-month"_s;
                     add(m, d);
                     return;
                 }
             }
         });

    // 3. Numeric dates: 15-8-2014, 30/11/2016, 2014-08-15, 04/15 (year from publication), 8/2014.
    each(u"(?<a>\\d{1,2})[/.\\-](?<b>\\d{1,2})[/.\\-](?<y>\\d{4})"_s, [&](const QRegularExpressionMatch &m) {
        int a = m.captured(u"a").toInt(), b = m.captured(u"b").toInt();
        const int y = m.captured(u"y").toInt();
        const QDate date = b > 12 ? QDate(y, a, b) : QDate(y, b, a); // day first unless it cannot be
        if (!date.isValid())
            return;
        DateCandidate d = dayCandidate(date);
        d.rule = u"numeric"_s;
        add(m, d);
    });
    each(u"(?<y>\\d{4})-(?<m>\\d{1,2})-(?<d>\\d{1,2})"_s, [&](const QRegularExpressionMatch &m) {
        const QDate date(m.captured(u"y").toInt(), m.captured(u"m").toInt(), m.captured(u"d").toInt());
        if (!date.isValid())
            return;
        DateCandidate d = dayCandidate(date);
        d.rule = u"numeric-iso"_s;
        add(m, d);
    });
    each(u"(?<![/\\-.\\d])(?<a>\\d{1,2})/(?<b>\\d{1,2})(?![/\\-.]?\\d)(?<time>\\s+\\d{1,2}:\\d{2})?"_s, [&](const QRegularExpressionMatch &m) {
        const int a = m.captured(u"a").toInt(), b = m.captured(u"b").toInt();
        // Only when one side cannot be a month, or a time follows (a dateline): "04/15 10:00".
        int month = 0, day = 0;
        if (b > 12 && a >= 1 && a <= 12) {
            month = a;
            day = b;
        } else if (a > 12 && b >= 1 && b <= 12) {
            month = b;
            day = a;
        } else if (m.hasCaptured(u"time") && a <= 12 && b <= 12) {
            day = a;
            month = b;
        } else {
            return;
        }
        if (day < 1 || day > 31)
            return;
        if (!pub.isValid()) {
            add(m, unresolved(u"numeric-no-year"_s));
            return;
        }
        int year = pub.year();
        if (!QDate(year, month, day).isValid() || QDate(year, month, day) > pub)
            --year;
        const QDate date(year, month, day);
        if (!date.isValid())
            return;
        DateCandidate d = dayCandidate(date);
        d.relative = true;
        d.rule = u"numeric-no-year"_s;
        add(m, d);
    });

    // 4. Years: "عام 2014", "في العام 2014", and a bare 19xx/20xx that no unit follows.
    each(u"(?:(?:عام|العام|سنه|year|in)\\s+)(?<y>\\d{4})"_s, [&](const QRegularExpressionMatch &m) {
        DateCandidate d = yearCandidate(m.captured(u"y").toInt());
        d.rule = u"year"_s;
        add(m, d);
    });
    each(u"(?<![\\d,.])(?<y>(?:19|20)\\d{2})(?![\\d,.])(?!\\s*(?:%|٪|جندي|جنود|مقاتل|ضرب|غار|هجو|هجم|دولار|شخص|عنصر|عناصر|دول|قتيل|عضو|مليون|الف))"_s,
         [&](const QRegularExpressionMatch &m) {
             DateCandidate d = yearCandidate(m.captured(u"y").toInt());
             d.rule = u"bare-year"_s;
             add(m, d);
         });

    // 5. Relative expressions.
    auto relative = [&](const QRegularExpressionMatch &m, const QString &rule, const std::function<DateCandidate()> &resolve) {
        if (!pub.isValid()) {
            add(m, unresolved(rule));
            return;
        }
        DateCandidate d = resolve();
        d.relative = true;
        d.rule = rule;
        add(m, d);
    };
    each(u"(?<amsi>امس)(?:\\s+(?<dayname>"_s + DayNames + u"))?"_s, [&](const QRegularExpressionMatch &m) {
        relative(m, u"yesterday"_s, [&] { return dayCandidate(pub.addDays(-1)); });
    });
    each(u"(?<!روسيا\\s)(?<!روسيا\\s\\s)اليوم"_s, [&](const QRegularExpressionMatch &m) {
        relative(m, u"today"_s, [&] { return dayCandidate(pub); });
    });
    each(u"(?:يوم\\s+)?(?<dayname>"_s + DayNames + u")"_s, [&](const QRegularExpressionMatch &m) {
        const int weekday = weekdayNumber(m.captured(u"dayname"));
        relative(m, u"weekday"_s, [&] {
            int back = (pub.dayOfWeek() - weekday + 7) % 7;
            return dayCandidate(pub.addDays(-back));
        });
    });
    each(u"(?:الاسبوع|الاسبوع)\\s+(?<w>الماضي|المنصرم|الفائت|الجاري|الحالي)|(?<this>هذا)\\s+الاسبوع"_s, [&](const QRegularExpressionMatch &m) {
        const bool previous = !m.hasCaptured(u"this") && (m.captured(u"w") == u"الماضي"_s || m.captured(u"w") == u"المنصرم"_s || m.captured(u"w") == FoldedText::foldKey(u"الفائت"));
        relative(m, previous ? u"last-week"_s : u"this-week"_s, [&] {
            const QDate monday = pub.addDays(1 - pub.dayOfWeek()).addDays(previous ? -7 : 0);
            DateCandidate d;
            d.precision = DatePrecision::Day;
            d.earliest = monday;
            d.latest = monday.addDays(6);
            return d;
        });
    });
    each(u"(?:(?<part>"_s + Parts + u")\\s+)?(?:(?<this>هذا)\\s+)?الشهر(?:\\s+(?<w>الماضي|المنصرم|الفائت|الجاري|الحالي|المقبل|القادم))?"_s,
         [&](const QRegularExpressionMatch &m) {
             const QString w = m.captured(u"w");
             if (w.isEmpty() && !m.hasCaptured(u"this") && !m.hasCaptured(u"part"))
                 return; // "الشهر" alone
             const int shift = (w == u"الماضي"_s || w == u"المنصرم"_s || w == FoldedText::foldKey(u"الفائت")) ? -1
                 : (w == u"المقبل"_s || w == u"القادم"_s)                                 ? 1
                                                                                           : 0;
             relative(m, m.hasCaptured(u"part") ? u"part-of-month"_s : (shift < 0 ? u"last-month"_s : shift > 0 ? u"next-month"_s : u"this-month"_s), [&] {
                 const QDate month = QDate(pub.year(), pub.month(), 1).addMonths(shift);
                 return m.hasCaptured(u"part") ? monthPart(month.year(), month.month(), partIndex(m.captured(u"part")))
                                               : monthCandidate(month.year(), month.month());
             });
         });
    each(u"(?:(?<part>"_s + Parts + u")\\s+)?(?:(?<this>هذا|هذه)\\s+)?(?:العام|السنه)(?:\\s+(?<w>الماضي|الماضيه|المنصرم|المنصرمه|الفائت|الفائته|الجاري|الحالي|الحاليه|المقبل|المقبله|القادم|القادمه))?"_s,
         [&](const QRegularExpressionMatch &m) {
             const QString w = m.captured(u"w");
             if (w.isEmpty() && !m.hasCaptured(u"this"))
                 return; // "العام" alone: "in the year 2014" is rule 4
             const int shift = (w.startsWith(u"الماضي"_s) || w.startsWith(u"المنصرم"_s) || w.startsWith(FoldedText::foldKey(u"الفائت"))) ? -1
                 : (w.startsWith(u"المقبل"_s) || w.startsWith(u"القادم"_s))                                           ? 1
                                                                                                                     : 0;
             relative(m, shift < 0 ? u"last-year"_s : shift > 0 ? u"next-year"_s : u"this-year"_s, [&] {
                 const int year = pub.year() + shift;
                 if (m.hasCaptured(u"part")) {
                     const int part = partIndex(m.captured(u"part"));
                     DateCandidate d = monthCandidate(year, 1 + part * 4);
                     d.latest = QDate(year, 4 + part * 4, 1).addMonths(1).addDays(-1);
                     return d;
                 }
                 return yearCandidate(year);
             });
         });
    each(u"(?:العامين|السنتين)\\s+(?:المقبلين|القادمين)"_s, [&](const QRegularExpressionMatch &m) {
        relative(m, u"next-two-years"_s, [&] {
            DateCandidate d = yearCandidate(pub.year());
            d.latest = QDate(pub.year() + 2, 12, 31);
            return d;
        });
    });
    // "منذ ست سنوات", "قبل 10 سنوات", "منذ عامين": so long before publication, at that unit's precision.
    each(u"(?:منذ|قبل|بعد)\\s+(?:(?<n>"_s + NumberWord + u")\\s+(?<u>"_s + Units + u")|(?<one>سنه|عام|شهر|اسبوع|يوم|عامين|سنتين|شهرين|اسبوعين|يومين))"_s,
         [&](const QRegularExpressionMatch &m) {
             // "بعد 10 سنوات من انضمام": only with من, counting back from publication.
             if (m.captured().startsWith(u"بعد"_s) && QStringView(folded).mid(m.capturedEnd(), 3) != u" من")
                 return;
             int n = 1;
             QString unit = m.captured(u"u");
             if (m.hasCaptured(u"one")) {
                 unit = m.captured(u"one");
                 n = unit.endsWith(u"ين"_s) ? 2 : 1;
             } else if (const auto count = countOf(m.captured(u"n"))) {
                 n = *count;
             } else {
                 return;
             }
             relative(m, u"ago"_s, [&] {
                 if (unit.startsWith(u"سن"_s) || unit.startsWith(u"عام"_s) || unit.startsWith(u"اعوام"_s))
                     return yearCandidate(pub.year() - n);
                 if (unit.contains(u"شهر"_s) || unit.startsWith(u"اشهر"_s) || unit.startsWith(u"شهور"_s)) {
                     const QDate month = pub.addMonths(-n);
                     return monthCandidate(month.year(), month.month());
                 }
                 if (unit.startsWith(u"اسبوع"_s) || unit.startsWith(u"اسابيع"_s)) {
                     DateCandidate d = dayCandidate(pub.addDays(-7 * n));
                     d.latest = d.earliest.addDays(6);
                     return d;
                 }
                 return dayCandidate(pub.addDays(-n));
             });
         });
    // "خلال 6 سنوات و5 أشهر": the period of that length up to publication.
    each(u"(?:خلال|على\\s+مدي|على\\s+مدار|طوال|لمده)\\s+(?<n1>"_s + NumberWord + u")\\s+(?<u1>"_s + Units
             + u")(?:\\s+و\\s*(?<n2>"_s + NumberWord + u")\\s+(?<u2>"_s + Units + u"))?"_s,
         [&](const QRegularExpressionMatch &m) {
             auto monthsOf = [](const QString &n, const QString &u) -> std::optional<int> {
                 const auto count = countOf(n);
                 if (!count)
                     return std::nullopt;
                 if (u.startsWith(u"سن"_s) || u.startsWith(u"عام"_s) || u.startsWith(u"اعوام"_s))
                     return *count * 12;
                 if (u.contains(u"شهر"_s) || u.startsWith(u"اشهر"_s) || u.startsWith(u"شهور"_s))
                     return *count;
                 return std::nullopt; // days and weeks: too fine for this reading
             };
             const auto first = monthsOf(m.captured(u"n1"), m.captured(u"u1"));
             if (!first)
                 return;
             int total = *first;
             if (m.hasCaptured(u"n2")) {
                 const auto second = monthsOf(m.captured(u"n2"), m.captured(u"u2"));
                 if (!second)
                     return;
                 total += *second;
             }
             relative(m, u"duration"_s, [&] {
                 const QDate start = pub.addMonths(-total);
                 DateCandidate d = monthCandidate(start.year(), start.month());
                 d.latest = QDate(pub.year(), pub.month(), 1).addMonths(1).addDays(-1);
                 return d;
             });
         });

    // Where readings overlap, the longest wins; then in text order.
    std::stable_sort(found.begin(), found.end(), [](const auto &a, const auto &b) {
        return (a.first.second - a.first.first) > (b.first.second - b.first.first);
    });
    QList<std::pair<std::pair<qsizetype, qsizetype>, DateCandidate>> kept;
    for (const auto &f : found) {
        const bool overlaps = std::any_of(kept.cbegin(), kept.cend(), [&](const auto &k) {
            return f.first.first < k.first.second && k.first.first < f.first.second;
        });
        if (!overlaps)
            kept.append(f);
    }
    std::sort(kept.begin(), kept.end(), [](const auto &a, const auto &b) { return a.first.first < b.first.first; });
    QList<DateCandidate> out;
    for (auto &[span, date] : kept) {
        date.span = TextSpan {text.originalStart(span.first), text.originalEnd(span.second)};
        out.append(date);
    }
    return out;
}

} // namespace Atlas::Article
