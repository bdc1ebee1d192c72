// SPDX-License-Identifier: GPL-3.0-or-later
#include "corpusgenerator.h"

#include "datasetwriter.h"
#include "projectfile.h"
#include "vocabulary.h"

#include <QDir>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSaveFile>

#include <array>

using namespace Qt::StringLiterals;
using namespace Atlas;

namespace AtlasBench {

namespace {

struct Words
{
    QStringView ar;
    QStringView en;
};

// Parts of real place names of Syria and Iraq (Tell Abyad, Ain Issa, Deir ez-Zor, Jisr
// al-Shughur, Albu Kamal…): 20 × 50 × 5 distinct names.
constexpr std::array<Words, 20> PlacePrefixes{ {
    { u"تل", u"Tell" }, { u"عين", u"Ain" }, { u"دير", u"Deir" }, { u"كفر", u"Kafr" },
    { u"بئر", u"Bir" }, { u"جسر", u"Jisr" }, { u"قصر", u"Qasr" }, { u"خربة", u"Khirbet" },
    { u"أبو", u"Abu" }, { u"رأس", u"Ras" }, { u"حمام", u"Hammam" }, { u"سوق", u"Suq" },
    { u"جبل", u"Jabal" }, { u"وادي", u"Wadi" }, { u"مزرعة", u"Mazraat" }, { u"قلعة", u"Qalaat" },
    { u"بني", u"Bani" }, { u"أم", u"Umm" }, { u"الشيخ", u"Sheikh" }, { u"البو", u"Albu" },
} };
constexpr std::array<Words, 50> PlaceStems{ {
    { u"الأبيض", u"al-Abyad" }, { u"عيسى", u"Issa" }, { u"الزور", u"ez-Zor" }, { u"العرب", u"al-Arab" },
    { u"الشغور", u"al-Shughur" }, { u"الأسد", u"al-Asad" }, { u"التمر", u"al-Tamr" }, { u"الفرات", u"al-Furat" },
    { u"الخابور", u"al-Khabur" }, { u"الحمر", u"al-Humr" }, { u"الشيوخ", u"al-Shuyukh" }, { u"النصر", u"al-Nasr" },
    { u"الجديد", u"al-Jadid" }, { u"حسن", u"Hassan" }, { u"علي", u"Ali" }, { u"عمر", u"Omar" },
    { u"خالد", u"Khalid" }, { u"الذهب", u"al-Dhahab" }, { u"الزيتون", u"al-Zaytun" }, { u"الرمان", u"al-Rumman" },
    { u"السلام", u"al-Salam" }, { u"البيضاء", u"al-Baida" }, { u"الحمراء", u"al-Hamra" }, { u"الصفا", u"al-Safa" },
    { u"النخيل", u"al-Nakhil" }, { u"الغزلان", u"al-Ghizlan" }, { u"الهوى", u"al-Hawa" }, { u"الكرامة", u"al-Karama" },
    { u"الجوز", u"al-Jawz" }, { u"التوت", u"al-Tut" }, { u"البطم", u"al-Butm" }, { u"الحجر", u"al-Hajar" },
    { u"الملح", u"al-Milh" }, { u"الشمس", u"al-Shams" }, { u"العيون", u"al-Oyoun" }, { u"الرمل", u"al-Raml" },
    { u"كمال", u"Kamal" }, { u"حردان", u"Hardan" }, { u"الشعيطات", u"al-Shaitat" }, { u"الهول", u"al-Hol" },
    { u"الطيبة", u"al-Tayyiba" }, { u"الرقة", u"al-Raqqa" }, { u"الأنبار", u"al-Anbar" }, { u"التاجي", u"al-Taji" },
    { u"الباغوز", u"al-Baghuz" }, { u"هوري", u"Houri" }, { u"التنف", u"al-Tanf" }, { u"قسرك", u"Qasrak" },
    { u"سنجار", u"Sinjar" }, { u"الحويجة", u"al-Hawija" },
} };
constexpr std::array<Words, 5> PlaceQualifiers{ {
    { u"", u"" }, { u"الكبير", u"al-Kabir" }, { u"الصغير", u"al-Saghir" }, { u"الشرقي", u"al-Sharqi" },
    { u"الغربي", u"al-Gharbi" },
} };

// The actors the phrases below name, as in the bundled dataset (ids, names, kinds).
struct ActorWords
{
    QStringView id;
    QStringView ar;
    QStringView en;
    QStringView kind;
    QStringView arOf; // "of the actor" in Arabic: the actor after a noun
};
constexpr std::array<ActorWords, 12> Actors{ {
    { u"coalition", u"التحالف الدولي ضد داعش", u"the international coalition", u"alliance", u"للتحالف الدولي" },
    { u"us", u"الولايات المتحدة", u"US forces", u"state", u"للقوات الأمريكية" },
    { u"iraqi-security-forces", u"قوات الأمن العراقية", u"Iraqi security forces", u"agency", u"لقوات الأمن العراقية" },
    { u"sdf", u"قوات سوريا الديمقراطية (قسد)", u"the Syrian Democratic Forces", u"armed_group", u"لقوات سوريا الديمقراطية" },
    { u"iraqi-cts", u"قوات جهاز مكافحة الإرهاب العراقية", u"the Iraqi Counter-Terrorism Service", u"agency", u"لجهاز مكافحة الإرهاب العراقي" },
    { u"centcom", u"القيادة المركزية الأميركية", u"US Central Command", u"agency", u"للقيادة المركزية الأمريكية" },
    { u"isis", u"تنظيم داعش", u"ISIS", u"armed_group", u"لتنظيم داعش" },
    { u"iran-backed-militias", u"الميليشيات المدعومة من إيران", u"Iran-backed militias", u"armed_group", u"للميليشيات المدعومة من إيران" },
    { u"iraqi-army", u"الجيش العراقي", u"the Iraqi army", u"agency", u"للجيش العراقي" },
    { u"ru", u"روسيا", u"Russian forces", u"state", u"للقوات الروسية" },
    { u"un", u"الأمم المتحدة", u"the United Nations", u"organisation", u"للأمم المتحدة" },
    { u"pentagon", u"وزارة الدفاع الأمريكية (البنتاغون)", u"the Pentagon", u"agency", u"لوزارة الدفاع الأمريكية" },
} };

// What happened, one phrase per category, indexed like Vocabulary::EventCategories.
constexpr std::array<Words, 13> Happenings{ {
    { u"عملية عسكرية مشتركة", u"Joint military operation" },
    { u"ضربة جوية على مواقع داعش", u"Air strike on ISIS positions" },
    { u"مقتل قائد كبير في داعش", u"Senior ISIS commander killed" },
    { u"تسليم منشآت قاعدة للقوات العراقية", u"Base facilities handed over to Iraqi forces" },
    { u"انتشار قوات", u"Deployment of forces" },
    { u"اتفاق لإنهاء المهمة العسكرية", u"Agreement to end the military mission" },
    { u"إفادة صحفية بشأن الهجمات", u"Press briefing on the attacks" },
    { u"تقييم لتهديدات داعش المتزايدة", u"Assessment of growing ISIS threats" },
    { u"دورية", u"Patrol" },
    { u"هجوم صاروخي وبطائرات مسيرة", u"Rocket and drone attack" },
    { u"تقرير عن عدد مقاتلي داعش", u"Report on the number of ISIS fighters" },
    { u"تأسيس قيادة جديدة", u"New command founded" },
    { u"استعادة السيطرة على مناطق", u"Control of areas retaken" },
} };
// The categories of imported data (protest, violence against civilians) are not generated.
static_assert(Happenings.size() <= Vocabulary::EventCategories.size());

constexpr std::array<Words, 4> Prepositions{ {
    { u"في", u"in" }, { u"قرب", u"near" }, { u"شرق", u"east of" }, { u"شمال", u"north of" },
} };

constexpr std::array<Words, 10> Tails{ {
    { u"في إطار الحملة الدولية ضد داعش", u"as part of the international campaign against ISIS" },
    { u"بحسب بيان صادر عن قيادة التحالف", u"according to a statement by the coalition command" },
    { u"وسط تصاعد الهجمات", u"amid rising attacks" },
    { u"بالتنسيق مع الحكومة العراقية", u"in coordination with the Iraqi government" },
    { u"على طول نهر الفرات", u"along the Euphrates" },
    { u"قرب الحدود السورية العراقية", u"near the Syria–Iraq border" },
    { u"في ريف المحافظة", u"in the countryside of the province" },
    { u"بعد أشهر من الهدوء", u"after months of calm" },
    { u"رغم هزيمة التنظيم في آخر معاقله", u"despite the group's defeat in its last stronghold" },
    { u"مع استمرار التهديدات", u"as the threats continue" },
} };

constexpr std::array<Words, 6> Speakers{ {
    { u"وقال المتحدث باسم التحالف الدولي إن", u"A coalition spokesperson said that the" },
    { u"وقالت مصادر محلية إن", u"Local sources said that the" },
    { u"وأعلنت القيادة المركزية الأميركية أن", u"US Central Command announced that the" },
    { u"وقال مسؤول عراقي إن", u"An Iraqi official said that the" },
    { u"وذكر تقرير للأمم المتحدة أن", u"A United Nations report said that the" },
    { u"وأضاف بيان صادر عن وزارة الدفاع أن", u"A statement by the defence ministry added that the" },
} };

// Sentences a summary is filled up with, in the tone of the bundled dataset's summaries.
constexpr std::array<QStringView, 8> SummaryFillers{
    u"The article does not give the number of casualties.",
    u"The claim is attributed to an unnamed official and is not confirmed elsewhere.",
    u"Other reports of the same day describe a wider operation in the area.",
    u"The date is written in the article's own words and has not been checked against other sources.",
    u"The source names the place but not the units involved.",
    u"The passage gives no figure for the forces taking part.",
    u"The article places the event in the context of the coalition's wider mission.",
    u"The outlet repeats the account of an earlier statement.",
};

constexpr std::array<Words, 6> Outlets{ {
    { u"سكاي نيوز عربية", u"Sky News Arabia" }, { u"روسيا اليوم", u"Russia Today" },
    { u"قناة الحدث", u"Al-Hadath" }, { u"وكالة الصحافة الفرنسية", u"Agence France-Presse" },
    { u"وكالة ستيب الإخبارية", u"Step News Agency" }, { u"إذاعة صوت أميركا", u"Voice of America" },
} };

constexpr int SentencesPerArticle = 200;
constexpr int ArabicShare = 10; // one event, and one source, in ten

QString slug(QStringView text)
{
    QString id;
    for (QChar c : text) {
        const QChar lower = c.toLower();
        if ((lower >= u'a' && lower <= u'z') || (lower >= u'0' && lower <= u'9'))
            id += lower;
        else if (!id.isEmpty() && !id.endsWith(u'-'))
            id += u'-';
    }
    while (id.endsWith(u'-'))
        id.chop(1);
    return id;
}

// At most `maximum` characters: cut after the last whole phrase (before ", "), or failing that
// at the last space, so a title does not end in the middle of a phrase.
QString clipped(QString text, qsizetype maximum, qsizetype minimum)
{
    if (text.size() <= maximum)
        return text;
    const qsizetype comma = text.lastIndexOf(u", "_s, maximum);
    const qsizetype space = text.lastIndexOf(u' ', maximum);
    text.truncate(comma >= minimum ? comma : space > 0 ? space : maximum);
    while (text.endsWith(u',') || text.endsWith(u' '))
        text.chop(1);
    return text;
}

class Generator
{
public:
    explicit Generator(const CorpusGenerator::Options &options)
        : m_options(options), m_random(options.seed)
    {
    }

