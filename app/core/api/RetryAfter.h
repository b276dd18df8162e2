#pragma once

#include <QByteArray>
#include <QDateTime>

// Reads a Retry-After header: a number of seconds ("120") or an HTTP-date. The wait is
// capped at one day here; what the caller does with a long wait is its own decision.
// Pure functions of their arguments (the clock is a parameter), so they can be fuzzed.
class RetryAfter
{
public:
    // Seconds to wait from `now`; -1 when absent or unreadable.
    static int seconds(const QByteArray &value,
                       const QDateTime &now = QDateTime::currentDateTimeUtc());
    // An HTTP-date (RFC 9110 section 5.6.7) in UTC, or an invalid QDateTime. `now` decides
    // the century of the obsolete two-digit year form.
    static QDateTime httpDate(const QByteArray &value,
                              const QDateTime &now = QDateTime::currentDateTimeUtc());
};
