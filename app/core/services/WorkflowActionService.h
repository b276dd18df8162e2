#pragma once

#include "api/ApiError.h"
#include "domain/LifecycleAction.h"
#include "domain/Workflow.h"

#include <QObject>
#include <QSet>

#include <optional>

class WorkflowApi;
class WorkflowListModel;

// What a 409 turned out to mean, after re-reading the workflow.
struct ConflictReport
{
    LifecycleAction action = LifecycleAction::Pause;
    QString workflowId;
    QString workflowName;
    QString serverMessage;
    std::optional<Workflow> current;     // the re-read record, when the GET succeeded
    ApiError rereadError;                // why the re-read failed, otherwise None
    // The workflow already is where the action wanted it ("already paused — someone else did it").
    bool alreadyInTarget() const;
    // The sensible next step, if any (Resume instead of a Pause that hit a paused workflow, ...).
    std::optional<LifecycleAction> suggestedAction() const;
};
Q_DECLARE_METATYPE(ConflictReport)

// Runs one lifecycle action on one workflow and tells the truth about the outcome:
// marks the row pending ("Pausing…"), sends exactly one POST, then shows only the status
// the server returned (or a follow-up GET). 409 -> re-read + conflict(); 404 -> row removed
// + workflowGone(); 401/403 -> authenticationRequired(); timeout/network -> re-read: the
// confirmed status, or outcomeUnknown() when that also fails; 429/5xx -> transientFailure().
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
    WorkflowApi *m_api;
    WorkflowListModel *m_model;
    QSet<QString> m_inFlight;
};
