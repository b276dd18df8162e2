#pragma once

#include "ConsoleOptions.h"

#include "account/ConnectionSession.h"
#include "api/ApiClient.h"
#include "api/WorkflowApi.h"
#include "audit/ActionAuditor.h"
#include "audit/AuditLog.h"
#include "audit/AuditReconciler.h"
#include "incidents/IncidentCoordinator.h"
#include "incidents/IncidentStore.h"
#include "incidents/PauseWindowStore.h"
#include "monitoring/ChangeHighlightProxy.h"
#include "monitoring/ConnectionHealth.h"
#include "shell/MainWindow.h"
#include "storage/ConsoleDatabase.h"
#include "storage/TeamLink.h"
#include "storage/TeamStoreConfig.h"
#include "workflows/ActionProblemList.h"
#include "workflows/WorkflowActionService.h"
#include "workflows/WorkflowListModel.h"
#include "workflows/WorkflowPoller.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QSet>

#include <memory>
#include <optional>

class ActionOutcomePresenter;
class AuditController;
class ApiKeyResolver;
class BulkActionsController;
class IncidentsController;
class MonitoringController;
class NeedsAttentionController;
class NetworkController;
class PauseWindowsController;
class ProfileStore;
class RefreshPresenter;
class ScreenshotRunner;
class SecretStore;
class SessionController;
class TeamActivityFeed;

// The composition root of dialnexa-console: it owns every service as a member, in the
// order they depend on each other, so the language destroys them in reverse order (the
// controllers before the window they extend, the window before the models it shows, the
// models before the client). Wiring that spans features lives here and nowhere else:
// the session decides when the poller runs, who is named in the audit, and what is
// cleared when the console points at another server.
class ConsoleApp : public QObject
{
    Q_OBJECT
public:
    // With options.persistentAccount, profiles live in Settings and keys in the keychain.
    explicit ConsoleApp(const ConsoleOptions &options, QObject *parent = nullptr);
    // Given stores instead (not owned; either may be null: nothing is persisted then).
    ConsoleApp(const ConsoleOptions &options, ProfileStore *profiles, ApiKeyResolver *keys,
               QObject *parent = nullptr);
    ~ConsoleApp() override;

    // Shows the window and activates the profile: the first load runs once a key is known.
    void start();

    ApiClient *client() { return &m_client; }
    MainWindow *window() { return &m_window; }
    WorkflowListModel *model() { return &m_model; }
    // The rows as the window shows them (search, filter, sort).
    WorkflowFilterProxy *shownRows() { return &m_proxy; }
    ConnectionHealth *health() { return &m_health; }
    WorkflowActionService *actionService() { return &m_actions; }
    WorkflowPoller *poller() { return &m_poller; }
    ConnectionSession *session() { return &m_session; }
    ConsoleDatabase *database() { return &m_database; }
    AuditLog *auditLog() { return &m_audit; }
    IncidentStore *incidentStore() { return &m_incidents; }
    TeamLink *teamLink() const { return m_team.get(); } // null unless in team mode
    MonitoringController *monitor() const { return m_monitor.get(); }
    IncidentCoordinator *incidentCoordinator() { return &m_coordinator; }
    BulkActionsController *bulkActions() const { return m_bulk.get(); }
    IncidentsController *incidents() const { return m_incidentsUi.get(); }
    PauseWindowsController *pauseWindows() const { return m_windowsUi.get(); }
    PauseWindowStore *pauseWindowStore() { return &m_pauseWindows; }
    AuditController *audit() const { return m_auditUi.get(); }
    SessionController *sessionController() const { return m_sessionFlow.get(); }
    ActionProblemList *actionProblems() { return &m_problems; }

Q_SIGNALS:
    // --screenshot: emitted once, after the PNG was written (ok) or could not be (not ok).
    void screenshotFinished(bool ok, const QString &message);

private:
    void build();
    void openStorage();
    // DIALNEXA_TEAM_STORE(_PASSWORD) when set (it wins over the profile), else the profile's
    // "Team store" with its password from the keychain.
    void readTeamEnvironment();
    void applyProfileTeamStore(const Profile &profile);
    void startTeam(const TeamStoreConfig &config);
    void stopTeam();
    void wireSession();
    void refresh();
    void onReconciled(int completed);

    ConsoleOptions m_options;
    QElapsedTimer m_sinceStart; // for the journal's "first load shown" line
    // The server side of the console: one client, one session, the API on top.
    ApiClient m_client;
    std::unique_ptr<SecretStore> m_ownedSecrets;
    std::unique_ptr<ApiKeyResolver> m_ownedKeys;
    std::unique_ptr<ProfileStore> m_ownedProfiles;
    ApiKeyResolver *m_keys = nullptr;
    ProfileStore *m_profiles = nullptr;
    ConnectionSession m_session;
    WorkflowApi m_api;
    // The list and what acts on it.
    WorkflowListModel m_model;
    ChangeHighlightProxy m_proxy;
    WorkflowActionService m_actions;
    ConnectionHealth m_health;
    WorkflowPoller m_poller;
    // The record of what was done: one database, its two stores.
    ConsoleDatabase m_database;
    AuditLog m_audit;
    IncidentStore m_incidents;
    PauseWindowStore m_pauseWindows;
    // Team mode (DIALNEXA_TEAM_STORE): the local file is the outbox of the team's store.
    std::unique_ptr<TeamLink> m_team;
    std::unique_ptr<TeamActivityFeed> m_teamFeed;
    std::optional<TeamStoreConfig> m_teamFromEnvironment;
    QString m_teamUrl; // the profile's team store now in use (or being read)
    QPointer<QWidget> m_teamIndicator;
    QPointer<QWidget> m_teamUploadOffer;
    ActionAuditor m_auditor;
    IncidentCoordinator m_coordinator;
    AuditReconciler m_reconciler;
    QSet<QString> m_reconciledHosts; // once per server and run
    // Failed or unknown actions, kept until retried or dismissed ("Needs attention").
    ActionProblemList m_problems;
    // The window, then the controllers that extend it (destroyed first).
    MainWindow m_window;
    std::unique_ptr<MonitoringController> m_monitor;
    std::unique_ptr<BulkActionsController> m_bulk;
    std::unique_ptr<IncidentsController> m_incidentsUi;
    std::unique_ptr<PauseWindowsController> m_windowsUi;
    std::unique_ptr<AuditController> m_auditUi;
    std::unique_ptr<NetworkController> m_network;
    std::unique_ptr<SessionController> m_sessionFlow;
    std::unique_ptr<ActionOutcomePresenter> m_outcomes;
    std::unique_ptr<RefreshPresenter> m_refresh;
    std::unique_ptr<NeedsAttentionController> m_attention;
    std::unique_ptr<ScreenshotRunner> m_screenshots;
};
