#pragma once

#include "account/ConnectionSession.h"
#include "api/ApiError.h"
#include "api/ProxySettings.h"

#include <QObject>
#include <QPointer>
#include <QString>

class ApiClient;
class MainWindow;
class SecretStore;
class TlsProblemDialog;

// How the console reaches the server of the current profile: its "Trusted CA certificates"
// file (or --ca-file) added to the system roots, its proxy (system, none or manual) with the
// proxy password from the keychain (asked once, then kept there), and a dialog that
// explains a certificate the console refused (once per certificate and problem, not on
// every poll).
class NetworkController : public QObject
{
    Q_OBJECT
public:
    // `secrets` may be null (no keychain: the proxy password is asked for and kept for this
    // run only). A non-empty `caFileOverride` (--ca-file) replaces every profile's file.
    NetworkController(ApiClient *client, ConnectionSession *session, SecretStore *secrets,
                      MainWindow *window, const QString &caFileOverride, QObject *parent = nullptr);
    ~NetworkController() override;

private:
    void apply(const Profile &profile);
    void onRequestFinished(const ApiError &error);
    void askProxyPassword(const ProxySettings &proxy);

    ApiClient *m_client;
    ConnectionSession *m_session;
    QPointer<SecretStore> m_secrets;
    MainWindow *m_window;
    QString m_caFileOverride;
    bool m_applied = false;
    Profile m_profile;         // the one applied
    QString m_sessionPassword; // the proxy password when there is no keychain
    QString m_shownTls;        // the certificate problem already shown
    QPointer<TlsProblemDialog> m_tlsDialog;
    bool m_askingPassword = false;
    bool m_readingPassword = false; // the keychain has not answered yet
};
