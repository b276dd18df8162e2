// WorkflowActionService against the in-process sandbox over loopback: the row shows the
// pending text while the POST is in flight, exactly one POST is sent, and the final status
// is always one the server reported (action body or re-read), for every outcome class.

#include "support/PostedEvents.h"
#include "support/SandboxControl.h"

#include "SandboxHost.h"
#include "SandboxOptions.h"
#include "api/ApiClient.h"
#include "api/WorkflowApi.h"
#include "workflows/WorkflowActionService.h"
#include "workflows/WorkflowListModel.h"

#include <QSignalSpy>
#include <QTest>

#include <memory>
#include <optional>

class TestWorkflowActionService : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();

    void pauseMinimalBodyUpdatesRow();
    void resumeFullBodyUpdatesRow();
    void pendingWhileDelayedAndSecondRequestRefused();
    void conflictAlreadyPausedBySomeoneElse();
    void conflictPausingCancelledWorkflow();
    void conflictPausingDraftSuggestsActivate();
    void notFoundRemovesRow();
    void unauthorizedAsksForAuthentication();
    void timeoutWithoutEffectReconcilesFromServer();
    void timeoutAfterServerAppliedCountsAsSuccess();
    void timeoutAndRereadFailsKeepsLastConfirmedStatus();
    void refreshSettlesAHangingActionAndItsLateTimeoutIsIgnored();
    void redirectedPostIsUnknownOutcomeNotSuccess();
    void serviceUnavailableIsTransient();
    void emptySuccessBodyTriggersReread();
    void emptySuccessBodyWithoutEffectIsUnknown();
    void successBodyWithAnotherStatusIsUnknown();
    void successBodyWithAnotherStatusButAppliedIsConfirmedByReread();
    void validationErrorIsActionFailed();

private:
    // First workflow of the given shape ("wf_" = shape A, minimal action body; "wfl_" =
    // shape B, full action body), forced to `status` on the server and reloaded.
    QString prepare(const QString &idPrefix, const QString &status);
    void reload();
    QString statusText(const QString &id) const;
    int postsTo(const QString &id, const QString &verb);
    int getsOf(const QString &id);

    std::unique_ptr<SandboxHost> m_host;
    std::unique_ptr<SandboxControl> m_control;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<WorkflowApi> m_api;
    std::unique_ptr<WorkflowListModel> m_model;
    std::unique_ptr<WorkflowActionService> m_service;
};

void TestWorkflowActionService::init()
{
    qRegisterMetaType<ConflictReport>();
    m_host = std::make_unique<SandboxHost>();
    SandboxOptions options;
    options.workflowCount = 12;
    options.shape = QStringLiteral("mixed");
    options.tickMs = 0; // nothing moves unless a test says so
    options.seed = 11;
    QVERIFY(m_host->start(options));
    m_control = std::make_unique<SandboxControl>(m_host->controlUrl());
    m_client = std::make_unique<ApiClient>();
    m_client->setBaseUrl(m_host->baseUrl());
    m_client->setApiKey(m_host->apiKey());
    m_client->setTransferTimeoutMs(5000);
    RetryPolicy noRetry;
    noRetry.maxAttempts = 1;
    m_client->setRetryPolicy(noRetry);
    m_api = std::make_unique<WorkflowApi>(m_client.get());
    m_model = std::make_unique<WorkflowListModel>();
    m_service = std::make_unique<WorkflowActionService>(m_api.get(), m_model.get());
    reload();
    QVERIFY(m_model->rowCount() == 12);
}

void TestWorkflowActionService::cleanup()
{
    m_service.reset();
    m_model.reset();
    m_api.reset();
    m_client.reset();
    m_control.reset();
    if (m_host)
        m_host->stop();
    m_host.reset();
}

void TestWorkflowActionService::reload()
{
    std::optional<ApiResult<WorkflowListing>> result;
    m_api->listAll(WorkflowQuery(), this,
                   [&result](const ApiResult<WorkflowListing> &r) { result = r; });
    QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 10000);
    QVERIFY(result->ok());
    m_model->setWorkflows(result->value().workflows);
}

