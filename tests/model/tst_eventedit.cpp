// SPDX-License-Identifier: GPL-3.0-or-later
#include "atlasdocument.h"
#include "datasetloader.h"
#include "datasetwriter.h"
#include "eventedit.h"
#include "projectfile.h"

#include <QItemSelectionModel>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Atlas;

/*
 * EventEdit: each field of an existing event (titles, category, date, places, citations) edited
 * on the bundled dataset becomes a DatasetEdit that replaces the event, marked with the editor
 * and the time; undoing it restores the event exactly, redoing gives the edit again; an edit the
 * loader would refuse is refused with its message, and nothing changes.
 */
class TestEventEdit : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void editsEachField_data();
    void editsEachField();
    void nothingChangedIsNoEdit();
    void undoAndRedoThroughTheDocument();
    void editMarkSurvivesJsonAndProject();

private:
    Dataset m_dataset;
};

namespace {

const QDateTime Now(QDate(2026, 12, 2), QTime(3, 15, 9, 456), QTimeZone::UTC);
const QString Editor = u"سارة"_s;
// The first event of the bundled dataset: "coalition-founded-2014", 2014, founding, iraq + syria.
const QString EventId = u"coalition-founded-2014"_s;

} // namespace

void TestEventEdit::initTestCase()
{
    const auto loaded = DatasetLoader::loadFile(QStringLiteral(ATLAS_SOURCE_DIR "/resources/data/coalition.json"));
    QVERIFY(std::holds_alternative<Dataset>(loaded));
    m_dataset = std::get<Dataset>(loaded);
    QVERIFY(m_dataset.event(EventId));
}

void TestEventEdit::editsEachField_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QVariant>("value");
    QTest::addColumn<QString>("editor");
    QTest::addColumn<int>("fields");        // EventEdit::Fields of an accepted edit
    QTest::addColumn<QString>("refusal");   // part of the message of a refused one

    const int titles = int(EventEdit::Field::Titles);
    const int category = int(EventEdit::Field::Category);
    const int date = int(EventEdit::Field::Date);
    const int places = int(EventEdit::Field::Places);
    const int citations = int(EventEdit::Field::Citations);
    QTest::newRow("Arabic title") << u"title.ar"_s << QVariant(u"تأسيس التحالف الدولي ضد داعش"_s) << Editor << titles << QString();
    QTest::newRow("English title, bidi controls kept")
        << u"title.en"_s << QVariant(u"Coalition founded \u202eRTL\u202c"_s) << Editor << titles << QString();
    QTest::newRow("category") << u"category"_s << QVariant(u"agreement"_s) << Editor << category << QString();
    QTest::newRow("date: a month") << u"date"_s << QVariant(QStringList{ u"month"_s, u"2014-09-01"_s })
                                   << Editor << date << QString();
    QTest::newRow("date: known by its bounds")
        << u"date"_s << QVariant(QStringList{ u"day"_s, u"2014-09-03"_s, u"2014-09-07"_s }) << Editor << date << QString();
    QTest::newRow("date: a week") << u"date"_s << QVariant(QStringList{ u"week"_s, u"2014-09-08"_s }) << Editor << date << QString();
    QTest::newRow("places: reordered") << u"places"_s << QVariant(QStringList{ u"syria"_s, u"iraq"_s }) << Editor << places << QString();
    QTest::newRow("places: another added")
        << u"places"_s << QVariant(QStringList{ u"iraq"_s, u"syria"_s, u"baghdad"_s }) << Editor << places << QString();
    QTest::newRow("citations: one removed") << u"citations-drop-last"_s << QVariant() << Editor << citations << QString();
    QTest::newRow("citations: a shorter quote of the same passage")
        << u"citations-shorten"_s << QVariant() << Editor << citations << QString();

    QTest::newRow("refused: no Arabic title") << u"title.ar"_s << QVariant(QString()) << Editor << 0 << u"events[0].title.ar"_s;
    QTest::newRow("refused: a category outside the vocabulary")
        << u"category"_s << QVariant(u"bogus"_s) << Editor << 0 << u"is not a category"_s;
    QTest::newRow("refused: ends before it starts")
        << u"date"_s << QVariant(QStringList{ u"day"_s, u"2014-09-07"_s, u"2014-09-03"_s }) << Editor << 0 << u"date.end: \"2014-09-03\" is before the start \"2014-09-07\""_s;
    QTest::newRow("refused: an unknown place") << u"places"_s << QVariant(QStringList{ u"atlantis"_s }) << Editor << 0
                                               << u"unknown place id \"atlantis\""_s;
    QTest::newRow("refused: a place twice") << u"places"_s << QVariant(QStringList{ u"iraq"_s, u"iraq"_s }) << Editor << 0
                                            << u"is listed twice"_s;
    QTest::newRow("refused: no citation") << u"citations-none"_s << QVariant() << Editor << 0 << u"citations: at least one citation is required"_s;
    QTest::newRow("refused: an unknown source") << u"citations-unknown-source"_s << QVariant() << Editor << 0
                                                << u"unknown source id \"nowhere\""_s;
    QTest::newRow("refused: inferred without saying why")
        << u"date-inferred-no-note"_s << QVariant() << Editor << 0 << u"date.note: missing (required when the date is inferred)"_s;
    QTest::newRow("refused: nobody named") << u"title.en"_s << QVariant(u"Founded"_s) << u"  "_s << 0 << u"give your name"_s;
}

