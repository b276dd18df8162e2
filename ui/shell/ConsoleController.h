#pragma once

#include "account/Profile.h"
#include "api/ApiError.h"
#include "domain/LifecycleAction.h"

#include <QObject>
#include <QPointer>
#include <QUrl>

class ActionAuditor;
class ApiClient;
class AuditLog;
class BulkActionsController;
class IncidentStore;
class ApiKeyResolver;
class ConnectionHealth;
class MainWindow;
class MonitoringController;
class ProfileStore;
class SignInDialog;
class WorkflowActionService;
class WorkflowApi;
class WorkflowFilterProxy;
class WorkflowListModel;
class WorkflowPoller;
struct ConflictReport;
class QTimer;

// The wiring of the console in one place: ApiClient -> WorkflowApi -> WorkflowPoller /
// WorkflowActionService -> WorkflowListModel -> WorkflowFilterProxy -> MainWindow, plus
// every dialog and banner that explains an outcome (409 ConflictDialog, 404 message,
// 401/403 SignInDialog, 429/5xx/network/outcome-unknown ErrorBanner with Retry). Keys go
// through ApiKeyResolver only; in sandbox mode the sandbox's demo key is held in memory.
// Every single action is audited (ActionAuditor: row written before the POST) in the same
// AuditLog/IncidentStore file dialnexa-ctl uses; bulk actions and incident sessions live in
// BulkActionsController.
class ConsoleController : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        bool sandbox = false; // talk to an in-process sandbox at sandboxBaseUrl
        QUrl sandboxBaseUrl;
        QString sandboxApiKey;           // memory only
        QString profileName;             // --profile; empty = the last used
        QUrl baseUrlOverride;            // --base-url; this run only, not saved
        int refreshIntervalMs = 5000;    // the live poll
        QString screenshotPath;          // --screenshot: grab after the first load, then finish
        QString wallboardScreenshotPath; // --screenshot-wallboard: also grab the wallboard
        int screenshotDelayMs = 600;
        int screenshotDeadlineMs = 30000;
        QString dataPath; // audit + incident file; empty = ConsoleDataPaths default
    };

    // `client` is not owned. `profiles` and `keys` may be null (sandbox-only use, tests).
    ConsoleController(ApiClient *client, ProfileStore *profiles, ApiKeyResolver *keys,
                      const Options &options, QObject *parent = nullptr);
    ~ConsoleController() override;

    // Shows the window and starts: the first load runs as soon as a key is known.
    void start();

    MainWindow *window() const { return m_window; }
    WorkflowListModel *model() const { return m_model; }
    WorkflowFilterProxy *proxy() const { return m_proxy; }
    WorkflowActionService *actionService() const { return m_actions; }
    WorkflowPoller *poller() const { return m_poller; }
    WorkflowApi *api() const { return m_api; }
    ConnectionHealth *health() const { return m_health; }
    // Live status monitoring: summary chips, change awareness, drill-down, wallboard.
    MonitoringController *monitor() const { return m_monitor; }
    QString currentProfileName() const { return m_profile.name; }
    AuditLog *auditLog() const { return m_audit; }
    IncidentStore *incidentStore() const { return m_incidentStore; }
    BulkActionsController *bulkActions() const { return m_bulk; }

    // What the toolbar/menu do: Cancel asks first (CancelConfirmation), the rest go straight
    // to WorkflowActionService.
    void requestAction(LifecycleAction action, const QString &workflowId);
    void refresh();
    void openSignIn(const QString &explanation = QString());
    void signOut();

Q_SIGNALS:
    // --screenshot: emitted once, after the PNG was written (ok) or could not be (not ok).
    void screenshotFinished(bool ok, const QString &message);

private:
    void wireWindow();
    void wireService();
    void wirePoller();
    void activateProfile(const QString &name);
    void useKey(const QString &key);
    void setNotSignedIn(const QString &why);
    QString hostText() const;
    QString nameOf(const QString &workflowId) const;
    void onConflict(const ConflictReport &report);
    void onWorkflowGone(LifecycleAction action, const QString &id, const QString &name);
    void onAuthenticationRequired(const ApiError &error);
    void onTransient(LifecycleAction action, const QString &id, const ApiError &error,
                     bool unknown);
    void onSignInRequested(const QString &profile, const QUrl &baseUrl, const QString &key);
    void takeScreenshot();
    void wireIncidents();
    void updateAuditContext();
    void finishScreenshot(bool ok, const QString &message);

    ApiClient *m_client;
    ProfileStore *m_profiles;
    ApiKeyResolver *m_keys;
    Options m_options;
    WorkflowApi *m_api;
    WorkflowListModel *m_model;
    WorkflowFilterProxy *m_proxy;
    WorkflowActionService *m_actions;
    ConnectionHealth *m_health;
    WorkflowPoller *m_poller;
    MainWindow *m_window;
    MonitoringController *m_monitor;
    QPointer<SignInDialog> m_signIn;
    Profile m_profile;
    bool m_signedIn = false;
    bool m_screenshotPending = false;
    QTimer *m_screenshotDeadline = nullptr;
    AuditLog *m_audit = nullptr;
    IncidentStore *m_incidentStore = nullptr;
    ActionAuditor *m_auditor = nullptr;
    BulkActionsController *m_bulk = nullptr;
};
