#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

// dialnexa-ctl's command line, parsed and checked before anything touches the network.
struct CtlParseResult;

struct CtlOptions
{
    enum class Command {
        List,
        Get,
        Pause,
        Resume,
        Cancel,
        Incidents,
        Audit,
        RetryFailed,
        TeamStoreSync,
        Windows
    };

    Command command = Command::List;
    QStringList ids;
    QString profile;   // empty: the current profile
    QUrl baseUrl;      // empty: from the profile
    QString caFile;    // --ca-file: CA certificates trusted besides the system's
    int timeoutMs = 0; // --timeout-ms: inactivity timeout and overall deadline; 0: defaults
    QString status;    // list --status, as typed
    bool json = false;
    bool yes = false;
    // Incidents and audit (CtlIncidentRunner).
    bool allActive = false; // pause --all-active
    QString search;         // pause --all-active --search
    QString reason;         // pause --all-active --reason (required)
    QString incidentId;     // resume --incident, retry-failed --incident
    QDateTime since;        // audit --since (UTC)
    bool csv = false;       // audit --csv
    QString teamStore;      // --team-store URL (checked); empty: DIALNEXA_TEAM_STORE
    // Pause windows (CtlWindowsRunner): windows [add|cancel ID|end ID|run-due].
    QString windowsVerb;   // "list", "add", "cancel", "end", "run-due"
    QString windowId;      // cancel, end
    QDateTime windowStart; // add --start (UTC; an ISO time without offset is local)
    QDateTime windowEnd;   // add --end
    QString repeat;        // add --repeat, as typed ("daily", "weekdays:mon,tue")

    // `arguments` includes the program name, as QCoreApplication::arguments().
    static CtlParseResult parse(const QStringList &arguments);
    static QString commandName(Command command);
};

struct CtlParseResult
{
    std::optional<CtlOptions> options; // set when the command should run
    int exitCode = 0;                  // when options is empty: 0 (--help/--version) or 2
    QString out;                       // text for stdout (help, version)
    QString err;                       // text for stderr (usage errors)
};
