// A Retry-After header as a server sends it: seconds or an HTTP-date, or anything else.
#include "api/RetryAfter.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray value(reinterpret_cast<const char *>(data), qsizetype(size));
    static const QDateTime now(QDate(2026, 10, 21), QTime(7, 28), Qt::UTC);
    const int seconds = RetryAfter::seconds(value, now);
    if (seconds < -1 || seconds > 24 * 3600)
        __builtin_trap(); // the documented range
    return 0;
}
