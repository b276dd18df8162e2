#pragma once

#include "api/ActionOutcome.h"
#include "api/ApiError.h"
#include "api/ApiResult.h"
#include "bulk/BulkItem.h"
#include "bulk/BulkItemOutcome.h"
#include "bulk/BulkOptions.h"
#include "bulk/BulkSummary.h"
#include "domain/LifecycleAction.h"

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <deque>

class AuditLog;
class WorkflowApi;

// Runs one lifecycle action over many workflows through WorkflowApi, asynchronously on the
// calling thread:
// - at most `concurrency` items in flight (an item holds its slot through any re-read);
// - one SHARED back-off on 429: Retry-After (default 1 s), doubled while 429s keep coming
//   from requests sent after the previous back-off, never longer than options.maxBackoffMs
//   (at most 60 s); no request starts while backing off; the 429'd item is re-queued at the
//   front (the server rejected it, so re-sending is safe). A Retry-After longer than the cap
//   is not waited for: that item fails at once ("DialNexa asked to wait 24 h; not
//   retried"), the others go on, and the run finishes;
// - a POST is never blindly repeated after a timeout/network/5xx error: the workflow is
//   re-read with GET and reported Done when it is in the target state, else Failed
//   ("outcome unknown"); a 409 is re-read too (AlreadyInTarget or Conflict); so is a 2xx
//   whose body does not show the target status (another one, or none): Done only when the
//   re-read shows the target, and a status is reported only when the server sent it;
// - cancel(): nothing new starts, in-flight items finish, the rest become Skipped;
// - every POST is audited (row before sending, outcome after) when an AuditLog is attached.
class BulkActionRunner : public QObject
{
    Q_OBJECT
public:
    explicit BulkActionRunner(WorkflowApi *api, QObject *parent = nullptr);
    ~BulkActionRunner() override;

    void setAuditLog(AuditLog *log);
    AuditLog *auditLog() const;

    // False (nothing started) when a run is in progress or there is no api.
    bool run(LifecycleAction action, const QList<BulkItem> &items,
             const BulkOptions &options = BulkOptions());
    void cancel();
    // Re-runs only the items whose outcome is Failed; false when running or none failed.
    bool retryFailed();

    bool isRunning() const { return m_running; }
    bool isCancelled() const { return m_cancelled; }
    bool isBackingOff() const { return m_backoffTimer.isActive(); }
    int inFlight() const { return m_inFlight; }
    LifecycleAction action() const { return m_action; }
    BulkOptions options() const { return m_options; }
    QList<BulkItem> items() const { return m_items; }
    QList<BulkItemOutcome> outcomes() const { return m_outcomes; }
    BulkItemOutcome outcome(int index) const { return m_outcomes.value(index); }
    BulkSummary summary() const;

Q_SIGNALS:
    void itemStarted(int index);
    void itemFinished(int index, const BulkItemOutcome &outcome);
    void progress(int done, int total);
    void backoffStarted(int delayMs);
    void backoffEnded();
    void finished(const BulkSummary &summary);

private:
    void pump();
    void startItem(int index);
    void onPostFinished(int index, int generation, qint64 auditId,
                        const ApiResult<ActionOutcome> &result);
    // `postProblem`: what went wrong with the POST, in words (default: postError's).
    void reread(int index, qint64 auditId, const ApiError &postError,
                const QString &postProblem = QString());
    void finishItem(int index, qint64 auditId, BulkItemOutcome::Kind kind, const QString &reason);
    void skipQueued();
    void finishRun();
    void startBackoff(int retryAfterSeconds);
    // "24 h", "2 min 30 s", "45 s"
    static QString waitText(qint64 seconds);

    QPointer<WorkflowApi> m_api;
    QPointer<AuditLog> m_audit;
    LifecycleAction m_action = LifecycleAction::Pause;
    BulkOptions m_options;
    QList<BulkItem> m_items;
    QList<BulkItemOutcome> m_outcomes;
    QList<int> m_rateLimitRetries;
    QList<bool> m_startedThisRun;
    std::deque<int> m_queue;
    int m_inFlight = 0;
    bool m_running = false;
    bool m_cancelled = false;
    bool m_pumping = false;
    bool m_pumpAgain = false;
    int m_backoffLevel = 0;
    int m_backoffGeneration = 0;
    int m_rateLimitedResponses = 0;
    QTimer m_backoffTimer;
    QElapsedTimer m_elapsed;
    qint64 m_elapsedMs = 0;
};