QString TestWorkflowActionService::prepare(const QString &idPrefix, const QString &status)
{
    QString id;
    for (const Workflow &w : m_model->workflows()) {
        if (w.id.startsWith(idPrefix)) {
            id = w.id;
            break;
        }
    }
    if (id.isEmpty() || !m_control->setStatus(id, status))
        return QString();
    reload();
    m_control->clearRequests();
    return m_model->workflow(id) && m_model->workflow(id)->status.raw() == status ? id : QString();
}

QString TestWorkflowActionService::statusText(const QString &id) const
{
    return m_model->index(m_model->rowOf(id), WorkflowListModel::StatusColumn).data().toString();
}

int TestWorkflowActionService::postsTo(const QString &id, const QString &verb)
{
    return int(m_control
                   ->requestsMatching(QStringLiteral("POST"),
                                      QStringLiteral("/workflows/%1/%2").arg(id, verb))
                   .size());
}

int TestWorkflowActionService::getsOf(const QString &id)
{
    return int(
        m_control->requestsMatching(QStringLiteral("GET"), QStringLiteral("/workflows/") + id)
            .size());
}

void TestWorkflowActionService::pauseMinimalBodyUpdatesRow()
{
    const QString id = prepare(QStringLiteral("wf_"), QStringLiteral("active"));
    QVERIFY(!id.isEmpty());
    const QString name = m_model->workflow(id)->name;
    QSignalSpy succeeded(m_service.get(), &WorkflowActionService::actionSucceeded);
    QSignalSpy statusChanged(m_model.get(), &WorkflowListModel::statusChanged);

    QVERIFY(m_service->request(LifecycleAction::Pause, id));
    QVERIFY(m_service->isPending(id));
    QCOMPARE(statusText(id), QStringLiteral("Pausing…"));
    QTRY_COMPARE_WITH_TIMEOUT(succeeded.size(), 1, 10000);

    QVERIFY(!m_service->isPending(id));
    QVERIFY(!m_model->pendingAction(id));
    QCOMPARE(statusText(id), QStringLiteral("Paused"));
    QCOMPARE(m_model->workflow(id)->name, name); // minimal body: the rest is kept
    const Workflow reported = succeeded.at(0).at(1).value<Workflow>();
    QCOMPARE(reported.status.state(), WorkflowState::Paused);
    QCOMPARE(reported.name, name);
    QCOMPARE(statusChanged.size(), 1);
    QCOMPARE(postsTo(id, QStringLiteral("pause")), 1);
    QCOMPARE(getsOf(id), 0); // the body carried the status: no re-read needed
}

void TestWorkflowActionService::resumeFullBodyUpdatesRow()
{
    const QString id = prepare(QStringLiteral("wfl_"), QStringLiteral("paused"));
    QVERIFY(!id.isEmpty());
    QSignalSpy succeeded(m_service.get(), &WorkflowActionService::actionSucceeded);
    QVERIFY(m_service->request(LifecycleAction::Resume, id));
    QCOMPARE(statusText(id), QStringLiteral("Resuming…"));
    QTRY_COMPARE_WITH_TIMEOUT(succeeded.size(), 1, 10000);
    QCOMPARE(statusText(id), QStringLiteral("Active"));
    QCOMPARE(succeeded.at(0).at(0).value<LifecycleAction>(), LifecycleAction::Resume);
    QVERIFY(m_model->workflow(id)->nodeCount.has_value()); // shape B record
    QCOMPARE(postsTo(id, QStringLiteral("resume")), 1);
}

