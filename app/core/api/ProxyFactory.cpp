#include "api/ProxyFactory.h"

#include <QHostAddress>

ProxyFactory::ProxyFactory(const ProxySettings &settings, const QString &password)
    : m_settings(settings)
    , m_password(password)
{ }

bool ProxyFactory::isLoopbackHost(const QString &host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

QList<QNetworkProxy> ProxyFactory::queryProxy(const QNetworkProxyQuery &query)
{
    const QString host = query.peerHostName().isEmpty() ? query.url().host() : query.peerHostName();
    // The sandbox and anything else on this computer: a proxy would only see it leave.
    if (isLoopbackHost(host))
        return {QNetworkProxy(QNetworkProxy::NoProxy)};
    switch (m_settings.mode) {
    case ProxySettings::Mode::None:
        return {QNetworkProxy(QNetworkProxy::NoProxy)};
    case ProxySettings::Mode::Manual: {
        QNetworkProxy proxy(QNetworkProxy::HttpProxy, m_settings.host, m_settings.port,
                            m_settings.user, m_password);
        return {proxy};
    }
    case ProxySettings::Mode::System:
        break;
    }
    QList<QNetworkProxy> proxies = QNetworkProxyFactory::systemProxyForQuery(query);
    return proxies.isEmpty() ? QList<QNetworkProxy>{QNetworkProxy(QNetworkProxy::NoProxy)}
                             : proxies;
}
