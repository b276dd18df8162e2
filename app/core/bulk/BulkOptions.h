#pragma once

#include <QString>

// How a BulkActionRunner run behaves and what its audit rows say.
struct BulkOptions
{
    static constexpr int MinConcurrency = 1;
    static constexpr int MaxConcurrency = 16;
    static constexpr int DefaultConcurrency = 4;

    int concurrency = DefaultConcurrency; // clamped to 1..16
    QString reason;
    QString incidentId;
    // Audit context (the runner never sees the API key).
    QString profile;
    QString apiHost;
    QString osUser;               // empty -> OperatorIdentity::userName()
    int maxRateLimitRetries = 10; // per item; then Failed "rate limited"
    int maxBackoffMs = 60000;     // cap of the shared exponential back-off
};
