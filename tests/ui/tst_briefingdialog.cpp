// SPDX-License-Identifier: GPL-3.0-or-later
// BriefingDialog: the options it shows are the options it returns, and accepted options are
// remembered for the next time.
#include "atlasdocument.h"
#include "briefingdialog.h"
#include "documentloader.h"

#include <QCoreApplication>
#include <QSettings>
#include <QStandardPaths>
#include <QCheckBox>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Atlas;

class TestBriefingDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void optionsRoundTrip_data();
    void optionsRoundTrip();
    void acceptedOptionsAreRemembered();
    void appendixIsAnOptionRemembered_data();
    void appendixIsAnOptionRemembered();
    void screenshot();

private:
    AtlasDocument m_document;
};

void TestBriefingDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"CoalitionAtlasTest"_s);
    QCoreApplication::setApplicationName(u"tst_briefingdialog"_s);
    QSettings().clear();
    QStringList errors;
    QVERIFY2(loadDocument(m_document, AtlasDocument::bundledDatasetPath(), &errors), qPrintable(errors.join(u'\n')));
}

void TestBriefingDialog::optionsRoundTrip_data()
{
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("from"); // empty: the view's window
    QTest::addColumn<QString>("to");
    QTest::addColumn<int>("paper");
    QTest::addColumn<int>("orientation");
    QTest::addColumn<int>("sections");
    QTest::addColumn<QStringList>("charts");
    QTest::addColumn<int>("mode");
    QTest::addColumn<int>("digits"); // -1: as the application
    QTest::newRow("defaults") << QString() << QString() << QString() << int(QPageSize::A4) << int(QPageLayout::Portrait)
                              << int(BriefingOptions().sections.toInt()) << QStringList { u"troops"_s } << int(BriefingAtlasMode::None) << -1;
    QTest::newRow("letter landscape, two charts, by year")
        << u"Weekly brief"_s << u"2020-01-01"_s << u"2021-06-30"_s << int(QPageSize::Letter) << int(QPageLayout::Landscape)
        << int((BriefingSections(BriefingSection::Map) | BriefingSection::Events).toInt()) << QStringList { u"troops"_s, u"attacks"_s }
        << int(BriefingAtlasMode::Year) << int(DigitStyle::ArabicIndic);
    QTest::newRow("sites, no charts") << u"Sites"_s << u"2014-01-01"_s << u"2024-12-31"_s << int(QPageSize::A4)
                                      << int(QPageLayout::Portrait) << int(BriefingSections(BriefingSection::KeyFigures).toInt())
                                      << QStringList() << int(BriefingAtlasMode::Site) << int(DigitStyle::Latin);
}

void TestBriefingDialog::optionsRoundTrip()
{
    QFETCH(QString, title);
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(int, paper);
    QFETCH(int, orientation);
    QFETCH(int, sections);
    QFETCH(QStringList, charts);
    QFETCH(int, mode);
    QFETCH(int, digits);
    BriefingOptions options;
    options.title = title;
    options.from = QDate::fromString(from, Qt::ISODate);
    options.to = QDate::fromString(to, Qt::ISODate);
    options.useDocumentWindow = from.isEmpty();
    options.paper = QPageSize::PageSizeId(paper);
    options.orientation = QPageLayout::Orientation(orientation);
    options.sections = BriefingSections::fromInt(uint(sections));
    options.charts = charts;
    options.atlasMode = BriefingAtlasMode(mode);
    if (digits >= 0)
        options.digits = DigitStyle(digits);
    BriefingDialog dialog(&m_document);
    dialog.setOptions(options);
    const BriefingOptions shown = dialog.options();
    QCOMPARE(shown.title, title);
    QCOMPARE(shown.useDocumentWindow, from.isEmpty());
    if (!from.isEmpty()) {
        QCOMPARE(shown.from, options.from);
        QCOMPARE(shown.to, options.to);
    }
    QCOMPARE(int(shown.paper), paper);
    QCOMPARE(int(shown.orientation), orientation);
    QCOMPARE(int(shown.sections.toInt()), sections);
    QCOMPARE(shown.charts, charts);
    QCOMPARE(int(shown.atlasMode), mode);
    QCOMPARE(shown.digits.has_value(), digits >= 0);
    if (digits >= 0)
        QCOMPARE(int(*shown.digits), digits);
    QCOMPARE(shown.language, std::optional<Language>(m_document.language()));
}

void TestBriefingDialog::acceptedOptionsAreRemembered()
{
    BriefingOptions options;
    options.title = u"Remembered title"_s;
    options.paper = QPageSize::Letter;
    options.orientation = QPageLayout::Landscape;
    options.charts = { u"attacks"_s };
    options.atlasMode = BriefingAtlasMode::Site;
    {
        BriefingDialog dialog(&m_document);
        dialog.setOptions(options);
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
    }
    const BriefingOptions saved = BriefingDialog::savedOptions();
    QCOMPARE(saved.title, options.title);
    QCOMPARE(saved.paper, QPageSize::Letter);
    QCOMPARE(saved.orientation, QPageLayout::Landscape);
    QCOMPARE(saved.charts, options.charts);
    QCOMPARE(saved.atlasMode, BriefingAtlasMode::Site);
    BriefingDialog next(&m_document);
    QCOMPARE(next.options().title, options.title);
}

void TestBriefingDialog::appendixIsAnOptionRemembered_data()
{
    QTest::addColumn<bool>("appendix");
    QTest::addColumn<bool>("events"); // the appendix is a list of events: off with the events section
    QTest::newRow("appendix") << true << true;
    QTest::newRow("summary only") << false << true;
    QTest::newRow("appendix kept while the events are off") << true << false;
}

void TestBriefingDialog::appendixIsAnOptionRemembered()
{
    QFETCH(bool, appendix);
    QFETCH(bool, events);
    BriefingOptions options;
    options.appendix = appendix;
    options.sections.setFlag(BriefingSection::Events, events);
    {
        BriefingDialog dialog(&m_document);
        dialog.setOptions(options);
        QCOMPARE(dialog.options().appendix, appendix);
        const QList<QCheckBox *> boxes = dialog.findChildren<QCheckBox *>();
        const auto found = std::find_if(boxes.cbegin(), boxes.cend(), [](const QCheckBox *b) { return b->text().contains(u"appendix"_s); });
        QVERIFY(found != boxes.cend());
        QCOMPARE((*found)->isEnabled(), events);
        dialog.accept();
    }
    QCOMPARE(BriefingDialog::savedOptions().appendix, appendix);
}

void TestBriefingDialog::screenshot()
{
    BriefingDialog dialog(&m_document);
    dialog.adjustSize();
    const QImage image = dialog.grab().toImage();
    QVERIFY(image.width() > 200 && image.height() > 200);
    const QString keep = qEnvironmentVariable("ATLAS_BRIEFING_OUTPUT");
    if (!keep.isEmpty())
        QVERIFY(image.save(keep + u"/dialog.png"_s));
}

QTEST_MAIN(TestBriefingDialog)
#include "tst_briefingdialog.moc"
