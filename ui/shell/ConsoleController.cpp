#include "shell/ConsoleController.h"

#include "audit/ActionAuditor.h"
#include "audit/AuditLog.h"
#include "bulk/BulkActionsController.h"
#include "incidents/IncidentStore.h"
#include "storage/ConsoleDataPaths.h"
#include "storage/ConsoleDatabase.h"

#include "account/ApiKeyResolver.h"
#include "account/ProfileStore.h"
#include "account/SecretStore.h"
#include "account/SignInDialog.h"
#include "api/ApiClient.h"
#include "api/WorkflowApi.h"
#include "monitoring/ChangeHighlightProxy.h"
#include "monitoring/ConnectionHealth.h"
#include "monitoring/MonitoringController.h"
#include "shell/ErrorBanner.h"
#include "shell/MainWindow.h"
#include "workflows/CancelConfirmation.h"
#include "workflows/ConflictDialog.h"
#include "workflows/WorkflowActionService.h"
#include "workflows/WorkflowFilterProxy.h"
#include "workflows/WorkflowListModel.h"
#include "workflows/WorkflowPoller.h"

#include <QDir>
#include <QFileInfo>
#include <QHeaderView>
#include <QImageWriter>
#include <QMessageBox>
#include <QPixmap>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>

namespace {
const QString RefreshSource = QStringLiteral("refresh");
const QString ActionSource = QStringLiteral("action");
const QString KeySource = QStringLiteral("key");
} // namespace

