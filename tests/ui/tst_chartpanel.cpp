// SPDX-License-Identifier: GPL-3.0-or-later
#include "tst_chartfixture.h"

#include "chartcatalog.h"
#include "chartdatabuilder.h"
#include "chartscene.h"
#include "chartspanel.h"
#include "chartstyle.h"
#include "localization.h"

#include "atlasdocument.h"
#include "documentloader.h"
#include "figurefiltermodel.h"
#include "figuremodel.h"
#include "filtercriteria.h"
#include "formatter.h"

#include <QFontMetricsF>
#include <QGraphicsView>
#include <QGuiApplication>
#include <QHelpEvent>
#include <QImage>
#include <QItemSelectionModel>
#include <QMap>
#include <QMetaEnum>
#include <QPainter>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QToolTip>

#include <cmath>
#include <memory>

using namespace Qt::StringLiterals;
using Atlas::ChartPanelKind;

Q_DECLARE_METATYPE(Atlas::ChartPanelKind)
Q_DECLARE_METATYPE(Atlas::Language)

namespace {

// The charts of figures; the event charts have tests of their own (tst_eventcharts).
QStringList figureCharts()
{
    QStringList names;
    for (const QString &name : Atlas::ChartCatalog::names()) {
        if (!Atlas::ChartCatalog::definition(name)->events)
            names.append(name);
    }
    return names;
}


// The colour of each series, by key.
QMap<QString, int> seriesColours(const Atlas::ChartData &data)
{
    QMap<QString, int> result;
    for (const Atlas::ChartPanel &panel : data.panels)
        for (const Atlas::ChartSeries &series : panel.series)
            result.insert(series.key, series.colorIndex);
    return result;
}

// The series keys in the order the chart lists them.
QStringList seriesKeys(const Atlas::ChartData &data)
{
    QStringList result;
    for (const Atlas::ChartPanel &panel : data.panels)
        for (const Atlas::ChartSeries &series : panel.series)
            result.append(series.key);
    return result;
}

// The sizes charts are drawn at: the export default, a whole 1600 × 1000 page, and the charts
// dock of a 1600 × 1000 window.
const QList<QSize> &pageSizes()
{
    static const QList<QSize> sizes = { { 1200, 800 }, { 1600, 1000 }, { 460, 600 } };
    return sizes;
}

QString describe(const QRectF &rect)
{
    return u"(%1, %2 %3×%4)"_s.arg(rect.x(), 0, 'f', 1).arg(rect.y(), 0, 'f', 1).arg(rect.width(), 0, 'f', 1)
        .arg(rect.height(), 0, 'f', 1);
}

// Whether a drawn line runs through a rect: a point of it, every half pixel, lies inside.
bool crosses(const QLineF &line, const QRectF &rect)
{
    const int steps = std::max(1, int(std::ceil(line.length() * 2)));
    for (int i = 0; i <= steps; ++i) {
        if (rect.contains(line.pointAt(double(i) / steps)))
            return true;
    }
    return false;
}

// Shows the charts pane at a fixed size with `chart` drawn; its view, or null.
QGraphicsView *showPanel(Atlas::ChartsPanel &panel, const QString &chart)
{
    panel.resize(1100, 760);
    panel.show();
    if (!QTest::qWaitForWindowExposed(&panel))
        return nullptr;
    panel.showChart(chart);
    panel.rebuildNow();
    return panel.findChild<QGraphicsView *>();
}

// A chart label without the isolate its first value is set in ("⁦2,500⁩, 2024" -> "2,500⁩, 2024").
QString fromFirstValue(const QString &label)
{
    return label.startsWith(QChar(0x2066)) || label.startsWith(QChar(0x2067)) ? label.mid(1) : label;
}

QString withoutBidiMarks(QString text)
{
    static const QRegularExpression marks(u"[\\x{200E}\\x{200F}\\x{061C}\\x{202A}-\\x{202E}\\x{2066}-\\x{2069}]"_s);
    return text.remove(marks);
}

// Rows for every chart in both languages, from the fixture and from the bundled dataset, at every
// page size.
void addChartRows(bool allSizes = true)
{
    QTest::addColumn<bool>("bundled");
    QTest::addColumn<QString>("chart");
    QTest::addColumn<Atlas::Language>("language");
    QTest::addColumn<QSize>("size");
    for (const bool bundled : { false, true }) {
        for (const QString &chart : figureCharts()) {
            for (const Atlas::Language language : { Atlas::Language::English, Atlas::Language::Arabic }) {
                for (const QSize size : pageSizes()) {
                    if (!allSizes && size != pageSizes().first() && size != pageSizes().last())
                        continue;
                    QTest::addRow("%s, %s, %s, %dx%d", bundled ? "bundled" : "fixture", qPrintable(chart),
                                  language == Atlas::Language::Arabic ? "Arabic" : "English", size.width(), size.height())
                        << bundled << chart << language << size;
                }
            }
        }
    }
}

} // namespace

/*
 * The charts as specifications: every figure of a metric group lands in its chart, in the panel
 * its kind asks for (levels, periods, changes), with its value — ranges kept as min and max and
 * drawn as whiskers from min to max, never a midpoint; qualifiers marked; sources named. The
 * panel follows the time window and the language (right to left), and a click on a figure
 * selects it in the document. A series keeps its colour whatever the figures table is sorted by
 * and whatever the filter hides.
 */
class TestChartPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void catalogue();
    void itemsMatchFigures_data();
    void itemsMatchFigures();
    void chartShape_data();
    void chartShape();
    void qualifiersAreMarked_data();
    void qualifiersAreMarked();
    void sourcesAreNamed_data();
    void sourcesAreNamed();
    void followsTimeWindow_data();
    void followsTimeWindow();
    void followsLanguage_data();
    void followsLanguage();
    void coloursIgnoreTableSort_data();
    void coloursIgnoreTableSort();
    void coloursIgnoreFilter_data();
    void coloursIgnoreFilter();
    void clickSelectsFigure_data();
    void clickSelectsFigure();
    void bundledDataset_data();
    void bundledDataset();
    void labelsStayClear_data();
    void labelsStayClear();
    void axesAreReadable_data();
    void axesAreReadable();
    void fillsAreLegendColours_data();
    void fillsAreLegendColours();
    void smallPagesKeepTheirPlots_data();
    void smallPagesKeepTheirPlots();
    void territoryInPercent_data();
    void territoryInPercent();
    void toolTipStaysWhileHovering_data();
    void toolTipStaysWhileHovering();