void TestWorkflowActionService::pendingWhileDelayedAndSecondRequestRefused()
{
    const QString id = prepare(QStringLiteral("wf_"), QStringLiteral("active"));
    QVERIFY(!id.isEmpty());
    QVERIFY(m_control->fault(
        {{"method", "POST"}, {"path", "/v1/workflows/*/pause"}, {"delay_ms", 800}}));
    QSignalSpy succeeded(m_service.get(), &WorkflowActionService::actionSucceeded);

    QVERIFY(m_service->request(LifecycleAction::Pause, id));
    // The POST is at the server, whose answer the fault holds back for 800 ms.
    QTRY_COMPARE_WITH_TIMEOUT(postsTo(id, QStringLiteral("pause")), 1, 5000);
    QCOMPARE(succeeded.size(), 0);
    QCOMPARE(statusText(id), QStringLiteral("Pausing…"));
    QCOMPARE(
        m_model->index(m_model->rowOf(id), 0).data(WorkflowListModel::PendingActionRole).toInt(),
        int(LifecycleAction::Pause));
    QVERIFY(!m_service->request(LifecycleAction::Pause, id));
    QVERIFY(!m_service->request(LifecycleAction::Cancel, id));

    QTRY_COMPARE_WITH_TIMEOUT(succeeded.size(), 1, 10000);
    QCOMPARE(statusText(id), QStringLiteral("Paused"));
    QCOMPARE(postsTo(id, QStringLiteral("pause")), 1);
    QCOMPARE(postsTo(id, QStringLiteral("cancel")), 0);
}

void TestWorkflowActionService::conflictAlreadyPausedBySomeoneElse()
{
    const QString id = prepare(QStringLiteral("wf_"), QStringLiteral("active"));
    QVERIFY(!id.isEmpty());
    QVERIFY(m_control->setStatus(id, QStringLiteral("paused"))); // another supervisor
    QCOMPARE(statusText(id), QStringLiteral("Active"));          // the console has not seen it
    QSignalSpy conflict(m_service.get(), &WorkflowActionService::conflict);

    QVERIFY(m_service->request(LifecycleAction::Pause, id));
    QTRY_COMPARE_WITH_TIMEOUT(conflict.size(), 1, 10000);
    const ConflictReport report = conflict.at(0).at(0).value<ConflictReport>();
    QCOMPARE(report.action, LifecycleAction::Pause);
    QCOMPARE(report.workflowId, id);
    QVERIFY(!report.workflowName.isEmpty());
    QVERIFY(!report.serverMessage.isEmpty());
    QVERIFY(report.current.has_value());
    QCOMPARE(report.current->status.state(), WorkflowState::Paused);
    QVERIFY(!report.rereadError.isError());
    QVERIFY(report.alreadyInTarget());
    QVERIFY(!report.suggestedAction());
    QCOMPARE(statusText(id), QStringLiteral("Paused")); // the re-read status
    QVERIFY(!m_service->isPending(id));
    QCOMPARE(postsTo(id, QStringLiteral("pause")), 1);
}

void TestWorkflowActionService::conflictPausingCancelledWorkflow()
{
    const QString id = prepare(QStringLiteral("wfl_"), QStringLiteral("active"));
    QVERIFY(!id.isEmpty());
    QVERIFY(m_control->setStatus(id, QStringLiteral("cancelled")));
    QSignalSpy conflict(m_service.get(), &WorkflowActionService::conflict);
    QVERIFY(m_service->request(LifecycleAction::Pause, id));
    QTRY_COMPARE_WITH_TIMEOUT(conflict.size(), 1, 10000);
    const ConflictReport report = conflict.at(0).at(0).value<ConflictReport>();
    QVERIFY(report.current.has_value());
    QCOMPARE(report.current->status.state(), WorkflowState::Cancelled);
    QVERIFY(!report.alreadyInTarget());
    QVERIFY(!report.suggestedAction()); // terminal: nothing to suggest
    QCOMPARE(statusText(id), QStringLiteral("Cancelled"));
}

void TestWorkflowActionService::conflictPausingDraftSuggestsActivate()
{
    const QString id = prepare(QStringLiteral("wf_"), QStringLiteral("active"));
    QVERIFY(!id.isEmpty());
    QVERIFY(m_control->setStatus(id, QStringLiteral("draft")));
    QSignalSpy conflict(m_service.get(), &WorkflowActionService::conflict);
    QVERIFY(m_service->request(LifecycleAction::Pause, id));
    QTRY_COMPARE_WITH_TIMEOUT(conflict.size(), 1, 10000);
    const ConflictReport report = conflict.at(0).at(0).value<ConflictReport>();
    QVERIFY(!report.alreadyInTarget());
    QCOMPARE(report.suggestedAction(), std::optional(LifecycleAction::Activate));
}

