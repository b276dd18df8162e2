#pragma once

#include "bulk/BulkItemOutcome.h"
#include "domain/WorkflowStatus.h"

#include <QMetaType>
#include <QString>

#include <optional>

// What resuming an incident did with one of its workflows.
struct ResumeItemReport
{
    enum class Outcome {
        Resumed,              // still paused, resumed now
        SkippedAlreadyActive, // someone else resumed it meanwhile
        SkippedCancelled,     // cancelled meanwhile (terminal)
        SkippedNotFound,      // deleted meanwhile
        SkippedOtherState,    // completed, draft or an unknown status
        SkippedUnconfirmed,   // paused, but this incident's pause was never confirmed (crash)
        NotPausedByIncident,  // the incident did not pause it (already paused before, conflict...)
        Failed,               // the re-read or the resume failed; the incident stays open
        Cancelled,            // the resume run was cancelled before this one was sent
        ResumedElsewhere,     // team mode: another console resumed it (message names who)
        ResumingElsewhere     // team mode: another console holds its claim; stays open
    };

    QString workflowId;
    QString workflowName;
    Outcome outcome = Outcome::Failed;
    std::optional<WorkflowStatus> currentStatus;
    QString message;
    // Resumed although this incident's pause was never confirmed: its outcome was unknown
    // (a timeout...) and the workflow was found paused afterwards, so the pause was probably
    // the incident's own.
    bool probablyPausedByIncident = false;
    // Team mode: who paused it (the incident's operator, "user@host") and who resumed it
    // (this console, or the teammate who did); empty outside team mode.
    QString pausedBy;
    QString resumedBy;
    // Team mode, ResumingElsewhere: the teammate whose claim on it is still open.
    QString resumingBy;

    static QString outcomeName(Outcome outcome);
    // The outcome a stored name (outcomeName) stands for; nothing for an unknown name.
    static std::optional<Outcome> outcomeFromName(const QString &name);
    // What a resume request's outcome means for the incident's report of that workflow.
    static ResumeItemReport fromResumeOutcome(const BulkItemOutcome &outcome);
};

Q_DECLARE_METATYPE(ResumeItemReport)
