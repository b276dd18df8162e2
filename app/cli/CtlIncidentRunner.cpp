#include "CtlIncidentRunner.h"
#include "api/ServerName.h"

#include "CtlFormat.h"
#include "ExitCode.h"

#include "api/ApiClient.h"
#include "api/WorkflowApi.h"
#include "audit/AuditLog.h"
#include "bulk/BulkSummary.h"
#include "incidents/IncidentCoordinator.h"
#include "incidents/IncidentStore.h"
#include "storage/ConsoleDatabase.h"
#include "storage/TeamLink.h"
#include "storage/TeamReplicator.h"
#include "storage/TeamStore.h"

#include <cstdio>

namespace {
QString quoted(const QString &text)
{
    QString t = text;
    t.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
        .replace(QLatin1Char('"'), QStringLiteral("\\\""));
    t.replace(QLatin1Char('\n'), QLatin1Char(' '));
    return QLatin1Char('"') + t + QLatin1Char('"');
}

// The exit code an HTTP status stands for (auth 5, not found 4, conflict 3, else 1).
int codeForHttp(int status)
{
    if (status == 401 || status == 403)
        return ExitCode::Authentication;
    if (status == 404)
        return ExitCode::NotFound;
    if (status == 409)
        return ExitCode::Conflict;
    return ExitCode::Failure;
}

QString pauseWords(const BulkItemOutcome &o)
{
    using Kind = BulkItemOutcome::Kind;
    switch (o.kind) {
    case Kind::Done:
        return QStringLiteral("paused");
    case Kind::AlreadyInTarget:
        return o.probablyOwn ? QStringLiteral("already paused (probably by this incident: its "
                                              "earlier pause had no answer in time)")
                             : QStringLiteral("already paused");
    case Kind::Conflict:
        return o.currentStatus
                   ? QStringLiteral("conflict (%1)").arg(CtlFormat::statusWord(*o.currentStatus))
                   : QStringLiteral("conflict");
    case Kind::NotFound:
        return QStringLiteral("not found");
    case Kind::Failed:
        return o.reason.isEmpty() ? QStringLiteral("failed")
                                  : QStringLiteral("failed (%1)").arg(o.reason);
    case Kind::Skipped:
        return QStringLiteral("skipped");
    case Kind::Pending:
        return QStringLiteral("pending");
    }
    return QString();
}

// Team mode names who paused and who resumed (or is resuming) each workflow; without a
// team store those are empty and the words stay as they always were.
QString teamResumeWords(const ResumeItemReport &r)
{
    using O = ResumeItemReport::Outcome;
    const QString pausedBy =
        r.pausedBy.isEmpty() ? QString() : QStringLiteral("paused by %1").arg(r.pausedBy);
    const QString andPausedBy = pausedBy.isEmpty() ? QString() : QStringLiteral("; ") + pausedBy;
    if (r.outcome == O::Resumed && !r.resumedBy.isEmpty()) {
        if (pausedBy.isEmpty())
            return QStringLiteral("resumed by %1").arg(r.resumedBy);
        return r.probablyPausedByIncident
                   ? QStringLiteral("resumed by %1 (%2, probably: its pause had no answer in "
                                    "time and it was found paused later)")
                         .arg(r.resumedBy, pausedBy)
                   : QStringLiteral("resumed by %1 (%2)").arg(r.resumedBy, pausedBy);
    }
    if (r.outcome == O::ResumedElsewhere && !r.resumedBy.isEmpty())
        return QStringLiteral("skipped (resumed by %1%2)").arg(r.resumedBy, andPausedBy);
    if (r.outcome == O::ResumingElsewhere && !r.resumingBy.isEmpty())
        return QStringLiteral("left to a teammate (%1 is resuming it%2)")
            .arg(r.resumingBy, andPausedBy);
    return QString();
}

QString resumeWords(const ResumeItemReport &r)
{
    using O = ResumeItemReport::Outcome;
    if (const QString team = teamResumeWords(r); !team.isEmpty())
        return team;
    switch (r.outcome) {
    case O::Resumed:
        return r.probablyPausedByIncident
                   ? QStringLiteral("resumed (paused by this incident, probably: its pause had "
                                    "no answer in time and it was found paused later)")
                   : QStringLiteral("resumed");
    case O::SkippedAlreadyActive:
        return QStringLiteral("skipped (already active: resumed by someone else)");
    case O::SkippedCancelled:
        return QStringLiteral("skipped (cancelled meanwhile)");
    case O::SkippedNotFound:
        return QStringLiteral("not found (needs attention: deleted, or not this server)");
    case O::SkippedOtherState:
        return r.currentStatus
                   ? QStringLiteral("skipped (now %1)").arg(CtlFormat::statusWord(*r.currentStatus))
                   : QStringLiteral("skipped (other state)");
    case O::SkippedUnconfirmed:
        return QStringLiteral("skipped (pause never confirmed)");
    case O::NotPausedByIncident:
        return QStringLiteral("left alone (not paused by this incident)");
    case O::Failed:
        return r.message.isEmpty() ? QStringLiteral("failed")
                                   : QStringLiteral("failed (%1)").arg(r.message);
    case O::Cancelled:
        return QStringLiteral("skipped (cancelled)");
    case O::ResumedElsewhere:
        return QStringLiteral("skipped (%1)").arg(r.message);
    case O::ResumingElsewhere:
        return QStringLiteral("left to a teammate (%1)").arg(r.message);
    }
    return QString();
}

int resumeCode(const ResumeItemReport &r)
{
    using O = ResumeItemReport::Outcome;
    switch (r.outcome) {
    case O::SkippedNotFound:
        return ExitCode::NotFound;
    case O::SkippedCancelled:
    case O::SkippedOtherState:
        return ExitCode::Conflict;
    case O::Failed:
    case O::Cancelled:
        return ExitCode::Failure;
    default:
        return ExitCode::Success;
    }
}
} // namespace

