#pragma once

#include "api/ApiError.h"
#include "domain/LifecycleAction.h"

#include <QObject>
#include <QPointer>

class ActionAuditor;
class MainWindow;
class WorkflowActionService;
class WorkflowListModel;
struct ConflictReport;

// Single-workflow actions from the supervisor's side: asks before a Cancel (it is
// permanent), sends through the auditor (the audit row is written before the request),
// and explains every outcome: confirmed (status bar), 409 (ConflictDialog), 404 (removed,
// said so), 429/5xx/network and "outcome unknown" (banner with Retry and Details).
// 401/403 go to whoever owns sign-in (authenticationRequired).
class ActionOutcomePresenter : public QObject
{
    Q_OBJECT
public:
    ActionOutcomePresenter(WorkflowActionService *actions, ActionAuditor *auditor,
                           WorkflowListModel *model, MainWindow *window, QObject *parent = nullptr);

    // What the toolbar, menu and dialogs ask for: Cancel asks first, the rest are sent.
    void requestAction(LifecycleAction action, const QString &workflowId);

Q_SIGNALS:
    void authenticationRequired(const ApiError &error);
    void refreshRequested();

private:
    QString nameOf(const QString &workflowId) const;
    void onConflict(const ConflictReport &report);
    void onWorkflowGone(const QString &id, const QString &name);
    void onTransient(LifecycleAction action, const QString &id, const ApiError &error,
                     bool unknown);

    ActionAuditor *m_auditor;
    WorkflowListModel *m_model;
    QPointer<MainWindow> m_window;
};
