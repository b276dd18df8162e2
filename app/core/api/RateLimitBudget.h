#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>

#include <algorithm>

// The API key's request budget as the server last described it (X-RateLimit-Limit,
// -Remaining, -Reset on every response, §8), shared by everything that uses one ApiClient:
// the poller, single actions and the bulk runner. Polling takes at most half of each window
// and yields to actions:
// - pollDelayMs() spaces poll requests evenly so that no window holds more than half the
//   limit (with a 10 % margin for arrival jitter), across polls as well as within one;
// - when the last answer says at most half the window is left, others (actions) are using
//   it: polling waits for the window to reset.
// A server that sends no such headers gets no pacing (the real API documents them, but a
// proxy may strip them).
class RateLimitBudget
{
public:
    using Headers = QList<QPair<QByteArray, QByteArray>>;

    // Every answer, success or not (a 429 carries the headers too). `nowMs`: epoch ms.
    void observe(const Headers &headers, qint64 nowMs);
    bool known() const { return m_limit > 0; }
    int limit() const { return m_limit; }
    int remaining() const { return m_remaining; }
    qint64 windowMs() const { return m_windowMs; }

    // The poll's share of a window and the spacing that keeps it there (0 when unknown).
    int pollShare() const { return m_limit > 1 ? m_limit / 2 : (m_limit > 0 ? 1 : 0); }
    int pollSpacingMs() const;
    // How long a poll request must wait from `nowMs`; 0 = send now.
    int pollDelayMs(qint64 nowMs) const;
    // A poll request leaves at `atMs` (now, or a slot reserved ahead).
    void notePollRequest(qint64 atMs) { m_lastPollMs = std::max(m_lastPollMs, atMs); }

private:
    int m_limit = 0;
    int m_remaining = -1;
    qint64 m_resetMs = 0;     // epoch ms when the current window ends
    qint64 m_windowMs = 1000; // longest distance to a reset seen, in whole seconds
    qint64 m_lastPollMs = 0;
};
