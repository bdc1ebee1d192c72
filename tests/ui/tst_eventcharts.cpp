// SPDX-License-Identifier: GPL-3.0-or-later
#include "chartcatalog.h"
#include "chartdatabuilder.h"
#include "chartexport.h"
#include "chartspanel.h"
#include "chartscene.h"

#include "atlasdocument.h"
#include "documentloader.h"
#include "eventfiltermodel.h"
#include "eventmodel.h"
#include "filtercriteria.h"

#include <QFile>
#include <QGuiApplication>
#include <QImage>
#include <QTemporaryDir>
#include <QTimer>
#include <QTest>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace {

const QStringList EventCharts = { u"events-by-category"_s, u"events-by-actor"_s, u"events-by-country"_s,
                                  u"events-by-place"_s, u"fatalities-by-category"_s };

double chartTotal(const Atlas::ChartData &data)
{
    double total = 0;
    for (const Atlas::ChartPanel &panel : data.panels)
        for (const Atlas::ChartSeries &series : panel.series)
            for (const Atlas::ChartItem &item : series.items)
                total += item.value.value_or(0);
    return total;
}

} // namespace

/*
 * The event charts of the bundled dataset: their bars add up to the events that pass the
 * document's filter (or their fatalities), whatever the filter; the catalogue lists them; the
 * charts pane follows a filter change; and they export to PNG and SVG like the figure charts.
 */
class TestEventCharts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void catalogueListsEventCharts();
    void totalsEqualFilteredEvents_data();
    void totalsEqualFilteredEvents();
    void panelFollowsFilter();
    void exports_data();
    void exports();

private:
    Atlas::AtlasDocument m_document;
    QTemporaryDir m_dir;
};

void TestEventCharts::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QStringList errors;
    QVERIFY2(Atlas::loadDocument(m_document, Atlas::AtlasDocument::bundledDatasetPath(), &errors),
             qPrintable(errors.join(u'\n')));
    QVERIFY(m_document.eventFilterModel()->rowCount() > 20);
}

void TestEventCharts::init()
{
    m_document.filter()->clear();
}

void TestEventCharts::catalogueListsEventCharts()
{
    for (const QString &name : EventCharts) {
        QVERIFY2(Atlas::ChartCatalog::names().contains(name), qPrintable(name));
        QVERIFY(Atlas::ChartCatalog::definition(name)->events.has_value());
        QVERIFY(!Atlas::ChartCatalog::title(name).isEmpty());
    }
    QVERIFY(!Atlas::ChartCatalog::definition(u"troops"_s)->events.has_value());
}

void TestEventCharts::totalsEqualFilteredEvents_data()
{
    QTest::addColumn<QString>("chart");
    QTest::addColumn<int>("filter");
    for (const QString &name : EventCharts)
        for (int filter : { 0, 1, 2 })
            QTest::addRow("%s/filter%d", qPrintable(name), filter) << name << filter;
}

void TestEventCharts::totalsEqualFilteredEvents()
{
    QFETCH(QString, chart);
    QFETCH(int, filter);
    if (filter == 1)
        m_document.filter()->setTimeWindow(QDate(2017, 1, 1), QDate(2020, 12, 31));
    else if (filter == 2)
        m_document.filter()->setQuery(u"Syria"_s);

    const Atlas::EventFilterModel *events = m_document.eventFilterModel();
    QVERIFY(events->rowCount() > 0);
    QVERIFY(filter == 0 || events->rowCount() < m_document.eventModel()->rowCount());
    double expected = 0;
    const bool fatalities = Atlas::ChartCatalog::definition(chart)->events->fatalities;
    for (int row = 0; row < events->rowCount(); ++row) {
        const Atlas::Event &event = m_document.dataset().events.at(events->sourceRowAt(row));
        expected += fatalities ? (event.fatalities.best ? std::round(*event.fatalities.best) : 0.0) : 1.0;
    }

    const Atlas::ChartData data = Atlas::ChartDataBuilder(Atlas::ChartContext::fromDocument(m_document, false)).build(chart);
    QCOMPARE(chartTotal(data), expected);
    QCOMPARE(data.isEmpty(), expected == 0);
    for (const Atlas::ChartPanel &panel : data.panels) {
        QCOMPARE(panel.kind, Atlas::ChartPanelKind::Periods);
        QVERIFY(!panel.title.isEmpty());
        QVERIFY(!panel.valueAxisTitle.isEmpty());
    }
}

void TestEventCharts::panelFollowsFilter()
{
    Atlas::ChartsPanel panel(&m_document);
    panel.showChart(u"events-by-category"_s);
    panel.rebuildNow();
    const double all = chartTotal(panel.chartScene()->chartData());
    QCOMPARE(all, double(m_document.eventFilterModel()->rowCount()));

    m_document.filter()->setTimeWindow(QDate(2019, 1, 1), QDate(2019, 12, 31));
    // The filter change schedules a rebuild (deferred to the event loop); run it now.
    const QList<QTimer *> timers = panel.findChildren<QTimer *>();
    QVERIFY(std::any_of(timers.cbegin(), timers.cend(), [](const QTimer *timer) { return timer->isActive(); }));
    panel.rebuildNow();
    QVERIFY(chartTotal(panel.chartScene()->chartData()) < all);
    QCOMPARE(chartTotal(panel.chartScene()->chartData()), double(m_document.eventFilterModel()->rowCount()));
}

void TestEventCharts::exports_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<bool>("arabic");
    for (const char *format : { "png", "svg" }) {
        QTest::addRow("%s, English", format) << QString::fromLatin1(format) << false;
        QTest::addRow("%s, Arabic", format) << QString::fromLatin1(format) << true;
    }
}

void TestEventCharts::exports()
{
    QFETCH(QString, format);
    QFETCH(bool, arabic);
    m_document.setLanguage(arabic ? Atlas::Language::Arabic : Atlas::Language::English);
    Atlas::ChartExportOptions options;
    options.chartName = u"events-by-category"_s;
    options.fileName = m_dir.filePath(u"events-%1.%2"_s.arg(arabic ? u"ar"_s : u"en"_s, format));
    options.filter = m_document.filter()->state();
    QString error;
    QVERIFY2(Atlas::exportChart(m_document, options, &error), qPrintable(error));
    if (format == u"png"_s) {
        const QImage image(options.fileName);
        QCOMPARE(image.size(), options.size);
    } else {
        QFile file(options.fileName);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString svg = QString::fromUtf8(file.readAll());
        QVERIFY(svg.contains(u"<svg"_s));
        QVERIFY(svg.contains(Atlas::ChartCatalog::title(options.chartName).toHtmlEscaped()));
    }
    m_document.setLanguage(Atlas::Language::English);
}

QTEST_MAIN(TestEventCharts)
#include "tst_eventcharts.moc"