ConsoleController::ConsoleController(ApiClient *client, ProfileStore *profiles,
                                     ApiKeyResolver *keys, const Options &options, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_profiles(profiles)
    , m_keys(keys)
    , m_options(options)
    , m_api(new WorkflowApi(client, this))
    , m_model(new WorkflowListModel(this))
    , m_proxy(new ChangeHighlightProxy(this))
    , m_actions(new WorkflowActionService(m_api, m_model, this))
    , m_health(new ConnectionHealth(this))
    , m_poller(new WorkflowPoller(m_api, m_model, m_health, this))
    , m_window(new MainWindow)
    , m_monitor(nullptr)
{
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(WorkflowListModel::SortRole);
    m_poller->setIntervalMs(qMax(100, m_options.refreshIntervalMs));
    m_window->setAttribute(Qt::WA_DeleteOnClose, false);
    m_window->setModels(m_model, m_proxy);
    m_window->setSandboxMode(m_options.sandbox);
    m_monitor =
        new MonitoringController(m_window, m_model, static_cast<ChangeHighlightProxy *>(m_proxy),
                                 m_api, m_health, m_actions, this);
    wireWindow();
    wireService();
    wirePoller();
    wireIncidents();
}

ConsoleController::~ConsoleController()
{
    m_poller->stop();
    delete m_monitor; // its wallboard and panels before the window they belong to
    m_monitor = nullptr;
    delete m_bulk; // its dock, dialogs and progress window before the window
    m_bulk = nullptr;
    delete m_window; // saves its settings
}

void ConsoleController::start()
{
    if (!m_options.screenshotPath.isEmpty() || !m_options.wallboardScreenshotPath.isEmpty()) {
        m_screenshotPending = true;
        m_screenshotDeadline = new QTimer(this);
        m_screenshotDeadline->setSingleShot(true);
        connect(m_screenshotDeadline, &QTimer::timeout, this, [this] {
            finishScreenshot(false, tr("No successful load within %1 s; no screenshot taken.")
                                        .arg(m_options.screenshotDeadlineMs / 1000));
        });
        m_screenshotDeadline->start(m_options.screenshotDeadlineMs);
    }
    m_window->show();

    QString wanted = m_options.profileName;
    if (m_options.sandbox && wanted.isEmpty())
        wanted = QString::fromLatin1(ProfileStore::SandboxProfileName);
    if (wanted.isEmpty() && m_profiles)
        wanted = m_profiles->currentProfileName();
    if (wanted.isEmpty())
        wanted = QString::fromLatin1(ProfileStore::SandboxProfileName);
    activateProfile(wanted);
}

// ---------------------------------------------------------------------------------------
// Profiles and keys

QString ConsoleController::hostText() const
{
    const QUrl url = m_client->baseUrl();
    QString host = url.host();
    if (url.port() > 0)
        host += QLatin1Char(':') + QString::number(url.port());
    return host.isEmpty() ? url.toString() : host;
}

void ConsoleController::activateProfile(const QString &requested)
{
    m_poller->stop();
    m_client->abortAll();
    if (m_model->rowCount() > 0)
        m_model->setWorkflows({});
    m_window->errorBanner()->dismiss();

    QString name = requested;
    std::optional<Profile> profile;
    if (m_profiles) {
        profile = m_profiles->profile(name);
        if (!profile) {
            m_window->errorBanner()->showNotice(
                tr("There is no profile named “%1”. Using “%2” instead.")
                    .arg(name, m_profiles->currentProfileName()),
                KeySource);
            profile = m_profiles->currentProfile();
        }
        m_profiles->setCurrentProfile(profile->name);
        m_window->setProfiles(m_profiles->profileNames(), profile->name);
    } else {
        Profile p;
        p.name = name;
        p.builtIn = name == QLatin1String(ProfileStore::SandboxProfileName);
        profile = p;
        m_window->setProfiles({name}, name);
    }
    m_profile = *profile;
    const bool sandboxProfile =
        m_profile.builtIn || m_profile.name == QLatin1String(ProfileStore::SandboxProfileName);

    if (sandboxProfile) {
        m_window->setSandboxMode(m_options.sandbox);
        if (!m_options.sandbox) {
            setNotSignedIn(tr("The Sandbox profile needs the built-in simulator"));
            m_window->errorBanner()->showNotice(
                tr("The built-in Sandbox profile only works when the console is started with "
                   "--sandbox. Sign in to a DialNexa workspace to add a profile."),
                KeySource);
            openSignIn();
            return;
        }
        m_client->setBaseUrl(m_options.sandboxBaseUrl);
        useKey(m_options.sandboxApiKey); // memory only, never the keychain
        return;
    }

    m_window->setSandboxMode(false);
    QUrl base = m_profile.baseUrl.isEmpty() ? QUrl(QString::fromLatin1(ApiClient::DefaultBaseUrl))
                                            : m_profile.baseUrl;
    if (m_options.baseUrlOverride.isValid() && !m_options.baseUrlOverride.isEmpty())
        base = m_options.baseUrlOverride;
    const QString problem = ApiClient::validateBaseUrl(base);
    m_client->setBaseUrl(base);
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
    m_window->setConnectionStatus(tr("Looking up the API key…"));
    const QString profileName = m_profile.name;
    m_keys->resolve(
        profileName, base.host(), [this, profileName](const ApiKeyResolver::Resolution &r) {
            if (profileName != m_profile.name)
                return; // the user switched profiles meanwhile
            if (r.found()) {
                if (r.keychainUnavailable)
                    m_window->errorBanner()->showNotice(
                        tr("The system keychain is not available; the key will be kept for this "
                           "session only."),
                        KeySource);
                useKey(r.key);
            } else {
                setNotSignedIn(tr("Not signed in"));
                openSignIn(
                    r.keychainUnavailable
                        ? tr("The system keychain is not available (%1). Enter the API key; it "
                             "will be kept for this session only.")
                              .arg(r.errorText)
                        : QString());
            }
        });
}

void ConsoleController::useKey(const QString &key)
{
    m_client->setApiKey(key);
    m_signedIn = true;
    updateAuditContext();
    m_window->setSignedIn(true);
    m_window->setConnectionStatus(tr("Connecting to %1…").arg(hostText()));
    m_health->signedIn();
    m_poller->start(); // refreshes at once, then every interval
}

void ConsoleController::setNotSignedIn(const QString &why)
{
    m_signedIn = false;
    m_poller->stop();
    m_client->setApiKey(QString());
    m_window->setSignedIn(false);
    m_window->setConnectionStatus(why, true);
}

void ConsoleController::openSignIn(const QString &explanation)
{
    if (m_options.sandbox && m_profile.builtIn && explanation.isEmpty())
        return; // the sandbox needs no sign-in
    if (!m_signIn) {
        m_signIn = new SignInDialog(m_window);
        m_signIn->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_signIn, &SignInDialog::signInRequested, this,
                &ConsoleController::onSignInRequested);
    }
    const bool sandboxProfile =
        m_profile.builtIn || m_profile.name == QLatin1String(ProfileStore::SandboxProfileName);
    m_signIn->setProfileName(sandboxProfile ? QString() : m_profile.name);
    if (!sandboxProfile)
        m_signIn->setBaseUrl(m_client->baseUrl());
    if (!explanation.isEmpty())
        m_signIn->setExplanation(explanation);
    m_signIn->open();
    m_signIn->raise();
}

