// Bulk pause throughput against the in-process sandbox (its server runs on its own thread).
// Prints only "BENCH <metric> <value> <unit>" lines. BENCH_SMOKE=1: 60 workflows.
#include "support/SandboxControl.h"

#include "SandboxHost.h"
#include "api/ApiClient.h"
#include "api/WorkflowApi.h"
#include "bulk/BulkActionRunner.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>

#include <cstdio>
#include <memory>

namespace {

constexpr int LatencyMs = 20; // the sandbox's added latency: the round trip's floor

struct Result
{
    double seconds = -1;
    BulkSummary summary;
};

bool startHost(SandboxHost &host, int rateLimit)
{
    SandboxOptions options;
    options.tickMs = 0;
    options.workflowCount = 0;
    options.latencyMs = LatencyMs;
    options.rateLimitPerSecond = rateLimit;
    return host.start(options);
}

QList<BulkItem> insertActive(SandboxControl &control, const QString &prefix, int n)
{
    QList<BulkItem> items;
    items.reserve(n);
    for (int i = 0; i < n; ++i) {
        const QString id = QStringLiteral("wf_%1_%2").arg(prefix).arg(i, 4, 10, QLatin1Char('0'));
        const QString name = QStringLiteral("Bench %1 %2").arg(prefix).arg(i);
        if (control.insertWorkflow(id, name, QStringLiteral("active")))
            items.append({id, name, 0});
    }
    return items;
}

Result bulkPause(SandboxHost &host, const QList<BulkItem> &items, int concurrency)
{
    ApiClient client;
    client.setBaseUrl(host.baseUrl());
    client.setApiKey(host.apiKey());
    WorkflowApi api(&client);
    BulkActionRunner runner(&api);
    BulkOptions options;
    options.concurrency = concurrency;
    options.reason = QStringLiteral("bench");
    Result result;
    QEventLoop loop;
    QObject::connect(&runner, &BulkActionRunner::finished, &loop, [&](const BulkSummary &summary) {
        result.summary = summary;
        loop.quit();
    });
    QElapsedTimer timer;
    timer.start();
    if (!runner.run(LifecycleAction::Pause, items, options))
        return result;
    loop.exec();
    result.seconds = double(timer.nsecsElapsed()) / 1e9;
    return result;
}

void bench(const char *metric, double value, const char *unit)
{
    std::printf("BENCH %s %.3f %s\n", metric, value, unit);
    std::fflush(stdout);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int n = qEnvironmentVariableIntValue("BENCH_SMOKE") ? 60 : 1000;
    const int rate = 50;

    int failed = 0;
    {
        SandboxHost host;
        if (!startHost(host, 0)) {
            std::fprintf(stderr, "sandbox did not start\n");
            return 1;
        }
        SandboxControl control(host.controlUrl());
        const QList<BulkItem> c8Items = insertActive(control, QStringLiteral("c8"), n);
        const QList<BulkItem> c1Items = insertActive(control, QStringLiteral("c1"), n);
        if (c8Items.size() != n || c1Items.size() != n) {
            std::fprintf(stderr, "could not insert workflows\n");
            return 1;
        }
        const Result c8 = bulkPause(host, c8Items, 8);
        const Result c1 = bulkPause(host, c1Items, 1);
        bench("bulk_pause_seconds_c8", c8.seconds, "s");
        bench("bulk_pause_seconds_c1", c1.seconds, "s");
        bench("bulk_speedup", c8.seconds > 0 ? c1.seconds / c8.seconds : 0.0, "x");
        // The real floor: N round trips spread over the connections Qt 6.4 opens to one
        // host (at most 6 for HTTP/1.1), whatever concurrency the runner asks for.
        const double floorSeconds = n * (LatencyMs / 1000.0) / 6.0;
        bench("bulk_floor_seconds", floorSeconds, "s");
        bench("bulk_floor_ratio", c8.seconds / floorSeconds, "x");
        failed += c8.summary.total - c8.summary.done + c1.summary.total - c1.summary.done;
    }
    {
        SandboxHost host;
        if (!startHost(host, rate)) {
            std::fprintf(stderr, "sandbox did not start\n");
            return 1;
        }
        SandboxControl control(host.controlUrl());
        const QList<BulkItem> items = insertActive(control, QStringLiteral("rl"), n);
        const Result limited = bulkPause(host, items, 8);
        bench("bulk_rate_limited_seconds", limited.seconds, "s");
        bench("bulk_rate_limit_floor_seconds", double(n) / rate, "s");
        bench("bulk_failed_items",
              limited.summary.failed +
                  (limited.summary.total - limited.summary.done - limited.summary.failed),
              "items");
        bench("bulk_rate_limited_responses", limited.summary.rateLimitedResponses, "responses");
    }
    return failed == 0 ? 0 : 2;
}
