// SPDX-License-Identifier: GPL-3.0-or-later
#include "recordsortmodel.h"

#include "atlasdocument.h"
#include "eventfiltermodel.h"
#include "eventmodel.h"
#include "figurefiltermodel.h"
#include "figuremodel.h"
#include "filtercriteria.h"
#include "testdataset.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace Atlas;

Q_DECLARE_METATYPE(Atlas::Language)
Q_DECLARE_METATYPE(Qt::SortOrder)

/*
 * A table's own sort: every column of the event and figure tables sorts by what it shows —
 * dates by day, values by number, text by collation in the table's language — ascending and
 * descending, while the shared filter proxy underneath keeps its date order and announces
 * nothing (so the timeline, map and charts do not move).
 */
class TestRecordSortModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void sortsEveryColumn_data();
    void sortsEveryColumn();
    void collatesInTheLanguage_data();
    void collatesInTheLanguage();
    void followsTheFilter();

private:
    QStringList ids(const QAbstractItemModel *model, int role) const;

    std::unique_ptr<AtlasDocument> m_document;
};

void TestRecordSortModel::init()
{
    m_document = std::make_unique<AtlasDocument>();
    m_document->setDataset(AtlasTest::makeDataset(), u"test.json"_s, QString());
}

void TestRecordSortModel::cleanup()
{
    m_document.reset();
}

QStringList TestRecordSortModel::ids(const QAbstractItemModel *model, int role) const
{
    QStringList result;
    for (int row = 0; row < model->rowCount(); ++row)
        result.append(model->index(row, 0).data(role).toString());
    return result;
}

void TestRecordSortModel::sortsEveryColumn_data()
{
    QTest::addColumn<bool>("figures");
    QTest::addColumn<int>("column");
    QTest::addColumn<QStringList>("ascending");

    QTest::newRow("events by date") << false << int(EventModel::DateColumn)
                                    << QStringList{u"ev-founding"_s, u"ev-mosul"_s, u"ev-raqqa"_s, u"ev-baghouz"_s,
                                                   u"ev-attacks"_s, u"ev-bases"_s};
    // Assessment, Founding, Military operation, Territorial change (×2, in date order), Withdrawal.
    QTest::newRow("events by category") << false << int(EventModel::CategoryColumn)
                                        << QStringList{u"ev-attacks"_s, u"ev-founding"_s, u"ev-baghouz"_s, u"ev-mosul"_s,
                                                       u"ev-raqqa"_s, u"ev-bases"_s};
    QTest::newRow("events by title") << false << int(EventModel::TitleColumn)
                                     << QStringList{u"ev-baghouz"_s, u"ev-founding"_s, u"ev-attacks"_s, u"ev-mosul"_s,
                                                    u"ev-bases"_s, u"ev-raqqa"_s};
    // No place, Anbar, Baghouz, Mosul, Qasrak and Al-Tanf, Raqqa.
    QTest::newRow("events by places") << false << int(EventModel::PlacesColumn)
                                      << QStringList{u"ev-founding"_s, u"ev-attacks"_s, u"ev-baghouz"_s, u"ev-mosul"_s,
                                                     u"ev-bases"_s, u"ev-raqqa"_s};
    // AFP, Al-Ahram (×4, in date order), Al-Ahram and AFP.
    QTest::newRow("events by sources") << false << int(EventModel::SourcesColumn)
                                       << QStringList{u"ev-attacks"_s, u"ev-founding"_s, u"ev-mosul"_s, u"ev-raqqa"_s,
                                                      u"ev-baghouz"_s, u"ev-bases"_s};
    QTest::newRow("figures by date") << true << int(FigureModel::DateColumn)
                                     << QStringList{u"fig-fighters"_s, u"fig-attacks"_s, u"fig-troops"_s};
    QTest::newRow("figures by metric") << true << int(FigureModel::MetricColumn)
                                       << QStringList{u"fig-attacks"_s, u"fig-fighters"_s, u"fig-troops"_s};
    QTest::newRow("figures by subject") << true << int(FigureModel::SubjectColumn)
                                        << QStringList{u"fig-troops"_s, u"fig-fighters"_s, u"fig-attacks"_s};
    // Iraq (×2, in date order), Syria and Iraq.
    QTest::newRow("figures by theatre") << true << int(FigureModel::TheaterColumn)
                                        << QStringList{u"fig-attacks"_s, u"fig-troops"_s, u"fig-fighters"_s};
    // 68 (%), 1,500–3,000 (by its lower end), 2,500: by number, not by text.
    QTest::newRow("figures by value") << true << int(FigureModel::ValueColumn)
                                      << QStringList{u"fig-attacks"_s, u"fig-fighters"_s, u"fig-troops"_s};
    QTest::newRow("figures by sources") << true << int(FigureModel::SourcesColumn)
                                        << QStringList{u"fig-fighters"_s, u"fig-attacks"_s, u"fig-troops"_s};
}

