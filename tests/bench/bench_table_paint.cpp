// bench_table_paint: one full repaint of the console's workflow table (WorkflowTableView,
// 10,000 workflows, 1280 x 800, sorted by name), as after every poll that changes what is
// on screen and every scroll step. Its text cells drawn by TextCellDelegate (the console's:
// each text laid out once and kept) against QStyledItemDelegate (shaping every cell's text
// on every paint), in the same run; the Status badges are the same StatusDelegate in both.
//
// Times are the GUI thread's CPU time per repaint (CLOCK_THREAD_CPUTIME_ID), median of 41,
// after 3 warm-up paints. Output: only "BENCH <metric> <value> <unit>" lines.
// BENCH_SMOKE=1: 1,000 workflows, 5 repaints.
#include "support/BenchFigures.h"

#include "style/TextCellDelegate.h"
#include "workflows/WorkflowFilterProxy.h"
#include "workflows/WorkflowListModel.h"
#include "workflows/WorkflowTableView.h"

#include <QApplication>
#include <QStyledItemDelegate>

#include <vector>

namespace {

using BenchFigures::print;

QList<Workflow> workflows(int n)
{
    static const char *names[] = {"Lead Nurture Sequence",  "Insurance Renewal Reminder",
                                  "Welcome Call Series",    "EMI Due Reminder",
                                  "Demo Booking Follow-up", "Feedback Survey Calls"};
    static const char *statuses[] = {"active", "paused", "draft", "completed", "cancelled"};
    const QDateTime start(QDate(2026, 1, 1), QTime(9, 0), Qt::UTC);
    QList<Workflow> rows;
    rows.reserve(n);
    for (int i = 0; i < n; ++i) {
        Workflow w;
        w.id = QStringLiteral("wf_%1").arg(i, 5, 10, QLatin1Char('0'));
        w.name = QStringLiteral("%1 %2").arg(QLatin1String(names[i % 6])).arg(i);
        w.status = WorkflowStatus::fromApi(QLatin1String(statuses[i % 5]));
        w.enrolledLeads = i * 7 % 100000;
        w.nodeCount = i % 13;
        w.edgeCount = i % 17;
        w.createdAt = start.addSecs(qint64(i) * 613);
        w.updatedAt = start.addSecs(qint64(i) * 977);
        rows.append(w);
    }
    return rows;
}

// Median thread CPU of one synchronous repaint of the table's viewport.
double repaintMs(QStyledItemDelegate *textDelegate, const QList<Workflow> &rows, int repaints)
{
    WorkflowListModel model;
    WorkflowFilterProxy proxy;
    WorkflowTableView view;
    proxy.setSourceModel(&model);
    proxy.setSortRole(WorkflowListModel::SortRole);
    proxy.setDynamicSortFilter(true);
    view.setModels(&model, &proxy);
    view.setItemDelegate(textDelegate);
    textDelegate->setParent(&view);
    view.sortByColumn(WorkflowListModel::NameColumn, Qt::AscendingOrder);
    view.resize(1280, 800);
    model.setWorkflows(rows);
    view.show();
    for (int i = 0; i < 5; ++i)
        QCoreApplication::processEvents();
    for (int i = 0; i < 3; ++i)
        view.viewport()->repaint();
    std::vector<double> samples;
    for (int i = 0; i < repaints; ++i) {
        const double before = BenchFigures::threadCpuMs();
        view.viewport()->repaint();
        samples.push_back(BenchFigures::threadCpuMs() - before);
    }
    return BenchFigures::median(samples);
}

} // namespace

int main(int argc, char **argv)
{
    BenchFigures::quietOffscreen();
    QApplication app(argc, argv);
    const bool smoke = BenchFigures::smoke();
    const QList<Workflow> rows = workflows(smoke ? 1000 : 10000);
    const int repaints = smoke ? 5 : 41;
    const char *suffix = smoke ? "_1k" : "_10k";
    const double styled = repaintMs(new QStyledItemDelegate, rows, repaints);
    const double kept = repaintMs(new TextCellDelegate, rows, repaints);
    print((QByteArray("table_repaint_ms") + suffix).constData(), kept, "ms");
    print((QByteArray("table_repaint_ms_styled_delegate") + suffix).constData(), styled, "ms");
    print("table_repaint_speedup", styled / kept, "x");
    return 0;
}
