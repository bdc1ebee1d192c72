// SPDX-License-Identifier: GPL-3.0-or-later
#include "filterbar.h"

#include "datefield.h"
#include "atlasdocument.h"
#include "documentloader.h"
#include "filtercriteria.h"
#include "eventfiltermodel.h"
#include "vocabulary.h"

#include <QAction>
#include <QApplication>
#include <QCalendarWidget>
#include <QComboBox>
#include <QKeyEvent>
#include <QLineEdit>
#include <QMenu>

#include <QLabel>
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
    void narrowBarPicksCategories_data();
    void narrowBarPicksCategories();
    void windowMatchNarrowsTheEvents();
    void actorPickerNarrowsTheEvents();
    void typingADate_data();
    void typingADate();
    void calendarFollowsTheInterface();
    void invertedWindowIsSaid();
};

Q_DECLARE_METATYPE(Atlas::Language)
Q_DECLARE_METATYPE(Atlas::DigitStyle)

namespace {

// Key presses with the characters' text, as a keyboard layout of that script sends them
// (QTest::keyClicks sends only Latin-1).
void type(QWidget *widget, const QString &text)
{
    for (const QChar c : text) {
        QKeyEvent press(QEvent::KeyPress, Qt::Key_unknown, Qt::NoModifier, QString(c));
        QApplication::sendEvent(widget, &press);
        QKeyEvent release(QEvent::KeyRelease, Qt::Key_unknown, Qt::NoModifier, QString(c));
        QApplication::sendEvent(widget, &release);
    }
}

bool loadBundled(Atlas::AtlasDocument &document)
{
    QStringList errors;
    const bool loaded = Atlas::loadDocument(document, Atlas::AtlasDocument::bundledDatasetPath(), &errors);
    if (!loaded)
        qWarning("%s", qPrintable(errors.join(u'\n')));
    return loaded;
}

} // namespace

// Select all, type a day in any form the interface reads, press Enter: the time window starts there,
// and the field shows the day in the interface's words.
void TestFilterBar::typingADate_data()
{
    QTest::addColumn<Atlas::Language>("language");
    QTest::addColumn<Atlas::DigitStyle>("digits");
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QDate>("expected");
    QTest::addColumn<QString>("shown");

    const auto en = Atlas::Language::English;
    const auto ar = Atlas::Language::Arabic;
    const QDate day(2016, 3, 5);
    QTest::newRow("en iso") << en << Atlas::DigitStyle::Latin << u"2016-03-05"_s << day << u"5 March 2016"_s;
    QTest::newRow("en written") << en << Atlas::DigitStyle::Latin << u"5 March 2016"_s << day << u"5 March 2016"_s;
    QTest::newRow("en numeric") << en << Atlas::DigitStyle::Latin << u"5/3/2016"_s << day << u"5 March 2016"_s;
    QTest::newRow("en, Arabic-Indic digits") << en << Atlas::DigitStyle::ArabicIndic << u"٥ March ٢٠١٦"_s << day
                                             << u"٥ March ٢٠١٦"_s;
    QTest::newRow("ar written") << ar << Atlas::DigitStyle::ArabicIndic << u"٥ آذار ٢٠١٦"_s << day << u"٥ آذار ٢٠١٦"_s;
    QTest::newRow("ar latin iso") << ar << Atlas::DigitStyle::Latin << u"2016-03-05"_s << day << u"5 آذار 2016"_s;
    QTest::newRow("ar numeric, Arabic-Indic") << ar << Atlas::DigitStyle::ArabicIndic << u"٥/٣/٢٠١٦"_s << day
                                              << u"٥ آذار ٢٠١٦"_s;
}