CtlIncidentRunner::CtlIncidentRunner(const CtlIncidentTask &task, WorkflowApi *api, QObject *parent)
    : QObject(parent)
    , m_task(task)
    , m_api(api)
{ }

CtlIncidentRunner::~CtlIncidentRunner() = default;

void CtlIncidentRunner::printOut(const QString &text)
{
    printRaw(CtlFormat::terminalSafe(text));
}

void CtlIncidentRunner::printRaw(const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fflush(stdout);
}

void CtlIncidentRunner::printErr(const QString &text)
{
    const QByteArray bytes = CtlFormat::terminalSafe(text).toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
    std::fflush(stderr);
}

void CtlIncidentRunner::finish(int exitCode)
{
    if (m_finished)
        return;
    m_finished = true;
    pushToTeam();
    Q_EMIT finished(exitCode);
}

TeamLink *CtlIncidentRunner::teamLink()
{
    if (m_team || !m_task.team || !m_database || !m_database->isOpen())
        return m_team;
    m_team = new TeamLink(m_database, this);
    if (!m_team->connectTo(*m_task.team))
        printErr(QStringLiteral("dialnexa-ctl: warning: %1\n").arg(m_team->lastError()));
    m_team->watch(m_audit, m_store);
    return m_team;
}

bool CtlIncidentRunner::teamOnline()
{
    return teamLink() && m_team->store()->isOpen();
}

// Every command sends what this computer wrote (a pause's rows only after its requests
// went out: the team store is never on the critical path).
void CtlIncidentRunner::pushToTeam()
{
    if (!teamLink())
        return;
    TeamReplicator *replicator = m_team->replicator();
    if (!replicator->pushNow())
        printErr(QStringLiteral("dialnexa-ctl: %1; they are sent by the next command that "
                                "reaches the team store.\n")
                     .arg(replicator->statusText()));
}

QString CtlIncidentRunner::incidentLine(const QString &id, bool open, const QDateTime &startedUtc,
                                        int pausedCount, const QString &reason)
{
    return QStringLiteral("%1 %2 %3 %4 %5 %6")
        .arg(id, open ? QStringLiteral("open") : QStringLiteral("closed"),
             startedUtc.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm'Z'")),
             QString::number(pausedCount),
             pausedCount == 1 ? QStringLiteral("workflow") : QStringLiteral("workflows"),
             quoted(CtlFormat::visible(reason)));
}

bool CtlIncidentRunner::openStore()
{
    m_database = new ConsoleDatabase(this);
    m_audit = new AuditLog(m_database, this);
    m_store = new IncidentStore(m_database, this);
    // Requests still go out when their record cannot be written; the terminal hears of it.
    auto unrecorded = [this](const QString &error) {
        if (m_warnedUnrecorded)
            return;
        m_warnedUnrecorded = true;
        printErr(QStringLiteral("dialnexa-ctl: warning: the audit log %1 cannot be written "
                                "(%2); actions are carried out but not recorded.\n")
                     .arg(m_database->path(), error));
    };
    connect(m_audit, &AuditLog::writeFailed, this, unrecorded);
    connect(m_store, &IncidentStore::writeFailed, this, unrecorded);
    if (!m_database->open(ConsoleDatabase::defaultPath())) {
        printErr(QStringLiteral("dialnexa-ctl: cannot open the audit log %1: %2\n")
                     .arg(m_database->path(), m_database->lastError()));
        return false;
    }
    return true;
}

