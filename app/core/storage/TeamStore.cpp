#include "storage/TeamStore.h"

#include "account/OperatorIdentity.h"
#include "audit/AuditFilterSql.h"
#include "audit/AuditLog.h"
#include "storage/ConsoleDatabase.h"
#include "storage/TeamConnectionProbe.h"
#include "storage/TeamStatementWatchdog.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSqlError>
#include <QSqlQuery>
#include <QSysInfo>
#include <QThread>
#include <QUuid>

#include <libpq-fe.h>

namespace {

QString errorText(const QSqlError &error)
{
    return TeamStoreConfig::errorLine(error);
}

// The socket of an open QPSQL connection (QSqlDriver::handle() holds libpq's PGconn*, a
// typedef that Qt 6.4's metatype names by its struct: "pg_conn*").
int socketOf(const QSqlDatabase &db)
{
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (!handle.isValid() ||
        (qstrcmp(handle.typeName(), "PGconn*") != 0 && qstrcmp(handle.typeName(), "pg_conn*") != 0))
        return -1;
    PGconn *connection = *static_cast<PGconn *const *>(handle.constData());
    return connection ? PQsocket(connection) : -1;
}

QDateTime parseTimestamp(const QVariant &value)
{
    if (value.isNull())
        return QDateTime();
    QDateTime dt = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    return dt.isValid() ? dt.toUTC() : dt;
}

QString who(const QString &user, const QString &host)
{
    return host.isEmpty() ? user : QStringLiteral("%1@%2").arg(user, host);
}

} // namespace

