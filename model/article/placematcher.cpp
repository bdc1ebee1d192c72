// SPDX-License-Identifier: GPL-3.0-or-later
#include "placematcher.h"

#include "dataset.h"

#include <QRegularExpression>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Atlas::Article {

namespace {

// Descriptors a project's place name may begin with; the name also matches without them.
const QStringList &descriptors()
{
    static const QStringList words {u"قاعده"_s, u"محافظه"_s, u"مدينه"_s, u"بلده"_s, u"طريق"_s, u"نهر"_s,
                                    u"مركز"_s, u"مخيم"_s, u"ريف"_s, u"منطقه"_s, u"قضاء"_s, u"ناحيه"_s};
    return words;
}

// GeoNames town names that are also common words (ثورة "revolution", سلمية "peaceful", التل
// "the hill", قارة "continent"…): matching them would propose a place in most articles.
const QSet<QString> &commonWords()
{
    static const QSet<QString> words {u"ثوره"_s, u"سلميه"_s, u"التل"_s, u"قاره"_s, u"الحي"_s, u"بلد"_s,
                                      u"الشاميه"_s, u"نبل"_s, u"الحراك"_s, u"الهنديه"_s, u"الكسوه"_s,
                                      u"الشطره"_s, u"باتبو"_s, u"بنش"_s, u"عفك"_s, u"balad"_s, u"at tall"_s};
    return words;
}

bool isArabic(const QString &s)
{
    return std::any_of(s.cbegin(), s.cend(), [](QChar c) { return c.unicode() >= 0x0600 && c.unicode() <= 0x06FF; });
}

bool letterAt(const QString &s, qsizetype i)
{
    return i >= 0 && i < s.size() && s.at(i).isLetter();
}

} // namespace

PlaceMatcher::PlaceMatcher(const QList<Place> &projectPlaces, const Gazetteer &gazetteer)
{
    for (const Place &place : projectPlaces) {
        PlaceCandidate entry;
        entry.placeId = place.id;
        entry.nameEn = place.name.en;
        entry.nameAr = place.name.ar;
        entry.lat = place.lat;
        entry.lon = place.lon;
        entry.fromProject = true;
        m_entries.append(entry);
        const int index = int(m_entries.size() - 1);
        addKeys(place.name.ar, index, true);
        addKeys(place.name.en, index, true);
    }
    for (const GazetteerEntry &g : gazetteer.entries()) {
        PlaceCandidate entry;
        entry.placeId = g.id;
        entry.nameEn = g.nameEn;
        entry.nameAr = g.nameAr;
        entry.lat = g.lat;
        entry.lon = g.lon;
        m_entries.append(entry);
        const int index = int(m_entries.size() - 1);
        addKeys(g.nameAr, index, false);
        addKeys(g.nameEn, index, false);
    }
}

void PlaceMatcher::addKeys(const QString &name, int entry, bool project)
{
    if (name.isEmpty())
        return;
    QStringList forms;
    QString folded = FoldedText::foldKey(name);
    static const QRegularExpression parenthesis(u"\\s*\\([^)]*\\)"_s);
    folded.remove(parenthesis);
    forms.append(folded);
    if (project) {
        const bool arabic = isArabic(folded);
        for (const QString &descriptor : descriptors()) {
            if (arabic && folded.startsWith(descriptor + u' '))
                forms.append(folded.mid(descriptor.size() + 1));
        }
        if (!arabic) {
            static const QRegularExpression englishDescriptor(u"\\s+(base|governorate|province|road|river|centre|city|desert)$"_s);
            QString core = folded;
            core.remove(englishDescriptor);
            forms.append(core);
            if (core.startsWith(u"camp "_s))
                forms.append(core.mid(5));
        }
    }
    for (const QString &form : std::as_const(forms)) {
        const QString key = form.trimmed();
        if (key.size() < 3 || commonWords().contains(key))
            continue;
        const bool arabic = isArabic(key);
        const bool duplicate = std::any_of(m_keys.cbegin(), m_keys.cend(), [&](const Key &k) { return k.folded == key && k.entry == entry; });
        if (!duplicate)
            m_keys.append(Key {key, arabic, arabic && key.startsWith(u"ال"_s), entry});
    }
}

