#pragma once

#include "api/ProxySettings.h"

#include <QNetworkProxyFactory>

// Chooses the proxy of each request per ProxySettings: loopback hosts always go direct;
// System asks Qt's system configuration (https_proxy/HTTPS_PROXY, no_proxy, the desktop's
// settings); Manual uses one HTTP proxy (CONNECT for https) with the given credentials.
class ProxyFactory : public QNetworkProxyFactory
{
public:
    explicit ProxyFactory(const ProxySettings &settings, const QString &password = QString());

    QList<QNetworkProxy> queryProxy(const QNetworkProxyQuery &query) override;

    static bool isLoopbackHost(const QString &host);

private:
    ProxySettings m_settings;
    QString m_password;
};
