// SPDX-License-Identifier: GPL-3.0-or-later
#include "articleviewer.h"
#include "detailspane.h"
#include "eventeditdialog.h"

#include "atlasdocument.h"
#include "dataseteditcommand.h"
#include "documentloader.h"
#include "datasetwriter.h"
#include "localization.h"
#include "mainwindow.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTest>
#include <QTextBrowser>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using Atlas::Language;

Q_DECLARE_METATYPE(Atlas::Language)

/*
 * The details pane's event editor with real widgets, offscreen, on the bundled dataset: each
 * field typed or picked in the dialog gives an edit on the undo stack, undo and redo bring the
 * event back and forth, a refused edit stays in the dialog with the loader's message, and the
 * pane says who edited the event. Screenshots in English and Arabic when ATLAS_SCREENSHOT_DIR is
 * set.
 */
class TestEventEditDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void editsThroughTheUndoStack_data();
    void editsThroughTheUndoStack();
    void refusedEditStaysOpen();
    void addedArticleShowsFromItsText();
    void looksRight_data();
    void looksRight();
};

namespace {

const QString EventId = u"coalition-founded-2014"_s;

void screenshot(QWidget *widget, const QString &name)
{
    const QString folder = qEnvironmentVariable("ATLAS_SCREENSHOT_DIR");
    if (!folder.isEmpty())
        widget->grab().save(QDir(folder).filePath(name));
}

// What the pane shows, as text (its HTML splits runs into spans).
QString shownText(Atlas::DetailsPane &pane)
{
    return pane.findChild<QTextBrowser *>()->toPlainText();
}

template<typename T>
T *child(QObject *parent, const QString &name)
{
    T *found = parent->findChild<T *>(name);
    if (!found)
        qFatal("no child %s", qPrintable(name));
    return found;
}

} // namespace

void TestEventEditDialog::editsThroughTheUndoStack_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("expected"); // the edited field, as text, after the edit
    QTest::newRow("Arabic title") << u"titleAr"_s << u"تأسيس التحالف الدولي ضد داعش"_s;
    QTest::newRow("English title") << u"titleEn"_s << u"Coalition founded"_s;
    QTest::newRow("category") << u"category"_s << u"agreement"_s;
    QTest::newRow("date: month") << u"month"_s << u"2014-09"_s;
    QTest::newRow("date: bounds") << u"bounds"_s << u"2014-09-03..2014-09-07"_s;
    QTest::newRow("places: Baghdad added") << u"addPlace"_s << u"iraq syria baghdad"_s;
    QTest::newRow("places: first removed") << u"removePlace"_s << u"syria"_s;
    QTest::newRow("citations: one added") << u"addCitation"_s << u"+1"_s;
    QTest::newRow("citations: one removed") << u"removeCitation"_s << u"-1"_s;
}

