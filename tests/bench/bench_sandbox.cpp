// Throughput of the sandbox on loopback: server on its own thread (SandboxHost), client
// in the main thread with keep-alive QNAM and up to 6 requests in flight.
// Prints "BENCH <metric> <value> <unit>" lines. BENCH_SMOKE=1 keeps it to a few hundred requests.
#include "SandboxHost.h"
#include "SandboxOptions.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

#include <cstdio>
#include <functional>

namespace {

constexpr int InFlight = 6;

// Runs `total` requests produced by `make(i)` with up to InFlight concurrent; returns req/s.
double run(QNetworkAccessManager &nam, int total, const std::function<QNetworkReply *(int)> &make,
           int *failures)
{
    QEventLoop loop;
    int started = 0;
    int done = 0;
    *failures = 0;
    QElapsedTimer timer;
    std::function<void()> launch = [&] {
        const int i = started++;
        QNetworkReply *reply = make(i);
        QObject::connect(reply, &QNetworkReply::finished, &loop, [&, reply] {
            if (reply->error() != QNetworkReply::NoError)
                ++*failures;
            reply->readAll();
            reply->deleteLater();
            ++done;
            if (started < total)
                launch();
            else if (done == total)
                loop.quit();
        });
    };
    timer.start();
    for (int i = 0; i < InFlight && started < total; ++i)
        launch();
    loop.exec();
    const double secs = double(timer.nsecsElapsed()) / 1e9;
    (void)nam;
    return total / secs;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const bool smoke = qEnvironmentVariableIntValue("BENCH_SMOKE") == 1;
    const int n = smoke ? 300 : 6000;

    SandboxHost host;
    SandboxOptions options;
    options.tickMs = 0; // no workflow may complete mid-benchmark (pause would then be a 409)
    options.workflowCount = 100; // a full page of 100 rows
    if (!host.start(options)) {
        std::fprintf(stderr, "bench_sandbox: cannot start the sandbox\n");
        return 1;
    }
    QNetworkAccessManager nam;
    const QByteArray auth = "Bearer " + host.apiKey().toUtf8();
    const QString base = host.baseUrl().toString();
    const auto request = [&](const QString &url) {
        QNetworkRequest r{QUrl(url)};
        r.setRawHeader("Authorization", auth);
        r.setRawHeader("Accept", "application/json");
        return r;
    };
    int failures = 0;
    int totalFailures = 0;

    // Warm up the connection pool.
    run(
        nam, 60,
        [&](int) {
            return nam.get(request(host.controlUrl().toString() + QStringLiteral("/health")));
        },
        &failures);

    // The machine is shared, so baseline and list runs are interleaved over several
    // rounds and the best round of each is reported (load only ever slows a round down).
    const int rounds = smoke ? 1 : 3;
    double baseline = 0;
    double list100 = 0;
    for (int round = 0; round < rounds; ++round) {
        baseline = qMax(baseline, run(
                                      nam, n,
                                      [&](int) {
                                          return nam.get(request(host.controlUrl().toString() +
                                                                 QStringLiteral("/health")));
                                      },
                                      &failures));
        totalFailures += failures;
        list100 = qMax(list100, run(
                                    nam, n,
                                    [&](int) {
                                        return nam.get(
                                            request(base + QStringLiteral("/workflows?limit=100")));
                                    },
                                    &failures));
        totalFailures += failures;
    }

    // Active workflows for the pause/resume measurement.
    QStringList active;
    {
        QEventLoop loop;
        QNetworkReply *reply =
            nam.get(request(base + QStringLiteral("/workflows?limit=100&status=active")));
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        const QJsonArray data = QJsonDocument::fromJson(reply->readAll())
                                    .object()
                                    .value(QStringLiteral("data"))
                                    .toArray();
        for (const auto &v : data)
            if (v.toObject().value(QStringLiteral("status")).toString() == QLatin1String("active"))
                active << v.toObject().value(QStringLiteral("id")).toString();
        reply->deleteLater();
    }
    if (active.size() < InFlight) {
        std::fprintf(stderr, "bench_sandbox: only %d active workflows\n", int(active.size()));
        return 1;
    }
    // Each of the InFlight slots owns one workflow and alternates pause, resume, pause...
    // on it, so every request is a valid transition (200) and slots never interfere.
    const auto pauseResumeRound = [&] {
        QEventLoop loop;
        int done = 0;
        int fails = 0;
        // An even number per slot, so every workflow ends each round active again.
        const int perSlot = qMax(2, (n / (2 * InFlight)) * 2);
        const int total = perSlot * InFlight;
        QList<int> sent(InFlight, 0);
        QElapsedTimer timer;
        std::function<void(int, bool)> fire = [&](int slot, bool pause) {
            ++sent[slot];
            const QString url = base + QStringLiteral("/workflows/%1/%2")
                                           .arg(active.at(slot), pause ? QStringLiteral("pause")
                                                                       : QStringLiteral("resume"));
            QNetworkReply *reply = nam.post(request(url), QByteArray());
            QObject::connect(reply, &QNetworkReply::finished, &loop, [&, reply, slot, pause] {
                if (reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() != 200)
                    ++fails;
                reply->readAll();
                reply->deleteLater();
                ++done;
                if (sent[slot] < perSlot)
                    fire(slot, !pause);
                else if (done == total)
                    loop.quit();
            });
        };
        timer.start();
        for (int s = 0; s < InFlight; ++s)
            fire(s, true);
        loop.exec();
        failures = fails;
        return done / (double(timer.nsecsElapsed()) / 1e9);
    };
    double pauseResume = 0;
    for (int round = 0; round < rounds; ++round) {
        pauseResume = qMax(pauseResume, pauseResumeRound());
        totalFailures += failures;
    }

    std::printf("BENCH sandbox_baseline_rps %.0f req/s\n", baseline);
    std::printf("BENCH sandbox_list100_rps %.0f req/s\n", list100);
    std::printf("BENCH sandbox_pause_resume_rps %.0f req/s\n", pauseResume);
    std::printf("BENCH sandbox_list100_vs_baseline %.2f ratio\n", list100 / baseline);
    std::printf("BENCH sandbox_failed_requests %d count\n", totalFailures);
    std::fflush(stdout);
    return totalFailures == 0 ? 0 : 1;
}
