#pragma once

#include "api/ApiError.h"

#include <QDateTime>
#include <QObject>
#include <QString>

#include <functional>

class QTimer;

// How much the supervisor can trust what the list shows, derived from poll outcomes only
// (other requests do not count). Pure logic: every decision takes the injected clock's
// "now", so tests need not wait.
//
//   Online    — the last poll succeeded; next poll at the normal interval.
//   Retrying  — 1 or 2 consecutive polls failed; next poll sooner (min(interval, 5 s)).
//   Offline   — 3+ consecutive polls failed; the interval doubles per further failure
//               (interval * 2, * 4, ...), capped at 60 s (or at the normal interval when
//               that is longer than 60 s).
//   SignedOut — a poll got 401/403; polling stops until signedIn().
// Cancelled requests (console shutting down) change nothing.
class ConnectionHealth : public QObject
{
    Q_OBJECT
public:
    enum class State { Online, Retrying, Offline, SignedOut };
    Q_ENUM(State)
    using Clock = std::function<QDateTime()>;

    static constexpr int OfflineAfterFailures = 3;
    static constexpr int RetryIntervalMs = 5000;
    static constexpr int MaxBackoffIntervalMs = 60000;
    static constexpr int StaleAfterIntervals = 3;

    explicit ConnectionHealth(QObject *parent = nullptr);

    void setClock(Clock clock); // default: QDateTime::currentDateTimeUtc
    QDateTime now() const;

    // The poller's normal interval; staleness and back-off are measured against it.
    void setBaseIntervalMs(int ms);
    int baseIntervalMs() const { return m_baseIntervalMs; }
    // Ceiling for the Offline back-off (default 60 s); tests may lower it.
    void setMaxBackoffIntervalMs(int ms);
    int maxBackoffIntervalMs() const { return m_maxBackoffMs; }

    State state() const { return m_state; }
    int consecutiveFailures() const { return m_failures; }
    ApiError lastError() const { return m_lastError; }
    QDateTime lastSuccess() const { return m_lastSuccess; }
    // True unless SignedOut.
    bool pollingAllowed() const { return m_state != State::SignedOut; }
    // Delay before the next poll in the current state (0 when SignedOut: do not poll).
    int nextIntervalMs() const;

    void recordSuccess(const QDateTime &at);
    void recordSuccess() { recordSuccess(now()); }
    void recordFailure(const ApiError &error);
    // A new key was entered: leave SignedOut (-> Retrying until the next poll answers).
    void signedIn();

    // "Updated 4 s ago", "Updated 3 min ago", "Updated 2 h ago", "Not updated yet".
    QString ageText(const QDateTime &now) const;
    // The last success is older than 3 normal intervals (or never happened after a failure).
    bool isStale(const QDateTime &now) const;
    bool isStale() const { return m_stale; }
    // Re-evaluates staleness at `now` and emits staleChanged when it flips. Called after
    // every poll outcome and once a second by an internal timer (setAutoEvaluate).
    void evaluate(const QDateTime &now);
    void setAutoEvaluate(bool enabled);

    static QString stateText(State state); // "Online", "Retrying…", "Offline", "Signed out"

Q_SIGNALS:
    void stateChanged(ConnectionHealth::State state);
    void staleChanged(bool stale);
    // Emitted whenever nextIntervalMs() may have changed.
    void intervalChanged(int nextIntervalMs);

private:
    void setState(State state);

    Clock m_clock;
    State m_state = State::Online;
    int m_failures = 0;
    int m_baseIntervalMs = 5000;
    int m_maxBackoffMs = MaxBackoffIntervalMs;
    QDateTime m_lastSuccess;
    ApiError m_lastError;
    bool m_everFailed = false;
    bool m_stale = false;
    QTimer *m_evalTimer = nullptr;
};
