#include "account/ConnectionSession.h"
#include "api/ServerName.h"

#include "api/ApiClient.h"
#include "audit/AuditReconciler.h"

ConnectionSession::ConnectionSession(ApiClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{ }

QString ConnectionSession::host() const
{
    const QString host = ServerName::of(m_state.baseUrl);
    return host.isEmpty() ? m_state.baseUrl.toString() : host;
}

void ConnectionSession::connectTo(const Profile &profile, const QUrl &baseUrl, bool sandbox)
{
    // Key first, address second: between the two no request may carry the old key.
    m_client->setApiKey(QString());
    m_client->abortAll();
    m_state.signedIn = false;
    Q_EMIT ended();
    m_state.profile = profile;
    m_state.baseUrl = baseUrl;
    m_state.sandbox = sandbox;
    m_client->setBaseUrl(baseUrl);
    Q_EMIT changed(m_state);
}

void ConnectionSession::signIn(const QString &key)
{
    m_client->setApiKey(key);
    m_state.signedIn = !key.isEmpty();
    Q_EMIT changed(m_state);
}

void ConnectionSession::signOut()
{
    m_client->setApiKey(QString());
    m_state.signedIn = false;
    Q_EMIT changed(m_state);
}

void ConnectionSession::end()
{
    m_client->setApiKey(QString());
    m_client->abortAll();
    m_state.signedIn = false;
    Q_EMIT ended();
    Q_EMIT changed(m_state);
}
