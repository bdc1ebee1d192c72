// SPDX-License-Identifier: GPL-3.0-or-later
#include "atlasdocument.h"
#include "collation.h"
#include "corpusgenerator.h"
#include "eventfiltermodel.h"
#include "eventmodel.h"
#include "filtercriteria.h"
#include "recordsortmodel.h"

#include <QAbstractItemModelTester>
#include <QRandomGenerator>
#include <QTest>

#include <algorithm>

using namespace Atlas;
using namespace Qt::StringLiterals;

/*
 * The column store's filter and the table's sort-once order against a brute-force reference,
 * on a 10,000-event synthetic corpus with a fixed seed: for many random filters (time windows of
 * both matches, categories, places, sources, text, and their combinations), the filter proxy
 * shows exactly the events FilterState::acceptsEvent() accepts, in FuzzyDate::compare() order,
 * and the table sorted by each column shows them in the order a stable sort by that column gives.
 */
class TestFilterReference : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        AtlasBench::CorpusGenerator::Options options;
        options.eventCount = 10000;
        options.placeCount = 400;
        options.seed = 1729;
        m_dataset = AtlasBench::CorpusGenerator::generate(options).dataset;
        m_document.setDataset(m_dataset, u"synthetic"_s, QString());
        QCOMPARE(m_document.eventModel()->rowCount(), 10000);
    }

    void filterEqualsReference_data()
    {
        QTest::addColumn<quint32>("seed");
        for (quint32 seed = 1; seed <= 40; ++seed)
            QTest::addRow("random filter %u", seed) << seed;
    }

    void filterEqualsReference()
    {
        QFETCH(quint32, seed);
        const FilterState state = randomState(seed);
        m_document.filter()->setState(state);
        const QStringList expected = referenceIds(state);
        QCOMPARE(ids(m_document.eventFilterModel()), expected);
        if (!expected.isEmpty() && expected.size() < m_dataset.events.size())
            ++m_selective;
    }

    // Guards the table above against comparing nothing with nothing: most random filters pick
    // some events and leave others out.
    void randomFiltersAreSelective()
    {
        QVERIFY2(m_selective >= 25, qPrintable(u"only %1 of 40 random filters kept some events but not all"_s.arg(m_selective)));
    }

    void sortFollowsFilter_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<bool>("descending");
        for (int column = 0; column < EventModel::ColumnCount; ++column) {
            QTest::addRow("column %d ascending", column) << column << false;
            QTest::addRow("column %d descending", column) << column << true;
        }
    }

    // Sorted once, then filtered several times: each time the rows shown are the filtered rows
    // in the order a fresh stable sort of them would give.
    void sortFollowsFilter()
    {
        QFETCH(int, column);
        QFETCH(bool, descending);
        m_document.filter()->clear();
        RecordSortModel sorted;
        sorted.setSourceModel(m_document.eventFilterModel());
        sorted.sort(column, descending ? Qt::DescendingOrder : Qt::AscendingOrder);
        for (quint32 seed : { 3u, 11u, 17u, 0u }) {
            const FilterState state = seed ? randomState(seed) : FilterState();
            m_document.filter()->setState(state);
            QCOMPARE(ids(&sorted), referenceSorted(column, descending));
        }
    }

    void modelsStayConsistent()
    {
        RecordSortModel sorted;
        sorted.setSourceModel(m_document.eventFilterModel());
        QAbstractItemModelTester filterTester(m_document.eventFilterModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester sortTester(&sorted, QAbstractItemModelTester::FailureReportingMode::QtTest);
        sorted.sort(EventModel::TitleColumn);
        for (quint32 seed = 50; seed < 55; ++seed)
            m_document.filter()->setState(randomState(seed));
        m_document.filter()->clear();
    }

private:
    FilterState randomState(quint32 seed) const
    {
        QRandomGenerator random(seed);
        FilterState state;
        const int kinds = random.bounded(1, 64); // which criteria, as bits
        if (kinds & 1) {
            const QDate from = QDate(2014, 1, 1).addDays(random.bounded(3650));
            const QDate to = from.addDays(random.bounded(1, 900));
            state.setTimeWindow(random.bounded(4) == 0 ? QDate() : from, random.bounded(4) == 0 ? QDate() : to);
            state.setWindowMatch(random.bounded(2) ? WindowMatch::Inside : WindowMatch::Overlaps);
        }
        const auto pick = [&random](int count, int of) {
            QSet<int> rows;
            while (rows.size() < std::min(count, of))
                rows.insert(random.bounded(of));
            return rows;
        };
        if (kinds & 2) {
            QSet<QString> categories;
            for (const Event &event : m_dataset.events) {
                if (categories.size() < 3 && random.bounded(50) == 0)
                    categories.insert(event.category);
            }
            categories.insert(u"no-such-category"_s);
            state.setCategories(categories);
        }
        if (kinds & 4) {
            QSet<QString> places;
            for (int row : pick(random.bounded(1, 40), int(m_dataset.places.size())))
                places.insert(m_dataset.places.at(row).id);
            state.setPlaces(places);
        }
        if (kinds & 8) {
            QSet<QString> sources;
            for (int row : pick(random.bounded(1, 4), int(m_dataset.sources.size())))
                sources.insert(m_dataset.sources.at(row).id);
            state.setSources(sources);
        }
        if (kinds & 16) {
            QSet<QString> actors;
            for (int row : pick(random.bounded(1, 4), int(m_dataset.actors.size())))
                actors.insert(m_dataset.actors.at(row).id);
            actors.insert(u"no-such-actor"_s);
            state.setActors(actors);
        }
        if (kinds & 32) {
            // A map view somewhere over the theatre, a degree to a few across.
            const double south = 30.0 + random.bounded(1000) / 100.0;
            const double west = 36.0 + random.bounded(1000) / 100.0;
            const double span = 0.5 + random.bounded(400) / 100.0;
            state.setExtent(GeoExtent::fromCorners(south, west, south + span, west + span * 1.5));
        }
        if (random.bounded(3) == 0) {
            // A piece of a real title, sometimes Arabic, so the query matches something.
            const Event &event = m_dataset.events.at(random.bounded(int(m_dataset.events.size())));
            const QString title = random.bounded(2) ? event.title.ar : event.title.en;
            const int length = random.bounded(3, 8);
            state.setQuery(title.mid(random.bounded(int(std::max<qsizetype>(1, title.size() - length))), length));
        }
        return state;
    }

    // The events the state accepts, in chronological order (ties by dataset row).
    std::vector<int> referenceRows(const FilterState &state) const
    {
        std::vector<int> rows;
        const EventModel *model = m_document.eventModel();
        for (int row = 0; row < m_dataset.events.size(); ++row) {
            if (state.acceptsEvent(m_dataset.events.at(row), m_dataset, model->searchText(row)))
                rows.push_back(row);
        }
        std::stable_sort(rows.begin(), rows.end(), [this](int a, int b) {
            return FuzzyDate::compare(m_dataset.events.at(a).date, m_dataset.events.at(b).date) < 0;
        });
        return rows;
    }

    QStringList referenceIds(const FilterState &state) const
    {
        QStringList result;
        for (int row : referenceRows(state))
            result.append(m_dataset.events.at(row).id);
        return result;
    }

    QStringList referenceSorted(int column, bool descending) const
    {
        std::vector<int> rows = referenceRows(m_document.filter()->state());
        const EventModel *model = m_document.eventModel();
        std::stable_sort(rows.begin(), rows.end(), [&](int a, int b) {
            const QVariant left = model->index(a, column).data(Qt::EditRole);
            const QVariant right = model->index(b, column).data(Qt::EditRole);
            if (left.typeId() == QMetaType::QDate)
                return left.toDate() < right.toDate();
            return Collation::compare(Language::English, left.toString(), right.toString()) < 0;
        });
        if (descending)
            std::reverse(rows.begin(), rows.end());
        QStringList result;
        for (int row : rows)
            result.append(m_dataset.events.at(row).id);
        return result;
    }

    static QStringList ids(const QAbstractItemModel *model)
    {
        QStringList result;
        result.reserve(model->rowCount());
        for (int row = 0; row < model->rowCount(); ++row)
            result.append(model->index(row, 0).data(EventModel::IdRole).toString());
        return result;
    }

    Dataset m_dataset;
    AtlasDocument m_document;
    int m_selective = 0;
};

QTEST_GUILESS_MAIN(TestFilterReference)
#include "tst_filterreference.moc"
