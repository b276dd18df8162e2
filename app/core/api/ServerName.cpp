#include "api/ServerName.h"

namespace ServerName {

QString of(const QUrl &baseUrl)
{
    QString host = baseUrl.host();
    if (host.contains(QLatin1Char(':')))
        host = QLatin1Char('[') + host + QLatin1Char(']');
    if (baseUrl.port() > 0)
        host += QLatin1Char(':') + QString::number(baseUrl.port());
    return host.isEmpty() ? baseUrl.toString() : host;
}

bool sameServer(const QString &apiHost, const QUrl &baseUrl)
{
    const QString recordedText = apiHost.trimmed();
    if (recordedText.isEmpty())
        return true; // not recorded: nothing to compare
    QUrl recorded;
    recorded.setAuthority(recordedText);
    if (!recorded.isValid() || recorded.host().isEmpty()) {
        // Not "host[:port]" (an unbracketed IPv6 address...): compare the text itself.
        const QString port =
            baseUrl.port() > 0 ? QLatin1Char(':') + QString::number(baseUrl.port()) : QString();
        return recordedText.compare(of(baseUrl), Qt::CaseInsensitive) == 0 ||
               recordedText.compare(baseUrl.host(), Qt::CaseInsensitive) == 0 ||
               recordedText.compare(baseUrl.host() + port, Qt::CaseInsensitive) == 0;
    }
    if (recorded.host().compare(baseUrl.host(), Qt::CaseInsensitive) != 0)
        return false;
    if (recorded.port() < 0)
        return true;
    const int defaultPort =
        baseUrl.scheme().compare(QLatin1String("https"), Qt::CaseInsensitive) == 0 ? 443 : 80;
    return recorded.port() == baseUrl.port(defaultPort);
}

} // namespace ServerName
