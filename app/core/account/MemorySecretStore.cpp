#include "account/MemorySecretStore.h"

#include <QMetaObject>

MemorySecretStore::MemorySecretStore(QObject *parent)
    : SecretStore(parent)
{ }

void MemorySecretStore::setUnavailable(bool unavailable, const QString &errorText)
{
    m_unavailable = unavailable;
    m_unavailableText = errorText.isEmpty()
                            ? QStringLiteral("No keychain service is available (simulated).")
                            : errorText;
}

void MemorySecretStore::answer(Callback callback, const Result &result)
{
    if (!callback)
        return;
    QMetaObject::invokeMethod(
        this, [callback = std::move(callback), result] { callback(result); }, Qt::QueuedConnection);
}

bool MemorySecretStore::failIfUnavailable(const Callback &callback)
{
    if (!m_unavailable)
        return false;
    Result result;
    result.status = Result::Status::Unavailable;
    result.errorText = m_unavailableText;
    answer(callback, result);
    return true;
}

void MemorySecretStore::read(const QString &account, Callback callback)
{
    ++m_calls;
    if (failIfUnavailable(callback))
        return;
    Result result;
    const auto it = m_secrets.constFind(account);
    if (it == m_secrets.constEnd()) {
        result.status = Result::Status::NotFound;
        result.errorText = QStringLiteral("No secret is stored for %1.").arg(account);
    } else {
        result.secret = it.value();
    }
    answer(std::move(callback), result);
}

void MemorySecretStore::write(const QString &account, const QString &secret, Callback callback)
{
    ++m_calls;
    if (failIfUnavailable(callback))
        return;
    m_secrets.insert(account, secret);
    answer(std::move(callback), Result{});
}

void MemorySecretStore::remove(const QString &account, Callback callback)
{
    ++m_calls;
    if (failIfUnavailable(callback))
        return;
    Result result;
    if (m_secrets.remove(account) == 0) {
        result.status = Result::Status::NotFound;
        result.errorText = QStringLiteral("No secret is stored for %1.").arg(account);
    }
    answer(std::move(callback), result);
}