void TestFilterBar::typingADate()
{
    QFETCH(Atlas::Language, language);
    QFETCH(Atlas::DigitStyle, digits);
    QFETCH(QString, typed);
    QFETCH(QDate, expected);
    QFETCH(QString, shown);

    Atlas::AtlasDocument document;
    QVERIFY(loadBundled(document));
    document.setLanguage(language);
    document.setFormatter(Atlas::Formatter(language, digits));
    Atlas::FilterBar bar(&document);
    bar.show();
    QVERIFY(QTest::qWaitForWindowExposed(&bar));
    auto *from = bar.findChild<Atlas::DateField *>(u"fromDate"_s);
    QVERIFY(from);
    from->setFocus();
    QTest::keyClick(from, Qt::Key_A, Qt::ControlModifier);
    QVERIFY2(from->findChild<QLineEdit *>()->hasSelectedText(), "select-all selects the field's text");
    type(from, typed);
    QTest::keyClick(from, Qt::Key_Return);
    QCOMPARE(document.filter()->state().from(), expected);
    QCOMPARE(from->findChild<QLineEdit *>()->text(), shown);
    QCOMPARE(bar.timeWindowProblem(), QString());
}

// The popup calendar speaks the interface's language, and with no date it opens at the data's
// first month (the start field) and last month (the end field), not at January 2000.
void TestFilterBar::calendarFollowsTheInterface()
{
    Atlas::AtlasDocument document;
    QVERIFY(loadBundled(document));
    Atlas::FilterBar bar(&document);
    bar.show();
    QVERIFY(QTest::qWaitForWindowExposed(&bar));
    auto *from = bar.findChild<Atlas::DateField *>(u"fromDate"_s);
    auto *to = bar.findChild<Atlas::DateField *>(u"toDate"_s);
    QVERIFY(from && to);
    QCOMPARE(from->calendarWidget()->locale().language(), QLocale::English);

    document.setLanguage(Atlas::Language::Arabic);
    document.setFormatter(Atlas::Formatter(Atlas::Language::Arabic, Atlas::DigitStyle::ArabicIndic));
    QCOMPARE(from->calendarWidget()->locale().language(), QLocale::Arabic);
    QCOMPARE(from->calendarWidget()->locale().zeroDigit(), u"٠"_s);
    QCOMPARE(from->calendarWidget()->locale().monthName(1, QLocale::LongFormat), u"كانون الثاني"_s);
    QCOMPARE(from->calendarWidget()->layoutDirection(), Qt::RightToLeft);
    document.setFormatter(Atlas::Formatter(Atlas::Language::Arabic, Atlas::DigitStyle::Latin, Atlas::ArabicMonthNames::Egyptian));
    QCOMPARE(from->calendarWidget()->locale().zeroDigit(), u"0"_s);
    QCOMPARE(from->calendarWidget()->locale().monthName(1, QLocale::LongFormat), u"يناير"_s);

    QDate first, last;
    for (const Atlas::Event &event : document.dataset().events) {
        first = first.isValid() ? std::min(first, event.date.earliest()) : event.date.earliest();
        last = last.isValid() ? std::max(last, event.date.latest()) : event.date.latest();
    }
    QVERIFY(first.year() > 2000);
    for (auto [field, opening] : {std::pair{from, first}, std::pair{to, last}}) {
        QCOMPARE(field->openingDate(), opening);
        QCOMPARE(field->date(), field->minimumDate()); // "any"
        // The popup button is at the field's end (left in Arabic).
        const QPoint button = field->layoutDirection() == Qt::RightToLeft ? QPoint(4, field->height() / 2)
                                                                          : QPoint(field->width() - 4, field->height() / 2);
        QTest::mouseClick(field, Qt::LeftButton, {}, button);
        QTRY_VERIFY(field->calendarWidget()->isVisible());
        QCOMPARE(field->calendarWidget()->yearShown(), opening.year());
        QCOMPARE(field->calendarWidget()->monthShown(), opening.month());
        field->calendarWidget()->window()->hide();
    }
}

