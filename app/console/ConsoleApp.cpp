#include "ConsoleApp.h"

#include "monitoring/ChangeTracker.h"
#include "storage/TeamActivityFeed.h"
#include "storage/TeamReplicator.h"
#include "storage/TeamStore.h"
#include "team/TeamStoreIndicator.h"
#include "team/TeamUploadOffer.h"

#include <QLoggingCategory>
#include <QProcessEnvironment>
#include <QTimer>

#include "account/ApiKeyResolver.h"
#include "account/KeychainSecretStore.h"
#include "account/NetworkController.h"
#include "account/ProfileStore.h"
#include "account/SecretStore.h"
#include "account/SessionController.h"
#include "audit/AuditController.h"
#include "bulk/BulkActionsController.h"
#include "incidents/IncidentsController.h"
#include "incidents/PauseWindowsController.h"
#include "monitoring/MonitoringController.h"
#include "shell/ScreenshotRunner.h"
#include "storage/ConsoleDataPaths.h"
#include "workflows/ActionOutcomePresenter.h"
#include "workflows/NeedsAttentionController.h"
#include "workflows/RefreshPresenter.h"

namespace {
Q_LOGGING_CATEGORY(lcConsole, "dialnexa.console", QtInfoMsg)
} // namespace

ConsoleApp::ConsoleApp(const ConsoleOptions &options, QObject *parent)
    : ConsoleApp(options, nullptr, nullptr, parent)
{ }

