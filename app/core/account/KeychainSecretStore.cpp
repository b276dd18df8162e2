#include "account/KeychainSecretStore.h"

#include <QCoreApplication>
#include <qt6keychain/keychain.h>

#include <QLoggingCategory>
#include <QPointer>
#include <QTimer>

#include <memory>

Q_LOGGING_CATEGORY(lcKeychain, "dialnexa.keychain", QtInfoMsg)

KeychainSecretStore::KeychainSecretStore(QObject *parent)
    : KeychainSecretStore(QString::fromLatin1(ServiceName), parent)
{ }

KeychainSecretStore::KeychainSecretStore(const QString &serviceName, QObject *parent)
    : SecretStore(parent)
    , m_serviceName(serviceName)
{ }

SecretStore::Result::Status KeychainSecretStore::statusFor(int keychainError)
{
    switch (static_cast<QKeychain::Error>(keychainError)) {
    case QKeychain::NoError:
        return Result::Status::Ok;
    case QKeychain::EntryNotFound:
        return Result::Status::NotFound;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
    case QKeychain::OtherError:
        return Result::Status::Unavailable;
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        break;
    }
    return Result::Status::Failed;
}

void KeychainSecretStore::run(QKeychain::Job *job, const QString &operation, const QString &account,
                              Callback callback)
{
    // One answer only: whichever comes first, the job or the watchdog.
    auto answered = std::make_shared<bool>(false);
    auto cb = std::make_shared<Callback>(std::move(callback));
    QPointer<KeychainSecretStore> self(this);

    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(account);

    QObject::connect(
        job, &QKeychain::Job::finished, this,
        [answered, cb, operation, account](QKeychain::Job *finishedJob) {
            if (*answered)
                return;
            *answered = true;
            Result result;
            result.status = statusFor(finishedJob->error());
            if (result.ok()) {
                if (auto *readJob = qobject_cast<QKeychain::ReadPasswordJob *>(finishedJob))
                    result.secret = readJob->textData();
                qCDebug(lcKeychain) << operation << "succeeded for" << account;
            } else {
                const QString why = finishedJob->errorString();
                result.errorText =
                    why.isEmpty()
                        ? QCoreApplication::translate(
                              "KeychainSecretStore", "The keychain refused to %1 the entry for %2.")
                              .arg(operation, account)
                        : QCoreApplication::translate("KeychainSecretStore",
                                                      "Keychain %1 for %2 failed: %3")
                              .arg(operation, account, why);
                qCDebug(lcKeychain)
                    << operation << "failed for" << account << "error" << int(finishedJob->error());
            }
            if (*cb)
                (*cb)(result);
        });

    if (m_watchdogMs > 0) {
        QTimer::singleShot(
            m_watchdogMs, this, [answered, cb, operation, account, ms = m_watchdogMs] {
                if (*answered)
                    return;
                *answered = true;
                Result result;
                result.status = Result::Status::Unavailable;
                result.errorText = QCoreApplication::translate(
                                       "KeychainSecretStore",
                                       "The keychain did not answer within %1 s (%2 for %3); "
                                       "is a Secret Service running and unlocked?")
                                       .arg(ms / 1000.0)
                                       .arg(operation, account);
                qCWarning(lcKeychain) << "keychain" << operation << "timed out for" << account;
                if (*cb)
                    (*cb)(result);
            });
    }
    job->start();
}

void KeychainSecretStore::read(const QString &account, Callback callback)
{
    auto *job = new QKeychain::ReadPasswordJob(m_serviceName, this);
    run(job, QStringLiteral("read"), account, std::move(callback));
}

void KeychainSecretStore::write(const QString &account, const QString &secret, Callback callback)
{
    auto *job = new QKeychain::WritePasswordJob(m_serviceName, this);
    job->setTextData(secret);
    run(job, QStringLiteral("write"), account, std::move(callback));
}

void KeychainSecretStore::remove(const QString &account, Callback callback)
{
    auto *job = new QKeychain::DeletePasswordJob(m_serviceName, this);
    run(job, QStringLiteral("delete"), account, std::move(callback));
}
