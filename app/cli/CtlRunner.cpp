#include "CtlRunner.h"
#include "api/ServerName.h"

#include "account/OperatorIdentity.h"
#include "audit/AuditLog.h"
#include "audit/AuditReconciler.h"
#include "bulk/BulkItemOutcome.h"
#include "storage/ConsoleDatabase.h"
#include "storage/TeamLink.h"
#include "storage/TeamReplicator.h"

#include "CtlFormat.h"
#include "CtlIncidentRunner.h"
#include "ExitCode.h"

#include "account/ApiKeyResolver.h"
#include "account/ProfileStore.h"
#include "account/SecretStore.h"
#include "api/ApiClient.h"
#include "api/TrustedCaFile.h"
#include "api/WorkflowApi.h"
#include "incidents/IncidentCoordinator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QPointer>
#include <QProcessEnvironment>

#include <cstdio>

namespace {
LifecycleAction actionFor(CtlOptions::Command command)
{
    switch (command) {
    case CtlOptions::Command::Pause:
        return LifecycleAction::Pause;
    case CtlOptions::Command::Resume:
        return LifecycleAction::Resume;
    default:
        return LifecycleAction::Cancel;
    }
}

QString errorWord(const ApiError &error)
{
    return ApiError::kindName(error.kind()).replace(QLatin1Char('-'), QLatin1Char(' '));
}
} // namespace

