// dialnexa-sandbox: the simulated DialNexa API as a standalone process.
#include "DialNexaVersion.h"
#include "http/SandboxServer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QSocketNotifier>

#include <csignal>
#include <cstdio>
#include <sys/socket.h>
#include <unistd.h>

namespace {

int g_signalFd[2] = {-1, -1};

// Async-signal-safe: only write(2); the event loop picks it up and quits cleanly.
void onSignal(int)
{
    const char c = 1;
    [[maybe_unused]] const auto n = ::write(g_signalFd[0], &c, 1);
}

[[noreturn]] void usageError(const QString &message)
{
    std::fprintf(stderr, "dialnexa-sandbox: %s\nTry 'dialnexa-sandbox --help'.\n",
                 qPrintable(message));
    std::exit(2);
}

int intValue(const QCommandLineParser &p, const QString &name, int min, int max)
{
    bool ok = false;
    const int v = p.value(name).toInt(&ok);
    if (!ok || v < min || v > max)
        usageError(QStringLiteral("invalid value '%1' for --%2 (expected an integer %3..%4)")
                       .arg(p.value(name), name)
                       .arg(min)
                       .arg(max));
    return v;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("dialnexa-sandbox"));
    QCoreApplication::setApplicationVersion(QStringLiteral(DIALNEXA_VERSION));

    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral(
        "Simulated DialNexa Workflows API on 127.0.0.1. Prints the base URL as the first line "
        "of stdout. Control API (no auth, loopback only) under /__sandbox/; see docs/SANDBOX.md."));
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")},
                                  QStringLiteral("Show this help and exit."));
    p.addOption(help);
    p.addVersionOption();
    p.addOptions({
        {QStringLiteral("port"), QStringLiteral("TCP port on 127.0.0.1 (0 = any free port)."),
         QStringLiteral("N"), QStringLiteral("0")},
        {QStringLiteral("api-key"),
         QStringLiteral("Accepted Bearer key; repeat for several. Default: the demo key."),
         QStringLiteral("KEY")},
        {QStringLiteral("rate-limit"),
         QStringLiteral("Requests per second per key (fixed 1 s windows, X-RateLimit-* "
                        "headers on every response); 0 = off."),
         QStringLiteral("N"), QString::number(SandboxOptions::DefaultRateLimitPerSecond)},
        {QStringLiteral("tick-ms"),
         QStringLiteral("Simulation tick period in ms; 0 = ticks only via POST /__sandbox/tick."),
         QStringLiteral("MS"), QStringLiteral("1000")},
        {QStringLiteral("workflows"), QStringLiteral("Number of seeded workflows."),
         QStringLiteral("N"), QStringLiteral("40")},
        {QStringLiteral("seed"), QStringLiteral("Seed for data, ids and simulated outcomes."),
         QStringLiteral("S"), QStringLiteral("42")},
        {QStringLiteral("shape"), QStringLiteral("Workflow object shape: a, b or mixed."),
         QStringLiteral("SHAPE"), QStringLiteral("mixed")},
        {QStringLiteral("latency-ms"), QStringLiteral("Added latency on every /v1 answer."),
         QStringLiteral("MS"), QStringLiteral("0")},
        {QStringLiteral("jitter-ms"), QStringLiteral("Random extra latency 0..MS on /v1 answers."),
         QStringLiteral("MS"), QStringLiteral("0")},
        {QStringLiteral("fail-rate"),
         QStringLiteral("Fraction 0..1 of /v1 requests answered with a 503 JSON error."),
         QStringLiteral("P"), QStringLiteral("0")},
        {QStringLiteral("tls-cert"),
         QStringLiteral("Serve HTTPS with this PEM certificate (chain); needs --tls-key."),
         QStringLiteral("FILE")},
        {QStringLiteral("tls-key"), QStringLiteral("PEM private key of --tls-cert."),
         QStringLiteral("FILE")},
    });
    if (!p.parse(app.arguments()))
        usageError(p.errorText());
    if (p.isSet(help)) {
        std::fputs(qPrintable(p.helpText()), stdout);
        return 0;
    }
    if (p.isSet(QStringLiteral("version"))) {
        std::printf("dialnexa-sandbox %s\n", DIALNEXA_VERSION);
        return 0;
    }
    if (!p.positionalArguments().isEmpty())
        usageError(QStringLiteral("unexpected argument '%1'").arg(p.positionalArguments().first()));

    SandboxOptions o;
    o.port = quint16(intValue(p, QStringLiteral("port"), 0, 65535));
    o.apiKeys = p.values(QStringLiteral("api-key"));
    for (const QString &k : std::as_const(o.apiKeys))
        if (k.trimmed().isEmpty())
            usageError(QStringLiteral("--api-key must not be empty"));
    o.rateLimitPerSecond = intValue(p, QStringLiteral("rate-limit"), 0, 1000000);
    o.tickMs = intValue(p, QStringLiteral("tick-ms"), 0, 3600000);
    o.workflowCount = intValue(p, QStringLiteral("workflows"), 0, 100000);
    bool ok = false;
    o.seed = p.value(QStringLiteral("seed")).toUInt(&ok);
    if (!ok)
        usageError(
            QStringLiteral("invalid value '%1' for --seed").arg(p.value(QStringLiteral("seed"))));
    o.shape = p.value(QStringLiteral("shape"));
    if (o.shape != QLatin1String("a") && o.shape != QLatin1String("b") &&
        o.shape != QLatin1String("mixed"))
        usageError(QStringLiteral("invalid value '%1' for --shape (a, b or mixed)").arg(o.shape));
    o.latencyMs = intValue(p, QStringLiteral("latency-ms"), 0, 600000);
    o.jitterMs = intValue(p, QStringLiteral("jitter-ms"), 0, 600000);
    o.failRate = p.value(QStringLiteral("fail-rate")).toDouble(&ok);
    if (!ok || o.failRate < 0.0 || o.failRate > 1.0)
        usageError(QStringLiteral("invalid value '%1' for --fail-rate (0..1)")
                       .arg(p.value(QStringLiteral("fail-rate"))));

    o.tlsCertFile = p.value(QStringLiteral("tls-cert"));
    o.tlsKeyFile = p.value(QStringLiteral("tls-key"));
    if (o.tlsCertFile.isEmpty() != o.tlsKeyFile.isEmpty())
        usageError(QStringLiteral("--tls-cert and --tls-key go together"));

    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_signalFd) == 0) {
        auto *notifier = new QSocketNotifier(g_signalFd[1], QSocketNotifier::Read, &app);
        QObject::connect(notifier, &QSocketNotifier::activated, &app,
                         [] { QCoreApplication::quit(); });
        struct sigaction sa = {};
        sa.sa_handler = onSignal;
        sigemptyset(&sa.sa_mask);
        sa.sa_flags = SA_RESTART;
        sigaction(SIGINT, &sa, nullptr);
        sigaction(SIGTERM, &sa, nullptr);
    }

    SandboxServer server;
    QString why;
    if (!server.start(o, &why)) {
        std::fprintf(stderr, "dialnexa-sandbox: %s\n", qPrintable(why));
        return 1;
    }
    std::printf("%s\n", qPrintable(server.baseUrl().toString()));
    if (o.apiKeys.isEmpty()) // never print a key the user supplied
        std::printf("Demo API key: %s\n", qPrintable(SandboxOptions::demoKey()));
    std::fflush(stdout);
    return app.exec();
}
