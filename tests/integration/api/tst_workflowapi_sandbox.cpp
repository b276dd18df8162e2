// WorkflowApi + ApiClient against the in-process sandbox: paging, headers, lifecycle
// actions read back, every error kind, retries (and the POST that must not be retried).
#include "support/SandboxControl.h"

#include <QSignalSpy>

#include "SandboxHost.h"
#include "SandboxOptions.h"
#include "api/ApiClient.h"
#include "api/WorkflowApi.h"

#include <QSet>
#include <QTest>
#include <QTimer>

#include <algorithm>
#include <memory>
#include <optional>

namespace {
template<typename T>
struct Result
{
    std::optional<ApiResult<T>> value;
    int calls = 0;
    std::function<void(const ApiResult<T> &)> callback()
    {
        return [this](const ApiResult<T> &r) {
            value = r;
            ++calls;
        };
    }
};

RetryPolicy noRetry()
{
    RetryPolicy p;
    p.maxAttempts = 1;
    return p;
}
} // namespace

class TestWorkflowApiSandbox : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<SandboxHost> m_host;
    std::unique_ptr<SandboxControl> m_control;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<WorkflowApi> m_api;
    QList<int> m_scheduled; // delays the injected scheduler was asked for

    bool startSandbox(int workflowCount, const QString &shape = QStringLiteral("mixed"))
    {
        cleanup();
        m_host = std::make_unique<SandboxHost>();
        SandboxOptions options;
        options.workflowCount = workflowCount;
        options.shape = shape;
        options.tickMs = 0; // nothing changes unless a test says so
        options.seed = 7;
        if (!m_host->start(options))
            return false;
        m_control = std::make_unique<SandboxControl>(m_host->controlUrl());
        m_client = std::make_unique<ApiClient>();
        m_client->setBaseUrl(m_host->baseUrl());
        m_client->setApiKey(m_host->apiKey());
        m_client->setTransferTimeoutMs(5000);
        m_scheduled.clear();
        // Retries fire at once but the requested delay is recorded.
        m_client->setScheduler([this](int delayMs, QObject *context, std::function<void()> fn) {
            m_scheduled.append(delayMs);
            QTimer::singleShot(0, context, std::move(fn));
        });
        m_api = std::make_unique<WorkflowApi>(m_client.get());
        return true;
    }

    QList<Workflow> listAll()
    {
        Result<WorkflowListing> r;
        m_api->listAll(WorkflowQuery(), this, r.callback());
        if (!QTest::qWaitFor([&] { return r.value.has_value(); }, 15000))
            return {};
        if (!r.value->ok()) {
            qWarning("listAll failed: %s", qPrintable(r.value->error().details()));
            return {};
        }
        return r.value->value().workflows;
    }

    // The first workflow from the list, forced into `status` through the control API.
    QString workflowIn(const QString &status)
    {
        const QList<Workflow> all = listAll();
        if (all.isEmpty())
            return QString();
        const QString id = all.first().id;
        m_control->setStatus(id, status);
        return id;
    }

    // Waits until the sandbox has answered a sentinel request sent through the client's own
    // network manager after everything the test did so far (see SandboxControl::sentinel).
    bool sentinel()
    {
        return m_control->sentinel(m_client->networkAccessManager(), m_host->baseUrl());
    }

    ApiError getError(const QString &id)
    {
        Result<Workflow> r;
        m_api->get(id, this, r.callback());
        if (!QTest::qWaitFor([&] { return r.value.has_value(); }, 15000))
            return ApiError(ApiError::Kind::None);
        return r.value->ok() ? ApiError() : r.value->error();
    }

