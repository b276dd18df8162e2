#pragma once

#include "account/Profile.h"
#include "api/ApiError.h"

#include <QObject>
#include <QPointer>
#include <QUrl>

#include <functional>

class ApiKeyResolver;
class ConnectionSession;
class MainWindow;
class ProfileStore;
class SignInDialog;

// The profile, sign-in and sign-out flow of the console: which profile is active, where
// its key comes from (ApiKeyResolver: environment, keychain, session memory), the sign-in
// dialog when there is none or the server refuses it, and what the window says meanwhile.
// It changes the ConnectionSession; the window only shows what the session is.
class SessionController : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        bool sandbox = false; // an in-process sandbox runs at sandboxBaseUrl
        QUrl sandboxBaseUrl;
        QString sandboxApiKey; // memory only
        QUrl baseUrlOverride;  // --base-url; this run only, not saved
    };

    // `profiles` and `keys` may be null (sandbox-only use, tests): nothing is persisted then.
    SessionController(ConnectionSession *session, ProfileStore *profiles, ApiKeyResolver *keys,
                      MainWindow *window, const Options &options, QObject *parent = nullptr);

    // Activates `profileName`, or the last used one when empty (the Sandbox with --sandbox).
    void start(const QString &profileName);
    void activateProfile(const QString &name);
    void openSignIn(const QString &explanation = QString());
    void signOut();
    // A 401/403 from any request: explain, and ask for a key that works.
    void authenticationRequired(const ApiError &error);

    // Asked before the console leaves its server (another profile, sign-out): a sentence
    // refuses, and `stop` is offered to end what holds it (e.g. a bulk run).
    using LeaveGuard = std::function<QString()>;
    void setLeaveGuard(LeaveGuard guard, std::function<void()> stop);

private:
    bool isSandboxProfile() const;
    // False (and says why) when the guard refuses to leave the current server.
    bool mayLeave();
    // Points the session at the profile's server and finds its key.
    void connectProfile(const Profile &profile);
    void useKey(const QString &key);
    void setNotSignedIn(const QString &why);
    void onSignInRequested(const QString &profile, const QUrl &baseUrl, const QString &key);
    void storeKeyAndActivate(const QString &profileName, const QUrl &baseUrl, const QString &key);
    void showKeychainNotice(bool unavailable, const QString &sessionOnlyMessage);

    ConnectionSession *m_session;
    ProfileStore *m_profiles;
    ApiKeyResolver *m_keys;
    QPointer<MainWindow> m_window;
    Options m_options;
    QPointer<SignInDialog> m_signIn;
    LeaveGuard m_leaveGuard;
    std::function<void()> m_stop;
};
