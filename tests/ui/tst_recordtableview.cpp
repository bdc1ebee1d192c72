// SPDX-License-Identifier: GPL-3.0-or-later
#include "recordtableview.h"
#include "tst_bundledwindow.h"

#include "collation.h"
#include "eventfiltermodel.h"
#include "eventmodel.h"
#include "figurefiltermodel.h"
#include "figuremodel.h"
#include "recordsortmodel.h"

#include <QDockWidget>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QMetaEnum>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(Atlas::Language)

namespace {

// Whether `a` may come before `b` in a column sorted ascending: dates by day, numbers by value
// (no number first), text in the collation of the language.
bool inOrder(const QVariant &a, const QVariant &b, Atlas::Language language)
{
    if (a.typeId() == QMetaType::QDate)
        return a.toDate() <= b.toDate();
    if (a.typeId() == QMetaType::Double || b.typeId() == QMetaType::Double)
        return !b.isValid() ? !a.isValid() : !a.isValid() || a.toDouble() <= b.toDouble();
    return Atlas::Collation::compare(language, a.toString(), b.toString()) <= 0;
}

} // namespace

/*
 * The event and figure tables of the main window, with the bundled dataset, driven by mouse
 * clicks: a click on a column header sorts that table — ascending, then descending — and leaves
 * the shared filter proxies (which feed the timeline, map and charts) in their date order
 * without a signal; a click on a row selects that record in the shared selection, and a record
 * selected elsewhere becomes the table's current row, selected and scrolled into view, whatever
 * the sort.
 */
class TestRecordTableView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void headerClickSortsOnlyTheTable_data();
    void headerClickSortsOnlyTheTable();

private:
    struct Table
    {
        Atlas::RecordTableView *view = nullptr;
        QAbstractItemModel *shared = nullptr;
        QItemSelectionModel *selection = nullptr;
        int idRole = 0;
    };
    Table table(bool figures) const;
    static QStringList ids(const QAbstractItemModel *model, int role);

    BundledWindow m_bundled;
};

void TestRecordTableView::initTestCase()
{
    BundledWindow::useTestSettings(u"tst_recordtableview"_s);
}

