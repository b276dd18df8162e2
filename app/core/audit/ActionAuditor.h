#pragma once

#include "audit/AuditLog.h"
#include "domain/LifecycleAction.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QString>

class ApiError;
class WorkflowActionService;
class WorkflowListModel;
struct ConflictReport;
struct Workflow;

// Audits the single-workflow actions the console sends through WorkflowActionService:
// send() writes the audit row (no outcome) and then asks the service to send the POST;
// the service's outcome signals complete the row. The service allows one pending action
// per workflow, so rows are keyed by workflow id. Never sees the API key.
class ActionAuditor : public QObject
{
    Q_OBJECT
public:
    ActionAuditor(WorkflowActionService *service, WorkflowListModel *model, AuditLog *log,
                  QObject *parent = nullptr);

    void setContext(const QString &profile, const QString &apiHost);
    void setAuditLog(AuditLog *log);
    AuditLog *auditLog() const { return m_log; }

    // Records the request, then WorkflowActionService::request(). Returns what request()
    // returned; nothing is recorded when an action is already pending for the workflow.
    bool send(LifecycleAction action, const QString &workflowId, const QString &reason = QString());

private:
    void complete(const QString &workflowId, const QString &outcome, int httpStatus,
                  const QString &message);
    void completeOrphans(const QString &outcome, const ApiError &error);

    QPointer<WorkflowActionService> m_service;
    QPointer<WorkflowListModel> m_model;
    QPointer<AuditLog> m_log;
    QString m_profile;
    QString m_apiHost;
    QHash<QString, qint64> m_pendingRows; // workflow id -> audit row id
};
