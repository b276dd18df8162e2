#include "support/SandboxControl.h"

#include "SandboxHost.h"
#include "api/ApiClient.h"
#include "api/WorkflowApi.h"
#include "audit/AuditLog.h"
#include "bulk/BulkActionRunner.h"
#include "incidents/IncidentCoordinator.h"
#include "incidents/IncidentStore.h"
#include "storage/ConsoleDatabase.h"

#include <QDateTime>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace {

using Kind = BulkItemOutcome::Kind;
using Resume = ResumeItemReport::Outcome;

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

    bool start(int transferTimeoutMs = 15000, int rateLimit = 0)
    {
        SandboxOptions options;
        options.tickMs = 0;
        options.workflowCount = 0;
        options.rateLimitPerSecond = rateLimit;
        if (!host.start(options))
            return false;
        control = std::make_unique<SandboxControl>(host.controlUrl());
        client.setBaseUrl(host.baseUrl());
        client.setApiKey(host.apiKey());
        client.setTransferTimeoutMs(transferTimeoutMs);
        api = std::make_unique<WorkflowApi>(&client);
        return dir.isValid() && database.open(dbPath());
    }
    QString dbPath() const { return dir.filePath(QStringLiteral("audit.sqlite")); }

    QList<BulkItem> insert(const QString &prefix, int count, const QString &status)
    {
        QList<BulkItem> items;
        for (int i = 1; i <= count; ++i) {
            const QString id = QStringLiteral("%1_%2").arg(prefix).arg(i, 3, 10, QLatin1Char('0'));
            const QString name = QStringLiteral("%1 workflow %2").arg(prefix).arg(i);
            if (control->insertWorkflow(id, name, status))
                items.append({id, name, 0});
        }
        return items;
    }

    QJsonArray pauseRequests(const QString &action = QStringLiteral("pause"))
    {
        QJsonArray out;
        for (const QJsonValue &v : control->requests()) {
            const QJsonObject o = v.toObject();
            if (o.value(QStringLiteral("method")).toString() == QLatin1String("POST") &&
                o.value(QStringLiteral("path")).toString().endsWith(QLatin1Char('/') + action))
                out.append(o);
        }
        return out;
    }
};

QHash<QString, BulkItemOutcome> byId(const QList<BulkItemOutcome> &outcomes)
{
    QHash<QString, BulkItemOutcome> out;
    for (const BulkItemOutcome &o : outcomes)
        out.insert(o.workflowId, o);
    return out;
}

qint64 atMs(const QJsonObject &request)
{
    return QDateTime::fromString(request.value(QStringLiteral("at")).toString(), Qt::ISODateWithMs)
        .toMSecsSinceEpoch();
}

} // namespace

