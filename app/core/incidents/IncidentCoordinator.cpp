#include "incidents/IncidentCoordinator.h"

#include "account/OperatorIdentity.h"
#include "api/WorkflowApi.h"
#include "audit/AuditLog.h"
#include "bulk/BulkActionRunner.h"
#include "incidents/IncidentStore.h"

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
    connect(m_runner, &BulkActionRunner::itemFinished, this,
            [this](int index, const BulkItemOutcome &) { onItemFinished(index); });
    connect(m_runner, &BulkActionRunner::progress, this, [this](int done, int total) {
        if (m_mode == Mode::Pausing)
            Q_EMIT pauseProgress(m_incidentId, done, total);
    });
    connect(m_runner, &BulkActionRunner::finished, this, &IncidentCoordinator::onRunnerFinished);
}

IncidentCoordinator::~IncidentCoordinator() = default;

void IncidentCoordinator::setConcurrency(int concurrency)
{
    m_concurrency = qBound(BulkOptions::MinConcurrency, concurrency, BulkOptions::MaxConcurrency);
}

void IncidentCoordinator::setOperatorName(const QString &name)
{
    m_operator = name.isEmpty() ? OperatorIdentity::userName() : name;
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
    Q_EMIT incidentOpened(*incident);

    BulkOptions options;
    options.concurrency = m_concurrency;
    options.reason = reason;
    options.incidentId = incident->id;
    options.profile = profile;
    options.apiHost = apiHost;
    options.osUser = m_operator;
    m_runner->run(LifecycleAction::Pause, workflows, options);
    return incident->id;
}

void IncidentCoordinator::onItemStarted(int index)
{
    if (m_mode == Mode::Pausing && m_store)
        m_store->markPauseRequested(m_incidentId, m_runner->items().at(index).id);
}

void IncidentCoordinator::onItemFinished(int index)
{
    const BulkItemOutcome outcome = m_runner->outcome(index);
    if (!m_store)
        return;
    if (m_mode == Mode::Pausing) {
        // Only a confirmed move active -> paused counts; "already paused" was someone else's.
        m_store->recordPauseOutcome(m_incidentId, outcome.workflowId,
                                    BulkItemOutcome::kindName(outcome.kind),
                                    outcome.kind == BulkItemOutcome::Kind::Done);
        return;
    }
    if (m_mode != Mode::Resuming)
        return;
    ResumeItemReport report;
    report.workflowId = outcome.workflowId;
    report.workflowName = outcome.workflowName;
    report.currentStatus = outcome.currentStatus;
    report.message = outcome.reason;
    switch (outcome.kind) {
    case BulkItemOutcome::Kind::Done:
        report.outcome = ResumeItemReport::Outcome::Resumed;
        break;
    case BulkItemOutcome::Kind::AlreadyInTarget:
        report.outcome = ResumeItemReport::Outcome::SkippedAlreadyActive;
        break;
    case BulkItemOutcome::Kind::NotFound:
        report.outcome = ResumeItemReport::Outcome::SkippedNotFound;
        break;
    case BulkItemOutcome::Kind::Conflict:
        report.outcome =
            outcome.currentStatus && outcome.currentStatus->state() == WorkflowState::Cancelled
                ? ResumeItemReport::Outcome::SkippedCancelled
                : ResumeItemReport::Outcome::SkippedOtherState;
        break;
    case BulkItemOutcome::Kind::Skipped:
        report.outcome = ResumeItemReport::Outcome::Cancelled;
        break;
    case BulkItemOutcome::Kind::Failed:
    case BulkItemOutcome::Kind::Pending:
        report.outcome = ResumeItemReport::Outcome::Failed;
        break;
    }
    addReport(report);
}

void IncidentCoordinator::onRunnerFinished(const BulkSummary &summary)
{
    if (m_mode == Mode::Pausing) {
        m_mode = Mode::Idle;
        const QString id = m_incidentId;
        Q_EMIT pauseFinished(id, summary);
    } else if (m_mode == Mode::Resuming) {
        finishResume();
    }
}

bool IncidentCoordinator::resumeIncident(const QString &incidentId)
{
    if (isBusy() || !m_store || !m_api || m_runner->isRunning())
        return false;
    const std::optional<Incident> incident = m_store->incident(incidentId);
    if (!incident || !incident->isOpen())
        return false;
    m_incident = *incident;
    m_incidentId = incidentId;
    m_mode = Mode::Rereading;
    m_cancelRequested = false;
    m_reports.clear();
    m_toResume.clear();
    m_rereadQueue.clear();
    m_rereadsInFlight = 0;
    for (const IncidentWorkflow &w : m_store->workflows(incidentId)) {
        if (w.resumed)
            continue; // an earlier resume of this incident already gave it back
        if (w.pausedByIncident) {
            m_rereadQueue.push_back({w.workflowId, w.workflowName, true});
        } else if (w.pauseRequested && w.pauseOutcome.isEmpty()) {
            m_rereadQueue.push_back({w.workflowId, w.workflowName, false});
        } else {
            ResumeItemReport report;
            report.workflowId = w.workflowId;
            report.workflowName = w.workflowName;
            report.outcome = ResumeItemReport::Outcome::NotPausedByIncident;
            report.message =
                w.pauseOutcome.isEmpty()
                    ? QStringLiteral("This incident never sent a pause for it.")
                    : QStringLiteral("This incident did not pause it (pause outcome: %1).")
                          .arg(w.pauseOutcome);
            addReport(report);
        }
    }
    pumpRereads();
    return true;
}

