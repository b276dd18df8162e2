#include "incidents/IncidentCoordinator.h"

#include "api/ServerName.h"

#include "account/OperatorIdentity.h"
#include "api/ApiClient.h"
#include "api/WorkflowApi.h"
#include "audit/AuditLog.h"
#include "bulk/BulkActionRunner.h"
#include "incidents/IncidentStore.h"
#include "incidents/ResumeClaims.h"

#include <QCoreApplication>
#include <QSysInfo>
#include <algorithm>

IncidentCoordinator::IncidentCoordinator(WorkflowApi *api, IncidentStore *store, AuditLog *audit,
                                         QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_store(store)
    , m_audit(audit)
    , m_runner(new BulkActionRunner(api, this))
    , m_operator(OperatorIdentity::userName())
{
    m_runner->setAuditLog(audit);
    connect(m_runner, &BulkActionRunner::itemStarted, this, &IncidentCoordinator::onItemStarted);
    connect(m_runner, &BulkActionRunner::itemFinished, this, &IncidentCoordinator::onItemFinished);
    connect(m_runner, &BulkActionRunner::progress, this, [this](int done, int total) {
        // A retry from the store counts its re-read-only items too (onItemFinished).
        if (m_mode == Mode::Pausing && !m_storeRetry)
            Q_EMIT pauseProgress(m_incidentId, done, total);
    });
    connect(m_runner, &BulkActionRunner::backoffStarted, this,
            &IncidentCoordinator::backoffStarted);
    connect(m_runner, &BulkActionRunner::backoffEnded, this, &IncidentCoordinator::backoffEnded);
    connect(m_runner, &BulkActionRunner::finished, this, &IncidentCoordinator::onRunnerFinished);
}

IncidentCoordinator::~IncidentCoordinator() = default;

bool IncidentCoordinator::hasStore() const
{
    return m_store && m_store->isOpen();
}

QString IncidentCoordinator::storeError() const
{
    if (!m_store)
        return tr("no incident store");
    return m_store->isOpen() ? QString() : m_store->lastError();
}

void IncidentCoordinator::setConcurrency(int concurrency)
{
    m_concurrency = qBound(BulkOptions::MinConcurrency, concurrency, BulkOptions::MaxConcurrency);
}

void IncidentCoordinator::setOperatorName(const QString &name)
{
    m_operator = name.isEmpty() ? OperatorIdentity::userName() : name;
}

void IncidentCoordinator::setRun(Run run)
{
    if (m_run == run)
        return;
    m_run = run;
    Q_EMIT runChanged(run);
}

BulkOptions IncidentCoordinator::pauseOptions() const
{
    BulkOptions options;
    options.concurrency = m_concurrency;
    options.reason = m_incident.reason;
    options.incidentId = m_incident.id;
    options.profile = m_incident.profile;
    options.apiHost = m_incident.apiHost;
    options.osUser = m_operator;
    return options;
}

QList<Incident> IncidentCoordinator::openIncidents() const
{
    return m_store ? m_store->openIncidents() : QList<Incident>();
}

QList<Incident> IncidentCoordinator::allIncidents() const
{
    return m_store ? m_store->allIncidents() : QList<Incident>();
}

QString IncidentCoordinator::startPauseIncident(const QString &reason,
                                                const QList<BulkItem> &workflows,
                                                const QString &profile, const QString &apiHost)
{
    if (isBusy() || !m_store || !m_api || m_runner->isRunning())
        return QString();
    const std::optional<Incident> incident =
        m_store->createIncident(reason, m_operator, profile, apiHost);
    if (!incident)
        return QString();
    for (const BulkItem &item : workflows) {
        if (!m_store->addWorkflow(incident->id, item.id, item.name))
            return QString(); // incident stays open with no workflows: nothing was sent
    }
    m_incident = *incident;
    m_incidentId = incident->id;
    m_mode = Mode::Pausing;
    m_cancelRequested = false;
    m_storeRetry = false;
    m_runnerHoldsPause = true;
    setRun(Run::Pause);
    Q_EMIT incidentOpened(*incident);
    m_runner->run(LifecycleAction::Pause, workflows, pauseOptions());
    return incident->id;
}

void IncidentCoordinator::onItemStarted(int index)
{
    const BulkItem item = m_runner->items().value(index);
    // Recorded before the request leaves, so a crash mid-request is visible after restart.
    if (m_mode == Mode::Pausing && m_store)
        m_store->markPauseRequested(m_incidentId, item.id);
    Q_EMIT itemStarted(m_incidentId, item, m_runner->action());
}

void IncidentCoordinator::onItemFinished(int, const BulkItemOutcome &finished)
{
    BulkItemOutcome outcome = finished;
    if (m_mode == Mode::Pausing) {
        // Only a confirmed move active -> paused counts; "already paused" was someone else's
        // unless an earlier pause of this incident had an unknown outcome.
        // A retry's item that was not sent again keeps its earlier outcome (still retryable).
        if (!(m_run == Run::PauseRetry && outcome.kind == BulkItemOutcome::Kind::Skipped))
            outcome = recordPauseOutcome(outcome);
        if (m_storeRetry) {
            Q_EMIT itemFinished(m_incidentId, outcome);
            Q_EMIT pauseProgress(m_incidentId, ++m_retryDone, m_retryTotal);
            return;
        }
    }
    Q_EMIT itemFinished(m_incidentId, outcome);
    if (m_mode != Mode::Resuming)
        return;
    ResumeItemReport report = ResumeItemReport::fromResumeOutcome(outcome);
    if (report.outcome == ResumeItemReport::Outcome::Resumed &&
        m_probablyOwn.contains(report.workflowId)) {
        report.probablyPausedByIncident = true;
        report.message = tr("Resumed. This incident probably paused it: its pause's outcome was "
                            "unknown (no answer in time) and it was found paused afterwards.");
    }
    addReport(report);
}

BulkItemOutcome IncidentCoordinator::recordPauseOutcome(const BulkItemOutcome &outcome)
{
    using Kind = BulkItemOutcome::Kind;
    BulkItemOutcome reported = outcome;
    if (!m_store)
        return reported;
    const std::optional<IncidentWorkflow> row = m_store->workflow(m_incidentId, outcome.workflowId);
    // Once a pause of it may have applied unseen, it stays so until something definite.
    const bool wasUnknown = row && row->pauseOutcomeUnknown();
    QString name = BulkItemOutcome::kindName(outcome.kind);
    bool paused = outcome.kind == Kind::Done;
    if (outcome.kind == Kind::Failed && (outcome.outcomeUnknown || wasUnknown)) {
        name = QLatin1String(IncidentWorkflow::OutcomeUnknown);
    } else if (outcome.kind == Kind::AlreadyInTarget && wasUnknown) {
        name = QLatin1String(IncidentWorkflow::PausedProbably);
        paused = true;
        reported.probablyOwn = true;
        reported.reason = tr("Already paused, probably by this incident's earlier pause (its "
                             "outcome was unknown); it is resumed with the others.");
    }
    m_store->recordPauseOutcome(m_incidentId, outcome.workflowId, name, paused);
    return reported;
}

void IncidentCoordinator::onRunnerFinished(const BulkSummary &summary)
{
    if (m_mode == Mode::Pausing)
        finishPause(m_storeRetry ? storeRetrySummary() : summary);
    else if (m_mode == Mode::Resuming)
        finishResume();
}

void IncidentCoordinator::finishPause(const BulkSummary &summary)
{
    m_mode = Mode::Idle;
    m_lastRun = m_run;
    setRun(Run::None); // idle before the signal, so a slot may start the next run
    const QString id = m_incidentId;
    Q_EMIT pauseFinished(id, summary);
}

// ---------------------------------------------------------------------------------------
// Retry

IncidentCoordinator::Run IncidentCoordinator::retryFailedPlan(
    const QString &incidentId, QList<IncidentWorkflow> *workflows) const
{
    if (workflows)
        workflows->clear();
    if (!m_store)
        return Run::None;
    const std::optional<Incident> incident = m_store->incident(incidentId);
    if (!incident || !incident->isOpen())
        return Run::None;
    const QList<IncidentWorkflow> rows = m_store->workflows(incidentId);
    const bool resumeStarted =
        std::any_of(rows.cbegin(), rows.cend(), [](const IncidentWorkflow &w) {
            return w.resumed || !w.resumeOutcome.isEmpty();
        });
    const QString failed = BulkItemOutcome::kindName(BulkItemOutcome::Kind::Failed);
    QList<IncidentWorkflow> picked;
    for (const IncidentWorkflow &w : rows) {
        if (w.resumed)
            continue;
        const bool unknown = w.pauseOutcome.isEmpty() || w.pauseOutcomeUnknown();
        if (resumeStarted ? (w.pausedByIncident || (w.pauseRequested && unknown))
                          : (!w.pausedByIncident && (unknown || w.pauseOutcome == failed)))
            picked.append(w);
    }
    if (picked.isEmpty())
        return Run::None;
    if (workflows)
        *workflows = picked;
    return resumeStarted ? Run::Resume : Run::PauseRetry;
}

bool IncidentCoordinator::canRetryFailed() const
{
    if (isBusy() || m_incidentId.isEmpty() || !m_store)
        return false;
    const std::optional<Incident> incident = m_store->incident(m_incidentId);
    if (!incident || !incident->isOpen() || !wrongServerReason(m_incidentId).isEmpty())
        return false;
    switch (m_lastRun) {
    case Run::Resume:
        return !m_lastResumeClosed;
    case Run::Pause:
    case Run::PauseRetry:
        // Never pause again once the incident's resume has started (here or elsewhere).
        if (retryFailedPlan(m_incidentId) != Run::PauseRetry)
            return false;
        if (!m_runnerHoldsPause)
            return true;
        for (const BulkItemOutcome &o : m_runner->outcomes()) {
            if (o.kind == BulkItemOutcome::Kind::Failed)
                return true;
        }
        return false;
    case Run::None:
        break;
    }
    return false;
}

bool IncidentCoordinator::retryFailed()
{
    // canRetryFailed() also refuses an incident of another server.
    if (isBusy() || !m_api || m_runner->isRunning() || !canRetryFailed())
        return false;
    if (m_lastRun == Run::Resume)
        return resumeIncident(m_incidentId);
    if (!m_runnerHoldsPause)
        return retryFailed(m_incidentId);
    // The runner still holds the incident's pause: re-send its failed items, as it does.
    m_mode = Mode::Pausing;
    m_cancelRequested = false;
    m_storeRetry = false;
    setRun(Run::PauseRetry);
    if (!m_runner->retryFailed()) {
        m_mode = Mode::Idle;
        setRun(Run::None);
        return false;
    }
    return true;
}

bool IncidentCoordinator::retryFailed(const QString &incidentId)
{
    if (isBusy() || !m_store || !m_api || m_runner->isRunning())
        return false;
    if (!wrongServerReason(incidentId).isEmpty())
        return false; // its workflows are not on this server: nothing is sent here
    QList<IncidentWorkflow> rows;
    const Run plan = retryFailedPlan(incidentId, &rows);
    if (plan == Run::Resume)
        return resumeIncident(incidentId);
    if (plan != Run::PauseRetry)
        return false;
    m_incident = m_store->incident(incidentId).value_or(Incident());
    m_incidentId = incidentId;
    m_mode = Mode::RetryRereading;
    m_cancelRequested = false;
    m_storeRetry = true;
    m_runnerHoldsPause = false; // the runner will hold only what this retry sends
    m_toPause.clear();
    m_retryOutcomes.clear();
    m_retryTotal = int(rows.size());
    m_retryDone = 0;
    m_rereadQueue.clear();
    m_rereadsInFlight = 0;
    for (const IncidentWorkflow &w : rows)
        m_rereadQueue.push_back({w.workflowId, w.workflowName,
                                 w.pauseOutcomeUnknown() ? Candidate::Basis::UnknownOutcome
                                                         : Candidate::Basis::Unconfirmed});
    m_retryElapsed.start();
    setRun(Run::PauseRetry);
    pumpRereads();
    return true;
}

void IncidentCoordinator::onRetryReread(const Candidate &candidate, bool ok,
                                        const Workflow &workflow, const ApiError &error)
{
    using Kind = BulkItemOutcome::Kind;
    BulkItemOutcome o;
    o.workflowId = candidate.id;
    o.workflowName = candidate.name.isEmpty() ? workflow.name : candidate.name;
    if (!ok) {
        o.httpStatus = error.httpStatus();
        o.serverMessage = error.serverMessage();
        if (error.kind() == ApiError::Kind::NotFound) {
            o.kind = Kind::NotFound;
            o.reason = QCoreApplication::translate("IncidentCoordinator",
                                                   "The workflow no longer exists.");
            if (m_store)
                m_store->recordPauseOutcome(m_incidentId, o.workflowId,
                                            BulkItemOutcome::kindName(o.kind), false);
        } else {
            // Nothing learned: the row keeps its outcome and a later retry tries again.
            o.kind = Kind::Failed;
            o.reason =
                QCoreApplication::translate("IncidentCoordinator", "Could not check its status: %1")
                    .arg(error.userMessage());
        }
        finishRetryItem(o);
        return;
    }
    o.currentStatus = workflow.status;
    switch (workflow.status.state()) {
    case WorkflowState::Active:
        m_toPause.append({candidate.id, o.workflowName, workflow.enrolledLeads});
        return;
    case WorkflowState::Paused:
        o.kind = Kind::AlreadyInTarget;
        if (candidate.basis == Candidate::Basis::UnknownOutcome) {
            // The earlier pause had no answer in time and has landed since, most likely.
            finishRetryItem(recordPauseOutcome(o));
            return;
        }
        // Paused, but not confirmed by this incident's pause: its resume must leave it alone.
        o.reason = QCoreApplication::translate(
            "IncidentCoordinator", "Already paused, not by a pause this incident confirmed.");
        break;
    default:
        o.kind = Kind::Conflict;
        o.reason = QCoreApplication::translate("IncidentCoordinator", "The workflow is %1.")
                       .arg(workflow.status.displayText());
        break;
    }
    if (m_store)
        m_store->recordPauseOutcome(m_incidentId, o.workflowId, BulkItemOutcome::kindName(o.kind),
                                    false);
    finishRetryItem(o);
}

void IncidentCoordinator::finishRetryItem(const BulkItemOutcome &outcome)
{
    m_retryOutcomes.append(outcome);
    Q_EMIT itemFinished(m_incidentId, outcome);
    Q_EMIT pauseProgress(m_incidentId, ++m_retryDone, m_retryTotal);
}

void IncidentCoordinator::startRetryRun()
{
    if (m_toPause.isEmpty() || m_cancelRequested) {
        for (const BulkItem &item : std::as_const(m_toPause)) {
            BulkItemOutcome o;
            o.kind = BulkItemOutcome::Kind::Skipped;
            o.workflowId = item.id;
            o.workflowName = item.name;
            o.reason = QCoreApplication::translate("IncidentCoordinator",
                                                   "Cancelled before the request was sent.");
            finishRetryItem(o);
        }
        m_toPause.clear();
        finishPause(storeRetrySummary());
        return;
    }
    m_mode = Mode::Pausing;
    const QList<BulkItem> items = m_toPause;
    m_toPause.clear();
    if (!m_runner->run(LifecycleAction::Pause, items, pauseOptions())) {
        m_mode = Mode::RetryRereading; // nothing ran: the summary is this retry's own
        for (const BulkItem &item : items) {
            BulkItemOutcome o;
            o.kind = BulkItemOutcome::Kind::Failed;
            o.workflowId = item.id;
            o.workflowName = item.name;
            o.reason = QCoreApplication::translate("IncidentCoordinator",
                                                   "Not sent: no connection to the API.");
            finishRetryItem(o);
        }
        finishPause(storeRetrySummary());
    }
}

// Totals over every workflow a retry from the store looked at: those it sent (the runner's
// run, when there was one) and those it decided from the re-read alone.
BulkSummary IncidentCoordinator::storeRetrySummary() const
{
    using Kind = BulkItemOutcome::Kind;
    const bool ran = m_mode == Mode::Pausing;
    BulkSummary s = ran ? m_runner->summary() : BulkSummary();
    s.action = LifecycleAction::Pause;
    for (const BulkItemOutcome &o : m_retryOutcomes) {
        ++s.total;
        s.done += o.kind == Kind::Done ? 1 : 0;
        s.alreadyInTarget += o.kind == Kind::AlreadyInTarget ? 1 : 0;
        s.conflict += o.kind == Kind::Conflict ? 1 : 0;
        s.notFound += o.kind == Kind::NotFound ? 1 : 0;
        s.failed += o.kind == Kind::Failed ? 1 : 0;
        s.skipped += o.kind == Kind::Skipped ? 1 : 0;
    }
    s.cancelled = s.cancelled || m_cancelRequested;
    s.elapsedMs = m_retryElapsed.elapsed();
    return s;
}

// ---------------------------------------------------------------------------------------
// Resume

bool IncidentCoordinator::isResumeCandidate(const IncidentWorkflow &w)
{
    return !w.resumed && (w.pausedByIncident || w.pauseOutcomeUnknown() ||
                          (w.pauseRequested && w.pauseOutcome.isEmpty()));
}

bool IncidentCoordinator::resumeIncident(const QString &incidentId, const QString &note)
{
    if (isBusy() || !m_store || !m_api || m_runner->isRunning())
        return false;
    const std::optional<Incident> incident = m_store->incident(incidentId);
    if (!incident || !incident->isOpen())
        return false;
    if (!wrongServerReason(incidentId).isEmpty())
        return false; // every re-read would be a 404 there: nothing is sent
    m_probablyOwn.clear();
    m_claimed.clear();
    m_incident = *incident;
    m_incidentId = incidentId;
    m_resumeNote = note.simplified();
    m_mode = Mode::Rereading;
    m_cancelRequested = false;
    m_storeRetry = false;
    m_runnerHoldsPause = false; // the incident's pause is over once its resume started
    setRun(Run::Resume);
    m_reports.clear();
    m_toResume.clear();
    m_rereadQueue.clear();
    m_rereadsInFlight = 0;
    for (const IncidentWorkflow &w : m_store->workflows(incidentId)) {
        if (w.resumed)
            continue; // an earlier resume of this incident already gave it back
        if (w.pausedByIncident) {
            m_rereadQueue.push_back(
                {w.workflowId, w.workflowName,
                 w.pausedProbably() ? Candidate::Basis::ProbablyOwn : Candidate::Basis::Confirmed});
        } else if (w.pauseOutcomeUnknown()) {
            m_rereadQueue.push_back(
                {w.workflowId, w.workflowName, Candidate::Basis::UnknownOutcome});
        } else if (w.pauseRequested && w.pauseOutcome.isEmpty()) {
            m_rereadQueue.push_back({w.workflowId, w.workflowName, Candidate::Basis::Unconfirmed});
        } else {
            ResumeItemReport report;
            report.workflowId = w.workflowId;
            report.workflowName = w.workflowName;
            report.outcome = ResumeItemReport::Outcome::NotPausedByIncident;
            report.message =
                w.pauseOutcome.isEmpty()
                    ? QCoreApplication::translate("IncidentCoordinator",
                                                  "This incident never sent a pause for it.")
                    : QCoreApplication::translate(
                          "IncidentCoordinator",
                          "This incident did not pause it (pause outcome: %1).")
                          .arg(w.pauseOutcome);
            addReport(report);
        }
    }
    pumpRereads();
    return true;
}

void IncidentCoordinator::pumpRereads()
{
    if (m_mode != Mode::Rereading && m_mode != Mode::RetryRereading)
        return;
    const bool retry = m_mode == Mode::RetryRereading;
    if (m_cancelRequested) {
        while (!m_rereadQueue.empty()) {
            const Candidate c = m_rereadQueue.front();
            m_rereadQueue.pop_front();
            if (retry) {
                BulkItemOutcome o;
                o.kind = BulkItemOutcome::Kind::Skipped;
                o.workflowId = c.id;
                o.workflowName = c.name;
                o.reason = QCoreApplication::translate("IncidentCoordinator",
                                                       "Cancelled before the request was sent.");
                finishRetryItem(o);
                continue;
            }
            ResumeItemReport report;
            report.workflowId = c.id;
            report.workflowName = c.name;
            report.outcome = ResumeItemReport::Outcome::Cancelled;
            report.message = QCoreApplication::translate(
                "IncidentCoordinator", "Resume cancelled before this workflow was checked.");
            addReport(report);
        }
    }
    while (m_rereadsInFlight < m_concurrency && !m_rereadQueue.empty() && m_api) {
        const Candidate c = m_rereadQueue.front();
        m_rereadQueue.pop_front();
        if (!retry && skipClaimedElsewhere(c))
            continue;
        ++m_rereadsInFlight;
        m_api->get(c.id, this, [this, c, retry](const ApiResult<Workflow> &result) {
            --m_rereadsInFlight;
            const Workflow workflow = result.ok() ? result.value() : Workflow();
            const ApiError error = result.ok() ? ApiError() : result.error();
            if (retry)
                onRetryReread(c, result.ok(), workflow, error);
            else
                onReread(c, result.ok(), workflow, error);
            pumpRereads();
        });
    }
    if (m_rereadsInFlight == 0 && m_rereadQueue.empty()) {
        if (retry)
            startRetryRun();
        else
            startResumeRun();
    }
}

void IncidentCoordinator::onReread(const Candidate &candidate, bool ok, const Workflow &workflow,
                                   const ApiError &error)
{
    ResumeItemReport report;
    report.workflowId = candidate.id;
    report.workflowName = candidate.name.isEmpty() ? workflow.name : candidate.name;
    if (!ok) {
        if (error.kind() == ApiError::Kind::NotFound) {
            // Needs attention, not done: the incident stays open.
            report.outcome = ResumeItemReport::Outcome::SkippedNotFound;
            report.message = tr("Not found on %1: deleted since the incident paused it, or not "
                                "the server it was paused on. The incident stays open.")
                                 .arg(ServerName::of(m_api->client()->baseUrl()));
        } else {
            report.outcome = ResumeItemReport::Outcome::Failed;
            report.message =
                QCoreApplication::translate("IncidentCoordinator", "Could not check its status: %1")
                    .arg(error.userMessage());
        }
        addReport(report);
        return;
    }
    report.currentStatus = workflow.status;
    using Basis = Candidate::Basis;
    const bool confirmed =
        candidate.basis == Basis::Confirmed || candidate.basis == Basis::ProbablyOwn;
    switch (workflow.status.state()) {
    case WorkflowState::Paused:
        if (candidate.basis == Basis::UnknownOutcome && m_store) {
            // Its pause had an unknown outcome and it is paused: probably the incident's own.
            m_store->recordPauseOutcome(m_incidentId, candidate.id,
                                        QLatin1String(IncidentWorkflow::PausedProbably), true);
        }
        if (candidate.basis != Basis::Unconfirmed) {
            if (candidate.basis != Basis::Confirmed)
                m_probablyOwn.insert(candidate.id);
            m_toResume.append({candidate.id, report.workflowName, workflow.enrolledLeads});
            return;
        }
        report.outcome = ResumeItemReport::Outcome::SkippedUnconfirmed;
        report.message = QStringLiteral(
            "Paused, but the console never confirmed that this incident paused it "
            "(the pause's outcome was not recorded). Resume it by hand if it should run.");
        break;
    case WorkflowState::Active:
        report.outcome = ResumeItemReport::Outcome::SkippedAlreadyActive;
        report.message = confirmed ? QCoreApplication::translate("IncidentCoordinator",
                                                                 "Someone already resumed it.")
                                   : QCoreApplication::translate(
                                         "IncidentCoordinator",
                                         "It is active; this incident's pause never took effect.");
        break;
    case WorkflowState::Cancelled:
        report.outcome = ResumeItemReport::Outcome::SkippedCancelled;
        report.message = QCoreApplication::translate("IncidentCoordinator",
                                                     "Cancelled since the incident paused it.");
        break;
    default:
        report.outcome = ResumeItemReport::Outcome::SkippedOtherState;
        report.message = QCoreApplication::translate("IncidentCoordinator", "It is %1 now.")
                             .arg(workflow.status.displayText());
        break;
    }
    addReport(report);
}

void IncidentCoordinator::startResumeRun()
{
    if (m_toResume.isEmpty() || m_cancelRequested) {
        for (const BulkItem &item : std::as_const(m_toResume)) {
            ResumeItemReport report;
            report.workflowId = item.id;
            report.workflowName = item.name;
            report.outcome = ResumeItemReport::Outcome::Cancelled;
            report.message = QCoreApplication::translate(
                "IncidentCoordinator", "Resume cancelled before this workflow was resumed.");
            addReport(report);
        }
        m_toResume.clear();
        finishResume();
        return;
    }
    m_mode = Mode::Resuming;
    BulkOptions options = pauseOptions();
    options.reason =
        QCoreApplication::translate("IncidentCoordinator", "Resume after incident %1: %2")
            .arg(m_incidentId, m_incident.reason);
    if (!m_resumeNote.isEmpty())
        options.reason += QStringLiteral(" — ") + m_resumeNote;
    m_runner->run(LifecycleAction::Resume, m_toResume, options);
}

bool IncidentCoordinator::skipClaimedElsewhere(const Candidate &candidate)
{
    if (!m_claims)
        return false;
    QString by;
    ResumeItemReport report;
    report.workflowId = candidate.id;
    report.workflowName = candidate.name;
    switch (m_claims->claim(m_incidentId, candidate.id, &by)) {
    case ResumeClaims::Result::Claimed:
        m_claimed.insert(candidate.id);
        return false;
    case ResumeClaims::Result::Unavailable:
        return false; // the re-read alone decides, as without a team store
    case ResumeClaims::Result::ResumedElsewhere:
        report.outcome = ResumeItemReport::Outcome::ResumedElsewhere;
        report.message = tr("Resumed by %1.").arg(by);
        report.resumedBy = by;
        break;
    case ResumeClaims::Result::ClaimedElsewhere:
        report.outcome = ResumeItemReport::Outcome::ResumingElsewhere;
        report.message = tr("%1 is resuming it.").arg(by);
        report.resumingBy = by;
        break;
    }
    addReport(report);
    return true;
}

void IncidentCoordinator::addReport(const ResumeItemReport &given)
{
    using O = ResumeItemReport::Outcome;
    ResumeItemReport report = given;
    if (m_claims && (report.outcome == O::Resumed || report.outcome == O::ResumedElsewhere ||
                     report.outcome == O::ResumingElsewhere)) {
        report.pausedBy = teamName(m_incident.operatorName);
        if (report.outcome == O::Resumed)
            report.resumedBy = m_claims->claimantName();
    }
    m_reports.append(report);
    const bool resumed = report.outcome == O::Resumed || report.outcome == O::ResumedElsewhere;
    if (m_store && report.outcome != O::NotPausedByIncident && report.outcome != O::Cancelled &&
        report.outcome != O::ResumingElsewhere)
        m_store->recordResumeOutcome(m_incidentId, report.workflowId, resumed,
                                     ResumeItemReport::outcomeName(report.outcome));
    if (m_claims && m_claimed.remove(report.workflowId))
        m_claims->finishClaim(m_incidentId, report.workflowId, report.outcome == O::Resumed,
                              ResumeItemReport::outcomeName(report.outcome));
    Q_EMIT resumeItemFinished(m_incidentId, report);
}

void IncidentCoordinator::finishResume()
{
    bool anyFailed = false;
    for (ResumeItemReport &r : m_reports) {
        // Another console was resuming it: done if it finished meanwhile, else not ours
        // to call done (the incident stays open; the last resumer closes it).
        QString by;
        if (r.outcome == ResumeItemReport::Outcome::ResumingElsewhere && m_claims &&
            m_claims->resumedElsewhere(m_incidentId, r.workflowId, &by)) {
            r.outcome = ResumeItemReport::Outcome::ResumedElsewhere;
            r.message = tr("Resumed by %1.").arg(by);
            r.resumedBy = by;
            r.resumingBy.clear();
            if (m_store)
                m_store->recordResumeOutcome(m_incidentId, r.workflowId, true,
                                             ResumeItemReport::outcomeName(r.outcome));
        }
        if (r.outcome == ResumeItemReport::Outcome::ResumingElsewhere)
            anyFailed = true;
        // A workflow not found needs attention (deleted, or the wrong server): not done.
        if (r.outcome == ResumeItemReport::Outcome::Failed ||
            r.outcome == ResumeItemReport::Outcome::Cancelled ||
            r.outcome == ResumeItemReport::Outcome::SkippedNotFound)
            anyFailed = true;
    }
    bool closed = false;
    if (!anyFailed && m_store)
        closed = m_store->closeIncident(m_incidentId);
    m_mode = Mode::Idle;
    m_lastRun = Run::Resume;
    m_lastResumeClosed = closed;
    setRun(Run::None); // idle before the signal, so a slot may start the next run
    const QString id = m_incidentId;
    const QList<ResumeItemReport> reports = m_reports;
    Q_EMIT resumeFinished(id, reports, closed);
}

void IncidentCoordinator::cancel()
{
    if (m_mode == Mode::Idle)
        return;
    m_cancelRequested = true;
    if (m_mode == Mode::Pausing || m_mode == Mode::Resuming)
        m_runner->cancel();
    else
        pumpRereads();
}

QList<ResumeItemReport> IncidentCoordinator::closedIncidentReports(const QString &incidentId) const
{
    const std::optional<Incident> incident = m_store ? m_store->incident(incidentId) : std::nullopt;
    if (!incident || incident->isOpen() || !m_claims)
        return {};
    using O = ResumeItemReport::Outcome;
    QList<ResumeItemReport> reports;
    for (const IncidentWorkflow &w : m_store->workflows(incidentId)) {
        ResumeItemReport r;
        r.workflowId = w.workflowId;
        r.workflowName = w.workflowName;
        QString by;
        if (m_claims->resumedElsewhere(incidentId, w.workflowId, &by)) {
            r.outcome = O::ResumedElsewhere;
            r.message = by.isEmpty() ? tr("Already resumed.") : tr("Resumed by %1.").arg(by);
            r.resumedBy = by;
            r.pausedBy = teamName(incident->operatorName);
        } else {
            r.outcome =
                ResumeItemReport::outcomeFromName(w.resumeOutcome).value_or(O::NotPausedByIncident);
        }
        reports.append(r);
    }
    return reports;
}

// "user@host" as the team knows an operator: a local incident's operator has no host, as
// it was opened on this computer.
QString IncidentCoordinator::teamName(const QString &operatorName)
{
    return operatorName.contains(QLatin1Char('@'))
               ? operatorName
               : QStringLiteral("%1@%2").arg(operatorName, QSysInfo::machineHostName());
}

// ---------------------------------------------------------------------------------------
// Which server

QString IncidentCoordinator::wrongServerReason(const QString &incidentId) const
{
    if (!m_store || !m_api || !m_api->client())
        return QString();
    const std::optional<Incident> incident = m_store->incident(incidentId);
    if (!incident)
        return QString();
    const QUrl base = m_api->client()->baseUrl();
    if (ServerName::sameServer(incident->apiHost, base))
        return QString();
    if (incident->profile.isEmpty())
        return tr("Incident %1 was opened on %2, not on %3 where this connection goes: nothing "
                  "was sent. Connect to %2 to resume it.")
            .arg(incident->id, incident->apiHost, ServerName::of(base));
    return tr("Incident %1 was opened on %2 (profile “%3”), not on %4 where this connection "
              "goes: nothing was sent. Switch to the profile “%3” to resume it.")
        .arg(incident->id, incident->apiHost, incident->profile, ServerName::of(base));
}