    CorpusGenerator::Corpus run()
    {
        CorpusGenerator::Corpus corpus;
        Dataset &d = corpus.dataset;
        d.schema = 1;
        d.info = { u"Coalition Atlas synthetic corpus"_s, u"1.0.0"_s, u"2025-01-01"_s,
                   u"%1 made-up events (seed %2) for benchmarks; not real data."_s
                       .arg(m_options.eventCount).arg(m_options.seed),
                   u"CC BY 4.0"_s };
        makeActors(d);
        makePlaces(d);
        makeSources(corpus);
        makeEvents(d);
        d.buildIndex();
        return corpus;
    }

private:
    int pick(int count) { return int(m_random.bounded(count)); }
    bool chance(int percent) { return pick(100) < percent; }

    void makeActors(Dataset &d)
    {
        for (const ActorWords &actor : Actors)
            d.actors.append(Actor{ actor.id.toString(), { actor.ar.toString(), actor.en.toString() }, actor.kind.toString() });
    }

    void makePlaces(Dataset &d)
    {
        d.places.reserve(m_options.placeCount);
        const int combinations = int(PlacePrefixes.size() * PlaceStems.size() * PlaceQualifiers.size());
        for (int i = 0; i < m_options.placeCount; ++i) {
            const int n = i % combinations;
            const Words &prefix = PlacePrefixes[std::size_t(n % 20)];
            const Words &stem = PlaceStems[std::size_t(n / 20 % 50)];
            const Words &qualifier = PlaceQualifiers[std::size_t(n / 1000)];
            Place place;
            place.name.ar = prefix.ar + u' ' + stem.ar;
            place.name.en = prefix.en + u' ' + stem.en;
            if (!qualifier.en.isEmpty()) {
                place.name.ar += u' ' + qualifier.ar;
                place.name.en += u' ' + qualifier.en;
            }
            if (i >= combinations) { // more places than names: number the repeats
                place.name.ar += u' ' + QString::number(i / combinations + 1);
                place.name.en += u' ' + QString::number(i / combinations + 1);
            }
            place.id = slug(place.name.en);
            place.kind = i % 10 == 0 ? u"city"_s : i % 10 == 1 ? u"base"_s : u"town"_s;
            place.lat = 29.0 + m_random.bounded(8.5);
            place.lon = 36.0 + m_random.bounded(12.0);
            place.country = place.lon < 41.5 ? u"SY"_s : u"IQ"_s;
            place.coordSource = u"Synthetic: a random point in the box 29–37.5° N, 36–48° E."_s;
            place.coordPrecision = CoordPrecision::Approximate;
            place.theatre = true;
            d.places.append(place);
        }
    }