const QList<TeamStore::Migration> &TeamStore::schemaMigrations()
{
    // Same tables and column names as the local file (ConsoleDatabase), so a row travels
    // as it is; the team copy adds who (os_host) and, from version 2, the resume claims.
    static const QList<Migration> migrations = {
        {1,
         QStringLiteral("Team incidents and the append-only audit trail"),
         {QStringLiteral("CREATE TABLE incidents (uuid text PRIMARY KEY, id text NOT NULL UNIQUE, "
                         "reason text NOT NULL DEFAULT '', started_at_utc text NOT NULL, "
                         "operator text NOT NULL DEFAULT '', os_host text NOT NULL DEFAULT '', "
                         "profile text NOT NULL DEFAULT '', api_host text NOT NULL DEFAULT '', "
                         "status text NOT NULL DEFAULT 'open', closed_at_utc text)"),
          QStringLiteral("CREATE TABLE incident_workflows ("
                         "incident_id text NOT NULL REFERENCES incidents(id), "
                         "workflow_id text NOT NULL, workflow_name text NOT NULL DEFAULT '', "
                         "pause_requested integer NOT NULL DEFAULT 0, pause_outcome text, "
                         "paused_by_incident integer NOT NULL DEFAULT 0, "
                         "resumed integer NOT NULL DEFAULT 0, resume_outcome text, "
                         "PRIMARY KEY (incident_id, workflow_id))"),
          QStringLiteral("CREATE TABLE audit_log (uuid text PRIMARY KEY, "
                         "seq bigserial NOT NULL UNIQUE, requested_at_utc text NOT NULL, "
                         "completed_at_utc text, os_user text NOT NULL DEFAULT '', "
                         "os_host text NOT NULL DEFAULT '', profile text NOT NULL DEFAULT '', "
                         "api_host text NOT NULL DEFAULT '', workflow_id text NOT NULL, "
                         "workflow_name text NOT NULL DEFAULT '', action text NOT NULL, "
                         "outcome text, http_status integer, server_message text, "
                         "reason text NOT NULL DEFAULT '', incident_id text)"),
          QStringLiteral("CREATE INDEX audit_log_requested ON audit_log(requested_at_utc)"),
          // Append-only in the database itself: a row may only gain its outcome once.
          QStringLiteral(
              "CREATE FUNCTION dialnexa_audit_append_only() RETURNS trigger LANGUAGE plpgsql "
              "AS $$ BEGIN "
              "IF TG_OP <> 'UPDATE' THEN RAISE EXCEPTION 'the team audit is append-only: "
              "rows are never deleted'; END IF; "
              "IF OLD.outcome IS NOT NULL THEN RAISE EXCEPTION 'the team audit is "
              "append-only: a completed row is never changed'; END IF; "
              "IF NEW.uuid <> OLD.uuid OR NEW.requested_at_utc <> OLD.requested_at_utc OR "
              "NEW.os_user <> OLD.os_user OR NEW.os_host <> OLD.os_host OR "
              "NEW.workflow_id <> OLD.workflow_id OR NEW.action <> OLD.action OR "
              "NEW.reason <> OLD.reason THEN RAISE EXCEPTION 'the team audit is "
              "append-only: only an outcome may be added to a row'; END IF; "
              "RETURN NEW; END $$"),
          QStringLiteral("CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON "
                         "audit_log FOR EACH ROW EXECUTE FUNCTION dialnexa_audit_append_only()"),
          QStringLiteral("CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log "
                         "FOR EACH STATEMENT EXECUTE FUNCTION dialnexa_audit_append_only()")}},
        {2,
         QStringLiteral("Resume claims and change notifications"),
         {QStringLiteral("ALTER TABLE incident_workflows ADD COLUMN claimed_by text, "
                         "ADD COLUMN claim_token text, ADD COLUMN claimed_at timestamptz, "
                         "ADD COLUMN resumed_by text"),
          QStringLiteral(
              "CREATE FUNCTION dialnexa_notify() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
              "IF TG_TABLE_NAME = 'audit_log' THEN "
              "PERFORM pg_notify('dialnexa_team', json_build_object('table', 'audit_log', "
              "'user', NEW.os_user, 'host', NEW.os_host, 'action', NEW.action, "
              "'workflow', NEW.workflow_name, 'incident', NEW.incident_id)::text); "
              "ELSE PERFORM pg_notify('dialnexa_team', json_build_object('table', "
              "'incidents', 'user', NEW.operator, 'host', NEW.os_host, 'id', NEW.id, "
              "'reason', NEW.reason, 'status', NEW.status)::text); END IF; "
              "RETURN NULL; END $$"),
          QStringLiteral("CREATE TRIGGER audit_log_notify AFTER INSERT ON audit_log "
                         "FOR EACH ROW EXECUTE FUNCTION dialnexa_notify()"),
          QStringLiteral("CREATE TRIGGER incidents_notify AFTER INSERT OR UPDATE OF status ON "
                         "incidents FOR EACH ROW EXECUTE FUNCTION dialnexa_notify()")}},
        // The local file's pause_windows, column for column (PauseWindowStore runs the same
        // SQL on both): the team plans windows together, and its claims (conditional
        // UPDATEs) make each start and end happen once across every console and ctl.
        {3,
         QStringLiteral("Pause windows shared by the team"),
         {QStringLiteral("CREATE TABLE pause_windows (id text PRIMARY KEY, "
                         "reason text NOT NULL DEFAULT '', first_start_utc text NOT NULL, "
                         "first_end_utc text NOT NULL, time_zone text NOT NULL DEFAULT '', "
                         "scope_search text NOT NULL DEFAULT '', "
                         "scope_status text NOT NULL DEFAULT '', "
                         "scope_ids text NOT NULL DEFAULT '[]', "
                         "repeat_rule text NOT NULL DEFAULT 'none', "
                         "planned_by text NOT NULL DEFAULT '', planned_at_utc text NOT NULL, "
                         "profile text NOT NULL DEFAULT '', api_host text NOT NULL DEFAULT '', "
                         "state text NOT NULL DEFAULT 'planned', start_utc text NOT NULL, "
                         "end_utc text NOT NULL, started_by text, started_at_utc text, "
                         "started_late integer NOT NULL DEFAULT 0, ended_by text, "
                         "ended_at_utc text, incident_id text, last_incident_id text, "
                         "occurrences_run integer NOT NULL DEFAULT 0)"),
          QStringLiteral("CREATE INDEX pause_windows_due ON pause_windows(api_host, state, "
                         "start_utc)")}},
    };
    return migrations;
}

