#pragma once

#include <QString>

// One workflow an incident targeted. pausedByIncident is true only when this incident's
// own pause moved it active -> paused (confirmed Done); pauseRequested && pauseOutcome
// empty means the pause was sent but its fate never recorded (crash, kill).
struct IncidentWorkflow
{
    QString incidentId;
    QString workflowId;
    QString workflowName;
    bool pauseRequested = false;
    QString pauseOutcome; // BulkItemOutcome::kindName, empty until known
    bool pausedByIncident = false;
    bool resumed = false;
    QString resumeOutcome; // ResumeItemReport::outcomeName, empty until resumed/skipped
};
