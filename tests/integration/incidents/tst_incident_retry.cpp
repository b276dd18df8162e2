// IncidentCoordinator::retryFailed() against the in-process sandbox: the failed pauses of an
// incident are sent again and recorded in the store exactly as the first run records them,
// from memory (the same coordinator) and from the store alone (a new coordinator on the
// same file, as in a new dialnexa-ctl process).
#include "api/ServerName.h"
#include "support/SandboxControl.h"

#include "SandboxHost.h"
#include "api/ApiClient.h"
#include "api/WorkflowApi.h"
#include "audit/AuditLog.h"
#include "incidents/IncidentCoordinator.h"
#include "incidents/IncidentStore.h"
#include "storage/ConsoleDatabase.h"

#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace {

using Kind = BulkItemOutcome::Kind;
using Resume = ResumeItemReport::Outcome;
using Run = IncidentCoordinator::Run;

struct Env
{
    SandboxHost host;
    std::unique_ptr<SandboxControl> control;
    ApiClient client;
    std::unique_ptr<WorkflowApi> api;
    QTemporaryDir dir;
    ConsoleDatabase database;
    AuditLog audit{&database};
    IncidentStore store{&database};

    bool start()
    {
        SandboxOptions options;
        options.tickMs = 0;
        options.workflowCount = 0;
        if (!host.start(options))
            return false;
        control = std::make_unique<SandboxControl>(host.controlUrl());
        client.setBaseUrl(host.baseUrl());
        client.setApiKey(host.apiKey());
        client.setTransferTimeoutMs(15000);
        api = std::make_unique<WorkflowApi>(&client);
        return dir.isValid() && database.open(dbPath());
    }
    QString dbPath() const { return dir.filePath(QStringLiteral("audit.sqlite")); }

    QList<BulkItem> insert(const QString &prefix, int count)
    {
        QList<BulkItem> items;
        for (int i = 1; i <= count; ++i) {
            const QString id = QStringLiteral("%1_%2").arg(prefix).arg(i, 3, 10, QLatin1Char('0'));
            const QString name = QStringLiteral("%1 workflow %2").arg(prefix).arg(i);
            if (control->insertWorkflow(id, name, QStringLiteral("active")))
                items.append({id, name, 0});
        }
        return items;
    }
    // A 503 that the server did not apply, for the next `count` POSTs of `action` on `id`.
    bool fail(const QString &id, const QString &action = QStringLiteral("pause"), int count = 1)
    {
        return control->fault({{"method", "POST"},
                               {"path", QStringLiteral("/v1/workflows/%1/%2").arg(id, action)},
                               {"count", count},
                               {"status", 503}});
    }
    // Workflow ids of the POST /workflows/{id}/<action> requests in the log, sorted.
    QStringList posts(const QString &action)
    {
        QStringList ids;
        for (const QJsonObject &o :
             control->requestsMatching(QStringLiteral("POST"), QLatin1Char('/') + action))
            ids.append(
                o.value(QStringLiteral("path")).toString().section(QLatin1Char('/'), -2, -2));
        ids.sort();
        return ids;
    }
    QHash<QString, IncidentWorkflow> rows(const QString &incidentId)
    {
        QHash<QString, IncidentWorkflow> out;
        for (const IncidentWorkflow &w : store.workflows(incidentId))
            out.insert(w.workflowId, w);
        return out;
    }
};

QHash<QString, ResumeItemReport> reportsOf(const QSignalSpy &resumeDone)
{
    QHash<QString, ResumeItemReport> out;
    for (const ResumeItemReport &r : resumeDone.last().at(1).value<QList<ResumeItemReport>>())
        out.insert(r.workflowId, r);
    return out;
}

} // namespace

