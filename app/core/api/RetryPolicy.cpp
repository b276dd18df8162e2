#include "api/RetryPolicy.h"

#include <QRandomGenerator>

#include <algorithm>
#include <cmath>

// Only idempotent requests come here (ApiClient never retries POSTs).
// Retried: network failures, timeouts, 429, 502/503/504. Not retried: 500 (a bug on the
// server is unlikely to go away in a second), any other 4xx, TLS, bad responses.
// A 429 whose Retry-After exceeds maxRetryAfterSeconds is not retried at all: the server
// asked for a pause longer than a supervisor should stare at a spinner, so the error is
// surfaced ("retrying in N s" tells them how long) instead of silently waiting minutes.
bool RetryPolicy::shouldRetry(const ApiError &error, int attemptsMade) const
{
    if (attemptsMade >= maxAttempts)
        return false;
    if (!error.isTransient())
        return false;
    if (error.retryAfterSeconds() > maxRetryAfterSeconds)
        return false;
    return true;
}

int RetryPolicy::delayMs(const ApiError &error, int attemptsMade) const
{
    if (error.retryAfterSeconds() >= 0) {
        const qint64 ms = qint64(error.retryAfterSeconds()) * 1000;
        return int(std::min<qint64>(ms, qint64(maxRetryAfterSeconds) * 1000));
    }
    const int exponent = std::clamp(attemptsMade - 1, 0, 30);
    const double exponential = double(baseDelayMs) * std::pow(2.0, exponent);
    const double capped = std::min(exponential, double(maxDelayMs));
    double r = random ? random() : QRandomGenerator::global()->generateDouble();
    r = std::clamp(r, 0.0, 1.0);
    const double jitter = 0.5 + 0.5 * r; // [0.5, 1.0]
    return std::max(0, int(std::lround(capped * jitter)));
}