void TestWorkflowActionService::notFoundRemovesRow()
{
    const QString id = prepare(QStringLiteral("wf_"), QStringLiteral("active"));
    QVERIFY(!id.isEmpty());
    const QString name = m_model->workflow(id)->name;
    QCOMPARE(m_control->call("DELETE", QStringLiteral("workflows/") + id), 200);
    QSignalSpy gone(m_service.get(), &WorkflowActionService::workflowGone);
    QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
    const int rows = m_model->rowCount();

    QVERIFY(m_service->request(LifecycleAction::Pause, id));
    QTRY_COMPARE_WITH_TIMEOUT(gone.size(), 1, 10000);
    QCOMPARE(gone.at(0).at(1).toString(), id);
    QCOMPARE(gone.at(0).at(2).toString(), name);
    QCOMPARE(gone.at(0).at(3).value<ApiError>().kind(), ApiError::Kind::NotFound);
    QCOMPARE(removed.size(), 1);
    QCOMPARE(m_model->rowCount(), rows - 1);
    QCOMPARE(m_model->rowOf(id), -1);
    QVERIFY(!m_service->isPending(id));
}

void TestWorkflowActionService::unauthorizedAsksForAuthentication()
{
    const QString id = prepare(QStringLiteral("wf_"), QStringLiteral("active"));
    QVERIFY(!id.isEmpty());
    m_client->setApiKey(QStringLiteral("revoked_key:nope"));
    QSignalSpy auth(m_service.get(), &WorkflowActionService::authenticationRequired);
    QVERIFY(m_service->request(LifecycleAction::Pause, id));
    QTRY_COMPARE_WITH_TIMEOUT(auth.size(), 1, 10000);
    QCOMPARE(auth.at(0).at(0).value<ApiError>().kind(), ApiError::Kind::Unauthorized);
    QCOMPARE(statusText(id), QStringLiteral("Active"));
    QVERIFY(!m_service->isPending(id));
}

void TestWorkflowActionService::timeoutWithoutEffectReconcilesFromServer()
{
    const QString id = prepare(QStringLiteral("wf_"), QStringLiteral("active"));
    QVERIFY(!id.isEmpty());
    m_client->setTransferTimeoutMs(500);
    QVERIFY(
        m_control->fault({{"method", "POST"}, {"path", "/v1/workflows/*/pause"}, {"hang", true}}));
    // Meanwhile another supervisor changes it: the row must show the server's word.
    QVERIFY(m_control->setStatus(id, QStringLiteral("running")));
    QSignalSpy unknown(m_service.get(), &WorkflowActionService::outcomeUnknown);
    QSignalSpy succeeded(m_service.get(), &WorkflowActionService::actionSucceeded);

    QVERIFY(m_service->request(LifecycleAction::Pause, id));
    QTRY_COMPARE_WITH_TIMEOUT(unknown.size(), 1, 10000);
    QCOMPARE(succeeded.size(), 0);
    QCOMPARE(unknown.at(0).at(2).value<ApiError>().kind(), ApiError::Kind::Timeout);
    QCOMPARE(m_model->workflow(id)->status.raw(), QStringLiteral("running"));
    QCOMPARE(statusText(id), QStringLiteral("Active"));
    QVERIFY(!m_service->isPending(id));
    QCOMPARE(postsTo(id, QStringLiteral("pause")), 1); // never re-sent
    QCOMPARE(getsOf(id), 1);
}

void TestWorkflowActionService::timeoutAfterServerAppliedCountsAsSuccess()
{
    const QString id = prepare(QStringLiteral("wfl_"), QStringLiteral("active"));
    QVERIFY(!id.isEmpty());
    m_client->setTransferTimeoutMs(500);
    QVERIFY(m_control->fault(
        {{"method", "POST"}, {"path", "/v1/workflows/*/pause"}, {"hang", true}, {"apply", true}}));
    QSignalSpy unknown(m_service.get(), &WorkflowActionService::outcomeUnknown);
    QSignalSpy succeeded(m_service.get(), &WorkflowActionService::actionSucceeded);
    QVERIFY(m_service->request(LifecycleAction::Pause, id));
    QTRY_COMPARE_WITH_TIMEOUT(succeeded.size(), 1, 10000);
    QCOMPARE(unknown.size(), 0);
    QCOMPARE(statusText(id), QStringLiteral("Paused"));
    QCOMPARE(postsTo(id, QStringLiteral("pause")), 1);
    QCOMPARE(getsOf(id), 1);
}

