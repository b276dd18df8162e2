#pragma once

#include <QString>
#include <QStringList>

// Startup configuration of the simulated API; mirrors the dialnexa-sandbox flags.
struct SandboxOptions
{
    quint16 port = 0;    // 0 = any free port
    QStringList apiKeys; // empty => the demo key only
    // dialnexa-sandbox's default, like the real API (X-RateLimit-* on every response);
    // in-process hosts (tests, the console's --sandbox) choose their own, 0 = off.
    static constexpr int DefaultRateLimitPerSecond = 20;
    int rateLimitPerSecond = 0; // 0 = off
    int tickMs = 1000;          // 0 = clock only advances via control API
    int workflowCount = 40;
    quint32 seed = 42;
    QString shape = QStringLiteral("mixed"); // "a", "b" or "mixed"
    int latencyMs = 0;
    int jitterMs = 0;
    double failRate = 0.0; // 0..1 -> injected 503s on /v1
    // Both set: serve HTTPS with this PEM certificate (chain) and PEM private key.
    QString tlsCertFile;
    QString tlsKeyFile;

    // Documented demo key, in the mintlify <keyId>:<secret> format.
    static QString demoKey() { return QStringLiteral("demo_key_id:demo_secret_0000"); }
};