void ConsoleController::onSignInRequested(const QString &profileName, const QUrl &baseUrl,
                                          const QString &key)
{
    if (!m_signIn)
        return;
    if (!m_profiles || !m_keys) {
        // No persistence available: keep it for this run only.
        m_signIn->accept();
        m_client->setBaseUrl(baseUrl);
        useKey(key);
        return;
    }
    QString error;
    if (ProfileStore::isBuiltIn(profileName)) {
        m_signIn->setProblem(
            tr("“%1” is the built-in simulator profile; choose another name.").arg(profileName));
        return;
    }
    const bool ok = m_profiles->contains(profileName)
                        ? m_profiles->setBaseUrl(profileName, baseUrl, &error)
                        : m_profiles->addProfile(profileName, baseUrl, &error);
    if (!ok) {
        m_signIn->setProblem(error);
        return;
    }
    m_signIn->setBusy(true);
    m_signIn->setProblem(QString());
    QPointer<SignInDialog> dialog = m_signIn;
    m_keys->store(
        profileName, baseUrl.host(), key,
        [this, dialog, profileName](const ApiKeyResolver::Outcome &outcome) {
            if (!outcome.ok) {
                if (dialog) {
                    dialog->setBusy(false);
                    dialog->setProblem(outcome.message);
                }
                return;
            }
            if (dialog)
                dialog->accept();
            m_options.baseUrlOverride = QUrl(); // the profile now carries the address
            activateProfile(profileName);
            if (outcome.keychainUnavailable)
                m_window->errorBanner()->showNotice(
                    tr("The system keychain is not available; the key will be kept for this "
                       "session only."),
                    KeySource);
            else if (outcome.where == ApiKeyResolver::Source::Session)
                m_window->errorBanner()->showNotice(outcome.message, KeySource);
        });
}

void ConsoleController::signOut()
{
    if (m_options.sandbox && m_profile.builtIn)
        return;
    const QString host = m_client->baseUrl().host();
    auto finish = [this] {
        if (m_model->rowCount() > 0)
            m_model->setWorkflows({});
        setNotSignedIn(tr("Not signed in"));
        m_window->statusBar()->showMessage(tr("Signed out; the key was removed."), 5000);
    };
    if (!m_keys) {
        finish();
        return;
    }
    m_keys->signOut(m_profile.name, host, [this, finish](const ApiKeyResolver::Outcome &outcome) {
        finish();
        if (!outcome.ok)
            m_window->errorBanner()->showProblem(outcome.message, QString(), nullptr, KeySource);
    });
}

// ---------------------------------------------------------------------------------------
// Window

void ConsoleController::wireWindow()
{
    connect(m_window, &MainWindow::refreshRequested, this, &ConsoleController::refresh);
    connect(m_window, &MainWindow::actionRequested, this, &ConsoleController::requestAction);
    connect(m_window, &MainWindow::signInRequested, this, [this] { openSignIn(); });
    connect(m_window, &MainWindow::signOutRequested, this, &ConsoleController::signOut);
    connect(m_window, &MainWindow::profileSelected, this, [this](const QString &name) {
        if (name != m_profile.name)
            activateProfile(name);
    });
}

void ConsoleController::refresh()
{
    if (!m_signedIn)
        return;
    m_poller->refreshNow(); // coalesced: never two refreshes at once
}

QString ConsoleController::nameOf(const QString &workflowId) const
{
    const auto w = m_model->workflow(workflowId);
    return w && !w->name.isEmpty() ? w->name : workflowId;
}

void ConsoleController::requestAction(LifecycleAction action, const QString &workflowId)
{
    if (workflowId.isEmpty())
        return;
    if (action == LifecycleAction::Cancel) {
        auto *confirm = new CancelConfirmation(workflowId, nameOf(workflowId), m_window);
        connect(confirm, &CancelConfirmation::confirmed, this,
                [this](const QString &id) { m_auditor->send(LifecycleAction::Cancel, id); });
        confirm->open();
        return;
    }
    m_auditor->send(action, workflowId);
}

// ---------------------------------------------------------------------------------------
// Action outcomes

