#include "CtlOptions.h"

#include "DialNexaVersion.h"
#include "api/WorkflowApi.h"
#include "incidents/PauseWindowRepeat.h"
#include "storage/TeamStoreConfig.h"

#include "ExitCode.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace {
const char *Description = QT_TRANSLATE_NOOP(
    "CtlOptions",
    "Watch and control DialNexa workflows from scripts.\n"
    "\n"
    "Commands:\n"
    "  list [--status S] [--json]   List every workflow (ID, STATUS, NAME, LEADS).\n"
    "                               --status filters by status (active also matches the\n"
    "                               legacy running); --json prints a JSON array.\n"
    "                               A list the server did not page through (a full page\n"
    "                               brought nothing new) is printed, but exits 1.\n"
    "  get ID [--json]              Show one workflow.\n"
    "  pause ID...                  Pause workflows; prints \"ID: paused\" per workflow.\n"
    "  resume ID...                 Resume paused workflows.\n"
    "  cancel ID... --yes           Cancel workflows permanently. Without --yes nothing\n"
    "                               is sent.\n"
    "  pause --all-active [--search TEXT] --reason TEXT [--yes]\n"
    "                               Pause every active workflow (matching TEXT) as one\n"
    "                               incident. Without --yes: prints them, sends nothing.\n"
    "                               On an incomplete list it sends nothing and exits 1.\n"
    "  incidents                    List incidents, one per line, id first.\n"
    "  resume --incident ID [--yes] Resume what incident ID paused and is still paused.\n"
    "                               Without --yes: prints them, sends nothing.\n"
    "  retry-failed --incident ID [--yes]\n"
    "                               Pause again what incident ID failed to pause or lost\n"
    "                               track of (a crash): each is re-read first and only\n"
    "                               paused if still active. Once the incident's resume has\n"
    "                               started, it resumes again instead. Without --yes:\n"
    "                               prints them, sends nothing. Nothing to retry exits 0.\n"
    "  audit [--since ISO-TIME] [--csv]\n"
    "                               Print the audit log (who did what, when and why).\n"
    "  windows                      List pause windows (planned, running, past), id first.\n"
    "  windows add --start ISO --end ISO [--search TEXT] [--status S]\n"
    "              [--repeat daily|weekdays:mon,tue,...] --reason TEXT [ID...]\n"
    "                               Plan a pause window (times without an offset are local)\n"
    "                               over a search, a status and/or workflow IDs; prints its\n"
    "                               id. At its start everything active in scope is paused as\n"
    "                               one incident; at its end exactly that is resumed.\n"
    "  windows cancel ID            Cancel a planned window.\n"
    "  windows end ID               End a running window now (the next pass resumes).\n"
    "  windows run-due              One pass: start and end what is due, then exit (run it\n"
    "                               every minute: packaging/systemd/dialnexa-windows.timer).\n"
    "  team-store sync              Upload the incidents and audit rows written before\n"
    "                               team mode to the team store.\n"
    "Team mode: --team-store postgresql://USER@HOST:PORT/DB (or DIALNEXA_TEAM_STORE),\n"
    "password in DIALNEXA_TEAM_STORE_PASSWORD. Every command sends what this computer\n"
    "wrote to the team store (or says how many rows wait); incidents and audit list the\n"
    "team's rows with the operator user@host; resume --incident shares the work with\n"
    "anyone resuming the same incident. A store that cannot be reached never stops an\n"
    "action: it goes out and its rows wait here.\n"
    "Incidents and the audit log live in the console's data directory\n"
    "($DIALNEXA_DATA_DIR, else $XDG_DATA_HOME/DialNexa/DialNexa Console).\n"
    "\n"
    "Connection: --base-url, else the profile's address (--profile, else the current\n"
    "profile of the console); the built-in Sandbox profile needs --base-url. A profile\n"
    "without an address uses https://api.dialnexa.com/v1.\n"
    "HTTPS: the system's CA certificates, plus those in --ca-file (else the profile's\n"
    "\"Trusted CA certificates\" file); a certificate that fails is explained and nothing\n"
    "is sent (exit 1). Proxy: the profile's, else the system's (https_proxy, no_proxy);\n"
    "loopback addresses never use a proxy.\n"
    "API key: the DIALNEXA_API_KEY environment variable, else the system keychain entry\n"
    "of the profile and host (saved from the console).\n"
    "\n"
    "Exit codes: 0 success, 1 other failure, 2 usage error, 3 conflict (409),\n"
    "4 not found (404), 5 authentication or permission (401/403, or no key).\n"
    "With several IDs every one is attempted and the worst outcome decides\n"
    "(5 > 4 > 3 > 1).");

