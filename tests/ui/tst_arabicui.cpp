// SPDX-License-Identifier: GPL-3.0-or-later
// The main window in Arabic and in English, as main() sets it up: Localization installs the
// translators, direction and fonts, Preferences give the formatter and the timeline's axis.
// Checks that the Arabic window mirrors, speaks Arabic, writes Arabic-Indic digits and shows
// Hijri dates when asked, and that the timeline's axis follows the preference.
#include "mainwindow.h"
#include "tst_languagesession.h"

#include "aboutdialog.h"
#include "chartspanel.h"

#include "atlasdocument.h"
#include "detailspane.h"
#include "documentloader.h"
#include "eventmodel.h"
#include "localization.h"
#include "preferences.h"
#include "preferencesdialog.h"
#include "timelinerenderer.h"
#include "timelineview.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFormLayout>
#include <QDockWidget>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QSet>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTextBrowser>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using Atlas::Language;
using AxisDirection = Atlas::TimelineView::AxisDirection;


namespace {

using Session = AtlasTest::LanguageSession;
using AtlasTest::saveScreenshot;

// Column "language": one row in Arabic, one in English.
void addLanguageRows()
{
    QTest::addColumn<Language>("language");
    QTest::newRow("ar") << Language::Arabic;
    QTest::newRow("en") << Language::English;
}

bool hasArabicIndicDigit(const QString &text)
{
    return std::any_of(text.cbegin(), text.cend(), [](QChar c) { return c.unicode() >= 0x0660 && c.unicode() <= 0x0669; });
}

bool hasArabicLetter(const QString &text)
{
    return std::any_of(text.cbegin(), text.cend(), [](QChar c) { return c.unicode() >= 0x0621 && c.unicode() <= 0x064A; });
}

} // namespace