int TeamStore::latestSchemaVersion()
{
    return schemaMigrations().last().version;
}

TeamStore::TeamStore(QObject *parent)
    : TeamStore(schemaMigrations(), parent)
{ }

TeamStore::TeamStore(const QList<Migration> &migrations, QObject *parent)
    : QObject(parent)
    , m_migrations(migrations)
    , m_connection(QStringLiteral("dialnexa_team"))
    , m_claimToken(QUuid::createUuid().toString(QUuid::WithoutBraces))
    , m_watchdog(std::make_unique<TeamStatementWatchdog>())
{ }

TeamStore::~TeamStore()
{
    close();
    if (m_probeThread) {
        // A probe still connecting ends within libpq's connect timeout (3 s).
        m_probeThread->quit();
        m_probeThread->wait();
    }
}

TeamStore::Call::Call(const TeamStore *store)
    // A call that overruns cuts the link, so even a read changes the store's state.
    : m_store(const_cast<TeamStore *>(store))
{
    if (m_store)
        m_store->beginCall();
}

TeamStore::Call::~Call()
{
    if (m_store)
        m_store->endCall();
}

int TeamStore::statementDeadlineMs() const
{
    return m_connectsInBackground ? WindowStatementDeadlineMs : ScriptStatementDeadlineMs;
}

void TeamStore::beginCall()
{
    if (m_callDepth++ == 0 && m_open && m_socket >= 0)
        m_watchdog->arm(m_socket, std::chrono::milliseconds(statementDeadlineMs()));
}

void TeamStore::endCall()
{
    if (--m_callDepth > 0 || !m_watchdog->disarm())
        return;
    // The socket is shut down: the connection is dead, the next reopen() clears it away.
    m_open = false;
    m_writable = false;
    m_lastError = tr("Team store %1 did not answer within %2 s. Working local-only: actions "
                     "still go out and wait in this computer's file.")
                      .arg(m_config.displayName())
                      .arg(QLocale().toString(statementDeadlineMs() / 1000.0));
}

void TeamStore::reopenInBackground()
{
    if (m_connecting)
        return;
    if (!m_probe) {
        m_probeThread = new QThread(this);
        m_probeThread->setObjectName(QStringLiteral("team-store-probe"));
        m_probe = new TeamConnectionProbe;
        m_probe->moveToThread(m_probeThread);
        connect(m_probeThread, &QThread::finished, m_probe, &QObject::deleteLater);
        connect(m_probe, &TeamConnectionProbe::finished, this, &TeamStore::onProbed);
        m_probeThread->start();
    }
    m_connecting = true;
    // A connection the server closed shows as closed without an error of ours; say what
    // happens until the probe tells more.
    if (m_lastError.isEmpty())
        m_lastError = tr("Team store %1: connecting. Until it answers, actions still go out "
                         "and wait in this computer's file.")
                          .arg(m_config.displayName());
    QMetaObject::invokeMethod(
        m_probe, [probe = m_probe, config = m_config] { probe->probe(config); },
        Qt::QueuedConnection);
}

void TeamStore::onProbed(bool connected, const QString &error)
{
    m_connecting = false;
    const bool opened = connected ? reopen() : failToConnect(error);
    Q_EMIT connectAttemptFinished(opened);
}

QString TeamStore::operatorName()
{
    return who(OperatorIdentity::userName(), QSysInfo::machineHostName());
}

bool TeamStore::open(const TeamStoreConfig &config)
{
    m_config = config;
    return reopen();
}

bool TeamStore::reopen()
{
    close();
    m_lastError.clear();
    QString error;
    bool opened = false;
    {
        QSqlDatabase db = m_connection.add(QStringLiteral("QPSQL"));
        opened = m_config.configure(db) && db.open();
        if (!opened)
            error = errorText(db.lastError());
        else
            m_socket = socketOf(db);
    }
    if (!opened)
        return failToConnect(error);
    m_open = true; // for the watchdog: the set-up below is bounded like any call
    bool migrated = false;
    {
        const Call call(this);
        {
            // NOTICEs ("relation … already exists, skipping") are no news for a supervisor.
            QSqlQuery quiet(database());
            quiet.exec(QStringLiteral("SET client_min_messages = warning"));
        }
        migrated = migrate();
    }
    if (!migrated || !m_open) {
        m_open = false;
        return false;
    }
    if (m_listening)
        subscribe();
    return true;
}

