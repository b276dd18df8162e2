#include "api/RateLimitBudget.h"

#include <algorithm>
#include <cmath>

namespace {

constexpr qint64 MaxWaitMs = 60000; // a skewed or absurd Reset never stops polling for long

bool readInt(const RateLimitBudget::Headers &headers, const char *name, qint64 *out)
{
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0) {
            bool ok = false;
            const qint64 v = h.second.trimmed().toLongLong(&ok);
            if (ok && v >= 0)
                *out = v;
            return ok && v >= 0;
        }
    }
    return false;
}

} // namespace

void RateLimitBudget::observe(const Headers &headers, qint64 nowMs)
{
    qint64 limit = 0;
    if (!readInt(headers, "X-RateLimit-Limit", &limit) || limit <= 0)
        return;
    m_limit = int(std::min<qint64>(limit, 1000000));
    qint64 remaining = -1;
    m_remaining = readInt(headers, "X-RateLimit-Remaining", &remaining)
                      ? int(std::min<qint64>(remaining, m_limit))
                      : -1;
    qint64 reset = 0;
    if (readInt(headers, "X-RateLimit-Reset", &reset)) {
        m_resetMs = reset * 1000; // Unix seconds (§8)
        const qint64 ahead = m_resetMs - nowMs;
        if (ahead > 0 && ahead <= MaxWaitMs)
            m_windowMs = std::max(m_windowMs, (ahead + 999) / 1000 * 1000);
    }
}

int RateLimitBudget::pollSpacingMs() const
{
    if (!known())
        return 0;
    return int(std::ceil(double(m_windowMs) * 1.1 / pollShare()));
}

int RateLimitBudget::pollDelayMs(qint64 nowMs) const
{
    if (!known())
        return 0;
    qint64 wait = std::max<qint64>(0, m_lastPollMs + pollSpacingMs() - nowMs);
    // Actions took the other half of this window: leave them the rest of it.
    if (m_remaining >= 0 && m_remaining <= m_limit - pollShare() - 1 && m_resetMs > nowMs)
        wait = std::max(wait, m_resetMs - nowMs);
    return int(std::min(wait, MaxWaitMs));
}