// Issue 9 item 9: the sandbox answers the pause with 302 to the workflow's GET (still
// active). Qt used to follow it as a GET and the service called the pause confirmed. Now the
// POST follows no redirect: outcome unknown, one re-read, the row shows what it found.
void TestWorkflowActionService::redirectedPostIsUnknownOutcomeNotSuccess()
{
    const QString id = prepare(QStringLiteral("wfl_"), QStringLiteral("active"));
    QVERIFY(!id.isEmpty());
    QVERIFY(m_control->fault({{"method", "POST"},
                              {"path", "/v1/workflows/*/pause"},
                              {"status", 302},
                              {"headers", QJsonObject{{"Location", "/v1/workflows/" + id}}}}));
    QSignalSpy unknown(m_service.get(), &WorkflowActionService::outcomeUnknown);
    QSignalSpy succeeded(m_service.get(), &WorkflowActionService::actionSucceeded);
    QSignalSpy failed(m_service.get(), &WorkflowActionService::actionFailed);
    QVERIFY(m_service->request(LifecycleAction::Pause, id));
    QTRY_COMPARE_WITH_TIMEOUT(unknown.size() + succeeded.size() + failed.size(), 1, 10000);
    QCOMPARE(succeeded.size(), 0);
    QCOMPARE(failed.size(), 0);
    QCOMPARE(unknown.size(), 1);
    const ApiError error = unknown.at(0).at(2).value<ApiError>();
    QCOMPARE(error.httpStatus(), 302);
    QCOMPARE(m_model->workflow(id)->status.raw(), QStringLiteral("active"));
    QCOMPARE(statusText(id), QStringLiteral("Active"));
    QVERIFY(!m_service->isPending(id));
    QCOMPARE(postsTo(id, QStringLiteral("pause")), 1);
    QCOMPARE(getsOf(id), 1); // the service's re-read, not a followed redirect
}

void TestWorkflowActionService::timeoutAndRereadFailsKeepsLastConfirmedStatus()
{
    const QString id = prepare(QStringLiteral("wf_"), QStringLiteral("active"));
    QVERIFY(!id.isEmpty());
    m_client->setTransferTimeoutMs(500);
    QVERIFY(m_control->fault(
        {{"method", "POST"}, {"path", "/v1/workflows/*/pause"}, {"hang", true}, {"apply", true}}));
    QVERIFY(m_control->fault({{"method", "GET"}, {"path", "/v1/workflows/*"}, {"status", 503}}));
    QSignalSpy unknown(m_service.get(), &WorkflowActionService::outcomeUnknown);
    QVERIFY(m_service->request(LifecycleAction::Pause, id));
    QTRY_COMPARE_WITH_TIMEOUT(unknown.size(), 1, 10000);
    // The server did pause it, but nobody confirmed that: the row keeps what was confirmed.
    QCOMPARE(statusText(id), QStringLiteral("Active"));
    QVERIFY(!m_service->isPending(id));
    QCOMPARE(postsTo(id, QStringLiteral("pause")), 1);
}

