#pragma once

#include <QMetaType>
#include <QString>

// How requests reach DialNexa: through the system's proxy configuration (https_proxy,
// no_proxy, the desktop's settings), directly, or through one HTTP proxy a profile names.
// Loopback addresses never go through any proxy. The proxy password is not part of it: it
// lives in the SecretStore (accountFor(proxy)).
struct ProxySettings
{
    enum class Mode { System, None, Manual };

    Mode mode = Mode::System;
    QString host;     // Manual
    quint16 port = 0; // Manual
    QString user;     // Manual; empty: the proxy asks for nothing

    bool operator==(const ProxySettings &o) const
    {
        return mode == o.mode && host == o.host && port == o.port && user == o.user;
    }
    bool operator!=(const ProxySettings &o) const { return !(*this == o); }

    static QString modeName(Mode mode); // "system", "none", "manual" (settings and CLI)
    static bool modeFromName(const QString &name, Mode *mode);
    // "host:port" (Manual) parsed; empty when fine, else why.
    static QString parseHostPort(const QString &text, QString *host, quint16 *port);
    // The keychain account of the proxy password: "proxy:user@host:port".
    QString secretAccount() const;
};

Q_DECLARE_METATYPE(ProxySettings)
