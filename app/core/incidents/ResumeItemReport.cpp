#include "incidents/ResumeItemReport.h"

QString ResumeItemReport::outcomeName(Outcome outcome)
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
    case Outcome::ResumedElsewhere:
        return QStringLiteral("resumed_elsewhere");
    case Outcome::ResumingElsewhere:
        return QStringLiteral("resuming_elsewhere");
    }
    return QString();
}

std::optional<ResumeItemReport::Outcome> ResumeItemReport::outcomeFromName(const QString &name)
{
    for (int i = int(Outcome::Resumed); i <= int(Outcome::ResumingElsewhere); ++i) {
        if (name == outcomeName(Outcome(i)))
            return Outcome(i);
    }
    return std::nullopt;
}

ResumeItemReport ResumeItemReport::fromResumeOutcome(const BulkItemOutcome &outcome)
{
    ResumeItemReport report;
    report.workflowId = outcome.workflowId;
    report.workflowName = outcome.workflowName;
    report.currentStatus = outcome.currentStatus;
    report.message = outcome.reason;
    switch (outcome.kind) {
    case BulkItemOutcome::Kind::Done:
        report.outcome = Outcome::Resumed;
        break;
    case BulkItemOutcome::Kind::AlreadyInTarget:
        report.outcome = Outcome::SkippedAlreadyActive;
        break;
    case BulkItemOutcome::Kind::NotFound:
        report.outcome = Outcome::SkippedNotFound;
        break;
    case BulkItemOutcome::Kind::Conflict:
        report.outcome =
            outcome.currentStatus && outcome.currentStatus->state() == WorkflowState::Cancelled
                ? Outcome::SkippedCancelled
                : Outcome::SkippedOtherState;
        break;
    case BulkItemOutcome::Kind::Skipped:
        report.outcome = Outcome::Cancelled;
        break;
    case BulkItemOutcome::Kind::Failed:
    case BulkItemOutcome::Kind::Pending:
        report.outcome = Outcome::Failed;
        break;
    }
    return report;
}
