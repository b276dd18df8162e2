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
    QString osUser; // empty -> OperatorIdentity::userName()
    // No back-off ever lasts longer than this, whatever is configured.
    static constexpr int MaxBackoffCapMs = 60000;

    int maxRateLimitRetries = 10; // per item; then Failed "rate limited"
    // Cap of every back-off (clamped to 1..MaxBackoffCapMs): the exponential part is cut
    // down to it; a server's Retry-After beyond it is not waited for (the item fails).
    int maxBackoffMs = MaxBackoffCapMs;
};