void CtlIncidentRunner::start()
{
    if (!openStore()) {
        finish(ExitCode::Failure);
        return;
    }
    if (m_task.needsApi() && !m_api) {
        printErr(QStringLiteral("dialnexa-ctl: no connection to DialNexa\n"));
        finish(ExitCode::Failure);
        return;
    }
    // A teammate's incident is resumed from a local copy of its rows (claims keep it safe).
    if ((m_task.kind == CtlIncidentTask::Kind::ResumeIncident ||
         m_task.kind == CtlIncidentTask::Kind::RetryFailed) &&
        teamOnline())
        m_team->store()->importIncident(m_task.incidentId, m_database);
    switch (m_task.kind) {
    case CtlIncidentTask::Kind::PauseAllActive:
        runPauseAllActive();
        break;
    case CtlIncidentTask::Kind::Incidents:
        runIncidents();
        break;
    case CtlIncidentTask::Kind::ResumeIncident:
        runResume();
        break;
    case CtlIncidentTask::Kind::RetryFailed:
        runRetryFailed();
        break;
    case CtlIncidentTask::Kind::Audit:
        runAudit();
        break;
    case CtlIncidentTask::Kind::TeamSync:
        runTeamSync();
        break;
    }
}

// ---------------------------------------------------------------------------------------

void CtlIncidentRunner::runPauseAllActive()
{
    WorkflowQuery query;
    query.status = QStringLiteral("active"); // also matches the legacy "running"
    query.search = m_task.search;
    m_api->listAll(query, this, [this](const ApiResult<WorkflowListing> &result) {
        if (!result.ok()) {
            printErr(QStringLiteral("dialnexa-ctl: %1\n").arg(result.error().userMessage()));
            finish(ExitCode::forError(result.error()));
            return;
        }
        const WorkflowListing &listing = result.value();
        if (!listing.complete) {
            // "All active" must mean all: a list with workflows missing would leave them running.
            printErr(tr("dialnexa-ctl: the workflow list is incomplete (%1); nothing was paused. "
                        "Pausing \"all active\" needs the whole list, or the workflows DialNexa "
                        "did not send would keep running; pause them by ID instead.\n")
                         .arg(listing.incompleteReason));
            finish(ExitCode::Failure);
            return;
        }
        if (listing.unreadableRows > 0)
            printErr(CtlFormat::unreadableRows(listing.unreadableRows) + QLatin1Char('\n'));
        // The same rule as the console's search: case-insensitive substring of name or id.
        QList<BulkItem> items;
        for (const Workflow &w : result.value().workflows) {
            if (w.status.state() != WorkflowState::Active)
                continue;
            if (!m_task.search.isEmpty() && !w.name.contains(m_task.search, Qt::CaseInsensitive) &&
                !w.id.contains(m_task.search, Qt::CaseInsensitive))
                continue;
            items.append(BulkItem{w.id, w.name, w.enrolledLeads});
        }
        if (items.isEmpty()) {
            printErr(
                QStringLiteral("dialnexa-ctl: no active workflow matches; nothing to pause.\n"));
            finish(ExitCode::Success);
            return;
        }
        if (!m_task.yes) {
            for (const BulkItem &item : items)
                printOut(QStringLiteral("%1  %2\n")
                             .arg(CtlFormat::visible(item.id), CtlFormat::visible(item.name)));
            printErr(
                QStringLiteral("dialnexa-ctl: dry run, nothing sent. Add --yes to pause these %1 "
                               "workflow(s) as one incident.\n")
                    .arg(items.size()));
            finish(ExitCode::Success);
            return;
        }
        startPause(items);
    });
}

void CtlIncidentRunner::createCoordinator()
{
    m_coordinator = new IncidentCoordinator(m_api, m_store, m_audit, this);
    // Team mode: another console or script resuming the same incident shares the work.
    if (m_task.kind != CtlIncidentTask::Kind::PauseAllActive && teamOnline())
        m_coordinator->setResumeClaims(m_team->store());
    m_coordinator->setConcurrency(m_task.concurrency);
    // A script waiting on a back-off should see why nothing happens.
    connect(m_coordinator, &IncidentCoordinator::backoffStarted, this, [](int delayMs) {
        printErr(QStringLiteral("dialnexa-ctl: DialNexa asked to slow down (429); waiting %1 s "
                                "before sending more.\n")
                     .arg((delayMs + 999) / 1000));
    });
}

