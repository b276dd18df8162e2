#include "storage/ConsoleDatabase.h"

#include "storage/ConsoleDataPaths.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace {

// SQLite's own words ("unable to open database file") read better than Qt's suffixes.
QString errorText(const QSqlError &error)
{
    const QString text = error.databaseText().trimmed();
    return text.isEmpty() ? error.text().trimmed() : text;
}

} // namespace

const QList<ConsoleDatabase::Migration> &ConsoleDatabase::schemaMigrations()
{
    // Migration 1 is the schema AuditLog and IncidentStore created before versioning; its
    // IF NOT EXISTS lets it adopt those files (user_version 0, tables present) unchanged.
    static const QList<Migration> migrations = {
        {1,
         QStringLiteral("Audit log and incident sessions"),
         {QStringLiteral("CREATE TABLE IF NOT EXISTS audit_log ("
                         "id INTEGER PRIMARY KEY AUTOINCREMENT, "
                         "requested_at_utc TEXT NOT NULL, "
                         "completed_at_utc TEXT, "
                         "os_user TEXT NOT NULL DEFAULT '', "
                         "profile TEXT NOT NULL DEFAULT '', "
                         "api_host TEXT NOT NULL DEFAULT '', "
                         "workflow_id TEXT NOT NULL, "
                         "workflow_name TEXT NOT NULL DEFAULT '', "
                         "action TEXT NOT NULL, "
                         "outcome TEXT, "
                         "http_status INTEGER, "
                         "server_message TEXT, "
                         "reason TEXT NOT NULL DEFAULT '', "
                         "incident_id TEXT)"),
          QStringLiteral("CREATE INDEX IF NOT EXISTS audit_log_incident ON audit_log(incident_id)"),
          QStringLiteral(
              "CREATE INDEX IF NOT EXISTS audit_log_requested ON audit_log(requested_at_utc)"),
          QStringLiteral("CREATE TABLE IF NOT EXISTS incidents ("
                         "id TEXT PRIMARY KEY, reason TEXT NOT NULL DEFAULT '', "
                         "started_at_utc TEXT NOT NULL, operator TEXT NOT NULL DEFAULT '', "
                         "profile TEXT NOT NULL DEFAULT '', api_host TEXT NOT NULL DEFAULT '', "
                         "status TEXT NOT NULL DEFAULT 'open', closed_at_utc TEXT)"),
          QStringLiteral("CREATE TABLE IF NOT EXISTS incident_workflows ("
                         "incident_id TEXT NOT NULL REFERENCES incidents(id), "
                         "workflow_id TEXT NOT NULL, workflow_name TEXT NOT NULL DEFAULT '', "
                         "pause_requested INTEGER NOT NULL DEFAULT 0, pause_outcome TEXT, "
                         "paused_by_incident INTEGER NOT NULL DEFAULT 0, "
                         "resumed INTEGER NOT NULL DEFAULT 0, resume_outcome TEXT, "
                         "PRIMARY KEY (incident_id, workflow_id))")}},
        // Team mode: the local file is the outbox of the team store. Every row gets a UUID
        // (replayed with ON CONFLICT DO NOTHING there) and a revision that triggers bump on
        // every change; TeamReplicator pushes rows whose revision is ahead of the one the
        // team store last took. Rows from before team mode get team_synced_rev -1: only
        // `dialnexa-ctl team-store sync` offers them for upload.
        {2,
         QStringLiteral("Team store outbox: row UUIDs and replication revisions"),
         {QStringLiteral("ALTER TABLE audit_log ADD COLUMN uuid TEXT"),
          QStringLiteral("ALTER TABLE audit_log ADD COLUMN team_rev INTEGER NOT NULL DEFAULT 1"),
          QStringLiteral(
              "ALTER TABLE audit_log ADD COLUMN team_synced_rev INTEGER NOT NULL DEFAULT 0"),
          QStringLiteral("UPDATE audit_log SET uuid = lower(hex(randomblob(16))), "
                         "team_synced_rev = -1"),
          QStringLiteral("CREATE UNIQUE INDEX audit_log_uuid ON audit_log(uuid)"),
          QStringLiteral("CREATE TRIGGER audit_log_team_uuid AFTER INSERT ON audit_log "
                         "WHEN NEW.uuid IS NULL BEGIN UPDATE audit_log SET uuid = "
                         "lower(hex(randomblob(16))) WHERE id = NEW.id; END"),
          QStringLiteral("CREATE TRIGGER audit_log_team_rev AFTER UPDATE OF completed_at_utc, "
                         "outcome, http_status, server_message ON audit_log BEGIN "
                         "UPDATE audit_log SET team_rev = team_rev + 1 WHERE id = NEW.id; END"),
          QStringLiteral("ALTER TABLE incidents ADD COLUMN uuid TEXT"),
          QStringLiteral("ALTER TABLE incidents ADD COLUMN team_rev INTEGER NOT NULL DEFAULT 1"),
          QStringLiteral(
              "ALTER TABLE incidents ADD COLUMN team_synced_rev INTEGER NOT NULL DEFAULT 0"),
          QStringLiteral("UPDATE incidents SET uuid = lower(hex(randomblob(16))), "
                         "team_synced_rev = -1"),
          QStringLiteral("CREATE UNIQUE INDEX incidents_uuid ON incidents(uuid)"),
          QStringLiteral("CREATE TRIGGER incidents_team_uuid AFTER INSERT ON incidents "
                         "WHEN NEW.uuid IS NULL BEGIN UPDATE incidents SET uuid = "
                         "lower(hex(randomblob(16))) WHERE id = NEW.id; END"),
          QStringLiteral("CREATE TRIGGER incidents_team_rev AFTER UPDATE OF status, "
                         "closed_at_utc ON incidents BEGIN "
                         "UPDATE incidents SET team_rev = team_rev + 1 WHERE id = NEW.id; END"),
          QStringLiteral(
              "ALTER TABLE incident_workflows ADD COLUMN team_rev INTEGER NOT NULL DEFAULT 1"),
          QStringLiteral("ALTER TABLE incident_workflows ADD COLUMN team_synced_rev INTEGER "
                         "NOT NULL DEFAULT 0"),
          QStringLiteral("UPDATE incident_workflows SET team_synced_rev = -1"),
          // What waits for the team store, found without reading the whole table.
          QStringLiteral("CREATE INDEX audit_log_team_dirty ON audit_log(id) WHERE "
                         "team_synced_rev >= 0 AND team_rev > team_synced_rev"),
          QStringLiteral("CREATE INDEX incidents_team_dirty ON incidents(id) WHERE "
                         "team_synced_rev >= 0 AND team_rev > team_synced_rev"),
          QStringLiteral("CREATE INDEX incident_workflows_team_dirty ON "
                         "incident_workflows(incident_id) WHERE "
                         "team_synced_rev >= 0 AND team_rev > team_synced_rev"),
          QStringLiteral("CREATE TRIGGER incident_workflows_team_rev AFTER UPDATE OF "
                         "pause_requested, pause_outcome, paused_by_incident, resumed, "
                         "resume_outcome ON incident_workflows BEGIN "
                         "UPDATE incident_workflows SET team_rev = team_rev + 1 "
                         "WHERE incident_id = NEW.incident_id AND "
                         "workflow_id = NEW.workflow_id; END")}},
        // Portable SQL (it runs unchanged on PostgreSQL): TEXT timestamps in one fixed-width
        // ISO form compare correctly as text; claims are conditional UPDATEs.
        {3,
         QStringLiteral("Pause windows"),
         {QStringLiteral("CREATE TABLE IF NOT EXISTS pause_windows ("
                         "id TEXT PRIMARY KEY, reason TEXT NOT NULL DEFAULT '', "
                         "first_start_utc TEXT NOT NULL, first_end_utc TEXT NOT NULL, "
                         "time_zone TEXT NOT NULL DEFAULT '', "
                         "scope_search TEXT NOT NULL DEFAULT '', "
                         "scope_status TEXT NOT NULL DEFAULT '', "
                         "scope_ids TEXT NOT NULL DEFAULT '[]', "
                         "repeat_rule TEXT NOT NULL DEFAULT 'none', "
                         "planned_by TEXT NOT NULL DEFAULT '', planned_at_utc TEXT NOT NULL, "
                         "profile TEXT NOT NULL DEFAULT '', api_host TEXT NOT NULL DEFAULT '', "
                         "state TEXT NOT NULL DEFAULT 'planned', "
                         "start_utc TEXT NOT NULL, end_utc TEXT NOT NULL, "
                         "started_by TEXT, started_at_utc TEXT, "
                         "started_late INTEGER NOT NULL DEFAULT 0, "
                         "ended_by TEXT, ended_at_utc TEXT, incident_id TEXT, "
                         "last_incident_id TEXT, occurrences_run INTEGER NOT NULL DEFAULT 0)"),
          QStringLiteral("CREATE INDEX IF NOT EXISTS pause_windows_due "
                         "ON pause_windows(api_host, state, start_utc)")}},
    };
    return migrations;
}

