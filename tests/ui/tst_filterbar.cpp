// SPDX-License-Identifier: GPL-3.0-or-later
#include "filterbar.h"

#include "atlasdocument.h"
#include "documentloader.h"
#include "filtercriteria.h"
#include "eventfiltermodel.h"
#include "vocabulary.h"

#include <QAction>
#include <QComboBox>
#include <QMenu>

#include <QTest>
#include <QToolButton>

using namespace Qt::StringLiterals;

/*
 * The filter bar's category chips with the bundled dataset: one per category the events use,
 * in the vocabulary's display order and with its name, and a click on a chip narrows the
 * filter to that category.
 */
class TestFilterBar : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void chipsFollowTheVocabulary();
    void windowMatchNarrowsTheEvents();
    void actorPickerNarrowsTheEvents();
};

// The actor picker lists every actor of the dataset by name; checking one keeps the events that
// name it, and clearing the filter unchecks it again.
void TestFilterBar::actorPickerNarrowsTheEvents()
{
    Atlas::AtlasDocument document;
    QStringList errors;
    QVERIFY2(Atlas::loadDocument(document, Atlas::AtlasDocument::bundledDatasetPath(), &errors),
             qPrintable(errors.join(u'\n')));
    Atlas::FilterBar bar(&document);
    auto *picker = bar.findChild<QToolButton *>(u"actorPicker"_s);
    QVERIFY(picker);
    QCOMPARE(picker->menu()->actions().size(), document.dataset().actors.size());
    QCOMPARE(picker->text(), u"All actors"_s);

    QAction *choice = nullptr;
    int naming = 0;
    for (QAction *action : picker->menu()->actions()) {
        int count = 0;
        for (const Atlas::Event &event : document.dataset().events)
            count += event.actorIds.contains(action->data().toString());
        if (count > 0 && count < document.dataset().events.size()) {
            choice = action;
            naming = count;
            break;
        }
    }
    QVERIFY2(choice, "the bundled dataset has an actor that some events name and others do not");
    choice->trigger();
    QCOMPARE(document.filter()->state().actors(), QSet<QString>{ choice->data().toString() });
    QCOMPARE(document.eventFilterModel()->rowCount(), naming);
    QCOMPARE(picker->text(), u"Actors: 1"_s);

    document.filter()->clear();
    QVERIFY(!choice->isChecked());
    QCOMPARE(document.eventFilterModel()->rowCount(), document.dataset().events.size());
}

// "Inside" keeps only the events all of whose days are in the window: a window of 2016 keeps
// the events dated to 2016 or a part of it and drops a span that runs 2014–2016.
void TestFilterBar::windowMatchNarrowsTheEvents()
{
    Atlas::AtlasDocument document;
    QStringList errors;
    QVERIFY2(Atlas::loadDocument(document, Atlas::AtlasDocument::bundledDatasetPath(), &errors),
             qPrintable(errors.join(u'\n')));
    Atlas::FilterBar bar(&document);
    bar.show();
    QVERIFY(QTest::qWaitForWindowExposed(&bar));
    auto *match = bar.findChild<QComboBox *>(u"windowMatch"_s);
    QVERIFY(match);
    QVERIFY2(!match->isEnabled(), "without a window there is nothing to match");

    const QDate from(2016, 1, 1), to(2016, 12, 31);
    document.filter()->setTimeWindow(from, to);
    QVERIFY(match->isEnabled());
    int overlapping = 0, inside = 0;
    for (const Atlas::Event &event : document.dataset().events) {
        overlapping += event.date.earliest() <= to && event.date.latest() >= from;
        inside += event.date.earliest() >= from && event.date.latest() <= to;
    }
    QVERIFY2(inside < overlapping, "the bundled dataset has a span across 2016, or the test shows nothing");
    QCOMPARE(document.eventFilterModel()->rowCount(), overlapping);

    match->setCurrentIndex(match->findData(int(Atlas::WindowMatch::Inside)));
    QCOMPARE(document.filter()->state().windowMatch(), Atlas::WindowMatch::Inside);
    QCOMPARE(document.eventFilterModel()->rowCount(), inside);

    document.filter()->setWindowMatch(Atlas::WindowMatch::Overlaps);
    QCOMPARE(match->currentData().toInt(), int(Atlas::WindowMatch::Overlaps));
    QCOMPARE(document.eventFilterModel()->rowCount(), overlapping);
}

void TestFilterBar::chipsFollowTheVocabulary()
{
    Atlas::AtlasDocument document;
    QStringList errors;
    QVERIFY2(Atlas::loadDocument(document, Atlas::AtlasDocument::bundledDatasetPath(), &errors),
             qPrintable(errors.join(u'\n')));
    Atlas::FilterBar bar(&document);
    bar.show();
    QVERIFY(QTest::qWaitForWindowExposed(&bar));

    QStringList used;
    for (const Atlas::Event &event : document.dataset().events) {
        if (!used.contains(event.category))
            used.append(event.category);
    }
    const QStringList expected = Atlas::Vocabulary::sortedCategories(used);
    QVERIFY2(expected != used, "the dataset lists its categories in display order: the test would show nothing");

    QList<QToolButton *> chips;
    for (QToolButton *button : bar.findChildren<QToolButton *>()) {
        if (button->objectName().startsWith(u"chip-"_s))
            chips.append(button);
    }
    // Chips are laid out from the start edge in the order they are made.
    std::sort(chips.begin(), chips.end(), [](const QToolButton *a, const QToolButton *b) {
        return a->y() != b->y() ? a->y() < b->y() : a->x() < b->x();
    });
    QStringList shown;
    for (const QToolButton *chip : std::as_const(chips)) {
        const QString category = chip->property("category").toString();
        shown.append(category);
        QCOMPARE(chip->text(), Atlas::Vocabulary::categoryName(category));
    }
    QCOMPARE(shown, expected);

    QTest::mouseClick(chips.first(), Qt::LeftButton);
    QCOMPARE(document.filter()->state().categories(), QSet<QString>{expected.first()});
}

QTEST_MAIN(TestFilterBar)
#include "tst_filterbar.moc"
