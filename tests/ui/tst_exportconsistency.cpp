// SPDX-License-Identifier: GPL-3.0-or-later
// One path for every picture: a FilterState selects the same events in the views, the map
// export's scene, the timeline export and the briefing; painting a briefing (even in the other
// language) leaves the document, its models, its filter and its selections untouched.
#include "atlasdocument.h"
#include "briefingrenderer.h"
#include "documentloader.h"
#include "eventfiltermodel.h"
#include "eventmodel.h"
#include "figurefiltermodel.h"
#include "figuremodel.h"
#include "filtercriteria.h"
#include "mapcontroller.h"
#include "mapscene.h"
#include "mapview.h"
#include "placemodel.h"
#include "sourcemodel.h"

#include <QItemSelectionModel>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace Atlas;

namespace {

QStringList ids(const QAbstractItemModel *model, int role)
{
    QStringList result;
    for (int row = 0; row < model->rowCount(); ++row)
        result.append(model->index(row, 0).data(role).toString());
    return result;
}

QMap<QString, int> counts(const MapScene &scene)
{
    QMap<QString, int> result;
    for (const PlaceMarker &marker : scene.markers)
        result.insert(marker.placeId, marker.eventCount);
    for (const PlaceMarker &marker : scene.offTheatre)
        result.insert(marker.placeId, marker.eventCount);
    return result;
}

} // namespace

