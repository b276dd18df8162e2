#include "workflows/WorkflowActionService.h"

#include <QCoreApplication>

#include "api/WorkflowApi.h"
#include "workflows/WorkflowListModel.h"

bool ConflictReport::alreadyInTarget() const
{
    return current && current->status.isValid() &&
           current->status.state() == LifecycleActions::targetState(action);
}

std::optional<LifecycleAction> ConflictReport::suggestedAction() const
{
    if (!current || alreadyInTarget())
        return std::nullopt;
    const WorkflowStatus &status = current->status;
    if (status.isTerminal() || status.state() == WorkflowState::Unknown)
        return std::nullopt;
    switch (action) {
    case LifecycleAction::Pause:
    case LifecycleAction::Resume:
        // The workflow was never started: the only way forward is Activate.
        if (status.canActivate())
            return LifecycleAction::Activate;
        break;
    case LifecycleAction::Activate:
        // Activate only applies to drafts; a paused workflow goes back with Resume.
        if (status.canResume())
            return LifecycleAction::Resume;
        break;
    case LifecycleAction::Cancel:
        break;
    }
    return std::nullopt;
}

WorkflowActionService::WorkflowActionService(WorkflowApi *api, WorkflowListModel *model,
                                             QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_model(model)
{
    qRegisterMetaType<ConflictReport>();
    qRegisterMetaType<LifecycleAction>();
    qRegisterMetaType<Workflow>();
    qRegisterMetaType<ApiError>();
    if (m_model) {
        // A poll may confirm the target status while the POST still hangs. Settled from the
        // event loop, not inside the model's update.
        connect(m_model, &WorkflowListModel::statusChanged, this,
                [this](const Workflow &w, const WorkflowStatus &) {
                    if (m_applyingOwn)
                        return;
                    const auto it = m_inFlight.constFind(w.id);
                    if (it == m_inFlight.constEnd() ||
                        w.status.state() != LifecycleActions::targetState(it->action))
                        return;
                    const quint64 token = it->token;
                    QMetaObject::invokeMethod(
                        this, [this, id = w.id, token] { settleIfConfirmed(id, token); },
                        Qt::QueuedConnection);
                });
    }
}

bool WorkflowActionService::isCurrent(const QString &workflowId, quint64 token) const
{
    const auto it = m_inFlight.constFind(workflowId);
    return it != m_inFlight.constEnd() && it->token == token;
}

void WorkflowActionService::settleIfConfirmed(const QString &workflowId, quint64 token)
{
    if (!isCurrent(workflowId, token) || !m_model)
        return;
    const LifecycleAction action = m_inFlight.value(workflowId).action;
    const std::optional<Workflow> current = m_model->workflow(workflowId);
    if (!current || current->status.state() != LifecycleActions::targetState(action))
        return;
    finish(workflowId);
    Q_EMIT settledByRefresh(action, *current);
    Q_EMIT actionSucceeded(action, *current);
}

bool WorkflowActionService::isPending(const QString &workflowId) const
{
    return m_inFlight.contains(workflowId);
}

bool WorkflowActionService::request(LifecycleAction action, const QString &workflowId)
{
    if (!m_api || workflowId.isEmpty() || m_inFlight.contains(workflowId))
        return false;
    const quint64 token = m_nextToken++;
    m_inFlight.insert(workflowId, Pending{action, token});
    if (m_model)
        m_model->setPendingAction(workflowId, action);

    // The name is captured now: after a 404 the row (and its name) is gone.
    QString name;
    if (m_model) {
        if (const auto known = m_model->workflow(workflowId))
            name = known->name;
    }

    m_api->perform(action, workflowId, this,
                   [this, action, workflowId, name, token](const ApiResult<ActionOutcome> &result) {
                       if (!isCurrent(workflowId, token))
                           return; // already settled by a refresh
                       if (result.ok())
                           onPerformed(action, workflowId, result.value(), token);
                       else
                           onFailed(action, workflowId, name, result.error(), token);
                   });
    return true;
}

void WorkflowActionService::onPerformed(LifecycleAction action, const QString &workflowId,
                                        const ActionOutcome &outcome, quint64 token)
{
    Workflow answered = outcome.workflow;
    if (answered.id.isEmpty())
        answered.id = workflowId;
    const WorkflowState target = LifecycleActions::targetState(action);

    if (answered.status.isValid() && answered.status.state() == target) {
        // Full record or minimal {id, status}: either way it is what the server said.
        applyServerRecord(answered);
        finishSucceeded(action, workflowId, answered);
        return;
    }

    // A 2xx that does not show the target status (another one, or none): the outcome is
    // unknown. Ask the server rather than believe the body or guess from the action.
    ApiError unconfirmed(ApiError::Kind::BadResponse, outcome.httpStatus);
    unconfirmed.setDiagnostic(
        answered.status.isValid()
            ? QCoreApplication::translate("WorkflowActionService",
                                          "the answer said the workflow is \"%1\", not %2")
                  .arg(answered.status.raw(), LifecycleActions::pastTense(action))
            : QCoreApplication::translate("WorkflowActionService",
                                          "the answer did not say the workflow's status"));
    m_api->get(
        workflowId, this,
        [this, action, workflowId, target, unconfirmed, token](const ApiResult<Workflow> &reread) {
            if (!isCurrent(workflowId, token))
                return; // settled by a refresh meanwhile
            if (!reread.ok()) {
                // The new status could not be confirmed: the row keeps its last
                // confirmed status and the user is told the outcome is unknown.
                finish(workflowId);
                Q_EMIT outcomeUnknown(action, workflowId, reread.error());
                return;
            }
            applyServerRecord(reread.value());
            const Workflow current = currentRecord(workflowId, reread.value());
            if (current.status.state() == target) {
                finishSucceeded(action, workflowId, current);
                return;
            }
            // The row shows the status the re-read found; the action's fate is unknown.
            finish(workflowId);
            Q_EMIT outcomeUnknown(action, workflowId, unconfirmed);
        });
}

void WorkflowActionService::onFailed(LifecycleAction action, const QString &workflowId,
                                     const QString &name, const ApiError &error, quint64 token)
{
    switch (error.kind()) {
    case ApiError::Kind::Conflict:
        m_api->get(
            workflowId, this,
            [this, action, workflowId, name, error, token](const ApiResult<Workflow> &reread) {
                if (!isCurrent(workflowId, token))
                    return; // settled by a refresh meanwhile
                ConflictReport report;
                report.action = action;
                report.workflowId = workflowId;
                report.workflowName = name;
                report.serverMessage = error.serverMessage();
                if (reread.ok()) {
                    applyServerRecord(reread.value());
                    report.current = currentRecord(workflowId, reread.value());
                    if (!report.current->name.isEmpty())
                        report.workflowName = report.current->name;
                } else {
                    report.rereadError = reread.error();
                }
                finish(workflowId);
                Q_EMIT conflict(report);
            });
        return;

    case ApiError::Kind::NotFound:
        finish(workflowId);
        if (m_model)
            m_model->removeWorkflow(workflowId);
        Q_EMIT workflowGone(action, workflowId, name, error);
        return;

    case ApiError::Kind::Unauthorized:
    case ApiError::Kind::Forbidden:
        finish(workflowId);
        Q_EMIT authenticationRequired(error);
        return;

    case ApiError::Kind::Timeout:
    case ApiError::Kind::Network:
        // The POST may or may not have arrived. Never re-send it; read the truth instead.
        m_api->get(workflowId, this,
                   [this, action, workflowId, error, token](const ApiResult<Workflow> &reread) {
                       if (!isCurrent(workflowId, token))
                           return; // settled by a refresh meanwhile
                       if (!reread.ok()) {
                           finish(workflowId); // the row keeps its last confirmed status
                           Q_EMIT outcomeUnknown(action, workflowId, error);
                           return;
                       }
                       applyServerRecord(reread.value());
                       const Workflow current = currentRecord(workflowId, reread.value());
                       if (current.status.state() == LifecycleActions::targetState(action)) {
                           finishSucceeded(action, workflowId, current);
                       } else {
                           // The row now shows the server's confirmed status; whether the
                           // POST will still land is unknown, so offer Retry.
                           finish(workflowId);
                           Q_EMIT outcomeUnknown(action, workflowId, error);
                       }
                   });
        return;

    case ApiError::Kind::RateLimited:
    case ApiError::Kind::Server:
        finish(workflowId);
        Q_EMIT transientFailure(action, workflowId, error);
        return;

    case ApiError::Kind::Cancelled:
        // Aborted by the console (shutting down, profile switch): the request may have
        // reached the server, and nobody is left to re-read it.
        finish(workflowId);
        Q_EMIT outcomeUnknown(action, workflowId, error);
        return;

    case ApiError::Kind::BadResponse:
        // A 2xx whose body could not be read: the action most likely happened. Re-read so
        // the row shows the server's status; success only when it is the target.
        m_api->get(workflowId, this,
                   [this, action, workflowId, error, token](const ApiResult<Workflow> &reread) {
                       if (!isCurrent(workflowId, token))
                           return; // settled by a refresh meanwhile
                       if (reread.ok()) {
                           applyServerRecord(reread.value());
                           const Workflow current = currentRecord(workflowId, reread.value());
                           if (current.status.state() == LifecycleActions::targetState(action)) {
                               finishSucceeded(action, workflowId, current);
                               return;
                           }
                       }
                       finish(workflowId);
                       Q_EMIT actionFailed(action, workflowId, error);
                   });
        return;

    case ApiError::Kind::None:
    case ApiError::Kind::Tls:
    case ApiError::Kind::InsecureUrl:
    case ApiError::Kind::InvalidRequest:
    case ApiError::Kind::Client:
        break;
    }
    finish(workflowId);
    Q_EMIT actionFailed(action, workflowId, error);
}

void WorkflowActionService::applyServerRecord(const Workflow &record)
{
    if (!m_model)
        return;
    // This service's own answer: its outcome follows, no settling by "refresh".
    const bool was = std::exchange(m_applyingOwn, true);
    m_model->updateWorkflow(record);
    m_applyingOwn = was;
}

Workflow WorkflowActionService::currentRecord(const QString &workflowId,
                                              const Workflow &fallback) const
{
    if (m_model) {
        if (auto known = m_model->workflow(workflowId))
            return *known;
    }
    Workflow record = fallback;
    if (record.id.isEmpty())
        record.id = workflowId;
    return record;
}

void WorkflowActionService::finish(const QString &workflowId)
{
    m_inFlight.remove(workflowId);
    if (m_model)
        m_model->setPendingAction(workflowId, std::nullopt);
}

void WorkflowActionService::finishSucceeded(LifecycleAction action, const QString &workflowId,
                                            const Workflow &answered)
{
    finish(workflowId);
    Q_EMIT actionSucceeded(action, currentRecord(workflowId, answered));
}
