#include "bulk/BulkActionRunner.h"

#include "account/OperatorIdentity.h"
#include "api/WorkflowApi.h"
#include "audit/AuditLog.h"

#include <QCoreApplication>
#include <QtGlobal>

BulkActionRunner::BulkActionRunner(WorkflowApi *api, QObject *parent)
    : QObject(parent)
    , m_api(api)
{
    m_backoffTimer.setSingleShot(true);
    m_backoffTimer.setTimerType(Qt::PreciseTimer);
    connect(&m_backoffTimer, &QTimer::timeout, this, [this] {
        Q_EMIT backoffEnded();
        pump();
    });
}

BulkActionRunner::~BulkActionRunner() = default;

void BulkActionRunner::setAuditLog(AuditLog *log)
{
    m_audit = log;
}

AuditLog *BulkActionRunner::auditLog() const
{
    return m_audit;
}

bool BulkActionRunner::run(LifecycleAction action, const QList<BulkItem> &items,
                           const BulkOptions &options)
{
    if (m_running || !m_api)
        return false;
    m_action = action;
    m_options = options;
    m_options.concurrency =
        qBound(BulkOptions::MinConcurrency, options.concurrency, BulkOptions::MaxConcurrency);
    m_options.maxBackoffMs = qBound(1, options.maxBackoffMs, BulkOptions::MaxBackoffCapMs);
    if (m_options.osUser.isEmpty())
        m_options.osUser = OperatorIdentity::userName();
    m_items = items;
    m_outcomes.clear();
    m_outcomes.reserve(items.size());
    for (const BulkItem &item : items) {
        BulkItemOutcome o;
        o.workflowId = item.id;
        o.workflowName = item.name;
        m_outcomes.append(o);
    }
    m_rateLimitRetries = QList<int>(items.size(), 0);
    m_startedThisRun = QList<bool>(items.size(), false);
    m_queue.clear();
    for (int i = 0; i < items.size(); ++i)
        m_queue.push_back(i);
    m_inFlight = 0;
    m_cancelled = false;
    m_backoffLevel = 0;
    m_rateLimitedResponses = 0;
    m_running = true;
    m_elapsed.start();
    pump();
    return true;
}

bool BulkActionRunner::retryFailed()
{
    if (m_running || !m_api)
        return false;
    m_queue.clear();
    for (int i = 0; i < m_outcomes.size(); ++i) {
        if (m_outcomes.at(i).kind == BulkItemOutcome::Kind::Failed) {
            BulkItemOutcome &o = m_outcomes[i];
            o.kind = BulkItemOutcome::Kind::Pending;
            o.reason.clear();
            o.serverMessage.clear();
            o.httpStatus = 0;
            o.currentStatus.reset();
            o.outcomeUnknown = false;
            m_rateLimitRetries[i] = 0;
            m_startedThisRun[i] = false;
            m_queue.push_back(i);
        }
    }
    if (m_queue.empty())
        return false;
    m_cancelled = false;
    m_backoffLevel = 0;
    m_running = true;
    m_elapsed.start();
    pump();
    return true;
}

void BulkActionRunner::cancel()
{
    if (!m_running || m_cancelled)
        return;
    m_cancelled = true;
    if (m_backoffTimer.isActive()) {
        m_backoffTimer.stop();
        Q_EMIT backoffEnded();
    }
    pump();
}

BulkSummary BulkActionRunner::summary() const
{
    BulkSummary s;
    s.action = m_action;
    s.total = int(m_outcomes.size());
    for (const BulkItemOutcome &o : m_outcomes) {
        switch (o.kind) {
        case BulkItemOutcome::Kind::Done:
            ++s.done;
            break;
        case BulkItemOutcome::Kind::AlreadyInTarget:
            ++s.alreadyInTarget;
            break;
        case BulkItemOutcome::Kind::Conflict:
            ++s.conflict;
            break;
        case BulkItemOutcome::Kind::NotFound:
            ++s.notFound;
            break;
        case BulkItemOutcome::Kind::Failed:
            ++s.failed;
            break;
        case BulkItemOutcome::Kind::Skipped:
            ++s.skipped;
            break;
        case BulkItemOutcome::Kind::Pending:
            break;
        }
    }
    s.rateLimitedResponses = m_rateLimitedResponses;
    s.cancelled = m_cancelled;
    s.elapsedMs = m_running ? m_elapsed.elapsed() : m_elapsedMs;
    return s;
}