class TestExportConsistency : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStringList errors;
        QVERIFY2(loadDocument(m_document, AtlasDocument::bundledDatasetPath(), &errors), qPrintable(errors.join(u'\n')));
    }

    void oneFilterStateSameRows_data()
    {
        QTest::addColumn<QDate>("from");
        QTest::addColumn<QDate>("to");
        QTest::addColumn<QStringList>("categories");
        QTest::addColumn<QString>("query");
        QTest::newRow("everything") << QDate() << QDate() << QStringList() << QString();
        QTest::newRow("2019 to 2021") << QDate(2019, 1, 1) << QDate(2021, 12, 31) << QStringList() << QString();
        QTest::newRow("open start") << QDate() << QDate(2017, 6, 30) << QStringList() << QString();
        QTest::newRow("withdrawals") << QDate() << QDate() << QStringList{u"withdrawal_handover"_s} << QString();
        QTest::newRow("Arabic text, 2017 on") << QDate(2017, 1, 1) << QDate() << QStringList() << u"التنف"_s;
        QTest::newRow("Latin text") << QDate() << QDate() << QStringList() << u"Baghouz"_s;
    }
    void oneFilterStateSameRows()
    {
        QFETCH(QDate, from);
        QFETCH(QDate, to);
        QFETCH(QStringList, categories);
        QFETCH(QString, query);
        FilterState state;
        state.setTimeWindow(from, to);
        state.setCategories(QSet<QString>(categories.cbegin(), categories.cend()));
        state.setQuery(query);

        // The view: the live filter and the map view's scene.
        MapView view(&m_document);
        m_document.filter()->setState(state);
        const QStringList viewEvents = ids(m_document.eventFilterModel(), EventModel::IdRole);
        const QStringList viewFigures = ids(m_document.figureFilterModel(), FigureModel::IdRole);
        const QMap<QString, int> viewCounts = counts(view.controller()->scene());
        QVERIFY(!viewEvents.isEmpty());

        // Exports and briefings read the same value with the live filter cleared.
        m_document.filter()->clear();
        QCOMPARE(counts(MapScene::build(m_document, state)), viewCounts);

        BriefingOptions options;
        options.filter = state;
        options.generated = QDateTime(QDate(2026, 1, 15), QTime(9, 30));
        const BriefingRenderer renderer(m_document, options);
        QCOMPARE(renderer.sheets().size(), 1);
        const BriefingSheet &sheet = renderer.sheets().constFirst();
        QStringList briefingEvents;
        for (const BriefingEventEntry &entry : sheet.events)
            briefingEvents.append(entry.eventId);
        // The briefing lists them oldest first, the proxies in dataset order: compare as sets.
        QCOMPARE(QSet<QString>(briefingEvents.cbegin(), briefingEvents.cend()),
                 QSet<QString>(viewEvents.cbegin(), viewEvents.cend()));
        QCOMPARE(briefingEvents.size(), viewEvents.size());
        QStringList briefingFigures;
        for (const BriefingFigureRow &row : sheet.figures)
            briefingFigures.append(row.figureId);
        QCOMPARE(QSet<QString>(briefingFigures.cbegin(), briefingFigures.cend()),
                 QSet<QString>(viewFigures.cbegin(), viewFigures.cend()));
        QCOMPARE(counts(sheet.map), viewCounts);
    }

    void briefingLeavesTheDocumentUntouched_data()
    {
        QTest::addColumn<Language>("documentLanguage");
        QTest::addColumn<Language>("sheetLanguage");
        QTest::newRow("English document, Arabic sheet") << Language::English << Language::Arabic;
        QTest::newRow("Arabic document, English sheet") << Language::Arabic << Language::English;
        QTest::newRow("same language") << Language::English << Language::English;
    }
    void briefingLeavesTheDocumentUntouched()
    {
        QFETCH(Language, documentLanguage);
        QFETCH(Language, sheetLanguage);
        m_document.setLanguage(documentLanguage);
        m_document.filter()->setTimeWindow(QDate(2016, 1, 1), QDate(2024, 12, 31));
        QVERIFY(m_document.selectEvent(m_document.eventFilterModel()->index(0, 0).data(EventModel::IdRole).toString()));
        const QString current = m_document.currentEventId();

        std::vector<std::unique_ptr<QSignalSpy>> spies;
        auto watch = [&](auto *sender, auto signal) { spies.push_back(std::make_unique<QSignalSpy>(sender, signal)); };
        watch(&m_document, &AtlasDocument::languageChanged);
        watch(&m_document, &AtlasDocument::datasetChanged);
        watch(m_document.filter(), &FilterCriteria::changed);
        for (QAbstractItemModel *model : std::initializer_list<QAbstractItemModel *>{
                 m_document.eventModel(), m_document.figureModel(), m_document.placeModel(), m_document.sourceModel(),
                 m_document.eventFilterModel(), m_document.figureFilterModel()}) {
            watch(model, &QAbstractItemModel::dataChanged);
            watch(model, &QAbstractItemModel::modelReset);
            watch(model, &QAbstractItemModel::layoutChanged);
            watch(model, &QAbstractItemModel::rowsInserted);
            watch(model, &QAbstractItemModel::rowsRemoved);
        }
        watch(m_document.eventSelection(), &QItemSelectionModel::currentChanged);
        watch(m_document.eventSelection(), &QItemSelectionModel::selectionChanged);
        watch(m_document.figureSelection(), &QItemSelectionModel::currentChanged);

        BriefingOptions options;
        options.filter = m_document.filter()->state();
        options.language = sheetLanguage;
        options.charts = {u"troops"_s, u"strength"_s};
        options.atlasMode = BriefingAtlasMode::Year;
        options.generated = QDateTime(QDate(2026, 1, 15), QTime(9, 30));
        const BriefingRenderer renderer(m_document, options);
        QVERIFY(renderer.pageCount() > 1);
        for (int page = 0; page < renderer.pageCount(); ++page)
            QVERIFY(!renderer.renderPage(page, 48).isNull());

        for (const auto &spy : spies)
            QVERIFY2(spy->isEmpty(), spy->signal().constData());
        QCOMPARE(m_document.language(), documentLanguage);
        QCOMPARE(m_document.currentEventId(), current);
        QCOMPARE(m_document.filter()->state().from(), QDate(2016, 1, 1));
        // The sheets speak their own language: Arabic names on an Arabic sheet.
        const BriefingSheet &sheet = renderer.sheets().constFirst();
        QCOMPARE(sheet.language, sheetLanguage);
        for (const PlaceMarker &marker : sheet.map.markers) {
            const Place *place = m_document.dataset().place(marker.placeId);
            QVERIFY(place);
            QCOMPARE(marker.name, place->name.text(sheetLanguage));
        }
        m_document.filter()->clear();
        m_document.setLanguage(Language::English);
    }

private:
    AtlasDocument m_document;
};

QTEST_MAIN(TestExportConsistency)
#include "tst_exportconsistency.moc"
