#include "CtlWindowsRunner.h"

#include "CtlFormat.h"
#include "ExitCode.h"

#include "account/OperatorIdentity.h"
#include "api/WorkflowApi.h"
#include "audit/AuditLog.h"
#include "incidents/IncidentStore.h"
#include "incidents/PauseWindowRunner.h"
#include "incidents/PauseWindowStore.h"
#include "storage/ConsoleDatabase.h"
#include "storage/TeamLink.h"
#include "storage/TeamReplicator.h"
#include "storage/TeamStore.h"

#include <QHostInfo>
#include <QTimeZone>

#include <cstdio>

namespace {
QString quoted(const QString &text)
{
    QString t = CtlFormat::visible(text);
    t.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
        .replace(QLatin1Char('"'), QStringLiteral("\\\""));
    return QLatin1Char('"') + t + QLatin1Char('"');
}

// Local wall time, as a supervisor plans it, with the zone's abbreviation.
QString local(const QDateTime &utc)
{
    return utc.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm t"));
}
} // namespace

CtlWindowsRunner::CtlWindowsRunner(const CtlWindowsTask &task, WorkflowApi *api, QObject *parent)
    : QObject(parent)
    , m_task(task)
    , m_api(api)
{ }

CtlWindowsRunner::~CtlWindowsRunner() = default;

QString CtlWindowsRunner::plannerName()
{
    return OperatorIdentity::userName() + QLatin1Char('@') + QHostInfo::localHostName();
}

void CtlWindowsRunner::printOut(const QString &text)
{
    const QByteArray bytes = CtlFormat::terminalSafe(text).toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fflush(stdout);
}

void CtlWindowsRunner::printErr(const QString &text)
{
    const QByteArray bytes = CtlFormat::terminalSafe(text).toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
    std::fflush(stderr);
}

void CtlWindowsRunner::finish(int exitCode)
{
    if (m_finished)
        return;
    m_finished = true;
    // A pass's incident and audit rows reach the team before the exit, so a teammate's
    // run-due can end the window it started.
    if (m_team && !m_team->replicator()->pushNow())
        printErr(QStringLiteral("dialnexa-ctl: %1; they are sent by the next command that "
                                "reaches the team store.\n")
                     .arg(m_team->replicator()->statusText()));
    Q_EMIT finished(exitCode);
}

bool CtlWindowsRunner::openStore()
{
    m_database = new ConsoleDatabase(this);
    m_audit = new AuditLog(m_database, this);
    m_incidents = new IncidentStore(m_database, this);
    m_windows = new PauseWindowStore(m_database, this);
    if (!m_database->open(ConsoleDatabase::defaultPath())) {
        printErr(QStringLiteral("dialnexa-ctl: cannot open the data file %1: %2\n")
                     .arg(m_database->path(), m_database->lastError()));
        return false;
    }
    if (!m_task.team)
        return true;
    m_team = new TeamLink(m_database, this);
    m_team->connectTo(*m_task.team);
    m_team->watch(m_audit, m_incidents);
    m_windows->setTeamStore(m_team->store());
    if (!m_windows->isOpen()) {
        // Never the local file instead: a window run there could run twice in the team.
        printErr(QStringLiteral("dialnexa-ctl: the team's pause windows are not reachable: "
                                "%1\n")
                     .arg(m_windows->lastError()));
        return false;
    }
    return true;
}

void CtlWindowsRunner::start()
{
    if (!openStore()) {
        finish(ExitCode::Failure);
        return;
    }
    switch (m_task.verb) {
    case CtlWindowsTask::Verb::List:
        runList();
        return;
    case CtlWindowsTask::Verb::Add:
        runAdd();
        return;
    case CtlWindowsTask::Verb::Cancel:
        runCancel();
        return;
    case CtlWindowsTask::Verb::End:
        runEnd();
        return;
    case CtlWindowsTask::Verb::RunDue:
        runDue();
        return;
    }
}

void CtlWindowsRunner::runList()
{
    // WIN-… running 2026-12-07 21:00 CET -> 2026-12-08 08:00 CET daily INC-… search "x" by
    // alice@desk on 127.0.0.1:8787 "Quiet hours"
    for (const PauseWindow &w : m_windows->windows()) {
        QString state = PauseWindow::stateName(w.state);
        if (w.isRunning() && !w.endedBy.isEmpty())
            state = QStringLiteral("ending");
        QString extra;
        if (w.isRunning())
            extra = w.incidentId.isEmpty() ? QStringLiteral(" nothing-paused")
                                           : QLatin1Char(' ') + w.incidentId;
        if (w.startedLate)
            extra += QStringLiteral(" started-late");
        printOut(QStringLiteral("%1 %2 %3 -> %4 %5%6 %7 by %8 on %9 %10\n")
                     .arg(w.id, state, local(w.startUtc), local(w.endUtc), w.repeat.toString(),
                          extra, CtlFormat::visible(w.scopeText()), w.plannedBy, w.apiHost,
                          quoted(w.reason)));
    }
    finish(ExitCode::Success);
}