void BulkActionRunner::pump()
{
    if (m_pumping) {
        m_pumpAgain = true;
        return;
    }
    m_pumping = true;
    do {
        m_pumpAgain = false;
        if (!m_running)
            break;
        if (m_cancelled)
            skipQueued();
        while (!m_cancelled && !m_backoffTimer.isActive() && m_inFlight < m_options.concurrency &&
               !m_queue.empty()) {
            const int index = m_queue.front();
            m_queue.pop_front();
            startItem(index);
        }
        if (m_running && m_inFlight == 0 && m_queue.empty())
            finishRun();
    } while (m_pumpAgain);
    m_pumping = false;
}

void BulkActionRunner::skipQueued()
{
    while (!m_queue.empty()) {
        const int index = m_queue.front();
        m_queue.pop_front();
        BulkItemOutcome &o = m_outcomes[index];
        o.kind = BulkItemOutcome::Kind::Skipped;
        o.reason =
            o.attempts > 0 && m_rateLimitRetries.value(index) > 0
                ? QCoreApplication::translate(
                      "BulkActionRunner", "Cancelled while waiting to retry after the server asked "
                                          "to slow down; not applied.")
                : QCoreApplication::translate("BulkActionRunner",
                                              "Cancelled before the request was sent.");
        Q_EMIT itemFinished(index, o);
        int done = 0;
        for (const BulkItemOutcome &x : std::as_const(m_outcomes))
            done += x.isFinished() ? 1 : 0;
        Q_EMIT progress(done, int(m_outcomes.size()));
    }
}

void BulkActionRunner::startItem(int index)
{
    BulkItemOutcome &o = m_outcomes[index];
    ++o.attempts;
    ++m_inFlight;
    const BulkItem item = m_items.at(index);
    if (!m_startedThisRun.at(index)) {
        m_startedThisRun[index] = true;
        Q_EMIT itemStarted(index);
    }
    qint64 auditId = -1;
    if (m_audit) {
        AuditEntry entry;
        entry.osUser = m_options.osUser;
        entry.profile = m_options.profile;
        entry.apiHost = m_options.apiHost;
        entry.workflowId = item.id;
        entry.workflowName = item.name;
        entry.action = LifecycleActions::pathSegment(m_action);
        entry.reason = m_options.reason;
        entry.incidentId = m_options.incidentId;
        auditId = m_audit->recordRequest(entry);
    }
    o.auditId = auditId;
    const int generation = m_backoffGeneration;
    if (!m_api) {
        finishItem(index, auditId, BulkItemOutcome::Kind::Failed,
                   QCoreApplication::translate("BulkActionRunner", "No connection to the API."));
        return;
    }
    m_api->perform(m_action, item.id, this,
                   [this, index, generation, auditId](const ApiResult<ActionOutcome> &result) {
                       onPostFinished(index, generation, auditId, result);
                   });
}

void BulkActionRunner::startBackoff(int retryAfterSeconds)
{
    ++m_backoffLevel;
    ++m_backoffGeneration;
    const qint64 base = qint64(retryAfterSeconds > 0 ? retryAfterSeconds : 1) * 1000;
    const int shift = qMin(m_backoffLevel - 1, 16);
    // The caller fails the item instead when the server's own hint exceeds the cap.
    const qint64 delay = qMin<qint64>(base << shift, m_options.maxBackoffMs);
    m_backoffTimer.start(int(delay));
    Q_EMIT backoffStarted(int(delay));
}

QString BulkActionRunner::waitText(qint64 seconds)
{
    if (seconds >= 3600) {
        const qint64 minutes = (seconds % 3600) / 60;
        return minutes == 0 ? tr("%1 h").arg(seconds / 3600)
                            : tr("%1 h %2 min").arg(seconds / 3600).arg(minutes);
    }
    if (seconds >= 60) {
        const qint64 rest = seconds % 60;
        return rest == 0 ? tr("%1 min").arg(seconds / 60)
                         : tr("%1 min %2 s").arg(seconds / 60).arg(rest);
    }
    return tr("%1 s").arg(seconds);
}