void TestEventEditDialog::editsThroughTheUndoStack()
{
    QFETCH(QString, field);
    QFETCH(QString, expected);
    Atlas::AtlasDocument document;
    QStringList errors;
    QVERIFY(Atlas::loadDocument(document, Atlas::AtlasDocument::bundledDatasetPath(), &errors));
    QUndoStack stack;
    Atlas::DetailsPane pane(&document);
    pane.setEditing(&stack, [] { return u"Sara"_s; });
    QVERIFY(document.selectEvent(EventId));
    QCOMPARE(pane.shownId(), EventId);
    QVERIFY(shownText(pane).contains(u"Edit event…"_s));
    const Atlas::Event before = *document.dataset().event(EventId);

    Atlas::EventEditDialog *dialog = pane.editShownEvent();
    QVERIFY(dialog);
    dialog->setClock([] { return QDateTime(QDate(2026, 12, 2), QTime(3, 30), QTimeZone::UTC); });
    if (field == u"titleAr"_s) {
        auto *edit = child<QLineEdit>(dialog, u"titleArEdit"_s);
        edit->selectAll();
        edit->insert(expected); // QTest types ASCII keys only: Arabic comes in as a paste would
    } else if (field == u"titleEn"_s) {
        auto *edit = child<QLineEdit>(dialog, u"titleEnEdit"_s);
        edit->clear();
        QTest::keyClicks(edit, expected);
    } else if (field == u"category"_s) {
        auto *combo = child<QComboBox>(dialog, u"categoryChoice"_s);
        combo->setCurrentIndex(combo->findData(expected));
    } else if (field == u"month"_s) {
        auto *precision = child<QComboBox>(dialog, u"precisionChoice"_s);
        precision->setCurrentIndex(precision->findData(int(Atlas::DatePrecision::Month)));
        child<QDateEdit>(dialog, u"startDate"_s)->setDate(QDate(2014, 9, 17)); // the day is dropped
    } else if (field == u"bounds"_s) {
        auto *precision = child<QComboBox>(dialog, u"precisionChoice"_s);
        precision->setCurrentIndex(precision->findData(int(Atlas::DatePrecision::Day)));
        child<QDateEdit>(dialog, u"startDate"_s)->setDate(QDate(2014, 9, 3));
        QTest::mouseClick(child<QCheckBox>(dialog, u"hasEndCheck"_s), Qt::LeftButton);
        child<QDateEdit>(dialog, u"endDate"_s)->setDate(QDate(2014, 9, 7));
    } else if (field == u"addPlace"_s) {
        auto *combo = child<QComboBox>(dialog, u"placeChoice"_s);
        combo->setCurrentIndex(combo->findData(u"baghdad"_s));
        child<QPushButton>(dialog, u"addPlaceButton"_s)->click();
        child<QPushButton>(dialog, u"addPlaceButton"_s)->click(); // listed once only
    } else if (field == u"removePlace"_s) {
        child<QListWidget>(dialog, u"placeList"_s)->setCurrentRow(0);
        child<QPushButton>(dialog, u"removePlaceButton"_s)->click();
    } else if (field == u"addCitation"_s) {
        child<QPushButton>(dialog, u"addCitationButton"_s)->click();
        // A passage of the last citation's article, typed as a researcher would.
        child<QPlainTextEdit>(dialog, u"quoteEdit"_s)->insertPlainText(before.citations.constLast().quote.left(12));
    } else if (field == u"removeCitation"_s) {
        child<QListWidget>(dialog, u"citationList"_s)->setCurrentRow(0);
        child<QPushButton>(dialog, u"removeCitationButton"_s)->click();
    }
    dialog->accept();
    QVERIFY2(dialog->problems().isEmpty(), qPrintable(dialog->problems()));
    QCOMPARE(stack.count(), 1);

    const Atlas::Event after = *document.dataset().event(EventId); // a copy: undo replaces the dataset
    QString actual;
    if (field == u"titleAr"_s)
        actual = after.title.ar;
    else if (field == u"titleEn"_s)
        actual = after.title.en;
    else if (field == u"category"_s)
        actual = after.category;
    else if (field == u"month"_s || field == u"bounds"_s)
        actual = Atlas::FuzzyDate::isoText(after.date.start, after.date.precision)
            + (after.date.isRange() ? u".."_s + Atlas::FuzzyDate::isoText(after.date.end, after.date.precision) : QString());
    else if (field.endsWith(u"Place"_s))
        actual = after.placeIds.join(u' ');
    else
        actual = u"%1%2"_s.arg(after.citations.size() > before.citations.size() ? u"+"_s : u"-"_s)
                     .arg(std::abs(after.citations.size() - before.citations.size()));
    QCOMPARE(actual, expected);
    QCOMPARE(after.edited.by, u"Sara"_s);
    // The pane still shows the event, now marked as edited.
    QCOMPARE(pane.shownId(), EventId);
    QVERIFY2(shownText(pane).contains(u"Edited by \u2068Sara\u2069 on 2 December 2026"_s), qPrintable(shownText(pane)));

    stack.undo();
    QCOMPARE(Atlas::DatasetWriter::eventJson(*document.dataset().event(EventId)), Atlas::DatasetWriter::eventJson(before));
    QVERIFY(!shownText(pane).contains(u"Edited by"_s));
    stack.redo();
    QCOMPARE(Atlas::DatasetWriter::eventJson(*document.dataset().event(EventId)), Atlas::DatasetWriter::eventJson(after));
}

