#pragma once

#include <QString>
#include <QUrl>

// How the console names a DialNexa server in incidents and the audit: "api.dialnexa.com",
// "127.0.0.1:8787", "[::1]:8787" (host, and the port when the URL gives one), and whether a
// recorded name means the server a URL points at now. Two loopback sandboxes on different
// ports are different servers.
namespace ServerName {
QString of(const QUrl &baseUrl);
// True when `recorded` names the server of `baseUrl`. Empty matches any (not recorded);
// a name without a port (older rows) matches that host on any port.
bool sameServer(const QString &recorded, const QUrl &baseUrl);
} // namespace ServerName
