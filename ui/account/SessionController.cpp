#include "account/SessionController.h"

#include "account/ApiKeyResolver.h"
#include "account/ConnectionSession.h"
#include "account/ProfileStore.h"
#include "account/SecretStore.h"
#include "account/SignInDialog.h"
#include "api/ApiClient.h"
#include "shell/MainWindow.h"
#include "storage/TeamStoreConfig.h"

#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>

namespace {
// Banner source of the key and profile messages (cleared on their own, not by a refresh).
const QString KeySource = QStringLiteral("key");
} // namespace

SessionController::SessionController(ConnectionSession *session, ProfileStore *profiles,
                                     ApiKeyResolver *keys, MainWindow *window,
                                     const Options &options, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_profiles(profiles)
    , m_keys(keys)
    , m_window(window)
    , m_options(options)
{
    connect(window, &MainWindow::signInRequested, this, [this] { openSignIn(); });
    connect(window, &MainWindow::signOutRequested, this, &SessionController::signOut);
    connect(window, &MainWindow::profileSelected, this, [this](const QString &name) {
        if (name != m_session->state().profile.name)
            activateProfile(name);
    });
}

void SessionController::setLeaveGuard(LeaveGuard guard, std::function<void()> stop)
{
    m_leaveGuard = std::move(guard);
    m_stop = std::move(stop);
}

bool SessionController::mayLeave()
{
    const QString why = m_leaveGuard ? m_leaveGuard() : QString();
    if (why.isEmpty())
        return true;
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Still working on this workspace"), why,
                                QMessageBox::NoButton, m_window);
    box->setObjectName(QStringLiteral("profileSwitchRefusedDialog"));
    box->setTextFormat(Qt::PlainText);
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *stop = box->addButton(tr("Stop the bulk action"), QMessageBox::DestructiveRole);
    QPushButton *keep = box->addButton(tr("Keep it running"), QMessageBox::RejectRole);
    box->setDefaultButton(keep);
    connect(stop, &QPushButton::clicked, this, [this] {
        if (m_stop)
            m_stop();
    });
    box->open();
    return false;
}

bool SessionController::isSandboxProfile() const
{
    const Profile &p = m_session->state().profile;
    return p.builtIn || ProfileStore::isBuiltIn(p.name);
}

void SessionController::start(const QString &profileName)
{
    const QUrl &override = m_options.baseUrlOverride;
    if (profileName.isEmpty() && !m_options.sandbox && override.isValid() && !override.isEmpty()) {
        // An address on the command line and no profile named (a wallboard PC, a script):
        // a profile for this run only, named after the host, never saved.
        Profile transient;
        transient.name = override.port() > 0
                             ? override.host() + QLatin1Char(':') + QString::number(override.port())
                             : override.host();
        transient.baseUrl = override;
        QStringList names = m_profiles ? m_profiles->profileNames() : QStringList();
        if (!names.contains(transient.name))
            names.append(transient.name);
        m_window->setProfiles(names, transient.name);
        connectProfile(transient);
        return;
    }
    QString wanted = profileName;
    if (m_options.sandbox && wanted.isEmpty())
        wanted = QString::fromLatin1(ProfileStore::SandboxProfileName);
    if (wanted.isEmpty() && m_profiles)
        wanted = m_profiles->currentProfileName();
    if (wanted.isEmpty())
        wanted = QString::fromLatin1(ProfileStore::SandboxProfileName);
    activateProfile(wanted);
}

void SessionController::activateProfile(const QString &requested)
{
    // Every way to another server (the combo, a sign-in after a 401) passes here.
    if (!mayLeave()) {
        const QString current = m_session->state().profile.name;
        m_window->setProfiles(m_profiles ? m_profiles->profileNames() : QStringList{current},
                              current); // the combo goes back to the profile still in use
        return;
    }
    m_window->dismissAllMessages();
    std::optional<Profile> profile;
    if (m_profiles) {
        profile = m_profiles->profile(requested);
        if (!profile) {
            m_window->showNotice(tr("There is no profile named “%1”. Using “%2” instead.")
                                     .arg(requested, m_profiles->currentProfileName()),
                                 KeySource);
            profile = m_profiles->currentProfile();
        }
        m_profiles->setCurrentProfile(profile->name);
        m_window->setProfiles(m_profiles->profileNames(), profile->name);
    } else {
        Profile p;
        p.name = requested;
        p.builtIn = ProfileStore::isBuiltIn(requested);
        profile = p;
        m_window->setProfiles({requested}, requested);
    }
    connectProfile(*profile);
}

