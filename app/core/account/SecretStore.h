#pragma once

#include <QObject>
#include <QString>

#include <functional>

// Where API keys live. The product uses the system keychain (KeychainSecretStore); tests
// use MemorySecretStore. Every call is asynchronous and answers exactly once.
class SecretStore : public QObject
{
    Q_OBJECT
public:
    struct Result
    {
        enum class Status { Ok, NotFound, Unavailable, Failed };
        Status status = Status::Ok;
        QString secret;    // only for a successful read
        QString errorText; // why, in words (never contains the secret)
        bool ok() const { return status == Status::Ok; }
    };
    using Callback = std::function<void(const Result &)>;

    using QObject::QObject;
    ~SecretStore() override = default;

    virtual void read(const QString &account, Callback callback) = 0;
    virtual void write(const QString &account, const QString &secret, Callback callback) = 0;
    virtual void remove(const QString &account, Callback callback) = 0;

    // "<profile>@<host>": one entry per profile and host.
    static QString accountFor(const QString &profileName, const QString &host);
    static constexpr const char *ServiceName = "dialnexa-console";
};
