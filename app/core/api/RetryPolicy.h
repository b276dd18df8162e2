#pragma once

#include "api/ApiError.h"

#include <functional>

// When and how long to wait before re-sending an idempotent request (GET).
// 3 attempts in all, exponential backoff with full jitter, Retry-After honoured up to
// 60 s. Randomness is injectable so tests are deterministic. Lifecycle POSTs are never
// retried by this policy (the API has no idempotency key).
class RetryPolicy
{
public:
    int maxAttempts = 3;
    int baseDelayMs = 500;
    int maxDelayMs = 8000;
    int maxRetryAfterSeconds = 60;
    std::function<double()> random; // [0,1); defaults to QRandomGenerator

    // Whether attempt number `attemptsMade` (1-based) that failed with `error` should be retried.
    bool shouldRetry(const ApiError &error, int attemptsMade) const;
    // Delay before the next attempt: Retry-After (capped) when given, else
    // baseDelay * 2^(attemptsMade-1) scaled by jitter in [0.5, 1.0].
    int delayMs(const ApiError &error, int attemptsMade) const;
};
