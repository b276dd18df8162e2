#pragma once

#include "account/SecretStore.h"

namespace QKeychain {
class Job;
}

// The product SecretStore: the system keychain through QtKeychain (Secret Service over
// D-Bus on Linux). Never falls back to plaintext. Every job is asynchronous and deletes
// itself; a job that does not answer within the watchdog time (a keychain waiting on a
// prompt nobody can see) is reported as Unavailable, so callers always get one answer.
class KeychainSecretStore : public SecretStore
{
    Q_OBJECT
public:
    explicit KeychainSecretStore(QObject *parent = nullptr);
    explicit KeychainSecretStore(const QString &serviceName, QObject *parent = nullptr);

    QString serviceName() const { return m_serviceName; }
    void setWatchdogMs(int ms) { m_watchdogMs = ms; } // 0 = no watchdog; default 15000
    int watchdogMs() const { return m_watchdogMs; }

    void read(const QString &account, Callback callback) override;
    void write(const QString &account, const QString &secret, Callback callback) override;
    void remove(const QString &account, Callback callback) override;

    // QKeychain error -> our status: EntryNotFound -> NotFound; NoBackendAvailable,
    // NotImplemented, OtherError (D-Bus failures) -> Unavailable; the rest -> Failed.
    static Result::Status statusFor(int keychainError);

private:
    void run(QKeychain::Job *job, const QString &operation, const QString &account,
             Callback callback);

    QString m_serviceName;
    int m_watchdogMs = 15000;
};
