#include "MonitoringFixtures.h"
#include "monitoring/StatusSummary.h"
#include "workflows/WorkflowListModel.h"

#include <QSignalSpy>
#include <QTest>

using MonitoringFixtures::workflow;

class TestStatusSummary : public QObject
{
    Q_OBJECT

private:
    static QList<int> counts(const StatusSummary &s)
    {
        return {s.activeCount(),    s.pausedCount(),    s.draftCount(),
                s.completedCount(), s.cancelledCount(), s.otherCount()};
    }
    static QList<Workflow> initial()
    {
        return {workflow("wf_1", "active"),    workflow("wf_2", "running"),
                workflow("wf_3", "paused"),    workflow("wf_4", "draft"),
                workflow("wf_5", "completed"), workflow("wf_6", "cancelled"),
                workflow("wf_7", "inactive")};
    }

private Q_SLOTS:
    void emptyModel()
    {
        WorkflowListModel model;
        StatusSummary summary(&model);
        QCOMPARE(summary.total(), 0);
        QCOMPARE(counts(summary), (QList<int>{0, 0, 0, 0, 0, 0}));
        QCOMPARE(summary.summaryText(), QStringLiteral("No workflows"));
    }

    void countsFirstLoad()
    {
        WorkflowListModel model;
        StatusSummary summary(&model);
        QSignalSpy changed(&summary, &StatusSummary::countsChanged);
        model.setWorkflows(initial());
        QCOMPARE(changed.count(), 1);
        QCOMPARE(counts(summary), (QList<int>{2, 1, 1, 1, 1, 1}));
        QCOMPARE(summary.total(), 7);
        QCOMPARE(summary.count(WorkflowState::Unknown), 1);
        QCOMPARE(
            summary.summaryText(),
            QStringLiteral("2 active · 1 paused · 1 draft · 1 completed · 1 cancelled · 1 other"));
    }

    void attachToLoadedModel()
    {
        WorkflowListModel model;
        model.setWorkflows(initial());
        StatusSummary summary;
        summary.setModel(&model);
        QCOMPARE(counts(summary), (QList<int>{2, 1, 1, 1, 1, 1}));
    }

    void insertionsAndRemovals()
    {
        WorkflowListModel model;
        model.setWorkflows(initial());
        StatusSummary summary(&model);
        QSignalSpy changed(&summary, &StatusSummary::countsChanged);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);

        // Remove wf_2 (active) and wf_6 (cancelled); add two paused ones, one in the middle.
        QList<Workflow> next = initial();
        next.removeAt(5);
        next.removeAt(1);
        next.insert(2, workflow("wf_8", "paused"));
        next.append(workflow("wf_9", "paused"));
        model.setWorkflows(next);
        QCOMPARE(resets.count(), 0);
        QVERIFY(changed.count() >= 1);
        QCOMPARE(counts(summary), (QList<int>{1, 3, 1, 1, 0, 1}));
        QCOMPARE(summary.total(), model.rowCount());

        model.removeWorkflow(QStringLiteral("wf_3"));
        QCOMPARE(counts(summary), (QList<int>{1, 2, 1, 1, 0, 1}));
        QCOMPARE(summary.total(), model.rowCount());
    }

    void statusChangesViaDiff()
    {
        WorkflowListModel model;
        model.setWorkflows(initial());
        StatusSummary summary(&model);
        QSignalSpy changed(&summary, &StatusSummary::countsChanged);
        QList<Workflow> next = initial();
        next[0].status = WorkflowStatus::fromApi("paused");
        next[1].status = WorkflowStatus::fromApi("paused");
        next[3].status = WorkflowStatus::fromApi("active");
        model.setWorkflows(next);
        QCOMPARE(counts(summary), (QList<int>{1, 3, 0, 1, 1, 1}));
        QVERIFY(changed.count() >= 1);
    }

    void updateWorkflowChangesOneRow()
    {
        WorkflowListModel model;
        model.setWorkflows(initial());
        StatusSummary summary(&model);
        QSignalSpy changed(&summary, &StatusSummary::countsChanged);
        Workflow w = workflow("wf_3", "active");
        model.updateWorkflow(w);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(summary.activeCount(), 3);
        QCOMPARE(summary.pausedCount(), 0);
    }

    void unchangedStatusDoesNotSignal()
    {
        WorkflowListModel model;
        model.setWorkflows(initial());
        StatusSummary summary(&model);
        QSignalSpy changed(&summary, &StatusSummary::countsChanged);
        QList<Workflow> next = initial();
        next[0].name = QStringLiteral("Renamed");           // dataChanged, same status
        next[1].status = WorkflowStatus::fromApi("active"); // running -> active: same state
        model.setWorkflows(next);
        QCOMPARE(changed.count(), 0);
        QCOMPARE(counts(summary), (QList<int>{2, 1, 1, 1, 1, 1}));
    }

    void matchesRecountAfterManyDiffs()
    {
        WorkflowListModel model;
        StatusSummary summary(&model);
        const QStringList statuses{"active", "paused", "draft", "completed", "cancelled", "weird"};
        quint32 seed = 7;
        auto rnd = [&seed](int n) {
            seed = seed * 1103515245u + 12345u;
            return int((seed >> 16) % n);
        };
        for (int round = 0; round < 40; ++round) {
            QList<Workflow> list;
            for (int i = 0; i < 30; ++i) {
                if (rnd(3) == 0)
                    continue;
                list.append(
                    workflow(QStringLiteral("wf_%1").arg(i), statuses.at(rnd(statuses.size()))));
            }
            model.setWorkflows(list);
            StatusSummary fresh(&model);
            for (int b = 0; b < StatusSummary::BucketCount; ++b)
                QCOMPARE(summary.count(StatusSummary::Bucket(b)),
                         fresh.count(StatusSummary::Bucket(b)));
            QCOMPARE(summary.total(), model.rowCount());
        }
    }

    void bucketNames()
    {
        QCOMPARE(StatusSummary::bucketOf(WorkflowState::Unknown), StatusSummary::Other);
        QCOMPARE(StatusSummary::bucketName(StatusSummary::Paused), QStringLiteral("Paused"));
        QCOMPARE(StatusSummary::bucketName(StatusSummary::Other), QStringLiteral("Other"));
    }
};

QTEST_GUILESS_MAIN(TestStatusSummary)
#include "tst_status_summary.moc"
