// Issue 13: polling at scale against the in-process sandbox. What a supervisor (and the
// API's owner) would notice: rows appear while the rest loads, polling stays within half
// of the key's rate limit and never pushes a pause into a 429, unchanged pages cost no
// decoding, and the status bar says when the limit stretches the interval.
#include "support/SandboxControl.h"

#include "SandboxHost.h"
#include "SandboxOptions.h"
#include "api/ApiClient.h"
#include "api/WorkflowApi.h"
#include "workflows/WorkflowFilterProxy.h"
#include "workflows/WorkflowListModel.h"
#include "workflows/WorkflowPoller.h"

#include <QDateTime>
#include <QItemSelectionModel>
#include <QMap>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>
#include <memory>

class TestWorkflowPollerScale : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void cleanup();

    void firstPageShownWhileTheRestLoads();
    void pagesShownSortedAsTheyArriveAndStaySorted();
    void noHalfwayShowWhenTheRestIsDueAtOnce();
    void pollingKeepsToHalfTheRateLimit();
    void pauseIsNotQueuedBehindPageFetches();
    void unchangedPagesAreAnswered304AndReused();
    void worksWithoutValidatorsOrRateLimitHeaders();
    void statusBarNoteWhenTheLimitStretchesPolling();

private:
    void startSandbox(int workflows, int rateLimit);
    // GET /v1/workflows requests per whole second (the sandbox's rate-limit windows).
    QMap<qint64, int> listRequestsPerSecond();

    std::unique_ptr<SandboxHost> m_host;
    std::unique_ptr<SandboxControl> m_control;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<WorkflowApi> m_api;
    std::unique_ptr<WorkflowListModel> m_model;
    std::unique_ptr<WorkflowPoller> m_poller;
};

void TestWorkflowPollerScale::startSandbox(int workflows, int rateLimit)
{
    SandboxOptions o;
    o.tickMs = 0; // nothing changes unless a test changes it
    o.workflowCount = workflows;
    o.rateLimitPerSecond = rateLimit;
    m_host = std::make_unique<SandboxHost>();
    QVERIFY(m_host->start(o));
    m_control = std::make_unique<SandboxControl>(m_host->controlUrl());
    m_client = std::make_unique<ApiClient>();
    m_client->setBaseUrl(m_host->baseUrl());
    m_client->setApiKey(m_host->apiKey());
    m_api = std::make_unique<WorkflowApi>(m_client.get());
    m_model = std::make_unique<WorkflowListModel>();
    m_poller = std::make_unique<WorkflowPoller>(m_api.get(), m_model.get());
}

void TestWorkflowPollerScale::cleanup()
{
    m_poller.reset();
    m_model.reset();
    m_api.reset();
    m_client.reset();
    m_control.reset();
    m_host.reset();
}

QMap<qint64, int> TestWorkflowPollerScale::listRequestsPerSecond()
{
    QMap<qint64, int> perSecond;
    for (const QJsonObject &r :
         m_control->requestsMatching(QStringLiteral("GET"), QStringLiteral("/v1/workflows"))) {
        const QDateTime at =
            QDateTime::fromString(r.value(QStringLiteral("at")).toString(), Qt::ISODateWithMs);
        ++perSecond[at.toMSecsSinceEpoch() / 1000];
    }
    return perSecond;
}

void TestWorkflowPollerScale::firstPageShownWhileTheRestLoads()
{
    // 20 req/s: the poll takes its half, so 1,000 workflows arrive over about a second.
    startSandbox(1000, 20);
    QSignalSpy progress(m_poller.get(), &WorkflowPoller::loadProgress);
    QSignalSpy done(m_poller.get(), &WorkflowPoller::refreshSucceeded);
    m_poller->refreshNow();
    QTRY_VERIFY(m_model->rowCount() > 0);
    // Rows are there before the poll is over, and nothing may act "on all" of them yet.
    QVERIFY(m_poller->isRefreshing());
    QVERIFY(m_model->rowCount() < 1000);
    QVERIFY(!m_model->isListingComplete());
    QCOMPARE(progress.first().at(0).toInt(), 100);
    QCOMPARE(progress.first().at(1).toInt(), 1000);
    QCOMPARE(WorkflowPoller::loadProgressText(3400, 10000),
             QStringLiteral("Loading 3,400 of 10,000…"));
    QVERIFY(done.wait(20000));
    QCOMPARE(m_model->rowCount(), 1000);
    QVERIFY(m_model->isListingComplete());
    QCOMPARE(progress.last().at(0).toInt(), -1);
}