class TestBulkActions : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<BulkItemOutcome>();
        qRegisterMetaType<BulkSummary>();
        qRegisterMetaType<ResumeItemReport>();
        qRegisterMetaType<QList<ResumeItemReport>>();
        qRegisterMetaType<Incident>();
    }

    void mixedStatesGiveRightOutcomePerWorkflow()
    {
        Env env;
        QVERIFY(env.start(1500));
        QList<BulkItem> items = env.insert(QStringLiteral("wf_act"), 4, QStringLiteral("active"));
        items += env.insert(QStringLiteral("wf_run"), 1, QStringLiteral("running"));
        items += env.insert(QStringLiteral("wf_pau"), 2, QStringLiteral("paused"));
        items += env.insert(QStringLiteral("wf_can"), 1, QStringLiteral("cancelled"));
        items += env.insert(QStringLiteral("wf_del"), 1, QStringLiteral("active"));
        items += env.insert(QStringLiteral("wf_503"), 1, QStringLiteral("active"));
        items += env.insert(QStringLiteral("wf_hang"), 1, QStringLiteral("active"));
        QCOMPARE(items.size(), 11);
        // Someone else deletes one after the supervisor selected it.
        QVERIFY(env.control->remove(QStringLiteral("wf_del_001")));
        // A 5xx that did not apply, and a timeout whose pause did apply server-side.
        QVERIFY(env.control->fault({{"method", "POST"},
                                    {"path", "/v1/workflows/wf_503_001/pause"},
                                    {"count", 1},
                                    {"status", 503}}));
        QVERIFY(env.control->fault({{"method", "POST"},
                                    {"path", "/v1/workflows/wf_hang_001/pause"},
                                    {"count", 1},
                                    {"hang", true},
                                    {"apply", true}}));

        BulkActionRunner runner(env.api.get());
        runner.setAuditLog(&env.audit);
        QSignalSpy finished(&runner, &BulkActionRunner::finished);
        QSignalSpy itemFinished(&runner, &BulkActionRunner::itemFinished);
        BulkOptions options;
        options.reason = QStringLiteral("Carrier outage");
        options.incidentId = QStringLiteral("INC-TEST-1");
        options.profile = QStringLiteral("prod");
        options.apiHost = env.host.baseUrl().host();
        QVERIFY(runner.run(LifecycleAction::Pause, items, options));
        QVERIFY(finished.wait(20000));
        QCOMPARE(itemFinished.size(), items.size());

        const auto out = byId(runner.outcomes());
        for (const char *id :
             {"wf_act_001", "wf_act_002", "wf_act_003", "wf_act_004", "wf_run_001"}) {
            QCOMPARE(BulkItemOutcome::kindName(out.value(id).kind), QStringLiteral("done"));
            QCOMPARE(env.control->status(id), QStringLiteral("paused"));
        }
        QCOMPARE(out.value("wf_pau_001").kind, Kind::AlreadyInTarget);
        QCOMPARE(out.value("wf_pau_002").kind, Kind::AlreadyInTarget);
        QCOMPARE(out.value("wf_can_001").kind, Kind::Conflict);
        QVERIFY(out.value("wf_can_001").currentStatus.has_value());
        QCOMPARE(out.value("wf_can_001").currentStatus->state(), WorkflowState::Cancelled);
        QCOMPARE(out.value("wf_del_001").kind, Kind::NotFound);
        QCOMPARE(out.value("wf_503_001").kind, Kind::Failed);
        QCOMPARE(out.value("wf_hang_001").kind, Kind::Done); // confirmed by the re-read
        QVERIFY(out.value("wf_hang_001").reason.contains(QStringLiteral("re-read")));

        // Timeouts and 5xx are never blindly re-sent: exactly one POST each.
        int hangPosts = 0, errorPosts = 0;
        for (const QJsonValue &v : env.pauseRequests()) {
            const QString path = v.toObject().value(QStringLiteral("path")).toString();
            hangPosts += path.contains(QStringLiteral("wf_hang_001")) ? 1 : 0;
            errorPosts += path.contains(QStringLiteral("wf_503_001")) ? 1 : 0;
        }
        QCOMPARE(hangPosts, 1);
        QCOMPARE(errorPosts, 1);

        const BulkSummary summary = finished.at(0).at(0).value<BulkSummary>();
        QCOMPARE(summary.total, 11);
        QCOMPARE(summary.done, 6);
        QCOMPARE(summary.alreadyInTarget, 2);
        QCOMPARE(summary.conflict, 1);
        QCOMPARE(summary.notFound, 1);
        QCOMPARE(summary.failed, 1);

        // Every item has an audited request with its outcome, incident id and reason.
        const QList<AuditEntry> rows = env.audit.entries();
        QCOMPARE(rows.size(), items.size());
        for (const BulkItem &item : items) {
            AuditFilter f;
            f.workflowText = item.id;
            const QList<AuditEntry> mine = env.audit.entries(f);
            QCOMPARE(mine.size(), 1);
            QCOMPARE(mine.first().outcome, BulkItemOutcome::kindName(out.value(item.id).kind));
            QCOMPARE(mine.first().incidentId, QStringLiteral("INC-TEST-1"));
            QCOMPARE(mine.first().reason, QStringLiteral("Carrier outage"));
            QCOMPARE(mine.first().action, QStringLiteral("pause"));
            QVERIFY(mine.first().completedAtUtc >= mine.first().requestedAtUtc);
        }
        AuditFilter conflictRows;
        conflictRows.outcome = QStringLiteral("conflict");
        QCOMPARE(env.audit.entries(conflictRows).first().httpStatus, 409);
        QVERIFY(env.audit.pendingWithoutOutcome().isEmpty());

        // retryFailed re-runs only the failed item.
        finished.clear();
        QVERIFY(runner.retryFailed());
        QVERIFY(finished.wait(10000));
        QCOMPARE(runner.summary().failed, 0);
        QCOMPARE(byId(runner.outcomes()).value("wf_503_001").kind, Kind::Done);
        QCOMPARE(env.audit.entries().size(), items.size() + 1);
        QVERIFY(!runner.retryFailed());
    }

    void burstOf429IsAbsorbedWithoutStorm()
    {
        Env env;
        QVERIFY(env.start());
        const QList<BulkItem> items =
            env.insert(QStringLiteral("wf_rl"), 12, QStringLiteral("active"));
        const int burst = 6;
        QVERIFY(env.control->fault({{"method", "POST"},
                                    {"path", "/v1/workflows/*/pause"},
                                    {"count", burst},
                                    {"status", 429},
                                    {"headers", QJsonObject{{"Retry-After", "1"}}}}));
        QVERIFY(env.control->clearRequests());
        BulkActionRunner runner(env.api.get());
        runner.setAuditLog(&env.audit);
        QSignalSpy finished(&runner, &BulkActionRunner::finished);
        QSignalSpy backoffs(&runner, &BulkActionRunner::backoffStarted);
        BulkOptions options;
        options.concurrency = 4;
        QVERIFY(runner.run(LifecycleAction::Pause, items, options));
        QVERIFY(finished.wait(30000));
        const BulkSummary summary = runner.summary();
        QCOMPARE(summary.failed, 0);
        QCOMPARE(summary.done, items.size());
        QCOMPARE(summary.rateLimitedResponses, burst);
        QVERIFY(backoffs.size() >= 1);
        QCOMPARE(backoffs.first().first().toInt(), 1000);

        const QJsonArray posts = env.pauseRequests();
        QCOMPARE(posts.size(), items.size() + burst); // every 429'd POST re-sent exactly once
        // No storm: during the first back-off window no more than `concurrency` requests arrived.
        const qint64 t0 = atMs(posts.first().toObject());
        int inWindow = 0;
        for (const QJsonValue &v : posts)
            inWindow += atMs(v.toObject()) < t0 + 950 ? 1 : 0;
        QVERIFY2(inWindow <= options.concurrency, qPrintable(QString::number(inWindow)));
        // A second burst of 429s doubled the shared back-off.
        if (backoffs.size() > 1)
            QCOMPARE(backoffs.at(1).first().toInt(), 2000);
        for (const BulkItem &item : items)
            QCOMPARE(env.control->status(item.id), QStringLiteral("paused"));
        AuditFilter rl;
        rl.outcome = QStringLiteral("rate_limited");
        QCOMPARE(env.audit.entries(rl).size(), burst);
    }

    // Issue 9 item 6: a Retry-After beyond the back-off cap (60 s) is not waited for: the
    // item that got it fails with a sentence at once, the others go on, the run finishes.
    void retryAfterBeyondTheCapFailsTheItemInsteadOfWaiting()
    {
        Env env;
        QVERIFY(env.start());
        const QList<BulkItem> items =
            env.insert(QStringLiteral("wf_day"), 3, QStringLiteral("active"));
        QVERIFY(env.control->fault({{"method", "POST"},
                                    {"path", "/v1/workflows/wf_day_001/pause"},
                                    {"count", 1},
                                    {"status", 429},
                                    {"headers", QJsonObject{{"Retry-After", "86400"}}}}));
        QVERIFY(env.control->clearRequests());
        BulkActionRunner runner(env.api.get());
        runner.setAuditLog(&env.audit);
        QSignalSpy finished(&runner, &BulkActionRunner::finished);
        QSignalSpy backoffs(&runner, &BulkActionRunner::backoffStarted);
        BulkOptions options;
        options.concurrency = 1;
        QVERIFY(runner.run(LifecycleAction::Pause, items, options));
        // No real waiting is involved: the run ends as soon as the three answers are in.
        QVERIFY(finished.wait(10000));
        QCOMPARE(backoffs.size(), 0);
        const auto out = byId(runner.outcomes());
        const BulkItemOutcome day = out.value("wf_day_001");
        QCOMPARE(day.kind, Kind::Failed);
        QCOMPARE(day.httpStatus, 429);
        QVERIFY2(day.reason.contains(QStringLiteral("DialNexa asked to wait 24 h; not retried")),
                 qPrintable(day.reason));
        QVERIFY2(day.reason.contains(QStringLiteral("pause it again later")),
                 qPrintable(day.reason));
        QCOMPARE(out.value("wf_day_002").kind, Kind::Done);
        QCOMPARE(out.value("wf_day_003").kind, Kind::Done);
        QCOMPARE(env.control->status(QStringLiteral("wf_day_001")), QStringLiteral("active"));
        // The 429'd POST was not sent again.
        int dayPosts = 0;
        for (const QJsonValue &v : env.pauseRequests())
            dayPosts += v.toObject()
                                .value(QStringLiteral("path"))
                                .toString()
                                .contains(QStringLiteral("wf_day_001"))
                            ? 1
                            : 0;
        QCOMPARE(dayPosts, 1);
        AuditFilter f;
        f.workflowText = QStringLiteral("wf_day_001");
        const QList<AuditEntry> rows = env.audit.entries(f);
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.first().outcome, QStringLiteral("failed"));
        QVERIFY(env.audit.pendingWithoutOutcome().isEmpty());
        QVERIFY(runner.retryFailed()); // "pause them again later" is possible
        QVERIFY(finished.wait(10000));
        QCOMPARE(runner.summary().done, 3);
    }

    // The cap is an option (60 s at most): a hint beyond a short configured cap fails at once
    // too, and an exponential back-off never exceeds the cap.
    void backoffNeverExceedsTheConfiguredCap()
    {
        Env env;
        QVERIFY(env.start());
        const QList<BulkItem> items =
            env.insert(QStringLiteral("wf_cap"), 2, QStringLiteral("active"));
        QVERIFY(env.control->fault({{"method", "POST"},
                                    {"path", "/v1/workflows/wf_cap_001/pause"},
                                    {"count", 1},
                                    {"status", 429},
                                    {"headers", QJsonObject{{"Retry-After", "2"}}}}));
        BulkActionRunner runner(env.api.get());
        QSignalSpy finished(&runner, &BulkActionRunner::finished);
        QSignalSpy backoffs(&runner, &BulkActionRunner::backoffStarted);
        BulkOptions options;
        options.concurrency = 1;
        options.maxBackoffMs = 1000;
        QVERIFY(runner.run(LifecycleAction::Pause, items, options));
        QVERIFY(finished.wait(10000));
        QCOMPARE(backoffs.size(), 0);
        QCOMPARE(byId(runner.outcomes()).value("wf_cap_001").kind, Kind::Failed);
        QVERIFY(byId(runner.outcomes())
                    .value("wf_cap_001")
                    .reason.contains(QStringLiteral("DialNexa asked to wait 2 s")));
        QCOMPARE(byId(runner.outcomes()).value("wf_cap_002").kind, Kind::Done);

        // Three 429s in a row without a hint: 1 s, then 2 s capped to the configured 1.5 s.
        QVERIFY(env.control->setStatus(QStringLiteral("wf_cap_001"), QStringLiteral("active")));
        QVERIFY(env.control->fault({{"method", "POST"},
                                    {"path", "/v1/workflows/wf_cap_001/pause"},
                                    {"count", 2},
                                    {"status", 429}}));
        options.maxBackoffMs = 1500;
        QVERIFY(runner.run(LifecycleAction::Pause, items.mid(0, 1), options));
        QVERIFY(finished.wait(10000));
        QCOMPARE(runner.summary().done, 1);
        QCOMPARE(backoffs.size(), 2);
        QCOMPARE(backoffs.at(0).first().toInt(), 1000);
        QCOMPARE(backoffs.at(1).first().toInt(), 1500);
        options.maxBackoffMs = 86400 * 1000; // asked for more than 60 s: clamped
        QVERIFY(runner.run(LifecycleAction::Pause, items.mid(1, 1), options));
        QCOMPARE(runner.options().maxBackoffMs, 60000);
        QVERIFY(finished.wait(10000));
    }

    // Issue 9 item 10: a 2xx whose body names another status than the target, or carries
    // no status at all, is "outcome unknown": the workflow is re-read, and only the status
    // read from the server is reported (never one inferred from the action).
    void successWithoutTheTargetStatusIsRereadNotBelieved()
    {
        Env env;
        QVERIFY(env.start());
        const QList<BulkItem> items =
            env.insert(QStringLiteral("wf_two"), 4, QStringLiteral("active"));
        // 1: 200 {"status":"active"}, not applied; 2: 200 with no body, not applied;
        // 3: 200 with no body, applied; 4: 200 {"status":"active"} but applied.
        const auto answer = [&](const QString &id, QJsonValue body, bool apply) {
            if (body.isObject()) {
                QJsonObject o = body.toObject();
                o.insert(QStringLiteral("id"), id);
                body = o;
            }
            return env.control->fault({{"method", "POST"},
                                       {"path", QStringLiteral("/v1/workflows/%1/pause").arg(id)},
                                       {"count", 1},
                                       {"status", 200},
                                       {"body", body},
                                       {"apply", apply}});
        };
        const QJsonObject saysActive{{"status", "active"}};
        QVERIFY(answer(QStringLiteral("wf_two_001"), saysActive, false));
        QVERIFY(answer(QStringLiteral("wf_two_002"), QStringLiteral(""), false));
        QVERIFY(answer(QStringLiteral("wf_two_003"), QStringLiteral(""), true));
        QVERIFY(answer(QStringLiteral("wf_two_004"), saysActive, true));
        QVERIFY(env.control->clearRequests());

        BulkActionRunner runner(env.api.get());
        runner.setAuditLog(&env.audit);
        QSignalSpy finished(&runner, &BulkActionRunner::finished);
        QVERIFY(runner.run(LifecycleAction::Pause, items, BulkOptions()));
        QVERIFY(finished.wait(10000));
        const auto out = byId(runner.outcomes());
        for (const char *id : {"wf_two_001", "wf_two_002"}) {
            const BulkItemOutcome o = out.value(id);
            QVERIFY2(o.kind == Kind::Failed, id);
            QVERIFY2(o.outcomeUnknown, qPrintable(o.reason));
            QVERIFY(o.currentStatus.has_value());
            QCOMPARE(o.currentStatus->state(), WorkflowState::Active); // what the re-read said
            QVERIFY2(o.reason.contains(QStringLiteral("active"), Qt::CaseInsensitive),
                     qPrintable(o.reason));
            QCOMPARE(env.control->status(id), QStringLiteral("active"));
        }
        for (const char *id : {"wf_two_003", "wf_two_004"}) {
            const BulkItemOutcome o = out.value(id);
            QVERIFY2(o.kind == Kind::Done, id);
            QCOMPARE(o.currentStatus->state(), WorkflowState::Paused);
            QVERIFY2(o.reason.contains(QStringLiteral("re-read")), qPrintable(o.reason));
        }
        // Every one of them was re-read with a GET, and none re-sent.
        for (const BulkItem &item : items) {
            QCOMPARE(env.control
                         ->requestsMatching(QStringLiteral("GET"),
                                            QStringLiteral("/workflows/") + item.id)
                         .size(),
                     1);
            QCOMPARE(env.control
                         ->requestsMatching(QStringLiteral("POST"),
                                            QStringLiteral("/workflows/%1/pause").arg(item.id))
                         .size(),
                     1);
        }
        AuditFilter f;
        f.outcome = QStringLiteral("done");
        QCOMPARE(env.audit.entries(f).size(), 2);
    }

    void cancelMidRunSkipsTheRest()
    {
        Env env;
        QVERIFY(env.start());
        const QList<BulkItem> items =
            env.insert(QStringLiteral("wf_cx"), 20, QStringLiteral("active"));
        QVERIFY(env.control->fault({{"method", "POST"},
                                    {"path", "/v1/workflows/*/pause"},
                                    {"count", 20},
                                    {"delay_ms", 400}}));
        QVERIFY(env.control->clearRequests());
        BulkActionRunner runner(env.api.get());
        runner.setAuditLog(&env.audit);
        QSignalSpy finished(&runner, &BulkActionRunner::finished);
        int started = 0;
        connect(&runner, &BulkActionRunner::itemStarted, this, [&] { ++started; });
        BulkOptions options;
        options.concurrency = 4;
        QVERIFY(runner.run(LifecycleAction::Pause, items, options));
        // Cancel once the first four POSTs are at the server (held there by the delay).
        QTRY_COMPARE_WITH_TIMEOUT(env.pauseRequests().size(), 4, 5000);
        QCOMPARE(started, 4);
        runner.cancel();
        QVERIFY(runner.isRunning()); // in-flight ones still finishing
        QVERIFY(finished.wait(10000));
        QCOMPARE(started, 4);
        const BulkSummary summary = runner.summary();
        QVERIFY(summary.cancelled);
        QCOMPARE(summary.done, 4);
        QCOMPARE(summary.skipped, 16);
        // Nothing sent after cancel: a later POST would be in the log before the sentinel.
        QVERIFY(env.control->sentinel(env.client.networkAccessManager(), env.host.baseUrl()));
        QCOMPARE(env.pauseRequests().size(), 4);
        int paused = 0;
        for (const BulkItem &item : items)
            paused += env.control->status(item.id) == QLatin1String("paused") ? 1 : 0;
        QCOMPARE(paused, 4);
        QCOMPARE(env.audit.entries().size(), 4); // skipped items were never requested
    }

    void resumeIncidentGivesBackOnlyItsOwnStillPausedWorkflows()
    {
        Env env;
        QVERIFY(env.start());
        QList<BulkItem> items = env.insert(QStringLiteral("wf_inc"), 6, QStringLiteral("active"));
        items += env.insert(QStringLiteral("wf_before"), 1, QStringLiteral("paused"));
        IncidentCoordinator coordinator(env.api.get(), &env.store, &env.audit);
        coordinator.setOperatorName(QStringLiteral("alice"));
        QSignalSpy pauseDone(&coordinator, &IncidentCoordinator::pauseFinished);
        const QString incidentId =
            coordinator.startPauseIncident(QStringLiteral("Carrier outage, ticket #42"), items,
                                           QStringLiteral("prod"), env.host.baseUrl().host());
        QVERIFY(!incidentId.isEmpty());
        QVERIFY(incidentId.startsWith(QStringLiteral("INC-")));
        QVERIFY(!coordinator.startPauseIncident(QStringLiteral("x"), items, {}, {}).size()); // busy
        QVERIFY(pauseDone.wait(10000));
        QCOMPARE(coordinator.openIncidents().size(), 1);
        QCOMPARE(coordinator.openIncidents().first().operatorName, QStringLiteral("alice"));

        int pausedByIncident = 0;
        for (const IncidentWorkflow &w : env.store.workflows(incidentId))
            pausedByIncident += w.pausedByIncident ? 1 : 0;
        QCOMPARE(pausedByIncident, 6); // not the one that was already paused

        // Meanwhile another supervisor acts.
        QVERIFY(env.control->setStatus(QStringLiteral("wf_inc_002"), QStringLiteral("active")));
        QVERIFY(env.control->setStatus(QStringLiteral("wf_inc_003"), QStringLiteral("cancelled")));
        QVERIFY(env.control->remove(QStringLiteral("wf_inc_004")));

        QSignalSpy resumeDone(&coordinator, &IncidentCoordinator::resumeFinished);
        QVERIFY(coordinator.resumeIncident(incidentId));
        QVERIFY(resumeDone.wait(10000));
        // Issue 9 item 3: a workflow not found is "needs attention", not "done": the
        // incident stays open (it may have been resumed against the wrong server).
        QVERIFY(!resumeDone.first().at(2).toBool());
        QHash<QString, ResumeItemReport> reports;
        for (const ResumeItemReport &r : resumeDone.first().at(1).value<QList<ResumeItemReport>>())
            reports.insert(r.workflowId, r);
        QCOMPARE(reports.size(), 7);
        QCOMPARE(reports.value("wf_inc_001").outcome, Resume::Resumed);
        QCOMPARE(reports.value("wf_inc_005").outcome, Resume::Resumed);
        QCOMPARE(reports.value("wf_inc_006").outcome, Resume::Resumed);
        QCOMPARE(reports.value("wf_inc_002").outcome, Resume::SkippedAlreadyActive);
        QCOMPARE(reports.value("wf_inc_003").outcome, Resume::SkippedCancelled);
        QCOMPARE(reports.value("wf_inc_004").outcome, Resume::SkippedNotFound);
        QCOMPARE(reports.value("wf_before_001").outcome, Resume::NotPausedByIncident);
        QCOMPARE(env.control->status(QStringLiteral("wf_before_001")), QStringLiteral("paused"));
        QCOMPARE(env.control->status(QStringLiteral("wf_inc_001")), QStringLiteral("active"));
        QCOMPARE(env.control->status(QStringLiteral("wf_inc_003")), QStringLiteral("cancelled"));

        // Exactly three resume POSTs, audited under the incident.
        QCOMPARE(env.pauseRequests(QStringLiteral("resume")).size(), 3);
        AuditFilter f;
        f.incidentId = incidentId;
        f.action = QStringLiteral("resume");
        QCOMPARE(env.audit.entries(f).size(), 3);
        QCOMPARE(coordinator.openIncidents().size(), 1);
        QVERIFY(coordinator.canRetryFailed());
        QCOMPARE(coordinator.retryFailedPlan(incidentId), IncidentCoordinator::Run::Resume);

        // Once the missing one is back (it was on another server, or restored), the retry
        // resumes it and closes the incident; nothing resumed before is sent again.
        QVERIFY(env.control->insertWorkflow(QStringLiteral("wf_inc_004"), QStringLiteral("back"),
                                            QStringLiteral("paused")));
        QVERIFY(env.control->clearRequests());
        QVERIFY(coordinator.retryFailed());
        QVERIFY(resumeDone.wait(10000));
        QVERIFY(resumeDone.last().at(2).toBool()); // closed
        QCOMPARE(env.pauseRequests(QStringLiteral("resume")).size(), 1);
        QCOMPARE(env.control->status(QStringLiteral("wf_inc_004")), QStringLiteral("active"));
        QVERIFY(coordinator.openIncidents().isEmpty());
        QCOMPARE(coordinator.allIncidents().size(), 1);
        QVERIFY(!coordinator.allIncidents().first().isOpen());
        QVERIFY(!coordinator.resumeIncident(incidentId)); // closed
    }

    void killedMidBulkLeavesResumableIncident()
    {
        Env env;
        QVERIFY(env.start());
        const QList<BulkItem> items =
            env.insert(QStringLiteral("wf_crash"), 4, QStringLiteral("active"));
        // The third pause never gets an answer.
        QVERIFY(env.control->fault({{"method", "POST"},
                                    {"path", "/v1/workflows/wf_crash_003/pause"},
                                    {"count", 1},
                                    {"hang", true}}));
        QStringList args{env.host.baseUrl().toString(), env.dbPath()};
        for (const BulkItem &item : items)
            args << item.id;
        QProcess helper;
        QProcessEnvironment penv = QProcessEnvironment::systemEnvironment();
        penv.insert(QStringLiteral("DIALNEXA_API_KEY"), env.host.apiKey());
        helper.setProcessEnvironment(penv);
        helper.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        helper.start(QStringLiteral(BULK_CRASH_HELPER), args);
        QVERIFY(helper.waitForStarted(5000));
        QByteArray output;
        QTRY_VERIFY_WITH_TIMEOUT((output += helper.readAllStandardOutput()).contains("STARTED 2"),
                                 10000);
        QTRY_VERIFY_WITH_TIMEOUT(env.pauseRequests().size() == 3, 5000);
        helper.kill();
        QVERIFY(helper.waitForFinished(5000));
        QVERIFY(output.contains("FINISHED 0 done"));
        QVERIFY(output.contains("FINISHED 1 done"));
        QVERIFY(!output.contains("FINISHED 2"));

        // "Restart": fresh store objects on the same file.
        ConsoleDatabase database;
        AuditLog audit(&database);
        IncidentStore store(&database);
        QVERIFY(database.open(env.dbPath()));
        const QList<AuditEntry> pending = audit.pendingWithoutOutcome();
        QCOMPARE(pending.size(), 1);
        QCOMPARE(pending.first().workflowId, QStringLiteral("wf_crash_003"));
        QVERIFY(!pending.first().completedAtUtc.isValid());
        QCOMPARE(audit.entries().size(), 3);
        const QList<Incident> open = store.openIncidents();
        QCOMPARE(open.size(), 1);
        QCOMPARE(open.first().reason, QStringLiteral("Carrier outage"));

        IncidentCoordinator coordinator(env.api.get(), &store, &audit);
        QSignalSpy resumeDone(&coordinator, &IncidentCoordinator::resumeFinished);
        QVERIFY(coordinator.resumeIncident(open.first().id));
        QVERIFY(resumeDone.wait(10000));
        QHash<QString, ResumeItemReport> reports;
        for (const ResumeItemReport &r : resumeDone.first().at(1).value<QList<ResumeItemReport>>())
            reports.insert(r.workflowId, r);
        QCOMPARE(reports.value("wf_crash_001").outcome, Resume::Resumed);
        QCOMPARE(reports.value("wf_crash_002").outcome, Resume::Resumed);
        QCOMPARE(reports.value("wf_crash_003").outcome,
                 Resume::SkippedAlreadyActive); // hung pause never applied
        QCOMPARE(reports.value("wf_crash_004").outcome, Resume::NotPausedByIncident);
        for (const BulkItem &item : items)
            QCOMPARE(env.control->status(item.id), QStringLiteral("active"));
        QVERIFY(store.openIncidents().isEmpty());
    }

    void cancelActionOverMixedStates()
    {
        Env env;
        QVERIFY(env.start());
        QList<BulkItem> items = env.insert(QStringLiteral("wf_cact"), 1, QStringLiteral("active"));
        items += env.insert(QStringLiteral("wf_cpau"), 1, QStringLiteral("paused"));
        items += env.insert(QStringLiteral("wf_ccan"), 1, QStringLiteral("cancelled"));
        items += env.insert(QStringLiteral("wf_ccom"), 1, QStringLiteral("completed"));
        BulkActionRunner runner(env.api.get());
        runner.setAuditLog(&env.audit);
        QSignalSpy finished(&runner, &BulkActionRunner::finished);
        QSignalSpy progress(&runner, &BulkActionRunner::progress);
        QVERIFY(runner.run(LifecycleAction::Cancel, items, BulkOptions()));
        QVERIFY(!runner.run(LifecycleAction::Cancel, items, BulkOptions())); // one run at a time
        QVERIFY(finished.wait(10000));
        const auto out = byId(runner.outcomes());
        QCOMPARE(out.value("wf_cact_001").kind, Kind::Done);
        QCOMPARE(out.value("wf_cpau_001").kind, Kind::Done);
        QCOMPARE(out.value("wf_ccan_001").kind, Kind::AlreadyInTarget);
        QCOMPARE(out.value("wf_ccom_001").kind, Kind::Conflict);
        QCOMPARE(out.value("wf_ccom_001").currentStatus->state(), WorkflowState::Completed);
        QCOMPARE(progress.size(), 4);
        QCOMPARE(progress.last().at(0).toInt(), 4);
        QCOMPARE(progress.last().at(1).toInt(), 4);
        AuditFilter f;
        f.action = QStringLiteral("cancel");
        QCOMPARE(env.audit.entries(f).size(), 4);
        QCOMPARE(env.control->status(QStringLiteral("wf_cpau_001")), QStringLiteral("cancelled"));
    }

    void crashedUnconfirmedPauseIsNotResumedBlindly()
    {
        // A pause whose outcome was never recorded but which did apply: the console cannot
        // tell it from a workflow someone else paused, so it reports it instead of resuming.
        Env env;
        QVERIFY(env.start());
        const QList<BulkItem> items =
            env.insert(QStringLiteral("wf_unc"), 1, QStringLiteral("active"));
        const std::optional<Incident> inc =
            env.store.createIncident(QStringLiteral("r"), QStringLiteral("bob"), {}, {});
        QVERIFY2(inc,
                 qPrintable(env.store.lastError() +
                            QStringLiteral(" open=%1 ").arg(env.store.isOpen()) + env.dbPath()));
        QVERIFY(env.store.addWorkflow(inc->id, items.first().id, items.first().name));
        QVERIFY(env.store.markPauseRequested(inc->id, items.first().id));
        QVERIFY(env.control->setStatus(items.first().id, QStringLiteral("paused")));
        IncidentCoordinator coordinator(env.api.get(), &env.store, &env.audit);
        QSignalSpy resumeDone(&coordinator, &IncidentCoordinator::resumeFinished);
        QVERIFY(coordinator.resumeIncident(inc->id));
        QVERIFY(resumeDone.wait(10000));
        const auto reports = resumeDone.first().at(1).value<QList<ResumeItemReport>>();
        QCOMPARE(reports.size(), 1);
        QCOMPARE(reports.first().outcome, Resume::SkippedUnconfirmed);
        QCOMPARE(env.control->status(items.first().id), QStringLiteral("paused"));
    }
};

QTEST_GUILESS_MAIN(TestBulkActions)
#include "tst_bulk_actions.moc"
