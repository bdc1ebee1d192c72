// SPDX-License-Identifier: GPL-3.0-or-later
#include "placemodel.h"
#include "testdataset.h"

#include <QAbstractItemModelTester>
#include <QGeoCoordinate>
#include <QSignalSpy>
#include <QTest>

using namespace Atlas;

Q_DECLARE_METATYPE(Atlas::Language)

class TestPlaceModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_dataset = AtlasTest::makeDataset();
        m_model = std::make_unique<PlaceModel>();
        m_tester = std::make_unique<QAbstractItemModelTester>(m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_model->setDataset(&m_dataset);
    }

    void cleanup()
    {
        m_tester.reset();
        m_model.reset();
    }

    void counts()
    {
        QCOMPARE(m_model->rowCount(), 6);
        QCOMPARE(m_model->indexOf(u"anbar"_s).row(), 3);
        QCOMPARE(m_model->place(m_model->indexOf(u"tanf"_s))->name.ar, u"التنف"_s);
        QVERIFY(!m_model->indexOf(u"atlantis"_s).isValid());
        QVERIFY(!m_model->place(QModelIndex()));
    }

    void roles_data()
    {
        QTest::addColumn<QString>("placeId");
        QTest::addColumn<int>("role");
        QTest::addColumn<QVariant>("expected");
        QTest::newRow("display") << u"baghouz"_s << int(Qt::DisplayRole) << QVariant(u"Baghouz"_s);
        QTest::newRow("name ar") << u"baghouz"_s << int(PlaceModel::NameArRole) << QVariant(u"الباغوز"_s);
        QTest::newRow("kind") << u"tanf"_s << int(PlaceModel::KindRole) << QVariant(u"base"_s);
        QTest::newRow("kind text") << u"tanf"_s << int(PlaceModel::KindTextRole) << QVariant(u"Base"_s);
        QTest::newRow("country") << u"anbar"_s << int(PlaceModel::CountryRole) << QVariant(u"IQ"_s);
        QTest::newRow("latitude") << u"mosul"_s << int(PlaceModel::LatitudeRole) << QVariant(36.34);
        QTest::newRow("approximate") << u"qasrak"_s << int(PlaceModel::CoordApproximateRole) << QVariant(true);
        QTest::newRow("coordinate") << u"mosul"_s << int(PlaceModel::CoordinateRole)
                                    << QVariant::fromValue(QGeoCoordinate(36.34, 43.13));
    }

    void roles()
    {
        QFETCH(QString, placeId);
        QFETCH(int, role);
        QFETCH(QVariant, expected);
        QCOMPARE(m_model->data(m_model->indexOf(placeId), role), expected);
    }

    void languageSwitch_data()
    {
        QTest::addColumn<Language>("language");
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("signals");
        QTest::newRow("en") << Language::English << u"Anbar"_s << 0;
        QTest::newRow("ar") << Language::Arabic << u"الأنبار"_s << 1;
    }

    void languageSwitch()
    {
        QFETCH(Language, language);
        QFETCH(QString, name);
        QFETCH(int, signals);
        QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
        m_model->setLanguage(language);
        QCOMPARE(changed.count(), signals);
        QCOMPARE(m_model->indexOf(u"anbar"_s).data().toString(), name);
        QCOMPARE(m_model->indexOf(u"anbar"_s).data(PlaceModel::NameRole).toString(), name);
    }

private:
    Dataset m_dataset;
    std::unique_ptr<PlaceModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

QTEST_GUILESS_MAIN(TestPlaceModel)
#include "tst_placemodel.moc"
