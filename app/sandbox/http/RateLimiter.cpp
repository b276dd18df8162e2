#include "http/RateLimiter.h"

RateLimiter::Decision RateLimiter::check(const QString &key, qint64 nowMs)
{
    Decision d;
    d.limit = m_limit;
    const qint64 second = nowMs / 1000;
    Window &w = m_windows[key];
    if (w.second != second) {
        w.second = second;
        w.count = 0;
    }
    d.resetEpochSeconds = second + 1;
    if (w.count >= m_limit) {
        d.allowed = false;
        d.remaining = 0;
        d.retryAfterSeconds = 1; // whole seconds, never 0
        return d;
    }
    ++w.count;
    d.remaining = m_limit - w.count;
    return d;
}
