#include "account/ApiKeyResolver.h"

#include "account/SecretStore.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QMetaObject>

Q_LOGGING_CATEGORY(lcApiKey, "dialnexa.apikey", QtInfoMsg)

ApiKeyResolver::ApiKeyResolver(SecretStore *store, QObject *parent)
    : QObject(parent)
    , m_store(store)
{ }

QString ApiKeyResolver::environmentKey()
{
    return qEnvironmentVariable(EnvironmentVariable).trimmed();
}

template<typename Callback, typename Value>
void ApiKeyResolver::deliver(Callback callback, Value value)
{
    if (!callback)
        return;
    QMetaObject::invokeMethod(
        this, [callback = std::move(callback), value = std::move(value)] { callback(value); },
        Qt::QueuedConnection);
}

void ApiKeyResolver::setKeychainUnavailable(bool unavailable, const QString &errorText)
{
    m_keychainErrorText = unavailable ? errorText : QString();
    if (m_keychainUnavailable == unavailable)
        return;
    m_keychainUnavailable = unavailable;
    if (unavailable)
        qCWarning(lcApiKey).noquote()
            << "keychain unavailable; keys are kept for this session only:" << errorText;
    Q_EMIT keychainAvailabilityChanged(unavailable);
}

void ApiKeyResolver::setSessionKey(const QString &profile, const QString &host, const QString &key)
{
    const QString account = SecretStore::accountFor(profile, host);
    if (key.isEmpty())
        m_sessionKeys.remove(account);
    else
        m_sessionKeys.insert(account, key);
    qCDebug(lcApiKey) << "session key" << (key.isEmpty() ? "cleared" : "set") << "for" << account;
}

void ApiKeyResolver::clearSessionKey(const QString &profile, const QString &host)
{
    setSessionKey(profile, host, QString());
}

bool ApiKeyResolver::hasSessionKey(const QString &profile, const QString &host) const
{
    return m_sessionKeys.contains(SecretStore::accountFor(profile, host));
}

void ApiKeyResolver::resolve(const QString &profile, const QString &host, ResolveCallback callback)
{
    Resolution resolution;
    resolution.account = SecretStore::accountFor(profile, host);

    if (const QString env = environmentKey(); !env.isEmpty()) {
        resolution.key = env;
        resolution.source = Source::Environment;
        resolution.keychainUnavailable = m_keychainUnavailable;
        qCDebug(lcApiKey) << "using the key from" << EnvironmentVariable << "for"
                          << resolution.account;
        deliver(std::move(callback), resolution);
        return;
    }

    if (!m_store) {
        resolution.keychainUnavailable = true;
        resolution.errorText =
            QCoreApplication::translate("ApiKeyResolver", "No keychain is configured.");
        resolution.key = m_sessionKeys.value(resolution.account);
        resolution.source = resolution.key.isEmpty() ? Source::None : Source::Session;
        deliver(std::move(callback), resolution);
        return;
    }

    QPointer<ApiKeyResolver> self(this);
    m_store->read(resolution.account, [self, resolution,
                                       callback](const SecretStore::Result &result) mutable {
        if (!self)
            return;
        const QString session = self->m_sessionKeys.value(resolution.account);
        switch (result.status) {
        case SecretStore::Result::Status::Ok:
            self->setKeychainUnavailable(false, QString());
            resolution.key = result.secret;
            resolution.source = result.secret.isEmpty() ? Source::None : Source::Keychain;
            break;
        case SecretStore::Result::Status::NotFound:
            self->setKeychainUnavailable(false, QString());
            break;
        case SecretStore::Result::Status::Unavailable:
            self->setKeychainUnavailable(true, result.errorText);
            resolution.errorText = result.errorText;
            break;
        case SecretStore::Result::Status::Failed:
            resolution.errorText = result.errorText;
            break;
        }
        if (resolution.key.isEmpty() && !session.isEmpty()) {
            resolution.key = session;
            resolution.source = Source::Session;
        }
        resolution.keychainUnavailable = self->m_keychainUnavailable;
        qCDebug(lcApiKey) << "resolved" << resolution.account << "from" << resolution.source;
        if (callback)
            callback(resolution);
    });
}