// Issue 15 item 9: the POST hangs, but the server applied it and the next poll shows the
// target status. The action is settled as confirmed by that refresh; when the POST times out
// later, nothing happens (no re-read, no "outcome unknown", no second POST).
void TestWorkflowActionService::refreshSettlesAHangingActionAndItsLateTimeoutIsIgnored()
{
    const QString id = prepare(QStringLiteral("wf_"), QStringLiteral("active"));
    QVERIFY(!id.isEmpty());
    m_client->setTransferTimeoutMs(1500);
    QVERIFY(m_control->fault(
        {{"method", "POST"}, {"path", "/v1/workflows/*/pause"}, {"hang", true}, {"apply", true}}));
    QSignalSpy settled(m_service.get(), &WorkflowActionService::settledByRefresh);
    QSignalSpy succeeded(m_service.get(), &WorkflowActionService::actionSucceeded);
    QSignalSpy unknown(m_service.get(), &WorkflowActionService::outcomeUnknown);
    QVERIFY(m_service->request(LifecycleAction::Pause, id));
    QTRY_COMPARE_WITH_TIMEOUT(postsTo(id, QStringLiteral("pause")), 1, 10000);
    QVERIFY(m_service->isPending(id));

    reload(); // what the poller does
    QTRY_COMPARE(succeeded.size(), 1);
    QCOMPARE(settled.size(), 1);
    QCOMPARE(settled.at(0).at(1).value<Workflow>().status.raw(), QStringLiteral("paused"));
    QVERIFY(!m_service->isPending(id));
    QCOMPARE(statusText(id), QStringLiteral("Paused"));

    // The hanging POST times out: its answer belongs to a settled action.
    QTRY_COMPARE_WITH_TIMEOUT(m_client->requestsInFlight(), 0, 10000);
    QVERIFY(PostedEvents::flush());
    QCOMPARE(unknown.size(), 0);
    QCOMPARE(succeeded.size(), 1);
    QCOMPARE(getsOf(id), 0);
    QCOMPARE(postsTo(id, QStringLiteral("pause")), 1);
    QCOMPARE(statusText(id), QStringLiteral("Paused"));
}

void TestWorkflowActionService::serviceUnavailableIsTransient()
{
    const QString id = prepare(QStringLiteral("wf_"), QStringLiteral("active"));
    QVERIFY(!id.isEmpty());
    QVERIFY(
        m_control->fault({{"method", "POST"}, {"path", "/v1/workflows/*/pause"}, {"status", 503}}));
    QSignalSpy transient(m_service.get(), &WorkflowActionService::transientFailure);
    QVERIFY(m_service->request(LifecycleAction::Pause, id));
    QTRY_COMPARE_WITH_TIMEOUT(transient.size(), 1, 10000);
    QCOMPARE(transient.at(0).at(2).value<ApiError>().kind(), ApiError::Kind::Server);
    QCOMPARE(statusText(id), QStringLiteral("Active"));
    QCOMPARE(postsTo(id, QStringLiteral("pause")), 1);
    // Pending is cleared: the user can try again.
    QVERIFY(m_service->request(LifecycleAction::Pause, id));
    QSignalSpy succeeded(m_service.get(), &WorkflowActionService::actionSucceeded);
    QTRY_COMPARE_WITH_TIMEOUT(succeeded.size(), 1, 10000);
    QCOMPARE(statusText(id), QStringLiteral("Paused"));
}

void TestWorkflowActionService::emptySuccessBodyTriggersReread()
{
    const QString id = prepare(QStringLiteral("wf_"), QStringLiteral("active"));
    QVERIFY(!id.isEmpty());
    QVERIFY(m_control->fault({{"method", "POST"},
                              {"path", "/v1/workflows/*/pause"},
                              {"status", 200},
                              {"body", ""},
                              {"apply", true}}));
    QSignalSpy succeeded(m_service.get(), &WorkflowActionService::actionSucceeded);
    QVERIFY(m_service->request(LifecycleAction::Pause, id));
    QTRY_COMPARE_WITH_TIMEOUT(succeeded.size(), 1, 10000);
    QCOMPARE(statusText(id), QStringLiteral("Paused"));
    QCOMPARE(getsOf(id), 1);
}

// Issue 9 item 10: a 2xx without a status whose re-read shows the workflow still active is
// not a success: the row shows the re-read status and the outcome is unknown.
void TestWorkflowActionService::emptySuccessBodyWithoutEffectIsUnknown()
{
    const QString id = prepare(QStringLiteral("wf_"), QStringLiteral("active"));
    QVERIFY(!id.isEmpty());
    QVERIFY(m_control->fault(
        {{"method", "POST"}, {"path", "/v1/workflows/*/pause"}, {"status", 200}, {"body", ""}}));
    QSignalSpy succeeded(m_service.get(), &WorkflowActionService::actionSucceeded);
    QSignalSpy unknown(m_service.get(), &WorkflowActionService::outcomeUnknown);
    QVERIFY(m_service->request(LifecycleAction::Pause, id));
    QTRY_COMPARE_WITH_TIMEOUT(succeeded.size() + unknown.size(), 1, 10000);
    QCOMPARE(succeeded.size(), 0);
    QCOMPARE(unknown.size(), 1);
    QCOMPARE(statusText(id), QStringLiteral("Active"));
    QVERIFY(!m_service->isPending(id));
    QCOMPARE(postsTo(id, QStringLiteral("pause")), 1);
    QCOMPARE(getsOf(id), 1);
}