CtlRunner::CtlRunner(CtlOptions options, ProfileStore *profiles, SecretStore *secrets,
                     QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_profiles(profiles)
    , m_secrets(secrets)
{ }

CtlRunner::~CtlRunner() = default;

void CtlRunner::printOut(const QString &text)
{
    printRaw(CtlFormat::terminalSafe(text));
}

void CtlRunner::printRaw(const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fflush(stdout);
}

void CtlRunner::printErr(const QString &text)
{
    const QByteArray bytes = CtlFormat::terminalSafe(text).toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
    std::fflush(stderr);
}

void CtlRunner::finish(int exitCode)
{
    if (m_finished)
        return;
    m_finished = true;
    // Team mode: the rows of a single action go to the team store after the request went
    // out (and whatever waited from an earlier command goes with them).
    if (m_team && !isIncidentCommand() && m_database && m_database->isOpen()) {
        TeamLink link(m_database);
        if (!link.connectTo(*m_team))
            printErr(QStringLiteral("dialnexa-ctl: warning: %1\n").arg(link.lastError()));
        if (!link.replicator()->pushNow())
            printErr(QStringLiteral("dialnexa-ctl: %1; they are sent by the next command that "
                                    "reaches the team store.\n")
                         .arg(link.replicator()->statusText()));
    }
    Q_EMIT finished(exitCode);
}

bool CtlRunner::isIncidentCommand() const
{
    return m_options.command == CtlOptions::Command::Incidents ||
           m_options.command == CtlOptions::Command::Audit ||
           m_options.command == CtlOptions::Command::RetryFailed ||
           m_options.command == CtlOptions::Command::TeamStoreSync ||
           (m_options.command == CtlOptions::Command::Pause && m_options.allActive) ||
           (m_options.command == CtlOptions::Command::Resume && !m_options.incidentId.isEmpty());
}

CtlIncidentTask::Kind CtlRunner::incidentTaskKind() const
{
    switch (m_options.command) {
    case CtlOptions::Command::Pause:
        return CtlIncidentTask::Kind::PauseAllActive;
    case CtlOptions::Command::Resume:
        return CtlIncidentTask::Kind::ResumeIncident;
    case CtlOptions::Command::RetryFailed:
        return CtlIncidentTask::Kind::RetryFailed;
    case CtlOptions::Command::Audit:
        return CtlIncidentTask::Kind::Audit;
    case CtlOptions::Command::TeamStoreSync:
        return CtlIncidentTask::Kind::TeamSync;
    default:
        return CtlIncidentTask::Kind::Incidents;
    }
}

void CtlRunner::runIncidentTask(WorkflowApi *api)
{
    CtlIncidentTask task;
    task.kind = incidentTaskKind();
    task.search = m_options.search;
    task.reason = m_options.reason;
    task.incidentId = m_options.incidentId;
    task.since = m_options.since;
    task.csv = m_options.csv;
    task.yes = m_options.yes;
    task.profile = m_profileName;
    task.apiHost = ServerName::of(m_baseUrl); // host[:port], as the console
    task.team = m_team;
    auto *runner = new CtlIncidentRunner(task, api, this);
    connect(runner, &CtlIncidentRunner::finished, this, &CtlRunner::finish);
    runner->start();
}

CtlWindowsTask CtlRunner::windowsTask() const
{
    CtlWindowsTask task;
    const QString verb = m_options.windowsVerb;
    task.verb = verb == QLatin1String("add")       ? CtlWindowsTask::Verb::Add
                : verb == QLatin1String("cancel")  ? CtlWindowsTask::Verb::Cancel
                : verb == QLatin1String("end")     ? CtlWindowsTask::Verb::End
                : verb == QLatin1String("run-due") ? CtlWindowsTask::Verb::RunDue
                                                   : CtlWindowsTask::Verb::List;
    task.windowId = m_options.windowId;
    task.startUtc = m_options.windowStart;
    task.endUtc = m_options.windowEnd;
    task.search = m_options.search;
    task.status = m_options.status;
    task.workflowIds = m_options.ids;
    task.repeat = m_options.repeat;
    task.reason = m_options.reason;
    task.profile = m_profileName;
    task.apiHost = ServerName::of(m_baseUrl);
    task.team = m_team;
    return task;
}

void CtlRunner::runWindowsTask(WorkflowApi *api)
{
    auto *runner = new CtlWindowsRunner(windowsTask(), api, this);
    connect(runner, &CtlWindowsRunner::finished, this, &CtlRunner::finish);
    runner->start();
}

void CtlRunner::start()
{
    // 0. Team mode: --team-store, else DIALNEXA_TEAM_STORE; the password only from the
    // environment (never a command-line argument: other users see those).
    const QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    QString teamError;
    if (!m_options.teamStore.isEmpty()) {
        m_team = TeamStoreConfig::parse(m_options.teamStore, &teamError);
        if (m_team)
            m_team->password = env.value(QStringLiteral("DIALNEXA_TEAM_STORE_PASSWORD"));
    } else {
        m_team = TeamStoreConfig::fromEnvironment(env, &teamError);
    }
    if (!teamError.isEmpty()) {
        printErr(QStringLiteral("dialnexa-ctl: DIALNEXA_TEAM_STORE: %1.\n").arg(teamError));
        finish(ExitCode::Usage);
        return;
    }
    const bool windows = m_options.command == CtlOptions::Command::Windows;
    // Listing, cancelling and ending a window need neither an address nor a key.
    if (windows && !windowsTask().needsAddress()) {
        runWindowsTask(nullptr);
        return;
    }
    // Incidents, audit and dry runs of a resume need no address and no key.
    if (isIncidentCommand()) {
        CtlIncidentTask probe;
        probe.kind = incidentTaskKind();
        probe.yes = m_options.yes;
        if (!probe.needsApi()) {
            runIncidentTask(nullptr);
            return;
        }
    }
    // 1. Which profile and which address.
    if (!m_options.profile.isEmpty()) {
        const auto profile = m_profiles->profile(m_options.profile);
        if (!profile) {
            printErr(
                QStringLiteral("dialnexa-ctl: there is no profile named \"%1\" (known: %2).\n")
                    .arg(m_options.profile, m_profiles->profileNames().join(QStringLiteral(", "))));
            finish(ExitCode::Usage);
            return;
        }
        m_profileName = profile->name;
    } else {
        m_profileName = m_profiles->currentProfileName();
    }
    const Profile profile = m_profiles->profile(m_profileName).value_or(Profile{});
    m_caFile = m_options.caFile.isEmpty() ? profile.caFile : m_options.caFile;
    m_proxy = profile.proxy;

    if (!m_options.baseUrl.isEmpty()) {
        m_baseUrl = m_options.baseUrl;
    } else if (!profile.baseUrl.isEmpty()) {
        m_baseUrl = profile.baseUrl;
    } else if (profile.builtIn) {
        printErr(
            QStringLiteral("dialnexa-ctl: the %1 profile has no fixed address; pass --base-url "
                           "(dialnexa-sandbox prints it when it starts).\n")
                .arg(m_profileName));
        finish(ExitCode::Usage);
        return;
    } else {
        m_baseUrl = QUrl(QString::fromLatin1(ApiClient::DefaultBaseUrl));
    }
    if (const QString why = ApiClient::validateBaseUrl(m_baseUrl); !why.isEmpty()) {
        printErr(QStringLiteral("dialnexa-ctl: %1\n").arg(why));
        finish(ExitCode::Usage);
        return;
    }
    // A window is planned for a server (its address), without a key.
    if (windows && !windowsTask().needsApi()) {
        runWindowsTask(nullptr);
        return;
    }

    // 2. Which key.
    m_resolver = new ApiKeyResolver(m_secrets, this);
    m_resolver->resolve(
        m_profileName, m_baseUrl.host(), [this](const ApiKeyResolver::Resolution &r) {
            if (!r.found()) {
                QString text =
                    QStringLiteral("dialnexa-ctl: no API key for profile \"%1\" at %2. Set %3 or "
                                   "save a key from the console.")
                        .arg(m_profileName, m_baseUrl.host(),
                             QLatin1String(ApiKeyResolver::EnvironmentVariable));
                if (!r.errorText.isEmpty())
                    text += QStringLiteral(" (%1)").arg(r.errorText);
                printErr(text + QLatin1Char('\n'));
                finish(ExitCode::Authentication);
                return;
            }
            run(r.key);
        });
}

void CtlRunner::run(const QString &apiKey)
{
    m_client = new ApiClient(this);
    m_client->setBaseUrl(m_baseUrl);
    m_client->setApiKey(apiKey);
    if (!m_caFile.isEmpty()) {
        QString why;
        const QList<QSslCertificate> cas = TrustedCaFile::load(m_caFile, &why);
        if (cas.isEmpty()) {
            printErr(QStringLiteral("dialnexa-ctl: %1 Nothing was sent.\n").arg(why));
            finish(ExitCode::Failure);
            return;
        }
        m_client->setExtraCaCertificates(cas);
    }
    m_client->setProxySettings(m_proxy);
    if (m_options.timeoutMs > 0) {
        m_client->setTransferTimeoutMs(m_options.timeoutMs);
        m_client->setRequestDeadlineMs(m_options.timeoutMs);
    }
    m_api = new WorkflowApi(m_client, this);
    // A profile's manual proxy with a user: its password is in the keychain (saved by the
    // console when the proxy first asked).
    if (m_proxy.mode == ProxySettings::Mode::Manual && !m_proxy.user.isEmpty() && m_secrets) {
        QPointer<CtlRunner> self(this);
        m_secrets->read(m_proxy.secretAccount(), [self](const SecretStore::Result &r) {
            if (!self)
                return;
            if (r.ok())
                self->m_client->setProxySettings(self->m_proxy, r.secret);
            self->reconcileThenDispatch();
        });
        return;
    }
    reconcileThenDispatch();
}

void CtlRunner::reconcileThenDispatch()
{
    // Rows an earlier, killed run left without an outcome get the status read now, before
    // this command adds its own: the audit never keeps an action without an outcome.
    m_database = new ConsoleDatabase(this);
    m_audit = new AuditLog(m_database, this);
    if (m_database->open(ConsoleDatabase::defaultPath())) {
        auto *reconciler = new AuditReconciler(m_api, m_audit, this);
        connect(reconciler, &AuditReconciler::finished, this, [this](int completed, int) {
            if (completed > 0)
                printErr(QStringLiteral("dialnexa-ctl: %1 earlier action(s) on %2 had no recorded "
                                        "outcome; completed with the status read now.\n")
                             .arg(completed)
                             .arg(ServerName::of(m_baseUrl)));
            dispatch();
        });
        if (reconciler->start(ServerName::of(m_baseUrl)))
            return;
    }
    dispatch();
}

void CtlRunner::dispatch()
{
    if (m_options.command == CtlOptions::Command::Windows) {
        runWindowsTask(m_api);
        return;
    }
    if (isIncidentCommand()) {
        runIncidentTask(m_api);
        return;
    }
    switch (m_options.command) {
    case CtlOptions::Command::List:
        runList();
        break;
    case CtlOptions::Command::Get:
        runGet();
        break;
    case CtlOptions::Command::Pause:
    case CtlOptions::Command::Resume:
    case CtlOptions::Command::Cancel:
        runNextAction();
        break;
    case CtlOptions::Command::Incidents:
    case CtlOptions::Command::Audit:
    case CtlOptions::Command::RetryFailed:
    case CtlOptions::Command::Windows:
    case CtlOptions::Command::TeamStoreSync:
        break; // handled above
    }
}

void CtlRunner::runList()
{
    WorkflowQuery query;
    WorkflowStatus wanted;
    if (!m_options.status.isEmpty()) {
        wanted = WorkflowStatus::fromApi(m_options.status);
        query.status = CtlFormat::statusWord(wanted); // "running" is asked for as "active"
    }
    m_api->listAll(query, this, [this, wanted](const ApiResult<WorkflowListing> &result) {
        if (!result.ok()) {
            printErr(QStringLiteral("dialnexa-ctl: %1\n").arg(result.error().userMessage()));
            finish(ExitCode::forError(result.error()));
            return;
        }
        QList<Workflow> rows;
        for (const Workflow &w : result.value().workflows) {
            if (!wanted.isValid() || w.status == wanted)
                rows.append(w);
        }
        if (m_options.json) {
            QJsonArray array;
            for (const Workflow &w : rows)
                array.append(CtlFormat::toJson(w));
            printRaw(QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented)));
        } else {
            printOut(CtlFormat::table(rows));
        }
        const WorkflowListing &listing = result.value();
        if (listing.unreadableRows > 0)
            printErr(CtlFormat::unreadableRows(listing.unreadableRows) + QLatin1Char('\n'));
        if (!listing.complete) {
            // What was received is printed, but a script must not take it for everything.
            printErr(tr("dialnexa-ctl: the workflow list is incomplete (%1), so workflows may "
                        "be missing from the %2 shown.\n")
                         .arg(listing.incompleteReason)
                         .arg(rows.size()));
            finish(ExitCode::Failure);
            return;
        }
        finish(ExitCode::Success);
    });
}

