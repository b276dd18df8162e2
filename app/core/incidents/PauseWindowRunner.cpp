#include "incidents/PauseWindowRunner.h"

#include "account/OperatorIdentity.h"
#include "api/WorkflowApi.h"
#include "bulk/BulkSummary.h"
#include "incidents/Clock.h"
#include "incidents/IncidentCoordinator.h"
#include "incidents/IncidentStore.h"

#include <QCoreApplication>
#include <QHostInfo>
#include <QLocale>
#include <QTimeZone>

namespace {
QString defaultRunnerName()
{
    static int counter = 0;
    return QStringLiteral("%1@%2 pid %3 #%4")
        .arg(OperatorIdentity::userName(), QHostInfo::localHostName())
        .arg(QCoreApplication::applicationPid())
        .arg(++counter);
}
} // namespace

PauseWindowRunner::PauseWindowRunner(WorkflowApi *api, PauseWindowStore *windows,
                                     IncidentStore *incidents, AuditLog *audit, const Clock *clock,
                                     const QString &profile, const QString &apiHost,
                                     QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_windows(windows)
    , m_incidents(incidents)
    , m_clock(clock)
    , m_coordinator(new IncidentCoordinator(api, incidents, audit, this))
    , m_profile(profile)
    , m_apiHost(apiHost)
    , m_runnerName(defaultRunnerName())
{
    connect(m_coordinator, &IncidentCoordinator::pauseFinished, this,
            [this](const QString &incidentId, const BulkSummary &s) {
                if (m_phase != Phase::Pausing)
                    return;
                m_phase = Phase::Idle;
                m_current.incidentId = incidentId;
                Q_EMIT message(tr("%1 “%2” started%3: incident %4, %5 paused, %6 already paused, "
                                  "%7 failed.")
                                   .arg(m_current.id, m_current.reason,
                                        m_current.startedLate ? tr(" late") : QString(), incidentId)
                                   .arg(s.done)
                                   .arg(s.alreadyInTarget)
                                   .arg(s.failed + s.conflict + s.notFound));
                ++m_started;
                Q_EMIT windowStarted(m_current.id, incidentId, s.done, m_current.startedLate);
                next();
            });
    connect(m_coordinator, &IncidentCoordinator::resumeFinished, this,
            [this](const QString &incidentId, const QList<ResumeItemReport> &reports, bool) {
                if (m_phase != Phase::Resuming || incidentId != m_current.incidentId)
                    return;
                m_phase = Phase::Idle;
                int resumed = 0;
                for (const ResumeItemReport &r : reports)
                    resumed += r.outcome == ResumeItemReport::Outcome::Resumed ? 1 : 0;
                finishEnd(m_current, resumed);
            });
}

PauseWindowRunner::~PauseWindowRunner() = default;

void PauseWindowRunner::setRunnerName(const QString &name)
{
    if (!name.isEmpty())
        m_runnerName = name;
}

void PauseWindowRunner::setOperatorName(const QString &name)
{
    m_coordinator->setOperatorName(name);
}

void PauseWindowRunner::setConcurrency(int concurrency)
{
    m_coordinator->setConcurrency(concurrency);
}

void PauseWindowRunner::setIncidentImporter(std::function<void(const QString &)> importer)
{
    m_importIncident = std::move(importer);
}

void PauseWindowRunner::setResumeClaims(ResumeClaims *claims)
{
    m_coordinator->setResumeClaims(claims);
}

void PauseWindowRunner::setServer(const QString &profile, const QString &apiHost)
{
    m_profile = profile;
    m_apiHost = apiHost;
}

bool PauseWindowRunner::runDue()
{
    if (m_busy || !m_windows || !m_windows->isOpen())
        return false;
    m_busy = true;
    m_started = m_ended = m_failed = 0;
    const QList<PauseWindowStore::Due> due = m_windows->due(m_apiHost, m_clock->nowUtc());
    m_queue.assign(due.cbegin(), due.cend());
    // Asynchronous even when nothing is due, so a caller connects before the result.
    QMetaObject::invokeMethod(this, &PauseWindowRunner::next, Qt::QueuedConnection);
    return true;
}

void PauseWindowRunner::next()
{
    if (m_queue.empty()) {
        m_busy = false;
        Q_EMIT passFinished(m_started, m_ended, m_failed);
        return;
    }
    const PauseWindowStore::Due due = m_queue.front();
    m_queue.pop_front();
    switch (due.kind) {
    case PauseWindowStore::Due::Kind::Start:
        start(due.window);
        return;
    case PauseWindowStore::Due::Kind::Skip:
        // Its whole occurrence passed while nothing ran: pausing now would only resume again.
        if (m_windows->finishOccurrence(due.window, m_runnerName, m_clock->nowUtc(), true))
            Q_EMIT message(tr("%1 “%2”: its occurrence %3 – %4 passed while no console or "
                              "dialnexa-ctl ran; nothing was paused.")
                               .arg(due.window.id, due.window.reason,
                                    PauseWindowStore::formatTimestamp(due.window.startUtc),
                                    PauseWindowStore::formatTimestamp(due.window.endUtc)));
        next();
        return;
    case PauseWindowStore::Due::Kind::End:
        end(due.window);
        return;
    }
}

void PauseWindowRunner::fail(const PauseWindow &window, const QString &text)
{
    ++m_failed;
    Q_EMIT message(text);
    Q_EMIT problem(window.id, text);
    next();
}

QString PauseWindowRunner::incidentReason(const PauseWindow &window, bool late,
                                          qint64 lateSecs) const
{
    if (!late)
        return window.reason;
    const QDateTime planned = window.startUtc.toTimeZone(QTimeZone::systemTimeZone());
    return tr("%1 (pause window %2 started %3 min late; planned for %4)")
        .arg(window.reason, window.id)
        .arg(lateSecs / 60)
        .arg(QLocale::c().toString(planned, QStringLiteral("yyyy-MM-dd HH:mm t")));
}

void PauseWindowRunner::start(const PauseWindow &window)
{
    const QDateTime now = m_clock->nowUtc();
    const qint64 lateSecs = window.startUtc.secsTo(now);
    const bool late = lateSecs > m_graceSecs;
    if (!m_windows->claimStart(window, m_runnerName, now, late)) {
        next(); // another runner was first: it starts this one
        return;
    }
    m_current = *m_windows->window(window.id);
    if (!m_api) {
        m_windows->releaseStart(window.id, m_runnerName);
        fail(window,
             tr("%1: no connection to DialNexa; it will start on the next pass.").arg(window.id));
        return;
    }
    WorkflowQuery query;
    query.status = QStringLiteral("active"); // also matches the legacy "running"
    query.search = window.search;
    m_api->listAll(
        query, this, [this, window, late, lateSecs](const ApiResult<WorkflowListing> &result) {
            if (!result.ok() || !result.value().complete) {
                // "Everything in scope" needs the whole list: try again on the next pass.
                m_windows->releaseStart(window.id, m_runnerName);
                fail(window, tr("%1 “%2” could not start: %3. Nothing was paused; it is tried "
                                "again on the next pass.")
                                 .arg(window.id, window.reason,
                                      result.ok() ? tr("the workflow list is incomplete (%1)")
                                                        .arg(result.value().incompleteReason)
                                                  : result.error().userMessage()));
                return;
            }
            QList<BulkItem> items;
            for (const Workflow &w : result.value().workflows) {
                if (w.status.state() == WorkflowState::Active && window.covers(w))
                    items.append(BulkItem{w.id, w.name, w.enrolledLeads});
            }
            m_current.startedLate = late;
            if (items.isEmpty()) {
                ++m_started;
                Q_EMIT message(tr("%1 “%2” started%3: no active workflow in its scope, nothing "
                                  "paused.")
                                   .arg(window.id, window.reason, late ? tr(" late") : QString()));
                Q_EMIT windowStarted(window.id, QString(), 0, late);
                next();
                return;
            }
            // pauseFinished may come before startPauseIncident() returns.
            m_phase = Phase::Pausing;
            const QString incidentId = m_coordinator->startPauseIncident(
                incidentReason(window, late, lateSecs), items, m_profile, m_apiHost);
            if (incidentId.isEmpty()) {
                m_phase = Phase::Idle;
                m_windows->releaseStart(window.id, m_runnerName);
                fail(window,
                     tr("%1 could not open its incident (%2); nothing was paused.")
                         .arg(window.id, m_incidents ? m_incidents->lastError() : QString()));
                return;
            }
            m_windows->setIncident(window.id, m_runnerName, incidentId);
        });
}

void PauseWindowRunner::end(const PauseWindow &window)
{
    const QDateTime now = m_clock->nowUtc();
    if (!m_windows->claimEnd(window, m_runnerName, now)) {
        next(); // ended by another runner, or extended meanwhile
        return;
    }
    m_current = *m_windows->window(window.id);
    if (m_current.incidentId.isEmpty()) {
        finishEnd(m_current, 0);
        return;
    }
    if (m_importIncident)
        m_importIncident(m_current.incidentId);
    m_phase = Phase::Resuming;
    if (!m_coordinator->resumeIncident(m_current.incidentId)) {
        m_phase = Phase::Idle;
        const QString why = m_coordinator->wrongServerReason(m_current.incidentId);
        Q_EMIT message(tr("%1: its incident %2 was not resumed here%3; resume it from the "
                          "Incidents dialog or with dialnexa-ctl resume --incident %2 --yes.")
                           .arg(window.id, m_current.incidentId,
                                why.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(why)));
        finishEnd(m_current, 0);
        return;
    }
}

void PauseWindowRunner::finishEnd(const PauseWindow &window, int resumed)
{
    m_windows->finishOccurrence(window, m_runnerName, m_clock->nowUtc(), false);
    ++m_ended;
    Q_EMIT message(tr("%1 “%2” ended: %3 resumed.").arg(window.id, window.reason).arg(resumed));
    Q_EMIT windowEnded(window.id, window.incidentId, resumed);
    next();
}