// Issue 9 item 10: a 2xx whose body names another status than the target is re-read, and
// the row shows only what the re-read found.
void TestWorkflowActionService::successBodyWithAnotherStatusIsUnknown()
{
    const QString id = prepare(QStringLiteral("wf_"), QStringLiteral("active"));
    QVERIFY(!id.isEmpty());
    QVERIFY(m_control->fault({{"method", "POST"},
                              {"path", "/v1/workflows/*/pause"},
                              {"status", 200},
                              {"body", QJsonObject{{"id", id}, {"status", "draft"}}}}));
    QSignalSpy succeeded(m_service.get(), &WorkflowActionService::actionSucceeded);
    QSignalSpy unknown(m_service.get(), &WorkflowActionService::outcomeUnknown);
    QSignalSpy statusChanged(m_model.get(), &WorkflowListModel::statusChanged);
    QVERIFY(m_service->request(LifecycleAction::Pause, id));
    QTRY_COMPARE_WITH_TIMEOUT(succeeded.size() + unknown.size(), 1, 10000);
    QCOMPARE(succeeded.size(), 0);
    QCOMPARE(unknown.size(), 1);
    QCOMPARE(statusText(id), QStringLiteral("Active")); // the re-read, never "Draft"
    QCOMPARE(statusChanged.size(), 0);
    QVERIFY(!m_service->isPending(id));
    QCOMPARE(postsTo(id, QStringLiteral("pause")), 1);
    QCOMPARE(getsOf(id), 1);
}

void TestWorkflowActionService::successBodyWithAnotherStatusButAppliedIsConfirmedByReread()
{
    const QString id = prepare(QStringLiteral("wfl_"), QStringLiteral("active"));
    QVERIFY(!id.isEmpty());
    QVERIFY(m_control->fault({{"method", "POST"},
                              {"path", "/v1/workflows/*/pause"},
                              {"status", 200},
                              {"body", QJsonObject{{"id", id}, {"status", "active"}}},
                              {"apply", true}}));
    QSignalSpy succeeded(m_service.get(), &WorkflowActionService::actionSucceeded);
    QSignalSpy unknown(m_service.get(), &WorkflowActionService::outcomeUnknown);
    QVERIFY(m_service->request(LifecycleAction::Pause, id));
    QTRY_COMPARE_WITH_TIMEOUT(succeeded.size() + unknown.size(), 1, 10000);
    QCOMPARE(succeeded.size(), 1);
    QCOMPARE(succeeded.at(0).at(1).value<Workflow>().status.state(), WorkflowState::Paused);
    QCOMPARE(statusText(id), QStringLiteral("Paused"));
    QCOMPARE(getsOf(id), 1); // the status came from the re-read, not the body
}

void TestWorkflowActionService::validationErrorIsActionFailed()
{
    const QString id = prepare(QStringLiteral("wf_"), QStringLiteral("draft"));
    QVERIFY(!id.isEmpty());
    QVERIFY(m_control->fault(
        {{"method", "POST"}, {"path", "/v1/workflows/*/activate"}, {"status", 400}}));
    QSignalSpy failed(m_service.get(), &WorkflowActionService::actionFailed);
    QVERIFY(m_service->request(LifecycleAction::Activate, id));
    QCOMPARE(statusText(id), QStringLiteral("Activating…"));
    QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 10000);
    QCOMPARE(failed.at(0).at(2).value<ApiError>().kind(), ApiError::Kind::Client);
    QCOMPARE(statusText(id), QStringLiteral("Draft"));
    QVERIFY(!m_service->isPending(id));
}

QTEST_GUILESS_MAIN(TestWorkflowActionService)
#include "tst_workflow_action_service.moc"
