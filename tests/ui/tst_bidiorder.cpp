// SPDX-License-Identifier: GPL-3.0-or-later
#include "../model/visualorder.h"
#include "tst_languagesession.h"

#include "briefingcontent.h"
#include "briefingoptions.h"
#include "chartcatalog.h"
#include "chartdatabuilder.h"
#include "eventmodel.h"
#include "mappainter.h"
#include "mapscene.h"

#include "atlasdocument.h"
#include "documentloader.h"
#include "figuremodel.h"
#include "filtercriteria.h"
#include "formatter.h"
#include "localization.h"

#include <QCoreApplication>
#include <QTest>
#include <QTranslator>

using namespace Qt::StringLiterals;


/*
 * The numbers, ranges and dates of the bundled dataset as a reader sees them, for both interface
 * languages and both digit styles: the figure table's ranges, the event table's periods, every
 * chart label ("value, date"), the map's time window and the briefing's period are laid out by the
 * Unicode bidi algorithm (AtlasTest::visualOrder) and each value must stay whole and read in the
 * interface's order — left to right in English, right to left in Arabic.
 */
class TestBidiOrder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void readsInOrder_data();
    void readsInOrder();

private:
    Atlas::AtlasDocument m_document;
    QTranslator m_arabic;
};

void TestBidiOrder::initTestCase()
{
    QStringList errors;
    QVERIFY2(Atlas::loadDocument(m_document, Atlas::AtlasDocument::bundledDatasetPath(), &errors),
             qPrintable(errors.join(u'\n')));
    QVERIFY(m_arabic.load(Atlas::Localization::translationPath(Atlas::Language::Arabic)));
}

void TestBidiOrder::cleanup()
{
    QCoreApplication::removeTranslator(&m_arabic);
    m_document.setLanguage(Atlas::Language::English);
    m_document.setFormatter(Atlas::Formatter(Atlas::Language::English));
}

void TestBidiOrder::readsInOrder_data()
{
    AtlasTest::addLanguageAndDigitRows();
}

void TestBidiOrder::readsInOrder()
{
    QFETCH(Atlas::Language, language);
    QFETCH(Atlas::DigitStyle, digits);
    if (language == Atlas::Language::Arabic)
        QCoreApplication::installTranslator(&m_arabic);
    m_document.setLanguage(language);
    m_document.setFormatter(Atlas::Formatter(language, digits));
    const Atlas::Formatter formatter = m_document.formatter();
    const bool rtl = language == Atlas::Language::Arabic;
    QString why;
    int ranges = 0, periods = 0, labels = 0;

    // The figure table: a range's two ends.
    for (const Atlas::Figure &figure : m_document.dataset().figures) {
        if (!figure.min || !figure.max)
            continue;
        const QString cell = m_document.figureModel()->indexOf(figure.id, Atlas::FigureModel::ValueColumn).data().toString();
        const QStringList ends{formatter.number(*figure.min), formatter.number(*figure.max)};
        QVERIFY2(AtlasTest::readsInOrder(cell, ends, rtl, &why), qPrintable(figure.id + u": "_s + why));
        ++ranges;
    }
    QVERIFY2(ranges > 0, "the bundled dataset has range figures, or this part tests nothing");

    // The event table: a dated period's two ends.
    const Atlas::EventModel *events = m_document.eventModel();
    for (int row = 0; row < events->rowCount(); ++row) {
        const QString id = events->index(row, 0).data(Atlas::EventModel::IdRole).toString();
        const Atlas::Event &event = *m_document.dataset().event(id);
        if (!event.date.isRange() || event.date.precision == Atlas::DatePrecision::Week)
            continue;
        const QString cell = events->index(row, Atlas::EventModel::DateColumn).data().toString();
        const QStringList ends{formatter.date(event.date.start, event.date.precision),
                               formatter.date(event.date.end, event.date.precision)};
        QVERIFY2(AtlasTest::readsInOrder(cell, ends, rtl, &why), qPrintable(event.id + u": "_s + why));
        ++periods;
    }
    QVERIFY2(periods > 0, "the bundled dataset has dated periods, or this part tests nothing");

    // Every chart label that joins a value and a date.
    for (const QString &chart : Atlas::ChartCatalog::names()) {
        const Atlas::ChartData data = Atlas::ChartDataBuilder(Atlas::ChartContext::fromDocument(m_document, false)).build(chart);
        for (const Atlas::ChartPanel &panel : data.panels) {
            for (const Atlas::ChartSeries &series : panel.series) {
                for (const Atlas::ChartItem &item : series.items) {
                    // Event charts' bars carry no label: their axis gives the count.
                    if (item.label.isEmpty() || item.dateText.isEmpty() || item.label == item.numberText)
                        continue;
                    QVERIFY2(AtlasTest::readsInOrder(item.label, {item.numberText, item.dateText}, rtl, &why),
                             qPrintable(chart + u": "_s + why));
                    ++labels;
                }
            }
        }
    }
    QVERIFY2(labels > 0, "no chart label joins a value and a date: this part tests nothing");

    // The map's subtitle and the briefing's period, for a time window.
    const QDate from(2014, 8, 8), to(2019, 3, 23);
    Atlas::FilterState window = m_document.filter()->state();
    window.setTimeWindow(from, to);
    const Atlas::MapPainter map(Atlas::MapScene::build(m_document, window), formatter);
    QVERIFY2(AtlasTest::readsInOrder(map.subtitle(), {formatter.date(from, Atlas::DatePrecision::Month),
                                                      formatter.date(to, Atlas::DatePrecision::Month)},
                                     rtl, &why),
             qPrintable(why));

    Atlas::BriefingOptions options;
    options.from = from;
    options.to = to;
    options.useDocumentWindow = false;
    options.sections = {};
    const QList<Atlas::BriefingSheet> sheets = Atlas::BriefingCollector::collect(m_document, options);
    QVERIFY(!sheets.isEmpty());
    QVERIFY2(AtlasTest::readsInOrder(sheets.first().period, {formatter.date(from, Atlas::DatePrecision::Day),
                                                             formatter.date(to, Atlas::DatePrecision::Day)},
                                     rtl, &why),
             qPrintable(why));
}

QTEST_MAIN(TestBidiOrder)
#include "tst_bidiorder.moc"