void CtlWindowsRunner::runAdd()
{
    const auto repeat = PauseWindowRepeat::parse(m_task.repeat);
    PauseWindow w;
    w.reason = m_task.reason;
    w.firstStartUtc = m_task.startUtc;
    w.firstEndUtc = m_task.endUtc;
    w.timeZoneId = QString::fromUtf8(QTimeZone::systemTimeZoneId());
    w.search = m_task.search;
    w.statusFilter = m_task.status;
    w.workflowIds = m_task.workflowIds;
    w.repeat = repeat.value_or(PauseWindowRepeat());
    w.plannedBy = plannerName();
    w.plannedAtUtc = QDateTime::currentDateTimeUtc();
    w.profile = m_task.profile;
    w.apiHost = m_task.apiHost;
    const std::optional<PauseWindow> added = m_windows->add(w);
    if (!added) {
        printErr(QStringLiteral("dialnexa-ctl: could not store the window (%1).\n")
                     .arg(m_windows->lastError()));
        finish(ExitCode::Failure);
        return;
    }
    printOut(added->id + QLatin1Char('\n'));
    printErr(QStringLiteral("dialnexa-ctl: %1 planned: %2 -> %3 (%4), %5 on %6. A running "
                            "console or 'dialnexa-ctl windows run-due' executes it.\n")
                 .arg(added->id, local(added->startUtc), local(added->endUtc),
                      added->repeat.displayText(), CtlFormat::visible(added->scopeText()),
                      added->apiHost));
    finish(ExitCode::Success);
}

void CtlWindowsRunner::runCancel()
{
    if (!m_windows->window(m_task.windowId)) {
        printErr(
            QStringLiteral("dialnexa-ctl: there is no window %1 (see: dialnexa-ctl windows).\n")
                .arg(m_task.windowId));
        finish(ExitCode::NotFound);
        return;
    }
    if (!m_windows->cancel(m_task.windowId)) {
        printErr(QStringLiteral("dialnexa-ctl: %1\n").arg(m_windows->lastError()));
        finish(ExitCode::Conflict);
        return;
    }
    printErr(QStringLiteral("dialnexa-ctl: %1 cancelled.\n").arg(m_task.windowId));
    finish(ExitCode::Success);
}

void CtlWindowsRunner::runEnd()
{
    if (!m_windows->window(m_task.windowId)) {
        printErr(
            QStringLiteral("dialnexa-ctl: there is no window %1 (see: dialnexa-ctl windows).\n")
                .arg(m_task.windowId));
        finish(ExitCode::NotFound);
        return;
    }
    if (!m_windows->endNow(m_task.windowId, QDateTime::currentDateTimeUtc())) {
        printErr(QStringLiteral("dialnexa-ctl: %1\n").arg(m_windows->lastError()));
        finish(ExitCode::Conflict);
        return;
    }
    printErr(QStringLiteral("dialnexa-ctl: %1 ends now; the next pass (a running console, or "
                            "'dialnexa-ctl windows run-due') resumes what it paused.\n")
                 .arg(m_task.windowId));
    finish(ExitCode::Success);
}

void CtlWindowsRunner::runDue()
{
    auto *runner = new PauseWindowRunner(m_api, m_windows, m_incidents, m_audit, &m_clock,
                                         m_task.profile, m_task.apiHost, this);
    if (m_team) {
        TeamStore *team = m_team->store();
        runner->setResumeClaims(team);
        runner->setIncidentImporter([this, team](const QString &incidentId) {
            team->importIncident(incidentId, m_database);
        });
    }
    connect(runner, &PauseWindowRunner::message, this,
            [](const QString &text) { printOut(text + QLatin1Char('\n')); });
    connect(runner, &PauseWindowRunner::passFinished, this, [this](int, int, int failed) {
        finish(failed > 0 ? ExitCode::Failure : ExitCode::Success);
    });
    if (!runner->runDue()) {
        printErr(QStringLiteral("dialnexa-ctl: %1\n").arg(m_windows->lastError()));
        finish(ExitCode::Failure);
    }
}
