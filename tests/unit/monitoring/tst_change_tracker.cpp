#include "MonitoringFixtures.h"
#include "api/ApiClient.h"
#include "api/WorkflowApi.h"
#include "monitoring/ActivityLogModel.h"
#include "monitoring/ChangeTracker.h"
#include "workflows/WorkflowActionService.h"
#include "workflows/WorkflowListModel.h"

#include <QSignalSpy>
#include <QTest>

using MonitoringFixtures::workflow;

class TestChangeTracker : public QObject
{
    Q_OBJECT

private:
    QDateTime m_now = QDateTime(QDate(2026, 3, 1), QTime(10, 0), Qt::UTC);

    struct Rig
    {
        WorkflowListModel model;
        ActivityLogModel log;
        ChangeTracker tracker{&model, &log};
    };
    void setUp(Rig &rig)
    {
        rig.tracker.setClock([this] { return m_now; });
        rig.model.setWorkflows({workflow("wf_1", "active", "Summer outreach"),
                                workflow("wf_2", "paused", "Renewals"),
                                workflow("wf_3", "draft", "")});
    }
    static QList<Workflow> with(const WorkflowListModel &model, const QString &id,
                                const QString &status)
    {
        QList<Workflow> list = model.workflows();
        for (Workflow &w : list) {
            if (w.id == id)
                w.status = WorkflowStatus::fromApi(status);
        }
        return list;
    }

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<Workflow>();
        qRegisterMetaType<WorkflowStatus>();
    }

    void firstLoadIsNotAChange()
    {
        Rig rig;
        QSignalSpy external(&rig.tracker, &ChangeTracker::externalChange);
        setUp(rig);
        rig.tracker.flush();
        QCOMPARE(external.count(), 0);
        QCOMPARE(rig.log.rowCount(), 0);
    }

    void unexpectedChangeIsExternal()
    {
        Rig rig;
        setUp(rig);
        QSignalSpy external(&rig.tracker, &ChangeTracker::externalChange);
        QSignalSpy own(&rig.tracker, &ChangeTracker::ownChange);
        rig.model.setWorkflows(with(rig.model, "wf_1", "paused"));
        QTRY_COMPARE(external.count(), 1); // classified on a zero-timer
        QCOMPARE(own.count(), 0);
        const auto w = external.at(0).at(0).value<Workflow>();
        QCOMPARE(w.id, QStringLiteral("wf_1"));
        QCOMPARE(w.status.state(), WorkflowState::Paused);
        QCOMPARE(external.at(0).at(1).value<WorkflowStatus>().state(), WorkflowState::Active);

        QCOMPARE(rig.log.rowCount(), 1);
        const ActivityEntry &e = rig.log.entryAt(0);
        QCOMPARE(e.origin, ActivityEntry::Origin::External);
        QCOMPARE(e.at, m_now);
        auto text = [&](int col) { return rig.log.index(0, col).data().toString(); };
        QCOMPARE(text(ActivityLogModel::WorkflowColumn), QStringLiteral("Summer outreach (wf_1)"));
        QCOMPARE(text(ActivityLogModel::ChangeColumn), QStringLiteral("Active → Paused"));
        QCOMPARE(text(ActivityLogModel::OriginColumn), QStringLiteral("not by this console"));
        QVERIFY(!text(ActivityLogModel::TimeColumn).isEmpty());
        QCOMPARE(rig.log.index(0, 0).data(ActivityLogModel::WorkflowIdRole).toString(),
                 QStringLiteral("wf_1"));
    }

    void expectedChangeIsOwn()
    {
        Rig rig;
        setUp(rig);
        QSignalSpy external(&rig.tracker, &ChangeTracker::externalChange);
        QSignalSpy own(&rig.tracker, &ChangeTracker::ownChange);
        rig.tracker.expectChange(QStringLiteral("wf_1"), LifecycleAction::Pause);
        QVERIFY(rig.tracker.isExpected(QStringLiteral("wf_1"), WorkflowState::Paused, m_now));
        m_now = m_now.addSecs(30);
        rig.model.setWorkflows(with(rig.model, "wf_1", "paused"));
        rig.tracker.flush();
        QCOMPARE(own.count(), 1);
        QCOMPARE(external.count(), 0);
        QCOMPARE(rig.log.entryAt(0).origin, ActivityEntry::Origin::ThisConsole);
        QCOMPARE(rig.log.index(0, ActivityLogModel::OriginColumn).data().toString(),
                 QStringLiteral("this console"));
        // The expectation is consumed: pausing again later (after a resume) by someone else is external.
        rig.model.setWorkflows(with(rig.model, "wf_1", "active"));
        rig.model.setWorkflows(with(rig.model, "wf_1", "paused"));
        rig.tracker.flush();
        QCOMPARE(external.count(), 2);
        QCOMPARE(rig.log.rowCount(), 3);
        QCOMPARE(rig.log.entryAt(0).changeText(),
                 QStringLiteral("Active → Paused")); // newest first
        QCOMPARE(rig.log.entryAt(1).changeText(), QStringLiteral("Paused → Active"));
    }

    void expectationExpiresAfterWindow()
    {
        Rig rig;
        setUp(rig);
        QSignalSpy external(&rig.tracker, &ChangeTracker::externalChange);
        rig.tracker.expectChange(QStringLiteral("wf_2"), WorkflowState::Active);
        m_now = m_now.addSecs(121);
        QVERIFY(!rig.tracker.isExpected(QStringLiteral("wf_2"), WorkflowState::Active, m_now));
        rig.model.setWorkflows(with(rig.model, "wf_2", "active"));
        rig.tracker.flush();
        QCOMPARE(external.count(), 1);
    }

    void expectationForAnotherTargetDoesNotCount()
    {
        Rig rig;
        setUp(rig);
        QSignalSpy external(&rig.tracker, &ChangeTracker::externalChange);
        rig.tracker.expectChange(QStringLiteral("wf_1"), LifecycleAction::Pause);
        rig.model.setWorkflows(with(rig.model, "wf_1", "cancelled"));
        rig.tracker.flush();
        QCOMPARE(external.count(), 1);
        QCOMPARE(rig.log.entryAt(0).changeText(), QStringLiteral("Active → Cancelled"));
    }

    void pendingActionOnRowIsOwn()
    {
        Rig rig;
        setUp(rig);
        QSignalSpy own(&rig.tracker, &ChangeTracker::ownChange);
        rig.model.setPendingAction(QStringLiteral("wf_2"), LifecycleAction::Resume);
        Workflow w = workflow("wf_2", "active", "Renewals");
        rig.model.updateWorkflow(w);
        rig.tracker.flush();
        QCOMPARE(own.count(), 1);
    }

    void actionServiceSignalSameTurnIsOwn()
    {
        Rig rig;
        setUp(rig);
        ApiClient client;
        WorkflowApi api(&client);
        WorkflowActionService service(&api, &rig.model);
        rig.tracker.setActionService(&service);
        QSignalSpy own(&rig.tracker, &ChangeTracker::ownChange);
        QSignalSpy external(&rig.tracker, &ChangeTracker::externalChange);
        // What the service does on a 2xx: merge into the row, then announce success.
        Workflow paused = workflow("wf_1", "paused", "Summer outreach");
        rig.model.updateWorkflow(paused);
        Q_EMIT service.actionSucceeded(LifecycleAction::Pause, paused);
        QTRY_COMPARE(own.count(), 1);
        QCOMPARE(external.count(), 0);
    }

    void actionServiceSignalBeforePollIsOwn()
    {
        Rig rig;
        setUp(rig);
        ApiClient client;
        WorkflowApi api(&client);
        WorkflowActionService service(&api, &rig.model);
        rig.tracker.setActionService(&service);
        QSignalSpy own(&rig.tracker, &ChangeTracker::ownChange);
        Q_EMIT service.actionSucceeded(LifecycleAction::Resume, workflow("wf_2", "active"));
        m_now = m_now.addSecs(5);
        rig.model.setWorkflows(with(rig.model, "wf_2", "active"));
        QTRY_COMPARE(own.count(), 1);
    }

    void nameFallsBackToId()
    {
        Rig rig;
        setUp(rig);
        // wf_3 has a name from the fixture default; use a workflow without a name.
        QList<Workflow> list = rig.model.workflows();
        list.append(workflow("wf_9", "active"));
        list.last().name.clear();
        rig.model.setWorkflows(list);
        rig.model.setWorkflows(with(rig.model, "wf_9", "paused"));
        rig.tracker.flush();
        QCOMPARE(rig.log.entryAt(0).workflowText(), QStringLiteral("wf_9"));
    }

    void highlightExpires()
    {
        Rig rig;
        setUp(rig);
        QSignalSpy highlight(&rig.tracker, &ChangeTracker::highlightChanged);
        const QDateTime t0 = m_now;
        rig.model.setWorkflows(with(rig.model, "wf_1", "paused"));
        rig.tracker.flush();
        QCOMPARE(highlight.count(), 1);
        QCOMPARE(highlight.at(0).at(0).toString(), QStringLiteral("wf_1"));
        QVERIFY(rig.tracker.isHighlighted(QStringLiteral("wf_1"), t0));
        QVERIFY(rig.tracker.isHighlighted(QStringLiteral("wf_1"), t0.addMSecs(9999)));
        QVERIFY(!rig.tracker.isHighlighted(QStringLiteral("wf_1"), t0.addSecs(10)));
        QVERIFY(!rig.tracker.isHighlighted(QStringLiteral("wf_2"), t0));
        QCOMPARE(rig.tracker.highlightedIds(t0), QStringList{QStringLiteral("wf_1")});
        QCOMPARE(rig.tracker.highlightUntil(QStringLiteral("wf_1")), t0.addSecs(10));

        rig.tracker.expireHighlights(t0.addSecs(5));
        QCOMPARE(highlight.count(), 1);
        rig.tracker.expireHighlights(t0.addSecs(11));
        QCOMPARE(highlight.count(), 2);
        QCOMPARE(highlight.at(1).at(0).toString(), QStringLiteral("wf_1"));
        QVERIFY(rig.tracker.highlightedIds(t0).isEmpty());
    }

    void highlightRenewedByLaterChange()
    {
        Rig rig;
        setUp(rig);
        rig.tracker.setHighlightDurationMs(3000);
        const QDateTime t0 = m_now;
        rig.model.setWorkflows(with(rig.model, "wf_1", "paused"));
        rig.tracker.flush();
        m_now = t0.addSecs(2);
        rig.model.setWorkflows(with(rig.model, "wf_1", "active"));
        rig.tracker.flush();
        QVERIFY(rig.tracker.isHighlighted(QStringLiteral("wf_1"), t0.addSecs(4)));
        QVERIFY(!rig.tracker.isHighlighted(QStringLiteral("wf_1"), t0.addSecs(5)));
    }

    void highlightTimerFiresWithRealClock()
    {
        WorkflowListModel model;
        ChangeTracker tracker(&model);
        tracker.setHighlightDurationMs(200);
        model.setWorkflows({workflow("wf_1", "active")});
        QSignalSpy highlight(&tracker, &ChangeTracker::highlightChanged);
        model.setWorkflows({workflow("wf_1", "paused")});
        QTRY_COMPARE(highlight.count(), 1);
        QVERIFY(tracker.isHighlighted(QStringLiteral("wf_1"), QDateTime::currentDateTimeUtc()));
        QTRY_COMPARE_WITH_TIMEOUT(highlight.count(), 2, 3000);
        QVERIFY(!tracker.isHighlighted(QStringLiteral("wf_1"), QDateTime::currentDateTimeUtc()));
    }

    void logIsBounded()
    {
        ActivityLogModel log;
        log.setMaxEntries(3);
        for (int i = 0; i < 5; ++i) {
            ActivityEntry e;
            e.workflowId = QStringLiteral("wf_%1").arg(i);
            log.append(e);
        }
        QCOMPARE(log.rowCount(), 3);
        QCOMPARE(log.entryAt(0).workflowId, QStringLiteral("wf_4"));
        QCOMPARE(log.entryAt(2).workflowId, QStringLiteral("wf_2"));
    }
};

QTEST_GUILESS_MAIN(TestChangeTracker)
#include "tst_change_tracker.moc"
