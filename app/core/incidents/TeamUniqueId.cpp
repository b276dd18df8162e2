#include "incidents/TeamUniqueId.h"

#include <QUuid>

QString TeamUniqueId::make(const QString &prefix, const QDateTime &nowUtc)
{
    const QString random = QString::fromLatin1(QUuid::createUuid().toRfc4122().toHex());
    return QStringLiteral("%1-%2-%3")
        .arg(prefix, nowUtc.toUTC().toString(QStringLiteral("yyyyMMdd-HHmm")), random.left(10));
}