CtlParseResult usage(const QString &message)
{
    CtlParseResult r;
    r.exitCode = ExitCode::Usage;
    r.err = QCoreApplication::translate(
                "CtlOptions", "dialnexa-ctl: %1\nTry 'dialnexa-ctl --help' for more information.\n")
                .arg(message);
    return r;
}

// An ISO 8601 time; one without an offset is local wall time, as a supervisor plans.
QDateTime parseTime(const QString &text)
{
    const QDateTime t = QDateTime::fromString(text.trimmed(), Qt::ISODateWithMs);
    return t.isValid() ? t.toUTC() : QDateTime();
}

// The rest of `windows [add|cancel|end|run-due]` once the common options are read.
CtlParseResult parseWindows(CtlOptions o, const QString &start, const QString &end,
                            const QString &repeat, bool repeatSet, bool searchSet)
{
    const QString verb = o.windowsVerb;
    const bool add = verb == QLatin1String("add");
    if (verb != QLatin1String("list") && !add && verb != QLatin1String("cancel") &&
        verb != QLatin1String("end") && verb != QLatin1String("run-due"))
        return usage(
            QCoreApplication::translate(
                "CtlOptions", "unknown 'windows' command '%1' (add, cancel, end, run-due).")
                .arg(verb));
    if (o.json || o.yes || o.csv || o.allActive || !o.incidentId.isEmpty() || o.since.isValid())
        return usage(QCoreApplication::translate("CtlOptions",
                                                 "'windows %1' takes none of --json, --yes, --csv, "
                                                 "--all-active, --incident, --since.")
                         .arg(verb));
    if (!add) {
        if (!start.isNull() || !end.isNull() || repeatSet || searchSet || !o.status.isEmpty() ||
            !o.reason.isEmpty() || !o.ids.isEmpty())
            return usage(QCoreApplication::translate(
                             "CtlOptions", "'windows %1' takes no window options or workflow IDs "
                                           "(those are for 'windows add').")
                             .arg(verb));
        CtlParseResult r;
        r.options = o;
        return r;
    }
    if (start.isNull() || end.isNull())
        return usage(QCoreApplication::translate("CtlOptions",
                                                 "'windows add' needs --start ISO and --end ISO."));
    o.windowStart = parseTime(start);
    o.windowEnd = parseTime(end);
    if (!o.windowStart.isValid() || !o.windowEnd.isValid())
        return usage(QCoreApplication::translate("CtlOptions",
                                                 "--start and --end need ISO 8601 times such as "
                                                 "2026-12-24T21:00 (local) or 2026-12-24T20:00Z."));
    if (o.windowEnd <= o.windowStart)
        return usage(
            QCoreApplication::translate("CtlOptions", "--end must be later than --start."));
    if (o.reason.isEmpty())
        return usage(QCoreApplication::translate(
            "CtlOptions", "'windows add' needs --reason TEXT (it is the incident's "
                          "reason in the audit log)."));
    if (!PauseWindowRepeat::parse(repeat))
        return usage(QCoreApplication::translate(
                         "CtlOptions", "--repeat takes daily or weekdays:mon,tue,... (not '%1').")
                         .arg(repeat));
    o.repeat = PauseWindowRepeat::parse(repeat)->toString();
    CtlParseResult r;
    r.options = o;
    return r;
}
} // namespace