void SessionController::connectProfile(const Profile &profile)
{
    if (profile.builtIn || ProfileStore::isBuiltIn(profile.name)) {
        m_window->setSandboxMode(m_options.sandbox);
        if (!m_options.sandbox) {
            m_session->connectTo(profile, QUrl(), false);
            setNotSignedIn(tr("The Sandbox profile needs the built-in simulator"));
            m_window->showNotice(
                tr("The built-in Sandbox profile only works when the console is started with "
                   "--sandbox. Sign in to a DialNexa workspace to add a profile."),
                KeySource);
            openSignIn();
            return;
        }
        m_session->connectTo(profile, m_options.sandboxBaseUrl, true);
        useKey(m_options.sandboxApiKey); // memory only, never the keychain
        return;
    }

    m_window->setSandboxMode(false);
    QUrl base = profile.baseUrl.isEmpty() ? QUrl(QString::fromLatin1(ApiClient::DefaultBaseUrl))
                                          : profile.baseUrl;
    if (m_options.baseUrlOverride.isValid() && !m_options.baseUrlOverride.isEmpty())
        base = m_options.baseUrlOverride;
    m_session->connectTo(profile, base, false);
    const QString problem = ApiClient::validateBaseUrl(base);
    if (!problem.isEmpty()) {
        setNotSignedIn(tr("Unusable address"));
        openSignIn(problem);
        return;
    }
    if (!m_keys) {
        setNotSignedIn(tr("Not signed in"));
        openSignIn();
        return;
    }
    m_window->setSignedIn(false);
    m_window->setConnectionStatus(tr("Looking up the API key…"));
    const QString profileName = profile.name;
    QPointer<SessionController> self(this);
    m_keys->resolve(
        profileName, base.host(), [self, profileName, base](const ApiKeyResolver::Resolution &r) {
            if (!self)
                return;
            const ConnectionSession::State &now = self->m_session->state();
            if (profileName != now.profile.name || base != now.baseUrl)
                return; // the user switched profiles meanwhile
            if (r.found()) {
                self->showKeychainNotice(r.keychainUnavailable, QString());
                self->useKey(r.key);
                return;
            }
            self->setNotSignedIn(tr("Not signed in"));
            self->openSignIn(r.keychainUnavailable
                                 ? tr("The system keychain is not available (%1). Enter the API "
                                      "key; it will be kept for this session only.")
                                       .arg(r.errorText)
                                 : QString());
        });
}

void SessionController::showKeychainNotice(bool unavailable, const QString &sessionOnlyMessage)
{
    if (unavailable)
        m_window->showNotice(tr("The system keychain is not available; the key will be kept "
                                "for this session only."),
                             KeySource);
    else if (!sessionOnlyMessage.isEmpty())
        m_window->showNotice(sessionOnlyMessage, KeySource);
}

void SessionController::useKey(const QString &key)
{
    m_session->signIn(key);
    m_window->setSignedIn(true);
    m_window->setConnectionStatus(tr("Connecting to %1…").arg(m_session->host()));
}

void SessionController::setNotSignedIn(const QString &why)
{
    m_session->signOut();
    m_window->setSignedIn(false);
    m_window->setConnectionStatus(why, true);
}

void SessionController::openSignIn(const QString &explanation)
{
    if (m_options.sandbox && isSandboxProfile() && explanation.isEmpty())
        return; // the sandbox needs no sign-in
    if (!m_signIn) {
        m_signIn = new SignInDialog(m_window);
        m_signIn->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_signIn, &SignInDialog::signInRequested, this,
                &SessionController::onSignInRequested);
    }
    const bool sandboxProfile = isSandboxProfile();
    m_signIn->setProfileName(sandboxProfile ? QString() : m_session->state().profile.name);
    if (!sandboxProfile) {
        m_signIn->setBaseUrl(m_session->state().baseUrl);
        m_signIn->setNetwork(m_session->state().profile.caFile, m_session->state().profile.proxy);
        m_signIn->setTeamStore(m_session->state().profile.teamStore);
    }
    if (!explanation.isEmpty())
        m_signIn->setExplanation(explanation);
    m_signIn->open();
    m_signIn->raise();
    // The profile and address are known: what is needed is a key.
    if (!m_signIn->profileName().isEmpty())
        m_signIn->apiKeyField()->setFocus(Qt::OtherFocusReason);
}

