// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "datasetloader.h"
#include "jsonedit.h"

#include <QTest>

/*
 * Valid variants of tests/model/data/minimal.json that a lossless writer must give back field for
 * field: Arabic everywhere, optional fields left out, empty lists, ranges, inferred dates,
 * conflicts, exact doubles, and hostile strings (quotes, control characters, SQL, very long
 * text). Shared by the JSON writer and project file tests, which add the rows with
 * addRoundTripRows() and apply them with withEdits().
 */
namespace AtlasTest {

// Every error of a failed load, one per line, for a test's failure message.
inline QString errorText(const Atlas::DatasetLoader::Result &result)
{
    QStringList lines;
    if (const auto *errors = std::get_if<QList<Atlas::LoadError>>(&result)) {
        for (const Atlas::LoadError &error : *errors)
            lines.append(error.toString());
    }
    return lines.join(u'\n');
}

struct Edit
{
    QString path;
    std::optional<QJsonValue> value; // none: remove the field
};

inline QJsonObject withEdits(QJsonObject root, const QList<Edit> &edits)
{
    for (const Edit &edit : edits)
        root = edited(root, parsePath(edit.path), edit.value).toObject();
    return root;
}

inline QJsonObject english(const QString &text)
{
    return QJsonObject{ { u"en"_s, text } };
}

// Column "edits": a QList<Edit> to apply to the fixture.
inline void addRoundTripRows()
{
    QTest::addColumn<QList<Edit>>("edits");

    const QString sql = u"'; DROP TABLE events; --"_s;
    const QString quotes = u"\"double\" 'single' “curly” «guillemets» \\backslash\\ /slash/ `back`"_s;
    QString controls;
    for (char16_t c = 1; c < 0x20; ++c)
        controls += QChar(c);
    controls += u"\u007f\u0085\u200b\u200f\u202e end"_s;
    QString longText;
    while (longText.size() < 200000)
        longText += u"قال المتحدث إن التحالف الدولي سيواصل دعم القوات العراقية. The spokesperson said so. "_s;

    QTest::newRow("fixture as it is") << QList<Edit>{};
    QTest::newRow("events conflict both ways")
        << QList<Edit>{ { u"events[0].conflicts_with"_s, QJsonArray{ u"iraq-mission-transition"_s } },
                        { u"events[0].conflict_note"_s, english(u"Different framings of one withdrawal."_s) },
                        { u"events[1].conflicts_with"_s, QJsonArray{ u"taji-handover"_s } },
                        { u"events[1].conflict_note"_s, english(u"Different framings of one withdrawal."_s) } };
    QTest::newRow("figures conflict both ways")
        << QList<Edit>{ { u"figures[0].conflicts_with"_s, QJsonArray{ u"isis-fighters-un-2024"_s } },
                        { u"figures[0].conflict_note"_s, english(u"Measure different things."_s) },
                        { u"figures[1].conflicts_with"_s, QJsonArray{ u"us-troops-iraq-2024"_s } },
                        { u"figures[1].conflict_note"_s, english(u"Measure different things."_s) } };
    QTest::newRow("optional fields left out")
        << QList<Edit>{ { u"sources[1].author"_s, std::nullopt },
                        { u"places[2].note"_s, std::nullopt },
                        { u"events[2].date.inferred"_s, false },
                        { u"events[2].date.note"_s, std::nullopt },
                        { u"events[2].date.end"_s, std::nullopt },
                        { u"figures[0].event"_s, std::nullopt },
                        { u"figures[1].estimated_by"_s, std::nullopt },
                        { u"figures[1].note"_s, std::nullopt } };
    QTest::newRow("summaries without Arabic")
        << QList<Edit>{ { u"events[1].summary.ar"_s, std::nullopt }, { u"figures[0].summary.ar"_s, std::nullopt } };
    QTest::newRow("no figure summary, an English-only one")
        << QList<Edit>{ { u"figures[0].summary"_s, std::nullopt }, { u"figures[1].summary"_s, english(u"A UN range."_s) } };
    QTest::newRow("Arabic summaries everywhere")
        << QList<Edit>{ { u"events[0].summary.ar"_s, u"«التاجي» ٣٤٧ مليون \u200f\"دولار\""_s },
                        { u"events[2].summary.ar"_s, u"المرحلة الثانية'; DROP TABLE figures; --"_s },
                        { u"figures[1].summary"_s,
                          QJsonObject{ { u"en"_s, u"A UN range."_s }, { u"ar"_s, u"نطاق الأمم المتحدة"_s } } } };
    QTest::newRow("empty place and actor lists")
        << QList<Edit>{ { u"events[0].places"_s, QJsonArray{} }, { u"events[0].actors"_s, QJsonArray{} } };
    QTest::newRow("several places, actors, citations and theatres, in order")
        << QList<Edit>{ { u"events[1].places"_s, QJsonArray{ u"taji"_s, u"iraq"_s, u"al-tanf"_s } },
                        { u"events[1].actors"_s, QJsonArray{ u"usa"_s, u"un"_s, u"coalition"_s } },
                        { u"events[1].citations[1]"_s,
                          QJsonObject{ { u"source"_s, u"withdrawal-report"_s }, { u"quote"_s, u"وقاعدة التنف"_s } } },
                        { u"figures[1].theater"_s, QJsonArray{ u"SY"_s, u"IQ"_s, u"JO"_s } } };
    QTest::newRow("a source note without inference")
        << QList<Edit>{ { u"sources[1].note"_s, english(u"The byline is the outlet's."_s) } };
    QTest::newRow("year range, inferred")
        << QList<Edit>{ { u"events[0].date"_s,
                          QJsonObject{ { u"start"_s, u"2014"_s }, { u"end"_s, u"2017"_s }, { u"precision"_s, u"year"_s },
                                       { u"inferred"_s, true }, { u"note"_s, english(u"Between the sweep and the loss."_s) } } },
                        { u"figures[0].as_of.end"_s, u"2024-12-31"_s } };
    QTest::newRow("a change with direction and baseline")
        << QList<Edit>{ { u"figures[0].kind"_s, u"change"_s }, { u"figures[0].value"_s, 68 },
                        { u"figures[0].unit"_s, u"percent"_s }, { u"figures[0].direction"_s, u"decrease"_s },
                        { u"figures[0].baseline"_s, english(u"the same period of the previous year"_s) } };
    QTest::newRow("numbers that must stay exact")
        << QList<Edit>{ { u"figures[0].value"_s, 0.3333 }, { u"figures[1].min"_s, 0.0 },
                        { u"figures[1].max"_s, 347000000 }, { u"places[0].lat"_s, 33.123456789012345 },
                        { u"places[0].lon"_s, 38.987654321098765 }, { u"places[1].lat"_s, -89.5 },
                        { u"places[1].lon"_s, -179.25 }, { u"places[1].theatre"_s, false } };
    QTest::newRow("Arabic in every text field")
        << QList<Edit>{ { u"events[0].summary.en"_s, u"أعلن التحالف الدولي مغادرة قاعدة التاجي ١٤٣٥ هـ"_s },
                        { u"places[2].note.en"_s, u"\u200fالعراق 🇮🇶 بِسْمِ"_s },
                        { u"dataset.description.en"_s, u"بيانات التحالف"_s },
                        { u"figures[1].label.en"_s, u"مقاتلو داعش"_s } };
    QTest::newRow("hostile strings")
        << QList<Edit>{ { u"events[0].title.en"_s, sql }, { u"events[0].title.ar"_s, quotes },
                        { u"events[1].summary.en"_s, controls },
                        { u"sources[1].author"_s, u"Robert'); DROP TABLE sources;--"_s },
                        { u"events[0].citations[0].quote"_s, QString(sql + quotes + controls) },
                        { u"dataset.name"_s, sql }, { u"places[0].coord_source"_s, quotes } };
    QTest::newRow("a week, weeks and bounds")
        << QList<Edit>{ { u"events[0].date"_s, QJsonObject{ { u"start"_s, u"2020-08-10"_s }, { u"precision"_s, u"week"_s },
                                                           { u"inferred"_s, false } } },
                        { u"events[1].date"_s, QJsonObject{ { u"start"_s, u"2024-09-02"_s }, { u"end"_s, u"2024-09-23"_s },
                                                           { u"precision"_s, u"week"_s }, { u"inferred"_s, false } } },
                        { u"events[2].date"_s, QJsonObject{ { u"start"_s, u"2025-09-03"_s }, { u"end"_s, u"2025-09-07"_s },
                                                           { u"precision"_s, u"day"_s }, { u"inferred"_s, false } } } };
    QTest::newRow("an imported record: fatalities, origin, outlet, coarse places")
        << QList<Edit>{ { u"events[0].fatalities"_s, QJsonObject{ { u"best"_s, 3 }, { u"low"_s, 2 }, { u"high"_s, 11 } } },
                        { u"events[1].fatalities"_s, QJsonObject{ { u"best"_s, 0 } } },
                        { u"events[0].origin"_s,
                          QJsonObject{ { u"file"_s, u"2014-01-01-2024-12-31-Iraq-Syria.csv"_s }, { u"row"_s, 48213 },
                                       { u"record"_s, u"IRQ24513"_s },
                                       { u"fields"_s, QJsonArray{ QJsonArray{ u"event_id_cnty"_s, u"IRQ24513"_s },
                                                                  QJsonArray{ u"notes"_s, QString(sql + controls + quotes) },
                                                                  QJsonArray{ quotes, u"قُتل «٣» في \"الرقة\"\n"_s },
                                                                  QJsonArray{ u"back\\slash"_s, u"\\"_s },
                                                                  QJsonArray{ u"fatalities"_s, u""_s } } } } },
                        { u"events[1].origin"_s, QJsonObject{ { u"file"_s, u"ged241.csv"_s }, { u"row"_s, 1 } } },
                        { u"events[0].citations[0].outlet"_s, u"Shafaq News; Rudaw"_s },
                        { u"places[0].coord_precision"_s, u"province"_s },
                        { u"places[1].coord_precision"_s, u"unknown"_s },
                        { u"places[2].coord_precision"_s, u"country"_s } };
    QTest::newRow("very long text")
        << QList<Edit>{ { u"events[1].summary.en"_s, longText }, { u"places[0].citations[0].quote"_s, longText } };
    // Issue 15: an event edited in the details pane, and an added article that keeps its text.
    QTest::newRow("an edited event")
        << QList<Edit>{ { u"events[0].edited"_s, QJsonObject{ { u"by"_s, u"سارة (Sara) \u200f"_s },
                                                             { u"at"_s, u"2026-12-02T03:15:09Z"_s } } },
                        { u"events[2].edited"_s, QJsonObject{ { u"by"_s, sql }, { u"at"_s, u"1999-12-31T23:59:59Z"_s } } } };
    const QString article = u"<p>قصف التحالف مواقع داعش في الموصل أمس.</p>\n"_s + controls + u"\nThe end."_s;
    QTest::newRow("an added article with its text")
        << QList<Edit>{ { u"sources[2]"_s,
                          QJsonObject{ { u"id"_s, u"art-added"_s }, { u"file"_s, u"pasted.txt"_s },
                                       { u"outlet"_s, QJsonObject{ { u"ar"_s, u"عنب بلدي"_s }, { u"en"_s, u"Enab Baladi"_s } } },
                                       { u"title"_s, QJsonObject{ { u"ar"_s, u"قصف"_s }, { u"en"_s, u"Strikes"_s } } },
                                       { u"published"_s, u"2016-10-18"_s }, { u"published_inferred"_s, false },
                                       { u"text"_s, article } } },
                        { u"events[2].citations[1]"_s,
                          QJsonObject{ { u"source"_s, u"art-added"_s }, { u"quote"_s, u"قصف التحالف مواقع داعش في الموصل أمس."_s } } } };
}

} // namespace AtlasTest