private:
    Atlas::ChartData build(const QString &chart) const
    {
        return Atlas::ChartDataBuilder(Atlas::ChartContext::fromDocument(m_document, false)).build(chart);
    }
    // The document a row asks for, in its language as the application sets it up: translators,
    // direction, and Arabic-Indic digits for Arabic.
    Atlas::AtlasDocument &document(bool bundled, Atlas::Language language)
    {
        Atlas::AtlasDocument &result = bundled ? m_bundled : m_document;
        m_localization.setLanguage(language);
        result.setLanguage(language);
        result.setFormatter(Atlas::Formatter(language, language == Atlas::Language::Arabic ? Atlas::DigitStyle::ArabicIndic
                                                                                            : Atlas::DigitStyle::Latin));
        return result;
    }
    static Atlas::ChartData build(const Atlas::AtlasDocument &document, const QString &chart)
    {
        const bool rtl = document.language() == Atlas::Language::Arabic;
        return Atlas::ChartDataBuilder(Atlas::ChartContext::fromDocument(document, rtl)).build(chart);
    }
    // The chart a row of addChartRows() asks for, laid out at the row's size.
    std::unique_ptr<Atlas::ChartScene> rowScene()
    {
        QFETCH(bool, bundled);
        QFETCH(QString, chart);
        QFETCH(Atlas::Language, language);
        QFETCH(QSize, size);
        auto scene = std::make_unique<Atlas::ChartScene>();
        scene->setChartData(build(document(bundled, language), chart));
        scene->layoutPage(QSizeF(size));
        return scene;
    }

    Atlas::Localization m_localization;
    Atlas::AtlasDocument m_document;
    Atlas::AtlasDocument m_bundled;
};

void TestChartPanel::initTestCase()
{
    m_document.setDataset(ChartFixture::dataset(), u"chart-fixture"_s, QString());
    QStringList errors;
    QVERIFY2(Atlas::loadDocument(m_bundled, Atlas::AtlasDocument::bundledDatasetPath(), &errors),
             qPrintable(errors.join(u'\n')));
}

void TestChartPanel::init()
{
    m_localization.setLanguage(Atlas::Language::English);
    m_document.setLanguage(Atlas::Language::English);
    m_document.setFormatter(Atlas::Formatter(Atlas::Language::English));
    m_document.filter()->clear();
    m_document.figureFilterModel()->sort(-1); // the model's own order
    QGuiApplication::setLayoutDirection(Qt::LeftToRight);
}

void TestChartPanel::catalogue()
{
    const QStringList names = Atlas::ChartCatalog::names();
    QCOMPARE(QSet<QString>(names.cbegin(), names.cend()).size(), names.size());
    for (const QString &expected : { u"troops"_s, u"airstrikes"_s, u"attacks"_s, u"strength"_s, u"membership"_s })
        QVERIFY2(names.contains(expected), qPrintable(expected));
    for (const QString &name : names) {
        QVERIFY(!Atlas::ChartCatalog::title(name).isEmpty());
        QCOMPARE(Atlas::ChartCatalog::definition(name)->metrics.isEmpty(), Atlas::ChartCatalog::definition(name)->events.has_value());
    }
    QVERIFY(Atlas::ChartCatalog::title(u"no-such-chart"_s).isEmpty());
    QVERIFY(!Atlas::ChartCatalog::definition(u"no-such-chart"_s));
}

void TestChartPanel::itemsMatchFigures_data()
{
    QTest::addColumn<QString>("chart");
    QTest::addColumn<QString>("figureId");
    QTest::addColumn<ChartPanelKind>("panel");
    QTest::addColumn<double>("value"); // NaN: a range
    QTest::addColumn<double>("min");
    QTest::addColumn<double>("max");
    const double none = std::nan("");
    QTest::newRow("troops, about") << u"troops"_s << u"us-sy-2021"_s << ChartPanelKind::Levels << 900.0 << none << none;
    QTest::newRow("troops, same value later") << u"troops"_s << u"us-sy-2024"_s << ChartPanelKind::Levels << 900.0 << none << none;
    QTest::newRow("troops, Iraq") << u"troops"_s << u"us-iq-2024"_s << ChartPanelKind::Levels << 2500.0 << none << none;
    QTest::newRow("troops, two theatres") << u"troops"_s << u"gb-2021"_s << ChartPanelKind::Levels << 400.0 << none << none;
    QTest::newRow("airstrikes, Syria") << u"airstrikes"_s << u"strikes-sy"_s << ChartPanelKind::Periods << 19873.0 << none << none;
    QTest::newRow("airstrikes, Iraq") << u"airstrikes"_s << u"strikes-iq"_s << ChartPanelKind::Periods << 14862.0 << none << none;
    QTest::newRow("attacks, count") << u"attacks"_s << u"attacks-2024"_s << ChartPanelKind::Periods << 500.0 << none << none;
    QTest::newRow("attacks, decrease Iraq") << u"attacks"_s << u"attacks-iq-change"_s << ChartPanelKind::Changes << -68.0 << none << none;
    QTest::newRow("attacks, decrease Syria") << u"attacks"_s << u"attacks-sy-change"_s << ChartPanelKind::Changes << -55.0 << none << none;
    QTest::newRow("strength, UN range") << u"strength"_s << u"un-fighters"_s << ChartPanelKind::Levels << none << 1500.0 << 3000.0;
    QTest::newRow("strength, members range") << u"strength"_s << u"un-members"_s << ChartPanelKind::Levels << none << 5000.0 << 7000.0;
    QTest::newRow("strength, point estimate") << u"strength"_s << u"usintel-fighters"_s << ChartPanelKind::Levels << 2500.0 << none << none;
    QTest::newRow("membership, 83") << u"membership"_s << u"members-83"_s << ChartPanelKind::Levels << 83.0 << none << none;
    QTest::newRow("membership, 84") << u"membership"_s << u"members-84"_s << ChartPanelKind::Levels << 84.0 << none << none;
    QTest::newRow("membership, more than 40") << u"membership"_s << u"participants-40"_s << ChartPanelKind::Levels << 40.0 << none << none;
}

