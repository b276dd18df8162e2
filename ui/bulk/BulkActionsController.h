#pragma once

#include "bulk/BulkConfirmDialog.h"
#include "bulk/BulkItem.h"
#include "bulk/BulkItemOutcome.h"
#include "bulk/BulkProgressWindow.h"
#include "bulk/BulkSummary.h"
#include "domain/LifecycleAction.h"
#include "domain/WorkflowState.h"
#include "incidents/ResumeItemReport.h"

#include <QList>
#include <QObject>
#include <QPointer>

#include <functional>

class AuditLog;
class BulkActionRunner;
class ChangeTracker;
class IncidentCoordinator;
class MainWindow;
class QAction;
class WorkflowApi;
class WorkflowFilterProxy;
class WorkflowListModel;

// Bulk actions in the console:
// - Workflow menu: "Pause selected (N)", "Resume selected (N)" (N = selected rows that can
//   take the action); the window's Pause/Resume (toolbar, Ctrl+P/Ctrl+R, details pane, the
//   rows' context menu) come here too when more than one row is selected; "Pause all active…" (Ctrl+Shift+P: every
//   active workflow the current search/filter shows, also on the toolbar). It refuses, with
//   a sentence and nothing sent, while the list is incomplete (WorkflowListModel::
//   isListingComplete): "all active" of a list with workflows missing is not all.
// A bulk pause always opens an incident (IncidentCoordinator) with the reason, profile and
// API host; "Resume selected" is a plain audited bulk resume. Every run asks first
// (BulkConfirmDialog, kept live: its count and list follow the polls, and it names what
// left the list meanwhile; dismissing it says "Nothing was paused") and shows its results live in the one progress window, which
// incident resumes (IncidentsController) report into too. Rows show "Pausing…" while their
// request is in flight and then only what the server confirmed. Which run is going on is
// the coordinator's or the runner's state, never a copy kept here.
class BulkActionsController : public QObject
{
    Q_OBJECT
public:
    BulkActionsController(MainWindow *window, WorkflowApi *api, WorkflowListModel *model,
                          WorkflowFilterProxy *proxy, AuditLog *audit,
                          IncidentCoordinator *coordinator, QObject *parent = nullptr);
    ~BulkActionsController() override;

    // Recorded on incidents and audit rows.
    void setContext(const QString &profile, const QString &apiHost);
    // Bulk changes are this console's own: the tracker must not announce them as
    // "not by this console" (a 37-workflow incident pause would raise 37 alerts).
    void setChangeTracker(ChangeTracker *tracker);

    QAction *pauseSelectedAction() const { return m_pauseSelected; }
    QAction *resumeSelectedAction() const { return m_resumeSelected; }
    QAction *pauseAllActiveAction() const { return m_pauseAllActive; }
    QAction *showProgressAction() const { return m_showProgress; }
    BulkProgressWindow *progressWindow() const { return m_progress; }
    BulkConfirmDialog *confirmDialog() const { return m_confirm; }
    bool isBusy() const;

    // Selected rows whose state is `state` and that have no action pending, in view order.
    QList<BulkItem> selectedItems(WorkflowState state) const;
    // Every row the proxy shows (search + status filter) that is active, in view order.
    QList<BulkItem> visibleActiveItems() const;

    void pauseSelected();
    void resumeSelected();
    void pauseAllActive();
    // Stops the running bulk action: nothing new starts, requests in flight finish.
    void cancelRun();

    // The progress window, cleared for a new run (opened if needed).
    BulkProgressWindow *beginProgress(LifecycleAction action, const QList<BulkItem> &items,
                                      const QString &incidentId, const QString &heading);
    void message(const QString &text);

Q_SIGNALS:
    // A run finished: the list should be re-read from the server.
    void refreshRequested();
    void incidentStarted(const QString &incidentId);
    void busyChanged(bool busy);
    // "Retry failed" of an incident resume: resuming the incident again does exactly that.
    void incidentResumeRequested(const QString &incidentId);
    // One workflow of a plain (non-incident) bulk run finished; incident runs report
    // through IncidentCoordinator::itemFinished.
    void plainItemFinished(LifecycleAction action, const BulkItemOutcome &outcome);

private:
    void buildActions();
    void updateActions();
    void askAndPause(const QList<BulkItem> &items, bool reasonRequired,
                     std::function<QList<BulkItem>()> current);
    // Opens the confirmation for `action`; `current` re-reads the items after each poll.
    void ask(LifecycleAction action, const QList<BulkItem> &items, bool reasonRequired,
             std::function<QList<BulkItem>()> current);
    void refreshConfirm();
    void startIncidentPause(const QList<BulkItem> &items, const QString &reason);
    void startResume(const QList<BulkItem> &items, const QString &reason);
    void onItemStarted(const BulkItem &item, LifecycleAction action);
    void onItemFinished(const BulkItemOutcome &outcome, bool showInProgress);
    void onRunFinished(const BulkSummary &summary, const QString &incidentId);
    void onResumeReport(const ResumeItemReport &report);
    void showServerAnswer(const QString &workflowId, const std::optional<WorkflowStatus> &status,
                          bool gone);
    void retryFailed();
    void showProgress();
    BulkItem itemAt(int sourceRow) const;

    QPointer<MainWindow> m_window;
    QPointer<ChangeTracker> m_tracker;
    WorkflowListModel *m_model;
    WorkflowFilterProxy *m_proxy;
    IncidentCoordinator *m_coordinator;
    BulkActionRunner *m_runner; // "Resume selected": not an incident action
    QString m_profile;
    QString m_apiHost;

    QAction *m_pauseSelected = nullptr;
    QAction *m_resumeSelected = nullptr;
    QAction *m_pauseAllActive = nullptr;
    QAction *m_showProgress = nullptr;
    QPointer<BulkProgressWindow> m_progress;
    QPointer<BulkConfirmDialog> m_confirm;
    std::function<QList<BulkItem>()> m_confirmItems; // what the open confirmation acts on now
    QList<BulkItem> m_confirmFirst;                  // what it showed when it opened
    int m_completedMeanwhile = 0; // 409s of this run from workflows that completed on their own
};
