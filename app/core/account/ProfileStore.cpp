#include "account/ProfileStore.h"

#include "storage/TeamStoreConfig.h"

#include <QCoreApplication>

#include "storage/Settings.h"

namespace {
void setError(QString *error, const QString &text)
{
    if (error)
        *error = text;
}
} // namespace

ProfileStore::ProfileStore(QObject *parent)
    : QObject(parent)
    , m_settings(std::make_unique<Settings>())
{ }

ProfileStore::ProfileStore(const QString &iniFilePath, QObject *parent)
    : QObject(parent)
    , m_settings(std::make_unique<Settings>(iniFilePath))
{ }

ProfileStore::~ProfileStore() = default;

Profile ProfileStore::sandboxProfile()
{
    Profile p;
    p.name = QString::fromLatin1(SandboxProfileName);
    p.builtIn = true;
    return p;
}

bool ProfileStore::isBuiltIn(const QString &name)
{
    return name.compare(QLatin1String(SandboxProfileName), Qt::CaseInsensitive) == 0;
}

QString ProfileStore::validateName(const QString &name)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return QCoreApplication::translate("ProfileStore", "A profile name cannot be empty.");
    if (trimmed != name)
        return QCoreApplication::translate("ProfileStore",
                                           "A profile name cannot start or end with spaces.");
    if (name.size() > 64)
        return QCoreApplication::translate("ProfileStore",
                                           "A profile name can have at most 64 characters.");
    if (name.contains(QLatin1Char('@')) || name.contains(QLatin1Char('/')) ||
        name.contains(QLatin1Char('\\')))
        return QCoreApplication::translate("ProfileStore",
                                           "A profile name cannot contain '@', '/' or '\\'.");
    for (const QChar c : name) {
        if (c.category() == QChar::Other_Control)
            return QCoreApplication::translate("ProfileStore",
                                               "A profile name cannot contain control characters.");
    }
    return {};
}

QString ProfileStore::validateUrl(const QUrl &url)
{
    if (url.isEmpty())
        return {}; // the default API address
    if (!url.isValid() || url.host().isEmpty())
        return QCoreApplication::translate("ProfileStore",
                                           "The base URL \"%1\" is not a valid address.")
            .arg(url.toDisplayString(QUrl::RemoveUserInfo));
    const QString scheme = url.scheme().toLower();
    if (scheme != QLatin1String("https") && scheme != QLatin1String("http"))
        return QStringLiteral(
            "The base URL must start with https:// (or http:// for a local sandbox).");
    if (!url.userInfo().isEmpty())
        return QCoreApplication::translate("ProfileStore",
                                           "The base URL must not contain a user name or password; "
                                           "the API key is stored in the keychain.");
    if (url.hasQuery() || url.hasFragment())
        return QCoreApplication::translate("ProfileStore",
                                           "The base URL must not contain a query or fragment.");
    return {};
}

QList<Profile> ProfileStore::userProfiles() const
{
    QList<Profile> list;
    for (const Profile &p : m_settings->profiles()) {
        if (validateName(p.name).isEmpty() && !isBuiltIn(p.name) && indexOf(list, p.name) < 0)
            list.append(p);
    }
    return list;
}

void ProfileStore::saveUserProfiles(const QList<Profile> &profiles)
{
    m_settings->setProfiles(profiles);
}

int ProfileStore::indexOf(const QList<Profile> &list, const QString &name) const
{
    for (int i = 0; i < list.size(); ++i) {
        if (list.at(i).name.compare(name, Qt::CaseInsensitive) == 0)
            return i;
    }
    return -1;
}

QList<Profile> ProfileStore::profiles() const
{
    QList<Profile> list{sandboxProfile()};
    list.append(userProfiles());
    return list;
}

QStringList ProfileStore::profileNames() const
{
    QStringList names;
    for (const Profile &p : profiles())
        names.append(p.name);
    return names;
}

std::optional<Profile> ProfileStore::profile(const QString &name) const
{
    if (isBuiltIn(name))
        return sandboxProfile();
    const QList<Profile> list = userProfiles();
    const int i = indexOf(list, name);
    if (i < 0)
        return std::nullopt;
    return list.at(i);
}

bool ProfileStore::contains(const QString &name) const
{
    return profile(name).has_value();
}

bool ProfileStore::addProfile(const QString &name, const QUrl &baseUrl, QString *error)
{
    if (const QString why = validateName(name); !why.isEmpty()) {
        setError(error, why);
        return false;
    }
    if (contains(name)) {
        setError(error, QCoreApplication::translate("ProfileStore",
                                                    "A profile named \"%1\" already exists.")
                            .arg(name));
        return false;
    }
    if (const QString why = validateUrl(baseUrl); !why.isEmpty()) {
        setError(error, why);
        return false;
    }
    QList<Profile> list = userProfiles();
    Profile added;
    added.name = name;
    added.baseUrl = baseUrl;
    list.append(added);
    saveUserProfiles(list);
    Q_EMIT profilesChanged();
    return true;
}