void TestEventEditDialog::refusedEditStaysOpen()
{
    Atlas::AtlasDocument document;
    QStringList errors;
    QVERIFY(Atlas::loadDocument(document, Atlas::AtlasDocument::bundledDatasetPath(), &errors));
    QUndoStack stack;
    Atlas::DetailsPane pane(&document);
    pane.setEditing(&stack, [] { return u"Sara"_s; });
    QVERIFY(document.selectEvent(EventId));
    Atlas::EventEditDialog *dialog = pane.editShownEvent();
    dialog->show();
    child<QLineEdit>(dialog, u"titleEnEdit"_s)->clear();
    dialog->accept();
    QVERIFY(dialog->isVisible());
    QVERIFY2(dialog->problems().contains(u"title.en"_s), qPrintable(dialog->problems()));
    QCOMPARE(stack.count(), 0);
    // Nobody named: refused as well, with what to do.
    pane.setEditing(&stack, [] { return QString(); });
    dialog = pane.editShownEvent();
    QTest::keyClicks(child<QLineEdit>(dialog, u"titleEnEdit"_s), u"!"_s);
    dialog->accept();
    QVERIFY2(dialog->problems().contains(u"Preferences"_s), qPrintable(dialog->problems()));
    QCOMPARE(stack.count(), 0);
    QVERIFY(document.dataset().event(EventId)->edited.isEmpty());
}

// "Show in article" for a source that keeps its text (an article added in the application): the
// main window's viewer shows that text with the quote highlighted, with no file at all.
void TestEventEditDialog::addedArticleShowsFromItsText()
{
    Atlas::AtlasDocument document;
    QStringList errors;
    QVERIFY(Atlas::loadDocument(document, Atlas::AtlasDocument::bundledDatasetPath(), &errors));
    Atlas::DatasetEdit edit;
    Atlas::Source source = document.dataset().sources.constFirst();
    source.id = u"art-added"_s;
    source.file = u"لا-يوجد.txt"_s; // no such file: the text is the project's
    source.text = u"<b>ليس وسماً</b>\nقصف التحالف مواقع داعش في الموصل أمس.\n"_s;
    edit.sources.append(source);
    document.applyEdit(edit);
    Atlas::MainWindow window(&document);
    auto *pane = window.findChild<Atlas::DetailsPane *>();
    QVERIFY(pane);
    Q_EMIT pane->showInArticleRequested(u"art-added"_s, u"مواقع داعش في الموصل"_s);
    auto *viewer = window.findChild<Atlas::ArticleViewer *>();
    QVERIFY(viewer);
    QVERIFY(viewer->quoteFound());
    QCOMPARE(viewer->highlightedText(), u"مواقع داعش في الموصل"_s);
}

void TestEventEditDialog::looksRight_data()
{
    QTest::addColumn<Language>("language");
    QTest::newRow("English") << Language::English;
    QTest::newRow("Arabic") << Language::Arabic;
}

void TestEventEditDialog::looksRight()
{
    QFETCH(Language, language);
    Atlas::Localization localization;
    localization.setLanguage(language);
    Atlas::AtlasDocument document;
    document.setLanguage(language);
    QStringList errors;
    QVERIFY(Atlas::loadDocument(document, Atlas::AtlasDocument::bundledDatasetPath(), &errors));
    QUndoStack stack;
    Atlas::DetailsPane pane(&document);
    pane.setEditing(&stack, [] { return u"سارة"_s; });
    pane.resize(520, 720);
    QVERIFY(document.selectEvent(EventId));
    Atlas::EventEditDialog *dialog = pane.editShownEvent();
    QCOMPARE(dialog->isRightToLeft(), language == Language::Arabic);
    dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    child<QLineEdit>(dialog, u"titleEnEdit"_s)->setText(u"International coalition founded"_s);
    screenshot(dialog, language == Language::Arabic ? u"event-edit-ar.png"_s : u"event-edit-en.png"_s);
    dialog->accept();
    QVERIFY2(dialog->problems().isEmpty(), qPrintable(dialog->problems()));
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    QVERIFY(shownText(pane).contains(u"سارة"_s));
    screenshot(&pane, language == Language::Arabic ? u"details-edited-ar.png"_s : u"details-edited-en.png"_s);
    localization.setLanguage(Language::English);
}

QTEST_MAIN(TestEventEditDialog)
#include "tst_eventeditdialog.moc"
