#include "audit/ActionAuditor.h"

#include "account/OperatorIdentity.h"
#include "api/ApiError.h"
#include "audit/AuditLog.h"
#include "bulk/BulkItemOutcome.h"
#include "workflows/WorkflowActionService.h"
#include "workflows/WorkflowListModel.h"

ActionAuditor::ActionAuditor(WorkflowActionService *service, WorkflowListModel *model,
                             AuditLog *log, QObject *parent)
    : QObject(parent)
    , m_service(service)
    , m_model(model)
    , m_log(log)
{
    using Kind = BulkItemOutcome::Kind;
    // Comes before actionSucceeded, which then finds the row completed already.
    connect(service, &WorkflowActionService::settledByRefresh, this,
            [this](LifecycleAction, const Workflow &w) {
                complete(w.id, BulkItemOutcome::kindName(Kind::Done), 0,
                         QStringLiteral("confirmed by a refresh"));
            });
    connect(service, &WorkflowActionService::actionSucceeded, this,
            [this](LifecycleAction, const Workflow &w) {
                complete(w.id, BulkItemOutcome::kindName(Kind::Done), 200, QString());
            });
    connect(service, &WorkflowActionService::conflict, this, [this](const ConflictReport &r) {
        complete(
            r.workflowId,
            BulkItemOutcome::kindName(r.alreadyInTarget() ? Kind::AlreadyInTarget : Kind::Conflict),
            409, r.serverMessage);
    });
    connect(service, &WorkflowActionService::workflowGone, this,
            [this](LifecycleAction, const QString &id, const QString &, const ApiError &error) {
                complete(id, BulkItemOutcome::kindName(Kind::NotFound), error.httpStatus(),
                         error.serverMessage());
            });
    const auto failed = [this](LifecycleAction, const QString &id, const ApiError &error) {
        complete(id, BulkItemOutcome::kindName(Kind::Failed), error.httpStatus(),
                 error.serverMessage().isEmpty() ? error.userMessage() : error.serverMessage());
    };
    connect(service, &WorkflowActionService::transientFailure, this, failed);
    connect(service, &WorkflowActionService::outcomeUnknown, this, failed);
    connect(service, &WorkflowActionService::actionFailed, this, failed);
    // 401/403 carry no workflow id: complete every row whose request is no longer pending.
    connect(service, &WorkflowActionService::authenticationRequired, this,
            [this](const ApiError &error) {
                completeOrphans(BulkItemOutcome::kindName(Kind::Failed), error);
            });
}

void ActionAuditor::setContext(const QString &profile, const QString &apiHost)
{
    m_profile = profile;
    m_apiHost = apiHost;
}

void ActionAuditor::setAuditLog(AuditLog *log)
{
    m_log = log;
}

bool ActionAuditor::send(LifecycleAction action, const QString &workflowId, const QString &reason)
{
    if (!m_service || workflowId.isEmpty() || m_service->isPending(workflowId))
        return false;
    qint64 row = -1;
    if (m_log && m_log->isOpen()) {
        AuditEntry entry;
        entry.osUser = OperatorIdentity::userName();
        entry.profile = m_profile;
        entry.apiHost = m_apiHost;
        entry.workflowId = workflowId;
        if (m_model) {
            if (const auto w = m_model->workflow(workflowId))
                entry.workflowName = w->name;
        }
        entry.action = LifecycleActions::pathSegment(action);
        entry.reason = reason;
        row = m_log->recordRequest(entry);
    }
    const bool sent = m_service->request(action, workflowId);
    if (row >= 0) {
        if (sent)
            m_pendingRows.insert(workflowId, row);
        else
            m_log->recordOutcome(row, BulkItemOutcome::kindName(BulkItemOutcome::Kind::Skipped), 0,
                                 tr("not sent"));
    }
    return sent;
}

void ActionAuditor::complete(const QString &workflowId, const QString &outcome, int httpStatus,
                             const QString &message)
{
    const qint64 row = m_pendingRows.take(workflowId);
    if (row > 0 && m_log)
        m_log->recordOutcome(row, outcome, httpStatus, message);
}

void ActionAuditor::completeOrphans(const QString &outcome, const ApiError &error)
{
    const QStringList ids = m_pendingRows.keys();
    for (const QString &id : ids) {
        if (m_service && m_service->isPending(id))
            continue;
        complete(id, outcome, error.httpStatus(),
                 error.serverMessage().isEmpty() ? error.userMessage() : error.serverMessage());
    }
}
