#pragma once

#include "domain/LifecycleAction.h"

#include <QDateTime>
#include <QMetaType>
#include <QString>

// One action (single or one workflow of a bulk run) whose failure or unknown outcome the
// supervisor has not dealt with yet: what was tried, on which workflow, what DialNexa
// answered in plain words, and when.
struct ActionProblem
{
    quint64 key = 0; // given by ActionProblemList; stable while the entry is open
    LifecycleAction action = LifecycleAction::Pause;
    QString workflowId;
    QString workflowName;
    QString answer;              // the server's answer in plain words (server text is data)
    QString details;             // the diagnostic for "Details": URL, HTTP status, server message
    bool outcomeUnknown = false; // the request may still have applied
    QString incidentId;          // set when it came from an incident's bulk pause
    QDateTime at;                // when it failed (UTC)
};

Q_DECLARE_METATYPE(ActionProblem)