bool TeamStore::failToConnect(const QString &error)
{
    QString why;
    if (error.contains(QLatin1String("password authentication failed")) ||
        error.contains(QLatin1String("no password supplied")))
        why = tr("the password was refused");
    else if (error.contains(QLatin1String("SSL")) || error.contains(QLatin1String("ssl")))
        why = tr("the secure connection failed");
    else if (error.contains(QLatin1String("could not connect")) ||
             error.contains(QLatin1String("Connection refused")) ||
             error.contains(QLatin1String("timeout")) ||
             error.contains(QLatin1String("could not translate host name")))
        why = tr("the server cannot be reached");
    else if (error.contains(QLatin1String("Driver not loaded")))
        why = tr("the PostgreSQL driver is not installed (Debian: libqt6sql6-psql)");
    else
        why = tr("the connection failed");
    return fail(tr("Team store %1: %2 (%3). Working local-only: actions still go out "
                   "and wait in this computer's file.")
                    .arg(m_config.displayName(), why, error));
}

void TeamStore::close()
{
    m_open = false;
    m_writable = false;
    m_watchdog->disarm(); // before its socket closes
    m_socket = -1;
    m_connection.close();
}

bool TeamStore::isOpen() const
{
    return m_open && m_connection.isOpen();
}

QSqlDatabase TeamStore::database() const
{
    return m_connection.database();
}

int TeamStore::schemaVersion() const
{
    return isOpen() ? m_version : -1;
}

int TeamStore::knownSchemaVersion() const
{
    return m_migrations.isEmpty() ? 0 : m_migrations.last().version;
}

bool TeamStore::fail(const QString &sentence)
{
    close();
    m_lastError = sentence;
    return false;
}

bool TeamStore::noteFailure(const QString &what, const QString &error)
{
    const Call call(this);
    m_lastError = tr("Team store %1: %2 failed (%3)").arg(m_config.displayName(), what, error);
    // A dead link shows as a closed store: open again later (TeamReplicator retries). Not
    // closed here: the caller's queries still use the connection.
    QSqlQuery ping(database());
    if (!ping.exec(QStringLiteral("SELECT 1"))) {
        m_open = false;
        m_writable = false;
    }
    return false;
}

bool TeamStore::migrate()
{
    QSqlDatabase db = database();
    QSqlQuery q(db);
    QString error;
    auto run = [&](const QString &sql) {
        if (q.exec(sql))
            return true;
        error = errorText(q.lastError());
        return false;
    };
    // One console upgrades at a time; the others wait, then find the version bumped.
    bool ok = db.transaction() && run(QStringLiteral("SELECT pg_advisory_xact_lock(7106011)")) &&
              run(QStringLiteral("CREATE TABLE IF NOT EXISTS dialnexa_schema ("
                                 "id integer PRIMARY KEY CHECK (id = 1), "
                                 "version integer NOT NULL)")) &&
              run(QStringLiteral("SELECT version FROM dialnexa_schema WHERE id = 1"));
    int version = 0;
    if (ok && q.next())
        version = q.value(0).toInt();
    if (ok && version > knownSchemaVersion()) {
        db.rollback();
        m_version = version;
        m_writable = false;
        m_open = true;
        m_lastError = tr("Team store %1 uses schema %2, newer than this console knows (%3): "
                         "this console does not write there; update it. Working local-only.")
                          .arg(m_config.displayName())
                          .arg(version)
                          .arg(knownSchemaVersion());
        return true; // readable, not writable
    }
    for (const Migration &m : std::as_const(m_migrations)) {
        if (!ok || m.version <= version)
            continue;
        for (const QString &statement : m.statements) {
            if (!(ok = run(statement)))
                break;
        }
        if (ok) {
            q.prepare(QStringLiteral("INSERT INTO dialnexa_schema (id, version) VALUES (1, ?) "
                                     "ON CONFLICT (id) DO UPDATE SET version = EXCLUDED.version"));
            q.addBindValue(m.version);
            ok = q.exec();
            if (!ok)
                error = errorText(q.lastError());
            version = m.version;
        }
        if (!ok)
            error = tr("schema %1 (%2): %3").arg(m.version).arg(m.description, error);
    }
    if (!ok || !db.commit()) {
        if (error.isEmpty())
            error = errorText(db.lastError());
        db.rollback();
        return fail(tr("Team store %1: cannot prepare its tables (%2). Working local-only.")
                        .arg(m_config.displayName(), error));
    }
    m_version = version;
    m_writable = true;
    return true;
}