QString CtlOptions::commandName(Command command)
{
    switch (command) {
    case Command::List:
        return QStringLiteral("list");
    case Command::Get:
        return QStringLiteral("get");
    case Command::Pause:
        return QStringLiteral("pause");
    case Command::Resume:
        return QStringLiteral("resume");
    case Command::Cancel:
        return QStringLiteral("cancel");
    case Command::Incidents:
        return QStringLiteral("incidents");
    case Command::Audit:
        return QStringLiteral("audit");
    case Command::RetryFailed:
        return QStringLiteral("retry-failed");
    case Command::Windows:
        return QStringLiteral("windows");
    case Command::TeamStoreSync:
        return QCoreApplication::translate("CtlOptions", "team-store sync");
    }
    return {};
}

CtlParseResult CtlOptions::parse(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("CtlOptions", Description));
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption helpOption = parser.addHelpOption();
    const QCommandLineOption versionOption = parser.addVersionOption();
    const QCommandLineOption baseUrlOption(
        QStringLiteral("base-url"),
        QCoreApplication::translate("CtlOptions",
                                    "API base URL, e.g. https://api.dialnexa.com/v1."),
        QStringLiteral("URL"));
    const QCommandLineOption profileOption(
        QStringLiteral("profile"),
        QCoreApplication::translate("CtlOptions", "Connection profile (default: the current one)."),
        QStringLiteral("NAME"));
    const QCommandLineOption caFileOption(
        QStringLiteral("ca-file"),
        QCoreApplication::translate(
            "CtlOptions", "PEM file of CA certificates (e.g. your company's) trusted in addition "
                          "to the system's."),
        QStringLiteral("PATH"));
    const QCommandLineOption timeoutOption(
        QStringLiteral("timeout-ms"),
        QCoreApplication::translate(
            "CtlOptions", "Per-request timeout in milliseconds: both the longest silence and the "
                          "longest whole request, retries included (default: 15000 and 30000)."),
        QStringLiteral("N"));
    const QCommandLineOption statusOption(
        QStringLiteral("status"),
        QCoreApplication::translate("CtlOptions", "list: only workflows in this status "
                                                  "(draft, active, paused, completed, cancelled)."),
        QStringLiteral("S"));
    const QCommandLineOption jsonOption(
        QStringLiteral("json"),
        QCoreApplication::translate("CtlOptions", "list, get: print JSON instead of text."));
    const QCommandLineOption yesOption(
        QStringLiteral("yes"),
        QCoreApplication::translate(
            "CtlOptions", "cancel: confirm; cancelling is permanent. pause --all-active, resume "
                          "--incident, retry-failed: send (without it: a dry run)."));
    const QCommandLineOption allActiveOption(
        QStringLiteral("all-active"),
        QCoreApplication::translate("CtlOptions",
                                    "pause: every active workflow, as one incident."));
    const QCommandLineOption searchOption(
        QStringLiteral("search"),
        QCoreApplication::translate("CtlOptions",
                                    "pause --all-active: only names or IDs containing TEXT."),
        QStringLiteral("TEXT"));
    const QCommandLineOption reasonOption(
        QStringLiteral("reason"),
        QCoreApplication::translate("CtlOptions",
                                    "pause --all-active: why (kept in the audit log)."),
        QStringLiteral("TEXT"));
    const QCommandLineOption incidentOption(
        QStringLiteral("incident"),
        QCoreApplication::translate("CtlOptions",
                                    "resume, retry-failed: what this incident paused."),
        QStringLiteral("ID"));
    const QCommandLineOption sinceOption(
        QStringLiteral("since"),
        QCoreApplication::translate("CtlOptions",
                                    "audit: rows requested at or after this ISO 8601 time."),
        QStringLiteral("ISO-TIME"));
    const QCommandLineOption csvOption(
        QStringLiteral("csv"), QCoreApplication::translate(
                                   "CtlOptions", "audit: print CSV (RFC 4180) with a header row."));
    const QCommandLineOption teamStoreOption(
        QStringLiteral("team-store"),
        QCoreApplication::translate(
            "CtlOptions", "Team store: postgresql://USER@HOST:PORT/DB[?sslmode=…] (default: "
                          "DIALNEXA_TEAM_STORE; password: DIALNEXA_TEAM_STORE_PASSWORD)."),
        QStringLiteral("URL"));
    const QCommandLineOption startOption(
        QStringLiteral("start"),
        QCoreApplication::translate(
            "CtlOptions", "windows add: when the window starts (ISO 8601; local without offset)."),
        QStringLiteral("ISO"));
    const QCommandLineOption endOption(
        QStringLiteral("end"),
        QCoreApplication::translate("CtlOptions", "windows add: when the window ends (ISO 8601)."),
        QStringLiteral("ISO"));
    const QCommandLineOption repeatOption(
        QStringLiteral("repeat"),
        QCoreApplication::translate("CtlOptions",
                                    "windows add: daily, or weekdays:mon,tue,... (default: once)."),
        QStringLiteral("RULE"));
    // Read by main() before parsing (LanguageLoader::fromArguments); listed for --help.
    const QCommandLineOption langOption(
        QStringLiteral("lang"),
        QCoreApplication::translate(
            "CtlOptions", "Language of the messages: en, hi or pseudo (default: the system's)."),
        QStringLiteral("LANG"));
    parser.addOptions({baseUrlOption, profileOption, caFileOption, timeoutOption, langOption,
                       statusOption, jsonOption, yesOption, allActiveOption, searchOption,
                       reasonOption, incidentOption, sinceOption, csvOption, teamStoreOption,
                       startOption, endOption, repeatOption});
    parser.addPositionalArgument(
        QStringLiteral("command"),
        QCoreApplication::translate(
            "CtlOptions",
            "list | get | pause | resume | cancel | incidents | retry-failed | audit | "
            "windows | team-store sync"));
    parser.addPositionalArgument(QStringLiteral("ID"),
                                 QCoreApplication::translate("CtlOptions", "Workflow IDs."),
                                 QStringLiteral("[ID...]"));

    if (!parser.parse(arguments))
        return usage(parser.errorText());

    if (parser.isSet(helpOption) || parser.isSet(QStringLiteral("help-all"))) {
        CtlParseResult r;
        r.out = parser.helpText();
        return r;
    }
    if (parser.isSet(versionOption)) {
        CtlParseResult r;
        r.out = QCoreApplication::translate("CtlOptions", "dialnexa-ctl %1\n")
                    .arg(QString::fromLatin1(DIALNEXA_VERSION));
        return r;
    }

    QStringList positional = parser.positionalArguments();
    if (positional.isEmpty())
        return usage(QCoreApplication::translate(
            "CtlOptions", "missing command (list, get, pause, resume or cancel)."));

    CtlOptions o;
    const QString commandWord = positional.takeFirst();
    if (commandWord == QLatin1String("list"))
        o.command = Command::List;
    else if (commandWord == QLatin1String("get"))
        o.command = Command::Get;
    else if (commandWord == QLatin1String("pause"))
        o.command = Command::Pause;
    else if (commandWord == QLatin1String("resume"))
        o.command = Command::Resume;
    else if (commandWord == QLatin1String("cancel"))
        o.command = Command::Cancel;
    else if (commandWord == QLatin1String("incidents"))
        o.command = Command::Incidents;
    else if (commandWord == QLatin1String("audit"))
        o.command = Command::Audit;
    else if (commandWord == QLatin1String("retry-failed"))
        o.command = Command::RetryFailed;
    else if (commandWord == QLatin1String("windows"))
        o.command = Command::Windows;
    else if (commandWord == QLatin1String("team-store")) {
        if (positional.value(0) != QLatin1String("sync") || positional.size() != 1)
            return usage(QCoreApplication::translate(
                "CtlOptions", "'team-store' needs the word sync: dialnexa-ctl "
                              "team-store sync."));
        positional.clear();
        o.command = Command::TeamStoreSync;
    } else
        return usage(
            QCoreApplication::translate("CtlOptions", "unknown command '%1'.").arg(commandWord));

    if (o.command == Command::Windows)
        o.windowsVerb = positional.isEmpty() ? QStringLiteral("list") : positional.takeFirst();
    if (o.command == Command::Windows &&
        (o.windowsVerb == QLatin1String("cancel") || o.windowsVerb == QLatin1String("end"))) {
        if (positional.size() != 1)
            return usage(QStringLiteral("'windows %1' needs exactly one window ID (see "
                                        "'dialnexa-ctl windows').")
                             .arg(o.windowsVerb));
        o.windowId = positional.takeFirst().trimmed();
    }
    for (const QString &id : positional) {
        if (id.trimmed().isEmpty())
            return usage(
                QCoreApplication::translate("CtlOptions", "an empty workflow ID was given."));
        // Checked before anything is built from it: "pause .." must not become POST /v1/pause.
        if (const QString problem = WorkflowApi::idProblem(id); !problem.isEmpty())
            return usage(problem);
        if (!o.ids.contains(id))
            o.ids.append(id); // the same ID twice would be a guaranteed 409
    }

    if (parser.isSet(teamStoreOption)) {
        QString why;
        o.teamStore = parser.value(teamStoreOption).trimmed();
        if (!TeamStoreConfig::parse(o.teamStore, &why))
            return usage(QCoreApplication::translate("CtlOptions", "--team-store: %1.").arg(why));
    }
    o.json = parser.isSet(jsonOption);
    o.yes = parser.isSet(yesOption);
    o.profile = parser.value(profileOption);
    if (parser.isSet(profileOption) && o.profile.trimmed().isEmpty())
        return usage(QCoreApplication::translate("CtlOptions", "--profile needs a name."));

    if (parser.isSet(baseUrlOption)) {
        const QString raw = parser.value(baseUrlOption).trimmed();
        o.baseUrl = QUrl(raw, QUrl::StrictMode);
        if (raw.isEmpty() || !o.baseUrl.isValid())
            return usage(
                QCoreApplication::translate("CtlOptions", "--base-url '%1' is not a valid URL.")
                    .arg(raw));
    }
    if (parser.isSet(caFileOption)) {
        o.caFile = parser.value(caFileOption);
        if (o.caFile.trimmed().isEmpty())
            return usage(QCoreApplication::translate("CtlOptions", "--ca-file needs a file name."));
    }
    if (parser.isSet(timeoutOption)) {
        bool ok = false;
        o.timeoutMs = parser.value(timeoutOption).toInt(&ok);
        if (!ok || o.timeoutMs <= 0)
            return usage(QCoreApplication::translate(
                "CtlOptions", "--timeout-ms needs a positive number of milliseconds."));
    }
    if (parser.isSet(statusOption)) {
        o.status = parser.value(statusOption).trimmed().toLower();
        if (o.status.isEmpty())
            return usage(QCoreApplication::translate("CtlOptions", "--status needs a value."));
    }

    const QString name = commandName(o.command);
    auto notFor = [&](const QString &option) {
        return usage(QCoreApplication::translate("CtlOptions", "%1 does not apply to '%2'.")
                         .arg(option, name));
    };
    o.allActive = parser.isSet(allActiveOption);
    o.search = parser.value(searchOption).trimmed();
    o.reason = parser.value(reasonOption).simplified();
    o.incidentId = parser.value(incidentOption).trimmed();
    o.csv = parser.isSet(csvOption);
    if (parser.isSet(sinceOption)) {
        o.since = QDateTime::fromString(parser.value(sinceOption).trimmed(), Qt::ISODateWithMs);
        if (!o.since.isValid())
            return usage(QCoreApplication::translate(
                "CtlOptions", "--since needs an ISO 8601 time such as 2026-11-29T04:12Z."));
        o.since = o.since.toUTC();
    }
    const bool windowOptions =
        parser.isSet(startOption) || parser.isSet(endOption) || parser.isSet(repeatOption);
    if (o.command == Command::Windows)
        return parseWindows(o, parser.isSet(startOption) ? parser.value(startOption) : QString(),
                            parser.isSet(endOption) ? parser.value(endOption) : QString(),
                            parser.value(repeatOption), parser.isSet(repeatOption),
                            parser.isSet(searchOption));
    if (windowOptions)
        return usage(QStringLiteral("--start, --end and --repeat only apply to 'windows add'."));
    // The incident options belong to one command each.
    if (o.command != Command::Pause && o.allActive)
        return notFor(QStringLiteral("--all-active"));
    if (!o.allActive && parser.isSet(searchOption))
        return usage(QCoreApplication::translate("CtlOptions",
                                                 "--search only applies to 'pause --all-active'."));
    if (!o.allActive && parser.isSet(reasonOption))
        return usage(QCoreApplication::translate("CtlOptions",
                                                 "--reason only applies to 'pause --all-active'."));
    if (o.command != Command::Resume && o.command != Command::RetryFailed &&
        parser.isSet(incidentOption))
        return notFor(QStringLiteral("--incident"));
    if (o.command != Command::Audit && (parser.isSet(sinceOption) || o.csv))
        return notFor(parser.isSet(sinceOption) ? QStringLiteral("--since")
                                                : QStringLiteral("--csv"));
    if (o.allActive || parser.isSet(incidentOption)) {
        if (!o.ids.isEmpty())
            return usage(QCoreApplication::translate("CtlOptions", "'%1 %2' takes no workflow IDs.")
                             .arg(name, o.allActive ? QStringLiteral("--all-active")
                                                    : QStringLiteral("--incident")));
        if (parser.isSet(statusOption))
            return notFor(QStringLiteral("--status"));
        if (o.json)
            return notFor(QStringLiteral("--json"));
        if (o.allActive && o.reason.isEmpty())
            return usage(QCoreApplication::translate(
                "CtlOptions", "'pause --all-active' needs --reason TEXT (it is kept in "
                              "the audit log). Nothing was sent."));
        if (!o.allActive && o.incidentId.isEmpty())
            return usage(QCoreApplication::translate(
                "CtlOptions", "--incident needs an incident ID (see 'dialnexa-ctl incidents')."));
        CtlParseResult r;
        r.options = o;
        return r;
    }
    switch (o.command) {
    case Command::Windows: // parsed by parseWindows() above
        break;
    case Command::RetryFailed: // only reached without --incident
        return usage(QCoreApplication::translate(
            "CtlOptions", "'retry-failed' needs --incident ID (see 'dialnexa-ctl incidents')."));
    case Command::List:
        if (!o.ids.isEmpty())
            return usage(
                QCoreApplication::translate("CtlOptions", "'list' takes no workflow IDs."));
        if (o.yes)
            return notFor(QStringLiteral("--yes"));
        break;
    case Command::Incidents:
    case Command::Audit:
    case Command::TeamStoreSync:
        if (!o.ids.isEmpty())
            return usage(
                QCoreApplication::translate("CtlOptions", "'%1' takes no workflow IDs.").arg(name));
        if (parser.isSet(statusOption))
            return notFor(QStringLiteral("--status"));
        if (o.json)
            return notFor(QStringLiteral("--json"));
        if (o.yes)
            return notFor(QStringLiteral("--yes"));
        break;
    case Command::Get:
        if (o.ids.size() != 1)
            return usage(
                QCoreApplication::translate("CtlOptions", "'get' needs exactly one workflow ID."));
        if (parser.isSet(statusOption))
            return notFor(QStringLiteral("--status"));
        if (o.yes)
            return notFor(QStringLiteral("--yes"));
        break;
    case Command::Pause:
    case Command::Resume:
    case Command::Cancel:
        if (o.ids.isEmpty())
            return usage(
                QCoreApplication::translate("CtlOptions", "'%1' needs at least one workflow ID.")
                    .arg(name));
        if (parser.isSet(statusOption))
            return notFor(QStringLiteral("--status"));
        if (o.json)
            return notFor(QStringLiteral("--json"));
        if (o.command != Command::Cancel && o.yes)
            return notFor(QStringLiteral("--yes"));
        if (o.command == Command::Cancel && !o.yes)
            return usage(QCoreApplication::translate(
                "CtlOptions",
                "refusing to cancel %n workflow(s) without --yes: cancelling is "
                "permanent and cannot be undone. Nothing was sent.",
                nullptr, int(o.ids.size())));
        break;
    }

    CtlParseResult r;
    r.options = o;
    return r;
}