void ConsoleController::wireService()
{
    connect(m_actions, &WorkflowActionService::actionSucceeded, this,
            [this](LifecycleAction action, const Workflow &w) {
                m_window->errorBanner()->dismissFrom(ActionSource);
                m_window->statusBar()->showMessage(
                    tr("“%1” %2 — confirmed by DialNexa.")
                        .arg(w.name.isEmpty() ? nameOf(w.id) : w.name,
                             LifecycleActions::pastTense(action)),
                    6000);
            });
    connect(m_actions, &WorkflowActionService::conflict, this, &ConsoleController::onConflict);
    connect(m_actions, &WorkflowActionService::workflowGone, this,
            [this](LifecycleAction action, const QString &id, const QString &name,
                   const ApiError &) { onWorkflowGone(action, id, name); });
    connect(m_actions, &WorkflowActionService::authenticationRequired, this,
            &ConsoleController::onAuthenticationRequired);
    connect(m_actions, &WorkflowActionService::transientFailure, this,
            [this](LifecycleAction action, const QString &id, const ApiError &error) {
                onTransient(action, id, error, false);
            });
    connect(m_actions, &WorkflowActionService::outcomeUnknown, this,
            [this](LifecycleAction action, const QString &id, const ApiError &error) {
                onTransient(action, id, error, true);
            });
    connect(
        m_actions, &WorkflowActionService::actionFailed, this,
        [this](LifecycleAction action, const QString &id, const ApiError &error) {
            m_window->errorBanner()->showProblem(
                tr("Could not %1 “%2”: %3")
                    .arg(LifecycleActions::verb(action).toLower(), nameOf(id), error.userMessage()),
                error.details(), nullptr, ActionSource);
        });
}

void ConsoleController::onConflict(const ConflictReport &report)
{
    auto *dialog = new ConflictDialog(report, m_window);
    connect(dialog, &ConflictDialog::suggestedActionRequested, this,
            &ConsoleController::requestAction);
    connect(dialog, &ConflictDialog::refreshRequested, this, &ConsoleController::refresh);
    dialog->open();
}