void TestEventEdit::editsEachField()
{
    QFETCH(QString, field);
    QFETCH(QVariant, value);
    QFETCH(QString, editor);
    QFETCH(int, fields);
    QFETCH(QString, refusal);

    const Event &before = *m_dataset.event(EventId);
    Event changed = before;
    if (field == u"title.ar"_s) {
        changed.title.ar = value.toString();
    } else if (field == u"title.en"_s) {
        changed.title.en = value.toString();
    } else if (field == u"category"_s) {
        changed.category = value.toString();
    } else if (field == u"date"_s) {
        const QStringList parts = value.toStringList();
        const QStringList precisions{ u"year"_s, u"month"_s, u"week"_s, u"day"_s };
        changed.date = FuzzyDate{};
        changed.date.precision = DatePrecision(precisions.indexOf(parts.at(0)));
        changed.date.start = QDate::fromString(parts.at(1), Qt::ISODate);
        if (parts.size() > 2)
            changed.date.end = QDate::fromString(parts.at(2), Qt::ISODate);
    } else if (field == u"date-inferred-no-note"_s) {
        changed.date.inferred = true;
        changed.date.note.clear();
    } else if (field == u"places"_s) {
        changed.placeIds = value.toStringList();
    } else if (field == u"citations-drop-last"_s) {
        QVERIFY(changed.citations.size() > 1);
        changed.citations.removeLast();
    } else if (field == u"citations-shorten"_s) {
        changed.citations.first().quote = changed.citations.first().quote.left(20);
    } else if (field == u"citations-none"_s) {
        changed.citations.clear();
    } else if (field == u"citations-unknown-source"_s) {
        changed.citations.first().sourceId = u"nowhere"_s;
    } else {
        QFAIL("unknown field");
    }

    QStringList errors;
    const DatasetEdit edit = EventEdit::build(m_dataset, changed, editor, Now, &errors);
    if (!refusal.isEmpty()) {
        QVERIFY(edit.isEmpty());
        QVERIFY2(errors.join(u'\n').contains(refusal), qPrintable(errors.join(u'\n')));
        return;
    }
    QVERIFY2(errors.isEmpty(), qPrintable(errors.join(u'\n')));
    QCOMPARE(int(EventEdit::changedFields(before, changed)), fields);
    QCOMPARE(edit.events.size(), 1);
    QVERIFY(edit.sources.isEmpty() && edit.places.isEmpty() && edit.figures.isEmpty());
    const Event &after = edit.events.constFirst();
    QCOMPARE(after.id, EventId);
    QCOMPARE(after.edited.by, Editor);
    QCOMPARE(after.edited.at, QDateTime(QDate(2026, 12, 2), QTime(3, 15, 9), QTimeZone::UTC)); // to the second
    // The edit holds only what was asked for: every other field is the event's own.
    Event expected = changed;
    expected.edited = after.edited;
    QCOMPARE(DatasetWriter::eventJson(after), DatasetWriter::eventJson(expected));
    QVERIFY(edit.description.contains(EventEdit::fieldNames(EventEdit::Fields(fields))));

    const Dataset edited = edit.applyTo(m_dataset);
    QCOMPARE(edited.events.size(), m_dataset.events.size());
    QCOMPARE(edited.eventRow(EventId), m_dataset.eventRow(EventId)); // replaced in place
}