void TestRecordSortModel::sortsEveryColumn()
{
    QFETCH(bool, figures);
    QFETCH(int, column);
    QFETCH(QStringList, ascending);
    QAbstractItemModel *shared = figures ? static_cast<QAbstractItemModel *>(m_document->figureFilterModel())
                                         : static_cast<QAbstractItemModel *>(m_document->eventFilterModel());
    const int idRole = figures ? int(FigureModel::IdRole) : int(EventModel::IdRole);
    const QStringList sharedOrder = ids(shared, idRole);

    RecordSortModel sorted;
    sorted.setSourceModel(shared);
    QAbstractItemModelTester tester(&sorted, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy sharedLayout(shared, &QAbstractItemModel::layoutChanged);
    QSignalSpy sharedMoves(shared, &QAbstractItemModel::rowsMoved);

    sorted.sort(column, Qt::AscendingOrder);
    QCOMPARE(ids(&sorted, idRole), ascending);
    sorted.sort(column, Qt::DescendingOrder);
    QStringList descending(ascending.crbegin(), ascending.crend());
    QCOMPARE(ids(&sorted, idRole), descending);

    QCOMPARE(ids(shared, idRole), sharedOrder);
    QCOMPARE(sharedLayout.count(), 0);
    QCOMPARE(sharedMoves.count(), 0);
}

void TestRecordSortModel::collatesInTheLanguage_data()
{
    QTest::addColumn<Language>("language");
    QTest::addColumn<QStringList>("expected");
    // Arabic collation puts استعادة before إعلان (alef forms differ only in the hamza, a
    // secondary difference), where code point order would put إ (U+0625) before ا (U+0627).
    QTest::newRow("arabic") << Language::Arabic
                            << QStringList{u"ev-mosul"_s, u"ev-baghouz"_s, u"ev-founding"_s, u"ev-raqqa"_s,
                                           u"ev-bases"_s, u"ev-attacks"_s};
    QTest::newRow("english") << Language::English
                             << QStringList{u"ev-baghouz"_s, u"ev-founding"_s, u"ev-attacks"_s, u"ev-mosul"_s,
                                            u"ev-bases"_s, u"ev-raqqa"_s};
}

void TestRecordSortModel::collatesInTheLanguage()
{
    QFETCH(Language, language);
    QFETCH(QStringList, expected);
    RecordSortModel sorted;
    sorted.setSourceModel(m_document->eventFilterModel());
    sorted.sort(EventModel::TitleColumn, Qt::AscendingOrder);
    // As the main window does it: the document changes language, then the table's collation.
    m_document->setLanguage(language);
    sorted.setLanguage(language);
    QCOMPARE(sorted.language(), language);
    QCOMPARE(ids(&sorted, EventModel::IdRole), expected);
}

void TestRecordSortModel::followsTheFilter()
{
    RecordSortModel sorted;
    sorted.setSourceModel(m_document->eventFilterModel());
    sorted.sort(EventModel::TitleColumn, Qt::DescendingOrder);
    m_document->filter()->setTimeWindow(QDate(2017, 1, 1), QDate(2019, 12, 31));
    QCOMPARE(ids(&sorted, EventModel::IdRole), (QStringList{u"ev-raqqa"_s, u"ev-mosul"_s, u"ev-baghouz"_s}));
    m_document->filter()->clear();
    QCOMPARE(sorted.rowCount(), 6);
    QCOMPARE(sorted.index(0, 0).data(EventModel::IdRole).toString(), u"ev-raqqa"_s);
}

QTEST_GUILESS_MAIN(TestRecordSortModel)
#include "tst_recordsortmodel.moc"
