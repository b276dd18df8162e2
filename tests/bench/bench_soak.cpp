// Soak: the console's poll loop against the in-process sandbox, 10,000 polls at a short
// interval, with random faults on the list (503, dropped connection, hang, malformed JSON,
// 429) and a pause or resume every few polls. Prints
//   BENCH soak_polls N, BENCH soak_rss_growth_kb K (RSS at the end minus after the first
//   500 polls), BENCH soak_wrong_status W (a shown status the server never sent for that
//   workflow), and the failed/succeeded poll counts. BENCH_SMOKE=1: 600 polls.
#include "support/ProcessMemory.h"
#include "support/SandboxControl.h"

#include "SandboxHost.h"
#include "api/ApiClient.h"
#include "api/RetryPolicy.h"
#include "api/WorkflowApi.h"
#include "monitoring/ConnectionHealth.h"
#include "workflows/WorkflowListModel.h"
#include "workflows/WorkflowPoller.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QRandomGenerator>
#include <QSet>
#include <QTimer>

#include <cstdio>

namespace {

QJsonObject listFault(int kind)
{
    QJsonObject rule{{QStringLiteral("method"), QStringLiteral("GET")},
                     {QStringLiteral("path"), QStringLiteral("/v1/workflows")},
                     {QStringLiteral("count"), 1}};
    switch (kind) {
    case 0:
        rule.insert(QStringLiteral("status"), 503);
        break;
    case 1:
        rule.insert(QStringLiteral("drop"), true);
        break;
    case 2:
        rule.insert(QStringLiteral("malformed"), true);
        break;
    case 3:
        rule.insert(QStringLiteral("status"), 429);
        rule.insert(QStringLiteral("headers"), QJsonObject{{QStringLiteral("Retry-After"), "0"}});
        break;
    default:
        rule.insert(QStringLiteral("hang"), true);
        break;
    }
    return rule;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const bool smoke = qEnvironmentVariableIsSet("BENCH_SMOKE");
    const int polls = smoke ? 600 : 10000;
    const int workflows = 40;

    SandboxHost host;
    SandboxOptions options;
    options.tickMs = 0; // statuses change only by our own actions
    options.workflowCount = 0;
    options.rateLimitPerSecond = 0;
    if (!host.start(options)) {
        std::fprintf(stderr, "bench_soak: the sandbox did not start\n");
        return 1;
    }
    SandboxControl control(host.controlUrl());
    QStringList ids;
    QHash<QString, QSet<QString>> sent; // every status the server held for each workflow
    for (int i = 0; i < workflows; ++i) {
        const QString id = QStringLiteral("wf_soak_%1").arg(i, 3, 10, QLatin1Char('0'));
        control.insertWorkflow(id, QStringLiteral("Soak %1").arg(i), QStringLiteral("active"));
        ids << id;
        sent[id].insert(QStringLiteral("active"));
    }

    ApiClient client;
    client.setBaseUrl(host.baseUrl());
    client.setApiKey(host.apiKey());
    client.setTransferTimeoutMs(300); // a hang costs a fraction of a second, not 15 s
    client.setRequestDeadlineMs(600);
    RetryPolicy once;
    once.maxAttempts = 1; // each fault is one failed poll
    client.setRetryPolicy(once);
    WorkflowApi api(&client);
    WorkflowListModel model;
    ConnectionHealth health;
    WorkflowPoller poller(&api, &model, &health);

    QRandomGenerator random(20261202);
    int done = 0;
    int failed = 0;
    int wrong = 0;
    int actions = 0;
    qint64 rssAfterWarmUp = 0;
    QSet<QString> inFlight;

    auto next = [&] {
        if (done == 500)
            rssAfterWarmUp = ProcessMemory::residentKb();
        if (done >= polls) {
            QCoreApplication::quit();
            return;
        }
        // The sandbox shares this process: its request log (kept for tests) must not count
        // as the console's memory.
        if (done % 250 == 0)
            control.clearRequests();
        if (random.bounded(100) < 8) // about one poll in twelve meets a fault
            control.fault(listFault(random.bounded(100) < 4 ? 4 : int(random.bounded(4))));
        if (done % 5 == 0) {
            // A pause or resume, as a supervisor would; its answer is what the server holds.
            const QString id = ids.at(int(random.bounded(qsizetype(ids.size()))));
            if (!inFlight.contains(id)) {
                const auto row = model.workflow(id);
                const bool paused = row && row->status.state() == WorkflowState::Paused;
                inFlight.insert(id);
                ++actions;
                api.perform(paused ? LifecycleAction::Resume : LifecycleAction::Pause, id, &app,
                            [&, id](const ApiResult<ActionOutcome> &) {
                                sent[id].insert(control.status(id));
                                inFlight.remove(id);
                            });
                sent[id].insert(paused ? QStringLiteral("active") : QStringLiteral("paused"));
            }
        }
        QTimer::singleShot(1, &poller, &WorkflowPoller::refreshNow);
    };
    QObject::connect(&poller, &WorkflowPoller::refreshSucceeded, &app, [&] {
        ++done;
        for (const Workflow &w : model.workflows()) {
            if (!sent.value(w.id).contains(w.status.raw()))
                ++wrong;
        }
        next();
    });
    QObject::connect(&poller, &WorkflowPoller::refreshFailed, &app, [&] {
        ++done;
        ++failed;
        next();
    });
    QTimer::singleShot(0, &poller, &WorkflowPoller::refreshNow);
    app.exec();

    const qint64 rssEnd = ProcessMemory::residentKb();
    std::printf("BENCH soak_polls %d polls\n", done);
    std::printf("BENCH soak_failed_polls %d polls\n", failed);
    std::printf("BENCH soak_actions %d requests\n", actions);
    std::printf("BENCH soak_rss_growth_kb %lld kB\n",
                static_cast<long long>(rssAfterWarmUp > 0 ? rssEnd - rssAfterWarmUp : 0));
    std::printf("BENCH soak_wrong_status %d rows\n", wrong);
    return wrong == 0 ? 0 : 1;
}
