#pragma once

#include <QDateTime>
#include <QString>

// Which audit rows to return; every empty/invalid field matches everything.
struct AuditFilter
{
    QDateTime since;      // requested_at_utc >= since
    QString workflowText; // case-insensitive substring of workflow id or name
    QString action;       // exact ("pause")
    QString outcome;      // exact ("done"); "pending" matches rows without outcome
    QString incidentId;   // exact
    QString operatorText; // case-insensitive substring of the operator ("user@host" in a team)
    int limit = 0;        // 0 = no limit (newest rows kept when limited)

    bool isEmpty() const
    {
        return !since.isValid() && workflowText.isEmpty() && action.isEmpty() &&
               outcome.isEmpty() && incidentId.isEmpty() && operatorText.isEmpty() && limit == 0;
    }
};
