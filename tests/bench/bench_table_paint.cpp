// bench_table_paint: one full repaint of the console's workflow table (WorkflowTableView,
// 10,000 workflows, 1280 x 800, sorted by name), as after every poll that changes what is
// on screen and every scroll step. Its text cells drawn by TextCellDelegate (the console's:
// each text laid out once and kept) against QStyledItemDelegate (shaping every cell's text
// on every paint), in the same run; the Status badges are the same StatusDelegate in both.
//
// Times are the GUI thread's CPU time per repaint (CLOCK_THREAD_CPUTIME_ID), medians of 41
// repaints of each table in turns after 3 warm-up ones; the speedup is the median of the
// 41 pairs' ratios. Output: only "BENCH <metric> <value> <unit>" lines.
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

// The console's table over `rows`, shown, its text cells drawn by `textDelegate`.
struct Table
{
    WorkflowListModel model;
    WorkflowFilterProxy proxy;
    WorkflowTableView view;

    Table(QStyledItemDelegate *textDelegate, const QList<Workflow> &rows)
    {
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
    }

    // Thread CPU of one synchronous repaint of the viewport.
    double repaintMs()
    {
        const double before = BenchFigures::threadCpuMs();
        view.viewport()->repaint();
        return BenchFigures::threadCpuMs() - before;
    }
};

} // namespace

int main(int argc, char **argv)
{
    BenchFigures::quietOffscreen();
    QApplication app(argc, argv);
    const bool smoke = BenchFigures::smoke();
    const QList<Workflow> rows = workflows(smoke ? 1000 : 10000);
    const int repaints = smoke ? 5 : 41;
    const char *suffix = smoke ? "_1k" : "_10k";
    Table styled(new QStyledItemDelegate, rows);
    Table kept(new TextCellDelegate, rows);
    for (int i = 0; i < 5; ++i)
        QCoreApplication::processEvents();
    // Warm-up, then the two in turns: this VM's per-thread speed drifts by 2x between
    // minutes, so each pair is measured under the same conditions.
    for (int i = 0; i < 3; ++i) {
        styled.repaintMs();
        kept.repaintMs();
    }
    std::vector<double> styledMs, keptMs, ratios;
    for (int i = 0; i < repaints; ++i) {
        styledMs.push_back(styled.repaintMs());
        keptMs.push_back(kept.repaintMs());
        ratios.push_back(styledMs.back() / keptMs.back());
    }
    print((QByteArray("table_repaint_ms") + suffix).constData(), BenchFigures::median(keptMs),
          "ms");
    print((QByteArray("table_repaint_ms_styled_delegate") + suffix).constData(),
          BenchFigures::median(styledMs), "ms");
    print("table_repaint_speedup", BenchFigures::median(ratios), "x");
    return 0;
}