class TestIncidentRetry : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<BulkItem>();
        qRegisterMetaType<BulkItemOutcome>();
        qRegisterMetaType<BulkSummary>();
        qRegisterMetaType<ResumeItemReport>();
        qRegisterMetaType<QList<ResumeItemReport>>();
        qRegisterMetaType<Incident>();
    }

    void incidentRowsThatCannotBeWrittenAreKeptAndWrittenLater()
    {
        // The disk is full when the incident starts: the pause must go out all the same, and
        // the incident's rows reach the file once it can be written again.
        Env env;
        QVERIFY(env.start());
        const QList<BulkItem> items = env.insert(QStringLiteral("wf_full"), 3);
        env.store.setRetryIntervalMs(50);
        QSqlQuery readOnly(QSqlDatabase::database(env.database.connectionName()));
        QVERIFY(readOnly.exec(QStringLiteral("PRAGMA query_only = ON")));
        QSignalSpy failed(&env.store, &IncidentStore::writeFailed);
        IncidentCoordinator coordinator(env.api.get(), &env.store, &env.audit);
        QSignalSpy done(&coordinator, &IncidentCoordinator::pauseFinished);
        const QString id = coordinator.startPauseIncident(QStringLiteral("Carrier outage"), items,
                                                          QStringLiteral("Ops"),
                                                          ServerName::of(env.host.baseUrl()));
        QVERIFY2(!id.isEmpty(), "a pause is never blocked by its record");
        QVERIFY(done.wait(10000));
        QCOMPARE(env.posts(QStringLiteral("pause")).size(), 3);
        QVERIFY(!failed.isEmpty());
        QVERIFY(env.store.pendingWrites() > 0);

        QVERIFY(readOnly.exec(QStringLiteral("PRAGMA query_only = OFF")));
        QTRY_COMPARE_WITH_TIMEOUT(env.store.pendingWrites(), 0, 10000);
        QVERIFY(env.store.incident(id).has_value());
        const QHash<QString, IncidentWorkflow> rows = env.rows(id);
        QCOMPARE(rows.size(), 3);
        for (const BulkItem &item : items)
            QVERIFY2(rows.value(item.id).pausedByIncident, qPrintable(item.id));
    }

    void retryPausesTheFailedOnesAndResumeGivesThemBack()
    {
        Env env;
        QVERIFY(env.start());
        const QList<BulkItem> items = env.insert(QStringLiteral("wf_rt"), 4);
        QCOMPARE(items.size(), 4);
        QVERIFY(env.fail(QStringLiteral("wf_rt_002")));
        QVERIFY(env.fail(QStringLiteral("wf_rt_003")));

        IncidentCoordinator coordinator(env.api.get(), &env.store, &env.audit);
        QSignalSpy pauseDone(&coordinator, &IncidentCoordinator::pauseFinished);
        QSignalSpy started(&coordinator, &IncidentCoordinator::itemStarted);
        QSignalSpy finished(&coordinator, &IncidentCoordinator::itemFinished);
        QSignalSpy runs(&coordinator, &IncidentCoordinator::runChanged);
        QCOMPARE(coordinator.currentRun(), Run::None);
        QVERIFY(!coordinator.retryFailed()); // nothing ran yet
        const QString id = coordinator.startPauseIncident(QStringLiteral("Carrier outage"), items,
                                                          QStringLiteral("prod"), QString());
        QVERIFY(!id.isEmpty());
        QCOMPARE(coordinator.currentRun(), Run::Pause);
        QVERIFY(!coordinator.retryFailed()); // busy
        QVERIFY(pauseDone.wait(10000));
        QCOMPARE(coordinator.currentRun(), Run::None);
        QCOMPARE(runs.size(), 2);
        QCOMPARE(runs.at(0).at(0).value<Run>(), Run::Pause);
        QCOMPARE(runs.at(1).at(0).value<Run>(), Run::None);
        QCOMPARE(started.size(), 4);
        QCOMPARE(started.first().at(0).toString(), id);
        QCOMPARE(started.first().at(2).value<LifecycleAction>(), LifecycleAction::Pause);
        QCOMPARE(finished.size(), 4);
        BulkSummary summary = pauseDone.last().at(1).value<BulkSummary>();
        QCOMPARE(summary.done, 2);
        QCOMPARE(summary.failed, 2);
        QHash<QString, IncidentWorkflow> rows = env.rows(id);
        QCOMPARE(rows.value("wf_rt_002").pauseOutcome, QStringLiteral("failed"));
        QVERIFY(!rows.value("wf_rt_002").pausedByIncident);
        QVERIFY(coordinator.canRetryFailed());

        // Retry: only the two failed ones are sent, and the store records them like the first run.
        QVERIFY(env.control->clearRequests());
        started.clear();
        finished.clear();
        runs.clear();
        QVERIFY(coordinator.retryFailed());
        QCOMPARE(coordinator.currentRun(), Run::PauseRetry);
        QVERIFY(!coordinator.retryFailed());      // busy
        QVERIFY(!coordinator.resumeIncident(id)); // busy
        QVERIFY(
            coordinator.startPauseIncident(QStringLiteral("x"), items, {}, {}).isEmpty()); // busy
        QVERIFY(pauseDone.wait(10000));
        QCOMPARE(coordinator.currentRun(), Run::None);
        QCOMPARE(runs.size(), 2);
        QCOMPARE(runs.at(0).at(0).value<Run>(), Run::PauseRetry);
        QCOMPARE(pauseDone.last().at(0).toString(), id);
        summary = pauseDone.last().at(1).value<BulkSummary>();
        QCOMPARE(summary.total, 4); // totals over every item of the incident's pause
        QCOMPARE(summary.done, 4);
        QCOMPARE(summary.failed, 0);
        QCOMPARE(env.posts(QStringLiteral("pause")),
                 (QStringList{QStringLiteral("wf_rt_002"), QStringLiteral("wf_rt_003")}));
        QStringList startedIds;
        for (const QList<QVariant> &args : std::as_const(started))
            startedIds.append(args.at(1).value<BulkItem>().id);
        startedIds.sort();
        QCOMPARE(startedIds,
                 (QStringList{QStringLiteral("wf_rt_002"), QStringLiteral("wf_rt_003")}));
        QCOMPARE(finished.size(), 2);
        QCOMPARE(finished.first().at(1).value<BulkItemOutcome>().kind, Kind::Done);
        rows = env.rows(id);
        for (const BulkItem &item : items) {
            QVERIFY2(rows.value(item.id).pausedByIncident, qPrintable(item.id));
            QCOMPARE(rows.value(item.id).pauseOutcome, QStringLiteral("done"));
            QVERIFY(rows.value(item.id).pauseRequested);
            QCOMPARE(env.control->status(item.id), QStringLiteral("paused"));
        }
        AuditFilter f;
        f.incidentId = id;
        f.action = QStringLiteral("pause");
        QCOMPARE(env.audit.entries(f).size(), 6); // 4 + the 2 re-sent

        // Nothing failed any more: nothing is sent.
        QVERIFY(!coordinator.canRetryFailed());
        QVERIFY(env.control->clearRequests());
        QVERIFY(!coordinator.retryFailed());
        QVERIFY(!coordinator.retryFailed(id));
        QCOMPARE(coordinator.currentRun(), Run::None);
        QVERIFY(env.control->requests().isEmpty());

        // The incident gives back all four, the retried ones included.
        QSignalSpy resumeDone(&coordinator, &IncidentCoordinator::resumeFinished);
        QVERIFY(coordinator.resumeIncident(id));
        QCOMPARE(coordinator.currentRun(), Run::Resume);
        QVERIFY(resumeDone.wait(10000));
        QVERIFY(resumeDone.last().at(2).toBool()); // closed
        const auto reports = reportsOf(resumeDone);
        for (const BulkItem &item : items) {
            QCOMPARE(reports.value(item.id).outcome, Resume::Resumed);
            QCOMPARE(env.control->status(item.id), QStringLiteral("active"));
        }
        QCOMPARE(env.posts(QStringLiteral("resume")).size(), 4);
        QVERIFY(!coordinator.retryFailed()); // closed: nothing to retry
        QVERIFY(!coordinator.retryFailed(id));
    }

    void retryFromTheStoreAloneInANewCoordinator()
    {
        Env env;
        QVERIFY(env.start());
        const QList<BulkItem> items = env.insert(QStringLiteral("wf_st"), 4);
        QCOMPARE(items.size(), 4);
        QVERIFY(env.fail(QStringLiteral("wf_st_002")));
        QVERIFY(env.fail(QStringLiteral("wf_st_003")));
        QString id;
        {
            IncidentCoordinator first(env.api.get(), &env.store, &env.audit);
            QSignalSpy pauseDone(&first, &IncidentCoordinator::pauseFinished);
            id = first.startPauseIncident(QStringLiteral("Bad prompt"), items.mid(0, 3), {}, {});
            QVERIFY(!id.isEmpty());
            QVERIFY(pauseDone.wait(10000));
            QCOMPARE(pauseDone.last().at(1).value<BulkSummary>().failed, 2);
        }
        // As if the process had died before sending the fourth: the row exists, never sent.
        QVERIFY(env.store.addWorkflow(id, items.at(3).id, items.at(3).name));
        // Meanwhile someone else paused one of the failed ones.
        QVERIFY(env.control->setStatus(QStringLiteral("wf_st_003"), QStringLiteral("paused")));

        // A new process: fresh stores on the same file, a coordinator with no memory.
        ConsoleDatabase database;
        QVERIFY(database.open(env.dbPath()));
        AuditLog audit(&database);
        IncidentStore store(&database);
        IncidentCoordinator coordinator(env.api.get(), &store, &audit);
        QVERIFY(!coordinator.retryFailed()); // no run in memory
        QList<IncidentWorkflow> planned;
        QCOMPARE(coordinator.retryFailedPlan(id, &planned), Run::PauseRetry);
        QStringList plannedIds;
        for (const IncidentWorkflow &w : planned)
            plannedIds.append(w.workflowId);
        QCOMPARE(plannedIds, (QStringList{QStringLiteral("wf_st_002"), QStringLiteral("wf_st_003"),
                                          QStringLiteral("wf_st_004")}));
        QCOMPARE(coordinator.retryFailedPlan(QStringLiteral("INC-nope")), Run::None);
        QVERIFY(!coordinator.retryFailed(QStringLiteral("INC-nope")));

        QVERIFY(env.control->clearRequests());
        QSignalSpy pauseDone(&coordinator, &IncidentCoordinator::pauseFinished);
        QSignalSpy finished(&coordinator, &IncidentCoordinator::itemFinished);
        QSignalSpy progress(&coordinator, &IncidentCoordinator::pauseProgress);
        QVERIFY(coordinator.retryFailed(id));
        QCOMPARE(coordinator.currentRun(), Run::PauseRetry);
        QCOMPARE(coordinator.currentIncidentId(), id);
        QVERIFY(!coordinator.retryFailed(id)); // busy
        QVERIFY(pauseDone.wait(10000));
        QCOMPARE(coordinator.currentRun(), Run::None);
        const BulkSummary summary = pauseDone.last().at(1).value<BulkSummary>();
        QCOMPARE(summary.total, 3);
        QCOMPARE(summary.done, 2);
        QCOMPARE(summary.alreadyInTarget, 1);
        QCOMPARE(summary.failed, 0);
        QCOMPARE(finished.size(), 3);
        QCOMPARE(progress.last().at(1).toInt(), 3);
        QCOMPARE(progress.last().at(2).toInt(), 3);
        // Each is re-read first; only the still active ones get a POST.
        QCOMPARE(env.posts(QStringLiteral("pause")),
                 (QStringList{QStringLiteral("wf_st_002"), QStringLiteral("wf_st_004")}));
        QHash<QString, IncidentWorkflow> rows = env.rows(id);
        QVERIFY(rows.value("wf_st_001").pausedByIncident);
        QVERIFY(rows.value("wf_st_002").pausedByIncident);
        QVERIFY(rows.value("wf_st_004").pausedByIncident);
        QVERIFY(rows.value("wf_st_004").pauseRequested);
        QVERIFY(!rows.value("wf_st_003").pausedByIncident); // someone else's pause
        QCOMPARE(rows.value("wf_st_003").pauseOutcome, QStringLiteral("already_in_target"));
        AuditFilter f;
        f.incidentId = id;
        f.action = QStringLiteral("pause");
        QCOMPARE(audit.entries(f).size(), 3 + 2);

        // Nothing left to retry.
        QCOMPARE(coordinator.retryFailedPlan(id), Run::None);
        QVERIFY(env.control->clearRequests());
        QVERIFY(!coordinator.retryFailed(id));
        QVERIFY(env.control->requests().isEmpty());

        // Resume gives back what the incident paused, the retried ones included, and leaves
        // the one someone else paused alone.
        QSignalSpy resumeDone(&coordinator, &IncidentCoordinator::resumeFinished);
        QVERIFY(coordinator.resumeIncident(id));
        QVERIFY(resumeDone.wait(10000));
        QVERIFY(resumeDone.last().at(2).toBool());
        const auto reports = reportsOf(resumeDone);
        QCOMPARE(reports.value("wf_st_001").outcome, Resume::Resumed);
        QCOMPARE(reports.value("wf_st_002").outcome, Resume::Resumed);
        QCOMPARE(reports.value("wf_st_004").outcome, Resume::Resumed);
        QCOMPARE(reports.value("wf_st_003").outcome, Resume::NotPausedByIncident);
        QCOMPARE(env.control->status(QStringLiteral("wf_st_003")), QStringLiteral("paused"));
        QCOMPARE(env.posts(QStringLiteral("resume")),
                 (QStringList{QStringLiteral("wf_st_001"), QStringLiteral("wf_st_002"),
                              QStringLiteral("wf_st_004")}));
    }

    void retryAfterAFailedResumeResumesAgain()
    {
        Env env;
        QVERIFY(env.start());
        const QList<BulkItem> items = env.insert(QStringLiteral("wf_rr"), 2);
        IncidentCoordinator coordinator(env.api.get(), &env.store, &env.audit);
        QSignalSpy pauseDone(&coordinator, &IncidentCoordinator::pauseFinished);
        const QString id = coordinator.startPauseIncident(QStringLiteral("Quiet hours"), items,
                                                          QString(), QString());
        QVERIFY(pauseDone.wait(10000));
        QCOMPARE(pauseDone.last().at(1).value<BulkSummary>().done, 2);

        // The resume of the second fails twice: once in the run, once in the in-memory retry.
        QVERIFY(env.fail(QStringLiteral("wf_rr_002"), QStringLiteral("resume"), 2));
        QSignalSpy resumeDone(&coordinator, &IncidentCoordinator::resumeFinished);
        QVERIFY(coordinator.resumeIncident(id));
        QVERIFY(resumeDone.wait(10000));
        QVERIFY(!resumeDone.last().at(2).toBool()); // stays open
        QCOMPARE(reportsOf(resumeDone).value("wf_rr_002").outcome, Resume::Failed);
        QVERIFY(coordinator.canRetryFailed());

        QVERIFY(coordinator.retryFailed());
        QCOMPARE(coordinator.currentRun(), Run::Resume);
        QVERIFY(resumeDone.wait(10000));
        QVERIFY(!resumeDone.last().at(2).toBool());
        QCOMPARE(env.control->status(QStringLiteral("wf_rr_002")), QStringLiteral("paused"));
        QCOMPARE(env.control->status(QStringLiteral("wf_rr_001")), QStringLiteral("active"));

        // From the store alone: the incident's resume was started, so the retry is a resume
        // (never a new pause of anything).
        IncidentCoordinator fresh(env.api.get(), &env.store, &env.audit);
        QCOMPARE(fresh.retryFailedPlan(id), Run::Resume);
        QVERIFY(env.control->clearRequests());
        QSignalSpy freshDone(&fresh, &IncidentCoordinator::resumeFinished);
        QVERIFY(fresh.retryFailed(id));
        QCOMPARE(fresh.currentRun(), Run::Resume);
        QVERIFY(freshDone.wait(10000));
        QVERIFY(freshDone.last().at(2).toBool()); // closed now
        QCOMPARE(env.posts(QStringLiteral("resume")), QStringList{QStringLiteral("wf_rr_002")});
        QVERIFY(env.posts(QStringLiteral("pause")).isEmpty());
        QCOMPARE(env.control->status(QStringLiteral("wf_rr_002")), QStringLiteral("active"));
        QCOMPARE(fresh.retryFailedPlan(id), Run::None);
        QVERIFY(!fresh.retryFailed(id));
    }

    void inMemoryRetryNeverPausesAgainOnceTheResumeStarted()
    {
        Env env;
        QVERIFY(env.start());
        const QList<BulkItem> items = env.insert(QStringLiteral("wf_mv"), 2);
        QVERIFY(env.fail(QStringLiteral("wf_mv_002")));
        IncidentCoordinator console(env.api.get(), &env.store, &env.audit);
        QSignalSpy pauseDone(&console, &IncidentCoordinator::pauseFinished);
        const QString id =
            console.startPauseIncident(QStringLiteral("r"), items, QString(), QString());
        QVERIFY(pauseDone.wait(10000));
        QVERIFY(console.canRetryFailed());

        // Another process resumes the incident, and one resume fails: it stays open.
        QVERIFY(env.fail(QStringLiteral("wf_mv_001"), QStringLiteral("resume")));
        IncidentCoordinator ctl(env.api.get(), &env.store, &env.audit);
        QSignalSpy resumeDone(&ctl, &IncidentCoordinator::resumeFinished);
        QVERIFY(ctl.resumeIncident(id));
        QVERIFY(resumeDone.wait(10000));
        QVERIFY(!resumeDone.last().at(2).toBool());

        // The console's failed pause must not be sent again now.
        QVERIFY(env.control->clearRequests());
        QVERIFY(!console.canRetryFailed());
        QVERIFY(!console.retryFailed());
        QCOMPARE(console.currentRun(), Run::None);
        QVERIFY(env.control->requests().isEmpty());
    }

    // Issue 9 item 13: a pause times out (the POST has not landed: the re-read shows
    // active), the POST lands afterwards, and "Retry failed" meets 409 / paused. That pause
    // was probably the incident's own: it is resumed with the rest and the report says so.
    void retryAfterAnUnknownOutcomeKeepsTheWorkflowInTheIncident()
    {
        Env env;
        QVERIFY(env.start());
        const QList<BulkItem> items = env.insert(QStringLiteral("wf_uo"), 2);
        env.client.setTransferTimeoutMs(500);
        QVERIFY(env.control->fault({{"method", "POST"},
                                    {"path", "/v1/workflows/wf_uo_002/pause"},
                                    {"count", 1},
                                    {"hang", true}}));
        IncidentCoordinator coordinator(env.api.get(), &env.store, &env.audit);
        QSignalSpy pauseDone(&coordinator, &IncidentCoordinator::pauseFinished);
        QSignalSpy finished(&coordinator, &IncidentCoordinator::itemFinished);
        const QString id = coordinator.startPauseIncident(QStringLiteral("Carrier outage"), items,
                                                          QString(), QString());
        QVERIFY(pauseDone.wait(10000));
        QCOMPARE(pauseDone.last().at(1).value<BulkSummary>().failed, 1);
        QVERIFY(!env.rows(id).value("wf_uo_002").pausedByIncident);

        // The POST that timed out lands now.
        QVERIFY(env.control->setStatus(QStringLiteral("wf_uo_002"), QStringLiteral("paused")));
        finished.clear();
        QVERIFY(coordinator.retryFailed());
        QVERIFY(pauseDone.wait(10000));
        QCOMPARE(finished.size(), 1);
        const BulkItemOutcome retried = finished.last().at(1).value<BulkItemOutcome>();
        QVERIFY2(retried.reason.contains(QStringLiteral("probably")), qPrintable(retried.reason));
        QVERIFY(env.rows(id).value("wf_uo_002").pausedByIncident);

        QSignalSpy resumeDone(&coordinator, &IncidentCoordinator::resumeFinished);
        QVERIFY(coordinator.resumeIncident(id));
        QVERIFY(resumeDone.wait(10000));
        QVERIFY(resumeDone.last().at(2).toBool()); // closed
        const auto reports = reportsOf(resumeDone);
        QCOMPARE(reports.value("wf_uo_001").outcome, Resume::Resumed);
        QVERIFY(!reports.value("wf_uo_001").probablyPausedByIncident);
        QCOMPARE(reports.value("wf_uo_002").outcome, Resume::Resumed);
        QVERIFY(reports.value("wf_uo_002").probablyPausedByIncident);
        QVERIFY2(reports.value("wf_uo_002").message.contains(QStringLiteral("probably")),
                 qPrintable(reports.value("wf_uo_002").message));
        QCOMPARE(env.control->status(QStringLiteral("wf_uo_001")), QStringLiteral("active"));
        QCOMPARE(env.control->status(QStringLiteral("wf_uo_002")), QStringLiteral("active"));
    }

    // The same from the store alone (dialnexa-ctl retry-failed in a new process): the re-read
    // finds it paused after an unknown outcome; and a later failure with a known outcome
    // does not make the incident forget that the first one was unknown.
    void storeRetryAfterAnUnknownOutcomeKeepsTheWorkflowInTheIncident()
    {
        Env env;
        QVERIFY(env.start());
        const QList<BulkItem> items = env.insert(QStringLiteral("wf_us"), 2);
        env.client.setTransferTimeoutMs(500);
        QVERIFY(env.control->fault({{"method", "POST"},
                                    {"path", "/v1/workflows/wf_us_002/pause"},
                                    {"count", 1},
                                    {"hang", true}}));
        QString id;
        {
            IncidentCoordinator first(env.api.get(), &env.store, &env.audit);
            QSignalSpy pauseDone(&first, &IncidentCoordinator::pauseFinished);
            id = first.startPauseIncident(QStringLiteral("Bad prompt"), items, {}, {});
            QVERIFY(pauseDone.wait(10000));
            QCOMPARE(pauseDone.last().at(1).value<BulkSummary>().failed, 1);
            // A retry now gets a 503 (known: not applied) while the first POST is still out.
            QVERIFY(env.fail(QStringLiteral("wf_us_002")));
            QVERIFY(first.retryFailed());
            QVERIFY(pauseDone.wait(10000));
            QCOMPARE(pauseDone.last().at(1).value<BulkSummary>().failed, 1);
        }
        // The first POST lands.
        QVERIFY(env.control->setStatus(QStringLiteral("wf_us_002"), QStringLiteral("paused")));

        IncidentCoordinator coordinator(env.api.get(), &env.store, &env.audit);
        QCOMPARE(coordinator.retryFailedPlan(id), Run::PauseRetry);
        QSignalSpy pauseDone(&coordinator, &IncidentCoordinator::pauseFinished);
        QSignalSpy finished(&coordinator, &IncidentCoordinator::itemFinished);
        QVERIFY(coordinator.retryFailed(id));
        QVERIFY(pauseDone.wait(10000));
        QCOMPARE(finished.size(), 1);
        QVERIFY2(finished.last().at(1).value<BulkItemOutcome>().reason.contains(
                     QStringLiteral("probably")),
                 qPrintable(finished.last().at(1).value<BulkItemOutcome>().reason));
        QVERIFY(env.rows(id).value("wf_us_002").pausedByIncident);
        QCOMPARE(coordinator.retryFailedPlan(id), Run::None);

        QSignalSpy resumeDone(&coordinator, &IncidentCoordinator::resumeFinished);
        QVERIFY(coordinator.resumeIncident(id));
        QVERIFY(resumeDone.wait(10000));
        QVERIFY(resumeDone.last().at(2).toBool());
        const auto reports = reportsOf(resumeDone);
        QCOMPARE(reports.value("wf_us_002").outcome, Resume::Resumed);
        QVERIFY(reports.value("wf_us_002").probablyPausedByIncident);
        QCOMPARE(env.control->status(QStringLiteral("wf_us_002")), QStringLiteral("active"));
    }

    // Without any retry: the resume finds the workflow whose pause had an unknown outcome
    // paused, and gives it back as probably paused by the incident.
    void resumeAfterAnUnknownOutcomeGivesBackTheLatePause()
    {
        Env env;
        QVERIFY(env.start());
        const QList<BulkItem> items = env.insert(QStringLiteral("wf_ul"), 2);
        env.client.setTransferTimeoutMs(500);
        QVERIFY(env.control->fault({{"method", "POST"},
                                    {"path", "/v1/workflows/wf_ul_002/pause"},
                                    {"count", 1},
                                    {"hang", true}}));
        IncidentCoordinator coordinator(env.api.get(), &env.store, &env.audit);
        QSignalSpy pauseDone(&coordinator, &IncidentCoordinator::pauseFinished);
        const QString id = coordinator.startPauseIncident(QStringLiteral("r"), items, {}, {});
        QVERIFY(pauseDone.wait(10000));
        QVERIFY(env.control->setStatus(QStringLiteral("wf_ul_002"), QStringLiteral("paused")));
        QSignalSpy resumeDone(&coordinator, &IncidentCoordinator::resumeFinished);
        QVERIFY(coordinator.resumeIncident(id));
        QVERIFY(resumeDone.wait(10000));
        QVERIFY(resumeDone.last().at(2).toBool());
        const auto reports = reportsOf(resumeDone);
        QCOMPARE(reports.value("wf_ul_002").outcome, Resume::Resumed);
        QVERIFY(reports.value("wf_ul_002").probablyPausedByIncident);
        QCOMPARE(env.control->status(QStringLiteral("wf_ul_002")), QStringLiteral("active"));
    }

    // Issue 9 item 3: how an incident's recorded API host is matched to a connection.
    void incidentServerMatching()
    {
        const QUrl prod(QStringLiteral("https://api.dialnexa.com/v1"));
        const QUrl sandbox(QStringLiteral("http://127.0.0.1:8787/v1"));
        QCOMPARE(ServerName::of(prod), QStringLiteral("api.dialnexa.com"));
        QCOMPARE(ServerName::of(sandbox), QStringLiteral("127.0.0.1:8787"));
        QVERIFY(ServerName::sameServer(QStringLiteral("api.dialnexa.com"), prod));
        QVERIFY(ServerName::sameServer(QStringLiteral("API.dialnexa.com:443"), prod));
        QVERIFY(!ServerName::sameServer(QStringLiteral("api.dialnexa.com"), sandbox));
        QVERIFY(!ServerName::sameServer(QStringLiteral("127.0.0.1:8787"), prod));
        QVERIFY(ServerName::sameServer(QStringLiteral("127.0.0.1:8787"), sandbox));
        QVERIFY(!ServerName::sameServer(QStringLiteral("127.0.0.1:8788"), sandbox));
        // Older rows: the host alone matches it on any port; nothing recorded matches all.
        QVERIFY(ServerName::sameServer(QStringLiteral("127.0.0.1"), sandbox));
        QVERIFY(ServerName::sameServer(QString(), prod));
        // IPv6, bracketed or as the console's session used to write it.
        const QUrl v6(QStringLiteral("http://[::1]:8787/v1"));
        QCOMPARE(ServerName::of(v6), QStringLiteral("[::1]:8787"));
        QVERIFY(ServerName::sameServer(QStringLiteral("[::1]:8787"), v6));
        QVERIFY(ServerName::sameServer(QStringLiteral("::1:8787"), v6));
        QVERIFY(!ServerName::sameServer(QStringLiteral("[::1]:9999"), v6));
    }

    // A coordinator connected to another server refuses the incident's resume and retries
    // (nothing sent), and the incident stays open for its own server.
    void coordinatorRefusesAnIncidentOfAnotherServer()
    {
        Env env;
        QVERIFY(env.start());
        const QList<BulkItem> items = env.insert(QStringLiteral("wf_os"), 1);
        IncidentCoordinator coordinator(env.api.get(), &env.store, &env.audit);
        QSignalSpy pauseDone(&coordinator, &IncidentCoordinator::pauseFinished);
        QVERIFY(env.fail(QStringLiteral("wf_os_001")));
        const QString id =
            coordinator.startPauseIncident(QStringLiteral("r"), items, QStringLiteral("Production"),
                                           QStringLiteral("api.dialnexa.com"));
        QVERIFY(!id.isEmpty());
        QVERIFY(pauseDone.wait(10000)); // sent here only because the test says so
        QVERIFY(env.control->clearRequests());
        const QString why = coordinator.wrongServerReason(id);
        QVERIFY2(why.contains(QStringLiteral("api.dialnexa.com")) &&
                     why.contains(QStringLiteral("Production")),
                 qPrintable(why));
        QVERIFY(!coordinator.canRetryFailed());
        QVERIFY(!coordinator.retryFailed());
        QVERIFY(!coordinator.retryFailed(id));
        QVERIFY(!coordinator.resumeIncident(id));
        QCOMPARE(coordinator.currentRun(), Run::None);
        QVERIFY(env.control->sentinel(env.client.networkAccessManager(), env.host.baseUrl()));
        QCOMPARE(env.control->requests().size(), 1); // the sentinel alone
        QVERIFY(env.store.incident(id)->isOpen());
    }

    void cancelledRetryKeepsTheFailuresRetryable()
    {
        Env env;
        QVERIFY(env.start());
        const QList<BulkItem> items = env.insert(QStringLiteral("wf_cr"), 3);
        for (const BulkItem &item : items)
            QVERIFY(env.fail(item.id));
        IncidentCoordinator coordinator(env.api.get(), &env.store, &env.audit);
        coordinator.setConcurrency(1);
        QSignalSpy pauseDone(&coordinator, &IncidentCoordinator::pauseFinished);
        const QString id =
            coordinator.startPauseIncident(QStringLiteral("r"), items, QString(), QString());
        QVERIFY(pauseDone.wait(10000));
        QCOMPARE(pauseDone.last().at(1).value<BulkSummary>().failed, 3);

        // Cancel the retry as soon as its first POST starts: the other two are not sent and
        // keep their "failed" so a later retry still finds them.
        QSignalSpy started(&coordinator, &IncidentCoordinator::itemStarted);
        connect(&coordinator, &IncidentCoordinator::itemStarted, &coordinator,
                [&coordinator] { coordinator.cancel(); });
        QVERIFY(coordinator.retryFailed());
        QVERIFY(pauseDone.wait(10000));
        QCOMPARE(started.size(), 1);
        const BulkSummary summary = pauseDone.last().at(1).value<BulkSummary>();
        QVERIFY(summary.cancelled);
        QCOMPARE(summary.done, 1);
        QCOMPARE(summary.skipped, 2);
        int failed = 0;
        for (const IncidentWorkflow &w : env.store.workflows(id))
            failed += w.pauseOutcome == QLatin1String("failed") ? 1 : 0;
        QCOMPARE(failed, 2);
        QList<IncidentWorkflow> planned;
        QCOMPARE(coordinator.retryFailedPlan(id, &planned), Run::PauseRetry);
        QCOMPARE(planned.size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestIncidentRetry)
#include "tst_incident_retry.moc"