private Q_SLOTS:
    void init() { QVERIFY(startSandbox(40)); }
    void cleanup()
    {
        m_api.reset();
        m_client.reset();
        m_control.reset();
        if (m_host)
            m_host->stop();
        m_host.reset();
    }

    void idsThatAreNotPathSegmentsAreRefusedBeforeSending()
    {
        // A hostile server (or a typo) can hand out ids that Qt would fold into the path:
        // "pause .." would become POST /v1/pause. Nothing may leave for such an id.
        m_control->clearRequests();
        for (const QString &id : {QString(), QStringLiteral("."), QStringLiteral(".."),
                                  QStringLiteral("wf_1/../../pause"), QStringLiteral("a/b")}) {
            Result<ActionOutcome> action;
            m_api->perform(LifecycleAction::Pause, id, this, action.callback());
            QTRY_VERIFY(action.value.has_value());
            QVERIFY(!action.value->ok());
            QCOMPARE(action.value->error().kind(), ApiError::Kind::InvalidRequest);
            QVERIFY2(
                action.value->error().userMessage().contains(QStringLiteral("not a workflow id")),
                qPrintable(action.value->error().userMessage()));
            const ApiError read = getError(id);
            QCOMPARE(read.kind(), ApiError::Kind::InvalidRequest);
        }
        QVERIFY(sentinel());
        const QJsonArray log = m_control->requests();
        QCOMPARE(log.size(), 1); // only the sentinel
    }

    void listsEveryPageOnce()
    {
        QVERIFY(startSandbox(250, QStringLiteral("mixed")));
        m_control->clearRequests();
        const QList<Workflow> all = listAll();
        QCOMPARE(all.size(), 250);
        QSet<QString> ids;
        bool sawShapeA = false, sawShapeB = false;
        for (const Workflow &w : all) {
            ids.insert(w.id);
            QVERIFY(!w.id.isEmpty());
            QVERIFY2(w.status.isValid(), qPrintable(w.id));
            QVERIFY2(!w.name.isEmpty(), qPrintable(w.id));
            sawShapeA |= !w.organizationId.isEmpty();
            sawShapeB |= w.nodeCount.has_value();
        }
        QCOMPARE(ids.size(), 250);
        QVERIFY(sawShapeA);
        QVERIFY(sawShapeB);

        const auto gets =
            m_control->requestsMatching(QStringLiteral("GET"), QStringLiteral("/v1/workflows"));
        QCOMPARE(gets.size(), 3);
        QSet<QString> queries;
        for (const QJsonObject &g : gets) {
            queries.insert(g.value(QStringLiteral("query")).toString());
            QCOMPARE(g.value(QStringLiteral("user_agent")).toString(), ApiClient::userAgent());
            QCOMPARE(g.value(QStringLiteral("accept")).toString(),
                     QStringLiteral("application/json"));
            QVERIFY(g.value(QStringLiteral("authorized")).toBool());
        }
        QCOMPARE(queries, (QSet<QString>{QStringLiteral("page=1&limit=100"),
                                         QStringLiteral("page=2&limit=100"),
                                         QStringLiteral("page=3&limit=100")}));
    }

    void filtersSentOnlyWhenSet()
    {
        m_control->clearRequests();
        Result<WorkflowListing> r;
        WorkflowQuery query;
        query.status = QStringLiteral("paused");
        query.search = QStringLiteral("nurture");
        m_api->listAll(query, this, r.callback());
        QTRY_VERIFY_WITH_TIMEOUT(r.value.has_value(), 10000);
        const auto gets =
            m_control->requestsMatching(QStringLiteral("GET"), QStringLiteral("/v1/workflows"));
        QVERIFY(!gets.isEmpty());
        const QString q = gets.first().value(QStringLiteral("query")).toString();
        QVERIFY2(q.contains(QStringLiteral("status=paused")) &&
                     q.contains(QStringLiteral("search=nurture")),
                 qPrintable(q));
    }

    void lifecycleAndReadBack()
    {
        const QString id = workflowIn(QStringLiteral("active"));
        QVERIFY(!id.isEmpty());
        struct Step
        {
            LifecycleAction action;
            WorkflowState expected;
        };
        const QList<Step> steps = {{LifecycleAction::Pause, WorkflowState::Paused},
                                   {LifecycleAction::Resume, WorkflowState::Active},
                                   {LifecycleAction::Cancel, WorkflowState::Cancelled}};
        for (const Step &step : steps) {
            Result<ActionOutcome> r;
            m_api->perform(step.action, id, this, r.callback());
            QTRY_VERIFY_WITH_TIMEOUT(r.value.has_value(), 10000);
            QVERIFY2(r.value->ok(), qPrintable(r.value->error().details()));
            QVERIFY(r.value->value().httpStatus >= 200 && r.value->value().httpStatus < 300);
            QCOMPARE(r.value->value().workflow.id, id);
            QCOMPARE(r.value->value().workflow.status.state(), step.expected);

            Result<Workflow> read;
            m_api->get(id, this, read.callback());
            QTRY_VERIFY_WITH_TIMEOUT(read.value.has_value(), 10000);
            QVERIFY2(read.value->ok(), qPrintable(read.value->error().details()));
            QCOMPARE(read.value->value().status.state(), step.expected);
            QVERIFY(!read.value->value().name.isEmpty());
        }
        QCOMPARE(m_control->requestsMatching(QStringLiteral("POST"), id + QStringLiteral("/pause"))
                     .size(),
                 1);
    }

    void conflictCarriesServerMessage()
    {
        const QString id = workflowIn(QStringLiteral("paused"));
        Result<ActionOutcome> r;
        m_api->perform(LifecycleAction::Pause, id, this, r.callback());
        QTRY_VERIFY_WITH_TIMEOUT(r.value.has_value(), 10000);
        QCOMPARE(r.value->error().kind(), ApiError::Kind::Conflict);
        QCOMPARE(r.value->error().httpStatus(), 409);
        QVERIFY2(r.value->error().serverMessage().contains(QStringLiteral("already paused")),
                 qPrintable(r.value->error().serverMessage()));
        QVERIFY(r.value->error().userMessage().contains(r.value->error().serverMessage()));
        QVERIFY(r.value->error().details().contains(
            QStringLiteral("Request: POST %1/workflows/%2/pause")
                .arg(m_host->baseUrl().toString(), id)));
        QVERIFY(r.value->error().details().contains(QStringLiteral("HTTP status: 409 Conflict")));
    }

    void notFound()
    {
        const ApiError e = getError(QStringLiteral("wf_does_not_exist"));
        QCOMPARE(e.kind(), ApiError::Kind::NotFound);
        QCOMPARE(e.httpStatus(), 404);
        QVERIFY(!e.serverMessage().isEmpty());
    }

    void wrongKeyIsUnauthorized()
    {
        m_client->setApiKey(QStringLiteral("nope:wrong"));
        const ApiError e = getError(QStringLiteral("wf_x"));
        QCOMPARE(e.kind(), ApiError::Kind::Unauthorized);
        QCOMPARE(
            e.userMessage(),
            QStringLiteral("DialNexa rejected the API key (401). Sign in again with a valid key."));
        QVERIFY(!e.details().contains(QStringLiteral("nope:wrong")));
        QVERIFY(!e.details().contains(m_host->apiKey()));
    }

    void httpFaults_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("message");
        QTest::newRow("403") << 403 << int(ApiError::Kind::Forbidden)
                             << "Key cannot read workflows";
        QTest::newRow("404") << 404 << int(ApiError::Kind::NotFound) << "Workflow has been deleted";
        QTest::newRow("409") << 409 << int(ApiError::Kind::Conflict)
                             << "Workflow is already cancelled";
        QTest::newRow("422") << 422 << int(ApiError::Kind::Client)
                             << "Agent is tied to a deleted phone number";
        QTest::newRow("500") << 500 << int(ApiError::Kind::Server) << "Unexpected error";
        QTest::newRow("503") << 503 << int(ApiError::Kind::Server) << "Maintenance";
    }
    void httpFaults()
    {
        QFETCH(int, status);
        QFETCH(int, kind);
        QFETCH(QString, message);
        m_client->setRetryPolicy(noRetry());
        QVERIFY(m_control->fault(
            QJsonObject{{QStringLiteral("method"), QStringLiteral("GET")},
                        {QStringLiteral("path"), QStringLiteral("/v1/workflows/*")},
                        {QStringLiteral("status"), status},
                        {QStringLiteral("body"),
                         QJsonObject{{QStringLiteral("statusCode"), status},
                                     {QStringLiteral("message"), message},
                                     {QStringLiteral("error"), QStringLiteral("X")}}}}));
        const ApiError e = getError(QStringLiteral("wf_any"));
        QCOMPARE(int(e.kind()), kind);
        QCOMPARE(e.httpStatus(), status);
        QCOMPARE(e.serverMessage(), message);
        QVERIFY(!e.userMessage().isEmpty());
        QVERIFY(e.details().contains(QStringLiteral("HTTP status: %1").arg(status)));
    }

    void rateLimitedWithRetryAfter()
    {
        m_client->setRetryPolicy(noRetry());
        QVERIFY(m_control->fault(QJsonObject{
            {QStringLiteral("path"), QStringLiteral("/v1/workflows/*")},
            {QStringLiteral("status"), 429},
            {QStringLiteral("headers"),
             QJsonObject{{QStringLiteral("Retry-After"), QStringLiteral("2")}}},
            {QStringLiteral("body"),
             QJsonObject{
                 {QStringLiteral("statusCode"), 429},
                 {QStringLiteral("message"),
                  QStringLiteral("Too many requests. Please slow down and retry after a moment.")},
                 {QStringLiteral("error"), QStringLiteral("Too Many Requests")}}}}));
        const ApiError e = getError(QStringLiteral("wf_any"));
        QCOMPARE(e.kind(), ApiError::Kind::RateLimited);
        QCOMPARE(e.retryAfterSeconds(), 2);
        QCOMPARE(e.userMessage(),
                 QStringLiteral("DialNexa is rate-limiting requests; retrying in 2 s."));
    }

    void malformedJsonIsBadResponse()
    {
        QVERIFY(
            m_control->fault(QJsonObject{{QStringLiteral("method"), QStringLiteral("GET")},
                                         {QStringLiteral("path"), QStringLiteral("/v1/workflows")},
                                         {QStringLiteral("malformed"), true}}));
        Result<WorkflowListing> r;
        m_api->listAll(WorkflowQuery(), this, r.callback());
        QTRY_VERIFY_WITH_TIMEOUT(r.value.has_value(), 10000);
        QVERIFY(!r.value->ok());
        QCOMPARE(r.value->error().kind(), ApiError::Kind::BadResponse);
        QVERIFY2(r.value->error().userMessage().startsWith(
                     QStringLiteral("DialNexa sent a response the console could not read (")),
                 qPrintable(r.value->error().userMessage()));
    }

    void wrongStatusIsBadResponseAndOneUnreadableListRow()
    {
        QVERIFY(
            m_control->insertRaw(QJsonObject{{QStringLiteral("id"), QStringLiteral("wf_badstatus")},
                                             {QStringLiteral("title"), QStringLiteral("Broken")},
                                             {QStringLiteral("status"), 5}}));
        const ApiError e = getError(QStringLiteral("wf_badstatus"));
        QCOMPARE(e.kind(), ApiError::Kind::BadResponse);
        QVERIFY2(e.userMessage().contains(QStringLiteral("'status' is a number")),
                 qPrintable(e.userMessage()));

        // In the list only that row is left out (never shown with a guessed status), and
        // the listing says so; an odd optional field elsewhere costs nothing but that field.
        QVERIFY(m_control->insertRaw(
            QJsonObject{{QStringLiteral("id"), QStringLiteral("wfl_oddleads")},
                        {QStringLiteral("name"), QStringLiteral("Odd")},
                        {QStringLiteral("status"), QStringLiteral("active")},
                        {QStringLiteral("enrolled_leads"), QStringLiteral("420")}}));
        Result<WorkflowListing> r;
        m_api->listAll(WorkflowQuery(), this, r.callback());
        QTRY_VERIFY_WITH_TIMEOUT(r.value.has_value(), 10000);
        QVERIFY2(r.value->ok(), qPrintable(r.value->error().details()));
        const WorkflowListing &listing = r.value->value();
        QCOMPARE(listing.unreadableRows, 1);
        QVERIFY(listing.complete);
        QVERIFY(
            std::none_of(listing.workflows.cbegin(), listing.workflows.cend(),
                         [](const Workflow &w) { return w.id == QLatin1String("wf_badstatus"); }));
        const auto odd =
            std::find_if(listing.workflows.cbegin(), listing.workflows.cend(),
                         [](const Workflow &w) { return w.id == QLatin1String("wfl_oddleads"); });
        QVERIFY(odd != listing.workflows.cend());
        QVERIFY(!odd->enrolledLeads.has_value());
        QCOMPARE(odd->status.state(), WorkflowState::Active);
        const QString problems = listing.problems.join(QLatin1Char('\n'));
        QVERIFY2(problems.contains(QStringLiteral("'status'")) &&
                     problems.contains(QStringLiteral("'enrolled_leads'")),
                 qPrintable(problems));
        QVERIFY(m_control->remove(QStringLiteral("wf_badstatus")));
        QVERIFY(m_control->remove(QStringLiteral("wfl_oddleads")));
    }

    void unknownStatusShownRaw()
    {
        QVERIFY(m_control->insertRaw(
            QJsonObject{{QStringLiteral("id"), QStringLiteral("wfl_inactive1")},
                        {QStringLiteral("name"), QStringLiteral("Odd")},
                        {QStringLiteral("status"), QStringLiteral("inactive")}}));
        Result<Workflow> r;
        m_api->get(QStringLiteral("wfl_inactive1"), this, r.callback());
        QTRY_VERIFY_WITH_TIMEOUT(r.value.has_value(), 10000);
        QVERIFY2(r.value->ok(), qPrintable(r.value->error().details()));
        QCOMPARE(r.value->value().status.state(), WorkflowState::Unknown);
        QCOMPARE(r.value->value().status.displayText(), QStringLiteral("inactive"));
    }

    void hangTimesOut()
    {
        m_client->setRetryPolicy(noRetry());
        m_client->setTransferTimeoutMs(300);
        QVERIFY(m_control->fault(
            QJsonObject{{QStringLiteral("method"), QStringLiteral("GET")},
                        {QStringLiteral("path"), QStringLiteral("/v1/workflows/*")},
                        {QStringLiteral("hang"), true}}));
        const ApiError e = getError(QStringLiteral("wf_any"));
        QCOMPARE(e.kind(), ApiError::Kind::Timeout);
        QVERIFY(e.userMessage().contains(QStringLiteral("may or may not have taken effect")));
    }

    void postTimeoutIsNotRepeated()
    {
        const QString id = workflowIn(QStringLiteral("active"));
        m_control->clearRequests();
        m_client->setTransferTimeoutMs(300);
        QVERIFY(m_control->fault(
            QJsonObject{{QStringLiteral("method"), QStringLiteral("POST")},
                        {QStringLiteral("path"), QStringLiteral("/v1/workflows/*/pause")},
                        {QStringLiteral("hang"), true},
                        {QStringLiteral("count"), 5}}));
        Result<ActionOutcome> r;
        m_api->perform(LifecycleAction::Pause, id, this, r.callback());
        QTRY_VERIFY_WITH_TIMEOUT(r.value.has_value(), 10000);
        QCOMPARE(r.value->error().kind(), ApiError::Kind::Timeout);
        QVERIFY(sentinel()); // a repeated POST would be in the log before it
        QCOMPARE(
            m_control->requestsMatching(QStringLiteral("POST"), QStringLiteral("/pause")).size(),
            1);
        QVERIFY(m_scheduled.isEmpty());
        QCOMPARE(r.calls, 1);
    }

    void droppedConnectionIsNetwork()
    {
        m_client->setRetryPolicy(noRetry());
        // Qt's HTTP layer itself re-sends an idempotent GET whose connection closed before
        // any reply byte (up to twice), so drop every one of those.
        QVERIFY(m_control->fault(
            QJsonObject{{QStringLiteral("method"), QStringLiteral("GET")},
                        {QStringLiteral("path"), QStringLiteral("/v1/workflows/*")},
                        {QStringLiteral("drop"), true},
                        {QStringLiteral("count"), 5}}));
        const ApiError e = getError(QStringLiteral("wf_any"));
        QCOMPARE(e.kind(), ApiError::Kind::Network);
        QVERIFY2(
            e.userMessage().startsWith(QStringLiteral("Could not reach DialNexa at 127.0.0.1:")),
            qPrintable(e.userMessage()));
    }

    void droppedPostIsNetworkAndSentOnce()
    {
        const QString id = workflowIn(QStringLiteral("active"));
        m_control->clearRequests();
        QVERIFY(m_control->fault(
            QJsonObject{{QStringLiteral("method"), QStringLiteral("POST")},
                        {QStringLiteral("path"), QStringLiteral("/v1/workflows/*/pause")},
                        {QStringLiteral("drop"), true},
                        {QStringLiteral("count"), 5}}));
        Result<ActionOutcome> r;
        m_api->perform(LifecycleAction::Pause, id, this, r.callback());
        QTRY_VERIFY_WITH_TIMEOUT(r.value.has_value(), 10000);
        QCOMPARE(r.value->error().kind(), ApiError::Kind::Network);
        QVERIFY(sentinel()); // a repeated POST would be in the log before it
        QCOMPARE(
            m_control->requestsMatching(QStringLiteral("POST"), QStringLiteral("/pause")).size(),
            1);
    }

    void getRetriedAfter503()
    {
        const QList<Workflow> all = listAll();
        QVERIFY(!all.isEmpty());
        const QString id = all.first().id;
        m_control->clearRequests();
        QVERIFY(m_control->fault(
            QJsonObject{{QStringLiteral("method"), QStringLiteral("GET")},
                        {QStringLiteral("path"), QStringLiteral("/v1/workflows/*")},
                        {QStringLiteral("status"), 503},
                        {QStringLiteral("count"), 1}}));
        std::optional<ApiResponse> response;
        QSignalSpy finished(m_client.get(), &ApiClient::requestFinished);
        m_client->get(QStringLiteral("workflows/") + id, QUrlQuery(), this,
                      [&](const ApiResponse &r) { response = r; });
        QTRY_VERIFY_WITH_TIMEOUT(response.has_value(), 10000);
        QVERIFY2(response->ok(), qPrintable(response->error.details()));
        QCOMPARE(response->attempts, 2);
        QCOMPARE(m_scheduled.size(), 1);
        QVERIFY(m_scheduled.first() >= 250 && m_scheduled.first() <= 500); // 500 ms * jitter
        QCOMPARE(
            m_control
                ->requestsMatching(QStringLiteral("GET"), QStringLiteral("/v1/workflows/") + id)
                .size(),
            2);
        QCOMPARE(finished.size(), 1); // once per logical request

        // And through the typed layer.
        Result<Workflow> r;
        m_api->get(id, this, r.callback());
        QTRY_VERIFY_WITH_TIMEOUT(r.value.has_value(), 10000);
        QVERIFY(r.value->ok());
        QCOMPARE(r.value->value().id, id);
    }

    void getRetriedAfter429HonoursRetryAfter()
    {
        const QString id = listAll().value(0).id;
        QVERIFY(!id.isEmpty());
        QVERIFY(m_control->fault(
            QJsonObject{{QStringLiteral("method"), QStringLiteral("GET")},
                        {QStringLiteral("path"), QStringLiteral("/v1/workflows/*")},
                        {QStringLiteral("status"), 429},
                        {QStringLiteral("headers"),
                         QJsonObject{{QStringLiteral("Retry-After"), QStringLiteral("1")}}}}));
        Result<Workflow> r;
        m_api->get(id, this, r.callback());
        QTRY_VERIFY_WITH_TIMEOUT(r.value.has_value(), 10000);
        QVERIFY2(r.value->ok(), qPrintable(r.value->error().details()));
        QCOMPARE(m_scheduled, QList<int>{1000});
    }

    void retriesGiveUpAfterMaxAttempts()
    {
        m_control->clearRequests();
        QVERIFY(m_control->fault(
            QJsonObject{{QStringLiteral("method"), QStringLiteral("GET")},
                        {QStringLiteral("path"), QStringLiteral("/v1/workflows/*")},
                        {QStringLiteral("status"), 503},
                        {QStringLiteral("count"), 10}}));
        std::optional<ApiResponse> response;
        m_client->get(QStringLiteral("workflows/wf_x"), QUrlQuery(), this,
                      [&](const ApiResponse &r) { response = r; });
        QTRY_VERIFY_WITH_TIMEOUT(response.has_value(), 10000);
        QCOMPARE(response->error.kind(), ApiError::Kind::Server);
        QCOMPARE(response->attempts, 3);
        QCOMPARE(
            m_control->requestsMatching(QStringLiteral("GET"), QStringLiteral("/v1/workflows/wf_x"))
                .size(),
            3);
    }

    void postServerErrorNotRetried()
    {
        const QString id = workflowIn(QStringLiteral("active"));
        m_control->clearRequests();
        QVERIFY(m_control->fault(
            QJsonObject{{QStringLiteral("method"), QStringLiteral("POST")},
                        {QStringLiteral("path"), QStringLiteral("/v1/workflows/*/pause")},
                        {QStringLiteral("status"), 503}}));
        Result<ActionOutcome> r;
        m_api->perform(LifecycleAction::Pause, id, this, r.callback());
        QTRY_VERIFY_WITH_TIMEOUT(r.value.has_value(), 10000);
        QCOMPARE(r.value->error().kind(), ApiError::Kind::Server);
        QCOMPARE(
            m_control->requestsMatching(QStringLiteral("POST"), QStringLiteral("/pause")).size(),
            1);
    }

    void pageFailureFailsWholeList()
    {
        QVERIFY(startSandbox(250));
        m_client->setRetryPolicy(noRetry());
        m_control->clearRequests();
        // Rules are consumed in order: page 1 is answered normally, the next page gets a 500.
        QVERIFY(
            m_control->fault(QJsonObject{{QStringLiteral("method"), QStringLiteral("GET")},
                                         {QStringLiteral("path"), QStringLiteral("/v1/workflows")},
                                         {QStringLiteral("delay_ms"), 1},
                                         {QStringLiteral("count"), 1}}));
        QVERIFY(
            m_control->fault(QJsonObject{{QStringLiteral("method"), QStringLiteral("GET")},
                                         {QStringLiteral("path"), QStringLiteral("/v1/workflows")},
                                         {QStringLiteral("status"), 500},
                                         {QStringLiteral("count"), 1}}));
        Result<WorkflowListing> r;
        m_api->listAll(WorkflowQuery(), this, r.callback());
        QTRY_VERIFY_WITH_TIMEOUT(r.value.has_value(), 10000);
        QVERIFY(!r.value->ok());
        QCOMPARE(r.value->error().kind(), ApiError::Kind::Server);
        QCOMPARE(r.value->error().httpStatus(), 500);
        QVERIFY(r.value->error().details().contains(QStringLiteral("page=")));
        // Every page request still out is answered (its callback has run), and nothing
        // started after the failure: the sentinel finds no request in flight behind it.
        QTRY_COMPARE_WITH_TIMEOUT(m_client->requestsInFlight(), 0, 10000);
        QVERIFY(sentinel());
        QCOMPARE(m_client->requestsInFlight(), 0);
        QCOMPARE(r.calls, 1);
        QVERIFY(m_control->requestsMatching(QStringLiteral("GET"), QStringLiteral("/v1/workflows"))
                    .size() >= 2);
    }

    void leadsAndHistory()
    {
        // The test's own leads, on a workflow copy that has the seeded graph and no leads:
        // six leads, on the entry node (a call), so each has a history entry already.
        const QString source = listAll().value(0).id;
        QVERIFY(!source.isEmpty());
        std::optional<ApiResponse> copy; // the console never duplicates: a raw POST
        m_client->post(QStringLiteral("workflows/%1/duplicate").arg(source), QJsonObject(), this,
                       [&](const ApiResponse &r) { copy = r; });
        QTRY_VERIFY_WITH_TIMEOUT(copy.has_value(), 10000);
        QVERIFY2(copy->ok(), qPrintable(copy->error.details()));
        const QString workflowId = copy->json.object().value(QStringLiteral("id")).toString();
        QVERIFY(!workflowId.isEmpty());
        Result<QList<WorkflowNode>> graph;
        m_api->listNodes(workflowId, this, graph.callback());
        QTRY_VERIFY_WITH_TIMEOUT(graph.value.has_value(), 10000);
        QVERIFY2(graph.value->ok(), qPrintable(graph.value->error().details()));
        QVERIFY(!graph.value->value().isEmpty());
        const QString entryNode = graph.value->value().first().id;
        const QJsonArray enrolled = m_control->enrolLeads(workflowId, 6, entryNode);
        QCOMPARE(enrolled.size(), 6);

        Result<LeadPage> page;
        m_api->listLeads(workflowId, 1, 5, QString(), this, page.callback());
        QTRY_VERIFY_WITH_TIMEOUT(page.value.has_value(), 10000);
        QVERIFY2(page.value->ok(), qPrintable(page.value->error().details()));
        QCOMPARE(page.value->value().leads.size(), 5);
        QCOMPARE(page.value->value().page, 1);
        QCOMPARE(page.value->value().total, 6);
        const Lead lead = page.value->value().leads.first();
        QCOMPARE(lead.id, enrolled.first().toObject().value(QStringLiteral("id")).toString());
        QVERIFY(!lead.status.isEmpty());
        QCOMPARE(lead.currentNodeId, entryNode);
        Result<QList<LeadHistoryEntry>> history;
        m_api->leadHistory(workflowId, lead.id, this, history.callback());
        QTRY_VERIFY_WITH_TIMEOUT(history.value.has_value(), 10000);
        QVERIFY2(history.value->ok(), qPrintable(history.value->error().details()));
        QCOMPARE(history.value->value().size(), 1);
        QCOMPARE(history.value->value().first().nodeId, entryNode);
    }
};

QTEST_GUILESS_MAIN(TestWorkflowApiSandbox)
#include "tst_workflowapi_sandbox.moc"
