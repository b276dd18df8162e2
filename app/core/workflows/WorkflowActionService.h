#pragma once

#include "api/ApiError.h"
#include "domain/LifecycleAction.h"
#include "domain/Workflow.h"

#include <QHash>
#include <QObject>

#include <optional>

class WorkflowApi;
class WorkflowListModel;
struct ActionOutcome;

// What a 409 turned out to mean, after re-reading the workflow.
struct ConflictReport
{
    LifecycleAction action = LifecycleAction::Pause;
    QString workflowId;
    QString workflowName;
    QString serverMessage;
    std::optional<Workflow> current; // the re-read record, when the GET succeeded
    ApiError rereadError;            // why the re-read failed, otherwise None
    // The workflow already is where the action wanted it ("already paused — someone else did it").
    bool alreadyInTarget() const;
    // The sensible next step, if any. nullopt when nothing is left to do or nothing can be
    // done: no re-read record, already in the target state (Pause hit paused, Resume or
    // Activate hit active, Cancel hit cancelled: information only), terminal or unknown
    // status, or no documented transition. Otherwise:
    //   Pause or Resume hit a draft  -> Activate (it was never started)
    //   Activate hit a paused one    -> Resume (activate only applies to drafts)
    std::optional<LifecycleAction> suggestedAction() const;
};
Q_DECLARE_METATYPE(ConflictReport)

// Runs one lifecycle action on one workflow and tells the truth about the outcome:
// marks the row pending ("Pausing…"), sends exactly one POST, then shows only the status
// the server returned (or a follow-up GET). 409 -> re-read + conflict(); 404 -> row removed
// + workflowGone(); 401/403 -> authenticationRequired(); timeout/network -> re-read: the
// confirmed status, or outcomeUnknown() when that also fails; 429/5xx -> transientFailure().
//
// Details of the contract as implemented:
//  - A 2xx body showing the target status (full record or minimal {id, status}) is merged
//    into the row as-is. A 2xx without a status, or with another status than the target,
//    means "outcome unknown": one follow-up GET; target reached -> actionSucceeded();
//    another status -> the row shows it and outcomeUnknown(); GET failed -> the row keeps
//    its last confirmed status and outcomeUnknown(). The body's other status is never shown.
//  - Timeout/network: one GET. Status == the action's target -> actionSucceeded(); GET ok
//    but another status -> the row shows that confirmed status and outcomeUnknown(); GET
//    failed -> the row keeps its last confirmed status and outcomeUnknown(). The POST is
//    never re-sent.
//  - Cancelled (console aborted the request) -> outcomeUnknown() without a re-read.
//  - BadResponse (a 2xx with an unreadable body) -> one GET: target reached ->
//    actionSucceeded(); otherwise the row shows what the GET returned and actionFailed().
//  - The pending state is cleared (and isPending() false) before any outcome signal.
//  - A refresh that shows the target status while the POST is still pending (hanging)
//    settles the action as confirmed: settledByRefresh(), then actionSucceeded(). The
//    POST's late answer (or its timeout) is then ignored; nothing is re-sent.
class WorkflowActionService : public QObject
{
    Q_OBJECT
public:
    WorkflowActionService(WorkflowApi *api, WorkflowListModel *model, QObject *parent = nullptr);

    // False (and nothing sent) when an action is already pending for this workflow.
    bool request(LifecycleAction action, const QString &workflowId);
    bool isPending(const QString &workflowId) const;

Q_SIGNALS:
    void actionSucceeded(LifecycleAction action, const Workflow &workflow);
    // Emitted just before actionSucceeded() when a refresh, not the POST's answer,
    // confirmed the target status.
    void settledByRefresh(LifecycleAction action, const Workflow &workflow);
    void conflict(const ConflictReport &report);
    void workflowGone(LifecycleAction action, const QString &workflowId, const QString &name,
                      const ApiError &error);
    void authenticationRequired(const ApiError &error);
    void transientFailure(LifecycleAction action, const QString &workflowId, const ApiError &error);
    // The POST's fate is unknown and the re-read did not settle it: offer Retry.
    void outcomeUnknown(LifecycleAction action, const QString &workflowId, const ApiError &error);
    // Any other failure (400, 422, bad response...).
    void actionFailed(LifecycleAction action, const QString &workflowId, const ApiError &error);

private:
    void onPerformed(LifecycleAction action, const QString &workflowId,
                     const ActionOutcome &outcome, quint64 token);
    void onFailed(LifecycleAction action, const QString &workflowId, const QString &name,
                  const ApiError &error, quint64 token);
    void applyServerRecord(const Workflow &record);
    // The row as the model now holds it, or `fallback` when the model does not know the id.
    Workflow currentRecord(const QString &workflowId, const Workflow &fallback) const;
    void finish(const QString &workflowId);
    void finishSucceeded(LifecycleAction action, const QString &workflowId,
                         const Workflow &answered);

    // Whether `token` is still the pending request of this workflow (a late answer after a
    // refresh settled the action, or after a newer request, is ignored).
    bool isCurrent(const QString &workflowId, quint64 token) const;
    void settleIfConfirmed(const QString &workflowId, quint64 token);

    struct Pending
    {
        LifecycleAction action;
        quint64 token;
    };

    WorkflowApi *m_api;
    WorkflowListModel *m_model;
    QHash<QString, Pending> m_inFlight;
    quint64 m_nextToken = 1;
    bool m_applyingOwn = false; // the model changes because of this service's own answers
};