// "ID: paused" per workflow of a pause or a pause retry; the summary ends the command.
void CtlIncidentRunner::printPauseOutcomes()
{
    connect(m_coordinator, &IncidentCoordinator::itemFinished, this,
            [this](const QString &, const BulkItemOutcome &o) {
                if (m_coordinator->currentRun() != IncidentCoordinator::Run::Pause &&
                    m_coordinator->currentRun() != IncidentCoordinator::Run::PauseRetry)
                    return; // a resume's requests are reported by printResumeReports()
                printOut(
                    QStringLiteral("%1: %2\n")
                        .arg(CtlFormat::visible(o.workflowId), CtlFormat::visible(pauseWords(o))));
                using Kind = BulkItemOutcome::Kind;
                int code = ExitCode::Success;
                if (o.kind == Kind::Conflict)
                    code = ExitCode::Conflict;
                else if (o.kind == Kind::NotFound)
                    code = ExitCode::NotFound;
                else if (o.kind == Kind::Failed || o.kind == Kind::Skipped)
                    code = o.httpStatus > 0 ? codeForHttp(o.httpStatus) : int(ExitCode::Failure);
                m_exitCode = ExitCode::worst(m_exitCode, code);
            });
    connect(m_coordinator, &IncidentCoordinator::pauseFinished, this,
            [this](const QString &id, const BulkSummary &s) {
                QString next =
                    QStringLiteral("Resume with: dialnexa-ctl resume --incident %1 --yes").arg(id);
                if (s.failed > 0)
                    next = QStringLiteral("Retry the failed ones with: dialnexa-ctl retry-failed "
                                          "--incident %1 --yes. %2")
                               .arg(id, next);
                printErr(QStringLiteral("dialnexa-ctl: incident %1: %2 paused, %3 already paused, "
                                        "%4 conflict, %5 not found, %6 failed. %7\n")
                             .arg(id)
                             .arg(s.done)
                             .arg(s.alreadyInTarget)
                             .arg(s.conflict)
                             .arg(s.notFound)
                             .arg(s.failed)
                             .arg(next));
                finish(m_exitCode);
            });
}

void CtlIncidentRunner::printResumeReports()
{
    connect(m_coordinator, &IncidentCoordinator::resumeItemFinished, this,
            [this](const QString &, const ResumeItemReport &r) {
                printOut(
                    QStringLiteral("%1: %2\n")
                        .arg(CtlFormat::visible(r.workflowId), CtlFormat::visible(resumeWords(r))));
                m_exitCode = ExitCode::worst(m_exitCode, resumeCode(r));
            });
    connect(m_coordinator, &IncidentCoordinator::resumeFinished, this,
            [this](const QString &id, const QList<ResumeItemReport> &, bool closed) {
                printErr(
                    closed
                        ? QStringLiteral("dialnexa-ctl: incident %1 closed.\n").arg(id)
                        : QStringLiteral(
                              "dialnexa-ctl: incident %1 stays open (some workflows could not be "
                              "resumed or were not found); run the same command again to "
                              "retry.\n")
                              .arg(id));
                finish(m_exitCode);
            });
}

void CtlIncidentRunner::startPause(const QList<BulkItem> &items)
{
    createCoordinator();
    printPauseOutcomes();
    const QString id =
        m_coordinator->startPauseIncident(m_task.reason, items, m_task.profile, m_task.apiHost);
    if (id.isEmpty()) {
        printErr(QStringLiteral("dialnexa-ctl: could not record the incident (%1); nothing sent.\n")
                     .arg(m_store->lastError()));
        finish(ExitCode::Failure);
        return;
    }
    printOut(id + QLatin1Char('\n'));
}

void CtlIncidentRunner::runIncidents()
{
    if (teamOnline()) {
        // The team's incidents, each with who opened it.
        TeamStore *team = m_team->store();
        for (const Incident &inc : team->incidents())
            printOut(incidentLine(inc.id, inc.isOpen(), inc.startedAtUtc, team->pausedCount(inc.id),
                                  inc.reason) +
                     QStringLiteral(" by %1\n").arg(CtlFormat::visible(inc.operatorName)));
        finish(ExitCode::Success);
        return;
    }
    for (const Incident &inc : m_store->allIncidents()) {
        int paused = 0;
        for (const IncidentWorkflow &w : m_store->workflows(inc.id))
            paused += w.pausedByIncident ? 1 : 0;
        printOut(incidentLine(inc.id, inc.isOpen(), inc.startedAtUtc, paused, inc.reason) +
                 QLatin1Char('\n'));
    }
    finish(ExitCode::Success);
}