// A start after the end is refused with a message naming both dates, and the window stays as it was;
// putting the dates right removes the message and applies the window.
void TestFilterBar::invertedWindowIsSaid()
{
    Atlas::AtlasDocument document;
    QVERIFY(loadBundled(document));
    Atlas::FilterBar bar(&document);
    bar.show();
    QVERIFY(QTest::qWaitForWindowExposed(&bar));
    auto *from = bar.findChild<Atlas::DateField *>(u"fromDate"_s);
    auto *to = bar.findChild<Atlas::DateField *>(u"toDate"_s);
    auto *message = bar.findChild<QLabel *>(u"timeWindowProblem"_s);
    QVERIFY(from && to && message);
    QVERIFY(!message->isVisible());

    to->setDate(QDate(2016, 1, 31));
    QCOMPARE(document.filter()->state().to(), QDate(2016, 1, 31));
    from->setDate(QDate(2017, 6, 1));
    QVERIFY(message->isVisible());
    QVERIFY2(message->text().contains(u"1 June 2017"_s) && message->text().contains(u"31 January 2016"_s),
             qPrintable(message->text()));
    QCOMPARE(bar.timeWindowProblem(), message->text());
    QCOMPARE(document.filter()->state().from(), QDate());
    QCOMPARE(document.filter()->state().to(), QDate(2016, 1, 31));

    to->setDate(QDate(2017, 12, 31));
    QVERIFY(!message->isVisible());
    QCOMPARE(document.filter()->state().from(), QDate(2017, 6, 1));
    QCOMPARE(document.filter()->state().to(), QDate(2017, 12, 31));
}

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
    bar.resize(1600, bar.heightForWidth(1600));
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

void TestFilterBar::narrowBarPicksCategories_data()
{
    QTest::addColumn<Qt::LayoutDirection>("direction");
    QTest::newRow("left to right") << Qt::LeftToRight;
    QTest::newRow("right to left") << Qt::RightToLeft;
}

// Where the chips would take more than two rows, they give way to a picker with the same
// categories, which filters as they do and follows the criteria; wide again, the chips return.
void TestFilterBar::narrowBarPicksCategories()
{
    QFETCH(Qt::LayoutDirection, direction);
    Atlas::AtlasDocument document;
    QStringList errors;
    QVERIFY2(Atlas::loadDocument(document, Atlas::AtlasDocument::bundledDatasetPath(), &errors),
             qPrintable(errors.join(u'\n')));
    Atlas::FilterBar bar(&document);
    bar.setLayoutDirection(direction);
    const auto chips = [&bar] {
        QList<QToolButton *> list;
        for (QToolButton *button : bar.findChildren<QToolButton *>()) {
            if (button->objectName().startsWith(u"chip-"_s))
                list.append(button);
        }
        return list;
    };
    auto *picker = bar.findChild<QToolButton *>(u"categoryPicker"_s);
    QVERIFY(picker);
    bar.resize(1600, 200);
    bar.show();
    QVERIFY(QTest::qWaitForWindowExposed(&bar));
    QVERIFY(picker->isHidden());
    const int rowsWide = [&] {
        QSet<int> rows;
        for (const QToolButton *chip : chips())
            rows.insert(chip->y());
        return int(rows.size());
    }();
    QVERIFY2(rowsWide <= 2, qPrintable(QString::number(rowsWide)));

    bar.resize(520, 200);
    QTRY_VERIFY(!picker->isHidden());
    for (const QToolButton *chip : chips())
        QVERIFY(chip->isHidden());
    QCOMPARE(picker->text(), u"All categories"_s);
    QCOMPARE(picker->menu()->actions().size(), chips().size());
    QAction *strike = nullptr;
    for (QAction *action : picker->menu()->actions()) {
        QCOMPARE(action->text(), Atlas::Vocabulary::categoryName(action->data().toString()));
        if (action->data().toString() == u"strike"_s)
            strike = action;
    }
    QVERIFY(strike);
    strike->trigger();
    QCOMPARE(document.filter()->state().categories(), QSet<QString>{ u"strike"_s });
    QCOMPARE(picker->text(), u"Categories: 1"_s);

    bar.resize(1600, 200);
    QTRY_VERIFY(picker->isHidden());
    for (QToolButton *chip : chips()) {
        QVERIFY(!chip->isHidden());
        QCOMPARE(chip->isChecked(), chip->property("category").toString() == u"strike"_s);
    }
    document.filter()->clear();
    QVERIFY(!strike->isChecked());
}

QTEST_MAIN(TestFilterBar)
#include "tst_filterbar.moc"
