#pragma once

#include "bulk/BulkItem.h"
#include "incidents/ResumeItemReport.h"
#include "storage/TeamStoreConfig.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

#include <optional>

class AuditLog;
class ConsoleDatabase;
class IncidentCoordinator;
class IncidentStore;
class TeamLink;
class WorkflowApi;
struct BulkSummary;

// dialnexa-ctl's incident and audit commands, on the same audit/incident file as the
// console (ConsoleDataPaths: $DIALNEXA_DATA_DIR, else the console's data directory):
//   pause --all-active [--search T] --reason R [--yes]   (dry run without --yes: no POST)
//   incidents                                            (id first, one per line)
//   resume --incident ID [--yes]                         (dry run without --yes: nothing sent)
//   retry-failed --incident ID [--yes]                   (dry run without --yes: nothing sent)
//   audit [--since ISO-TIME] [--csv]
// Asynchronous in the application's event loop; emits finished(exit code) once.
struct CtlIncidentTask
{
    enum class Kind { PauseAllActive, Incidents, ResumeIncident, RetryFailed, Audit, TeamSync };
    Kind kind = Kind::Incidents;
    QString search;
    QString reason;
    QString incidentId;
    QDateTime since;
    bool csv = false;
    bool yes = false;
    int concurrency = 4;
    QString profile; // recorded on the incident and audit rows
    QString apiHost;
    std::optional<TeamStoreConfig> team; // team mode

    // Whether the command talks to DialNexa at all (and so needs an address and a key).
    bool needsApi() const
    {
        return kind == Kind::PauseAllActive ||
               ((kind == Kind::ResumeIncident || kind == Kind::RetryFailed) && yes);
    }
};

class CtlIncidentRunner : public QObject
{
    Q_OBJECT
public:
    // `api` may be null when !task.needsApi(); it must outlive the runner.
    CtlIncidentRunner(const CtlIncidentTask &task, WorkflowApi *api, QObject *parent = nullptr);
    ~CtlIncidentRunner() override;

    void start();

    // `INC-… open 2026-11-29T04:12Z 12 workflows "reason"`
    static QString incidentLine(const QString &id, bool open, const QDateTime &startedUtc,
                                int pausedCount, const QString &reason);

Q_SIGNALS:
    void finished(int exitCode);

private:
    bool openStore();
    // True when the task's incident is open; else says why and finish()es with 4 (unknown)
    // or 3 (closed).
    bool checkOpenIncident(const QString &closedMessage);
    bool reportClosedByTeam();
    // Says why and finish()es with 1 when the incident belongs to another server.
    bool refuseOtherServer();
    void createCoordinator();
    void printPauseOutcomes();
    void printResumeReports();
    void runPauseAllActive();
    void startPause(const QList<BulkItem> &items);
    void runIncidents();
    void runResume();
    void runRetryFailed();
    void runAudit();
    void runTeamSync();
    // Team mode: connects (once) and says so when the store cannot be used.
    TeamLink *teamLink();
    bool teamOnline();
    void pushToTeam();
    void finish(int exitCode);
    static void printOut(const QString &text);
    // JSON and CSV: exact bytes (they escape or quote what they carry).
    static void printRaw(const QString &text);
    static void printErr(const QString &text);

    CtlIncidentTask m_task;
    QPointer<WorkflowApi> m_api;
    ConsoleDatabase *m_database = nullptr;
    AuditLog *m_audit = nullptr;
    IncidentStore *m_store = nullptr;
    TeamLink *m_team = nullptr;
    bool m_warnedUnrecorded = false;
    IncidentCoordinator *m_coordinator = nullptr;
    int m_exitCode = 0;
    bool m_finished = false;
};
