#pragma once

#include "incidents/PauseWindowStore.h"

#include <QObject>
#include <QPointer>
#include <QString>

#include <deque>
#include <functional>

class AuditLog;
class Clock;
class IncidentCoordinator;
class IncidentStore;
class ResumeClaims;
class WorkflowApi;
struct BulkSummary;
struct ResumeItemReport;

// Executes due pause windows, one pass at a time: starts what is due (claim, list, pause
// every active workflow in scope as ONE incident with the window's reason) and ends what
// is due (claim, resume exactly what that incident paused and is still paused, as an
// incident resume does). Every transition is claimed in the PauseWindowStore first, so
// however many consoles and dialnexa-ctl processes run a pass at the same moment, each
// start and end happens once. "Now" comes from the injected Clock.
class PauseWindowRunner : public QObject
{
    Q_OBJECT
public:
    static constexpr qint64 DefaultGraceSecs = 15 * 60;

    // `apiHost` (ServerName of the api's base URL) picks the windows of this server.
    PauseWindowRunner(WorkflowApi *api, PauseWindowStore *windows, IncidentStore *incidents,
                      AuditLog *audit, const Clock *clock, const QString &profile,
                      const QString &apiHost, QObject *parent = nullptr);
    ~PauseWindowRunner() override;

    // Who claims ("user@host pid 1234 #1"); recorded as started_by / ended_by.
    void setRunnerName(const QString &name);
    QString runnerName() const { return m_runnerName; }
    void setOperatorName(const QString &name); // audit rows' OS user
    void setGraceSecs(qint64 secs) { m_graceSecs = secs; }
    void setConcurrency(int concurrency);
    void setClock(const Clock *clock) { m_clock = clock; }
    // The server this runner acts on (a console switches profiles): its windows only.
    void setServer(const QString &profile, const QString &apiHost);
    QString apiHost() const { return m_apiHost; }
    // Team mode: the window's incident may have been opened by a teammate's console, so
    // before an end the runner asks for a local copy of it (TeamStore::importIncident), and
    // its resumes are claimed per workflow like any team incident resume.
    void setIncidentImporter(std::function<void(const QString &incidentId)> importer);
    void setResumeClaims(ResumeClaims *claims);

    // One pass over what is due now. False when a pass is still running.
    bool runDue();
    bool isBusy() const { return m_busy; }

Q_SIGNALS:
    // One sentence per thing done or refused, for a terminal or a log.
    void message(const QString &text);
    void windowStarted(const QString &windowId, const QString &incidentId, int paused, bool late);
    void windowEnded(const QString &windowId, const QString &incidentId, int resumed);
    void problem(const QString &windowId, const QString &text);
    // started/ended: transitions this runner executed; failed: those it could not.
    void passFinished(int started, int ended, int failed);

private:
    void next();
    void start(const PauseWindow &window);
    void end(const PauseWindow &window);
    void finishEnd(const PauseWindow &window, int resumed);
    void fail(const PauseWindow &window, const QString &text);
    QString incidentReason(const PauseWindow &window, bool late, qint64 lateSecs) const;

    QPointer<WorkflowApi> m_api;
    QPointer<PauseWindowStore> m_windows;
    QPointer<IncidentStore> m_incidents;
    const Clock *m_clock;
    IncidentCoordinator *m_coordinator;
    QString m_profile;
    QString m_apiHost;
    QString m_runnerName;
    qint64 m_graceSecs = DefaultGraceSecs;
    std::function<void(const QString &)> m_importIncident;
    enum class Phase { Idle, Pausing, Resuming };
    Phase m_phase = Phase::Idle;
    std::deque<PauseWindowStore::Due> m_queue;
    PauseWindow m_current;
    bool m_busy = false;
    int m_started = 0;
    int m_ended = 0;
    int m_failed = 0;
};
