#pragma once

#include <QHash>
#include <QString>

// Fixed one-second windows per API key (the docs give no numbers; see Gap 13).
class RateLimiter
{
public:
    struct Decision
    {
        bool allowed = true;
        int limit = 0;
        int remaining = 0;
        qint64 resetEpochSeconds = 0;
        int retryAfterSeconds = 0;
    };

    explicit RateLimiter(int perSecond = 0)
        : m_limit(perSecond)
    { }
    bool enabled() const { return m_limit > 0; }
    Decision check(const QString &key, qint64 nowMs);
    void clear() { m_windows.clear(); }

private:
    struct Window
    {
        qint64 second = 0;
        int count = 0;
    };
    int m_limit = 0;
    QHash<QString, Window> m_windows;
};
