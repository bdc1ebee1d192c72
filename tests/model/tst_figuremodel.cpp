// SPDX-License-Identifier: GPL-3.0-or-later
#include "figuremodel.h"
#include "testdataset.h"
#include "textfolding.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Atlas;

Q_DECLARE_METATYPE(Atlas::Language)

class TestFigureModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_dataset = AtlasTest::makeDataset();
        m_model = std::make_unique<FigureModel>();
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
        QCOMPARE(m_model->rowCount(), 3);
        QCOMPARE(m_model->columnCount(), int(FigureModel::ColumnCount));
        QCOMPARE(m_model->indexOf(u"fig-attacks"_s).row(), 2);
        QVERIFY(!m_model->indexOf(u"fig-none"_s).isValid());
        m_model->setDataset(nullptr);
        QCOMPARE(m_model->rowCount(), 0);
    }

    void roles_data()
    {
        QTest::addColumn<QString>("figureId");
        QTest::addColumn<int>("role");
        QTest::addColumn<QVariant>("expected");

        QTest::newRow("value") << u"fig-troops"_s << int(FigureModel::ValueRole) << QVariant(2500.0);
        QTest::newRow("range has no value") << u"fig-fighters"_s << int(FigureModel::ValueRole) << QVariant();
        QTest::newRow("min") << u"fig-fighters"_s << int(FigureModel::MinRole) << QVariant(1500.0);
        QTest::newRow("max") << u"fig-fighters"_s << int(FigureModel::MaxRole) << QVariant(3000.0);
        QTest::newRow("kind") << u"fig-attacks"_s << int(FigureModel::KindRole) << QVariant(int(FigureKind::Change));
        QTest::newRow("subject text") << u"fig-fighters"_s << int(FigureModel::SubjectTextRole) << QVariant(u"ISIS"_s);
        QTest::newRow("metric text") << u"fig-troops"_s << int(FigureModel::MetricTextRole) << QVariant(u"Troops"_s);
        QTest::newRow("value text") << u"fig-troops"_s << int(FigureModel::ValueTextRole) << QVariant(u"about 2,500 troops"_s);
        QTest::newRow("range text") << u"fig-fighters"_s << int(FigureModel::ValueTextRole) << QVariant(u"\u20661,500\u2069–\u20663,000\u2069 fighters"_s);
        QTest::newRow("change text") << u"fig-attacks"_s << int(FigureModel::ValueTextRole) << QVariant(u"68% decrease"_s);
        QTest::newRow("date text") << u"fig-fighters"_s << int(FigureModel::DateTextRole) << QVariant(u"August 2020"_s);
        QTest::newRow("end date") << u"fig-fighters"_s << int(FigureModel::EndDateRole) << QVariant(QDate(2020, 8, 31));
        QTest::newRow("event") << u"fig-attacks"_s << int(FigureModel::EventIdRole) << QVariant(u"ev-attacks"_s);
        QTest::newRow("theater") << u"fig-fighters"_s << int(FigureModel::TheaterRole) << QVariant(QStringList{u"SY"_s, u"IQ"_s});
    }

    void roles()
    {
        QFETCH(QString, figureId);
        QFETCH(int, role);
        QFETCH(QVariant, expected);
        QCOMPARE(m_model->data(m_model->indexOf(figureId), role), expected);
    }

    void theaterColumn()
    {
        QCOMPARE(m_model->data(m_model->indexOf(u"fig-fighters"_s, FigureModel::TheaterColumn)).toString(), u"Syria, Iraq"_s);
    }

    void valueColumnSortsByNumber()
    {
        QCOMPARE(m_model->data(m_model->indexOf(u"fig-fighters"_s, FigureModel::ValueColumn), Qt::EditRole), QVariant(1500.0));
        QCOMPARE(m_model->data(m_model->indexOf(u"fig-troops"_s, FigureModel::ValueColumn), Qt::EditRole), QVariant(2500.0));
    }

    void languageSwitch_data()
    {
        QTest::addColumn<Language>("language");
        QTest::addColumn<QString>("label");
        QTest::addColumn<QString>("date");
        QTest::newRow("en") << Language::English << u"ISIS attacks in Iraq"_s << u"April 2021"_s;
        QTest::newRow("ar") << Language::Arabic << u"هجمات داعش في العراق"_s << u"نيسان 2021"_s;
    }

    void languageSwitch()
    {
        QFETCH(Language, language);
        QFETCH(QString, label);
        QFETCH(QString, date);
        QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
        m_model->setLanguage(language);
        QCOMPARE(changed.count(), language == Language::English ? 0 : 1);
        const QModelIndex index = m_model->indexOf(u"fig-attacks"_s);
        QCOMPARE(index.data(FigureModel::LabelRole).toString(), label);
        QCOMPARE(index.data(FigureModel::DateTextRole).toString(), date);
    }

    void digitStyle()
    {
        m_model->setLanguage(Language::Arabic);
        QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
        m_model->setFormatter(Formatter(Language::English, DigitStyle::ArabicIndic));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(m_model->formatter().language(), Language::Arabic); // the language stays the model's
        QCOMPARE(m_model->indexOf(u"fig-fighters"_s).data(FigureModel::DateTextRole).toString(), u"آب ٢٠٢٠"_s);
    }

    void searchText()
    {
        const QString text = m_model->indexOf(u"fig-fighters"_s).data(FigureModel::SearchTextRole).toString();
        QVERIFY(TextFolding::matches(text, TextFolding::fold(u"مقاتل"_s)));
        QVERIFY(TextFolding::matches(text, TextFolding::fold(u"الاف"_s)));
        QVERIFY(TextFolding::matches(text, TextFolding::fold(u"isis fighters"_s)));
        QVERIFY(!TextFolding::matches(text, TextFolding::fold(u"troops"_s)));
    }

private:
    Dataset m_dataset;
    std::unique_ptr<FigureModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

QTEST_GUILESS_MAIN(TestFigureModel)
#include "tst_figuremodel.moc"