void SessionController::onSignInRequested(const QString &profileName, const QUrl &baseUrl,
                                          const QString &key)
{
    if (!m_signIn)
        return;
    if (!m_profiles || !m_keys) {
        // No persistence available: keep it for this run only.
        Profile p;
        p.name = profileName;
        p.caFile = m_signIn->caFile();
        p.proxy = m_signIn->proxySettings();
        m_signIn->accept();
        m_session->connectTo(p, baseUrl, false);
        useKey(key);
        return;
    }
    if (ProfileStore::isBuiltIn(profileName)) {
        m_signIn->setProblem(
            tr("“%1” is the built-in simulator profile; choose another name.").arg(profileName));
        return;
    }
    QString error;
    bool ok = m_profiles->contains(profileName)
                  ? m_profiles->setBaseUrl(profileName, baseUrl, &error)
                  : m_profiles->addProfile(profileName, baseUrl, &error);
    if (ok)
        ok = m_profiles->setNetwork(profileName, m_signIn->caFile(), m_signIn->proxySettings(),
                                    &error);
    if (ok)
        ok = m_profiles->setTeamStore(profileName, m_signIn->teamStore(), &error);
    if (!ok) {
        m_signIn->setProblem(error);
        return;
    }
    m_signIn->setBusy(true);
    m_signIn->setProblem(QString());
    QPointer<SignInDialog> dialog = m_signIn;
    QPointer<SessionController> self(this);
    SecretStore *secrets = m_keys->secretStore();
    const QString teamPassword = m_signIn->teamStorePassword();
    if (!teamPassword.isEmpty() && secrets) {
        // The team store's password goes to the keychain first: the profile's activation
        // (after the key is stored) reads it from there.
        secrets->write(TeamStoreConfig::secretAccount(profileName), teamPassword,
                       [self, dialog, profileName, baseUrl, key](const SecretStore::Result &r) {
                           if (!r.ok()) {
                               if (dialog) {
                                   dialog->setBusy(false);
                                   dialog->setProblem(
                                       tr("The team store password could not be kept in the "
                                          "keychain: %1")
                                           .arg(r.errorText));
                               }
                               return;
                           }
                           if (self)
                               self->storeKeyAndActivate(profileName, baseUrl, key);
                       });
        return;
    }
    storeKeyAndActivate(profileName, baseUrl, key);
}

void SessionController::storeKeyAndActivate(const QString &profileName, const QUrl &baseUrl,
                                            const QString &key)
{
    QPointer<SignInDialog> dialog = m_signIn;
    QPointer<SessionController> self(this);
    m_keys->store(profileName, baseUrl.host(), key,
                  [self, dialog, profileName](const ApiKeyResolver::Outcome &outcome) {
                      if (!outcome.ok) {
                          if (dialog) {
                              dialog->setBusy(false);
                              dialog->setProblem(outcome.message);
                          }
                          return;
                      }
                      if (dialog)
                          dialog->accept();
                      if (!self)
                          return;
                      self->m_options.baseUrlOverride = QUrl(); // the profile carries it now
                      self->activateProfile(profileName);
                      self->showKeychainNotice(outcome.keychainUnavailable,
                                               outcome.where == ApiKeyResolver::Source::Session
                                                   ? outcome.message
                                                   : QString());
                  });
}

void SessionController::signOut()
{
    if (m_options.sandbox && isSandboxProfile())
        return;
    if (!mayLeave())
        return;
    const QString profile = m_session->state().profile.name;
    const QString host = m_session->state().baseUrl.host();
    m_session->end();
    setNotSignedIn(tr("Not signed in"));
    if (!m_keys) {
        m_window->showStatusMessage(tr("Signed out."), 5000);
        return;
    }
    QPointer<SessionController> self(this);
    m_keys->signOut(profile, host, [self](const ApiKeyResolver::Outcome &outcome) {
        if (!self || !self->m_window)
            return;
        // Say what happened to the stored key, not what was meant to happen.
        if (outcome.ok)
            self->m_window->showStatusMessage(tr("Signed out; the key was removed."), 5000);
        else
            self->m_window->showProblem(
                tr("Signed out for this session, but the stored key could not be removed: %1")
                    .arg(outcome.message),
                QString(), nullptr, KeySource);
    });
}

void SessionController::authenticationRequired(const ApiError &error)
{
    const bool forbidden = error.kind() == ApiError::Kind::Forbidden;
    const QString why =
        forbidden
            ? tr("DialNexa refused the request (403): this API key is not allowed to do that in "
                 "this workspace. Sign in with a key that has access.")
            : tr("DialNexa did not accept the API key (401): it may have been revoked or "
                 "mistyped. Sign in again to continue.");
    if (m_options.sandbox && isSandboxProfile()) {
        // The sandbox key cannot be replaced; just explain.
        m_window->showProblem(why, error.details(), nullptr, KeySource);
        return;
    }
    setNotSignedIn(forbidden ? tr("Key not allowed (403)") : tr("Not signed in — key refused"));
    openSignIn(why);
}
