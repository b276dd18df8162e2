#pragma once

#include "api/ProxySettings.h"

#include <QMetaType>
#include <QString>
#include <QUrl>

// A named connection target: where the console talks to. A profile never holds the API
// key; the key lives in the SecretStore under SecretStore::accountFor(name, host).
struct Profile
{
    QString name;
    QUrl baseUrl;         // empty: the built-in Sandbox (chosen at start) or the default API
    bool builtIn = false; // the Sandbox profile: cannot be renamed, re-pointed or deleted
    // "Trusted CA certificates": a PEM file trusted in addition to the system's roots.
    QString caFile;
    ProxySettings proxy; // default: the system's configuration
    // "Team store": postgresql://USER@HOST:PORT/DB[?sslmode=…], never with its password
    // (that is in the keychain under TeamStoreConfig::secretAccount(name)). Empty: local only.
    QString teamStore;

    bool operator==(const Profile &other) const
    {
        return name == other.name && baseUrl == other.baseUrl && builtIn == other.builtIn &&
               caFile == other.caFile && proxy == other.proxy && teamStore == other.teamStore;
    }
    bool operator!=(const Profile &other) const { return !(*this == other); }
};

Q_DECLARE_METATYPE(Profile)
