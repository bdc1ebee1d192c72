// SPDX-License-Identifier: GPL-3.0-or-later
#include "sourcemodel.h"
#include "testdataset.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Atlas;

class TestSourceModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_dataset = AtlasTest::makeDataset();
        m_model = std::make_unique<SourceModel>();
        m_tester = std::make_unique<QAbstractItemModelTester>(m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_model->setDataset(&m_dataset, u":/data/sources"_s);
    }

    void cleanup()
    {
        m_tester.reset();
        m_model.reset();
    }

    void counts()
    {
        QCOMPARE(m_model->rowCount(), 2);
        QCOMPARE(m_model->indexOf(u"src-afp"_s).row(), 1);
        QVERIFY(!m_model->indexOf(u"src-none"_s).isValid());
    }

    void roles_data()
    {
        QTest::addColumn<QString>("sourceId");
        QTest::addColumn<int>("role");
        QTest::addColumn<QVariant>("expected");
        QTest::newRow("outlet") << u"src-afp"_s << int(SourceModel::OutletRole) << QVariant(u"AFP"_s);
        QTest::newRow("display") << u"src-afp"_s << int(Qt::DisplayRole) << QVariant(u"AFP, April 2021"_s);
        QTest::newRow("inferred date marked") << u"src-ahram"_s << int(SourceModel::PublishedTextRole)
                                              << QVariant(u"15 April 2025 (inferred)"_s);
        QTest::newRow("inferred") << u"src-ahram"_s << int(SourceModel::PublishedInferredRole) << QVariant(true);
        QTest::newRow("date") << u"src-afp"_s << int(SourceModel::PublishedDateRole) << QVariant(QDate(2021, 4, 1));
        QTest::newRow("title ar") << u"src-afp"_s << int(SourceModel::TitleArRole) << QVariant(u"التحالف: انخفاض هجمات داعش"_s);
        QTest::newRow("file") << u"src-afp"_s << int(SourceModel::FileRole) << QVariant(u"001_037562c013cbc5d0.txt"_s);
        QTest::newRow("article path") << u"src-afp"_s << int(SourceModel::ArticlePathRole)
                                      << QVariant(u":/data/sources/001_037562c013cbc5d0.txt"_s);
    }

    void roles()
    {
        QFETCH(QString, sourceId);
        QFETCH(int, role);
        QFETCH(QVariant, expected);
        QCOMPARE(m_model->data(m_model->indexOf(sourceId), role), expected);
    }

    void articlePath()
    {
        QCOMPARE(m_model->articlePath(u"src-ahram"_s), u":/data/sources/000_08ec0888cc83b49d.txt"_s);
        QCOMPARE(m_model->articlePath(u"src-none"_s), QString());
        m_model->setDataset(&m_dataset, u"/home/researcher/مصادر"_s);
        QCOMPARE(m_model->articlePath(u"src-afp"_s), u"/home/researcher/مصادر/001_037562c013cbc5d0.txt"_s);
    }

    void languageSwitch()
    {
        QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
        m_model->setLanguage(Language::Arabic);
        QCOMPARE(changed.count(), 1);
        const QModelIndex afp = m_model->indexOf(u"src-afp"_s);
        QCOMPARE(afp.data(SourceModel::OutletRole).toString(), u"فرانس برس"_s);
        QCOMPARE(afp.data(SourceModel::PublishedTextRole).toString(), u"نيسان 2021"_s);
        m_model->setFormatter(Formatter(Language::Arabic, DigitStyle::ArabicIndic, ArabicMonthNames::Egyptian));
        QCOMPARE(afp.data(SourceModel::PublishedTextRole).toString(), u"أبريل ٢٠٢١"_s);
    }

private:
    Dataset m_dataset;
    std::unique_ptr<SourceModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

QTEST_GUILESS_MAIN(TestSourceModel)
#include "tst_sourcemodel.moc"