void TestChartPanel::itemsMatchFigures()
{
    QFETCH(QString, chart);
    QFETCH(QString, figureId);
    QFETCH(ChartPanelKind, panel);
    QFETCH(double, value);
    QFETCH(double, min);
    QFETCH(double, max);

    const Atlas::ChartData data = build(chart);
    const Atlas::ChartItem *item = data.item(figureId);
    QVERIFY2(item, qPrintable(figureId));
    bool inPanel = false;
    for (const Atlas::ChartPanel &p : data.panels) {
        for (const Atlas::ChartSeries &series : p.series) {
            for (const Atlas::ChartItem &i : series.items)
                inPanel = inPanel || (i.figureId == figureId && p.kind == panel);
        }
    }
    QVERIFY(inPanel);
    const bool isRange = std::isnan(value);
    QCOMPARE(item->isRange(), isRange);
    if (isRange) {
        QVERIFY(!item->value);
        QCOMPARE(*item->min, min);
        QCOMPARE(*item->max, max);
    } else {
        QCOMPARE(*item->value, value);
    }

    // What QtCharts holds: the same numbers, ranges from min to max.
    Atlas::ChartScene scene;
    scene.setChartData(data);
    scene.layoutPage(QSizeF(1200, 800));
    const QList<Atlas::ChartScene::DrawnSeries> drawn = scene.drawnSeries();
    bool found = false;
    for (const Atlas::ChartScene::DrawnSeries &series : drawn) {
        if (panel == ChartPanelKind::Levels && !isRange && series.role == u"points"_s) {
            for (const QPointF &point : series.points)
                found = found || qFuzzyCompare(point.y(), value);
        } else if (panel == ChartPanelKind::Levels && isRange && series.figureId == figureId) {
            QCOMPARE(series.role, u"whisker"_s);
            QList<double> ys;
            for (const QPointF &point : series.points)
                ys.append(std::round(point.y()));
            QVERIFY(ys.contains(min));
            QVERIFY(ys.contains(max));
            QVERIFY2(!ys.contains((min + max) / 2), "a range is never drawn at its midpoint");
            found = true;
        } else if (panel == ChartPanelKind::Periods && series.figureId == figureId) {
            QCOMPARE(series.role, u"bar"_s);
            QCOMPARE(series.points.size(), 2);
            QCOMPARE(series.points.at(0).y(), value);
            QCOMPARE(series.lowerPoints.at(0).y(), 0.0);
            QVERIFY(series.points.at(1).x() > series.points.at(0).x()); // spans its period
            found = true;
        } else if (panel == ChartPanelKind::Changes && series.figureId == figureId) {
            QCOMPARE(series.role, u"bar"_s);
            QCOMPARE(series.points.at(0).x(), 0.0);
            QCOMPARE(series.points.at(1).x(), value); // diverging from zero
            found = true;
        }
    }
    QVERIFY2(found, qPrintable(figureId));
    QVERIFY(!scene.figureRect(figureId).isEmpty());
    QCOMPARE(scene.figureAt(scene.figurePoint(figureId)), figureId);
}

void TestChartPanel::chartShape_data()
{
    QTest::addColumn<QString>("chart");
    QTest::addColumn<QList<ChartPanelKind>>("panels");
    QTest::addColumn<QStringList>("seriesNames");
    QTest::addColumn<int>("items");
    QTest::newRow("troops") << u"troops"_s << QList<ChartPanelKind>{ ChartPanelKind::Levels }
                            << QStringList{ u"United States · Syria"_s, u"United States · Iraq"_s,
                                            u"United Kingdom · Iraq and Syria"_s }
                            << 4;
    QTest::newRow("airstrikes") << u"airstrikes"_s << QList<ChartPanelKind>{ ChartPanelKind::Periods }
                                << QStringList{ u"Syria"_s, u"Iraq"_s } << 2;
    QTest::newRow("attacks") << u"attacks"_s
                             << QList<ChartPanelKind>{ ChartPanelKind::Periods, ChartPanelKind::Changes }
                             << QStringList{ u"Iraq and Syria"_s, u"Iraq"_s, u"Syria"_s } << 3;
    QTest::newRow("strength, by estimator and metric")
        << u"strength"_s << QList<ChartPanelKind>{ ChartPanelKind::Levels } << QStringList{ u"United Nations"_s, u"US intelligence"_s }
        << 3;
    QTest::newRow("membership") << u"membership"_s << QList<ChartPanelKind>{ ChartPanelKind::Levels } << QStringList{} << 3;
}

void TestChartPanel::chartShape()
{
    QFETCH(QString, chart);
    QFETCH(QList<ChartPanelKind>, panels);
    QFETCH(QStringList, seriesNames);
    QFETCH(int, items);

    const Atlas::ChartData data = build(chart);
    QCOMPARE(data.name, chart);
    QCOMPARE(data.title, Atlas::ChartCatalog::title(chart));
    QList<ChartPanelKind> kinds;
    int count = 0;
    QStringList names;
    for (const Atlas::ChartPanel &panel : data.panels) {
        kinds.append(panel.kind);
        count += panel.itemCount();
        QVERIFY(!panel.valueAxisTitle.isEmpty());
        QCOMPARE(panel.timeAxisTitle.isEmpty(), panel.kind == ChartPanelKind::Changes);
        for (const Atlas::ChartSeries &series : panel.series)
            names.append(series.name);
    }
    QCOMPARE(kinds, panels);
    QCOMPARE(count, items);
    for (const QString &name : seriesNames)
        QVERIFY2(std::any_of(names.cbegin(), names.cend(), [&name](const QString &n) { return n.contains(name); }),
                 qPrintable(name + u" in "_s + names.join(u", "_s)));
    QVERIFY2(!data.item(u"money"_s), "a metric of no chart stays out");

    // Every text the chart needs is in the scene: title, series names (legend), axis units.
    Atlas::ChartScene scene;
    scene.setChartData(data);
    scene.layoutPage(QSizeF(1200, 800));
    const QStringList texts = scene.texts();
    QVERIFY(texts.contains(data.title));
    QVERIFY(texts.contains(data.sourceLine));
    for (const QString &name : names)
        QVERIFY2(texts.contains(name), qPrintable(name));
}