void ConsoleController::onWorkflowGone(LifecycleAction, const QString &id, const QString &name)
{
    auto *box = new QMessageBox(QMessageBox::Information, tr("Workflow no longer exists"),
                                tr("“%1” no longer exists on DialNexa (it may have been deleted). "
                                   "It was removed from the list.")
                                    .arg(name.isEmpty() ? id : name),
                                QMessageBox::Close, m_window);
    box->setObjectName(QStringLiteral("workflowGoneDialog"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void ConsoleController::onAuthenticationRequired(const ApiError &error)
{
    const bool forbidden = error.kind() == ApiError::Kind::Forbidden;
    const QString why =
        forbidden
            ? tr("DialNexa refused the request (403): this API key is not allowed to do that in "
                 "this "
                 "workspace. Sign in with a key that has access.")
            : tr("DialNexa did not accept the API key (401): it may have been revoked or mistyped. "
                 "Sign in again to continue.");
    if (m_options.sandbox && m_profile.builtIn) {
        // The sandbox key cannot be replaced; just explain.
        m_window->errorBanner()->showProblem(why, error.details(), nullptr, KeySource);
        return;
    }
    setNotSignedIn(forbidden ? tr("Key not allowed (403)") : tr("Not signed in — key refused"));
    openSignIn(why);
}

void ConsoleController::onTransient(LifecycleAction action, const QString &id,
                                    const ApiError &error, bool unknown)
{
    const QString name = nameOf(id);
    QString text;
    if (unknown) {
        text = tr("The console could not confirm whether “%1” was %2. Its last confirmed status "
                  "is shown.")
                   .arg(name, LifecycleActions::pastTense(action));
    } else {
        text = tr("Could not %1 “%2”: %3")
                   .arg(LifecycleActions::verb(action).toLower(), name, error.userMessage());
        if (error.retryAfterSeconds() > 0)
            text += QLatin1Char(' ') + tr("DialNexa asks to wait %n second(s) before retrying.",
                                          nullptr, error.retryAfterSeconds());
    }
    QPointer<ConsoleController> self(this);
    m_window->errorBanner()->showProblem(
        text, error.details(),
        [self, action, id] {
            if (self)
                self->m_auditor->send(action, id); // already confirmed once; no second ask
        },
        ActionSource);
}

// ---------------------------------------------------------------------------------------
// Polling

void ConsoleController::wirePoller()
{
    connect(m_poller, &WorkflowPoller::refreshStarted, this,
            [this] { m_window->setRefreshing(true); });
    // The time of the last refresh is shown by the ConnectionIndicator ("Updated 4 s ago").
    connect(m_poller, &WorkflowPoller::refreshSucceeded, this, [this](const QDateTime &) {
        m_window->setRefreshing(false);
        m_window->setConnectionStatus(tr("Connected to %1").arg(hostText()));
        m_window->errorBanner()->dismissFrom(RefreshSource);
        if (m_screenshotPending) {
            m_screenshotPending = false;
            QTimer::singleShot(qMax(0, m_options.screenshotDelayMs), this,
                               &ConsoleController::takeScreenshot);
        }
    });
    connect(m_poller, &WorkflowPoller::refreshFailed, this, [this](const ApiError &error) {
        m_window->setRefreshing(false);
        if (error.kind() == ApiError::Kind::Cancelled)
            return;
        if (error.kind() == ApiError::Kind::Unauthorized ||
            error.kind() == ApiError::Kind::Forbidden) {
            onAuthenticationRequired(error);
            return;
        }
        m_window->setConnectionStatus(
            tr("%1 — %2").arg(ConnectionHealth::stateText(m_health->state()), error.userMessage()),
            true);
        const QString shown =
            m_model->hasLoaded() ? tr(" The list shows the last confirmed statuses.") : QString();
        QPointer<ConsoleController> self(this);
        m_window->errorBanner()->showProblem(
            tr("Could not refresh the workflow list: %1").arg(error.userMessage()) + shown,
            error.details(),
            [self] {
                if (self)
                    self->refresh();
            },
            RefreshSource);
    });
}

// ---------------------------------------------------------------------------------------
// Screenshot

void ConsoleController::takeScreenshot()
{
    // Pick a representative row: an active workflow, so the details and actions show.
    QTableView *table = m_window->tableView();
    QString pick;
    for (int row = 0; row < m_proxy->rowCount() && pick.isEmpty(); ++row) {
        const QModelIndex index = m_proxy->index(row, 0);
        if (index.data(WorkflowListModel::StatusStateRole).toInt() == int(WorkflowState::Active))
            pick = index.data(WorkflowListModel::WorkflowIdRole).toString();
    }
    if (pick.isEmpty() && m_proxy->rowCount() > 0)
        pick = m_proxy->index(0, 0).data(WorkflowListModel::WorkflowIdRole).toString();
    if (!pick.isEmpty())
        m_window->selectWorkflow(pick);
    table->setFocus();
    // Let the selection paint before grabbing.
    QTimer::singleShot(150, this, [this] {
        QStringList saved;
        const QString path = m_options.screenshotPath;
        if (!path.isEmpty()) {
            const QPixmap shot = m_window->grab();
            const QFileInfo info(path);
            QDir().mkpath(info.absolutePath());
            if (shot.isNull() || !shot.save(path, "PNG")) {
                finishScreenshot(false, tr("Could not write the screenshot to %1.").arg(path));
                return;
            }
            saved << tr("Screenshot saved to %1 (%2×%3).")
                         .arg(path)
                         .arg(shot.width())
                         .arg(shot.height());
        }
        const QString wallboard = m_options.wallboardScreenshotPath;
        if (!wallboard.isEmpty()) {
            if (!m_monitor->saveWallboardScreenshot(wallboard, QSize(1600, 900))) {
                finishScreenshot(
                    false, tr("Could not write the wallboard screenshot to %1.").arg(wallboard));
                return;
            }
            saved << tr("Wallboard screenshot saved to %1 (1600×900).").arg(wallboard);
        }
        finishScreenshot(true, saved.join(QLatin1Char('\n')));
    });
}

void ConsoleController::finishScreenshot(bool ok, const QString &message)
{
    if (m_screenshotDeadline) {
        m_screenshotDeadline->stop();
        m_screenshotDeadline->deleteLater();
        m_screenshotDeadline = nullptr;
    } else if (!ok) {
        return; // already finished
    }
    m_screenshotPending = false;
    Q_EMIT screenshotFinished(ok, message);
}

// ---------------------------------------------------------------------------------------
// Audit log, bulk actions and incidents

void ConsoleController::wireIncidents()
{
    const QString path =
        m_options.dataPath.isEmpty() ? ConsoleDataPaths::auditDatabasePath() : m_options.dataPath;
    auto *database = new ConsoleDatabase(this);
    m_audit = new AuditLog(database, this);
    m_incidentStore = new IncidentStore(database, this);
    if (!database->open(path)) {
        m_window->errorBanner()->showNotice(
            tr("The audit log could not be opened (%1): actions are not recorded and incidents "
               "cannot be resumed from this console.")
                .arg(database->lastError()),
            KeySource);
    }
    // Single actions: the row is written before the POST, completed by the service's signals.
    m_auditor = new ActionAuditor(m_actions, m_model, m_audit, this);
    m_bulk = new BulkActionsController(m_window, m_api, m_model, m_proxy, m_audit,
                                       m_incidentStore->isOpen() ? m_incidentStore : nullptr, this);
    connect(m_bulk, &BulkActionsController::refreshRequested, this, &ConsoleController::refresh);
    if (m_monitor)
        m_bulk->setChangeTracker(m_monitor->changeTracker());
    updateAuditContext();
}

void ConsoleController::updateAuditContext()
{
    const QString host = m_client->baseUrl().host();
    m_auditor->setContext(m_profile.name, host);
    m_bulk->setContext(m_profile.name, host);
}
