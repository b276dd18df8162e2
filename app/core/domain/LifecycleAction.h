#pragma once

#include "domain/WorkflowState.h"

#include <QMetaType>
#include <QString>

// The lifecycle endpoints of §4.6–4.9: POST /workflows/{id}/<pathSegment>.
enum class LifecycleAction { Activate, Pause, Resume, Cancel };

namespace LifecycleActions {
QString pathSegment(LifecycleAction action); // "pause"
QString verb(LifecycleAction action);        // "Pause"
QString pendingText(LifecycleAction action); // "Pausing…"
QString pastTense(LifecycleAction action);   // "paused"
WorkflowState targetState(LifecycleAction action);
} // namespace LifecycleActions

Q_DECLARE_METATYPE(LifecycleAction)