void IncidentCoordinator::pumpRereads()
{
    if (m_mode != Mode::Rereading)
        return;
    if (m_cancelRequested) {
        while (!m_rereadQueue.empty()) {
            const Candidate c = m_rereadQueue.front();
            m_rereadQueue.pop_front();
            ResumeItemReport report;
            report.workflowId = c.id;
            report.workflowName = c.name;
            report.outcome = ResumeItemReport::Outcome::Cancelled;
            report.message = QStringLiteral("Resume cancelled before this workflow was checked.");
            addReport(report);
        }
    }
    while (m_rereadsInFlight < m_concurrency && !m_rereadQueue.empty() && m_api) {
        const Candidate c = m_rereadQueue.front();
        m_rereadQueue.pop_front();
        ++m_rereadsInFlight;
        m_api->get(c.id, this, [this, c](const ApiResult<Workflow> &result) {
            --m_rereadsInFlight;
            if (result.ok())
                onReread(c, true, result.value(), ApiError());
            else
                onReread(c, false, Workflow(), result.error());
            pumpRereads();
        });
    }
    if (m_rereadsInFlight == 0 && m_rereadQueue.empty())
        startResumeRun();
}

void IncidentCoordinator::onReread(const Candidate &candidate, bool ok, const Workflow &workflow,
                                   const ApiError &error)
{
    ResumeItemReport report;
    report.workflowId = candidate.id;
    report.workflowName = candidate.name.isEmpty() ? workflow.name : candidate.name;
    if (!ok) {
        if (error.kind() == ApiError::Kind::NotFound) {
            report.outcome = ResumeItemReport::Outcome::SkippedNotFound;
            report.message = QStringLiteral("Deleted since the incident paused it.");
        } else {
            report.outcome = ResumeItemReport::Outcome::Failed;
            report.message =
                QStringLiteral("Could not check its status: %1").arg(error.userMessage());
        }
        addReport(report);
        return;
    }
    report.currentStatus = workflow.status;
    switch (workflow.status.state()) {
    case WorkflowState::Paused:
        if (candidate.confirmed) {
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
        report.message =
            candidate.confirmed
                ? QStringLiteral("Someone already resumed it.")
                : QStringLiteral("It is active; this incident's pause never took effect.");
        break;
    case WorkflowState::Cancelled:
        report.outcome = ResumeItemReport::Outcome::SkippedCancelled;
        report.message = QStringLiteral("Cancelled since the incident paused it.");
        break;
    default:
        report.outcome = ResumeItemReport::Outcome::SkippedOtherState;
        report.message = QStringLiteral("It is %1 now.").arg(workflow.status.displayText());
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
            report.message = QStringLiteral("Resume cancelled before this workflow was resumed.");
            addReport(report);
        }
        m_toResume.clear();
        finishResume();
        return;
    }
    m_mode = Mode::Resuming;
    BulkOptions options;
    options.concurrency = m_concurrency;
    options.reason =
        QStringLiteral("Resume after incident %1: %2").arg(m_incidentId, m_incident.reason);
    options.incidentId = m_incidentId;
    options.profile = m_incident.profile;
    options.apiHost = m_incident.apiHost;
    options.osUser = m_operator;
    m_runner->run(LifecycleAction::Resume, m_toResume, options);
}

void IncidentCoordinator::addReport(const ResumeItemReport &report)
{
    m_reports.append(report);
    if (m_store && report.outcome != ResumeItemReport::Outcome::NotPausedByIncident &&
        report.outcome != ResumeItemReport::Outcome::Cancelled)
        m_store->recordResumeOutcome(m_incidentId, report.workflowId,
                                     report.outcome == ResumeItemReport::Outcome::Resumed,
                                     ResumeItemReport::outcomeName(report.outcome));
    Q_EMIT resumeItemFinished(m_incidentId, report);
}

void IncidentCoordinator::finishResume()
{
    bool anyFailed = false;
    for (const ResumeItemReport &r : std::as_const(m_reports)) {
        if (r.outcome == ResumeItemReport::Outcome::Failed ||
            r.outcome == ResumeItemReport::Outcome::Cancelled)
            anyFailed = true;
    }
    bool closed = false;
    if (!anyFailed && m_store)
        closed = m_store->closeIncident(m_incidentId);
    m_mode = Mode::Idle;
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
