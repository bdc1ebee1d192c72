// SPDX-License-Identifier: GPL-3.0-or-later
#include "chartcatalog.h"
#include "chartdatabuilder.h"
#include "detailspane.h"

#include "atlasdocument.h"
#include "documentloader.h"
#include "figuremodel.h"
#include "formatter.h"
#include "localization.h"
#include "vocabulary.h"

#include <QCoreApplication>
#include <QItemSelectionModel>
#include <QTest>
#include <QTextBrowser>
#include <QTranslator>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(Atlas::Language)

/*
 * Every figure of the bundled dataset reads the same in the figure table, the details pane and
 * the charts, in English and in Arabic: a chart marks with "≈", ">"… exactly the figures whose
 * table text hedges the number with the matching words, its notes explain the mark with the
 * vocabulary's meaning, its axis names the unit the table writes after the number, and its
 * series name the countries the table's theatre column lists.
 */
class TestFigureWording : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void readsAlike_data();
    void readsAlike();

private:
    Atlas::AtlasDocument m_document;
    QTranslator m_arabic;
};

void TestFigureWording::initTestCase()
{
    QStringList errors;
    QVERIFY2(Atlas::loadDocument(m_document, Atlas::AtlasDocument::bundledDatasetPath(), &errors),
             qPrintable(errors.join(u'\n')));
    QVERIFY(m_arabic.load(Atlas::Localization::translationPath(Atlas::Language::Arabic)));
}

void TestFigureWording::cleanup()
{
    QCoreApplication::removeTranslator(&m_arabic);
    m_document.setLanguage(Atlas::Language::English);
    m_document.figureSelection()->clear();
}

void TestFigureWording::readsAlike_data()
{
    QTest::addColumn<QString>("figureId");
    QTest::addColumn<Atlas::Language>("language");
    for (const Atlas::Figure &figure : m_document.dataset().figures) {
        QTest::addRow("%s en", qPrintable(figure.id)) << figure.id << Atlas::Language::English;
        QTest::addRow("%s ar", qPrintable(figure.id)) << figure.id << Atlas::Language::Arabic;
    }
}

void TestFigureWording::readsAlike()
{
    QFETCH(QString, figureId);
    QFETCH(Atlas::Language, language);
    if (language == Atlas::Language::Arabic)
        QCoreApplication::installTranslator(&m_arabic);
    m_document.setLanguage(language);
    const Atlas::Figure &figure = *m_document.dataset().figure(figureId);
    const Atlas::FigureModel *model = m_document.figureModel();

    // Table and details.
    const QString table = model->indexOf(figureId, Atlas::FigureModel::ValueColumn).data().toString();
    QVERIFY(!table.isEmpty());
    QCOMPARE(table, m_document.formatter().figureValue(figure));
    Atlas::DetailsPane details(&m_document);
    QVERIFY(m_document.selectFigure(figureId));
    QVERIFY2(details.findChild<QTextBrowser *>()->toPlainText().contains(table), qPrintable(table));

    // Whether the table hedges the number: its text differs from the same figure stated exactly.
    Atlas::Figure exact = figure;
    exact.qualifier = u"exact"_s;
    const bool hedged = table != m_document.formatter().figureValue(exact);
    const bool vague = Atlas::Vocabulary::isVagueQuantity(figure.qualifier);

    bool charted = false;
    for (const QString &chart : Atlas::ChartCatalog::names()) {
        const Atlas::ChartData data = Atlas::ChartDataBuilder(Atlas::ChartContext::fromDocument(m_document, false)).build(chart);
        for (const Atlas::ChartPanel &panel : data.panels) {
            for (const Atlas::ChartSeries &series : panel.series) {
                for (const Atlas::ChartItem &item : series.items) {
                    if (item.figureId != figureId)
                        continue;
                    charted = true;
                    QCOMPARE(item.marker, Atlas::Vocabulary::qualifierMark(figure.qualifier));
                    QCOMPARE(!item.marker.isEmpty(), hedged && !vague);
                    if (!item.marker.isEmpty()) {
                        const QString meaning = Atlas::Vocabulary::qualifierMeaning(figure.qualifier, language);
                        QVERIFY2(data.notes.join(u' ').contains(meaning), qPrintable(data.notes.join(u' ')));
                    }
                    if (vague) // the source's words, as the table writes them
                        QCOMPARE(item.numberText, table);
                    const QString unit = Atlas::Vocabulary::unitName(figure.unit, language);
                    const QString metric = model->indexOf(figureId).data(Atlas::FigureModel::MetricTextRole).toString();
                    if (unit.compare(metric, Qt::CaseInsensitive) != 0 && panel.kind != Atlas::ChartPanelKind::Changes)
                        QVERIFY2(panel.valueAxisTitle.contains(unit), qPrintable(panel.valueAxisTitle + u" / "_s + unit));
                    if (Atlas::ChartCatalog::definition(chart)->seriesParts.contains(Atlas::ChartCatalog::SeriesPart::Theater)) {
                        for (const QString &code : figure.theater) {
                            const QString country = Atlas::Vocabulary::countryName(code, language);
                            QVERIFY2(series.name.contains(country), qPrintable(series.name + u" / "_s + country));
                            QVERIFY(model->indexOf(figureId, Atlas::FigureModel::TheaterColumn).data().toString().contains(country));
                        }
                    }
                }
            }
        }
    }
    if (!charted)
        QVERIFY2(hedged == (!Atlas::Vocabulary::qualifierMark(figure.qualifier).isEmpty() || vague), qPrintable(table));
}

QTEST_MAIN(TestFigureWording)
#include "tst_figurewording.moc"