    // Phrase pieces of one sentence, title or quote, in both languages.
    struct Phrase
    {
        QString ar;
        QString en;
    };

    Phrase happening(int category, const Place &place, int actor, int tailCount)
    {
        const ActorWords &who = Actors[std::size_t(actor)];
        const Words &what = Happenings[std::size_t(category)];
        const Words &where = Prepositions[std::size_t(pick(int(Prepositions.size())))];
        Phrase phrase{ what.ar + u' ' + who.arOf + u' ' + where.ar + u' ' + place.name.ar,
                       what.en + u" by "_s + who.en + u' ' + where.en + u' ' + place.name.en };
        for (int i = 0; i < tailCount; ++i) {
            const Words &tail = Tails[std::size_t(pick(int(Tails.size())))];
            phrase.ar += u' ' + tail.ar;
            phrase.en += u", "_s + tail.en;
        }
        return phrase;
    }

    void makeSources(CorpusGenerator::Corpus &corpus)
    {
        Dataset &d = corpus.dataset;
        const int count = qBound(20, m_options.eventCount / 1000, 1000);
        for (int i = 0; i < count; ++i) {
            const bool arabic = i % ArabicShare == 0;
            Source source;
            source.id = u"art-%1"_s.arg(i, 4, 10, QChar(u'0'));
            source.file = u"%1_synthetic.txt"_s.arg(i, 4, 10, QChar(u'0'));
            const Words &outlet = Outlets[std::size_t(i % int(Outlets.size()))];
            source.outlet = { outlet.ar.toString(), outlet.en.toString() };
            const Phrase headline = happening(pick(13), d.places.at(pick(int(d.places.size()))), pick(12), 0);
            source.title = { arabic ? headline.ar : headline.en, headline.en };
            source.published.start = QDate(2014, 1, 1).addDays(pick(4018));
            source.published.precision = DatePrecision::Day;

            CorpusGenerator::Article article{ source.file, source.title.ar + u"\n\n"_s };
            QStringList &sentences = m_sentences.emplace_back();
            for (int s = 0; s < SentencesPerArticle; ++s) {
                const Phrase body = happening(pick(13), d.places.at(pick(int(d.places.size()))), pick(12), 1);
                const Words &speaker = Speakers[std::size_t(pick(int(Speakers.size())))];
                sentences.append(arabic ? QString(speaker.ar + u' ' + body.ar + u'.')
                                        : QString(speaker.en + u' ' + body.en.at(0).toLower() + body.en.mid(1) + u'.'));
                article.text += sentences.last() + (s % 8 == 7 ? u"\n\n"_s : u" "_s);
            }
            m_sourceIds.append(source.id);
            (arabic ? m_arabicSources : m_englishSources).append(i);
            corpus.articles.append(article);
            d.sources.append(source);
        }
        // Each place is named by a sentence of an Arabic article, which its citation quotes.
        for (qsizetype p = 0; p < d.places.size(); ++p) {
            const int source = m_arabicSources.at(p % m_arabicSources.size());
            const QString quote = u"وأفادت مصادر محلية بوقوع اشتباكات في "_s + d.places.at(p).name.ar + u'.';
            corpus.articles[source].text += quote + u' ';
            d.places[p].citations = { Citation{ m_sourceIds.at(source), quote } };
        }
    }

