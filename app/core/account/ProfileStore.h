#pragma once

#include "account/Profile.h"

#include <QList>
#include <QObject>
#include <QStringList>

#include <memory>
#include <optional>

class Settings;

// The user's connection profiles, persisted in the console's Settings. A built-in
// "Sandbox" profile always exists first and cannot be deleted, renamed or re-pointed (its
// address is whatever the sandbox binds to at start). Stores names and base URLs only:
// it never writes an API key.
class ProfileStore : public QObject
{
    Q_OBJECT
public:
    static constexpr const char *SandboxProfileName = "Sandbox";

    // The shared settings file of the console and dialnexa-ctl
    // (IniFormat, UserScope, "DialNexa", "dialnexa-console").
    explicit ProfileStore(QObject *parent = nullptr);
    // An explicit INI file (tests, portable setups).
    explicit ProfileStore(const QString &iniFilePath, QObject *parent = nullptr);
    ~ProfileStore() override;

    QList<Profile> profiles() const; // Sandbox first, then the user's in the order added
    QStringList profileNames() const;
    std::optional<Profile> profile(const QString &name) const;
    bool contains(const QString &name) const;

    // Each returns false and sets *error (a sentence) when refused.
    bool addProfile(const QString &name, const QUrl &baseUrl, QString *error = nullptr);
    bool setBaseUrl(const QString &name, const QUrl &baseUrl, QString *error = nullptr);
    // The profile's network: its CA file and proxy (not for the built-in Sandbox).
    bool setNetwork(const QString &name, const QString &caFile, const ProxySettings &proxy,
                    QString *error = nullptr);
    // The profile's team store URL (checked by TeamStoreConfig::parse; no password in it);
    // empty: local only.
    bool setTeamStore(const QString &name, const QString &url, QString *error = nullptr);
    bool renameProfile(const QString &oldName, const QString &newName, QString *error = nullptr);
    bool removeProfile(const QString &name, QString *error = nullptr);

    QString currentProfileName() const; // Sandbox when none was chosen or it was deleted
    Profile currentProfile() const;
    bool setCurrentProfile(const QString &name, QString *error = nullptr);

    // Empty when acceptable; otherwise why ("A profile name cannot be empty.").
    static QString validateName(const QString &name);
    static bool isBuiltIn(const QString &name);
    QString fileName() const; // the settings file in use
    void sync();

Q_SIGNALS:
    void profilesChanged();
    void currentProfileChanged(const QString &name);

private:
    QList<Profile> userProfiles() const;
    void saveUserProfiles(const QList<Profile> &profiles);
    int indexOf(const QList<Profile> &list, const QString &name) const;
    static Profile sandboxProfile();
    static QString validateUrl(const QUrl &url);

    std::unique_ptr<Settings> m_settings;
};
