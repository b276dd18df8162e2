#pragma once

#include "api/ApiError.h"
#include "bulk/BulkItemOutcome.h"
#include "domain/LifecycleAction.h"
#include "workflows/ActionProblem.h"

#include <QList>
#include <QObject>
#include <QPointer>

#include <functional>
#include <optional>

class ActionAuditor;
class IncidentCoordinator;
class WorkflowActionService;
class WorkflowListModel;

// The actions that need the supervisor's attention: every failed or unknown single action
// and every failed workflow of a bulk run, kept until the action goes through (a retry, or
// the same action done another way) or the supervisor dismisses it. Refresh problems never
// come here. At most one open entry per workflow and action: a second failure updates it.
class ActionProblemList : public QObject
{
    Q_OBJECT
public:
    explicit ActionProblemList(QObject *parent = nullptr);

    // Follows the single actions: failures and unknown outcomes open an entry (named from
    // `model`), a confirmed action closes the entries of that workflow and action.
    void watch(WorkflowActionService *service, WorkflowListModel *model);
    // Follows incident runs (pauses, their retries and resumes).
    void watch(IncidentCoordinator *coordinator);
    // How Retry sends again: an incident's failures through the coordinator (so the
    // incident records them), everything else as a single audited action.
    void setRetryPaths(ActionAuditor *auditor, IncidentCoordinator *coordinator);

    // Opens an entry, or updates the open one for the same workflow and action. Returns its key.
    quint64 report(ActionProblem problem);
    // A single action's failure, in the words the console uses everywhere.
    quint64 reportError(LifecycleAction action, const QString &workflowId, const QString &name,
                        const ApiError &error, bool outcomeUnknown);
    // One workflow of a bulk run: Failed opens an entry, Done or already-in-target closes.
    void reportBulkOutcome(LifecycleAction action, const BulkItemOutcome &outcome,
                           const QString &incidentId = QString());
    // The action went through: its entries close.
    void resolve(const QString &workflowId, LifecycleAction action);
    bool dismiss(quint64 key);
    // Sends the action again (the entry stays until it is confirmed). False with *why set
    // when nothing was sent (already pending, a bulk run going on, no retry path).
    bool retry(quint64 key, QString *why = nullptr);
    void clear();

    int count() const { return int(m_problems.size()); }
    QList<ActionProblem> problems() const { return m_problems; }
    std::optional<ActionProblem> problem(quint64 key) const;

    // For tests: the clock stamping new entries.
    void setClock(std::function<QDateTime()> clock);

Q_SIGNALS:
    void added(const ActionProblem &problem);
    void updated(const ActionProblem &problem);
    void removed(quint64 key);
    void countChanged(int count);

private:
    qsizetype indexOf(quint64 key) const;

    QList<ActionProblem> m_problems;
    quint64 m_nextKey = 1;
    std::function<QDateTime()> m_clock;
    QPointer<ActionAuditor> m_auditor;
    QPointer<IncidentCoordinator> m_coordinator;
};
