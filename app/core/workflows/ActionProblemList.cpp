#include "workflows/ActionProblemList.h"

#include "audit/ActionAuditor.h"
#include "incidents/IncidentCoordinator.h"
#include "workflows/WorkflowActionService.h"
#include "workflows/WorkflowListModel.h"

ActionProblemList::ActionProblemList(QObject *parent)
    : QObject(parent)
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
{
    qRegisterMetaType<ActionProblem>();
}

void ActionProblemList::watch(WorkflowActionService *service, WorkflowListModel *model)
{
    QPointer<WorkflowListModel> rows(model);
    const auto failed = [this, rows](bool unknown) {
        return [this, rows, unknown](LifecycleAction action, const QString &id,
                                     const ApiError &error) {
            QString name;
            if (rows) {
                if (const auto w = rows->workflow(id))
                    name = w->name;
            }
            reportError(action, id, name, error, unknown);
        };
    };
    connect(service, &WorkflowActionService::transientFailure, this, failed(false));
    connect(service, &WorkflowActionService::actionFailed, this, failed(false));
    connect(service, &WorkflowActionService::outcomeUnknown, this, failed(true));
    connect(service, &WorkflowActionService::actionSucceeded, this,
            [this](LifecycleAction action, const Workflow &w) { resolve(w.id, action); });
}

void ActionProblemList::watch(IncidentCoordinator *coordinator)
{
    connect(coordinator, &IncidentCoordinator::itemFinished, this,
            [this, coordinator](const QString &incidentId, const BulkItemOutcome &outcome) {
                const LifecycleAction action =
                    coordinator->currentRun() == IncidentCoordinator::Run::Resume
                        ? LifecycleAction::Resume
                        : LifecycleAction::Pause;
                reportBulkOutcome(action, outcome, incidentId);
            });
}

void ActionProblemList::setRetryPaths(ActionAuditor *auditor, IncidentCoordinator *coordinator)
{
    m_auditor = auditor;
    m_coordinator = coordinator;
}

quint64 ActionProblemList::report(ActionProblem problem)
{
    if (!problem.at.isValid())
        problem.at = m_clock();
    for (ActionProblem &open : m_problems) {
        if (open.workflowId == problem.workflowId && open.action == problem.action) {
            problem.key = open.key;
            if (problem.workflowName.isEmpty())
                problem.workflowName = open.workflowName;
            open = problem;
            Q_EMIT updated(open);
            return open.key;
        }
    }
    problem.key = m_nextKey++;
    m_problems.append(problem);
    Q_EMIT added(problem);
    Q_EMIT countChanged(count());
    return problem.key;
}

quint64 ActionProblemList::reportError(LifecycleAction action, const QString &workflowId,
                                       const QString &name, const ApiError &error,
                                       bool outcomeUnknown)
{
    ActionProblem p;
    p.action = action;
    p.workflowId = workflowId;
    p.workflowName = name;
    p.answer = error.userMessage();
    // The server's own words too, when it gave some the sentence does not already carry.
    const QString said = error.serverMessage().trimmed();
    if (!said.isEmpty() && !p.answer.contains(said))
        p.answer += QLatin1Char(' ') + tr("DialNexa said: “%1”.").arg(said);
    p.details = error.details();
    p.outcomeUnknown = outcomeUnknown;
    return report(p);
}

void ActionProblemList::reportBulkOutcome(LifecycleAction action, const BulkItemOutcome &outcome,
                                          const QString &incidentId)
{
    using Kind = BulkItemOutcome::Kind;
    switch (outcome.kind) {
    case Kind::Done:
    case Kind::AlreadyInTarget:
        resolve(outcome.workflowId, action);
        return;
    case Kind::Failed: {
        ActionProblem p;
        p.action = action;
        p.workflowId = outcome.workflowId;
        p.workflowName = outcome.workflowName;
        p.answer = outcome.reason;
        if (!outcome.serverMessage.isEmpty() && !p.answer.contains(outcome.serverMessage))
            p.answer += QLatin1Char(' ') + tr("DialNexa said: “%1”.").arg(outcome.serverMessage);
        QStringList details;
        if (outcome.httpStatus > 0)
            details << tr("HTTP status: %1").arg(outcome.httpStatus);
        if (!outcome.serverMessage.isEmpty())
            details << tr("Server message: %1").arg(outcome.serverMessage);
        details << tr("Requests sent: %1").arg(outcome.attempts);
        if (!incidentId.isEmpty())
            details << tr("Incident: %1").arg(incidentId);
        p.details = details.join(QLatin1Char('\n'));
        p.outcomeUnknown = outcome.outcomeUnknown;
        p.incidentId = incidentId;
        report(p);
        return;
    }
    case Kind::Pending:
    case Kind::Conflict: // the progress window explains these; nothing to retry
    case Kind::NotFound:
    case Kind::Skipped:
        return;
    }
}

void ActionProblemList::resolve(const QString &workflowId, LifecycleAction action)
{
    for (qsizetype i = m_problems.size() - 1; i >= 0; --i) {
        const ActionProblem &p = m_problems.at(i);
        if (p.workflowId == workflowId && p.action == action) {
            const quint64 key = p.key;
            m_problems.removeAt(i);
            Q_EMIT removed(key);
            Q_EMIT countChanged(count());
        }
    }
}

bool ActionProblemList::dismiss(quint64 key)
{
    const qsizetype i = indexOf(key);
    if (i < 0)
        return false;
    m_problems.removeAt(i);
    Q_EMIT removed(key);
    Q_EMIT countChanged(count());
    return true;
}

bool ActionProblemList::retry(quint64 key, QString *why)
{
    const qsizetype i = indexOf(key);
    if (i < 0)
        return false;
    const ActionProblem p = m_problems.at(i);
    bool sent = false;
    QString reason;
    if (!p.incidentId.isEmpty()) {
        // Sent by the incident, so that resuming it gives this workflow back too.
        if (m_coordinator) {
            sent = m_coordinator->retryFailed(p.incidentId);
            if (!sent)
                reason = m_coordinator->isBusy()
                             ? tr("A bulk action is still running; retry when it has finished.")
                             : tr("Incident %1 has nothing left to retry.").arg(p.incidentId);
        }
    } else if (m_auditor) {
        sent = m_auditor->send(p.action, p.workflowId);
        if (!sent)
            reason = tr("An action is already waiting for DialNexa on this workflow.");
    }
    if (!sent && reason.isEmpty())
        reason = tr("This action cannot be sent again from here.");
    if (why)
        *why = reason;
    return sent;
}

void ActionProblemList::clear()
{
    if (m_problems.isEmpty())
        return;
    const QList<ActionProblem> old = std::exchange(m_problems, {});
    for (const ActionProblem &p : old)
        Q_EMIT removed(p.key);
    Q_EMIT countChanged(0);
}

std::optional<ActionProblem> ActionProblemList::problem(quint64 key) const
{
    const qsizetype i = indexOf(key);
    return i < 0 ? std::nullopt : std::optional<ActionProblem>(m_problems.at(i));
}

void ActionProblemList::setClock(std::function<QDateTime()> clock)
{
    m_clock = clock ? std::move(clock)
                    : std::function<QDateTime()>([] { return QDateTime::currentDateTimeUtc(); });
}

qsizetype ActionProblemList::indexOf(quint64 key) const
{
    for (qsizetype i = 0; i < m_problems.size(); ++i) {
        if (m_problems.at(i).key == key)
            return i;
    }
    return -1;
}
