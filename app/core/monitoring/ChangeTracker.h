#pragma once

#include "domain/LifecycleAction.h"
#include "domain/Workflow.h"
#include "monitoring/ActivityEntry.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>

#include <functional>

class ActivityLogModel;
class QTimer;
class WorkflowActionService;
class WorkflowListModel;

// Tells the supervisor which status changes this console made and which it did not.
//
// Every WorkflowListModel::statusChanged is classified as "by this console" when
//  - expectChange(id, target) was called (by the UI when it starts an action, or from
//    WorkflowActionService::actionSucceeded) within ownChangeWindowMs() (default 2 min)
//    and the new state is that target, or
//  - the row has a pending action whose target state is the new state, or
//  - WorkflowActionService::actionSucceeded for that workflow and state arrives in the
//    same event-loop turn as the change (the service updates the model, then signals).
// Classification therefore runs on a zero-timer after statusChanged. Everything else is
// an external change: externalChange() is emitted. Both kinds go to the ActivityLogModel.
// Each change highlights its row for highlightDurationMs() (default 10 s).
class ChangeTracker : public QObject
{
    Q_OBJECT
public:
    using Clock = std::function<QDateTime()>;
    static constexpr int DefaultOwnChangeWindowMs = 120000;
    static constexpr int DefaultHighlightDurationMs = 10000;

    // `log` may be null; neither is owned.
    ChangeTracker(WorkflowListModel *model, ActivityLogModel *log = nullptr,
                  QObject *parent = nullptr);

    void setActionService(WorkflowActionService *service);
    void setClock(Clock clock);
    void setOwnChangeWindowMs(int ms) { m_windowMs = ms; }
    int ownChangeWindowMs() const { return m_windowMs; }
    void setHighlightDurationMs(int ms) { m_highlightMs = ms; }
    int highlightDurationMs() const { return m_highlightMs; }

    // This console is about to move `workflowId` to `target`.
    void expectChange(const QString &workflowId, WorkflowState target);
    void expectChange(const QString &workflowId, LifecycleAction action)
    {
        expectChange(workflowId, LifecycleActions::targetState(action));
    }
    bool isExpected(const QString &workflowId, WorkflowState state, const QDateTime &now) const;

    bool isHighlighted(const QString &workflowId, const QDateTime &now) const;
    QDateTime highlightUntil(const QString &workflowId) const
    {
        return m_highlight.value(workflowId);
    }
    QStringList highlightedIds(const QDateTime &now) const;
    // Drops highlights that ended at `now`, emitting highlightChanged for each. Runs by
    // itself on a timer; tests with an injected clock call it directly.
    void expireHighlights(const QDateTime &now);

    // Team mode: a teammate moved `workflowId` to `target` (as the team store says); an
    // external change to that state seen within ownChangeWindowMs() names them (before or
    // after this call).
    void noteTeammateAction(const QString &workflowId, WorkflowState target,
                            const QString &teammate);

    // Classifies changes still waiting for their zero-timer now (tests, shutdown).
    void flush();

Q_SIGNALS:
    void externalChange(const Workflow &workflow, const WorkflowStatus &previous);
    void ownChange(const Workflow &workflow, const WorkflowStatus &previous);
    void highlightChanged(const QString &workflowId);

private:
    struct Pending
    {
        Workflow workflow;
        WorkflowStatus previous;
        QDateTime at;
        bool own = false;
    };
    struct Expectation
    {
        WorkflowState target;
        QDateTime at;
    };
    struct TeammateAction
    {
        WorkflowState target;
        QDateTime at;
        QString teammate;
    };

    void onStatusChanged(const Workflow &workflow, const WorkflowStatus &previous);
    void onActionSucceeded(LifecycleAction action, const Workflow &workflow);
    bool consumeExpectation(const QString &id, WorkflowState state, const QDateTime &now);
    void record(const Pending &change);
    void armExpiryTimer();

    QPointer<WorkflowListModel> m_model;
    QPointer<ActivityLogModel> m_log;
    QPointer<WorkflowActionService> m_service;
    QMetaObject::Connection m_serviceConnection;
    Clock m_clock;
    int m_windowMs = DefaultOwnChangeWindowMs;
    int m_highlightMs = DefaultHighlightDurationMs;
    QHash<QString, QList<Expectation>> m_expected;
    QList<Pending> m_pending;
    QHash<QString, TeammateAction> m_teammates;
    QHash<QString, QDateTime> m_highlight;
    QTimer *m_flushTimer;
    QTimer *m_expiryTimer;
};
