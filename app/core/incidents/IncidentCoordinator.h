#pragma once

#include "api/ApiError.h"
#include "bulk/BulkItem.h"
#include "bulk/BulkSummary.h"
#include "domain/Workflow.h"
#include "incidents/Incident.h"
#include "incidents/ResumeItemReport.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>

#include <deque>

class AuditLog;
class BulkActionRunner;
class IncidentStore;
class WorkflowApi;

// Incident sessions: a bulk pause that remembers exactly which workflows it moved from
// active to paused, and a resume that gives back only those that are still paused.
// One operation at a time; everything asynchronous on the calling thread.
class IncidentCoordinator : public QObject
{
    Q_OBJECT
public:
    IncidentCoordinator(WorkflowApi *api, IncidentStore *store, AuditLog *audit,
                        QObject *parent = nullptr);
    ~IncidentCoordinator() override;

    void setConcurrency(int concurrency); // 1..16, default 4
    int concurrency() const { return m_concurrency; }
    void setOperatorName(const QString &name); // default OperatorIdentity::userName()
    QString operatorName() const { return m_operator; }

    // Opens an incident and starts the bulk pause. Returns the incident id, or an empty
    // string when busy or the incident could not be stored (nothing sent then).
    QString startPauseIncident(const QString &reason, const QList<BulkItem> &workflows,
                               const QString &profile, const QString &apiHost);
    // Re-reads every workflow the incident paused, resumes those still paused, reports the
    // rest, and closes the incident when nothing failed. False when busy or not open.
    bool resumeIncident(const QString &incidentId);
    // Cancels the running pause or resume (in-flight requests finish, the rest are skipped).
    void cancel();

    bool isBusy() const { return m_mode != Mode::Idle; }
    QString currentIncidentId() const { return m_incidentId; }
    BulkActionRunner *runner() const { return m_runner; }
    QList<Incident> openIncidents() const;
    QList<Incident> allIncidents() const;

Q_SIGNALS:
    void incidentOpened(const Incident &incident);
    void pauseProgress(const QString &incidentId, int done, int total);
    void pauseFinished(const QString &incidentId, const BulkSummary &summary);
    void resumeItemFinished(const QString &incidentId, const ResumeItemReport &report);
    void resumeFinished(const QString &incidentId, const QList<ResumeItemReport> &reports,
                        bool incidentClosed);

private:
    enum class Mode { Idle, Pausing, Rereading, Resuming };
    struct Candidate
    {
        QString id;
        QString name;
        bool confirmed = true; // pausedByIncident; false = pause sent but never confirmed
    };

    void onItemStarted(int index);
    void onItemFinished(int index);
    void onRunnerFinished(const BulkSummary &summary);
    void pumpRereads();
    void onReread(const Candidate &candidate, bool ok, const Workflow &workflow,
                  const ApiError &error);
    void startResumeRun();
    void addReport(const ResumeItemReport &report);
    void finishResume();

    QPointer<WorkflowApi> m_api;
    QPointer<IncidentStore> m_store;
    QPointer<AuditLog> m_audit;
    BulkActionRunner *m_runner = nullptr;
    int m_concurrency = 4;
    QString m_operator;
    Mode m_mode = Mode::Idle;
    QString m_incidentId;
    Incident m_incident;
    bool m_cancelRequested = false;
    // resume state
    std::deque<Candidate> m_rereadQueue;
    int m_rereadsInFlight = 0;
    QList<BulkItem> m_toResume;
    QList<ResumeItemReport> m_reports;
};
