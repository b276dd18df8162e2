#include "monitoring/ConnectionHealth.h"

#include <QCoreApplication>
#include <QTimer>

#include <algorithm>

ConnectionHealth::ConnectionHealth(QObject *parent)
    : QObject(parent)
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
    , m_evalTimer(new QTimer(this))
{
    m_evalTimer->setInterval(1000);
    connect(m_evalTimer, &QTimer::timeout, this, [this] { evaluate(now()); });
    m_evalTimer->start();
}

void ConnectionHealth::setClock(Clock clock)
{
    m_clock = clock ? std::move(clock) : Clock([] { return QDateTime::currentDateTimeUtc(); });
}

QDateTime ConnectionHealth::now() const
{
    return m_clock();
}

void ConnectionHealth::setBaseIntervalMs(int ms)
{
    ms = std::max(1, ms);
    if (ms == m_baseIntervalMs)
        return;
    m_baseIntervalMs = ms;
    Q_EMIT intervalChanged(nextIntervalMs());
    evaluate(now());
}

void ConnectionHealth::setMaxBackoffIntervalMs(int ms)
{
    m_maxBackoffMs = std::max(1, ms);
    Q_EMIT intervalChanged(nextIntervalMs());
}

int ConnectionHealth::nextIntervalMs() const
{
    switch (m_state) {
    case State::Online:
        return m_baseIntervalMs;
    case State::Retrying:
        // No failure yet after signedIn(): poll at the normal pace.
        return m_failures == 0 ? m_baseIntervalMs : std::min(m_baseIntervalMs, RetryIntervalMs);
    case State::Offline: {
        const qint64 cap = std::max<qint64>(m_maxBackoffMs, m_baseIntervalMs);
        qint64 interval = m_baseIntervalMs;
        // 3 failures -> x2, 4 -> x4, ... until the cap.
        for (int i = OfflineAfterFailures - 1; i < m_failures && interval < cap; ++i)
            interval *= 2;
        return int(std::min(interval, cap));
    }
    case State::SignedOut:
        return 0;
    }
    return m_baseIntervalMs;
}

void ConnectionHealth::recordSuccess(const QDateTime &at)
{
    m_failures = 0;
    m_lastError = ApiError();
    m_lastSuccess = at;
    setState(State::Online);
    Q_EMIT intervalChanged(nextIntervalMs());
    evaluate(at);
}

void ConnectionHealth::recordFailure(const ApiError &error)
{
    if (!error.isError() || error.kind() == ApiError::Kind::Cancelled)
        return;
    m_lastError = error;
    m_everFailed = true;
    if (error.kind() == ApiError::Kind::Unauthorized || error.kind() == ApiError::Kind::Forbidden) {
        setState(State::SignedOut);
    } else if (m_state != State::SignedOut) {
        ++m_failures;
        setState(m_failures >= OfflineAfterFailures ? State::Offline : State::Retrying);
    }
    Q_EMIT intervalChanged(nextIntervalMs());
    evaluate(now());
}

void ConnectionHealth::signedIn()
{
    if (m_state != State::SignedOut)
        return;
    m_failures = 0;
    setState(State::Retrying);
    Q_EMIT intervalChanged(nextIntervalMs());
}

QString ConnectionHealth::ageText(const QDateTime &now) const
{
    if (!m_lastSuccess.isValid())
        return QCoreApplication::translate("ConnectionHealth", "Not updated yet");
    const qint64 secs = std::max<qint64>(0, m_lastSuccess.secsTo(now));
    if (secs < 60)
        return QCoreApplication::translate("ConnectionHealth", "Updated %1 s ago").arg(secs);
    if (secs < 3600)
        return QCoreApplication::translate("ConnectionHealth", "Updated %1 min ago").arg(secs / 60);
    if (secs < 86400)
        return QCoreApplication::translate("ConnectionHealth", "Updated %1 h ago").arg(secs / 3600);
    return QCoreApplication::translate("ConnectionHealth", "Updated %1 d ago").arg(secs / 86400);
}

bool ConnectionHealth::isStale(const QDateTime &now) const
{
    if (!m_lastSuccess.isValid())
        return m_everFailed; // nothing trustworthy was ever shown
    return m_lastSuccess.msecsTo(now) > qint64(StaleAfterIntervals) * m_baseIntervalMs;
}

void ConnectionHealth::evaluate(const QDateTime &now)
{
    const bool stale = isStale(now);
    if (stale == m_stale)
        return;
    m_stale = stale;
    Q_EMIT staleChanged(stale);
}

void ConnectionHealth::setAutoEvaluate(bool enabled)
{
    if (enabled)
        m_evalTimer->start();
    else
        m_evalTimer->stop();
}

QString ConnectionHealth::stateText(State state)
{
    switch (state) {
    case State::Online:
        return QCoreApplication::translate("ConnectionHealth", "Online");
    case State::Retrying:
        return QCoreApplication::translate("ConnectionHealth", "Retrying…");
    case State::Offline:
        return QCoreApplication::translate("ConnectionHealth", "Offline");
    case State::SignedOut:
        return QCoreApplication::translate("ConnectionHealth", "Signed out");
    }
    return QString();
}

void ConnectionHealth::setState(State state)
{
    if (state == m_state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}