bool TeamStore::subscribe()
{
    m_listening = true;
    if (!isOpen())
        return false;
    const Call call(this);
    QSqlDriver *driver = database().driver();
    if (driver->subscribedToNotifications().contains(QLatin1String(NotifyChannel)))
        return true;
    if (!driver->subscribeToNotification(QLatin1String(NotifyChannel)))
        return false;
    connect(driver, &QSqlDriver::notification, this, &TeamStore::onNotification,
            Qt::UniqueConnection);
    return true;
}

void TeamStore::onNotification(const QString &name, QSqlDriver::NotificationSource,
                               const QVariant &payload)
{
    if (name != QLatin1String(NotifyChannel))
        return;
    const QJsonObject o = QJsonDocument::fromJson(payload.toString().toUtf8()).object();
    const QString table = o.value(QStringLiteral("table")).toString();
    const QString by =
        who(o.value(QStringLiteral("user")).toString(), o.value(QStringLiteral("host")).toString());
    QString summary;
    if (table == QLatin1String("audit_log")) {
        summary = tr("%1: %2 %3")
                      .arg(by, o.value(QStringLiteral("action")).toString(),
                           o.value(QStringLiteral("workflow")).toString());
        const QString incident = o.value(QStringLiteral("incident")).toString();
        if (!incident.isEmpty())
            summary += tr(" — incident %1").arg(incident);
    } else {
        summary = tr("%1: incident %2 %3 — %4")
                      .arg(by, o.value(QStringLiteral("id")).toString(),
                           o.value(QStringLiteral("status")).toString(),
                           o.value(QStringLiteral("reason")).toString());
    }
    Q_EMIT teamChanged(table, by, summary);
}

QList<Incident> TeamStore::incidents() const
{
    QList<Incident> result;
    if (!isOpen())
        return result;
    const Call call(this);
    QSqlQuery q(database());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id, reason, started_at_utc, operator, os_host, profile, "
                               "api_host, status, closed_at_utc FROM incidents "
                               "ORDER BY started_at_utc DESC, id DESC")))
        return result;
    while (q.next()) {
        Incident inc;
        inc.id = q.value(0).toString();
        inc.reason = q.value(1).toString();
        inc.startedAtUtc = parseTimestamp(q.value(2));
        inc.operatorName = who(q.value(3).toString(), q.value(4).toString());
        inc.profile = q.value(5).toString();
        inc.apiHost = q.value(6).toString();
        inc.status = q.value(7).toString() == QLatin1String("closed") ? Incident::Status::Closed
                                                                      : Incident::Status::Open;
        inc.closedAtUtc = parseTimestamp(q.value(8));
        result.append(inc);
    }
    return result;
}

int TeamStore::pausedCount(const QString &incidentId) const
{
    const Call call(this);
    QSqlQuery q(database());
    q.prepare(QStringLiteral("SELECT count(*) FROM incident_workflows WHERE incident_id = ? "
                             "AND paused_by_incident = 1"));
    q.addBindValue(incidentId);
    return q.exec() && q.next() ? q.value(0).toInt() : 0;
}