ConsoleApp::ConsoleApp(const ConsoleOptions &options, ProfileStore *profiles, ApiKeyResolver *keys,
                       QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_keys(keys)
    , m_profiles(profiles)
    , m_session(&m_client)
    , m_api(&m_client)
    , m_actions(&m_api, &m_model)
    , m_poller(&m_api, &m_model, &m_health)
    , m_audit(&m_database)
    , m_incidents(&m_database)
    , m_pauseWindows(&m_database)
    , m_auditor(&m_actions, &m_model, &m_audit)
    , m_coordinator(&m_api, &m_incidents, &m_audit)
    , m_reconciler(&m_api, &m_audit)
{
    m_sinceStart.start();
    if (options.persistentAccount && !profiles && !keys) {
        m_ownedSecrets = std::make_unique<KeychainSecretStore>();
        m_ownedKeys = std::make_unique<ApiKeyResolver>(m_ownedSecrets.get());
        m_ownedProfiles = std::make_unique<ProfileStore>();
        m_keys = m_ownedKeys.get();
        m_profiles = m_ownedProfiles.get();
    }
    m_proxy.setSourceModel(&m_model);
    m_proxy.setSortRole(WorkflowListModel::SortRole);
    m_poller.setIntervalMs(qMax(100, options.refreshIntervalMs));
    // Issue 13: the first list's progress, and why polling is slower than asked.
    QObject::connect(
        &m_poller, &WorkflowPoller::loadProgress, &m_window, [this](int loaded, int total) {
            m_window.setLoadProgress(loaded < 0 ? QString()
                                                : WorkflowPoller::loadProgressText(loaded, total));
        });
    QObject::connect(&m_poller, &WorkflowPoller::pacingChanged, &m_window,
                     &MainWindow::setPollingNote);
    if (options.timeoutMs > 0) {
        m_client.setTransferTimeoutMs(options.timeoutMs);
        m_client.setRequestDeadlineMs(options.timeoutMs);
    }
    openStorage();

    m_window.setModels(&m_model, &m_proxy);
    m_window.setSandboxMode(options.sandbox);
    m_monitor = std::make_unique<MonitoringController>(&m_window, &m_model, &m_proxy, &m_api,
                                                       &m_health, &m_actions);
    m_bulk = std::make_unique<BulkActionsController>(&m_window, &m_api, &m_model, &m_proxy,
                                                     &m_audit, &m_coordinator);
    // Bulk changes are this console's own: no "not by this console" alerts for them.
    m_bulk->setChangeTracker(m_monitor->changeTracker());
    connect(m_bulk.get(), &BulkActionsController::refreshRequested, this, &ConsoleApp::refresh);
    IncidentStore *incidents = m_incidents.isOpen() ? &m_incidents : nullptr;
    m_incidentsUi =
        std::make_unique<IncidentsController>(&m_window, &m_coordinator, incidents, m_bulk.get());
    connect(m_incidentsUi.get(), &IncidentsController::refreshRequested, this,
            &ConsoleApp::refresh);
    m_auditUi = std::make_unique<AuditController>(&m_window, &m_audit, incidents);
    // Pause windows: this console executes the due ones of the server it is signed in to.
    m_windowsUi = std::make_unique<PauseWindowsController>(&m_window, &m_api, &m_pauseWindows,
                                                           &m_incidents, &m_audit, &m_model);
    connect(m_windowsUi.get(), &PauseWindowsController::refreshRequested, this,
            &ConsoleApp::refresh);
    m_incidentsUi->addDialogTab(
        tr("Pause windows"), [this](QWidget *parent) { return m_windowsUi->createPanel(parent); });
    connect(m_windowsUi.get(), &PauseWindowsController::statusChanged, m_monitor.get(),
            &MonitoringController::setWallboardMarker);
    if (m_teamFromEnvironment)
        startTeam(*m_teamFromEnvironment);

    // Before the session flow: a profile's CA file and proxy are in place before its
    // first request.
    m_network = std::make_unique<NetworkController>(
        &m_client, &m_session, m_keys ? m_keys->secretStore() : nullptr, &m_window, options.caFile);
    SessionController::Options sessionOptions;
    sessionOptions.sandbox = options.sandbox;
    sessionOptions.sandboxBaseUrl = options.sandboxBaseUrl;
    sessionOptions.sandboxApiKey = options.sandboxApiKey;
    sessionOptions.baseUrlOverride = options.baseUrlOverride;
    m_sessionFlow = std::make_unique<SessionController>(&m_session, m_profiles, m_keys, &m_window,
                                                        sessionOptions);
    // A bulk run is bound to the server it started on: no switching away under it.
    m_sessionFlow->setLeaveGuard(
        [this] {
            return m_bulk->isBusy()
                       ? tr("A bulk action is still running against %1. Switching now would "
                            "leave it half done; stop it first (the workflows already "
                            "changed stay as they are and are listed in its report).")
                             .arg(m_session.host())
                       : QString();
        },
        [this] { m_bulk->cancelRun(); });
    m_window.setCloseGuard([this] {
        return m_bulk->isBusy()
                   ? tr("A bulk action is still running. If the console closes now, the "
                        "requests not yet sent are not sent, and those in flight are recorded "
                        "without an outcome until the console or dialnexa-ctl next talks to "
                        "%1.")
                         .arg(m_session.host())
                   : QString();
    });
    m_outcomes =
        std::make_unique<ActionOutcomePresenter>(&m_actions, &m_auditor, &m_model, &m_window);
    m_refresh =
        std::make_unique<RefreshPresenter>(&m_poller, &m_health, &m_session, &m_model, &m_window);
    connect(m_outcomes.get(), &ActionOutcomePresenter::authenticationRequired, m_sessionFlow.get(),
            &SessionController::authenticationRequired);
    connect(m_refresh.get(), &RefreshPresenter::authenticationRequired, m_sessionFlow.get(),
            &SessionController::authenticationRequired);
    connect(m_outcomes.get(), &ActionOutcomePresenter::refreshRequested, this,
            &ConsoleApp::refresh);

    // Failed actions stay listed until retried or dismissed; refresh problems never touch them.
    m_problems.watch(&m_actions, &m_model);
    m_problems.watch(&m_coordinator);
    m_problems.setRetryPaths(&m_auditor, &m_coordinator);
    connect(m_bulk.get(), &BulkActionsController::plainItemFinished, &m_problems,
            [this](LifecycleAction action, const BulkItemOutcome &outcome) {
                m_problems.reportBulkOutcome(action, outcome);
            });
    m_attention = std::make_unique<NeedsAttentionController>(&m_window, &m_problems);

    ScreenshotRunner::Options shots;
    shots.windowPath = options.screenshotPath;
    shots.wallboardPath = options.wallboardScreenshotPath;
    shots.delayMs = options.screenshotDelayMs;
    shots.deadlineMs = options.screenshotDeadlineMs;
    m_screenshots = std::make_unique<ScreenshotRunner>(&m_window, &m_proxy, m_monitor.get(), shots);
    connect(m_refresh.get(), &RefreshPresenter::firstLoad, m_screenshots.get(),
            &ScreenshotRunner::onFirstLoad);
    connect(m_screenshots.get(), &ScreenshotRunner::finished, this,
            &ConsoleApp::screenshotFinished);
    // How long a start took until the whole list was on screen, for a wallboard's journal
    // (and bench_console_start). Queued behind the paint the rows' insertion asked for.
    connect(m_refresh.get(), &RefreshPresenter::firstLoad, this, [this] {
        QTimer::singleShot(0, this, [this] {
            qCInfo(lcConsole, "first load shown: %d workflows, %lld ms after the console started",
                   m_model.rowCount(), m_sinceStart.elapsed());
        });
    });

    connect(&m_reconciler, &AuditReconciler::finished, this,
            [this](int completed, int) { onReconciled(completed); });
    wireSession();
}

ConsoleApp::~ConsoleApp()
{
    m_poller.stop();
    m_client.abortAll();
}

void ConsoleApp::openStorage()
{
    QString path = m_options.dataPath;
    if (path.isEmpty())
        path = m_options.sandbox ? ConsoleDataPaths::sandboxDatabasePath()
                                 : ConsoleDataPaths::auditDatabasePath();
    // Whatever cannot be recorded is said where it stays seen; the actions still go out.
    auto unrecorded = [this](const QString &error) {
        m_window.setStorageProblem(tr("Actions are not recorded: the audit log cannot be "
                                      "written (%1). Pauses and resumes still go out.")
                                       .arg(error));
    };
    connect(&m_audit, &AuditLog::writeFailed, this, unrecorded);
    connect(&m_incidents, &IncidentStore::writeFailed, this, unrecorded);
    if (m_database.open(path)) {
        readTeamEnvironment();
        return;
    }
    m_window.setStorageProblem(tr("Actions are not recorded and incidents cannot be resumed "
                                  "here: the audit log could not be opened (%1).")
                                   .arg(m_database.lastError()));
}

void ConsoleApp::readTeamEnvironment()
{
    // The same variables as dialnexa-ctl; they win over the profile's team store.
    QString error;
    m_teamFromEnvironment =
        TeamStoreConfig::fromEnvironment(QProcessEnvironment::systemEnvironment(), &error);
    if (!m_teamFromEnvironment && !error.isEmpty())
        m_window.setStorageProblem(tr("Team store not used: %1").arg(error));
}

void ConsoleApp::applyProfileTeamStore(const Profile &profile)
{
    if (m_teamFromEnvironment || !m_database.isOpen() || profile.teamStore == m_teamUrl)
        return;
    stopTeam();
    m_teamUrl = profile.teamStore;
    if (m_teamUrl.isEmpty())
        return;
    QString error;
    std::optional<TeamStoreConfig> config = TeamStoreConfig::parse(m_teamUrl, &error);
    if (!config) {
        m_window.setStorageProblem(tr("Team store not used: %1").arg(error));
        return;
    }
    SecretStore *secrets = m_keys ? m_keys->secretStore() : nullptr;
    if (!secrets) {
        startTeam(*config); // no keychain: a store that needs no password, or a clear refusal
        return;
    }
    QPointer<ConsoleApp> self(this);
    const QString url = m_teamUrl;
    secrets->read(TeamStoreConfig::secretAccount(profile.name),
                  [self, url, config](const SecretStore::Result &r) mutable {
                      if (!self || self->m_teamUrl != url || self->m_team)
                          return; // another profile meanwhile
                      if (r.ok())
                          config->password = r.secret;
                      self->startTeam(*config);
                  });
}

void ConsoleApp::startTeam(const TeamStoreConfig &config)
{
    // A store that cannot be reached is no obstacle: actions go out, rows wait in the
    // local file, the status bar says how many.
    m_team = std::make_unique<TeamLink>(&m_database);
    m_team->connectInBackground(config); // the window never waits for the store
    m_team->watch(&m_audit, &m_incidents);
    m_team->startRetrying();
    m_coordinator.setResumeClaims(m_team->store());
    auto *indicator = new TeamStoreIndicator(m_team->replicator(), m_team->store(), &m_window);
    m_teamIndicator = indicator;
    m_window.addStatusBarWidget(indicator);
    // Rows from before team mode are offered once the store answers, never sent unasked.
    auto *offer = new TeamUploadOffer(m_team->replicator(), &m_window);
    m_teamUploadOffer = offer;
    m_window.insertAboveTable(offer);
    connect(offer, &TeamUploadOffer::uploaded, this, [this](int rows) {
        m_window.showStatusMessage(
            tr("%n row(s) from this computer are on their way to the team store.", nullptr, rows),
            10000);
    });
    // Live through LISTEN/NOTIFY: the Incidents dialog and the Audit dock show every
    // console's rows, and the Activity panel names the teammate behind a change.
    m_incidentsUi->setTeamStore(m_team->store());
    // The team's pause windows, each start and end run once across the team (claims in
    // its PostgreSQL); never this computer's windows while team mode is on.
    TeamStore *team = m_team->store();
    m_pauseWindows.setTeamStore(team);
    m_windowsUi->setTeamMode(team, [this, team](const QString &incidentId) {
        team->importIncident(incidentId, &m_database);
    });
    m_auditUi->setTeam(m_team->store(), m_team->replicator());
    m_teamFeed = std::make_unique<TeamActivityFeed>(m_team->store());
    connect(m_teamFeed.get(), &TeamActivityFeed::teammateAction, m_monitor->changeTracker(),
            &ChangeTracker::noteTeammateAction);
}

void ConsoleApp::stopTeam()
{
    if (!m_team)
        return;
    // The views hold the store weakly: they show this computer's rows again.
    m_coordinator.setResumeClaims(nullptr);
    m_pauseWindows.setTeamStore(nullptr);
    m_windowsUi->setTeamMode(nullptr, {});
    m_teamFeed.reset();
    delete m_teamIndicator.data();
    delete m_teamUploadOffer.data();
    m_team.reset();
}

void ConsoleApp::wireSession()
{
    // Another server (or a sign-out): nothing of the old one stays on screen or in flight.
    connect(&m_session, &ConnectionSession::ended, this, [this] {
        m_poller.stop();
        if (m_model.rowCount() > 0)
            m_model.setWorkflows({});
        m_problems.clear(); // a retry would go to the new server
    });
    connect(&m_session, &ConnectionSession::changed, this,
            [this](const ConnectionSession::State &state) {
                const QString host = m_session.host();
                m_auditor.setContext(state.profile.name, host);
                applyProfileTeamStore(state.profile);
                m_bulk->setContext(state.profile.name, host);
                m_windowsUi->setContext(state.profile.name, host, state.signedIn);
                if (!state.signedIn) {
                    m_poller.stop();
                    return;
                }
                m_health.signedIn();
                m_poller.start(); // refreshes at once, then every interval
                // Rows a killed console or script left without an outcome on this server.
                if (!m_reconciledHosts.contains(host) && m_reconciler.start(host))
                    m_reconciledHosts.insert(host);
            });
}

void ConsoleApp::onReconciled(int completed)
{
    if (completed > 0)
        m_window.showStatusMessage(tr("%n earlier action(s) on %1 had no recorded outcome; the "
                                      "audit log now has the status read afterwards.",
                                      nullptr, completed)
                                       .arg(m_session.host()),
                                   15000);
}

void ConsoleApp::refresh()
{
    if (m_session.isSignedIn())
        m_poller.refreshNow(); // coalesced: never two refreshes at once
}

void ConsoleApp::start()
{
    m_screenshots->arm();
    m_window.show();
    m_sessionFlow->start(m_options.profileName);
}