void TestChartPanel::qualifiersAreMarked_data()
{
    QTest::addColumn<QString>("chart");
    QTest::addColumn<QString>("figureId");
    QTest::addColumn<QString>("mark");
    QTest::newRow("about") << u"troops"_s << u"us-sy-2021"_s << u"≈"_s;
    QTest::newRow("exact") << u"troops"_s << u"us-iq-2024"_s << QString();
    QTest::newRow("more than") << u"membership"_s << u"participants-40"_s << u">"_s;
    QTest::newRow("about, a flow") << u"attacks"_s << u"attacks-2024"_s << u"≈"_s;
}

void TestChartPanel::qualifiersAreMarked()
{
    QFETCH(QString, chart);
    QFETCH(QString, figureId);
    QFETCH(QString, mark);
    const Atlas::ChartData data = build(chart);
    const Atlas::ChartItem *item = data.item(figureId);
    QVERIFY(item);
    QCOMPARE(item->marker, mark);
    const Atlas::Formatter format(Atlas::Language::English);
    QCOMPARE(item->numberText, mark + format.number(*item->value));
    QVERIFY(fromFirstValue(item->label).startsWith(item->numberText));
    QVERIFY2(item->label.contains(item->dateText), "each value shows its date");
    if (!mark.isEmpty())
        QVERIFY2(data.notes.join(u' ').contains(mark), "the legend note explains the mark");
}

void TestChartPanel::sourcesAreNamed_data()
{
    QTest::addColumn<QString>("chart");
    QTest::addColumn<QStringList>("outlets");
    QTest::newRow("troops") << u"troops"_s << QStringList{ u"Step News Agency"_s, u"Islamist Movements Portal"_s };
    QTest::newRow("airstrikes") << u"airstrikes"_s << QStringList{ u"Step News Agency"_s };
    QTest::newRow("strength") << u"strength"_s << QStringList{ u"Islamist Movements Portal"_s };
}

void TestChartPanel::sourcesAreNamed()
{
    QFETCH(QString, chart);
    QFETCH(QStringList, outlets);
    const Atlas::ChartData data = build(chart);
    for (const QString &outlet : outlets)
        QVERIFY2(data.sourceLine.contains(outlet), qPrintable(data.sourceLine));
    if (outlets.size() == 1)
        QVERIFY(!data.sourceLine.contains(outlets.first() == u"Step News Agency"_s ? u"Islamist"_s : u"Step"_s));
    // The publication date of each source is given with the outlet.
    const Atlas::Formatter format(Atlas::Language::English);
    for (const Atlas::Source &source : m_document.dataset().sources) {
        if (data.sourceLine.contains(source.outlet.en))
            QVERIFY(data.sourceLine.contains(format.date(source.published)));
    }
    // Membership counts name their source on the chart itself.
    const Atlas::ChartData membership = build(u"membership"_s);
    QVERIFY(membership.item(u"members-83"_s)->label.contains(u"Step News Agency"_s));
    QVERIFY(membership.item(u"members-84"_s)->label.contains(u"Islamist Movements Portal"_s));
}

void TestChartPanel::followsTimeWindow_data()
{
    QTest::addColumn<QString>("chart");
    QTest::addColumn<QDate>("from");
    QTest::addColumn<QDate>("to");
    QTest::addColumn<QStringList>("figures");
    QTest::newRow("troops in 2024") << u"troops"_s << QDate(2024, 1, 1) << QDate(2024, 12, 31)
                                    << QStringList{ u"us-iq-2024"_s, u"us-sy-2024"_s };
    QTest::newRow("troops in 2021") << u"troops"_s << QDate(2021, 1, 1) << QDate(2021, 12, 31)
                                    << QStringList{ u"gb-2021"_s, u"us-sy-2021"_s };
    QTest::newRow("strength in 2023") << u"strength"_s << QDate(2023, 1, 1) << QDate(2023, 12, 31)
                                      << QStringList{ u"un-members"_s };
    QTest::newRow("nothing before 2000") << u"attacks"_s << QDate(1990, 1, 1) << QDate(1999, 12, 31) << QStringList{};
}

void TestChartPanel::followsTimeWindow()
{
    QFETCH(QString, chart);
    QFETCH(QDate, from);
    QFETCH(QDate, to);
    QFETCH(QStringList, figures);

    Atlas::ChartsPanel panel(&m_document);
    panel.showChart(chart);
    QCOMPARE(panel.currentChartName(), chart);
    m_document.filter()->setTimeWindow(from, to);
    auto shown = [&panel]() {
        QStringList ids;
        for (const Atlas::ChartPanel &p : panel.chartScene()->chartData().panels)
            for (const Atlas::ChartSeries &series : p.series)
                for (const Atlas::ChartItem &item : series.items)
                    ids.append(item.figureId);
        ids.sort();
        return ids;
    };
    QTRY_COMPARE(shown(), figures);
    if (figures.isEmpty()) {
        QVERIFY(panel.chartScene()->chartData().isEmpty());
        QVERIFY(panel.chartScene()->texts().contains(panel.chartScene()->chartData().emptyText));
    }
    m_document.filter()->clear();
    QTRY_VERIFY(panel.chartScene()->chartData().item(u"money"_s) == nullptr
                && !panel.chartScene()->chartData().isEmpty());
}

void TestChartPanel::followsLanguage_data()
{
    QTest::addColumn<Atlas::Language>("language");
    QTest::addColumn<QString>("seriesName");
    QTest::newRow("English") << Atlas::Language::English << u"United States · Syria"_s;
    QTest::newRow("Arabic") << Atlas::Language::Arabic << u"الولايات المتحدة · سوريا"_s;
}

