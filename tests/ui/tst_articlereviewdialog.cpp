// SPDX-License-Identifier: GPL-3.0-or-later
// File > Add Article…: the review dialog with real widgets, offscreen, in English and Arabic,
// and the undo stack the accepted facts go on.
#include "articlereviewdialog.h"
#include "dataseteditcommand.h"
#include "atlasdocument.h"
#include "documentloader.h"
#include "localization.h"
#include "mainwindow.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTest>
#include <QTreeWidget>
#include <QUndoStack>
#include <QApplication>
#include <QMessageBox>
#include <QPushButton>
#include <QTimer>

using namespace Qt::StringLiterals;
using Atlas::Language;

Q_DECLARE_METATYPE(Atlas::Language)

class TestArticleReviewDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsAndHighlights_data();
    void readsAndHighlights();
    void acceptedFactsAreUndoable();
    void dateUnknownLeavesRelativeDatesUnresolved();
    void unsavedChangesAskedOnClose_data();
    void unsavedChangesAskedOnClose();
};

namespace {

QString seed(const QString &name)
{
    QFile file(QStringLiteral(ATLAS_SOURCE_DIR "/resources/data/sources/") + name);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

void screenshot(QWidget *widget, const QString &name)
{
    const QString folder = qEnvironmentVariable("ATLAS_SCREENSHOT_DIR");
    if (!folder.isEmpty())
        widget->grab().save(QDir(folder).filePath(name));
}

} // namespace

void TestArticleReviewDialog::readsAndHighlights_data()
{
    QTest::addColumn<Language>("language");
    QTest::newRow("English") << Language::English;
    QTest::newRow("Arabic") << Language::Arabic;
}

void TestArticleReviewDialog::readsAndHighlights()
{
    QFETCH(Language, language);
    Atlas::Localization localization;
    localization.setLanguage(language);
    Atlas::AtlasDocument document;
    QStringList errors;
    QVERIFY(Atlas::loadDocument(document, Atlas::AtlasDocument::bundledDatasetPath(), &errors));
    Atlas::ArticleReviewDialog dialog(document.dataset());
    dialog.setArticle(seed(u"000_08ec0888cc83b49d.txt"_s), u"000_08ec0888cc83b49d.txt"_s);
    dialog.findChild<QDateEdit *>(u"publishedField"_s)->setDate(QDate(2021, 4, 15));
    dialog.findChild<QLineEdit *>(u"titleArField"_s)->setText(u"كيف سيؤثر انسحاب القوات الأمريكية"_s);
    dialog.read();
    const Atlas::Article::ArticleExtraction &x = dialog.extraction();
    auto *list = dialog.findChild<QTreeWidget *>(u"candidateList"_s);
    QCOMPARE(list->topLevelItemCount(), int(x.events.size() + x.numbers.size()));
    QVERIFY(list->topLevelItemCount() > 5);
    auto *article = dialog.findChild<QPlainTextEdit *>(u"articleText"_s);
    // Every date, number and place highlighted, and the current candidate's sentence underlined.
    QCOMPARE(article->extraSelections().size(), int(x.dates.size() + x.numbers.size() + x.places.size() + 1));
    const QTextEdit::ExtraSelection first = article->extraSelections().constFirst();
    QCOMPARE(first.cursor.selectedText(), x.spanText(x.dates.constFirst().span));
    QVERIFY(article->isReadOnly());
    QCOMPARE(dialog.isRightToLeft(), language == Language::Arabic);
    dialog.resize(1200, 760);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    list->setCurrentItem(list->topLevelItem(3));
    screenshot(&dialog, language == Language::Arabic ? u"article-review-ar.png"_s : u"article-review-en.png"_s);
    localization.setLanguage(Language::English);
}

void TestArticleReviewDialog::acceptedFactsAreUndoable()
{
    Atlas::AtlasDocument document;
    QStringList errors;
    QVERIFY(Atlas::loadDocument(document, Atlas::AtlasDocument::bundledDatasetPath(), &errors));
    const qsizetype events = document.dataset().events.size();
    const qsizetype sources = document.dataset().sources.size();
    Atlas::MainWindow window(&document);

    Atlas::ArticleReviewDialog dialog(document.dataset());
    dialog.setArticle(u"وقالت مصادر عسكرية يوم الجمعة إن التحالف الدولي قصف مواقع للتنظيم قرب منبج."_s, u"pasted.txt"_s);
    dialog.findChild<QDateEdit *>(u"publishedField"_s)->setDate(QDate(2024, 10, 5));
    dialog.findChild<QLineEdit *>(u"titleArField"_s)->setText(u"قصف قرب منبج"_s);
    dialog.findChild<QLineEdit *>(u"titleEnField"_s)->setText(u"Strikes near Manbij"_s);
    dialog.read();
    auto *list = dialog.findChild<QTreeWidget *>(u"candidateList"_s);
    QCOMPARE(list->topLevelItemCount(), 1);
    list->setCurrentItem(list->topLevelItem(0));
    auto *category = dialog.findChild<QComboBox *>(u"categoryBox"_s);
    QCOMPARE(category->currentData().toString(), u"strike"_s);
    dialog.findChild<QLineEdit *>(u"itemTitleEnField"_s)->setText(u"Coalition strikes near Manbij"_s);
    dialog.setDecision(0, true);
    QCOMPARE(list->topLevelItem(0)->text(3), u"accepted"_s);
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(dialog.edit().events.size(), 1);

    window.undoStack()->push(new Atlas::DatasetEditCommand(&document, dialog.edit()));
    QCOMPARE(document.dataset().events.size(), events + 1);
    QCOMPARE(document.dataset().sources.size(), sources + 1);
    QVERIFY(!window.undoStack()->isClean());
    window.undoStack()->undo();
    QCOMPARE(document.dataset().events.size(), events);
    QCOMPARE(document.dataset().sources.size(), sources);
    window.undoStack()->redo();
    QCOMPARE(document.dataset().events.size(), events + 1);
    window.undoStack()->setClean(); // no question on close in the test
}

void TestArticleReviewDialog::dateUnknownLeavesRelativeDatesUnresolved()
{
    Atlas::AtlasDocument document;
    QStringList errors;
    QVERIFY(Atlas::loadDocument(document, Atlas::AtlasDocument::bundledDatasetPath(), &errors));
    Atlas::ArticleReviewDialog dialog(document.dataset());
    dialog.setArticle(u"قرب كركوك في يناير من العام الجاري."_s, u"a.txt"_s);
    dialog.findChild<QCheckBox *>(u"dateUnknownBox"_s)->setChecked(true);
    dialog.read();
    QCOMPARE(dialog.extraction().dates.size(), 1);
    QVERIFY(dialog.extraction().dates.constFirst().unresolved);
    QVERIFY(!dialog.findChild<QDateEdit *>(u"publishedField"_s)->isEnabled());
}

void TestArticleReviewDialog::unsavedChangesAskedOnClose_data()
{
    QTest::addColumn<int>("button");
    QTest::addColumn<bool>("closed");
    QTest::newRow("cancel keeps the window") << int(QMessageBox::Cancel) << false;
    QTest::newRow("discard closes") << int(QMessageBox::Discard) << true;
}

void TestArticleReviewDialog::unsavedChangesAskedOnClose()
{
    QFETCH(int, button);
    QFETCH(bool, closed);
    Atlas::AtlasDocument document;
    QStringList errors;
    QVERIFY(Atlas::loadDocument(document, Atlas::AtlasDocument::bundledDatasetPath(), &errors));
    Atlas::MainWindow window(&document);
    window.show();
    QVERIFY(window.close()); // nothing changed: no question
    window.show();
    Atlas::DatasetEdit edit;
    edit.description = u"Remove an event"_s;
    edit.removeEvents.append(document.dataset().events.constFirst().id);
    window.undoStack()->push(new Atlas::DatasetEditCommand(&document, edit));
    bool asked = false;
    QTimer::singleShot(0, this, [&] {
        for (QWidget *w : QApplication::topLevelWidgets()) {
            if (auto *box = qobject_cast<QMessageBox *>(w); box && box->objectName() == u"unsavedChangesBox"_s) {
                asked = true;
                box->button(QMessageBox::StandardButton(button))->click();
            }
        }
    });
    QCOMPARE(window.close(), closed);
    QVERIFY(asked);
    window.undoStack()->setClean();
}

QTEST_MAIN(TestArticleReviewDialog)
#include "tst_articlereviewdialog.moc"