void TestEventEdit::nothingChangedIsNoEdit()
{
    QStringList errors{ u"stale"_s };
    const DatasetEdit edit = EventEdit::build(m_dataset, *m_dataset.event(EventId), Editor, Now, &errors);
    QVERIFY(edit.isEmpty());
    QVERIFY(errors.isEmpty());
    Event ghost = *m_dataset.event(EventId);
    ghost.id = u"no-such-event"_s;
    QVERIFY(EventEdit::build(m_dataset, ghost, Editor, Now, &errors).isEmpty());
    QVERIFY2(errors.join(u'\n').contains(u"is not in the dataset"_s), qPrintable(errors.join(u'\n')));
}

// What the undo stack's command does (ui/article/dataseteditcommand): redo applies the edit,
// undo its inverse from the dataset before; the edited event stays selected.
void TestEventEdit::undoAndRedoThroughTheDocument()
{
    AtlasDocument document;
    document.setDataset(m_dataset, u"test.json"_s, AtlasDocument::bundledArticleDirectory());
    QVERIFY(document.selectEvent(EventId));
    Event changed = *m_dataset.event(EventId);
    changed.title.en = u"Edited"_s;
    changed.category = u"agreement"_s;
    QStringList errors;
    const DatasetEdit edit = EventEdit::build(document.dataset(), changed, Editor, Now, &errors);
    QVERIFY2(!edit.isEmpty(), qPrintable(errors.join(u'\n')));
    const DatasetEdit undo = edit.inverse(document.dataset());
    const QJsonObject original = DatasetWriter::toJson(document.dataset());

    document.applyEdit(edit);
    QCOMPARE(document.dataset().event(EventId)->title.en, u"Edited"_s);
    QCOMPARE(document.dataset().event(EventId)->edited.by, Editor);
    QCOMPARE(document.currentEventId(), EventId);
    document.applyEdit(undo);
    QCOMPARE(DatasetWriter::toJson(document.dataset()), original);
    QVERIFY(document.dataset().event(EventId)->edited.isEmpty());
    QCOMPARE(document.currentEventId(), EventId);
    document.applyEdit(edit);
    QCOMPARE(document.dataset().event(EventId)->category, u"agreement"_s);
}

// The mark is written to JSON and to a project, and comes back the same; an edit of an edited
// event replaces the mark.
void TestEventEdit::editMarkSurvivesJsonAndProject()
{
    Event changed = *m_dataset.event(EventId);
    changed.title.ar = u"عنوان «معدّل»"_s;
    QStringList errors;
    const Dataset edited = EventEdit::build(m_dataset, changed, Editor, Now, &errors).applyTo(m_dataset);
    QVERIFY2(errors.isEmpty(), qPrintable(errors.join(u'\n')));

    const auto json = DatasetLoader::loadJson(DatasetWriter::toBytes(edited));
    QVERIFY(std::holds_alternative<Dataset>(json));
    QCOMPARE(std::get<Dataset>(json).event(EventId)->edited, edited.event(EventId)->edited);

    QTemporaryDir folder;
    const QString path = folder.filePath(u"مشروع.gpkg"_s);
    QString error;
    QVERIFY2(ProjectFile::save(edited, path, &error), qPrintable(error));
    const auto project = ProjectFile::load(path);
    QVERIFY(std::holds_alternative<Dataset>(project));
    const Dataset &reopened = std::get<Dataset>(project);
    QCOMPARE(reopened.event(EventId)->edited, edited.event(EventId)->edited);
    QCOMPARE(reopened.event(EventId)->title.ar, changed.title.ar);

    Event again = *reopened.event(EventId);
    again.category = u"report"_s;
    const DatasetEdit second = EventEdit::build(reopened, again, u"Omar"_s, Now.addDays(1), &errors);
    QCOMPARE(second.events.constFirst().edited.by, u"Omar"_s);
    QCOMPARE(second.events.constFirst().edited.at.date(), QDate(2026, 12, 3));
}

QTEST_GUILESS_MAIN(TestEventEdit)
#include "tst_eventedit.moc"
