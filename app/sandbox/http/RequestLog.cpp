#include "http/RequestLog.h"

#include <QDateTime>
#include <QJsonObject>

void RequestLog::append(Entry entry)
{
    if (m_entries.size() >= MaxEntries)
        m_entries.remove(0, m_entries.size() - MaxEntries + 1);
    m_entries.append(std::move(entry));
}

QJsonArray RequestLog::toJson() const
{
    QJsonArray out;
    for (const Entry &e : m_entries) {
        out.append(QJsonObject{
            {QStringLiteral("method"), e.method},
            {QStringLiteral("path"), e.path},
            {QStringLiteral("query"), e.query},
            {QStringLiteral("user_agent"), e.userAgent},
            {QStringLiteral("accept"), e.accept},
            {QStringLiteral("authorized"), e.authorized},
            {QStringLiteral("at"),
             QDateTime::fromMSecsSinceEpoch(e.atMs, Qt::UTC).toString(Qt::ISODateWithMs)}});
    }
    return out;
}
