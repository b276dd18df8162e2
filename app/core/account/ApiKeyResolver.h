#pragma once

#include "account/SecretStore.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>

// Finds the API key to use for a profile and host, asynchronously:
//   1. the DIALNEXA_API_KEY environment variable, when set and non-empty, overrides all;
//   2. the SecretStore entry SecretStore::accountFor(profile, host);
//   3. a session-only key (setSessionKey), kept in memory when the keychain is unavailable.
// store() writes to the keychain, or, when the keychain is unavailable, keeps the key in
// session memory and says so. Nothing is ever written to disk in plaintext and the key
// never appears in a log line or an error text.
class ApiKeyResolver : public QObject
{
    Q_OBJECT
public:
    static constexpr const char *EnvironmentVariable = "DIALNEXA_API_KEY";

    enum class Source { None, Environment, Keychain, Session };
    Q_ENUM(Source)

    struct Resolution
    {
        QString key; // empty when no key was found
        Source source = Source::None;
        QString account; // "<profile>@<host>"
        bool keychainUnavailable = false;
        QString errorText; // why the keychain could not help (never contains the key)
        bool found() const { return !key.isEmpty(); }
    };

    struct Outcome
    {
        bool ok = false;
        Source where = Source::None; // store(): Keychain or Session; signOut(): None
        bool keychainUnavailable = false;
        QString message; // a sentence for the UI (never contains the key)
    };

    using ResolveCallback = std::function<void(const Resolution &)>;
    using OutcomeCallback = std::function<void(const Outcome &)>;

    explicit ApiKeyResolver(SecretStore *store, QObject *parent = nullptr);

    SecretStore *secretStore() const { return m_store; }

    // Each callback runs exactly once, later (never from inside the call).
    void resolve(const QString &profile, const QString &host, ResolveCallback callback);
    void store(const QString &profile, const QString &host, const QString &key,
               OutcomeCallback callback);
    void signOut(const QString &profile, const QString &host, OutcomeCallback callback);

    void setSessionKey(const QString &profile, const QString &host, const QString &key);
    void clearSessionKey(const QString &profile, const QString &host);
    bool hasSessionKey(const QString &profile, const QString &host) const;

    // True once the keychain answered Unavailable (cleared when it works again): the UI
    // should say the key is kept for this session only.
    bool keychainUnavailable() const { return m_keychainUnavailable; }
    QString keychainErrorText() const { return m_keychainErrorText; }

    static QString environmentKey(); // DIALNEXA_API_KEY, or empty
    static bool hasEnvironmentOverride() { return !environmentKey().isEmpty(); }

Q_SIGNALS:
    void keychainAvailabilityChanged(bool unavailable);

private:
    void setKeychainUnavailable(bool unavailable, const QString &errorText);
    template<typename Callback, typename Value>
    void deliver(Callback callback, Value value);

    QPointer<SecretStore> m_store;
    QHash<QString, QString> m_sessionKeys; // account -> key, memory only
    bool m_keychainUnavailable = false;
    QString m_keychainErrorText;
};
