#pragma once

#include <QString>

// Who may resume which workflow of a shared incident: two consoles (or a console and a
// script) resuming the same incident at once must never send one workflow's resume twice.
// IncidentCoordinator claims each workflow before it re-reads it; TeamStore implements this
// with an atomic UPDATE … WHERE claim is free (or expired) … RETURNING in PostgreSQL.
class ResumeClaims
{
public:
    enum class Result {
        Claimed,          // this run may re-read it and resume it if still paused
        ResumedElsewhere, // another console already resumed it (by names it)
        ClaimedElsewhere, // another console is resuming it now (by names it)
        Unavailable       // nobody can tell (store offline, row not shared): re-read decides
    };

    virtual ~ResumeClaims() = default;
    // Who this console is to the team ("user@host"): named in the resume report.
    virtual QString claimantName() const = 0;
    virtual Result claim(const QString &incidentId, const QString &workflowId,
                         QString *by = nullptr) = 0;
    // The end of a claimed item: a resumed one is done for every console, any other
    // outcome frees the claim at once.
    virtual void finishClaim(const QString &incidentId, const QString &workflowId, bool resumed,
                             const QString &outcome) = 0;
    // Whether another console has resumed it meanwhile (by names who); no claim is taken.
    virtual bool resumedElsewhere(const QString &incidentId, const QString &workflowId,
                                  QString *by = nullptr) = 0;
};