void TestChartPanel::followsLanguage()
{
    QFETCH(Atlas::Language, language);
    QFETCH(QString, seriesName);
    const bool rtl = language == Atlas::Language::Arabic;
    Atlas::ChartsPanel panel(&m_document);
    panel.resize(1100, 760);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    panel.showChart(u"troops"_s);
    m_document.setLanguage(language);
    QGuiApplication::setLayoutDirection(rtl ? Qt::RightToLeft : Qt::LeftToRight);
    QTRY_COMPARE(panel.chartScene()->chartData().rightToLeft, rtl);
    panel.rebuildNow();
    const Atlas::ChartScene *scene = panel.chartScene();
    const Atlas::ChartData &data = scene->chartData();
    QCOMPARE(data.panels.first().series.first().name, seriesName);
    const Atlas::Formatter format(language);
    QVERIFY(data.item(u"us-iq-2024"_s)->numberText == format.number(2500));

    // Mirrored: the title hugs the start edge, and the legend runs from that edge.
    const QRectF page = scene->sceneRect();
    const QRectF title = scene->textBounds(data.title);
    QVERIFY(!title.isEmpty());
    if (rtl)
        QVERIFY(page.right() - title.right() < title.left() - page.left());
    else
        QVERIFY(title.left() - page.left() < page.right() - title.right());
    const QRectF firstLegend = scene->textBounds(data.panels.first().series.at(0).name);
    const QRectF secondLegend = scene->textBounds(data.panels.first().series.at(1).name);
    QVERIFY(rtl ? firstLegend.left() > secondLegend.left() : firstLegend.left() < secondLegend.left());
    m_document.setLanguage(Atlas::Language::English);
}

void TestChartPanel::coloursIgnoreTableSort_data()
{
    QTest::addColumn<QString>("chart");
    QTest::addColumn<int>("column");
    QTest::addColumn<Qt::SortOrder>("order");
    using Figures = Atlas::FigureModel;
    const QList<std::pair<int, Qt::SortOrder>> sorts = {
        { Figures::ValueColumn, Qt::DescendingOrder }, { Figures::ValueColumn, Qt::AscendingOrder },
        { Figures::DateColumn, Qt::DescendingOrder },  { Figures::TheaterColumn, Qt::AscendingOrder },
        { Figures::SubjectColumn, Qt::DescendingOrder }, { Figures::MetricColumn, Qt::DescendingOrder },
        { Figures::SourcesColumn, Qt::DescendingOrder },
    };
    for (const QString &chart : { u"troops"_s, u"airstrikes"_s, u"attacks"_s, u"strength"_s, u"membership"_s }) {
        for (const auto &[column, order] : sorts) {
            QTest::addRow("%s by %s, %s", qPrintable(chart), QMetaEnum::fromType<Figures::Column>().valueToKey(column),
                          order == Qt::AscendingOrder ? "ascending" : "descending")
                << chart << column << order;
        }
    }
}

void TestChartPanel::coloursIgnoreTableSort()
{
    QFETCH(QString, chart);
    QFETCH(int, column);
    QFETCH(Qt::SortOrder, order);
    const Atlas::ChartData unsorted = build(chart);
    QVERIFY(!unsorted.isEmpty());
    // The figures table sorts the proxy the charts read.
    m_document.figureFilterModel()->sort(column, order);
    const Atlas::ChartData sorted = build(chart);
    QCOMPARE(seriesColours(sorted), seriesColours(unsorted));
    QCOMPARE(seriesKeys(sorted), seriesKeys(unsorted)); // nor do the legend and the bars reorder
}

void TestChartPanel::coloursIgnoreFilter_data()
{
    QTest::addColumn<QString>("chart");
    QTest::addColumn<QDate>("from");
    QTest::addColumn<QDate>("to");
    QTest::addColumn<QSet<QString>>("sources");
    QTest::addColumn<QStringList>("hiddenSeries");
    QTest::newRow("troops in 2021") << u"troops"_s << QDate(2021, 1, 1) << QDate(2021, 12, 31) << QSet<QString>{}
                                    << QStringList{ u"us|IQ"_s };
    QTest::newRow("troops in 2024") << u"troops"_s << QDate(2024, 1, 1) << QDate(2024, 12, 31) << QSet<QString>{}
                                    << QStringList{ u"gb|IQ+SY"_s };
    QTest::newRow("troops from one source") << u"troops"_s << QDate() << QDate() << QSet<QString>{ u"src-a"_s }
                                            << QStringList{ u"us|IQ"_s };
    QTest::newRow("strength in 2024") << u"strength"_s << QDate(2024, 1, 1) << QDate(2024, 12, 31) << QSet<QString>{}
                                      << QStringList{ u"members_and_supporters|un"_s };
    QTest::newRow("strength in 2023") << u"strength"_s << QDate(2023, 1, 1) << QDate(2023, 12, 31) << QSet<QString>{}
                                      << QStringList{ u"fighters|un"_s, u"fighters|us-intelligence"_s };
    QTest::newRow("attacks in 2023") << u"attacks"_s << QDate(2023, 1, 1) << QDate(2023, 12, 31) << QSet<QString>{}
                                     << QStringList{ u"IQ+SY"_s };
}

void TestChartPanel::coloursIgnoreFilter()
{
    QFETCH(QString, chart);
    QFETCH(QDate, from);
    QFETCH(QDate, to);
    QFETCH(QSet<QString>, sources);
    QFETCH(QStringList, hiddenSeries);
    QMap<QString, int> expected = seriesColours(build(chart));
    for (const QString &key : hiddenSeries)
        QVERIFY2(expected.remove(key) == 1, qPrintable(key));
    m_document.filter()->setTimeWindow(from, to);
    m_document.filter()->setSources(sources);
    QCOMPARE(seriesColours(build(chart)), expected);
}

void TestChartPanel::clickSelectsFigure_data()
{
    QTest::addColumn<QString>("chart");
    QTest::addColumn<QString>("figureId");
    QTest::addColumn<bool>("rightToLeft");
    QTest::addColumn<QString>("eventId"); // the figure's event, selected with it; empty: none is
    QTest::newRow("point") << u"troops"_s << u"us-iq-2024"_s << false << QString();
    QTest::newRow("point of an event") << u"troops"_s << u"us-sy-2021"_s << false << u"interview-2021"_s;
    QTest::newRow("whisker") << u"strength"_s << u"un-fighters"_s << false << QString();
    QTest::newRow("period bar") << u"airstrikes"_s << u"strikes-iq"_s << false << u"interview-2021"_s;
    QTest::newRow("change bar") << u"attacks"_s << u"attacks-sy-change"_s << false << u"briefing-2023"_s;
    QTest::newRow("point, Arabic") << u"troops"_s << u"gb-2021"_s << true << QString();
    QTest::newRow("change bar, Arabic") << u"attacks"_s << u"attacks-iq-change"_s << true << u"briefing-2023"_s;
}

