#pragma once

#include "api/WorkflowApi.h"
#include "incidents/SystemClock.h"
#include "storage/TeamStoreConfig.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>

#include <optional>

class AuditLog;
class ConsoleDatabase;
class IncidentStore;
class PauseWindowStore;
class TeamLink;

// dialnexa-ctl's pause window commands, on the console's data file:
//   windows                                   list (id first, one per line)
//   windows add --start ISO --end ISO [--search T] [--status S] [--repeat R] --reason T [ID...]
//   windows cancel ID | windows end ID
//   windows run-due                           one pass: start and end what is due, then exit
// In team mode (--team-store / DIALNEXA_TEAM_STORE) the windows are the team's, in its
// PostgreSQL; the incidents and audit rows a pass writes go there before the exit.
struct CtlWindowsTask
{
    enum class Verb { List, Add, Cancel, End, RunDue };
    Verb verb = Verb::List;
    QString windowId;
    QDateTime startUtc;
    QDateTime endUtc;
    QString search;
    QString status;
    QStringList workflowIds;
    QString repeat;
    QString reason;
    QString profile;
    QString apiHost;
    std::optional<TeamStoreConfig> team; // team mode: the windows are the team's

    bool needsApi() const { return verb == Verb::RunDue; }
    // add records the server its workflows live on, so it needs the address (not the key).
    bool needsAddress() const { return verb == Verb::Add || verb == Verb::RunDue; }
};

class CtlWindowsRunner : public QObject
{
    Q_OBJECT
public:
    // `api` may be null unless task.needsApi(); it must outlive the runner.
    CtlWindowsRunner(const CtlWindowsTask &task, WorkflowApi *api, QObject *parent = nullptr);
    ~CtlWindowsRunner() override;

    void start();

    // "user@host": who planned a window.
    static QString plannerName();

Q_SIGNALS:
    void finished(int exitCode);

private:
    bool openStore();
    void runList();
    void runAdd();
    void runCancel();
    void runEnd();
    void runDue();
    void finish(int exitCode);
    static void printOut(const QString &text);
    static void printErr(const QString &text);

    CtlWindowsTask m_task;
    QPointer<WorkflowApi> m_api;
    ConsoleDatabase *m_database = nullptr;
    AuditLog *m_audit = nullptr;
    IncidentStore *m_incidents = nullptr;
    PauseWindowStore *m_windows = nullptr;
    TeamLink *m_team = nullptr;
    SystemClock m_clock;
    bool m_finished = false;
};
