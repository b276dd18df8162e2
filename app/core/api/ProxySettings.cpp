#include "api/ProxySettings.h"

#include <QCoreApplication>

QString ProxySettings::modeName(Mode mode)
{
    switch (mode) {
    case Mode::System:
        return QStringLiteral("system");
    case Mode::None:
        return QStringLiteral("none");
    case Mode::Manual:
        return QStringLiteral("manual");
    }
    return QStringLiteral("system");
}

bool ProxySettings::modeFromName(const QString &name, Mode *mode)
{
    for (Mode m : {Mode::System, Mode::None, Mode::Manual}) {
        if (name.compare(modeName(m), Qt::CaseInsensitive) == 0) {
            *mode = m;
            return true;
        }
    }
    return false;
}

QString ProxySettings::parseHostPort(const QString &text, QString *host, quint16 *port)
{
    const QString trimmed = text.trimmed();
    const int colon = trimmed.lastIndexOf(QLatin1Char(':'));
    bool ok = false;
    const int number = colon > 0 ? trimmed.mid(colon + 1).toInt(&ok) : 0;
    if (colon <= 0 || !ok || number <= 0 || number > 65535)
        return QCoreApplication::translate(
            "ProxySettings", "Give the proxy as host:port, e.g. proxy.example.com:3128.");
    *host = trimmed.left(colon);
    *port = quint16(number);
    return QString();
}

QString ProxySettings::secretAccount() const
{
    return QStringLiteral("proxy:%1@%2:%3").arg(user, host).arg(port);
}