void TestChartPanel::clickSelectsFigure()
{
    QFETCH(QString, chart);
    QFETCH(QString, figureId);
    QFETCH(bool, rightToLeft);
    QFETCH(QString, eventId);
    m_document.setLanguage(rightToLeft ? Atlas::Language::Arabic : Atlas::Language::English);
    Atlas::ChartsPanel panel(&m_document);
    QGraphicsView *view = showPanel(panel, chart);
    QVERIFY(view);
    // Another event is selected before: the click must not leave it selected.
    QVERIFY(m_document.selectEvent(eventId == u"briefing-2023"_s ? u"interview-2021"_s : u"briefing-2023"_s));
    QStringList changed;
    QObject context;
    connect(m_document.eventSelection(), &QItemSelectionModel::currentChanged, &context,
            [&changed]() { changed.append(u"event"_s); });
    connect(m_document.figureSelection(), &QItemSelectionModel::currentChanged, &context,
            [&changed]() { changed.append(u"figure"_s); });

    const QPointF point = panel.chartScene()->figurePoint(figureId);
    QVERIFY(point.x() >= 0);
    const QPoint pos = view->mapFromScene(point);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, pos);
    QCOMPARE(m_document.currentFigureId(), figureId);
    QCOMPARE(panel.chartScene()->selectedFigure(), figureId);
    QCOMPARE(m_document.currentEventId(), eventId);
    QCOMPARE(m_document.eventSelection()->hasSelection(), !eventId.isEmpty());
    // The figure last: the details pane follows the selection that changed last.
    QVERIFY(!changed.isEmpty());
    QCOMPARE(changed.last(), u"figure"_s);

    // Clicked again after another event was chosen elsewhere: the figure's event comes back.
    if (!eventId.isEmpty()) {
        m_document.selectEvent(eventId == u"briefing-2023"_s ? u"interview-2021"_s : u"briefing-2023"_s);
        changed.clear();
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, pos);
        QCOMPARE(m_document.currentEventId(), eventId);
        QCOMPARE(changed.last(), u"figure"_s);
    }
    m_document.eventSelection()->clear();
    m_document.figureSelection()->clear();
}

void TestChartPanel::bundledDataset_data()
{
    QTest::addColumn<QString>("chart");
    for (const QString &name : figureCharts())
        QTest::newRow(qPrintable(name)) << name;
}

void TestChartPanel::bundledDataset()
{
    QFETCH(QString, chart);
    Atlas::AtlasDocument document;
    QStringList errors;
    QVERIFY2(Atlas::loadDocument(document, Atlas::AtlasDocument::bundledDatasetPath(), &errors),
             qPrintable(errors.join(u'\n')));
    const auto definition = Atlas::ChartCatalog::definition(chart);
    QSet<QString> expected;
    for (const Atlas::Figure &figure : document.dataset().figures) {
        if (definition->metrics.contains(figure.metric) && (figure.value || figure.isRange()))
            expected.insert(figure.id);
    }
    QVERIFY2(!expected.isEmpty(), "the bundled dataset has figures for every chart");
    const Atlas::ChartData data = Atlas::ChartDataBuilder(Atlas::ChartContext::fromDocument(document, false)).build(chart);
    QSet<QString> shown;
    for (const Atlas::ChartPanel &panel : data.panels) {
        for (const Atlas::ChartSeries &series : panel.series) {
            for (const Atlas::ChartItem &item : series.items) {
                shown.insert(item.figureId);
                const Atlas::Figure *figure = document.dataset().figure(item.figureId);
                QCOMPARE(item.isRange(), figure->isRange());
                if (figure->isRange()) {
                    QCOMPARE(std::abs(*item.min) , std::abs(*figure->min) < std::abs(*figure->max) ? std::abs(*figure->min) : std::abs(*figure->max));
                } else {
                    QCOMPARE(std::abs(*item.value), std::abs(*figure->value));
                }
            }
        }
    }
    QCOMPARE(shown, expected);
    QVERIFY(!data.sourceLine.isEmpty());
}

void TestChartPanel::labelsStayClear_data()
{
    addChartRows();
}

// Value and category labels stay on the page and in their panel, and nothing covers them: no
// other label, no line of a series (trend, whisker, bar outline, zero line), no marker, no bar.
void TestChartPanel::labelsStayClear()
{
    const std::unique_ptr<Atlas::ChartScene> drawing = rowScene();
    Atlas::ChartScene &scene = *drawing;
    QVERIFY(!scene.chartData().isEmpty());
    const QRectF page = scene.sceneRect();

    QList<std::pair<QString, QRectF>> labels;
    const QList<Atlas::ChartScene::DrawnPanel> panels = scene.drawnPanels();
    QCOMPARE(panels.size(), scene.chartData().panels.size());
    for (const Atlas::ChartScene::DrawnPanel &panel : panels) {
        QVERIFY(!panel.valueLabels.isEmpty());
        for (auto it = panel.valueLabels.cbegin(); it != panel.valueLabels.cend(); ++it) {
            const QString what = scene.chartData().item(it.key())->label + u" "_s + describe(it.value());
            QVERIFY2(page.contains(it.value()), qPrintable(what + u" leaves the page"_s));
            QVERIFY2(panel.rect.contains(it.value()), qPrintable(what + u" leaves its panel "_s + describe(panel.rect)));
            QVERIFY2(panel.plot.contains(it.value()), qPrintable(what + u" leaves the plot "_s + describe(panel.plot)));
            labels.append({ what, it.value() });
        }
        for (const Atlas::ChartScene::DrawnAxis &axis : panel.axes) {
            if (axis.role != u"category"_s)
                continue;
            QCOMPARE(axis.labelRects.size(), axis.labels.size());
            for (qsizetype i = 0; i < axis.labels.size(); ++i) {
                const QString what = axis.labels.at(i) + u" "_s + describe(axis.labelRects.at(i));
                QVERIFY2(page.contains(axis.labelRects.at(i)), qPrintable(what + u" leaves the page"_s));
                QVERIFY2(panel.rect.contains(axis.labelRects.at(i)), qPrintable(what + u" leaves its panel"_s));
                QVERIFY2(scene.texts().contains(axis.labels.at(i)), qPrintable(what + u" is not drawn whole"_s));
                labels.append({ what, axis.labelRects.at(i) });
            }
        }
    }
    for (qsizetype i = 0; i < labels.size(); ++i) {
        for (qsizetype j = i + 1; j < labels.size(); ++j) {
            QVERIFY2(!labels.at(i).second.intersects(labels.at(j).second),
                     qPrintable(labels.at(i).first + u" overlaps "_s + labels.at(j).first));
        }
    }
    const QList<Atlas::ChartScene::DrawnSeries> series = scene.drawnSeries();
    for (const auto &[what, rect] : std::as_const(labels)) {
        const QRectF inside = rect.adjusted(0.5, 0.5, -0.5, -0.5); // touching is not covering
        for (const Atlas::ChartScene::DrawnSeries &drawn : series) {
            for (const QLineF &line : drawn.segments) {
                QVERIFY2(!crosses(line, inside), qPrintable(u"a %1 line of %2 strikes through %3"_s.arg(drawn.role, drawn.name, what)));
            }
            for (const QRectF &area : drawn.areas)
                QVERIFY2(!area.intersects(inside), qPrintable(u"a %1 of %2 covers %3"_s.arg(drawn.role, drawn.name, what)));
        }
    }
}