class TestArabicUi : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QApplication::setOrganizationName(u"CoalitionAtlasTest"_s);
        QApplication::setApplicationName(u"tst_arabicui"_s);
        QSettings().clear();
    }

    void mirrorsAndTranslates_data()
    {
        QTest::addColumn<Language>("language");
        QTest::addColumn<Qt::LayoutDirection>("direction");
        QTest::addColumn<QString>("fileMenu");
        QTest::addColumn<QString>("openAction");
        QTest::addColumn<QString>("eventsDock");
        QTest::addColumn<Qt::DockWidgetArea>("mapArea");

        QTest::newRow("ar") << Language::Arabic << Qt::RightToLeft << u"ملف"_s << u"فتح مجموعة بيانات…"_s << u"الأحداث"_s
                            << Qt::RightDockWidgetArea;
        QTest::newRow("en") << Language::English << Qt::LeftToRight << u"&File"_s << u"&Open Dataset…"_s << u"Events"_s
                            << Qt::LeftDockWidgetArea;
    }

    void mirrorsAndTranslates()
    {
        QFETCH(Language, language);
        QFETCH(Qt::LayoutDirection, direction);
        QFETCH(QString, fileMenu);
        QFETCH(QString, openAction);
        QFETCH(QString, eventsDock);
        QFETCH(Qt::DockWidgetArea, mapArea);

        Session session(language);
        QVERIFY(session.loaded);
        Atlas::MainWindow &window = *session.window;
        QCOMPARE(QApplication::layoutDirection(), direction);
        QCOMPARE(window.layoutDirection(), direction);
        auto *dock = window.findChild<QDockWidget *>(u"eventsDock"_s);
        QVERIFY(dock);
        QCOMPARE(dock->layoutDirection(), direction);
        QCOMPARE(dock->windowTitle(), eventsDock);
        // The map sits on the side where reading starts: the left in English, the right in Arabic.
        auto *mapDock = window.findChild<QDockWidget *>(u"mapDock"_s);
        QVERIFY(mapDock);
        QCOMPARE(window.dockWidgetArea(mapDock), mapArea);
        auto *table = window.findChild<QTableView *>(u"eventTable"_s);
        QVERIFY(table);
        QCOMPARE(table->layoutDirection(), direction);
        auto *menu = window.menuBar()->findChild<QMenu *>(u"fileMenu"_s);
        QVERIFY(menu);
        QCOMPARE(menu->title(), fileMenu);
        auto *open = window.findChild<QAction *>(u"openDatasetAction"_s);
        QVERIFY(open);
        QCOMPARE(open->text(), openAction);
        QVERIFY(window.findChild<QAction *>(u"preferencesAction"_s));
    }

    void qtDialogsAreTranslated()
    {
        Session session(Language::Arabic);
        QVERIFY2(session.localization.hasQtTranslation(), "qtbase_ar.qm not found in QLibraryInfo::TranslationsPath");
        // Qt's own button texts, used by every QDialogButtonBox and QMessageBox.
        const QString cancel = QCoreApplication::translate("QPlatformTheme", "Cancel");
        QVERIFY2(cancel != u"Cancel"_s && hasArabicLetter(cancel), qPrintable(cancel));
    }

    void arabicDigitsInTheStatusBar_data()
    {
        QTest::addColumn<Language>("language");
        QTest::addColumn<bool>("arabicDigits");
        QTest::newRow("ar") << Language::Arabic << true;
        QTest::newRow("en") << Language::English << false;
    }

    void arabicDigitsInTheStatusBar()
    {
        QFETCH(Language, language);
        QFETCH(bool, arabicDigits);

        Atlas::Preferences preferences;
        preferences.digits = arabicDigits ? Atlas::DigitStyle::ArabicIndic : Atlas::DigitStyle::Latin;
        Session session(language, preferences);
        auto *count = session.window->findChild<QLabel *>(u"eventCount"_s);
        QVERIFY(count);
        QCOMPARE(hasArabicIndicDigit(count->text()), arabicDigits);
        QCOMPARE(hasArabicLetter(count->text()), language == Language::Arabic);
    }

    void hijriDatesInDetails_data()
    {
        QTest::addColumn<bool>("showHijri");
        QTest::newRow("shown") << true;
        QTest::newRow("hidden") << false;
    }

    void hijriDatesInDetails()
    {
        QFETCH(bool, showHijri);

        Atlas::Preferences preferences;
        preferences.showHijri = showHijri;
        Session session(Language::Arabic, preferences);
        const QString eventId = session.document.eventModel()->index(0, 0).data(Atlas::EventModel::IdRole).toString();
        QVERIFY(session.document.selectEvent(eventId));
        auto *details = session.window->findChild<Atlas::DetailsPane *>();
        QVERIFY(details);
        // The era "هـ" closes every Hijri date.
        QCOMPARE(details->html().contains(u"هـ"_s), showHijri);
        const QString tip = session.document.eventModel()->index(0, Atlas::EventModel::DateColumn).data(Qt::ToolTipRole).toString();
        QCOMPARE(tip.contains(u"هـ"_s), showHijri);
    }

    // In Arabic the details pane leads with the Arabic title and summary, marks the summary as
    // the dataset's translation and names the English text that follows; in English neither.
    void detailsLeadWithArabic_data() { addLanguageRows(); }

    void detailsLeadWithArabic()
    {
        QFETCH(Language, language);
        Session session(language);
        QVERIFY(session.loaded);
        const Atlas::Event &event = session.document.dataset().events.constFirst();
        QVERIFY(session.document.selectEvent(event.id));
        auto *details = session.window->findChild<Atlas::DetailsPane *>();
        QVERIFY(details);
        const QString shown = details->findChild<QTextBrowser *>()->toPlainText();
        const bool arabic = language == Language::Arabic;
        QCOMPARE(shown.section(u'\n', 0, 0), arabic ? event.title.ar : event.title.en);
        QCOMPARE(shown.indexOf(event.summary.ar) < shown.indexOf(event.summary.en), arabic);
        QCOMPARE(shown.contains(u"ترجمة مجموعة البيانات"_s), arabic);
        QCOMPARE(shown.contains(u"بالإنجليزية:"_s), arabic);
        QCOMPARE(shown.contains(u"The dataset's translation"_s), !arabic);

        const QString suffix = arabic ? u"-ar"_s : u"-en"_s;
        session.window->resize(1500, 950);
        session.window->show();
        QVERIFY(QTest::qWaitForWindowExposed(session.window.get()));
        saveScreenshot(details, u"details-event"_s + suffix);
        QVERIFY(session.document.selectFigure(session.document.dataset().figures.constFirst().id));
        saveScreenshot(details, u"details-figure"_s + suffix);
    }

    void timelineAxisFollowsPreference_data()
    {
        QTest::addColumn<Language>("language");
        QTest::addColumn<AxisDirection>("axis");
        QTest::addColumn<Qt::LayoutDirection>("expected");

        QTest::newRow("ar follow") << Language::Arabic << AxisDirection::FollowLayout << Qt::RightToLeft;
        QTest::newRow("ar ltr") << Language::Arabic << AxisDirection::AlwaysLeftToRight << Qt::LeftToRight;
        QTest::newRow("en follow") << Language::English << AxisDirection::FollowLayout << Qt::LeftToRight;
    }

    void timelineAxisFollowsPreference()
    {
        QFETCH(Language, language);
        QFETCH(AxisDirection, axis);
        QFETCH(Qt::LayoutDirection, expected);

        Atlas::Preferences preferences;
        preferences.axisDirection = axis;
        Session session(language, preferences);
        auto *timeline = session.window->findChild<Atlas::TimelineView *>(u"timeline"_s);
        QVERIFY(timeline);
        session.window->resize(1200, 800);
        session.window->show();
        QVERIFY(QTest::qWaitForWindowExposed(session.window.get()));
        QCOMPARE(timeline->axisDirection(), axis);
        QCOMPARE(timeline->scale().direction(), expected);
    }

    void dialogsMirror_data() { addLanguageRows(); }

    void dialogsMirror()
    {
        QFETCH(Language, language);

        Atlas::Preferences withHijri;
        withHijri.showHijri = true;
        Session session(language, withHijri);
        const bool rtl = language == Language::Arabic;
        const QString suffix = rtl ? u"-ar"_s : u"-en"_s;
        Atlas::PreferencesDialog preferences(Atlas::Preferences{}, language);
        preferences.resize(preferences.sizeHint());
        preferences.show();
        QVERIFY(QTest::qWaitForWindowExposed(&preferences));
        QCOMPARE(preferences.layoutDirection(), rtl ? Qt::RightToLeft : Qt::LeftToRight);
        // A form's label stands where reading starts: right of its field in Arabic.
        auto *field = preferences.findChild<QComboBox *>(u"languageChoice"_s);
        QVERIFY(field);
        auto *form = preferences.findChild<QFormLayout *>();
        QVERIFY(form);
        QWidget *label = form->labelForField(field);
        QVERIFY(label);
        QCOMPARE(label->geometry().center().x() > field->geometry().center().x(), rtl);
        saveScreenshot(&preferences, u"preferences"_s + suffix);

        Atlas::AboutDialog about(session.document.dataset());
        about.resize(700, 600);
        about.show();
        QVERIFY(QTest::qWaitForWindowExposed(&about));
        QCOMPARE(about.layoutDirection(), rtl ? Qt::RightToLeft : Qt::LeftToRight);
        saveScreenshot(&about, u"about"_s + suffix);

        session.window->resize(1500, 950);
        session.window->show();
        QVERIFY(QTest::qWaitForWindowExposed(session.window.get()));
        auto *charts = session.window->findChild<Atlas::ChartsPanel *>();
        QVERIFY(charts);
        // An event with a month-precision date and conflicting accounts, for the details pane.
        session.document.selectEvent(session.document.eventModel()->index(3, 0).data(Atlas::EventModel::IdRole).toString());
        session.window->findChild<QDockWidget *>(u"chartsDock"_s)->raise();
        charts->rebuildNow();
        QTest::qWait(150); // past the chart view's 60 ms relayout timer
        saveScreenshot(charts, u"chart"_s + suffix);
        saveScreenshot(session.window->findChild<Atlas::TimelineView *>(u"timeline"_s), u"timeline"_s + suffix);
        saveScreenshot(session.window.get(), u"main"_s + suffix);

        // For people only: the whole window at the smallest and a common size, each side dock and
        // table in turn (the checks never read these pictures).
        if (!qEnvironmentVariable("ATLAS_SCREENSHOT_DIR").isEmpty()) {
            for (const QSize size : {QSize(1024, 700), QSize(1600, 1000)}) {
                session.window->resize(size);
                for (const auto &[side, table] : {std::pair{"mapDock", "eventsDock"}, std::pair{"chartsDock", "figuresDock"}}) {
                    session.window->findChild<QDockWidget *>(QString::fromLatin1(side))->raise();
                    session.window->findChild<QDockWidget *>(QString::fromLatin1(table))->raise();
                    charts->rebuildNow();
                    QTest::qWait(400);
                    saveScreenshot(session.window.get(), u"window-%1x%2-%3%4"_s.arg(size.width()).arg(size.height())
                                                             .arg(QString::fromLatin1(side).chopped(4), suffix));
                }
            }
        }
    }

    // The timeline's legend stays compact at the smallest window (at most two rows, in Arabic
    // too) and loses no lane: each is named, shortened with its whole name in the tooltip, or
    // listed under "+N more". Screenshots of the timeline and the map at both sizes.
    void timelineAndMapAtCommonSizes_data()
    {
        QTest::addColumn<Language>("language");
        QTest::addColumn<QSize>("size");
        for (const QSize size : {QSize(1024, 700), QSize(1600, 1000)}) {
            QTest::addRow("ar %dx%d", size.width(), size.height()) << Language::Arabic << size;
            QTest::addRow("en %dx%d", size.width(), size.height()) << Language::English << size;
        }
    }
    void timelineAndMapAtCommonSizes()
    {
        QFETCH(Language, language);
        QFETCH(QSize, size);
        Session session(language);
        QVERIFY(session.loaded);
        session.window->resize(size);
        session.window->show();
        QVERIFY(QTest::qWaitForWindowExposed(session.window.get()));
        auto *timeline = session.window->findChild<Atlas::TimelineView *>(u"timeline"_s);
        QVERIFY(timeline);
        QTest::qWait(100);
        const QList<Atlas::TimelineRenderer::LegendEntry> entries = timeline->legendEntries();
        QSet<double> rows;
        QStringList accounted;
        for (const Atlas::TimelineRenderer::LegendEntry &entry : entries) {
            rows.insert(entry.rect.top());
            QVERIFY2(entry.rect.left() >= 0 && entry.rect.right() <= timeline->width(), qPrintable(entry.text));
            if (entry.kind == Atlas::TimelineRenderer::LegendEntry::Category)
                accounted.append(entry.category);
            accounted.append(entry.moreCategories);
        }
        QVERIFY2(rows.size() <= 2, qPrintable(QString::number(rows.size())));
        QStringList categories = timeline->categories();
        categories.sort();
        accounted.sort();
        QCOMPARE(accounted, categories);

        const QString suffix = u"-%1x%2-%3"_s.arg(size.width()).arg(size.height())
                                   .arg(language == Language::Arabic ? u"ar"_s : u"en"_s);
        saveScreenshot(timeline, u"timeline"_s + suffix);
        session.window->findChild<QDockWidget *>(u"mapDock"_s)->raise();
        QTest::qWait(300);
        if (auto *map = session.window->findChild<QDockWidget *>(u"mapDock"_s)->widget())
            saveScreenshot(map, u"map"_s + suffix);
    }

    void preferencesRoundTrip()
    {
        Atlas::Preferences chosen;
        chosen.language = Language::Arabic;
        chosen.digits = Atlas::DigitStyle::Latin;
        chosen.monthNames = Atlas::ArabicMonthNames::Egyptian;
        chosen.showHijri = true;
        chosen.axisDirection = AxisDirection::AlwaysLeftToRight;
        QSettings settings;
        chosen.save(settings);
        QCOMPARE(Atlas::Preferences::load(settings), chosen);

        // The dialog shows what is stored and gives it back unchanged.
        Atlas::PreferencesDialog dialog(chosen, Language::English);
        QCOMPARE(dialog.preferences(), chosen);
        auto *months = dialog.findChild<QComboBox *>(u"monthNamesChoice"_s);
        QVERIFY(months);
        QVERIFY(months->itemText(0).contains(u"كانون الثاني"_s));
        QVERIFY(months->itemText(1).contains(u"يناير"_s));
        settings.clear();
    }
};

QTEST_MAIN(TestArabicUi)
#include "tst_arabicui.moc"