    Citation quoteFor(bool arabic)
    {
        const QList<int> &sources = arabic ? m_arabicSources : m_englishSources;
        const int source = sources.at(pick(int(sources.size())));
        const QStringList &sentences = m_sentences.at(source);
        return Citation{ m_sourceIds.at(source), sentences.at(pick(int(sentences.size()))) };
    }

    FuzzyDate date()
    {
        static const QDate first(2014, 1, 1);
        static const QDate last(2024, 12, 31);
        FuzzyDate date;
        const int kind = pick(100);
        QDate day = first.addDays(pick(int(first.daysTo(last))));
        if (kind < 62) {
            date.precision = DatePrecision::Day;
            date.start = day;
        } else if (kind < 70) { // a week, ending by the end of 2024
            date.precision = DatePrecision::Week;
            date.start = std::min(day, last.addDays(-6));
        } else if (kind < 85) {
            date.precision = DatePrecision::Month;
            date.start = QDate(day.year(), day.month(), 1);
        } else if (kind < 90) {
            date.precision = DatePrecision::Year;
            date.start = QDate(day.year(), 1, 1);
        } else if (kind < 94) { // a span of days, never past the end of 2024
            date.precision = DatePrecision::Day;
            date.start = day;
            date.end = std::min(day.addDays(1 + pick(120)), last);
        } else if (kind < 95) { // from one week to another
            date.precision = DatePrecision::Week;
            date.start = std::min(day, last.addDays(-13));
            date.end = std::min(date.start.addDays(7 * (1 + pick(8))), last.addDays(-6));
        } else if (kind < 98) {
            date.precision = DatePrecision::Month;
            date.start = QDate(day.year(), day.month(), 1);
            date.end = std::min(date.start.addMonths(1 + pick(6)), QDate(2024, 12, 1));
        } else {
            date.precision = DatePrecision::Year;
            date.start = QDate(std::min(day.year(), 2023), 1, 1);
            date.end = QDate(std::min(date.start.year() + 1 + pick(3), 2024), 1, 1);
        }
        if (date.end.isValid() && date.end <= date.start) // a span that began in the last day or month
            date.start = date.precision == DatePrecision::Month ? date.end.addMonths(-1) : date.end.addDays(-1);
        if (chance(5)) {
            date.inferred = true;
            date.note = u"The article gives no year; it is taken from the article's publication date."_s;
        }
        return date;
    }