void CtlRunner::runGet()
{
    const QString id = m_options.ids.first();
    m_api->get(id, this, [this](const ApiResult<Workflow> &result) {
        if (!result.ok()) {
            printErr(QStringLiteral("dialnexa-ctl: %1\n").arg(result.error().userMessage()));
            finish(ExitCode::forError(result.error()));
            return;
        }
        if (m_options.json)
            printRaw(QString::fromUtf8(
                QJsonDocument(CtlFormat::toJson(result.value())).toJson(QJsonDocument::Indented)));
        else
            printOut(CtlFormat::details(result.value()));
        finish(ExitCode::Success);
    });
}

void CtlRunner::runNextAction()
{
    if (m_nextIndex >= m_options.ids.size()) {
        finish(m_exitCode);
        return;
    }
    const QString id = m_options.ids.at(m_nextIndex++);
    const LifecycleAction action = actionFor(m_options.command);
    const qint64 row = auditRequest(id);
    m_api->perform(action, id, this, [this, id, row](const ApiResult<ActionOutcome> &result) {
        using Kind = BulkItemOutcome::Kind;
        if (!result.ok()) {
            const ApiError &e = result.error();
            auditOutcome(
                row,
                BulkItemOutcome::kindName(e.kind() == ApiError::Kind::NotFound   ? Kind::NotFound
                                          : e.kind() == ApiError::Kind::Conflict ? Kind::Conflict
                                                                                 : Kind::Failed),
                e.httpStatus(), e.serverMessage());
            reportActionFailure(id, e);
            runNextAction();
            return;
        }
        const Workflow &answered = result.value().workflow;
        const WorkflowState target = LifecycleActions::targetState(actionFor(m_options.command));
        if (answered.status.isValid() && answered.status.state() == target) {
            auditOutcome(row, BulkItemOutcome::kindName(Kind::Done), result.value().httpStatus);
            reportAction(id, answered);
            runNextAction();
            return;
        }
        // The body did not show the target status (another one, or none): the outcome is
        // unknown. Show what the server says now, never the body's word or a guess.
        const int http = result.value().httpStatus;
        m_api->get(id, this, [this, id, target, http, row](const ApiResult<Workflow> &reread) {
            if (reread.ok() && reread.value().status.state() == target) {
                auditOutcome(row, BulkItemOutcome::kindName(BulkItemOutcome::Kind::Done), http);
                reportAction(id, reread.value());
            } else {
                auditOutcome(row, BulkItemOutcome::kindName(BulkItemOutcome::Kind::Failed), http,
                             QStringLiteral("outcome unknown"));
                printErr(reread.ok()
                             ? QStringLiteral("%1: outcome unknown — DialNexa answered %2 without "
                                              "confirming it; the workflow is now %3\n")
                                   .arg(id)
                                   .arg(http)
                                   .arg(CtlFormat::statusWord(reread.value().status))
                             : QStringLiteral("%1: outcome unknown — DialNexa answered %2 without "
                                              "confirming it, and the re-read failed: %3\n")
                                   .arg(id)
                                   .arg(http)
                                   .arg(reread.error().userMessage()));
                m_exitCode = ExitCode::worst(m_exitCode, ExitCode::Failure);
            }
            runNextAction();
        });
    });
}

