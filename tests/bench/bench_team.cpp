// Team mode: two consoles (each its own local file and connections) resuming one incident of
// 1,000 workflows against the sandbox with 20 ms latency, versus one console alone; and the
// time from a row written in one console to the notification in another.
// Prints only "BENCH <metric> <value> <unit>" lines. BENCH_SMOKE=1: 60 workflows.
#include "support/SandboxControl.h"
#include "support/TeamPostgres.h"

#include "SandboxHost.h"
#include "api/ApiClient.h"
#include "api/ServerName.h"
#include "api/WorkflowApi.h"
#include "audit/AuditLog.h"
#include "incidents/IncidentCoordinator.h"
#include "incidents/IncidentStore.h"
#include "storage/ConsoleDatabase.h"
#include "storage/TeamLink.h"
#include "storage/TeamReplicator.h"
#include "storage/TeamStore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QSet>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <memory>

namespace {

struct Console
{
    Console(const QUrl &baseUrl, const QString &key)
    {
        client.setBaseUrl(baseUrl);
        client.setApiKey(key);
        link.watch(&audit, &incidents);
        coordinator.setResumeClaims(link.store());
    }
    bool open(const TeamStoreConfig &config)
    {
        return dir.isValid() && local.open(dir.filePath(QStringLiteral("console.sqlite"))) &&
               link.connectTo(config);
    }
    QTemporaryDir dir;
    ApiClient client;
    WorkflowApi api{&client};
    ConsoleDatabase local;
    AuditLog audit{&local};
    IncidentStore incidents{&local};
    TeamLink link{&local};
    IncidentCoordinator coordinator{&api, &incidents, &audit};
};

// Runs the event loop until `done` holds (or 10 minutes pass).
template<typename F>
bool spin(F done)
{
    QElapsedTimer t;
    t.start();
    while (!done() && t.elapsed() < 600000)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    return done();
}

QString pauseIncident(Console &c, const QList<BulkItem> &items, const QString &apiHost)
{
    bool finished = false;
    auto connection = QObject::connect(&c.coordinator, &IncidentCoordinator::pauseFinished,
                                       [&] { finished = true; });
    const QString id =
        c.coordinator.startPauseIncident(QStringLiteral("bench"), items, QString(), apiHost);
    spin([&] { return finished; });
    QObject::disconnect(connection);
    c.link.replicator()->pushNow();
    return id;
}

void print(const char *metric, double value, const char *unit)
{
    std::printf("BENCH %s %.3f %s\n", metric, value, unit);
    std::fflush(stdout);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (const QString why = TeamPostgres::unavailableReason(); !why.isEmpty()) {
        std::fprintf(stderr, "bench_team: %s\n", qPrintable(why));
        return 1;
    }
    const bool smoke = qEnvironmentVariableIsSet("BENCH_SMOKE");
    const int n = smoke ? 60 : 1000;
    SandboxHost host;
    SandboxOptions options;
    options.tickMs = 0;
    options.workflowCount = 0;
    options.latencyMs = 20;
    if (!host.start(options))
        return 1;
    SandboxControl control(host.controlUrl());
    QList<BulkItem> items;
    for (int i = 0; i < n; ++i) {
        const QString id = QStringLiteral("wf_team_%1").arg(i, 4, 10, QLatin1Char('0'));
        if (control.insertWorkflow(id, id, QStringLiteral("active")))
            items.append({id, id, 0});
    }
    const TeamStoreConfig config = TeamPostgres::freshDatabase(QStringLiteral("b_team"));
    const QString apiHost = ServerName::of(host.baseUrl());
    Console alice(host.baseUrl(), host.apiKey());
    Console bob(host.baseUrl(), host.apiKey());
    if (!alice.open(config) || !bob.open(config)) {
        std::fprintf(stderr, "bench_team: %s\n", qPrintable(alice.link.lastError()));
        return 1;
    }

    // One console resumes alone.
    const QString first = pauseIncident(alice, items, apiHost);
    bool aliceDone = false;
    QObject::connect(&alice.coordinator, &IncidentCoordinator::resumeFinished,
                     [&] { aliceDone = true; });
    QElapsedTimer one;
    one.start();
    alice.coordinator.resumeIncident(first);
    spin([&] { return aliceDone; });
    const double secondsOne = one.elapsed() / 1000.0;

    // Two consoles resume the same incident at once.
    const QString second = pauseIncident(alice, items, apiHost);
    bob.link.store()->importIncident(second, &bob.local);
    control.clearRequests();
    aliceDone = false;
    bool bobDone = false;
    QObject::connect(&bob.coordinator, &IncidentCoordinator::resumeFinished,
                     [&] { bobDone = true; });
    QElapsedTimer two;
    two.start();
    alice.coordinator.resumeIncident(second);
    bob.coordinator.resumeIncident(second);
    spin([&] { return aliceDone && bobDone; });
    const double secondsTwo = two.elapsed() / 1000.0;
    const QList<QJsonObject> resumes =
        control.requestsMatching(QStringLiteral("POST"), QStringLiteral("/resume"));
    QSet<QString> distinct;
    for (const QJsonObject &o : resumes)
        distinct.insert(o.value(QStringLiteral("path")).toString());
    print("team_duplicate_posts", double(resumes.size() - distinct.size()), "posts");
    print("team_resumed_two", double(distinct.size()), "workflows");
    print("team_resume_seconds_one", secondsOne, "s");
    print("team_resume_seconds_two", secondsTwo, "s");

    // A row written by alice, heard by bob.
    bob.link.store()->subscribe();
    QList<double> latencies;
    QElapsedTimer clock;
    bool heard = false;
    QObject::connect(bob.link.store(), &TeamStore::teamChanged, [&] { heard = true; });
    const int samples = smoke ? 10 : 100;
    for (int i = 0; i < samples; ++i) {
        heard = false;
        clock.start();
        AuditEntry e;
        e.workflowId = QStringLiteral("wf_notify_%1").arg(i);
        e.action = QStringLiteral("pause");
        alice.audit.recordRequest(e);
        alice.link.replicator()->pushNow();
        if (!spin([&] { return heard || clock.elapsed() > 5000; }) || !heard)
            latencies << 5000.0;
        else
            latencies << clock.nsecsElapsed() / 1e6;
    }
    std::sort(latencies.begin(), latencies.end());
    print("team_notify_ms_p95",
          latencies.at(qMin(int(latencies.size()) - 1, int(latencies.size() * 95 / 100))), "ms");
    return resumes.size() == distinct.size() && distinct.size() == items.size() ? 0 : 1;
}