void BulkActionRunner::onPostFinished(int index, int generation, qint64 auditId,
                                      const ApiResult<ActionOutcome> &result)
{
    BulkItemOutcome &o = m_outcomes[index];
    const WorkflowState target = LifecycleActions::targetState(m_action);
    if (result.ok()) {
        if (generation == m_backoffGeneration)
            m_backoffLevel = 0; // a request sent after the last back-off got through
        const ActionOutcome &ao = result.value();
        o.httpStatus = ao.httpStatus;
        o.serverMessage.clear();
        if (!ao.workflow.name.isEmpty() && o.workflowName.isEmpty())
            o.workflowName = ao.workflow.name;
        if (ao.workflow.status.isValid() && ao.workflow.status.state() == target) {
            o.currentStatus = ao.workflow.status;
            finishItem(index, auditId, BulkItemOutcome::Kind::Done, QString());
            return;
        }
        // A 2xx that does not show the target status (another status, or none at all):
        // the outcome is unknown, and only a re-read may say what the workflow is now.
        ApiError unconfirmed(ApiError::Kind::BadResponse, ao.httpStatus);
        unconfirmed.setDiagnostic(
            ao.workflow.status.isValid()
                ? QCoreApplication::translate("BulkActionRunner",
                                              "the answer said the workflow is \"%1\"")
                      .arg(ao.workflow.status.raw())
                : QCoreApplication::translate("BulkActionRunner",
                                              "the answer did not say the workflow's status"));
        reread(index, auditId, unconfirmed,
               ao.workflow.status.isValid()
                   ? tr("DialNexa answered %1 but said the workflow is “%2”, not %3.")
                         .arg(ao.httpStatus)
                         .arg(ao.workflow.status.raw(), LifecycleActions::pastTense(m_action))
                   : tr("DialNexa answered %1 without saying whether the workflow is %2.")
                         .arg(ao.httpStatus)
                         .arg(LifecycleActions::pastTense(m_action)));
        return;
    }

    const ApiError &error = result.error();
    o.httpStatus = error.httpStatus();
    o.serverMessage = error.serverMessage();
    switch (error.kind()) {
    case ApiError::Kind::RateLimited: {
        ++m_rateLimitedResponses;
        if (qint64(error.retryAfterSeconds()) * 1000 > m_options.maxBackoffMs) {
            // Waiting that long would freeze the run: not retried, the others go on.
            finishItem(index, auditId, BulkItemOutcome::Kind::Failed,
                       tr("DialNexa asked to wait %1; not retried — %2 it again later.")
                           .arg(waitText(error.retryAfterSeconds()),
                                LifecycleActions::verb(m_action).toLower()));
            return;
        }
        if (m_audit && auditId >= 0)
            m_audit->recordOutcome(
                auditId, QStringLiteral("rate_limited"), 429,
                error.serverMessage().isEmpty()
                    ? QCoreApplication::translate(
                          "BulkActionRunner",
                          "Rejected with 429; re-queued after the shared back-off.")
                    : error.serverMessage());
        ++m_rateLimitRetries[index];
        if (m_rateLimitRetries.at(index) > m_options.maxRateLimitRetries) {
            finishItem(index, -1, BulkItemOutcome::Kind::Failed,
                       QStringLiteral(
                           "The server kept refusing with 429 (too many requests); not applied."));
            return;
        }
        --m_inFlight;
        m_queue.push_front(index); // rejected by the server: safe to send again
        // Only a 429 to a request sent after the latest back-off escalates it; the others
        // were already in flight when it started.
        if (generation == m_backoffGeneration && !m_cancelled)
            startBackoff(error.retryAfterSeconds());
        pump();
        return;
    }
    case ApiError::Kind::NotFound:
        finishItem(
            index, auditId, BulkItemOutcome::Kind::NotFound,
            QCoreApplication::translate("BulkActionRunner", "The workflow no longer exists."));
        return;
    case ApiError::Kind::Conflict:
    case ApiError::Kind::Timeout:
    case ApiError::Kind::Network:
    case ApiError::Kind::Cancelled:
    case ApiError::Kind::Server:
    case ApiError::Kind::BadResponse:
        reread(index, auditId, error);
        return;
    default:
        finishItem(index, auditId, BulkItemOutcome::Kind::Failed, error.userMessage());
        return;
    }
}

