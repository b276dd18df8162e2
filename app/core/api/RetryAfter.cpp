#include "api/RetryAfter.h"

namespace {
constexpr qint64 OneDay = 24 * 3600;
} // namespace

int RetryAfter::seconds(const QByteArray &value, const QDateTime &now)
{
    const QByteArray text = value.trimmed();
    if (text.isEmpty())
        return -1;
    bool ok = false;
    const qlonglong seconds = text.toLongLong(&ok);
    if (ok)
        return seconds < 0 ? -1 : int(qMin<qlonglong>(seconds, OneDay));
    const QDateTime when = QDateTime::fromString(QString::fromLatin1(text), Qt::RFC2822Date);
    if (!when.isValid())
        return -1;
    return int(qBound<qint64>(0, now.secsTo(when), OneDay));
}
