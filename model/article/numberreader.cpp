// SPDX-License-Identifier: GPL-3.0-or-later
#include "numberreader.h"

#include <QHash>
#include <QRegularExpression>

#include <cmath>


using namespace Qt::StringLiterals;

namespace Atlas::Article {

namespace {

// A word or a run of digits of the folded text, in folded units.
struct Token
{
    qsizetype start = 0;
    qsizetype end = 0;
    QString text;
    bool digits = false;
    bool gluedToPrevious = false; // no space between it and the previous token ("و873")
};

QList<Token> tokenize(const QString &folded)
{
    QList<Token> tokens;
    qsizetype i = 0;
    const qsizetype n = folded.size();
    while (i < n) {
        const QChar c = folded.at(i);
        if (c.isDigit()) {
            qsizetype j = i + 1;
            while (j < n) {
                if (folded.at(j).isDigit()) {
                    ++j;
                } else if ((folded.at(j) == u',' || folded.at(j) == u'.') && j + 1 < n && folded.at(j + 1).isDigit()) {
                    ++j;
                } else {
                    break;
                }
            }
            tokens.append(Token {i, j, folded.mid(i, j - i), true, !tokens.isEmpty() && tokens.constLast().end == i});
            i = j;
        } else if (c.isLetter()) {
            qsizetype j = i + 1;
            while (j < n && folded.at(j).isLetter() && !folded.at(j).isDigit())
                ++j;
            tokens.append(Token {i, j, folded.mid(i, j - i), false, !tokens.isEmpty() && tokens.constLast().end == i});
            i = j;
        } else if (c == u'%' || c == u'\u066A') {
            tokens.append(Token {i, i + 1, u"%"_s, false, !tokens.isEmpty() && tokens.constLast().end == i});
            ++i;
        } else {
            ++i;
        }
    }
    return tokens;
}

// Word values, folded spelling (ا for أ, ه for ة, ي for ى).
const QHash<QString, double> &atoms()
{
    static const QHash<QString, double> table = [] {
        QHash<QString, double> t;
        const std::pair<const char16_t *, double> words[] = {
            {u"واحد", 1}, {u"واحده", 1}, {u"اثنان", 2}, {u"اثنين", 2}, {u"اثنتان", 2}, {u"اثنتين", 2},
            {u"ثلاث", 3}, {u"ثلاثه", 3}, {u"اربع", 4}, {u"اربعه", 4}, {u"خمس", 5}, {u"خمسه", 5},
            {u"ست", 6}, {u"سته", 6}, {u"سبع", 7}, {u"سبعه", 7}, {u"ثماني", 8}, {u"ثمانيه", 8}, {u"ثمان", 8},
            {u"تسع", 9}, {u"تسعه", 9}, {u"عشر", 10}, {u"عشره", 10},
            {u"عشرون", 20}, {u"عشرين", 20}, {u"ثلاثون", 30}, {u"ثلاثين", 30}, {u"اربعون", 40}, {u"اربعين", 40},
            {u"خمسون", 50}, {u"خمسين", 50}, {u"ستون", 60}, {u"ستين", 60}, {u"سبعون", 70}, {u"سبعين", 70},
            {u"ثمانون", 80}, {u"ثمانين", 80}, {u"تسعون", 90}, {u"تسعين", 90},
            {u"مائه", 100}, {u"مئه", 100}, {u"مائتان", 200}, {u"مائتين", 200}, {u"مئتان", 200}, {u"مئتين", 200},
            {u"ثلاثمائه", 300}, {u"ثلاثمئه", 300}, {u"اربعمائه", 400}, {u"اربعمئه", 400}, {u"خمسمائه", 500},
            {u"خمسمئه", 500}, {u"ستمائه", 600}, {u"ستمئه", 600}, {u"سبعمائه", 700}, {u"سبعمئه", 700},
            {u"ثمانمائه", 800}, {u"ثمانمئه", 800}, {u"تسعمائه", 900}, {u"تسعمئه", 900},
        };
        for (const auto &[word, value] : words)
            t.insert(FoldedText::foldKey(QString::fromUtf16(word)), value);
        return t;
    }();
    return table;
}

// Scale words: the multiplier, and whether the word is a dual that is a number by itself.
struct Scale
{
    double factor;
    double alone; // value when no number comes before it (0: needs one, or is vague)
};

const QHash<QString, Scale> &scales()
{
    static const QHash<QString, Scale> table = [] {
        QHash<QString, Scale> t;
        t.insert(u"الف"_s, {1e3, 1e3});
        t.insert(u"الفا"_s, {1e3, 0});
        t.insert(u"الاف"_s, {1e3, 0});
        t.insert(u"الفان"_s, {1e3, 2e3});
        t.insert(u"الفين"_s, {1e3, 2e3});
        t.insert(u"مليون"_s, {1e6, 1e6});
        t.insert(u"مليونا"_s, {1e6, 0});
        t.insert(u"ملايين"_s, {1e6, 0});
        t.insert(u"مليار"_s, {1e9, 1e9});
        t.insert(u"مليارا"_s, {1e9, 0});
        t.insert(u"مليارات"_s, {1e9, 0});
        return t;
    }();
    return table;
}

const QHash<QString, double> &ordinals()
{
    static const QHash<QString, double> table = [] {
        QHash<QString, double> t;
        const std::pair<const char16_t *, double> words[] = {
            {u"الاول", 1}, {u"الاولي", 1}, {u"الثاني", 2}, {u"الثانيه", 2}, {u"الثالث", 3}, {u"الثالثه", 3},
            {u"الرابع", 4}, {u"الرابعه", 4}, {u"الخامس", 5}, {u"الخامسه", 5}, {u"السادس", 6}, {u"السادسه", 6},
            {u"السابع", 7}, {u"السابعه", 7}, {u"الثامن", 8}, {u"الثامنه", 8}, {u"التاسع", 9}, {u"التاسعه", 9},
            {u"العاشر", 10}, {u"العاشره", 10}, {u"الحادي", 1}, {u"الحاديه", 1},
            {u"العشرون", 20}, {u"العشرين", 20}, {u"الثلاثون", 30}, {u"الثلاثين", 30},
        };
        for (const auto &[word, value] : words)
            t.insert(FoldedText::foldKey(QString::fromUtf16(word)), value);
        return t;
    }();
    return table;
}

// Vague quantities: the widest reading (docs/dataset.md, rule 5).
struct Vague
{
    double min;
    double max;
};

const QHash<QString, Vague> &vagueWords()
{
    static const QHash<QString, Vague> table {
        {u"عشرات"_s, {10, 99}},
        {u"مئات"_s, {100, 999}},
        {u"الاف"_s, {1000, 9999}},
        {u"ملايين"_s, {1e6, 9999999}},
    };
    return table;
}

const QHash<QString, double> &fractions()
{
    static const QHash<QString, double> table {
        {u"نصف"_s, 0.5}, {u"ثلث"_s, 0.3333}, {u"ربع"_s, 0.25}, {u"ثلثي"_s, 0.6667}, {u"ثلثا"_s, 0.6667},
    };
    return table;
}

const QHash<QString, double> &ratios()
{
    static const QHash<QString, double> table {
        {u"ضعف"_s, 2}, {u"ضعفي"_s, 2}, {u"مضاعفه"_s, 2}, {u"اضعاف"_s, 0},
    };
    return table;
}

// Units and metrics after a number, folded; the first word decides.
QString unitOf(const QString &word)
{
    static const QHash<QString, QString> table = [] {
        QHash<QString, QString> t;
        const std::pair<const char16_t *, const char16_t *> words[] = {
            {u"جندي", u"troops"}, {u"جنديا", u"troops"}, {u"جنود", u"troops"},
            {u"ضربه", u"airstrikes"}, {u"ضربات", u"airstrikes"}, {u"غاره", u"airstrikes"}, {u"غارات", u"airstrikes"},
            {u"هجوم", u"attacks"}, {u"هجوما", u"attacks"}, {u"هجمات", u"attacks"}, {u"عمليه", u"attacks"},
            {u"مقاتل", u"fighters"}, {u"مقاتلا", u"fighters"}, {u"مقاتلين", u"fighters"}, {u"مقاتلون", u"fighters"},
            {u"مسلح", u"fighters"}, {u"مسلحا", u"fighters"},
            {u"دوله", u"countries"}, {u"دول", u"countries"}, {u"بلدا", u"countries"},
            {u"عضو", u"members"}, {u"عضوا", u"members"}, {u"اعضاء", u"members"}, {u"عنصر", u"members"}, {u"عناصر", u"members"},
            {u"دولار", u"usd"}, {u"دولارا", u"usd"}, {u"دولارات", u"usd"}, {u"يورو", u"eur"},
            {u"دينار", u"iqd"}, {u"ليره", u"syp"},
            {u"شخص", u"people"}, {u"اشخاص", u"people"}, {u"مدني", u"people"}, {u"مدنيين", u"people"},
            {u"المتقاعدين", u"people"}, {u"المتعاقدين", u"people"}, {u"قتيل", u"killed"}, {u"قتلي", u"killed"},
            {u"سنه", u"years"}, {u"سنوات", u"years"}, {u"عام", u"years"}, {u"عاما", u"years"}, {u"اعوام", u"years"},
            {u"شهر", u"months"}, {u"شهرا", u"months"}, {u"اشهر", u"months"}, {u"يوم", u"days"}, {u"يوما", u"days"},
            {u"ايام", u"days"}, {u"اسبوع", u"weeks"}, {u"اسابيع", u"weeks"},
            {u"troops", u"troops"}, {u"soldiers", u"troops"}, {u"airstrikes", u"airstrikes"}, {u"strikes", u"airstrikes"},
            {u"attacks", u"attacks"}, {u"fighters", u"fighters"}, {u"countries", u"countries"}, {u"members", u"members"},
            {u"dollars", u"usd"}, {u"percent", u"percent"},
        };
        for (const auto &[name, unit] : words)
            t.insert(FoldedText::foldKey(QString::fromUtf16(name)), QString::fromUtf16(unit));
        return t;
    }();
    auto it = table.constFind(word);
    if (it != table.constEnd())
        return *it;
    // Attached ب/ل/و: "بجنود", "لمقاتلين"; the article: "المقاتلين".
    for (const QString &prefix : {u"ال"_s, u"و"_s, u"ب"_s, u"ل"_s, u"وال"_s, u"بال"_s})
        if (word.startsWith(prefix) && (it = table.constFind(word.mid(prefix.size()))) != table.constEnd())
            return *it;
    return {};
}

// A word without one attached conjunction or preposition, for the word tables.
QStringList withoutPrefixes(const QString &word)
{
    QStringList forms {word};
    for (const QString &prefix : {u"و"_s, u"ف"_s, u"ب"_s, u"ل"_s, u"ك"_s, u"وب"_s, u"ول"_s})
        if (word.size() > prefix.size() + 1 && word.startsWith(prefix))
            forms.append(word.mid(prefix.size()));
    return forms;
}

template<typename Table>
auto lookup(const Table &table, const QString &word, QString *form = nullptr) -> std::optional<typename Table::mapped_type>
{
    for (const QString &candidate : withoutPrefixes(word)) {
        auto it = table.constFind(candidate);
        if (it != table.constEnd()) {
            if (form)
                *form = candidate;
            return *it;
        }
    }
    return std::nullopt;
}

std::optional<double> digitsValue(const QString &text)
{
    QString plain = text;
    // "19,873": grouping; "2.5": decimals. A comma followed by other than three digits is a list.
    static const QRegularExpression grouped(u"^\\d{1,3}(,\\d{3})+(\\.\\d+)?$"_s);
    if (plain.contains(u','))
        plain = grouped.match(plain).hasMatch() ? plain.remove(u',') : QString();
    bool ok = false;
    const double value = plain.toDouble(&ok);
    return ok ? std::optional<double>(value) : std::nullopt;
}

bool isConjunction(const Token &token) { return !token.digits && token.text == u"و"_s; }

// Parses a number starting at token `i`: digits or words in groups joined by و, each group
// smaller than the scale before it ("19 الفا و873", "ثلاثه الاف"). Returns the tokens used.
struct Parsed
{
    int used = 0;
    double value = 0;
    bool words = false; // spelled out in part
};

Parsed parseAt(const QList<Token> &tokens, int i)
{
    Parsed best;
    double total = 0;
    double group = 0;
    bool haveGroup = false;
    double lastScale = 1e18;
    int k = i;
    bool any = false;
    bool words = false;
    Parsed groupStart;       // what was parsed before the current group began
    bool groupDigits = false;
    while (k < tokens.size()) {
        const Token &token = tokens.at(k);
        // After the first part, parts join with a standalone or attached و.
        int next = k;
        if (any) {
            if (isConjunction(token) && k + 1 < tokens.size()) {
                next = k + 1;
            } else if (!token.digits && token.text.startsWith(u'و') && lookup(atoms(), token.text)) {
                next = k; // "وسبعه"
            } else {
                const auto scale = lookup(scales(), token.text);
                if (!(scale && haveGroup))
                    break;
            }
        }
        const Token &part = tokens.at(next);
        double atom = 0;
        bool isAtom = false;
        if (part.digits) {
            if (const auto v = digitsValue(part.text)) {
                atom = *v;
                isAtom = true;
            }
        } else if (const auto v = lookup(atoms(), part.text)) {
            atom = *v;
            isAtom = true;
            words = true;
        }
        if (isAtom) {
            // A new group after a scale must be smaller than that scale.
            if (any && !haveGroup && atom >= lastScale)
                break;
            if (haveGroup && next != k) {
                // "و" inside a group joins words only: ثلاثه وعشرون, مائه وخمسون; never digits
                // ("25 و50" is two numbers).
                const bool tens = atom >= 20 && atom < 100 && std::fmod(atom, 10) == 0;
                const bool allowed = !part.digits && !groupDigits
                    && ((group < 10 && tens) || (group >= 100 && std::fmod(group, 100) == 0 && atom < 100));
                if (!allowed)
                    break;
            }
            if (!haveGroup) {
                groupStart = best;
                groupDigits = part.digits;
            }
            // "ثلاثه عشر": a unit then عشر is a teen.
            if (haveGroup && !part.digits && (part.text == u"عشر"_s || part.text == u"عشره"_s) && group < 10 && next == k) {
                group += 10;
            } else if (haveGroup && next == k) {
                break; // two numbers side by side without و: stop
            } else {
                group += atom;
            }
            haveGroup = true;
            any = true;
            k = next + 1;
            best = Parsed {k - i, total + group, words};
            continue;
        }
        if (const auto scale = lookup(scales(), part.text)) {
            double value = 0;
            if (haveGroup) {
                value = group * scale->factor;
            } else if (scale->alone > 0) {
                value = scale->alone;
            } else {
                break;
            }
            if (scale->factor >= lastScale) {
                // "خمسه الاف وسبعه الاف": the second group belongs to another number.
                if (haveGroup)
                    best = groupStart;
                break;
            }
            total += value;
            lastScale = scale->factor;
            group = 0;
            haveGroup = false;
            any = true;
            words = words || !part.digits;
            k = next + 1;
            best = Parsed {k - i, total, words};
            continue;
        }
        break;
    }
    return best;
}

struct QualifierWords
{
    const char16_t *before; // folded words right before the number
    const char16_t *qualifier;
};

constexpr QualifierWords QualifiersBefore[] = {
    {u"ما يزيد عن", u"more_than"}, {u"ما يزيد علي", u"more_than"}, {u"اكثر من", u"more_than"},
    {u"ما لا يقل عن", u"at_least"}, {u"لا يقل عن", u"at_least"}, {u"اقل من", u"less_than"},
    {u"ما يصل الي", u"up_to"}, {u"يصل الي", u"up_to"}, {u"ما يقرب من", u"nearly"}, {u"ما يقارب", u"about"},
    {u"قرابه", u"about"}, {u"زهاء", u"about"}, {u"حوالي", u"about"}, {u"بحوالي", u"about"}, {u"نحو", u"about"},
    {u"بنحو", u"about"}, {u"تقريبا", u"about"}, {u"more than", u"more_than"}, {u"about", u"about"},
    {u"nearly", u"nearly"}, {u"at least", u"at_least"}, {u"up to", u"up_to"}, {u"some", u"about"},
};

// Whether `folded` ends with `words` at a word boundary, before position `at`; gives the start.
qsizetype endsWithWords(const QString &folded, qsizetype at, QStringView words)
{
    qsizetype end = at;
    while (end > 0 && folded.at(end - 1) == u' ')
        --end;
    const qsizetype start = end - words.size();
    if (start < 0 || QStringView(folded).mid(start, words.size()) != words)
        return -1;
    if (start > 0 && folded.at(start - 1).isLetter())
        return -1;
    return start;
}

} // namespace

std::optional<double> NumberReader::parseWords(const QString &foldedWords)
{
    const QList<Token> tokens = tokenize(foldedWords);
    if (tokens.isEmpty())
        return std::nullopt;
    const Parsed parsed = parseAt(tokens, 0);
    if (parsed.used != tokens.size())
        return std::nullopt;
    return parsed.value;
}

QList<NumberCandidate> NumberReader::read(const FoldedText &text)
{
    const QString &folded = text.folded();
    const QList<Token> tokens = tokenize(folded);
    QList<NumberCandidate> out;
    struct Found
    {
        qsizetype start; // folded
        qsizetype end;
        NumberCandidate candidate;
        int lastToken;
    };
    QList<Found> found;

    for (int i = 0; i < tokens.size();) {
        const Token &token = tokens.at(i);
        NumberCandidate candidate;
        int used = 0;
        QString form;
        const Parsed parsed = parseAt(tokens, i);
        if (parsed.used > 0) {
            candidate.value = parsed.value;
            candidate.rule = parsed.words ? (tokens.at(i).digits ? u"digits-and-words"_s : u"words"_s) : u"digits"_s;
            if (tokens.at(i).digits && parsed.used > 1)
                candidate.rule = u"digits-and-words"_s;
            used = parsed.used;
        } else if (const auto vague = lookup(vagueWords(), token.text, &form)) {
            // "عشرات الالاف": tens of thousands; "الاف": thousands.
            double min = vague->min;
            double max = vague->max;
            used = 1;
            if (i + 1 < tokens.size() && form != u"الاف"_s) {
                const QString &nextWord = tokens.at(i + 1).text;
                if (nextWord == u"الالاف"_s || nextWord == u"آلاف"_s) {
                    min *= 1000;
                    max = max * 1000 + 999;
                    used = 2;
                } else if (nextWord == u"الملايين"_s) {
                    min *= 1e6;
                    max = max * 1e6 + 999999;
                    used = 2;
                }
            }
            candidate.min = min;
            candidate.max = max;
            candidate.qualifier = u"order_of_magnitude"_s;
            candidate.rule = u"vague"_s;
        } else if (const auto fraction = lookup(fractions(), token.text)) {
            candidate.value = *fraction;
            candidate.unit = u"fraction"_s;
            candidate.rule = u"fraction"_s;
            used = 1;
        } else if (const auto ratio = lookup(ratios(), token.text); ratio && *ratio > 0) {
            candidate.value = *ratio;
            candidate.unit = u"times"_s;
            candidate.rule = u"ratio"_s;
            used = 1;
        } else if (const auto ordinal = lookup(ordinals(), token.text, &form)) {
            double value = *ordinal;
            used = 1;
            // الحادي عشر, الثالث عشر; الثالث والعشرين
            if (i + 1 < tokens.size() && (tokens.at(i + 1).text == u"عشر"_s || tokens.at(i + 1).text == u"عشره"_s) && value < 10) {
                value += 10;
                used = 2;
            } else if (value < 10 && i + 1 < tokens.size()) {
                const Token &nextToken = tokens.at(i + 1);
                if (nextToken.text.startsWith(u'و')) {
                    if (const auto tens = ordinals().constFind(nextToken.text.mid(1)); tens != ordinals().constEnd() && *tens >= 20) {
                        value += *tens;
                        used = 2;
                    }
                }
            }
            if (form == u"الحادي"_s || form == u"الحاديه"_s) {
                if (used == 1) {
                    ++i;
                    continue; // الحادي alone is not a number
                }
            }
            candidate.value = value;
            candidate.qualifier = u"ordinal"_s;
            candidate.rule = u"ordinal"_s;
        } else {
            ++i;
            continue;
        }
        const int last = i + used - 1;
        // A clitic written onto the first word ("وآلاف", "بعشرات") is not part of the number.
        qsizetype clitic = !form.isEmpty() && token.text.endsWith(form) ? token.text.size() - form.size() : 0;
        if (form.isEmpty() && !token.digits && token.text.startsWith(u'و') && !atoms().contains(token.text)
            && atoms().contains(token.text.mid(1)))
            clitic = 1; // "وسبعه": the conjunction is not part of the number
        found.append(Found {tokens.at(i).start + clitic, tokens.at(last).end, candidate, last});
        i += used;
    }

    // Ranges: "بين X و Y", "ما بين X و Y", "من X الي Y"; a scale after Y applies to a bare X.
    QList<Found> merged;
    for (int f = 0; f < found.size(); ++f) {
        Found current = found.at(f);
        if (f + 1 < found.size() && current.candidate.value && found.at(f + 1).candidate.value) {
            const Found &next = found.at(f + 1);
            const QStringView between = QStringView(folded).mid(current.end, next.start - current.end).trimmed();
            const bool joined = between == u"و" || between == u"الي" || between == u"و ";
            qsizetype head = endsWithWords(folded, current.start, u"بين");
            bool about = false;
            if (head < 0) {
                head = endsWithWords(folded, current.start, u"بين حوالي");
                about = head >= 0;
            }
            if (head < 0) {
                head = endsWithWords(folded, current.start, u"ببين حوالي");
                about = head >= 0;
            }
            if (head < 0)
                head = endsWithWords(folded, current.start, u"ببين");
            if (joined && head >= 0) {
                double low = *current.candidate.value;
                double high = *next.candidate.value;
                // "25 و50 مليون": the scale written once, after the second bound.
                if (low < high / 100 && low < 1000 && high >= 1e6) {
                    const double scale = high >= 1e9 ? 1e9 : 1e6;
                    low *= scale;
                }
                NumberCandidate range;
                range.min = low;
                range.max = high;
                range.qualifier = about ? u"about_range"_s : u"range"_s;
                range.rule = u"range"_s;
                range.unit = next.candidate.unit;
                merged.append(Found {current.start, next.end, range, next.lastToken});
                ++f;
                continue;
            }
        }
        merged.append(current);
    }

    for (Found &f : merged) {
        NumberCandidate &c = f.candidate;
        // Qualifier before.
        if (c.qualifier.isEmpty()) {
            for (const QualifierWords &q : QualifiersBefore) {
                if (endsWithWords(folded, f.start, FoldedText::foldKey(QString::fromUtf16(q.before))) >= 0) {
                    c.qualifier = QString::fromUtf16(q.qualifier);
                    break;
                }
            }
        }
        // Unit after: %, بالمائه, then the next words (skipping من).
        int k = f.lastToken + 1;
        if (k < tokens.size() && c.unit.isEmpty()) {
            const QString &word = tokens.at(k).text;
            if (word == u"%"_s || word == FoldedText::foldKey(u"بالمائة") || word == u"بالمئه"_s) {
                c.unit = u"percent"_s;
                f.end = tokens.at(k).end;
                c.rule = u"percent"_s;
            } else if (word == u"في"_s && k + 1 < tokens.size()
                       && (tokens.at(k + 1).text == FoldedText::foldKey(u"المائة") || tokens.at(k + 1).text == u"المئه"_s)) {
                c.unit = u"percent"_s;
                f.end = tokens.at(k + 1).end;
                c.rule = u"percent"_s;
            } else {
                for (int look = k; look < qMin<int>(k + 3, tokens.size()); ++look) {
                    const Token &t = tokens.at(look);
                    if (t.digits)
                        break;
                    const QString unit = unitOf(t.text);
                    if (!unit.isEmpty()) {
                        c.unit = unit;
                        if (unit == u"usd"_s || unit == u"eur"_s || unit == u"iqd"_s || unit == u"syp"_s)
                            c.rule = u"money"_s;
                        break;
                    }
                    if (t.text != u"من"_s && look > k)
                        break;
                }
            }
        }
        if (c.qualifier.isEmpty() && k < tokens.size() && tokens.at(k).text == u"تقريبا"_s)
            c.qualifier = u"about"_s;
        c.span = TextSpan {text.originalStart(f.start), text.originalEnd(f.end)};
        out.append(c);
    }
    return out;
}

} // namespace Atlas::Article