bool CtlIncidentRunner::checkOpenIncident(const QString &closedMessage)
{
    const std::optional<Incident> incident = m_store->incident(m_task.incidentId);
    if (!incident) {
        printErr(
            QStringLiteral("dialnexa-ctl: there is no incident %1 (see: dialnexa-ctl incidents).\n")
                .arg(m_task.incidentId));
        finish(ExitCode::NotFound);
        return false;
    }
    if (!incident->isOpen()) {
        printErr(QStringLiteral("dialnexa-ctl: incident %1 is already closed; %2\n")
                     .arg(m_task.incidentId, closedMessage));
        finish(ExitCode::Conflict);
        return false;
    }
    return true;
}

// Team mode: a teammate's resume closed the incident before this one began. Said as when
// the two overlap (who resumed each workflow, who paused it) and a success: nothing is
// left to resume, and two supervisors pressing resume together is no error for either.
bool CtlIncidentRunner::reportClosedByTeam()
{
    const std::optional<Incident> incident = m_store->incident(m_task.incidentId);
    if (!incident || incident->isOpen() || !teamOnline())
        return false;
    createCoordinator();
    for (const ResumeItemReport &r : m_coordinator->closedIncidentReports(m_task.incidentId))
        printOut(QStringLiteral("%1: %2\n")
                     .arg(CtlFormat::visible(r.workflowId), CtlFormat::visible(resumeWords(r))));
    printErr(QStringLiteral("dialnexa-ctl: incident %1 was already closed; nothing left to "
                            "resume.\n")
                 .arg(m_task.incidentId));
    finish(ExitCode::Success);
    return true;
}

void CtlIncidentRunner::runResume()
{
    if (reportClosedByTeam() || !checkOpenIncident(QStringLiteral("nothing to resume.")))
        return;
    if (!m_task.yes) {
        int count = 0;
        for (const IncidentWorkflow &w : m_store->workflows(m_task.incidentId)) {
            if (w.resumed || !(w.pausedByIncident || w.pauseOutcomeUnknown() ||
                               (w.pauseRequested && w.pauseOutcome.isEmpty())))
                continue;
            printOut(
                QStringLiteral("%1  %2\n")
                    .arg(CtlFormat::visible(w.workflowId), CtlFormat::visible(w.workflowName)));
            ++count;
        }
        printErr(
            QStringLiteral("dialnexa-ctl: dry run, nothing sent. Add --yes to resume these %1 "
                           "workflow(s); each is re-read first and only resumed if still paused.\n")
                .arg(count));
        finish(ExitCode::Success);
        return;
    }
    createCoordinator();
    if (refuseOtherServer())
        return;
    printResumeReports();
    if (!m_coordinator->resumeIncident(m_task.incidentId)) {
        printErr(
            QStringLiteral("dialnexa-ctl: could not start resuming %1.\n").arg(m_task.incidentId));
        finish(ExitCode::Failure);
    }
}

// An incident is resumed or retried only against the server it was opened on: elsewhere
// every workflow would be "not found". True (and finished with 1) when refused.
bool CtlIncidentRunner::refuseOtherServer()
{
    if (m_coordinator->wrongServerReason(m_task.incidentId).isEmpty())
        return false;
    const std::optional<Incident> incident = m_store->incident(m_task.incidentId);
    const QString profile = incident && !incident->profile.isEmpty()
                                ? QStringLiteral(" (profile \"%1\")").arg(incident->profile)
                                : QString();
    printErr(QStringLiteral("dialnexa-ctl: incident %1 was opened on %2%3, not on %4; nothing "
                            "sent. Run the command against %2 (--base-url or --profile).\n")
                 .arg(m_task.incidentId, incident ? incident->apiHost : QString(), profile,
                      ServerName::of(m_api->client()->baseUrl())));
    finish(ExitCode::Failure);
    return true;
}