    void makeEvents(Dataset &d)
    {
        d.events.reserve(m_options.eventCount);
        for (int i = 0; i < m_options.eventCount; ++i) {
            const bool arabic = i % ArabicShare == 0;
            const int category = pick(int(Happenings.size()));
            const int actor = pick(int(Actors.size()));
            const Place &place = d.places.at(pick(int(d.places.size())));
            Event event;
            event.id = u"ev-%1"_s.arg(i);
            event.date = date();
            event.category = Vocabulary::EventCategories[std::size_t(category)].toString();
            Phrase title = happening(category, place, actor, pick(2));
            while (title.en.size() < 60 || (arabic && title.ar.size() < 60)) {
                const Words &tail = Tails[std::size_t(pick(int(Tails.size())))];
                title.ar += u' ' + tail.ar;
                title.en += u", "_s + tail.en;
            }
            event.title.en = clipped(title.en, 120, 60);
            event.title.ar = arabic ? clipped(title.ar, 120, 60) : event.title.en;

            QString summary = u"What the passage says about this %1: %2 at %3 (%4), as reported by %5."_s.arg(
                QString(event.category).replace(u'_', u' '), Happenings[std::size_t(category)].en,
                place.name.en, FuzzyDate::isoText(event.date.start, event.date.precision),
                Actors[std::size_t(actor)].en);
            while (summary.size() < 200)
                summary += u' ' + SummaryFillers[std::size_t(pick(int(SummaryFillers.size())))];
            event.summary.en = clipped(summary, 400, 200);

            event.placeIds = { place.id };
            for (int extra = pick(3); extra > 0; --extra) {
                const QString &other = d.places.at(pick(int(d.places.size()))).id;
                if (!event.placeIds.contains(other))
                    event.placeIds.append(other);
            }
            event.actorIds = { Actors[std::size_t(actor)].id.toString() };
            if (chance(30) && actor != 0)
                event.actorIds.append(Actors[0].id.toString());
            event.citations = { quoteFor(arabic) };
            if (chance(20))
                event.citations.append(quoteFor(!arabic && chance(50)));
            d.events.append(event);
        }
        // One pair in a thousand gives two accounts of the same thing, linked both ways.
        for (int i = 0; i + 1 < m_options.eventCount; i += 1000) {
            const QString note = u"The two passages give different dates for what may be the same event."_s;
            d.events[i].conflictsWith = { d.events.at(i + 1).id };
            d.events[i].conflictNote = note;
            d.events[i + 1].conflictsWith = { d.events.at(i).id };
            d.events[i + 1].conflictNote = note;
        }
    }