void TestChartPanel::axesAreReadable_data()
{
    addChartRows();
}

// Every axis has its whole title inside its panel and at least three tick labels that do not
// overlap, in the formatter's digits and month names; time axes are never down to one or two
// ticks, whatever span they cover.
void TestChartPanel::axesAreReadable()
{
    const std::unique_ptr<Atlas::ChartScene> drawing = rowScene();
    Atlas::ChartScene &scene = *drawing;
    const QStringList texts = scene.texts();
    const Atlas::Formatter &format = scene.chartData().formatter;
    QStringList monthNames;
    for (int month = 1; month <= 12; ++month)
        monthNames.append(format.monthName(month));
    static const QRegularExpression latinDigit(u"[0-9]"_s);

    const QList<Atlas::ChartScene::DrawnPanel> panels = scene.drawnPanels();
    QVERIFY(!panels.isEmpty());
    for (const Atlas::ChartScene::DrawnPanel &panel : panels) {
        QCOMPARE(panel.axes.size(), 2);
        for (const Atlas::ChartScene::DrawnAxis &axis : panel.axes) {
            const QString name = panel.kind + u" "_s + axis.role + u" axis"_s;
            if (axis.role != u"category"_s) {
                QVERIFY2(!axis.title.isEmpty(), qPrintable(name));
                QVERIFY2(texts.contains(axis.title), qPrintable(name + u": the title is not drawn whole: "_s + axis.title));
                QVERIFY2(panel.rect.contains(axis.titleRect),
                         qPrintable(name + u" title "_s + describe(axis.titleRect) + u" leaves its panel "_s + describe(panel.rect)));
                QVERIFY2(axis.labels.size() >= 3, qPrintable(name + u" has ticks "_s + axis.labels.join(u", "_s)));
            }
            QCOMPARE(axis.labelRects.size(), axis.labels.size());
            for (qsizetype i = 0; i < axis.labels.size(); ++i) {
                const QString label = axis.labels.at(i);
                const QRectF rect = axis.labelRects.at(i);
                QVERIFY2(panel.rect.contains(rect), qPrintable(name + u" label "_s + label + describe(rect) + u" leaves its panel"_s));
                QVERIFY2(!rect.intersects(axis.titleRect), qPrintable(name + u" label "_s + label + u" overlaps the title"_s));
                if (i > 0) {
                    QVERIFY2(!rect.intersects(axis.labelRects.at(i - 1)),
                             qPrintable(name + u" labels overlap: "_s + axis.labels.at(i - 1) + u" and "_s + label));
                }
                if (axis.role == u"time"_s) {
                    if (format.digits() == Atlas::DigitStyle::ArabicIndic)
                        QVERIFY2(!label.contains(latinDigit), qPrintable(name + u": "_s + label));
                    const bool named = std::any_of(monthNames.cbegin(), monthNames.cend(),
                                                   [&label](const QString &m) { return label.contains(m); });
                    const bool year = std::any_of(label.cbegin(), label.cend(), [](QChar c) { return c.isDigit(); });
                    QVERIFY2(named || year, qPrintable(name + u": "_s + label));
                }
            }
        }
    }
}

void TestChartPanel::fillsAreLegendColours_data()
{
    addChartRows(false);
}

