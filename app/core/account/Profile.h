#pragma once

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

    bool operator==(const Profile &other) const
    {
        return name == other.name && baseUrl == other.baseUrl && builtIn == other.builtIn;
    }
    bool operator!=(const Profile &other) const { return !(*this == other); }
};

Q_DECLARE_METATYPE(Profile)
