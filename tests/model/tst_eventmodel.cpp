// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventmodel.h"
#include "testdataset.h"
#include "textfolding.h"
#include "vocabulary.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Atlas;

Q_DECLARE_METATYPE(Atlas::Language)

class TestEventModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_dataset = AtlasTest::makeDataset();
        m_model = std::make_unique<EventModel>();
        m_tester = std::make_unique<QAbstractItemModelTester>(m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_model->setDataset(&m_dataset);
    }

    void cleanup()
    {
        m_tester.reset();
        m_model.reset();
    }

    void emptyWithoutDataset()
    {
        EventModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.columnCount(), int(EventModel::ColumnCount));
        QVERIFY(!model.indexOf(u"ev-mosul"_s).isValid());
    }

    void rowsFollowDataset()
    {
        QCOMPARE(m_model->rowCount(), m_dataset.events.size());
        QCOMPARE(m_model->indexOf(u"ev-baghouz"_s).row(), 3);
        QCOMPARE(m_model->indexOf(u"ev-baghouz"_s, EventModel::TitleColumn).column(), int(EventModel::TitleColumn));
        QVERIFY(!m_model->indexOf(u"no-such-event"_s).isValid());
        QCOMPARE(m_model->event(m_model->index(1, 0))->id, u"ev-mosul"_s);
    }

    void setDatasetResets()
    {
        QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
        m_model->setDataset(nullptr);
        QCOMPARE(reset.count(), 1);
        QCOMPARE(m_model->rowCount(), 0);
        m_model->setDataset(&m_dataset);
        QCOMPARE(reset.count(), 2);
        QCOMPARE(m_model->rowCount(), 6);
    }

    void roles_data()
    {
        QTest::addColumn<QString>("eventId");
        QTest::addColumn<int>("role");
        QTest::addColumn<QVariant>("expected");

        QTest::newRow("id") << u"ev-mosul"_s << int(EventModel::IdRole) << QVariant(u"ev-mosul"_s);
        QTest::newRow("start of a month") << u"ev-baghouz"_s << int(EventModel::StartDateRole) << QVariant(QDate(2019, 3, 1));
        QTest::newRow("end of a month") << u"ev-baghouz"_s << int(EventModel::EndDateRole) << QVariant(QDate(2019, 3, 31));
        QTest::newRow("end of a year") << u"ev-founding"_s << int(EventModel::EndDateRole) << QVariant(QDate(2014, 12, 31));
        QTest::newRow("precision") << u"ev-founding"_s << int(EventModel::PrecisionRole) << QVariant(int(DatePrecision::Year));
        QTest::newRow("inferred") << u"ev-founding"_s << int(EventModel::InferredRole) << QVariant(true);
        QTest::newRow("not inferred") << u"ev-mosul"_s << int(EventModel::InferredRole) << QVariant(false);
        QTest::newRow("not a range") << u"ev-mosul"_s << int(EventModel::IsRangeRole) << QVariant(false);
        QTest::newRow("date text") << u"ev-baghouz"_s << int(EventModel::DateTextRole) << QVariant(u"March 2019"_s);
        QTest::newRow("category") << u"ev-baghouz"_s << int(EventModel::CategoryRole) << QVariant(u"military_operation"_s);
        QTest::newRow("category text") << u"ev-baghouz"_s << int(EventModel::CategoryTextRole) << QVariant(u"Military operation"_s);
        QTest::newRow("title") << u"ev-mosul"_s << int(EventModel::TitleRole) << QVariant(u"Mosul retaken"_s);
        QTest::newRow("title ar") << u"ev-mosul"_s << int(EventModel::TitleArRole) << QVariant(u"استعادة الموصل"_s);
        QTest::newRow("places") << u"ev-bases"_s << int(EventModel::PlaceIdsRole) << QVariant(QStringList{u"qasrak"_s, u"tanf"_s});
        QTest::newRow("distinct sources in order") << u"ev-bases"_s << int(EventModel::SourceIdsRole)
                                                   << QVariant(QStringList{u"src-ahram"_s, u"src-afp"_s});
        QTest::newRow("sort date") << u"ev-mosul"_s << int(EventModel::SortDateRole) << QVariant(QDate(2017, 7, 10).toJulianDay());
        QTest::newRow("display date") << u"ev-mosul"_s << int(Qt::DisplayRole) << QVariant(u"10 July 2017"_s);
    }

    void roles()
    {
        QFETCH(QString, eventId);
        QFETCH(int, role);
        QFETCH(QVariant, expected);
        QCOMPARE(m_model->data(m_model->indexOf(eventId), role), expected);
    }

    void columns_data()
    {
        QTest::addColumn<Language>("language");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("expected");

        QTest::newRow("en date") << Language::English << int(EventModel::DateColumn) << u"15 April 2025"_s;
        QTest::newRow("en category") << Language::English << int(EventModel::CategoryColumn) << u"Withdrawal or handover"_s;
        QTest::newRow("en title") << Language::English << int(EventModel::TitleColumn) << u"Qasrak and Al-Tanf bases"_s;
        QTest::newRow("en places") << Language::English << int(EventModel::PlacesColumn) << u"Qasrak, Al-Tanf"_s;
        QTest::newRow("en sources") << Language::English << int(EventModel::SourcesColumn) << u"Al-Ahram (2025), AFP (2021)"_s;
        QTest::newRow("ar date") << Language::Arabic << int(EventModel::DateColumn) << u"15 نيسان 2025"_s;
        QTest::newRow("ar title") << Language::Arabic << int(EventModel::TitleColumn) << u"قاعدتا قسرك والتنف"_s;
        QTest::newRow("ar places") << Language::Arabic << int(EventModel::PlacesColumn) << u"قسرك, التنف"_s;
        QTest::newRow("ar sources") << Language::Arabic << int(EventModel::SourcesColumn) << u"الأهرام (2025), فرانس برس (2021)"_s;
    }

    void columns()
    {
        QFETCH(Language, language);
        QFETCH(int, column);
        QFETCH(QString, expected);
        m_model->setLanguage(language);
        QCOMPARE(m_model->data(m_model->indexOf(u"ev-bases"_s, column)).toString(), expected);
    }

    void languageSwitchSignalsChange()
    {
        QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
        QSignalSpy header(m_model.get(), &QAbstractItemModel::headerDataChanged);
        m_model->setLanguage(Language::Arabic);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(header.count(), 1);
        const auto topLeft = changed.first().at(0).toModelIndex();
        const auto bottomRight = changed.first().at(1).toModelIndex();
        QCOMPARE(topLeft, m_model->index(0, 0));
        QCOMPARE(bottomRight, m_model->index(m_model->rowCount() - 1, EventModel::ColumnCount - 1));
        const auto roles = changed.first().at(2).value<QList<int>>();
        QVERIFY(roles.contains(Qt::DisplayRole));
        QVERIFY(roles.contains(EventModel::TitleRole));
        QCOMPARE(m_model->data(m_model->indexOf(u"ev-mosul"_s), EventModel::TitleRole).toString(), u"استعادة الموصل"_s);

        m_model->setLanguage(Language::Arabic); // no change, no signal
        QCOMPARE(changed.count(), 1);
    }

    void searchTextIsFoldedAndComplete_data()
    {
        QTest::addColumn<QString>("eventId");
        QTest::addColumn<QString>("query");
        QTest::addColumn<bool>("found");

        QTest::newRow("arabic title") << u"ev-baghouz"_s << u"الباغوز"_s << true;
        QTest::newRow("english title") << u"ev-baghouz"_s << u"BAGHOUZ"_s << true;
        QTest::newRow("vowelled query") << u"ev-baghouz"_s << u"الْبَاغُوز"_s << true;
        QTest::newRow("place name en") << u"ev-bases"_s << u"tanf"_s << true;
        QTest::newRow("actor name ar") << u"ev-bases"_s << u"ماكفرلين"_s << true;
        QTest::newRow("actor name en") << u"ev-bases"_s << u"McFarlane"_s << true;
        QTest::newRow("citation quote") << u"ev-attacks"_s << u"رأينا انخفاضا"_s << true;
        QTest::newRow("place with hamza, typed without") << u"ev-attacks"_s << u"الانبار"_s << true;
        QTest::newRow("teh marbuta folded") << u"ev-raqqa"_s << u"الرقه"_s << true;
        QTest::newRow("digits folded") << u"ev-founding"_s << u"٢٠١٤"_s << true;
        QTest::newRow("other event's place") << u"ev-mosul"_s << u"الباغوز"_s << false;
    }

    void searchTextIsFoldedAndComplete()
    {
        QFETCH(QString, eventId);
        QFETCH(QString, query);
        QFETCH(bool, found);
        const QString text = m_model->data(m_model->indexOf(eventId), EventModel::SearchTextRole).toString();
        QCOMPARE(text, TextFolding::fold(text));
        QCOMPARE(TextFolding::matches(text, TextFolding::fold(query)), found);
        QCOMPARE(m_model->searchText(m_model->indexOf(eventId).row()).text(), text);
    }

    void everyCategoryHasAName()
    {
        for (QStringView id : Vocabulary::EventCategories) {
            const QString name = Vocabulary::categoryName(id.toString());
            QVERIFY2(name != id.toString().replace(u'_', u' '), qPrintable(id.toString()));
        }
        QCOMPARE(Vocabulary::categoryName(u"new_category"_s), u"new category"_s);
    }

    void roleNamesAreUnique()
    {
        const auto names = m_model->roleNames();
        QCOMPARE(names.value(EventModel::SearchTextRole), "searchText");
        QCOMPARE(QSet<QByteArray>(names.cbegin(), names.cend()).size(), names.size());
    }

private:
    Dataset m_dataset;
    std::unique_ptr<EventModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

QTEST_GUILESS_MAIN(TestEventModel)
#include "tst_eventmodel.moc"