void TestRecordTableView::init()
{
    const QString error = m_bundled.open();
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void TestRecordTableView::cleanup()
{
    m_bundled.close();
}

TestRecordTableView::Table TestRecordTableView::table(bool figures) const
{
    Table result;
    result.view = m_bundled.window->findChild<Atlas::RecordTableView *>(figures ? u"figureTable"_s : u"eventTable"_s);
    result.shared = figures ? static_cast<QAbstractItemModel *>(m_bundled.document->figureFilterModel())
                            : static_cast<QAbstractItemModel *>(m_bundled.document->eventFilterModel());
    result.selection = figures ? m_bundled.document->figureSelection() : m_bundled.document->eventSelection();
    result.idRole = figures ? int(Atlas::FigureModel::IdRole) : int(Atlas::EventModel::IdRole);
    return result;
}

QStringList TestRecordTableView::ids(const QAbstractItemModel *model, int role)
{
    QStringList result;
    for (int row = 0; row < model->rowCount(); ++row)
        result.append(model->index(row, 0).data(role).toString());
    return result;
}

void TestRecordTableView::headerClickSortsOnlyTheTable_data()
{
    QTest::addColumn<bool>("figures");
    QTest::addColumn<int>("column");
    QTest::addColumn<Atlas::Language>("language");
    for (const bool figures : {false, true}) {
        const QMetaEnum columns = figures ? QMetaEnum::fromType<Atlas::FigureModel::Column>()
                                          : QMetaEnum::fromType<Atlas::EventModel::Column>();
        const int count = figures ? int(Atlas::FigureModel::ColumnCount) : int(Atlas::EventModel::ColumnCount);
        for (int column = 0; column < count; ++column) {
            for (const Atlas::Language language : {Atlas::Language::English, Atlas::Language::Arabic}) {
                QTest::addRow("%s by %s, %s", figures ? "figures" : "events", columns.valueToKey(column),
                              language == Atlas::Language::Arabic ? "ar" : "en")
                    << figures << column << language;
            }
        }
    }
}

void TestRecordTableView::headerClickSortsOnlyTheTable()
{
    QFETCH(bool, figures);
    QFETCH(int, column);
    QFETCH(Atlas::Language, language);
    m_bundled.document->setLanguage(language);
    m_bundled.window->findChild<QDockWidget *>(figures ? u"figuresDock"_s : u"eventsDock"_s)->raise();
    const Table t = table(figures);
    QVERIFY(t.view);
    QTRY_VERIFY(t.view->isVisible());
    QCOMPARE(t.view->sortModel()->language(), language);
    const QStringList sharedOrder = ids(t.shared, t.idRole);
    QSignalSpy sharedLayout(t.shared, &QAbstractItemModel::layoutChanged);
    QSignalSpy sharedSelection(t.selection, &QItemSelectionModel::selectionChanged);

    QHeaderView *header = t.view->horizontalHeader();
    const QPoint section(header->sectionViewportPosition(column) + header->sectionSize(column) / 2, header->height() / 2);
    QAbstractItemModel *shown = t.view->model();
    QSet<Qt::SortOrder> orders;
    // Two clicks: one order, then the other (the first depends on whether the table was
    // already sorted by this column).
    for (int click = 0; click < 2; ++click) {
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, section);
        QCOMPARE(header->sortIndicatorSection(), column);
        const Qt::SortOrder order = header->sortIndicatorOrder();
        orders.insert(order);
        for (int row = 0; row + 1 < shown->rowCount(); ++row) {
            const QVariant a = shown->index(row, column).data(Qt::EditRole);
            const QVariant b = shown->index(row + 1, column).data(Qt::EditRole);
            QVERIFY2(order == Qt::AscendingOrder ? inOrder(a, b, language) : inOrder(b, a, language),
                     qPrintable(u"rows %1 and %2: %3 / %4"_s.arg(row).arg(row + 1).arg(a.toString(), b.toString())));
        }
        QCOMPARE(ids(t.shared, t.idRole), sharedOrder);
        QCOMPARE(sharedLayout.count(), 0);

        // A click on a row selects that record in the shared selection…
        int row = shown->rowCount() * 2 / 3;
        if (shown->index(row, 0).data(t.idRole) == t.selection->currentIndex().data(t.idRole))
            --row; // a click on the record already selected would change nothing
        const QModelIndex cell = shown->index(row, column);
        t.view->scrollTo(cell);
        QTest::mouseClick(t.view->viewport(), Qt::LeftButton, {}, t.view->visualRect(cell).center());
        const QString clicked = cell.data(t.idRole).toString();
        QCOMPARE(t.selection->currentIndex().data(t.idRole).toString(), clicked);
        QCOMPARE(t.selection->selectedRows().size(), 1);
        QCOMPARE(t.selection->selectedRows().first().data(t.idRole).toString(), clicked);

        // …and a record selected elsewhere is selected here and scrolled to.
        QString elsewhere = t.shared->index(0, 0).data(t.idRole).toString();
        if (elsewhere == clicked)
            elsewhere = t.shared->index(1, 0).data(t.idRole).toString();
        QVERIFY(figures ? m_bundled.document->selectFigure(elsewhere) : m_bundled.document->selectEvent(elsewhere));
        const QModelIndex current = t.view->currentIndex();
        QCOMPARE(current.data(t.idRole).toString(), elsewhere);
        QVERIFY(t.view->selectionModel()->isRowSelected(current.row(), {}));
        QVERIFY(t.view->viewport()->rect().intersects(t.view->visualRect(current)));
        QCOMPARE(ids(t.shared, t.idRole), sharedOrder);
        QCOMPARE(sharedLayout.count(), 0);
    }
    QCOMPARE(orders, (QSet<Qt::SortOrder>{Qt::AscendingOrder, Qt::DescendingOrder}));
    QCOMPARE(sharedSelection.count(), 4); // two clicks on rows, two selections elsewhere: none echoed
}

QTEST_MAIN(TestRecordTableView)
#include "tst_recordtableview.moc"