void ApiKeyResolver::store(const QString &profile, const QString &host, const QString &key,
                           OutcomeCallback callback)
{
    const QString account = SecretStore::accountFor(profile, host);
    if (key.trimmed().isEmpty()) {
        Outcome outcome;
        outcome.message = QCoreApplication::translate("ApiKeyResolver", "The API key is empty.");
        deliver(std::move(callback), outcome);
        return;
    }
    auto fallBackToSession = [this, profile, host, key](const QString &why) {
        setSessionKey(profile, host, key);
        Outcome outcome;
        outcome.ok = true;
        outcome.where = Source::Session;
        outcome.keychainUnavailable = m_keychainUnavailable;
        outcome.message =
            QCoreApplication::translate("ApiKeyResolver",
                                        "The key could not be saved in the system keychain (%1). "
                                        "It will be used for this session only.")
                .arg(why);
        return outcome;
    };
    if (!m_store) {
        setKeychainUnavailable(
            true, QCoreApplication::translate("ApiKeyResolver", "No keychain is configured."));
        deliver(std::move(callback), fallBackToSession(m_keychainErrorText));
        return;
    }
    QPointer<ApiKeyResolver> self(this);
    m_store->write(account, key,
                   [self, profile, host, account, callback,
                    fallBackToSession](const SecretStore::Result &result) {
                       if (!self)
                           return;
                       Outcome outcome;
                       if (result.ok()) {
                           self->setKeychainUnavailable(false, QString());
                           self->m_sessionKeys.remove(account);
                           outcome.ok = true;
                           outcome.where = Source::Keychain;
                           outcome.message = QCoreApplication::translate(
                               "ApiKeyResolver", "The API key was saved in the system keychain.");
                           qCDebug(lcApiKey) << "stored key in keychain for" << account;
                       } else {
                           if (result.status == SecretStore::Result::Status::Unavailable)
                               self->setKeychainUnavailable(true, result.errorText);
                           outcome = fallBackToSession(result.errorText);
                           qCDebug(lcApiKey) << "kept key in session memory for" << account;
                       }
                       if (callback)
                           callback(outcome);
                   });
}

void ApiKeyResolver::signOut(const QString &profile, const QString &host, OutcomeCallback callback)
{
    const QString account = SecretStore::accountFor(profile, host);
    m_sessionKeys.remove(account);
    qCDebug(lcApiKey) << "signing out" << account;
    const QString envNote =
        hasEnvironmentOverride()
            ? QCoreApplication::translate(
                  "ApiKeyResolver",
                  " %1 is still set in the environment and overrides the keychain.")
                  .arg(QLatin1String(EnvironmentVariable))
            : QString();
    if (!m_store) {
        Outcome outcome;
        outcome.ok = true;
        outcome.keychainUnavailable = true;
        outcome.message =
            QCoreApplication::translate("ApiKeyResolver", "The session key was forgotten.") +
            envNote;
        deliver(std::move(callback), outcome);
        return;
    }
    QPointer<ApiKeyResolver> self(this);
    m_store->remove(account, [self, callback, envNote](const SecretStore::Result &result) {
        if (!self)
            return;
        Outcome outcome;
        switch (result.status) {
        case SecretStore::Result::Status::Ok:
        case SecretStore::Result::Status::NotFound:
            self->setKeychainUnavailable(false, QString());
            outcome.ok = true;
            outcome.message = QCoreApplication::translate("ApiKeyResolver",
                                                          "Signed out: the API key was removed.") +
                              envNote;
            break;
        case SecretStore::Result::Status::Unavailable:
            self->setKeychainUnavailable(true, result.errorText);
            outcome.ok = true;
            outcome.keychainUnavailable = true;
            outcome.message =
                QCoreApplication::translate(
                    "ApiKeyResolver", "The session key was forgotten, but the system keychain "
                                      "could not be reached (%1).")
                    .arg(result.errorText) +
                envNote;
            break;
        case SecretStore::Result::Status::Failed:
            outcome.ok = false;
            outcome.message =
                QCoreApplication::translate("ApiKeyResolver",
                                            "The session key was forgotten, but the keychain entry "
                                            "could not be removed: %1")
                    .arg(result.errorText) +
                envNote;
            break;
        }
        outcome.keychainUnavailable = self->m_keychainUnavailable;
        if (callback)
            callback(outcome);
    });
}