namespace {

const char kAuditColumns[] =
    "seq, requested_at_utc, completed_at_utc, os_user, os_host, profile, api_host, "
    "workflow_id, workflow_name, action, outcome, http_status, server_message, reason, "
    "incident_id";

AuditEntry auditEntryFrom(const QSqlQuery &q)
{
    AuditEntry e;
    e.id = q.value(0).toLongLong();
    e.requestedAtUtc = parseTimestamp(q.value(1));
    e.completedAtUtc = parseTimestamp(q.value(2));
    e.osUser = who(q.value(3).toString(), q.value(4).toString());
    e.profile = q.value(5).toString();
    e.apiHost = q.value(6).toString();
    e.workflowId = q.value(7).toString();
    e.workflowName = q.value(8).toString();
    e.action = q.value(9).toString();
    e.outcome = q.value(10).isNull() ? QString() : q.value(10).toString();
    e.httpStatus = q.value(11).isNull() ? 0 : q.value(11).toInt();
    e.serverMessage = q.value(12).toString();
    e.reason = q.value(13).toString();
    e.incidentId = q.value(14).toString();
    return e;
}

} // namespace

QList<AuditEntry> TeamStore::auditEntries(const AuditFilter &filter, bool *complete) const
{
    QList<AuditEntry> result;
    if (complete)
        *complete = false;
    if (!isOpen())
        return result;
    const AuditFilterSql where(filter, AuditFilterSql::Dialect::Postgres,
                               QStringLiteral("os_user || '@' || os_host"));
    QString sql = QStringLiteral("SELECT %1 FROM audit_log").arg(QLatin1String(kAuditColumns)) +
                  where.whereClause();
    if (filter.limit > 0)
        sql = QStringLiteral("SELECT * FROM (%1 ORDER BY seq DESC LIMIT %2) newest")
                  .arg(sql)
                  .arg(filter.limit);
    sql += QStringLiteral(" ORDER BY seq ASC");
    const bool read = readAuditRows(sql, where.binds(), &result);
    if (complete)
        *complete = read;
    return result;
}

bool TeamStore::readAuditRows(const QString &sql, const QVariantList &binds,
                              QList<AuditEntry> *rows) const
{
    bool ok = false;
    {
        const Call call(this);
        QSqlQuery q(database());
        q.setForwardOnly(true); // rows stream in: an error mid-way shows in lastError()
        q.prepare(sql);
        for (const QVariant &b : binds)
            q.addBindValue(b);
        ok = q.exec();
        while (ok && q.next())
            rows->append(auditEntryFrom(q));
        ok = ok && !q.lastError().isValid();
    }
    return ok && isOpen(); // a call cut at its deadline closed the store
}

QList<AuditEntry> TeamStore::teammateEntriesAfter(qint64 afterSeq) const
{
    QList<AuditEntry> result;
    if (!isOpen())
        return result;
    const Call call(this);
    QSqlQuery q(database());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM audit_log WHERE seq > ? AND "
                             "os_user || '@' || os_host <> ? ORDER BY seq")
                  .arg(QLatin1String(kAuditColumns)));
    q.addBindValue(afterSeq);
    q.addBindValue(operatorName());
    if (!q.exec())
        return result;
    while (q.next())
        result.append(auditEntryFrom(q));
    return result;
}

qint64 TeamStore::lastAuditSeq() const
{
    if (!isOpen())
        return 0;
    const Call call(this);
    QSqlQuery q(database());
    return q.exec(QStringLiteral("SELECT coalesce(max(seq), 0) FROM audit_log")) && q.next()
               ? q.value(0).toLongLong()
               : 0;
}

QList<IncidentWorkflow> TeamStore::workflows(const QString &incidentId) const
{
    QList<IncidentWorkflow> result;
    if (!isOpen())
        return result;
    const Call call(this);
    QSqlQuery q(database());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT workflow_id, workflow_name, pause_requested, pause_outcome, paused_by_incident, "
        "resumed, resume_outcome FROM incident_workflows WHERE incident_id = ? "
        "ORDER BY workflow_id"));
    q.addBindValue(incidentId);
    if (!q.exec())
        return result;
    while (q.next()) {
        IncidentWorkflow w;
        w.incidentId = incidentId;
        w.workflowId = q.value(0).toString();
        w.workflowName = q.value(1).toString();
        w.pauseRequested = q.value(2).toInt() != 0;
        w.pauseOutcome = q.value(3).isNull() ? QString() : q.value(3).toString();
        w.pausedByIncident = q.value(4).toInt() != 0;
        w.resumed = q.value(5).toInt() != 0;
        w.resumeOutcome = q.value(6).isNull() ? QString() : q.value(6).toString();
        result.append(w);
    }
    return result;
}