// What the sorted table shows while 1,000 workflows load a page every ~100 ms: page 1's
// rows alone and sorted, then more rows page by page, always sorted, the row the
// supervisor is on kept, and all 1,000 sorted at the end.
void TestWorkflowPollerScale::pagesShownSortedAsTheyArriveAndStaySorted()
{
    startSandbox(1000, 20);
    WorkflowFilterProxy proxy;
    proxy.setSourceModel(m_model.get());
    proxy.sort(WorkflowListModel::NameColumn, Qt::AscendingOrder);
    QItemSelectionModel selection(&proxy);
    const auto sortedNow = [&proxy] {
        for (int row = 1; row < proxy.rowCount(); ++row)
            if (NameSortKey::compare(proxy.index(row - 1, 0).data().toString(),
                                     proxy.index(row, 0).data().toString()) > 0)
                return false;
        return true;
    };
    // What the table shows whenever the event loop is free (as a screen would), never in
    // the middle of an update.
    QList<int> shown;
    bool alwaysSorted = true;
    QTimer look;
    look.setInterval(5);
    connect(&look, &QTimer::timeout, this, [&] {
        if (shown.isEmpty() ? proxy.rowCount() == 0 : proxy.rowCount() == shown.last())
            return;
        shown << proxy.rowCount();
        alwaysSorted = alwaysSorted && sortedNow();
    });
    look.start();
    QSignalSpy done(m_poller.get(), &WorkflowPoller::refreshSucceeded);
    m_poller->refreshNow();
    QTRY_VERIFY(!shown.isEmpty());
    QCOMPARE(shown.first(), 100); // page 1, before page 2 has arrived
    selection.setCurrentIndex(proxy.index(50, 0), QItemSelectionModel::SelectCurrent);
    const QString current =
        selection.currentIndex().data(WorkflowListModel::WorkflowIdRole).toString();
    QVERIFY(done.wait(20000));
    QTRY_COMPARE(shown.last(), 1000);
    look.stop();
    // Pages come ~100 ms apart: each is shown until the rest is due within
    // RestDueSoonMs (the last two or so), and a loaded machine may bunch two or three.
    QStringList steps;
    for (int n : std::as_const(shown))
        steps << QString::number(n);
    QVERIFY2(shown.size() >= 6, qPrintable(steps.join(QLatin1Char(' '))));
    QVERIFY(std::is_sorted(shown.cbegin(), shown.cend()));
    QVERIFY(alwaysSorted);
    QVERIFY(sortedNow());
    QCOMPARE(selection.currentIndex().data(WorkflowListModel::WorkflowIdRole).toString(), current);
}

// Showing a batch of pages halfway re-sorts and repaints every row shown (20-30 ms at
// 10,000 workflows), which only delays the full table when the rest is due at once. Here
// the poller's clock stands still, so by its reckoning every page after the first comes
// at once: page 1 is shown, then the whole list, and nothing in between, although the
// pages really come ~100 ms apart.
void TestWorkflowPollerScale::noHalfwayShowWhenTheRestIsDueAtOnce()
{
    startSandbox(1000, 20);
    const QDateTime frozen = QDateTime::currentDateTimeUtc();
    m_poller->setClock([frozen] { return frozen; });
    QList<int> shown;
    QTimer look;
    look.setInterval(5);
    connect(&look, &QTimer::timeout, this, [&] {
        if (shown.isEmpty() || m_model->rowCount() != shown.last())
            shown << m_model->rowCount();
    });
    look.start();
    QSignalSpy progress(m_poller.get(), &WorkflowPoller::loadProgress);
    QSignalSpy done(m_poller.get(), &WorkflowPoller::refreshSucceeded);
    m_poller->refreshNow();
    QVERIFY(done.wait(20000));
    look.stop();
    if (shown.isEmpty() || shown.last() != m_model->rowCount())
        shown << m_model->rowCount();
    shown.removeAll(0);
    QStringList steps;
    for (int n : std::as_const(shown))
        steps << QString::number(n);
    QCOMPARE(steps.join(QLatin1Char(' ')), QStringLiteral("100 1000"));
    // The progress line still counts every page.
    QStringList counted;
    for (const QList<QVariant> &p : std::as_const(progress))
        counted << p.at(0).toString();
    QCOMPARE(counted.join(QLatin1Char(' ')),
             QStringLiteral("100 200 300 400 500 600 700 800 900 1000 -1"));
}

void TestWorkflowPollerScale::pollingKeepsToHalfTheRateLimit()
{
    startSandbox(2000, 20); // 20 pages a poll
    QSignalSpy done(m_poller.get(), &WorkflowPoller::refreshSucceeded);
    QSignalSpy failed(m_poller.get(), &WorkflowPoller::refreshFailed);
    m_poller->setIntervalMs(1);
    m_poller->start();
    QTRY_VERIFY_WITH_TIMEOUT(done.size() >= 3, 30000);
    m_poller->stop();
    QCOMPARE(failed.size(), 0);
    const QMap<qint64, int> perSecond = listRequestsPerSecond();
    QVERIFY(perSecond.size() >= 4);
    for (auto it = perSecond.cbegin(); it != perSecond.cend(); ++it)
        QVERIFY2(it.value() <= 10,
                 qPrintable(QStringLiteral("%1 list requests in one second").arg(it.value())));
}