bool ProfileStore::setBaseUrl(const QString &name, const QUrl &baseUrl, QString *error)
{
    if (isBuiltIn(name)) {
        setError(error,
                 QCoreApplication::translate(
                     "ProfileStore", "The Sandbox profile's address is chosen when the sandbox "
                                     "starts; it cannot be changed."));
        return false;
    }
    if (const QString why = validateUrl(baseUrl); !why.isEmpty()) {
        setError(error, why);
        return false;
    }
    QList<Profile> list = userProfiles();
    const int i = indexOf(list, name);
    if (i < 0) {
        setError(error,
                 QCoreApplication::translate("ProfileStore", "There is no profile named \"%1\".")
                     .arg(name));
        return false;
    }
    if (list[i].baseUrl == baseUrl)
        return true;
    list[i].baseUrl = baseUrl;
    saveUserProfiles(list);
    Q_EMIT profilesChanged();
    return true;
}

bool ProfileStore::setNetwork(const QString &name, const QString &caFile,
                              const ProxySettings &proxy, QString *error)
{
    if (isBuiltIn(name)) {
        setError(error, QStringLiteral("The Sandbox profile runs on this computer; it needs no "
                                       "proxy or CA file."));
        return false;
    }
    if (proxy.mode == ProxySettings::Mode::Manual && (proxy.host.isEmpty() || proxy.port == 0)) {
        setError(error, QStringLiteral("A manual proxy needs a host and a port."));
        return false;
    }
    QList<Profile> list = userProfiles();
    const int i = indexOf(list, name);
    if (i < 0) {
        setError(error, QStringLiteral("There is no profile named \"%1\".").arg(name));
        return false;
    }
    if (list[i].caFile == caFile && list[i].proxy == proxy)
        return true;
    list[i].caFile = caFile;
    list[i].proxy = proxy;
    saveUserProfiles(list);
    Q_EMIT profilesChanged();
    return true;
}

bool ProfileStore::setTeamStore(const QString &name, const QString &url, QString *error)
{
    const QString trimmed = url.trimmed();
    QString why;
    if (!trimmed.isEmpty() && !TeamStoreConfig::parse(trimmed, &why)) {
        setError(error, why);
        return false;
    }
    QList<Profile> list = userProfiles();
    const int i = indexOf(list, name);
    if (i < 0) {
        setError(error, QStringLiteral("There is no profile named \"%1\".").arg(name));
        return false;
    }
    if (list[i].teamStore == trimmed)
        return true;
    list[i].teamStore = trimmed;
    saveUserProfiles(list);
    Q_EMIT profilesChanged();
    return true;
}

bool ProfileStore::renameProfile(const QString &oldName, const QString &newName, QString *error)
{
    if (isBuiltIn(oldName)) {
        setError(error, QCoreApplication::translate(
                            "ProfileStore", "The built-in Sandbox profile cannot be renamed."));
        return false;
    }
    if (const QString why = validateName(newName); !why.isEmpty()) {
        setError(error, why);
        return false;
    }
    QList<Profile> list = userProfiles();
    const int i = indexOf(list, oldName);
    if (i < 0) {
        setError(error,
                 QCoreApplication::translate("ProfileStore", "There is no profile named \"%1\".")
                     .arg(oldName));
        return false;
    }
    const bool sameProfile = oldName.compare(newName, Qt::CaseInsensitive) == 0;
    if (!sameProfile && contains(newName)) {
        setError(error, QCoreApplication::translate("ProfileStore",
                                                    "A profile named \"%1\" already exists.")
                            .arg(newName));
        return false;
    }
    const bool wasCurrent = currentProfileName() == list[i].name;
    list[i].name = newName;
    saveUserProfiles(list);
    if (wasCurrent) {
        m_settings->setCurrentProfileName(newName);
    }
    Q_EMIT profilesChanged();
    if (wasCurrent)
        Q_EMIT currentProfileChanged(newName);
    return true;
}

bool ProfileStore::removeProfile(const QString &name, QString *error)
{
    if (isBuiltIn(name)) {
        setError(error, QCoreApplication::translate(
                            "ProfileStore", "The built-in Sandbox profile cannot be deleted."));
        return false;
    }
    QList<Profile> list = userProfiles();
    const int i = indexOf(list, name);
    if (i < 0) {
        setError(error,
                 QCoreApplication::translate("ProfileStore", "There is no profile named \"%1\".")
                     .arg(name));
        return false;
    }
    const bool wasCurrent = currentProfileName() == list[i].name;
    list.removeAt(i);
    saveUserProfiles(list);
    if (wasCurrent) {
        m_settings->setCurrentProfileName(QString());
    }
    Q_EMIT profilesChanged();
    if (wasCurrent)
        Q_EMIT currentProfileChanged(currentProfileName());
    return true;
}

QString ProfileStore::currentProfileName() const
{
    const QString stored = m_settings->currentProfileName();
    if (!stored.isEmpty()) {
        if (const auto p = profile(stored))
            return p->name;
    }
    return QString::fromLatin1(SandboxProfileName);
}

Profile ProfileStore::currentProfile() const
{
    return profile(currentProfileName()).value_or(sandboxProfile());
}

bool ProfileStore::setCurrentProfile(const QString &name, QString *error)
{
    const auto p = profile(name);
    if (!p) {
        setError(error,
                 QCoreApplication::translate("ProfileStore", "There is no profile named \"%1\".")
                     .arg(name));
        return false;
    }
    if (m_settings->currentProfileName() == p->name)
        return true;
    m_settings->setCurrentProfileName(p->name);
    Q_EMIT currentProfileChanged(p->name);
    return true;
}

QString ProfileStore::fileName() const
{
    return m_settings->fileName();
}

void ProfileStore::sync()
{
    m_settings->sync();
}