QList<AuditEntry> TeamStore::auditEntries(const QString &operatorFilter, bool *complete) const
{
    QList<AuditEntry> result;
    if (complete)
        *complete = false;
    if (!isOpen())
        return result;
    QString sql = QStringLiteral("SELECT %1 FROM audit_log").arg(QLatin1String(kAuditColumns));
    QVariantList binds;
    if (!operatorFilter.isEmpty()) {
        sql += QStringLiteral(" WHERE position(lower(?) in lower(os_user || '@' || os_host)) > 0");
        binds.append(operatorFilter);
    }
    const bool read =
        readAuditRows(sql + QStringLiteral(" ORDER BY requested_at_utc, seq"), binds, &result);
    if (complete)
        *complete = read;
    return result;
}

bool TeamStore::importIncident(const QString &incidentId, ConsoleDatabase *local)
{
    if (!isOpen() || !local || !local->isOpen())
        return false;
    const Call call(this);
    QSqlQuery team(database());
    team.setForwardOnly(true);
    team.prepare(QStringLiteral("SELECT uuid, id, reason, started_at_utc, operator, os_host, "
                                "profile, api_host, status, closed_at_utc FROM incidents "
                                "WHERE id = ?"));
    team.addBindValue(incidentId);
    if (!team.exec() || !team.next())
        return false;
    QSqlDatabase ldb = local->database();
    if (!ldb.transaction())
        return false;
    QSqlQuery q(ldb);
    // Already in the team store: revision and synced revision agree, nothing to push back.
    // An earlier copy only ever moves on (closed, outcomes known, resumed), as in the team.
    q.prepare(QStringLiteral(
        "INSERT INTO incidents (uuid, id, reason, started_at_utc, operator, profile, "
        "api_host, status, closed_at_utc, team_rev, team_synced_rev) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 1, 1) ON CONFLICT (id) DO UPDATE SET "
        "status = excluded.status, closed_at_utc = excluded.closed_at_utc, "
        "team_synced_rev = incidents.team_rev WHERE excluded.status = 'closed' AND "
        "incidents.status <> 'closed'"));
    q.addBindValue(team.value(0));
    q.addBindValue(team.value(1));
    q.addBindValue(team.value(2));
    q.addBindValue(team.value(3));
    q.addBindValue(who(team.value(4).toString(), team.value(5).toString()));
    for (int i = 6; i < 10; ++i)
        q.addBindValue(team.value(i));
    bool ok = q.exec();
    QSqlQuery rows(database());
    rows.setForwardOnly(true);
    rows.prepare(QStringLiteral(
        "SELECT workflow_id, workflow_name, pause_requested, pause_outcome, paused_by_incident, "
        "resumed, resume_outcome FROM incident_workflows WHERE incident_id = ?"));
    rows.addBindValue(incidentId);
    ok = ok && rows.exec();
    while (ok && rows.next()) {
        q.prepare(QStringLiteral(
            "INSERT INTO incident_workflows (incident_id, workflow_id, workflow_name, "
            "pause_requested, pause_outcome, paused_by_incident, resumed, resume_outcome, "
            "team_rev, team_synced_rev) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1, 1) "
            "ON CONFLICT (incident_id, workflow_id) DO UPDATE SET "
            "pause_requested = max(pause_requested, excluded.pause_requested), "
            "pause_outcome = coalesce(excluded.pause_outcome, pause_outcome), "
            "paused_by_incident = max(paused_by_incident, excluded.paused_by_incident), "
            "resumed = max(resumed, excluded.resumed), "
            "resume_outcome = coalesce(resume_outcome, excluded.resume_outcome) "
            // Only a real change: an unchanged copy is not pushed back on every look.
            "WHERE max(pause_requested, excluded.pause_requested) IS NOT pause_requested OR "
            "coalesce(excluded.pause_outcome, pause_outcome) IS NOT pause_outcome OR "
            "max(paused_by_incident, excluded.paused_by_incident) IS NOT paused_by_incident OR "
            "max(resumed, excluded.resumed) IS NOT resumed OR "
            "coalesce(resume_outcome, excluded.resume_outcome) IS NOT resume_outcome"));
        q.addBindValue(incidentId);
        for (int i = 0; i < 7; ++i)
            q.addBindValue(rows.value(i));
        ok = q.exec();
    }
    if (!ok) {
        ldb.rollback();
        return false;
    }
    return ldb.commit();
}

