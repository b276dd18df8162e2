#pragma once

#include "account/SecretStore.h"

#include <QHash>

// An in-memory SecretStore for tests and for session-only keys. Answers asynchronously
// (queued, exactly once) like the real keychain. setUnavailable() makes every call fail
// with Status::Unavailable, to simulate a machine without a keychain service.
class MemorySecretStore : public SecretStore
{
    Q_OBJECT
public:
    explicit MemorySecretStore(QObject *parent = nullptr);

    void read(const QString &account, Callback callback) override;
    void write(const QString &account, const QString &secret, Callback callback) override;
    void remove(const QString &account, Callback callback) override;

    void setUnavailable(bool unavailable, const QString &errorText = QString());
    bool isUnavailable() const { return m_unavailable; }

    // Synchronous inspection for tests.
    bool contains(const QString &account) const { return m_secrets.contains(account); }
    int count() const { return int(m_secrets.size()); }
    int callCount() const { return m_calls; }

private:
    void answer(Callback callback, const Result &result);
    bool failIfUnavailable(const Callback &callback);

    QHash<QString, QString> m_secrets;
    bool m_unavailable = false;
    QString m_unavailableText;
    int m_calls = 0;
};