QList<PlaceCandidate> PlaceMatcher::match(const FoldedText &text) const
{
    const QString &s = text.folded();
    struct Hit
    {
        qsizetype start;
        qsizetype end;
        int entry;
    };
    QList<Hit> hits;
    static const QStringList clitics {u"وب"_s, u"ول"_s, u"فب"_s, u"فل"_s, u"وك"_s, u"و"_s, u"ب"_s, u"ل"_s, u"ف"_s, u"ك"_s};

    auto rightBoundary = [&](qsizetype end, bool arabic) {
        if (!letterAt(s, end))
            return true;
        // Glued to the next word by وال ("سورياوالعراق").
        return arabic && QStringView(s).mid(end, 3) == u"وال";
    };
    auto leftBoundary = [&](qsizetype start, bool arabic, bool withArticle) -> qsizetype {
        if (!letterAt(s, start - 1))
            return start;
        if (!arabic)
            return -1;
        for (const QString &clitic : clitics) {
            const qsizetype at = start - clitic.size();
            if (at >= 0 && QStringView(s).mid(at, clitic.size()) == clitic && !letterAt(s, at - 1))
                return at;
        }
        // Glued: "…اوالعراق": و and the article right after another word.
        if (withArticle && start >= 2 && s.at(start - 1) == u'و' && letterAt(s, start - 2))
            return start - 1;
        return -1;
    };

    for (const Key &key : m_keys) {
        const Qt::CaseSensitivity cs = Qt::CaseSensitive; // folded text is already case-folded
        // The key itself, and for ال-names the لل form ("للرقه").
        QList<std::pair<QString, bool>> variants {{key.folded, true}};
        if (key.withArticle)
            variants.append({u"لل"_s + key.folded.mid(2), false});
        for (const auto &[needle, clitic] : variants) {
            for (qsizetype at = s.indexOf(needle, 0, cs); at >= 0; at = s.indexOf(needle, at + 1, cs)) {
                const qsizetype end = at + needle.size();
                if (!rightBoundary(end, key.arabic))
                    continue;
                qsizetype start = clitic ? leftBoundary(at, key.arabic, key.withArticle) : at;
                if (!clitic) {
                    if (letterAt(s, at - 1)) {
                        const bool prefixed = (s.at(at - 1) == u'و' || s.at(at - 1) == u'ف') && !letterAt(s, at - 2);
                        if (!prefixed)
                            continue;
                    }
                }
                if (start < 0)
                    continue;
                // The span is the name itself, without the clitics before it.
                hits.append(Hit {at, end, key.entry});
            }
        }
    }
    // Longest first; on a tie the project's place (lower entry index) first.
    std::sort(hits.begin(), hits.end(), [](const Hit &a, const Hit &b) {
        if (a.end - a.start != b.end - b.start)
            return a.end - a.start > b.end - b.start;
        if (a.entry != b.entry)
            return a.entry < b.entry;
        return a.start < b.start;
    });
    QList<Hit> kept;
    for (const Hit &hit : hits) {
        if (std::none_of(kept.cbegin(), kept.cend(), [&](const Hit &k) { return hit.start < k.end && k.start < hit.end; }))
            kept.append(hit);
    }
    std::sort(kept.begin(), kept.end(), [](const Hit &a, const Hit &b) { return a.start < b.start; });
    QList<PlaceCandidate> out;
    for (const Hit &hit : kept) {
        PlaceCandidate c = m_entries.at(hit.entry);
        c.span = TextSpan {text.originalStart(hit.start), text.originalEnd(hit.end)};
        out.append(c);
    }
    return out;
}

} // namespace Atlas::Article
