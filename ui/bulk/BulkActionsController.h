#pragma once

#include "bulk/BulkConfirmDialog.h"
#include "bulk/BulkItem.h"
#include "bulk/BulkItemOutcome.h"
#include "bulk/BulkProgressWindow.h"
#include "bulk/BulkSummary.h"
#include "domain/LifecycleAction.h"
#include "domain/WorkflowState.h"
#include "incidents/IncidentsDialog.h"

#include <QList>
#include <QObject>
#include <QPointer>

class AuditLog;
class AuditPanel;
class BulkActionRunner;
class IncidentCoordinator;
class IncidentStore;
class MainWindow;
class QAction;
class QDockWidget;
class WorkflowApi;
class WorkflowFilterProxy;
class WorkflowListModel;
struct ResumeItemReport;

// Bulk actions and incident sessions in the console, wired onto an existing MainWindow:
// - the workflow table gets extended (multi) selection;
// - Workflow menu: "Pause selected (N)", "Resume selected (N)" (N = selected rows that can
//   take the action), "Pause all active…" (Ctrl+Shift+P: every active workflow the current
//   search/filter shows), "Resume incident…";
// - View menu: "Audit log" (a dock with AuditPanel).
// A bulk pause always opens an incident (IncidentCoordinator) with the reason, profile and
// API host; "Resume selected" is a plain audited bulk resume. Every run asks first
// (BulkConfirmDialog) and shows its results live (BulkProgressWindow). Rows show
// "Pausing…" while their request is in flight and then only what the server confirmed.
class ChangeTracker;

class BulkActionsController : public QObject
{
    Q_OBJECT
public:
    BulkActionsController(MainWindow *window, WorkflowApi *api, WorkflowListModel *model,
                          WorkflowFilterProxy *proxy, AuditLog *audit, IncidentStore *store,
                          QObject *parent = nullptr);
    ~BulkActionsController() override;

    // Recorded on incidents and audit rows.
    void setContext(const QString &profile, const QString &apiHost);
    // Bulk changes are this console's own: the tracker must not announce them as
    // "not by this console" (a 37-workflow incident pause would raise 37 alerts).
    void setChangeTracker(ChangeTracker *tracker);

    QAction *pauseSelectedAction() const { return m_pauseSelected; }
    QAction *resumeSelectedAction() const { return m_resumeSelected; }
    QAction *pauseAllActiveAction() const { return m_pauseAllActive; }
    QAction *resumeIncidentAction() const { return m_resumeIncident; }
    QAction *showProgressAction() const { return m_showProgress; }
    QAction *auditLogAction() const;

    IncidentCoordinator *coordinator() const { return m_coordinator; }
    BulkActionRunner *resumeRunner() const { return m_runner; }
    BulkProgressWindow *progressWindow() const { return m_progress; }
    QDockWidget *auditDock() const { return m_auditDock; }
    AuditPanel *auditPanel() const { return m_auditPanel; }
    IncidentsDialog *incidentsDialog() const { return m_incidents; }
    BulkConfirmDialog *confirmDialog() const { return m_confirm; }
    bool isBusy() const;

    // Selected rows whose state is `state` and that have no action pending, in view order.
    QList<BulkItem> selectedItems(WorkflowState state) const;
    // Every row the proxy shows (search + status filter) that is active, in view order.
    QList<BulkItem> visibleActiveItems() const;

    void pauseSelected();
    void resumeSelected();
    void pauseAllActive();
    void openIncidents();
    void showAuditLog();

Q_SIGNALS:
    // A run finished: the list should be re-read from the server.
    void refreshRequested();
    void incidentStarted(const QString &incidentId);

private:
    enum class Run { None, IncidentPause, IncidentPauseRetry, Resume, IncidentResume };

    void buildActions();
    void installMenus();
    void updateActions();
    void askAndPause(const QList<BulkItem> &items, bool reasonRequired);
    void startIncidentPause(const QList<BulkItem> &items, const QString &reason);
    void startResume(const QList<BulkItem> &items, const QString &reason);
    void startIncidentResume(const QString &incidentId);
    void wireRunner(BulkActionRunner *runner);
    void onItemStarted(BulkActionRunner *runner, int index);
    void onItemFinished(BulkActionRunner *runner, const BulkItemOutcome &outcome);
    void onRunFinished(BulkActionRunner *runner, const BulkSummary &summary);
    void onResumeReport(const ResumeItemReport &report);
    void onResumeFinished(const QString &incidentId, const QList<ResumeItemReport> &reports,
                          bool closed);
    void cancelRun();
    void retryFailed();
    void showProgress();
    QString summaryText(const BulkSummary &summary) const;
    BulkItem itemAt(int sourceRow) const;
    void message(const QString &text);

    QPointer<MainWindow> m_window;
    QPointer<ChangeTracker> m_tracker;
    WorkflowApi *m_api;
    WorkflowListModel *m_model;
    WorkflowFilterProxy *m_proxy;
    QPointer<AuditLog> m_audit;
    QPointer<IncidentStore> m_store;
    IncidentCoordinator *m_coordinator = nullptr;
    BulkActionRunner *m_runner = nullptr;
    QString m_profile;
    QString m_apiHost;
    Run m_run = Run::None;
    QString m_runIncident;
    int m_resumeTotal = 0;
    int m_resumeDone = 0;

    QAction *m_pauseSelected = nullptr;
    QAction *m_resumeSelected = nullptr;
    QAction *m_pauseAllActive = nullptr;
    QAction *m_resumeIncident = nullptr;
    QAction *m_showProgress = nullptr;
    QPointer<BulkProgressWindow> m_progress;
    QPointer<IncidentsDialog> m_incidents;
    QPointer<BulkConfirmDialog> m_confirm;
    QDockWidget *m_auditDock = nullptr;
    AuditPanel *m_auditPanel = nullptr;
};