ResumeClaims::Result TeamStore::claim(const QString &incidentId, const QString &workflowId,
                                      QString *by)
{
    if (!isWritable())
        return Result::Unavailable;
    const Call call(this);
    QSqlQuery q(database());
    q.prepare(QStringLiteral(
        "UPDATE incident_workflows SET claimed_by = ?, claim_token = ?, claimed_at = now() "
        "WHERE incident_id = ? AND workflow_id = ? AND resumed = 0 AND "
        "(claim_token IS NULL OR claim_token = ? OR "
        "claimed_at < now() - ? * interval '1 second') RETURNING workflow_id"));
    q.addBindValue(operatorName());
    q.addBindValue(m_claimToken);
    q.addBindValue(incidentId);
    q.addBindValue(workflowId);
    q.addBindValue(m_claimToken);
    q.addBindValue(ClaimExpirySeconds);
    if (!q.exec()) {
        noteFailure(tr("claiming %1").arg(workflowId), errorText(q.lastError()));
        return Result::Unavailable;
    }
    if (q.next())
        return Result::Claimed;
    QSqlQuery r(database());
    r.prepare(QStringLiteral("SELECT resumed, coalesce(resumed_by, claimed_by, '') "
                             "FROM incident_workflows WHERE incident_id = ? AND workflow_id = ?"));
    r.addBindValue(incidentId);
    r.addBindValue(workflowId);
    if (!r.exec() || !r.next())
        return Result::Unavailable; // not in the team store (yet): nobody else has it
    if (by)
        *by = r.value(1).toString();
    return r.value(0).toInt() != 0 ? Result::ResumedElsewhere : Result::ClaimedElsewhere;
}

void TeamStore::finishClaim(const QString &incidentId, const QString &workflowId, bool resumed,
                            const QString &outcome)
{
    if (!isWritable())
        return;
    const Call call(this);
    QSqlQuery q(database());
    if (resumed) {
        q.prepare(QStringLiteral(
            "UPDATE incident_workflows SET resumed = 1, resume_outcome = ?, resumed_by = "
            "claimed_by WHERE incident_id = ? AND workflow_id = ? AND claim_token = ?"));
        q.addBindValue(outcome);
    } else {
        q.prepare(QStringLiteral(
            "UPDATE incident_workflows SET claimed_by = NULL, claim_token = NULL, "
            "claimed_at = NULL WHERE incident_id = ? AND workflow_id = ? AND claim_token = ?"));
    }
    q.addBindValue(incidentId);
    q.addBindValue(workflowId);
    q.addBindValue(m_claimToken);
    if (!q.exec())
        noteFailure(tr("recording the resume of %1").arg(workflowId), errorText(q.lastError()));
}

bool TeamStore::resumedElsewhere(const QString &incidentId, const QString &workflowId, QString *by)
{
    if (!isOpen())
        return false;
    const Call call(this);
    QSqlQuery r(database());
    r.prepare(QStringLiteral("SELECT coalesce(resumed_by, '') FROM incident_workflows "
                             "WHERE incident_id = ? AND workflow_id = ? AND resumed = 1"));
    r.addBindValue(incidentId);
    r.addBindValue(workflowId);
    if (!r.exec() || !r.next())
        return false;
    if (by)
        *by = r.value(0).toString();
    return true;
}