void BulkActionRunner::reread(int index, qint64 auditId, const ApiError &postError,
                              const QString &postProblem)
{
    const QString problem = postProblem.isEmpty() ? postError.userMessage() : postProblem;
    // Whether the POST may have applied unseen (else the server refused it, or said 5xx).
    const bool mayHaveApplied =
        postError.kind() != ApiError::Kind::Conflict && postError.kind() != ApiError::Kind::Server;
    if (!m_api) {
        m_outcomes[index].outcomeUnknown = mayHaveApplied;
        finishItem(
            index, auditId, BulkItemOutcome::Kind::Failed,
            QCoreApplication::translate("BulkActionRunner", "Outcome unknown: %1").arg(problem));
        return;
    }
    const QString id = m_items.at(index).id;
    m_api->get(
        id, this,
        [this, index, auditId, postError, problem,
         mayHaveApplied](const ApiResult<Workflow> &result) {
            BulkItemOutcome &o = m_outcomes[index];
            const WorkflowState target = LifecycleActions::targetState(m_action);
            const bool conflict = postError.kind() == ApiError::Kind::Conflict;
            if (result.ok()) {
                const WorkflowStatus status = result.value().status;
                o.currentStatus = status;
                if (o.workflowName.isEmpty())
                    o.workflowName = result.value().name;
                if (status.state() == target) {
                    finishItem(index, auditId,
                               conflict ? BulkItemOutcome::Kind::AlreadyInTarget
                                        : BulkItemOutcome::Kind::Done,
                               conflict
                                   ? QCoreApplication::translate("BulkActionRunner", "Already %1.")
                                         .arg(LifecycleActions::pastTense(m_action))
                                   : QCoreApplication::translate(
                                         "BulkActionRunner", "Confirmed %1 by a re-read after: %2")
                                         .arg(LifecycleActions::pastTense(m_action), problem));
                } else if (conflict) {
                    finishItem(
                        index, auditId, BulkItemOutcome::Kind::Conflict,
                        QCoreApplication::translate("BulkActionRunner", "The workflow is %1.")
                            .arg(status.displayText()));
                } else {
                    o.outcomeUnknown = mayHaveApplied;
                    finishItem(
                        index, auditId, BulkItemOutcome::Kind::Failed,
                        mayHaveApplied
                            ? QCoreApplication::translate("BulkActionRunner",
                                                          "Outcome unknown: %1 The workflow is %2.")
                                  .arg(problem, status.displayText())
                            : QCoreApplication::translate("BulkActionRunner",
                                                          "%1 The workflow is still %2.")
                                  .arg(problem, status.displayText()));
                }
                return;
            }
            if (result.error().kind() == ApiError::Kind::NotFound) {
                finishItem(index, auditId, BulkItemOutcome::Kind::NotFound,
                           QCoreApplication::translate("BulkActionRunner",
                                                       "The workflow no longer exists."));
                return;
            }
            if (conflict)
                finishItem(index, auditId, BulkItemOutcome::Kind::Conflict,
                           QCoreApplication::translate("BulkActionRunner",
                                                       "Refused (409) and the re-read failed: %1")
                               .arg(result.error().userMessage()));
            else {
                o.outcomeUnknown = mayHaveApplied;
                finishItem(index, auditId, BulkItemOutcome::Kind::Failed,
                           QCoreApplication::translate(
                               "BulkActionRunner", "Outcome unknown: %1 The re-read failed too: %2")
                               .arg(problem, result.error().userMessage()));
            }
        });
}

void BulkActionRunner::finishItem(int index, qint64 auditId, BulkItemOutcome::Kind kind,
                                  const QString &reason)
{
    BulkItemOutcome &o = m_outcomes[index];
    o.kind = kind;
    o.reason = reason;
    if (m_audit && auditId >= 0)
        m_audit->recordOutcome(auditId, BulkItemOutcome::kindName(kind), o.httpStatus,
                               o.serverMessage.isEmpty() ? reason : o.serverMessage);
    --m_inFlight;
    const BulkItemOutcome copy = o;
    Q_EMIT itemFinished(index, copy);
    int done = 0;
    for (const BulkItemOutcome &x : std::as_const(m_outcomes))
        done += x.isFinished() ? 1 : 0;
    Q_EMIT progress(done, int(m_outcomes.size()));
    pump();
}

void BulkActionRunner::finishRun()
{
    m_running = false;
    m_elapsedMs = m_elapsed.elapsed();
    m_backoffTimer.stop();
    Q_EMIT finished(summary());
}