    CorpusGenerator::Options m_options;
    QRandomGenerator m_random;
    QStringList m_sourceIds;
    QList<int> m_arabicSources;
    QList<int> m_englishSources;
    QList<QStringList> m_sentences; // of each source's article, which quotes are taken from
};

bool writeBeside(const CorpusGenerator::Corpus &corpus, const QString &path, QString *error)
{
    return CorpusGenerator::writeArticles(corpus, QFileInfo(path).absoluteDir().filePath(u"sources"_s), error);
}

} // namespace

CorpusGenerator::Corpus CorpusGenerator::generate(const Options &options)
{
    return Generator(options).run();
}

bool CorpusGenerator::writeArticles(const Corpus &corpus, const QString &directory, QString *error)
{
    if (!QDir().mkpath(directory)) {
        *error = u"%1: cannot create the folder"_s.arg(directory);
        return false;
    }
    for (const Article &article : corpus.articles) {
        QSaveFile file(QDir(directory).filePath(article.file));
        if (!file.open(QIODevice::WriteOnly) || file.write(article.text.toUtf8()) < 0 || !file.commit()) {
            *error = u"%1: %2"_s.arg(file.fileName(), file.errorString());
            return false;
        }
    }
    return true;
}

bool CorpusGenerator::writeJson(const Corpus &corpus, const QString &path, QString *error)
{
    return DatasetWriter::writeFile(corpus.dataset, path, error) && writeBeside(corpus, path, error);
}

bool CorpusGenerator::writeProject(const Corpus &corpus, const QString &path, QString *error)
{
    return ProjectFile::save(corpus.dataset, path, error) && writeBeside(corpus, path, error);
}

} // namespace AtlasBench
