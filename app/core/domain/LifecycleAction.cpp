#include "domain/LifecycleAction.h"

#include <QCoreApplication>

namespace LifecycleActions {

QString pathSegment(LifecycleAction action)
{
    switch (action) {
    case LifecycleAction::Activate:
        return QStringLiteral("activate");
    case LifecycleAction::Pause:
        return QStringLiteral("pause");
    case LifecycleAction::Resume:
        return QStringLiteral("resume");
    case LifecycleAction::Cancel:
        return QStringLiteral("cancel");
    }
    return QString();
}

QString verb(LifecycleAction action)
{
    switch (action) {
    case LifecycleAction::Activate:
        return QCoreApplication::translate("LifecycleAction", "Activate");
    case LifecycleAction::Pause:
        return QCoreApplication::translate("LifecycleAction", "Pause");
    case LifecycleAction::Resume:
        return QCoreApplication::translate("LifecycleAction", "Resume");
    case LifecycleAction::Cancel:
        return QCoreApplication::translate("LifecycleAction", "Cancel");
    }
    return QString();
}

QString pendingText(LifecycleAction action)
{
    switch (action) {
    case LifecycleAction::Activate:
        return QCoreApplication::translate("LifecycleAction", "Activating…");
    case LifecycleAction::Pause:
        return QCoreApplication::translate("LifecycleAction", "Pausing…");
    case LifecycleAction::Resume:
        return QCoreApplication::translate("LifecycleAction", "Resuming…");
    case LifecycleAction::Cancel:
        return QCoreApplication::translate("LifecycleAction", "Cancelling…");
    }
    return QString();
}

QString pastTense(LifecycleAction action)
{
    switch (action) {
    case LifecycleAction::Activate:
        return QCoreApplication::translate("LifecycleAction", "activated");
    case LifecycleAction::Pause:
        return QCoreApplication::translate("LifecycleAction", "paused");
    case LifecycleAction::Resume:
        return QCoreApplication::translate("LifecycleAction", "resumed");
    case LifecycleAction::Cancel:
        return QCoreApplication::translate("LifecycleAction", "cancelled");
    }
    return QString();
}

WorkflowState targetState(LifecycleAction action)
{
    switch (action) {
    case LifecycleAction::Activate:
        return WorkflowState::Active;
    case LifecycleAction::Pause:
        return WorkflowState::Paused;
    case LifecycleAction::Resume:
        return WorkflowState::Active;
    case LifecycleAction::Cancel:
        return WorkflowState::Cancelled;
    }
    return WorkflowState::Unknown;
}

} // namespace LifecycleActions
