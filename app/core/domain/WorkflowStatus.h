#pragma once

#include "domain/WorkflowState.h"

#include <QMetaType>
#include <QString>

// A workflow status exactly as the server sent it, plus its normalised state.
// The raw text is kept so an unknown status can be shown as-is rather than guessed at.
class WorkflowStatus
{
public:
    WorkflowStatus() = default;
    static WorkflowStatus fromApi(const QString &raw);
    static WorkflowStatus fromState(WorkflowState state);

    WorkflowState state() const { return m_state; }
    QString raw() const { return m_raw; }
    bool isValid() const { return !m_raw.isEmpty(); }

    // "Active", "Paused", ... ; an unknown status shows the server's own word.
    QString displayText() const;
    static QString displayText(WorkflowState state);
    // The canonical API word for a state ("active", "paused", ...).
    static QString apiName(WorkflowState state);

    bool isTerminal() const;
    bool canPause() const { return m_state == WorkflowState::Active; }
    bool canResume() const { return m_state == WorkflowState::Paused; }
    bool canActivate() const { return m_state == WorkflowState::Draft; }
    bool canCancel() const;

    // Equal when the normalised state matches ("running" == "active"); unknown statuses
    // compare by their raw text.
    bool operator==(const WorkflowStatus &other) const;
    bool operator!=(const WorkflowStatus &other) const { return !(*this == other); }

private:
    QString m_raw;
    WorkflowState m_state = WorkflowState::Unknown;
};

Q_DECLARE_METATYPE(WorkflowStatus)
