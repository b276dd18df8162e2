#pragma once

#include <QString>

// One workflow an incident targeted. pausedByIncident is true when this incident's own
// pause moved it active -> paused (confirmed Done), or probably did (pauseOutcome
// "paused_probably": found paused after a pause whose outcome was unknown);
// pauseRequested && pauseOutcome empty means the pause was sent but its fate never recorded
// (crash, kill).
struct IncidentWorkflow
{
    // pauseOutcome values besides BulkItemOutcome::kindName():
    // the pause failed but may still have applied (timeout, network, a 2xx not showing
    // "paused"...): a later "already paused" is probably this incident's own pause;
    static constexpr const char *OutcomeUnknown = "outcome_unknown";
    // found paused after such an unknown outcome: resumed with the rest, reported as such.
    static constexpr const char *PausedProbably = "paused_probably";

    QString incidentId;
    QString workflowId;
    QString workflowName;
    bool pauseRequested = false;
    QString pauseOutcome; // BulkItemOutcome::kindName, empty until known
    bool pausedByIncident = false;
    bool resumed = false;
    QString resumeOutcome; // ResumeItemReport::outcomeName, empty until resumed/skipped

    bool pauseOutcomeUnknown() const { return pauseOutcome == QLatin1String(OutcomeUnknown); }
    bool pausedProbably() const { return pauseOutcome == QLatin1String(PausedProbably); }
};
