#pragma once

#include <QByteArray>
#include <QDateTime>

// Reads a Retry-After header: a number of seconds ("120") or an HTTP-date. The wait is
// capped at one day here; what the caller does with a long wait is its own decision.
class RetryAfter
{
public:
    // Seconds to wait from `now`; -1 when absent or unreadable.
    static int seconds(const QByteArray &value,
                       const QDateTime &now = QDateTime::currentDateTimeUtc());
};