int ConsoleDatabase::latestSchemaVersion()
{
    return schemaMigrations().last().version;
}

ConsoleDatabase::ConsoleDatabase(QObject *parent)
    : ConsoleDatabase(schemaMigrations(), parent)
{ }

ConsoleDatabase::ConsoleDatabase(const QList<Migration> &migrations, QObject *parent)
    : QObject(parent)
    , m_migrations(migrations)
    , m_connection(QStringLiteral("dialnexa_console"))
{
    for (qsizetype i = 0; i < m_migrations.size(); ++i)
        Q_ASSERT_X(m_migrations.at(i).version == i + 1, "ConsoleDatabase",
                   "migration versions must count up from 1 without gaps");
}

ConsoleDatabase::~ConsoleDatabase()
{
    close();
}

QString ConsoleDatabase::defaultPath()
{
    return ConsoleDataPaths::auditDatabasePath();
}

bool ConsoleDatabase::open(const QString &path)
{
    close();
    m_lastError.clear();
    m_path = path.isEmpty() ? defaultPath() : path;
    const QFileInfo info(m_path);
    if (!QDir().mkpath(info.absolutePath()))
        return fail(tr("Cannot create the folder %1 for the data file")
                        .arg(QDir::toNativeSeparators(info.absolutePath())));
    // SQLite says "unable to open database file" both for a folder it may not write to and
    // for a file it may not read; which one it was is worth saying.
    const QString failedTo = QFileInfo::exists(m_path) ? tr("Cannot read this data file: %1")
                                                       : tr("Cannot create this data file: %1");
    QString error;
    bool opened = false;
    {
        QSqlDatabase db = m_connection.add(QStringLiteral("QSQLITE"));
        db.setDatabaseName(m_path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        opened = db.open();
        if (!opened)
            error = errorText(db.lastError());
    }
    if (!opened)
        return fail(failedTo.arg(error));
    // The version is read before any pragma: a newer file must not even change journal mode.
    const int version = readUserVersion(&error);
    if (version < 0)
        return fail(failedTo.arg(error));
    if (version > knownSchemaVersion())
        return fail(tr("This data file was written by a newer DialNexa Console (schema %1, this "
                       "version knows %2); nothing is written to it")
                        .arg(version)
                        .arg(knownSchemaVersion()));
    if (!exec(QStringLiteral("PRAGMA journal_mode=WAL"), &error) ||
        !exec(QStringLiteral("PRAGMA synchronous=NORMAL"), &error))
        return fail(tr("Cannot prepare this data file: %1").arg(error));
    if (!migrate(version))
        return false;
    m_open = true;
    return true;
}

void ConsoleDatabase::close()
{
    m_open = false;
    m_connection.close();
}

bool ConsoleDatabase::isOpen() const
{
    return m_open && m_connection.isOpen();
}

QSqlDatabase ConsoleDatabase::database() const
{
    return m_connection.database();
}

QString ConsoleDatabase::journalMode() const
{
    QSqlQuery query(database());
    if (query.exec(QStringLiteral("PRAGMA journal_mode")) && query.next())
        return query.value(0).toString().toLower();
    return QString();
}

int ConsoleDatabase::schemaVersion() const
{
    return isOpen() ? readUserVersion(nullptr) : -1;
}

int ConsoleDatabase::knownSchemaVersion() const
{
    return m_migrations.isEmpty() ? 0 : m_migrations.last().version;
}

bool ConsoleDatabase::fail(const QString &sentence)
{
    m_lastError = sentence;
    close();
    return false;
}

bool ConsoleDatabase::exec(const QString &sql, QString *error)
{
    QSqlQuery query(database());
    if (query.exec(sql))
        return true;
    if (error)
        *error = errorText(query.lastError());
    return false;
}

int ConsoleDatabase::readUserVersion(QString *error) const
{
    QSqlQuery query(database());
    if (query.exec(QStringLiteral("PRAGMA user_version")) && query.next())
        return query.value(0).toInt();
    if (error)
        *error = errorText(query.lastError());
    return -1;
}

// A file the console cannot write would lose every action's record, so open() refuses it
// even when no migration is due. BEGIN IMMEDIATE alone succeeds on a read-only file in WAL
// mode; rewriting user_version with its own value needs the write and is rolled back.
bool ConsoleDatabase::probeWritable()
{
    QString error;
    if (!exec(QStringLiteral("BEGIN IMMEDIATE"), &error))
        return fail(tr("This data file cannot be written: %1").arg(error));
    const int version = readUserVersion(&error);
    const bool ok =
        version >= 0 && exec(QStringLiteral("PRAGMA user_version = %1").arg(version), &error);
    exec(QStringLiteral("ROLLBACK"));
    return ok || fail(tr("This data file cannot be written: %1").arg(error));
}

bool ConsoleDatabase::migrate(int fromVersion)
{
    bool applied = false;
    for (const Migration &migration : std::as_const(m_migrations)) {
        if (migration.version <= fromVersion)
            continue;
        if (!apply(migration))
            return false;
        applied = true;
    }
    return applied || probeWritable();
}

bool ConsoleDatabase::apply(const Migration &migration)
{
    QString error;
    // IMMEDIATE: the console and dialnexa-ctl may open the same file at once; the second
    // waits for the lock, then sees the bumped version and skips the step.
    if (!exec(QStringLiteral("BEGIN IMMEDIATE"), &error))
        return fail(tr("This data file cannot be written: %1").arg(error));
    const int version = readUserVersion(&error);
    if (version >= migration.version) {
        exec(QStringLiteral("ROLLBACK"));
        return true;
    }
    bool ok = version >= 0;
    for (const QString &statement : migration.statements) {
        if (!ok)
            break;
        ok = exec(statement, &error);
    }
    ok = ok && exec(QStringLiteral("PRAGMA user_version = %1").arg(migration.version), &error) &&
         exec(QStringLiteral("COMMIT"), &error);
    if (!ok) {
        exec(QStringLiteral("ROLLBACK"));
        return fail(tr("Cannot upgrade this data file to schema %1 (%2): %3")
                        .arg(migration.version)
                        .arg(migration.description, error));
    }
    return true;
}
