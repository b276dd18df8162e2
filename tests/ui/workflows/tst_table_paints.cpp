// How often the workflow table paints its rows for one change of the list (issue 13): the
// table fits its columns and lays its rows out when the rows change, and each of those
// steps used to repaint every visible row again after the change's own paint — three
// paints for the first rows of a load. At 10,000 workflows a paint of the sorted table is
// milliseconds of the GUI thread during a load. Once per change is what a user sees.
#include "unit/workflows/WorkflowFixtures.h"

#include "storage/Settings.h"
#include "workflows/WorkflowFilterProxy.h"
#include "workflows/WorkflowListModel.h"
#include "workflows/WorkflowTableView.h"

#include <QApplication>
#include <QTemporaryDir>
#include <QTest>

namespace {

// Counts the paints of a widget.
class PaintCounter : public QObject
{
public:
    explicit PaintCounter(QWidget *widget) { widget->installEventFilter(this); }
    int paints = 0;

protected:
    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() == QEvent::Paint)
            ++paints;
        return false;
    }
};

// Everything the event loop has to do now: posted events and zero-time timers, in as
// many rounds as they take to stop producing more.
void settle()
{
    for (int round = 0; round < 20; ++round)
        QCoreApplication::processEvents();
}

// The console's table: sorted by name, its header restored from (empty) settings, so
// the first rows fit the columns, shown in a window.
struct Table
{
    QTemporaryDir dir;
    Settings settings{dir.filePath(QStringLiteral("console.ini"))};
    WorkflowListModel model;
    WorkflowFilterProxy proxy;
    WorkflowTableView view;

    Table()
    {
        proxy.setSourceModel(&model);
        proxy.setSortRole(WorkflowListModel::SortRole);
        proxy.setDynamicSortFilter(true);
        view.setModels(&model, &proxy);
        view.restoreHeader(settings);
        view.resize(1100, 600);
        view.show();
        settle();
    }
};

} // namespace

class TestTablePaints : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void firstRowsPaintTheTableOnce();
    void aBatchOfLoadingPagesPaintsOnce();
    void aPollThatChangesRowsPaintsOnce();
};

void TestTablePaints::firstRowsPaintTheTableOnce()
{
    Table table;
    QVERIFY(QTest::qWaitForWindowExposed(&table.view));
    PaintCounter counter(table.view.viewport());
    const int loaded = table.model.insertLoadingPages(0, {Fixtures::many(100)},
                                                      QStringLiteral("Loading 100 of 1,000…"));
    QCOMPARE(loaded, 100);
    settle();
    QCOMPARE(table.proxy.rowCount(), 100);
    QCOMPARE(counter.paints, 1);
}

void TestTablePaints::aBatchOfLoadingPagesPaintsOnce()
{
    Table table;
    QVERIFY(QTest::qWaitForWindowExposed(&table.view));
    const QList<Workflow> all = Fixtures::many(1000);
    table.model.insertLoadingPages(0, {all.mid(0, 100)}, QStringLiteral("Loading 100 of 1,000…"));
    settle();
    PaintCounter counter(table.view.viewport());
    table.model.beginLoadingBatch(900);
    for (int page = 1; page < 10; ++page)
        table.model.insertLoadingPages(page * 100, {all.mid(page * 100, 100)},
                                       QStringLiteral("Loading…"));
    table.model.endLoadingBatch();
    settle();
    QCOMPARE(table.proxy.rowCount(), 1000);
    QCOMPARE(counter.paints, 1);
}

void TestTablePaints::aPollThatChangesRowsPaintsOnce()
{
    Table table;
    QVERIFY(QTest::qWaitForWindowExposed(&table.view));
    QList<Workflow> rows = Fixtures::many(300);
    table.model.setWorkflows(rows);
    settle();
    PaintCounter counter(table.view.viewport());
    for (int i = 0; i < rows.size(); i += 7)
        rows[i].status = WorkflowStatus::fromApi(QStringLiteral("paused"));
    rows.append(Fixtures::workflow(QStringLiteral("wf_new"), QStringLiteral("A new one"),
                                   QStringLiteral("active")));
    rows.removeAt(3);
    table.model.setWorkflows(rows);
    settle();
    QCOMPARE(table.proxy.rowCount(), 300);
    QCOMPARE(counter.paints, 1);
}

QTEST_MAIN(TestTablePaints)
#include "tst_table_paints.moc"