// What is filled (markers, bars) is filled opaquely with a legend colour, so overlapping bars
// never mix a colour the legend does not have: checked on the series and on the pixels.
void TestChartPanel::fillsAreLegendColours()
{
    const std::unique_ptr<Atlas::ChartScene> drawing = rowScene();
    Atlas::ChartScene &scene = *drawing;
    const QList<QColor> legend = scene.legendColors();
    QVERIFY(!legend.isEmpty());
    QImage image(scene.sceneRect().size().toSize(), QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    scene.render(&painter, QRectF(image.rect()), scene.sceneRect());
    painter.end();
    for (const Atlas::ChartScene::DrawnPanel &panel : scene.drawnPanels()) {
        const QString foreign = ChartFixture::foreignFill(image, panel.plot.toAlignedRect(), ChartFixture::allowedFills(legend));
        QVERIFY2(foreign.isEmpty(), qPrintable(foreign + u" is no legend colour"_s));
    }
    for (const Atlas::ChartScene::DrawnSeries &drawn : scene.drawnSeries()) {
        if (!drawn.fill.isValid())
            continue;
        QVERIFY2(drawn.fill.alpha() == 255, qPrintable(drawn.role + u" of "_s + drawn.name + u" is translucent"_s));
        QVERIFY2(legend.contains(drawn.fill), qPrintable(drawn.role + u" of "_s + drawn.name + u": "_s + drawn.fill.name()));
    }
}

void TestChartPanel::smallPagesKeepTheirPlots_data()
{
    QTest::addColumn<QString>("chart");
    QTest::addColumn<Atlas::Language>("language");
    QTest::addColumn<QSize>("size");
    // A chart of a landscape A4 briefing, with one panel (a two-panel chart gets 510 there) and
    // with two; a small export.
    for (const QSize size : { QSize(1010, 340), QSize(1010, 510), QSize(640, 480) }) {
        for (const QString &chart : figureCharts()) {
            if (chart == u"attacks"_s && size.height() == 340)
                continue;
            for (const Atlas::Language language : { Atlas::Language::English, Atlas::Language::Arabic }) {
                QTest::addRow("%s, %s, %dx%d", qPrintable(chart), language == Atlas::Language::Arabic ? "Arabic" : "English",
                              size.width(), size.height())
                    << chart << language << size;
            }
        }
    }
}

// Where the page is too small for every text, titles give way or move across the top rather
// than squeeze the plot below three lines (a line per bar of changes), and whatever is drawn
// stays inside its panel.
void TestChartPanel::smallPagesKeepTheirPlots()
{
    QFETCH(QString, chart);
    QFETCH(Atlas::Language, language);
    QFETCH(QSize, size);
    Atlas::ChartScene scene;
    scene.setChartData(build(document(true, language), chart));
    scene.layoutPage(QSizeF(size));
    const Atlas::ChartData &data = scene.chartData();
    const double line = QFontMetricsF(Atlas::ChartStyle::labelFont(data.formatter, Atlas::ChartStyle::scale(QSizeF(size)))).height();
    const QList<Atlas::ChartScene::DrawnPanel> panels = scene.drawnPanels();
    for (qsizetype i = 0; i < panels.size(); ++i) {
        const Atlas::ChartScene::DrawnPanel &panel = panels.at(i);
        const double rows = panel.kind == u"changes"_s ? double(data.panels.at(i).itemCount()) : 3.0;
        QVERIFY2(panel.plot.height() >= rows * line - 0.5,
                 qPrintable(panel.kind + u" plot "_s + describe(panel.plot) + u" in "_s + describe(panel.rect)));
        QVERIFY(panel.plot.width() > 0);
        for (const Atlas::ChartScene::DrawnAxis &axis : panel.axes) {
            QVERIFY2(panel.rect.contains(axis.titleRect) || axis.title.isEmpty(), qPrintable(axis.title));
            for (const QRectF &rect : axis.labelRects)
                QVERIFY2(panel.rect.contains(rect), qPrintable(panel.kind + u" "_s + axis.role + u" label "_s + describe(rect)));
        }
    }
}

void TestChartPanel::territoryInPercent_data()
{
    QTest::addColumn<bool>("bundled");
    QTest::addColumn<Atlas::Language>("language");
    QTest::newRow("fixture, English") << false << Atlas::Language::English;
    QTest::newRow("fixture, Arabic") << false << Atlas::Language::Arabic;
    QTest::newRow("bundled, English") << true << Atlas::Language::English;
    QTest::newRow("bundled, Arabic") << true << Atlas::Language::Arabic;
}

// Shares of territory read as shares: each number ends with the language's percent sign, and
// the label drawn starts with it.
void TestChartPanel::territoryInPercent()
{
    QFETCH(bool, bundled);
    QFETCH(Atlas::Language, language);
    const Atlas::ChartData data = build(document(bundled, language), u"territory"_s);
    QVERIFY(!data.isEmpty());
    Atlas::ChartScene scene;
    scene.setChartData(data);
    scene.layoutPage(QSizeF(1200, 800));
    const QStringList texts = scene.texts();
    int count = 0;
    for (const Atlas::ChartPanel &panel : data.panels) {
        for (const Atlas::ChartSeries &series : panel.series) {
            for (const Atlas::ChartItem &item : series.items) {
                const QString number = withoutBidiMarks(item.numberText);
                QVERIFY2(number.endsWith(u'%') || number.endsWith(QChar(0x066A)), qPrintable(item.numberText));
                QVERIFY2(fromFirstValue(item.label).startsWith(item.numberText), qPrintable(item.label));
                QVERIFY2(texts.contains(item.label), qPrintable(item.label));
                ++count;
            }
        }
    }
    QCOMPARE(count, 2);
}

void TestChartPanel::toolTipStaysWhileHovering_data()
{
    QTest::addColumn<QString>("chart");
    QTest::addColumn<QString>("figureId");
    QTest::addColumn<Atlas::Language>("language");
    QTest::newRow("point") << u"troops"_s << u"us-iq-2024"_s << Atlas::Language::English;
    QTest::newRow("period bar") << u"airstrikes"_s << u"strikes-iq"_s << Atlas::Language::English;
    QTest::newRow("change bar, Arabic") << u"attacks"_s << u"attacks-iq-change"_s << Atlas::Language::Arabic;
    QTest::newRow("whisker, Arabic") << u"strength"_s << u"un-fighters"_s << Atlas::Language::Arabic;
}

// The tooltip of a figure stays while the pointer rests on the figure, also once Qt's own
// tooltip event comes, and goes when the pointer leaves it.
void TestChartPanel::toolTipStaysWhileHovering()
{
    QFETCH(QString, chart);
    QFETCH(QString, figureId);
    QFETCH(Atlas::Language, language);
    Atlas::AtlasDocument &doc = document(false, language);
    Atlas::ChartsPanel panel(&doc);
    QGraphicsView *view = showPanel(panel, chart);
    QVERIFY(view);
    QWidget *viewport = view->viewport();
    const QPoint pos = view->mapFromScene(panel.chartScene()->figurePoint(figureId));
    QTest::mouseMove(viewport, pos);
    QTRY_VERIFY(QToolTip::isVisible());
    const QString text = QToolTip::text();
    QVERIFY2(text.contains(panel.chartScene()->chartData().item(figureId)->valueText.toHtmlEscaped()), qPrintable(text));

    // What Qt sends once the pointer has rested on the viewport for a moment.
    QHelpEvent rested(QEvent::ToolTip, pos, viewport->mapToGlobal(pos));
    QCoreApplication::sendEvent(viewport, &rested);
    QTest::qWait(1500);
    QVERIFY2(QToolTip::isVisible(), "the tooltip went while the pointer rested on the figure");
    QCOMPARE(QToolTip::text(), text);

    QTest::mouseMove(viewport, QPoint(3, 3)); // the page margin: no figure
    QTRY_VERIFY(!QToolTip::isVisible());
}

QTEST_MAIN(TestChartPanel)
#include "tst_chartpanel.moc"
