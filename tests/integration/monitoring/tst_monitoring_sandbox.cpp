#include "support/PostedEvents.h"
#include "support/SandboxControl.h"

#include "SandboxHost.h"
#include "api/ApiClient.h"
#include "api/WorkflowApi.h"
#include "leads/LeadBreakdownLoader.h"
#include "leads/LeadListModel.h"
#include "monitoring/ActivityLogModel.h"
#include "monitoring/ChangeTracker.h"
#include "monitoring/ConnectionHealth.h"
#include "workflows/WorkflowActionService.h"
#include "workflows/WorkflowListModel.h"
#include "workflows/WorkflowPoller.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using State = ConnectionHealth::State;

class TestMonitoringSandbox : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxHost> m_host;
    std::unique_ptr<SandboxControl> m_sandbox;
    QNetworkAccessManager m_control;

    // The whole client stack, one poll = one request (no transport retries).
    struct Rig
    {
        ApiClient client;
        WorkflowApi api{&client};
        WorkflowListModel model;
        ConnectionHealth health;
        WorkflowPoller poller{&api, &model, &health};
        ActivityLogModel log;
        ChangeTracker tracker{&model, &log};

        explicit Rig(const SandboxHost &host, const QString &key = QString())
        {
            client.setBaseUrl(host.baseUrl());
            client.setApiKey(key.isEmpty() ? host.apiKey() : key);
            RetryPolicy once;
            once.maxAttempts = 1;
            client.setRetryPolicy(once);
            client.setTransferTimeoutMs(5000);
            health.setAutoEvaluate(false);
            poller.setIntervalMs(60000); // tests drive refreshNow() themselves
        }
        bool refresh()
        {
            QSignalSpy ok(&poller, &WorkflowPoller::refreshSucceeded);
            QSignalSpy failed(&poller, &WorkflowPoller::refreshFailed);
            poller.refreshNow();
            return QTest::qWaitFor([&] { return ok.count() + failed.count() > 0; }, 10000) &&
                   ok.count() == 1;
        }
    };

    QJsonDocument control(const QByteArray &method, const QString &path,
                          const QJsonObject &body = QJsonObject())
    {
        QUrl url = m_host->controlUrl();
        url.setPath(url.path() + path);
        QNetworkRequest request(url);
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/json"));
        QNetworkReply *reply = m_control.sendCustomRequest(
            request, method,
            method == "GET" || method == "DELETE" ? QByteArray() : QJsonDocument(body).toJson());
        QSignalSpy done(reply, &QNetworkReply::finished);
        if (!reply->isFinished() && !done.wait(10000))
            qWarning() << "control request timed out" << path;
        const QByteArray bytes = reply->readAll();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        reply->deleteLater();
        if (status < 200 || status >= 300)
            qWarning() << "control" << method << path << status << bytes;
        return QJsonDocument::fromJson(bytes);
    }

    int countRequests(const QString &method, const QString &path)
    {
        const QJsonArray entries =
            control("GET", QStringLiteral("/requests")).object().value("data").toArray();
        int n = 0;
        for (const QJsonValue &v : entries) {
            const QJsonObject e = v.toObject();
            if (e.value("method").toString() == method && e.value("path").toString() == path)
                ++n;
        }
        return n;
    }

    // "Nothing else happened": every event queued so far has run and a sentinel request
    // sent through the rig's own network manager has been answered, so any poll or page
    // request started before it is in the request log (SandboxControl::sentinel).
    bool settled(Rig &rig)
    {
        return PostedEvents::flush() &&
               m_sandbox->sentinel(rig.client.networkAccessManager(), m_host->baseUrl());
    }

    static QString firstWithState(const WorkflowListModel &model, WorkflowState state)
    {
        for (const Workflow &w : model.workflows()) {
            if (w.status.state() == state)
                return w.id;
        }
        return QString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<Workflow>();
        qRegisterMetaType<WorkflowStatus>();
        qRegisterMetaType<ApiError>();
        m_host = std::make_unique<SandboxHost>();
        SandboxOptions options;
        options.tickMs = 0; // frozen unless a test ticks
        options.workflowCount = 30;
        options.seed = 7;
        QVERIFY(m_host->start(options));
        m_sandbox = std::make_unique<SandboxControl>(m_host->controlUrl());
        QString controlPath = m_host->controlUrl().path();
        QVERIFY(!controlPath.isEmpty());
    }

    void init()
    {
        control("DELETE", QStringLiteral("/faults"));
        control("POST", QStringLiteral("/reset"));
        control("DELETE", QStringLiteral("/requests"));
    }

    void cleanupTestCase()
    {
        m_sandbox.reset();
        m_host.reset();
    }

    void neverTwoRefreshesAtOnce()
    {
        Rig rig(*m_host);
        int inFlight = 0;
        int maxInFlight = 0;
        connect(&rig.poller, &WorkflowPoller::refreshStarted, this,
                [&] { maxInFlight = qMax(maxInFlight, ++inFlight); });
        auto done = [&] { --inFlight; };
        connect(&rig.poller, &WorkflowPoller::refreshSucceeded, this, done);
        connect(&rig.poller, &WorkflowPoller::refreshFailed, this, done);
        QSignalSpy succeeded(&rig.poller, &WorkflowPoller::refreshSucceeded);

        control("POST", QStringLiteral("/faults"),
                {{"method", "GET"}, {"path", "/v1/workflows"}, {"delay_ms", 700}, {"count", 1}});
        rig.poller.refreshNow();
        QVERIFY(rig.poller.isRefreshing());
        rig.poller.refreshNow();
        rig.poller.refreshNow();
        QVERIFY(rig.poller.hasFollowUpQueued());
        QTRY_COMPARE_WITH_TIMEOUT(succeeded.count(), 2, 10000);
        QVERIFY(settled(rig)); // nothing else may follow
        QCOMPARE(succeeded.count(), 2);
        QCOMPARE(rig.poller.refreshCount(), 2);
        QCOMPARE(maxInFlight, 1);
        QVERIFY(!rig.poller.isRefreshing());
        QCOMPARE(countRequests("GET", "/v1/workflows"), 2);
        QCOMPARE(rig.model.rowCount(), 30);
    }

    void timerKeepsPollingOneAtATime()
    {
        Rig rig(*m_host);
        rig.poller.setIntervalMs(50);
        QSignalSpy succeeded(&rig.poller, &WorkflowPoller::refreshSucceeded);
        control("POST", QStringLiteral("/faults"),
                {{"method", "GET"}, {"path", "/v1/workflows"}, {"delay_ms", 300}, {"count", 2}});
        rig.poller.start();
        QVERIFY(rig.poller.isActive());
        QTRY_VERIFY_WITH_TIMEOUT(succeeded.count() >= 4, 10000);
        rig.poller.stop();
        QTRY_VERIFY(!rig.poller.isRefreshing());
        QCOMPARE(rig.poller.scheduledDelayMs(), -1);
        QCOMPARE(countRequests("GET", "/v1/workflows"), rig.poller.refreshCount());
    }

    void externalChangeSeenWithinOnePoll()
    {
        Rig rig(*m_host);
        QVERIFY(rig.refresh());
        const QString id = firstWithState(rig.model, WorkflowState::Active);
        QVERIFY(!id.isEmpty());
        QSignalSpy external(&rig.tracker, &ChangeTracker::externalChange);
        QSignalSpy resets(&rig.model, &QAbstractItemModel::modelReset);

        control("POST", QStringLiteral("/workflows/%1/status").arg(id), {{"status", "paused"}});
        QVERIFY(rig.refresh()); // exactly one poll
        QTRY_COMPARE(external.count(), 1);
        QCOMPARE(external.at(0).at(0).value<Workflow>().id, id);
        QCOMPARE(external.at(0).at(1).value<WorkflowStatus>().state(), WorkflowState::Active);
        QCOMPARE(rig.log.rowCount(), 1);
        const ActivityEntry &entry = rig.log.entryAt(0);
        QCOMPARE(entry.workflowId, id);
        QCOMPARE(entry.origin, ActivityEntry::Origin::External);
        QCOMPARE(entry.changeText(), QStringLiteral("Active → Paused"));
        QVERIFY(entry.workflowText().contains(id));
        QCOMPARE(rig.log.index(0, ActivityLogModel::OriginColumn).data().toString(),
                 QStringLiteral("not by this console"));
        QVERIFY(rig.tracker.isHighlighted(id, QDateTime::currentDateTimeUtc()));
        QCOMPARE(resets.count(), 0);
    }

    void ownActionIsNotExternal()
    {
        Rig rig(*m_host);
        WorkflowActionService service(&rig.api, &rig.model);
        rig.tracker.setActionService(&service);
        QVERIFY(rig.refresh());
        const QString id = firstWithState(rig.model, WorkflowState::Active);
        QVERIFY(!id.isEmpty());
        QSignalSpy external(&rig.tracker, &ChangeTracker::externalChange);
        QSignalSpy own(&rig.tracker, &ChangeTracker::ownChange);
        QSignalSpy succeeded(&service, &WorkflowActionService::actionSucceeded);
        QVERIFY(service.request(LifecycleAction::Pause, id));
        QVERIFY(succeeded.wait(10000));
        QVERIFY(rig.refresh());
        QTRY_COMPARE(own.count(), 1);
        QCOMPARE(external.count(), 0);
        QCOMPARE(rig.log.rowCount(), 1);
        QCOMPARE(rig.log.entryAt(0).origin, ActivityEntry::Origin::ThisConsole);
        QCOMPARE(rig.log.index(0, ActivityLogModel::OriginColumn).data().toString(),
                 QStringLiteral("this console"));
    }

    void listSurvivesOutageAndHealthRecovers()
    {
        Rig rig(*m_host);
        QVERIFY(rig.refresh());
        QCOMPARE(rig.health.state(), State::Online);
        const QList<Workflow> before = rig.model.workflows();
        QSignalSpy resets(&rig.model, &QAbstractItemModel::modelReset);
        QSignalSpy removed(&rig.model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy states(&rig.health, &ConnectionHealth::stateChanged);
        QSignalSpy failed(&rig.poller, &WorkflowPoller::refreshFailed);

        control("POST", QStringLiteral("/faults"),
                {{"method", "GET"}, {"path", "/v1/workflows"}, {"status", 503}, {"count", 2}});
        control("POST", QStringLiteral("/faults"),
                {{"method", "GET"}, {"path", "/v1/workflows"}, {"drop", true}, {"count", 10}});
        // (Qt may silently re-send a GET once on a dropped keep-alive connection, so the
        // drop rule has spare counts; it is cleared before the recovery poll.)

        QVERIFY(!rig.refresh());
        QCOMPARE(rig.health.state(), State::Retrying);
        QCOMPARE(failed.at(0).at(0).value<ApiError>().kind(), ApiError::Kind::Server);
        QVERIFY(!rig.refresh());
        QCOMPARE(rig.health.state(), State::Retrying);
        QVERIFY(!rig.refresh());
        QCOMPARE(rig.health.state(), State::Offline);
        QCOMPARE(failed.at(2).at(0).value<ApiError>().kind(), ApiError::Kind::Network);
        const int firstBackoff = rig.health.nextIntervalMs();
        QVERIFY(!rig.refresh());
        QVERIFY(rig.health.nextIntervalMs() > firstBackoff || rig.health.nextIntervalMs() == 60000);
        QVERIFY(rig.health.nextIntervalMs() <= 60000);

        // The list stayed visible, untouched.
        QCOMPARE(rig.model.workflows(), before);
        QCOMPARE(resets.count(), 0);
        QCOMPARE(removed.count(), 0);

        control("DELETE", QStringLiteral("/faults"));
        QVERIFY(rig.refresh());
        QCOMPARE(rig.health.state(), State::Online);
        QCOMPARE(rig.health.nextIntervalMs(), 60000); // the poller's normal interval again
        QCOMPARE(states.count(), 3);                  // Retrying, Offline, Online
        QCOMPARE(states.at(0).at(0).value<State>(), State::Retrying);
        QCOMPARE(states.at(1).at(0).value<State>(), State::Offline);
        QCOMPARE(states.at(2).at(0).value<State>(), State::Online);
        QCOMPARE(rig.model.rowCount(), before.size());
    }

    void pollerBacksOffWhileOffline()
    {
        Rig rig(*m_host);
        rig.poller.setIntervalMs(100);
        rig.health.setMaxBackoffIntervalMs(400);
        control("POST", QStringLiteral("/faults"),
                {{"method", "GET"}, {"path", "/v1/workflows"}, {"status", 503}, {"count", 100}});
        rig.poller.start();
        QTRY_VERIFY_WITH_TIMEOUT(rig.health.consecutiveFailures() >= 4, 10000);
        QCOMPARE(rig.health.state(), State::Offline);
        QTRY_VERIFY(rig.poller.scheduledDelayMs() == 400);
        control("DELETE", QStringLiteral("/faults"));
        QTRY_COMPARE_WITH_TIMEOUT(rig.health.state(), State::Online, 5000);
        QTRY_COMPARE(rig.poller.scheduledDelayMs(), 100);
        rig.poller.stop();
    }

    void unauthorizedStopsPollingUntilSignedIn()
    {
        Rig rig(*m_host, QStringLiteral("wrong_key:nope"));
        rig.poller.setIntervalMs(100);
        QSignalSpy failed(&rig.poller, &WorkflowPoller::refreshFailed);
        rig.poller.start();
        QVERIFY(failed.wait(5000));
        QCOMPARE(failed.at(0).at(0).value<ApiError>().kind(), ApiError::Kind::Unauthorized);
        QCOMPARE(rig.health.state(), State::SignedOut);
        QCOMPARE(rig.poller.scheduledDelayMs(), -1); // no timer armed for the next poll
        QVERIFY(settled(rig));                       // and none started any other way
        QCOMPARE(failed.count(), 1);                 // no polling while signed out
        QCOMPARE(rig.poller.refreshCount(), 1);
        QCOMPARE(rig.poller.scheduledDelayMs(), -1);
        QCOMPARE(countRequests("GET", "/v1/workflows"), 1);

        QSignalSpy succeeded(&rig.poller, &WorkflowPoller::refreshSucceeded);
        rig.client.setApiKey(m_host->apiKey());
        rig.health.signedIn();
        QVERIFY(succeeded.wait(5000));
        QCOMPARE(rig.health.state(), State::Online);
        QCOMPARE(rig.model.rowCount(), 30);
        rig.poller.stop();
    }

    void leadBreakdownMatchesLeadList()
    {
        Rig rig(*m_host);
        control("POST", QStringLiteral("/tick"), {{"count", 15}}); // spread the lead statuses
        QVERIFY(rig.refresh());
        // The workflow with the most leads.
        QString id;
        int most = -1;
        for (const Workflow &w : rig.model.workflows()) {
            if (w.enrolledLeads.value_or(-1) > most) {
                most = w.enrolledLeads.value_or(-1);
                id = w.id;
            }
        }
        if (id.isEmpty())
            id = rig.model.workflows().first().id;

        LeadBreakdownLoader loader(&rig.api);
        QSignalSpy loaded(&loader, &LeadBreakdownLoader::loaded);
        QSignalSpy loading(&loader, &LeadBreakdownLoader::loadingChanged);
        control("DELETE", QStringLiteral("/requests"));
        loader.load(id);
        QVERIFY(loader.isLoading());
        QVERIFY(loaded.wait(10000));
        QCOMPARE(loading.count(), 2);
        QVERIFY(!loader.isLoading());
        QVERIFY(loader.hasResult());
        QCOMPARE(countRequests("GET", QStringLiteral("/v1/workflows/%1/leads").arg(id)),
                 int(LeadBreakdownLoader::leadStatuses().size()) + 1);
        QVERIFY(loader.total() > 0);
        QCOMPARE(loader.sumOfStatuses(), loader.total());
        QCOMPARE(loader.otherCount(), 0);

        // Every lead, page by page, counted by status.
        LeadListModel leads(&rig.api);
        leads.setPageSize(100);
        QSignalSpy pageLoaded(&leads, &LeadListModel::loaded);
        leads.setWorkflow(id);
        QHash<QString, int> counted;
        int seen = 0;
        for (;;) {
            QVERIFY(pageLoaded.wait(10000));
            for (int row = 0; row < leads.rowCount(); ++row)
                ++counted[leads.leadAt(row).status];
            seen += leads.rowCount();
            if (!leads.hasNextPage())
                break;
            leads.nextPage();
        }
        QCOMPARE(seen, loader.total());
        QCOMPARE(leads.totalLeads(), loader.total());
        for (const QString &status : LeadBreakdownLoader::leadStatuses())
            QCOMPARE(loader.count(status), counted.value(status));
        int inTransit = 0;
        for (auto it = counted.cbegin(); it != counted.cend(); ++it) {
            QVERIFY2(LeadBreakdownLoader::leadStatuses().contains(it.key()), qPrintable(it.key()));
            if (!Lead::isTerminalStatus(it.key()))
                inTransit += it.value();
        }
        QCOMPARE(loader.inProgressCount(), inTransit);
    }

    void leadBreakdownUnknownWorkflowFails()
    {
        Rig rig(*m_host);
        LeadBreakdownLoader loader(&rig.api);
        QSignalSpy failed(&loader, &LeadBreakdownLoader::failed);
        QSignalSpy loaded(&loader, &LeadBreakdownLoader::loaded);
        loader.load(QStringLiteral("wf_does_not_exist"));
        QVERIFY(failed.wait(10000));
        QCOMPARE(failed.count(), 1);
        QCOMPARE(failed.at(0).at(1).value<ApiError>().kind(), ApiError::Kind::NotFound);
        QCOMPARE(rig.client.requestsInFlight(), 0); // every answer is in: no callback is left
        QVERIFY(settled(rig));
        QCOMPARE(countRequests("GET", QStringLiteral("/v1/workflows/wf_does_not_exist/leads")),
                 int(LeadBreakdownLoader::leadStatuses().size()) + 1);
        QCOMPARE(failed.count(), 1);
        QCOMPARE(loaded.count(), 0);
        QVERIFY(!loader.isLoading());
    }

    void leadListModelPagesThroughLeads()
    {
        Rig rig(*m_host);
        QVERIFY(rig.refresh());
        // The test's own 20 leads on a copy of a seeded workflow (its graph, no leads): the
        // first four are on the entry node, so page 1 has leads with a current node.
        std::optional<ApiResponse> copy;
        rig.client.post(
            QStringLiteral("workflows/%1/duplicate").arg(rig.model.workflows().first().id),
            QJsonObject(), this, [&](const ApiResponse &r) { copy = r; });
        QTRY_VERIFY_WITH_TIMEOUT(copy.has_value(), 10000);
        QVERIFY2(copy->ok(), qPrintable(copy->error.details()));
        const QString id = copy->json.object().value(QStringLiteral("id")).toString();
        std::optional<ApiResult<QList<WorkflowNode>>> nodes;
        rig.api.listNodes(id, this, [&](const ApiResult<QList<WorkflowNode>> &r) { nodes = r; });
        QTRY_VERIFY_WITH_TIMEOUT(nodes.has_value(), 10000);
        QVERIFY(nodes->ok() && !nodes->value().isEmpty());
        QCOMPARE(m_sandbox->enrolLeads(id, 4, nodes->value().first().id).size(), 4);
        QCOMPARE(m_sandbox->enrolLeads(id, 16).size(), 16);

        LeadListModel leads(&rig.api);
        QAbstractItemModelTester tester(&leads,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        leads.setPageSize(7);
        QSignalSpy loaded(&leads, &LeadListModel::loaded);
        QSignalSpy pageChanged(&leads, &LeadListModel::pageChanged);
        leads.setWorkflow(id);
        QVERIFY(loaded.wait(10000));
        const int total = leads.totalLeads();
        QCOMPARE(total, 20);
        QCOMPARE(leads.pageCount(), (total + 6) / 7);
        QSet<QString> ids;
        int pages = 1;
        for (;;) {
            QVERIFY(leads.rowCount() <= 7);
            for (int row = 0; row < leads.rowCount(); ++row) {
                const Lead lead = leads.leadAt(row);
                QVERIFY(!lead.phoneNumber.isEmpty());
                QCOMPARE(leads.index(row, LeadListModel::PhoneColumn).data().toString(),
                         lead.phoneNumber);
                ids.insert(lead.id);
            }
            if (!leads.hasNextPage())
                break;
            leads.nextPage();
            QVERIFY(loaded.wait(10000));
            ++pages;
            QCOMPARE(leads.page(), pages);
        }
        QCOMPARE(pages, leads.pageCount());
        QCOMPARE(int(ids.size()), total);
        QVERIFY(pageChanged.count() >= pages);

        leads.previousPage();
        QVERIFY(loaded.wait(10000));
        QCOMPARE(leads.page(), pages - 1);
        QCOMPARE(leads.rowCount(), 7);
        leads.setPage(1);
        QVERIFY(loaded.wait(10000));
        QCOMPARE(leads.page(), 1);
        QVERIFY(!leads.hasPreviousPage());

        // "Current node" names the step (label and type from GET /nodes), not its id.
        int placed = 0;
        for (int row = 0; row < leads.rowCount(); ++row) {
            const Lead lead = leads.leadAt(row);
            if (lead.currentNodeId.isEmpty())
                continue;
            ++placed;
            const QModelIndex cell = leads.index(row, LeadListModel::CurrentNodeColumn);
            QTRY_VERIFY_WITH_TIMEOUT(cell.data().toString() != lead.currentNodeId, 5000);
            QVERIFY2(cell.data().toString().contains(QLatin1Char('(')),
                     qPrintable(cell.data().toString()));
            QCOMPARE(cell.data(Qt::ToolTipRole).toString(), lead.currentNodeId);
        }
        QCOMPARE(placed, 4);
    }
};

QTEST_GUILESS_MAIN(TestMonitoringSandbox)
#include "tst_monitoring_sandbox.moc"