// The store is the only memory here: the coordinator decides from it what a retry sends
// (IncidentCoordinator::retryFailedPlan), so the console and the script agree.
void CtlIncidentRunner::runRetryFailed()
{
    if (!checkOpenIncident(QStringLiteral("nothing to retry.")))
        return;
    createCoordinator();
    if (m_task.yes && refuseOtherServer())
        return;
    QList<IncidentWorkflow> workflows;
    const IncidentCoordinator::Run plan =
        m_coordinator->retryFailedPlan(m_task.incidentId, &workflows);
    if (plan == IncidentCoordinator::Run::None) {
        printErr(QStringLiteral("dialnexa-ctl: incident %1 has nothing to retry: no pause of it "
                                "failed or was left unconfirmed. Nothing sent.\n")
                     .arg(m_task.incidentId));
        finish(ExitCode::Success);
        return;
    }
    const bool resume = plan == IncidentCoordinator::Run::Resume;
    if (!m_task.yes) {
        for (const IncidentWorkflow &w : std::as_const(workflows))
            printOut(
                QStringLiteral("%1  %2\n")
                    .arg(CtlFormat::visible(w.workflowId), CtlFormat::visible(w.workflowName)));
        printErr(resume
                     ? QStringLiteral("dialnexa-ctl: dry run, nothing sent. Incident %1 is being "
                                      "resumed, so a retry resumes again: add --yes to resume "
                                      "these %2 workflow(s) if still paused.\n")
                           .arg(m_task.incidentId)
                           .arg(workflows.size())
                     : QStringLiteral("dialnexa-ctl: dry run, nothing sent. Add --yes to re-read "
                                      "these %1 workflow(s) and pause, as incident %2, those "
                                      "still active.\n")
                           .arg(workflows.size())
                           .arg(m_task.incidentId));
        finish(ExitCode::Success);
        return;
    }
    printPauseOutcomes();
    printResumeReports();
    if (!m_coordinator->retryFailed(m_task.incidentId)) {
        printErr(
            QStringLiteral("dialnexa-ctl: could not start retrying %1.\n").arg(m_task.incidentId));
        finish(ExitCode::Failure);
    }
}

void CtlIncidentRunner::runAudit()
{
    AuditFilter filter;
    filter.since = m_task.since;
    QList<AuditEntry> rows;
    if (teamOnline()) {
        bool complete = false;
        const QList<AuditEntry> team = m_team->store()->auditEntries(QString(), &complete);
        if (!complete) { // a part of the audit must never pass for all of it
            printErr(QStringLiteral("dialnexa-ctl: the team audit could not be read in full "
                                    "(%1); nothing printed. Try again.\n")
                         .arg(m_team->store()->lastError()));
            finish(ExitCode::Failure);
            return;
        }
        for (const AuditEntry &e : team) {
            if (!filter.since.isValid() || e.requestedAtUtc >= filter.since)
                rows.append(e);
        }
    } else {
        rows = m_audit->entries(filter);
    }
    if (m_task.csv) {
        printRaw(AuditLog::toCsv(rows)); // exact: a CSV file, its cells quoted
        finish(ExitCode::Success);
        return;
    }
    for (const AuditEntry &e : rows) {
        printOut(QStringLiteral("%1  %2  %3  %4  %5  %6  %7\n")
                     .arg(AuditLog::formatTimestamp(e.requestedAtUtc), e.osUser, e.action,
                          CtlFormat::visible(e.workflowId),
                          e.hasOutcome() ? e.outcome : QStringLiteral("pending"),
                          e.incidentId.isEmpty() ? QStringLiteral("-") : e.incidentId,
                          e.reason.isEmpty() ? QStringLiteral("-")
                                             : quoted(CtlFormat::visible(e.reason))));
    }
    finish(ExitCode::Success);
}

void CtlIncidentRunner::runTeamSync()
{
    if (!m_task.team) {
        printErr(QStringLiteral("dialnexa-ctl: no team store: pass --team-store URL or set "
                                "DIALNEXA_TEAM_STORE.\n"));
        finish(ExitCode::Usage);
        return;
    }
    if (!teamOnline() || !m_team->store()->isWritable()) {
        finish(ExitCode::Failure); // teamLink() said why
        return;
    }
    const int offered = m_team->replicator()->offerLegacyRows();
    const bool sent = m_team->replicator()->pushNow();
    printErr(QStringLiteral("dialnexa-ctl: %1 earlier row(s) of this computer offered to the team "
                            "store %2; %3.\n")
                 .arg(offered)
                 .arg(m_task.team->displayName(), m_team->replicator()->statusText()));
    finish(sent ? ExitCode::Success : ExitCode::Failure);
}
