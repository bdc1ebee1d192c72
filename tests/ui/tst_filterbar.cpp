// SPDX-License-Identifier: GPL-3.0-or-later
#include "filterbar.h"

#include "atlasdocument.h"
#include "documentloader.h"
#include "filtercriteria.h"
#include "vocabulary.h"

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
};

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
