#pragma once

#include "api/ApiError.h"
#include "bulk/BulkItem.h"
#include "bulk/BulkItemOutcome.h"
#include "bulk/BulkOptions.h"
#include "bulk/BulkSummary.h"
#include "domain/LifecycleAction.h"
#include "domain/Workflow.h"
#include "incidents/Incident.h"
#include "incidents/IncidentWorkflow.h"
#include "incidents/ResumeItemReport.h"

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QUrl>

#include <deque>

class AuditLog;
class BulkActionRunner;
class IncidentStore;
class ResumeClaims;
class WorkflowApi;

// Incident sessions: a bulk pause that remembers exactly which workflows it moved from
// active to paused, and a resume that gives back only those that are still paused.
// The one owner of an incident run's state: front ends follow its signals and never write
// the IncidentStore themselves. One run at a time; everything asynchronous on the calling
// thread.
class IncidentCoordinator : public QObject
{
    Q_OBJECT
public:
    // What the coordinator is doing (currentRun()) or did last.
    enum class Run {
        None,
        Pause,      // startPauseIncident()
        PauseRetry, // retryFailed() of a pause: failed pauses sent again
        Resume      // resumeIncident(), or retryFailed() after a resume left some behind
    };
    Q_ENUM(Run)

    IncidentCoordinator(WorkflowApi *api, IncidentStore *store, AuditLog *audit,
                        QObject *parent = nullptr);
    ~IncidentCoordinator() override;

    void setConcurrency(int concurrency); // 1..16, default 4
    int concurrency() const { return m_concurrency; }
    void setOperatorName(const QString &name); // default OperatorIdentity::userName()
    // Team mode: each workflow of a resume is claimed before it is re-read, so two consoles
    // resuming one incident share the work and never send a resume twice. Not owned; must
    // outlive the coordinator (or be reset to null first).
    void setResumeClaims(ResumeClaims *claims) { m_claims = claims; }
    QString operatorName() const { return m_operator; }

    // Opens an incident and starts the bulk pause. Returns the incident id, or an empty
    // string when busy or the incident could not be stored (nothing sent then).
    QString startPauseIncident(const QString &reason, const QList<BulkItem> &workflows,
                               const QString &profile, const QString &apiHost);
    // Re-reads every workflow the incident paused, resumes those still paused, reports the
    // rest, and closes the incident when nothing failed and every workflow was found (a 404
    // needs attention: deleted, or the wrong server). False (nothing sent) when busy, not
    // open, or the incident belongs to another server (wrongServerReason()).
    // `note` (optional, from whoever resumes) is kept with the audit rows of the resumes.
    bool resumeIncident(const QString &incidentId, const QString &note = QString());
    // Whether resumeIncident() checks this workflow and resumes it if still paused: the
    // incident's pause moved it (or may have: outcome unknown or never recorded), and no
    // earlier resume gave it back. The others are left alone and reported.
    static bool isResumeCandidate(const IncidentWorkflow &workflow);
    // Team mode: what became of each workflow of an incident a teammate's resume already
    // closed (who resumed it, or the outcome recorded), said as when two resumes overlap.
    // Empty when the incident is open or unknown, or without resume claims to ask.
    QList<ResumeItemReport> closedIncidentReports(const QString &incidentId) const;
    // Empty when this coordinator's connection (its WorkflowApi's base URL) is the server
    // the incident was opened against; else a sentence naming the incident's profile and
    // host. resumeIncident() and both retryFailed() refuse such an incident.
    QString wrongServerReason(const QString &incidentId) const;
    // Retries the last run of this coordinator: after a pause, re-sends the pause of the
    // items whose outcome was Failed (totals over every item, as BulkActionRunner does);
    // after a resume that left the incident open, runs resumeIncident() again. Each re-sent
    // pause is recorded exactly as in the first run, except that a workflow found already
    // paused after a pause whose outcome was unknown (timeout...) is recorded as probably
    // paused by the incident ("paused_probably"): its resume gives it back and says so.
    // False (nothing sent) when busy, when nothing failed, the incident is closed or
    // belongs to another server.
    bool retryFailed();
    // The same from the store alone (a new process, no run in memory); see retryFailedPlan()
    // for what is retried. A pause retry re-reads each workflow first and only pauses those
    // still active; one found paused is recorded as already_in_target (not paused by the
    // incident, so its resume leaves it alone) unless its earlier pause had an unknown
    // outcome (then "paused_probably", resumed with the rest), one gone or in another state
    // as not_found or conflict; one whose re-read fails keeps its outcome and stays
    // retryable. False (nothing sent) when busy, unknown, closed, of another server or
    // nothing to retry.
    bool retryFailed(const QString &incidentId);
    // What retryFailed(incidentId) would do, with the workflows it would touch:
    // - Run::Resume when a resume of the open incident was already recorded: the incident's
    //   pause is over, so only resumeIncident() is repeated (its candidates in *workflows);
    // - else Run::PauseRetry for the workflows whose pause failed (outcome known or not) or
    //   never got a recorded outcome (sent but lost in a crash, or never sent); those
    //   skipped by a cancel, and
    //   those found already paused, in conflict or gone, are not retried;
    // - else Run::None: unknown or closed incident, or nothing to retry.
    Run retryFailedPlan(const QString &incidentId,
                        QList<IncidentWorkflow> *workflows = nullptr) const;
    // Whether retryFailed() would send something now (for a "Retry failed" button).
    bool canRetryFailed() const;
    // Cancels the running run (in-flight requests finish, the rest are skipped; a retry
    // leaves the skipped ones retryable).
    void cancel();

