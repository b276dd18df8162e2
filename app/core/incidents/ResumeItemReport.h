#pragma once

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
        Cancelled             // the resume run was cancelled before this one was sent
    };

    QString workflowId;
    QString workflowName;
    Outcome outcome = Outcome::Failed;
    std::optional<WorkflowStatus> currentStatus;
    QString message;

    static QString outcomeName(Outcome outcome)
    {
        switch (outcome) {
        case Outcome::Resumed:
            return QStringLiteral("resumed");
        case Outcome::SkippedAlreadyActive:
            return QStringLiteral("skipped_already_active");
        case Outcome::SkippedCancelled:
            return QStringLiteral("skipped_cancelled");
        case Outcome::SkippedNotFound:
            return QStringLiteral("skipped_not_found");
        case Outcome::SkippedOtherState:
            return QStringLiteral("skipped_other_state");
        case Outcome::SkippedUnconfirmed:
            return QStringLiteral("skipped_unconfirmed");
        case Outcome::NotPausedByIncident:
            return QStringLiteral("not_paused_by_incident");
        case Outcome::Failed:
            return QStringLiteral("failed");
        case Outcome::Cancelled:
            return QStringLiteral("cancelled");
        }
        return QString();
    }
};

Q_DECLARE_METATYPE(ResumeItemReport)
