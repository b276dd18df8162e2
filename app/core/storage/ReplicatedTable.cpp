#include "storage/ReplicatedTable.h"

const QList<ReplicatedTable> &ReplicatedTable::all()
{
    static const QList<ReplicatedTable> tables = {
        {QStringLiteral("incidents"),
         {QStringLiteral("uuid")},
         {QStringLiteral("uuid"), QStringLiteral("id"), QStringLiteral("reason"),
          QStringLiteral("started_at_utc"), QStringLiteral("operator"), QStringLiteral("profile"),
          QStringLiteral("api_host"), QStringLiteral("status"), QStringLiteral("closed_at_utc")},
         // An incident only ever moves open -> closed.
         QStringLiteral("(uuid) DO UPDATE SET status = 'closed', closed_at_utc = "
                        "coalesce(incidents.closed_at_utc, EXCLUDED.closed_at_utc) "
                        "WHERE EXCLUDED.status = 'closed' AND incidents.status <> 'closed'"),
         true},
        {QStringLiteral("incident_workflows"),
         {QStringLiteral("incident_id"), QStringLiteral("workflow_id")},
         {QStringLiteral("incident_id"), QStringLiteral("workflow_id"),
          QStringLiteral("workflow_name"), QStringLiteral("pause_requested"),
          QStringLiteral("pause_outcome"), QStringLiteral("paused_by_incident"),
          QStringLiteral("resumed"), QStringLiteral("resume_outcome")},
         // Flags only turn on; a resume recorded by any console stays.
         QStringLiteral(
             "(incident_id, workflow_id) DO UPDATE SET "
             "pause_requested = greatest(incident_workflows.pause_requested, "
             "EXCLUDED.pause_requested), "
             "pause_outcome = coalesce(EXCLUDED.pause_outcome, incident_workflows.pause_outcome), "
             "paused_by_incident = greatest(incident_workflows.paused_by_incident, "
             "EXCLUDED.paused_by_incident), "
             "resumed = greatest(incident_workflows.resumed, EXCLUDED.resumed), "
             "resume_outcome = CASE WHEN incident_workflows.resumed = 1 THEN "
             "incident_workflows.resume_outcome ELSE coalesce(EXCLUDED.resume_outcome, "
             "incident_workflows.resume_outcome) END"),
         false},
        {QStringLiteral("audit_log"),
         {QStringLiteral("uuid")},
         {QStringLiteral("uuid"), QStringLiteral("requested_at_utc"),
          QStringLiteral("completed_at_utc"), QStringLiteral("os_user"), QStringLiteral("profile"),
          QStringLiteral("api_host"), QStringLiteral("workflow_id"),
          QStringLiteral("workflow_name"), QStringLiteral("action"), QStringLiteral("outcome"),
          QStringLiteral("http_status"), QStringLiteral("server_message"), QStringLiteral("reason"),
          QStringLiteral("incident_id")},
         // A row gains its outcome once; a replay of a completed row changes nothing (the
         // append-only trigger would refuse it anyway).
         QStringLiteral("(uuid) DO UPDATE SET completed_at_utc = EXCLUDED.completed_at_utc, "
                        "outcome = EXCLUDED.outcome, http_status = EXCLUDED.http_status, "
                        "server_message = EXCLUDED.server_message "
                        "WHERE audit_log.outcome IS NULL AND EXCLUDED.outcome IS NOT NULL"),
         true},
    };
    return tables;
}