    bool isBusy() const { return m_mode != Mode::Idle; }
    // Incidents can be opened and resumed only with an open store.
    bool hasStore() const;
    QString storeError() const; // why the store cannot be used, in a sentence
    Run currentRun() const { return m_run; }
    Run lastRun() const { return m_lastRun; }
    QString currentIncidentId() const { return m_incidentId; }
    QList<Incident> openIncidents() const;
    QList<Incident> allIncidents() const;

Q_SIGNALS:
    void runChanged(IncidentCoordinator::Run run);
    void incidentOpened(const Incident &incident);
    // A pause, retry or resume request is about to be sent for `item`.
    void itemStarted(const QString &incidentId, const BulkItem &item, LifecycleAction action);
    // One item's outcome: every item of a Pause or PauseRetry run (a retry's re-read-only
    // ones included), and the raw outcome of each resume request (resumeItemFinished
    // carries the resume report).
    void itemFinished(const QString &incidentId, const BulkItemOutcome &outcome);
    void pauseProgress(const QString &incidentId, int done, int total);
    // DialNexa asked to slow down (429): nothing is sent for delayMs.
    void backoffStarted(int delayMs);
    void backoffEnded();
    // End of a Pause or PauseRetry run.
    void pauseFinished(const QString &incidentId, const BulkSummary &summary);
    void resumeItemFinished(const QString &incidentId, const ResumeItemReport &report);
    void resumeFinished(const QString &incidentId, const QList<ResumeItemReport> &reports,
                        bool incidentClosed);

private:
    static QString teamName(const QString &operatorName);
    enum class Mode { Idle, Pausing, RetryRereading, Rereading, Resuming };
    struct Candidate
    {
        enum class Basis {
            Confirmed,      // pausedByIncident: this incident's pause moved it
            ProbablyOwn,    // paused_probably: found paused after an unknown outcome
            UnknownOutcome, // outcome_unknown: its pause may have applied after all
            Unconfirmed     // sent, fate never recorded (crash); or a store retry's re-read
        };
        QString id;
        QString name;
        Basis basis = Basis::Confirmed;
    };

    void setRun(Run run);
    BulkOptions pauseOptions() const;
    // Records a pause outcome in the store; returns the outcome as reported (a workflow found
    // paused after an unknown outcome becomes "probably paused by this incident").
    BulkItemOutcome recordPauseOutcome(const BulkItemOutcome &outcome);
    void onItemStarted(int index);
    void onItemFinished(int index, const BulkItemOutcome &outcome);
    void onRunnerFinished(const BulkSummary &summary);
    void finishPause(const BulkSummary &summary);
    void pumpRereads();
    void onReread(const Candidate &candidate, bool ok, const Workflow &workflow,
                  const ApiError &error);
    void onRetryReread(const Candidate &candidate, bool ok, const Workflow &workflow,
                       const ApiError &error);
    void finishRetryItem(const BulkItemOutcome &outcome);
    void startRetryRun();
    BulkSummary storeRetrySummary() const;
    void startResumeRun();
    void addReport(const ResumeItemReport &report);
    // A claim held elsewhere: reported without a re-read, unless its holder finished by now.
    bool skipClaimedElsewhere(const Candidate &candidate);
    void finishResume();

    QPointer<WorkflowApi> m_api;
    QPointer<IncidentStore> m_store;
    QPointer<AuditLog> m_audit;
    BulkActionRunner *m_runner = nullptr;
    int m_concurrency = 4;
    QString m_operator;
    Mode m_mode = Mode::Idle;
    Run m_run = Run::None;
    Run m_lastRun = Run::None;
    QString m_incidentId;
    Incident m_incident;
    QString m_resumeNote;
    bool m_cancelRequested = false;
    // The runner's items and outcomes are this incident's pause (retryFailed() in memory).
    bool m_runnerHoldsPause = false;
    bool m_lastResumeClosed = false;
    // re-read queue (resume, and a pause retry from the store)
    std::deque<Candidate> m_rereadQueue;
    int m_rereadsInFlight = 0;
    // pause retry from the store
    bool m_storeRetry = false;
    QList<BulkItem> m_toPause;
    QList<BulkItemOutcome> m_retryOutcomes; // decided without a POST (re-read, skipped)
    int m_retryTotal = 0;
    int m_retryDone = 0;
    QElapsedTimer m_retryElapsed;
    // resume state
    QList<BulkItem> m_toResume;
    QSet<QString> m_probablyOwn; // resumed although only probably paused by the incident
    ResumeClaims *m_claims = nullptr;
    QSet<QString> m_claimed; // claims this run holds and has not finished yet
    QList<ResumeItemReport> m_reports;
};