void TestWorkflowPollerScale::pauseIsNotQueuedBehindPageFetches()
{
    startSandbox(3000, 20); // 30 pages: about 3.3 s of paced polling
    QVERIFY(m_control->call("POST", QStringLiteral("faults"),
                            QJsonObject{{QStringLiteral("method"), QStringLiteral("GET")},
                                        {QStringLiteral("path"), QStringLiteral("/v1/workflows")},
                                        {QStringLiteral("delay_ms"), 300},
                                        {QStringLiteral("apply"), true},
                                        {QStringLiteral("count"), 1000}}) /
                100 ==
            2);
    QSignalSpy done(m_poller.get(), &WorkflowPoller::refreshSucceeded);
    m_poller->refreshNow();
    QTRY_VERIFY(m_model->rowCount() >= 100);
    const QString id = m_model->workflows().constFirst().id;
    std::optional<ApiResult<ActionOutcome>> outcome;
    // Another workflow's pause, and one more: they go at once, whatever the poll is doing.
    m_api->perform(LifecycleAction::Pause, id, this,
                   [&](const ApiResult<ActionOutcome> &r) { outcome = r; });
    QTRY_VERIFY_WITH_TIMEOUT(outcome.has_value(), 5000);
    QVERIFY(m_poller->isRefreshing()); // answered while pages were still being fetched
    QVERIFY2(outcome->ok() || outcome->error().httpStatus() == 409,
             qPrintable(outcome->ok() ? QString() : outcome->error().userMessage()));
    QVERIFY(!outcome->ok() ? outcome->error().kind() != ApiError::Kind::RateLimited : true);
    QVERIFY(done.wait(30000));
}

void TestWorkflowPollerScale::unchangedPagesAreAnswered304AndReused()
{
    startSandbox(1000, 0);
    std::optional<ApiResult<WorkflowListing>> first, second;
    m_api->listAll({}, this, [&](const ApiResult<WorkflowListing> &r) { first = r; });
    QTRY_VERIFY(first.has_value());
    QVERIFY(first->ok());
    QCOMPARE(first->value().requests, 10);
    QCOMPARE(first->value().unchangedPages, 0);
    // One workflow on page 3 changes; the other nine pages are unchanged.
    const Workflow changed = first->value().workflows.at(250);
    QVERIFY(m_control->setStatus(changed.id, QStringLiteral("cancelled")));
    m_api->listAll({}, this, [&](const ApiResult<WorkflowListing> &r) { second = r; });
    QTRY_VERIFY(second.has_value());
    QVERIFY(second->ok());
    QCOMPARE(second->value().requests, 10);
    QCOMPARE(second->value().unchangedPages, 9);
    QCOMPARE(second->value().workflows.size(), 1000);
    QCOMPARE(second->value().workflows.at(250).id, changed.id);
    QCOMPARE(second->value().workflows.at(250).status.raw(), QStringLiteral("cancelled"));
    QCOMPARE(second->value().workflows.at(999).id, first->value().workflows.at(999).id);
}

void TestWorkflowPollerScale::worksWithoutValidatorsOrRateLimitHeaders()
{
    startSandbox(300, 0);
    // A server (or proxy) that sends no ETag: strip it from every list answer.
    QVERIFY(m_control->call("POST", QStringLiteral("faults"),
                            QJsonObject{{QStringLiteral("method"), QStringLiteral("GET")},
                                        {QStringLiteral("path"), QStringLiteral("/v1/workflows")},
                                        {QStringLiteral("apply"), true},
                                        {QStringLiteral("count"), 1000}}) /
                100 ==
            2);
    std::optional<ApiResult<WorkflowListing>> first, second;
    m_api->listAll({}, this, [&](const ApiResult<WorkflowListing> &r) { first = r; });
    QTRY_VERIFY(first.has_value());
    QVERIFY(first->ok());
    m_api->listAll({}, this, [&](const ApiResult<WorkflowListing> &r) { second = r; });
    QTRY_VERIFY(second.has_value());
    QVERIFY(second->ok());
    QCOMPARE(second->value().workflows.size(), 300);
    QCOMPARE(second->value().unchangedPages, 0);
    QVERIFY(!m_client->budget()->known());
}

void TestWorkflowPollerScale::statusBarNoteWhenTheLimitStretchesPolling()
{
    startSandbox(3000, 20); // 30 pages at 10 req/s: ~3.3 s for a poll meant every 1 s
    QSignalSpy pacing(m_poller.get(), &WorkflowPoller::pacingChanged);
    QSignalSpy done(m_poller.get(), &WorkflowPoller::refreshSucceeded);
    m_poller->setIntervalMs(1000);
    m_poller->refreshNow();
    QVERIFY(done.wait(30000));
    QCOMPARE(pacing.size(), 1);
    const QString note = pacing.first().at(0).toString();
    QVERIFY2(QRegularExpression(
                 QStringLiteral("^Polling every [4-6] s to stay within DialNexa's rate limit$"))
                 .match(note)
                 .hasMatch(),
             qPrintable(note));
    QCOMPARE(m_poller->pacingNote(), note);
}

QTEST_GUILESS_MAIN(TestWorkflowPollerScale)
#include "tst_workflow_poller_scale.moc"