qint64 CtlRunner::auditRequest(const QString &id)
{
    if (!m_audit || !m_audit->isOpen())
        return -1;
    AuditEntry entry;
    entry.osUser = OperatorIdentity::userName();
    entry.profile = m_profileName;
    entry.apiHost = ServerName::of(m_baseUrl);
    entry.workflowId = id;
    entry.action = LifecycleActions::pathSegment(actionFor(m_options.command));
    return m_audit->recordRequest(entry);
}

void CtlRunner::auditOutcome(qint64 row, const QString &outcome, int httpStatus,
                             const QString &message)
{
    if (m_audit && row >= 0)
        m_audit->recordOutcome(row, outcome, httpStatus, message);
}

void CtlRunner::reportAction(const QString &id, const Workflow &workflow)
{
    printOut(QStringLiteral("%1: %2\n").arg(id, CtlFormat::statusWord(workflow.status)));
}

void CtlRunner::reportActionFailure(const QString &id, const ApiError &error)
{
    const QString why =
        error.serverMessage().isEmpty() ? error.userMessage() : error.serverMessage();
    printErr(QStringLiteral("%1: %2 — %3\n").arg(id, errorWord(error), why));
    m_exitCode = ExitCode::worst(m_exitCode, ExitCode::forError(error));
}
