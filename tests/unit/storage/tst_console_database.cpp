#include "audit/AuditLog.h"
#include "incidents/IncidentStore.h"
#include "storage/ConsoleDatabase.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QScopeGuard>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

namespace {

QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// Reads a file on a plain connection of its own, bypassing ConsoleDatabase, so the test sees
// what is really in it. Each call opens and removes its connection.
class Probe
{
public:
    explicit Probe(const QString &path)
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name());
        db.setDatabaseName(path);
        m_ok = db.open();
    }
    ~Probe()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(name(), false);
            db.close();
        }
        QSqlDatabase::removeDatabase(name());
    }
    bool isOk() const { return m_ok; }
    bool exec(const QString &sql)
    {
        QSqlQuery q(QSqlDatabase::database(name(), false));
        return q.exec(sql);
    }
    QVariantList column(const QString &sql) const
    {
        QVariantList values;
        QSqlQuery q(QSqlDatabase::database(name(), false));
        if (!q.exec(sql))
            return {QStringLiteral("error: %1").arg(q.lastError().text())};
        while (q.next())
            values.append(q.value(0));
        return values;
    }
    QVariant value(const QString &sql) const { return column(sql).value(0); }

private:
    static QString name() { return QStringLiteral("probe"); }
    bool m_ok = false;
};

QStringList schemaObjects(const QString &path)
{
    Probe probe(path);
    QStringList names;
    for (const QVariant &v :
         probe.column(QStringLiteral("SELECT name FROM sqlite_master WHERE name NOT LIKE "
                                     "'sqlite_%' ORDER BY name")))
        names << v.toString();
    return names;
}

// What migration 2 (team store outbox) adds: UUID indexes and the revision triggers.
QStringList withOutbox(QStringList names)
{
    names << QStringLiteral("audit_log_team_dirty") << QStringLiteral("incidents_team_dirty")
          << QStringLiteral("incident_workflows_team_dirty");
    names << QStringLiteral("audit_log_team_rev") << QStringLiteral("audit_log_team_uuid")
          << QStringLiteral("audit_log_uuid") << QStringLiteral("incident_workflows_team_rev")
          << QStringLiteral("incidents_team_rev") << QStringLiteral("incidents_team_uuid")
          << QStringLiteral("incidents_uuid");
    names.sort();
    return names;
}

// What migration 3 (pause windows) adds.
QStringList withWindows(QStringList names)
{
    names << QStringLiteral("pause_windows") << QStringLiteral("pause_windows_due");
    names.sort();
    return names;
}

// Steps that leave a trace in table steps, so the order and count of runs can be read back.
QList<ConsoleDatabase::Migration> tracingMigrations(int count)
{
    QList<ConsoleDatabase::Migration> list = {
        {1,
         QStringLiteral("steps table"),
         {QStringLiteral("CREATE TABLE steps (version INTEGER NOT NULL)"),
          QStringLiteral("INSERT INTO steps VALUES (1)")}},
        {2, QStringLiteral("second"), {QStringLiteral("INSERT INTO steps VALUES (2)")}},
        {3,
         QStringLiteral("third"),
         {QStringLiteral("CREATE TABLE third (x INTEGER)"),
          QStringLiteral("INSERT INTO steps VALUES (3)")}},
    };
    return list.mid(0, count);
}

QVariantList steps(const QString &path)
{
    return Probe(path).column(QStringLiteral("SELECT version FROM steps ORDER BY rowid"));
}

} // namespace

class TestConsoleDatabase : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void freshFileGetsTheLatestSchema()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("new/audit.sqlite"));
        ConsoleDatabase db;
        QVERIFY2(db.open(path), qPrintable(db.lastError()));
        QVERIFY(db.isOpen());
        QCOMPARE(db.path(), path);
        QCOMPARE(db.schemaVersion(), ConsoleDatabase::latestSchemaVersion());
        QCOMPARE(db.knownSchemaVersion(), ConsoleDatabase::latestSchemaVersion());
        QCOMPARE(db.journalMode(), QStringLiteral("wal"));
        QCOMPARE(schemaObjects(path),
                 withWindows(withOutbox(
                     {QStringLiteral("audit_log"), QStringLiteral("audit_log_incident"),
                      QStringLiteral("audit_log_requested"), QStringLiteral("incident_workflows"),
                      QStringLiteral("incidents")})));
        db.close();
        QVERIFY(!db.isOpen());
        QCOMPARE(db.schemaVersion(), -1);
    }

    void schemaOneIsTheSchemaBeforeVersioning()
    {
        // Pinned: migration 1 must stay what the console wrote before; a change goes into a
        // new migration instead.
        const QList<ConsoleDatabase::Migration> &list = ConsoleDatabase::schemaMigrations();
        QVERIFY(!list.isEmpty());
        QCOMPARE(list.first().version, 1);
        QCOMPARE(list.first().statements.size(), 5);
        for (qsizetype i = 0; i < list.size(); ++i)
            QCOMPARE(list.at(i).version, int(i + 1));
        for (const QString &statement : list.first().statements)
            QVERIFY2(statement.contains(QStringLiteral(" IF NOT EXISTS ")), qPrintable(statement));
    }

    void openingAgainRunsNothingTwice()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("audit.sqlite"));
        {
            ConsoleDatabase db(tracingMigrations(2));
            QVERIFY2(db.open(path), qPrintable(db.lastError()));
            QCOMPARE(db.schemaVersion(), 2);
        }
        QCOMPARE(steps(path), (QVariantList{1, 2}));
        {
            ConsoleDatabase db(tracingMigrations(2));
            QVERIFY2(db.open(path), qPrintable(db.lastError()));
            QVERIFY(db.open(path)); // reopening the same object too
            QCOMPARE(db.schemaVersion(), 2);
        }
        QCOMPARE(steps(path), (QVariantList{1, 2}));
        // A later version with one more step runs just that step.
        {
            ConsoleDatabase db(tracingMigrations(3));
            QVERIFY2(db.open(path), qPrintable(db.lastError()));
            QCOMPARE(db.schemaVersion(), 3);
        }
        QCOMPARE(steps(path), (QVariantList{1, 2, 3}));

        // The product schema: the console and dialnexa-ctl open the same file one after the
        // other (or at once); the second finds it current.
        const QString product = dir.filePath(QStringLiteral("product.sqlite"));
        ConsoleDatabase console;
        QVERIFY(console.open(product));
        ConsoleDatabase ctl;
        QVERIFY2(ctl.open(product), qPrintable(ctl.lastError()));
        QCOMPARE(ctl.schemaVersion(), ConsoleDatabase::latestSchemaVersion());
        QCOMPARE(console.schemaVersion(), ConsoleDatabase::latestSchemaVersion());
    }

    void failedMigrationLeavesTheFileAtItsOldSchema()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("audit.sqlite"));
        {
            ConsoleDatabase db(tracingMigrations(1));
            QVERIFY(db.open(path));
        }
        QList<ConsoleDatabase::Migration> broken = tracingMigrations(2);
        broken.last().statements << QStringLiteral("INSERT INTO nowhere VALUES (1)");
        ConsoleDatabase db(broken);
        AuditLog log(&db);
        QVERIFY(!db.open(path));
        QVERIFY(!db.isOpen());
        QVERIFY2(db.lastError().startsWith(
                     QStringLiteral("Cannot upgrade this data file to schema 2 (second): ")),
                 qPrintable(db.lastError()));
        QVERIFY2(db.lastError().contains(QStringLiteral("nowhere")), qPrintable(db.lastError()));
        QCOMPARE(log.lastError(), db.lastError());
        // The step's first insert was rolled back with it, and the version stayed.
        QCOMPARE(steps(path), (QVariantList{1}));
        QCOMPARE(Probe(path).value(QStringLiteral("PRAGMA user_version")).toInt(), 1);
    }

    void fileFromBeforeVersioningKeepsItsRows()
    {
        // Written by the pre-change AuditLog/IncidentStore (commit 3ce7f49): see
        // fixtures/README.md for the generator and how it was run.
        const QString fixture = QFINDTESTDATA("fixtures/console-v0.sqlite");
        QVERIFY(!fixture.isEmpty());
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("audit.sqlite"));
        QVERIFY(QFile::copy(fixture, path));
        QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner));
        QCOMPARE(Probe(path).value(QStringLiteral("PRAGMA user_version")).toInt(), 0);
        const QStringList tablesBefore = schemaObjects(path);

        ConsoleDatabase db;
        AuditLog log(&db);
        IncidentStore store(&db);
        QVERIFY2(db.open(path), qPrintable(db.lastError()));
        QCOMPARE(db.schemaVersion(), ConsoleDatabase::latestSchemaVersion());
        // Migration 2 adds the team store outbox, migration 3 the pause windows, beside the
        // rows it keeps.
        QCOMPARE(schemaObjects(path), withWindows(withOutbox(tablesBefore)));

        const QList<AuditEntry> rows = log.entries();
        QCOMPARE(rows.size(), 3);
        QCOMPARE(rows.at(0).workflowId, QStringLiteral("wf_done"));
        QCOMPARE(rows.at(0).outcome, QStringLiteral("done"));
        QCOMPARE(rows.at(0).httpStatus, 200);
        QCOMPARE(rows.at(0).requestedAtUtc,
                 QDateTime(QDate(2026, 11, 29), QTime(4, 12, 0, 123), Qt::UTC));
        QCOMPARE(rows.at(1).workflowName, QStringLiteral("Win-back, \"VIP\""));
        QCOMPARE(rows.at(1).httpStatus, 409);
        QCOMPARE(rows.at(1).serverMessage, QStringLiteral("already paused"));
        const QList<AuditEntry> pending = log.pendingWithoutOutcome();
        QCOMPARE(pending.size(), 1);
        QCOMPARE(pending.first().workflowId, QStringLiteral("wf_pending"));
        QCOMPARE(pending.first().incidentId, QStringLiteral("INC-20261202-0544-739"));

        const QList<Incident> open = store.openIncidents();
        QCOMPARE(open.size(), 1);
        QCOMPARE(open.first().id, QStringLiteral("INC-20261202-0544-739"));
        QCOMPARE(open.first().reason, QStringLiteral("Carrier outage"));
        QCOMPARE(store.allIncidents().size(), 2);
        QVERIFY(!store.incident(QStringLiteral("INC-20261202-0544-f84"))->isOpen());
        const QList<IncidentWorkflow> wfs = store.workflows(open.first().id);
        QCOMPARE(wfs.size(), 2);
        QVERIFY(wfs.at(0).pausedByIncident);
        QVERIFY(wfs.at(1).pauseRequested);
        QVERIFY(wfs.at(1).pauseOutcome.isEmpty());

        // And it goes on as before: ids continue, the incident can be closed.
        AuditEntry next = rows.first();
        next.requestedAtUtc = QDateTime();
        QCOMPARE(log.recordRequest(next), qint64(4));
        QVERIFY(store.closeIncident(open.first().id));
        db.close();
        ConsoleDatabase again;
        QVERIFY(again.open(path));
        QCOMPARE(AuditLog(&again).entries().size(), 4);
        QVERIFY(IncidentStore(&again).openIncidents().isEmpty());
    }

    void newerSchemaIsRefusedUntouched()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("audit.sqlite"));
        {
            Probe future(path);
            QVERIFY(future.isOk());
            QVERIFY(future.exec(QStringLiteral("CREATE TABLE team_outbox (id TEXT)")));
            QVERIFY(future.exec(QStringLiteral("PRAGMA user_version = 5")));
        }
        const QByteArray before = fileBytes(path);
        QVERIFY(!before.isEmpty());

        ConsoleDatabase db;
        AuditLog log(&db);
        IncidentStore store(&db);
        QVERIFY(!db.open(path));
        const QString sentence =
            QStringLiteral("This data file was written by a newer DialNexa Console (schema 5, "
                           "this version knows %1); nothing is written to it")
                .arg(ConsoleDatabase::latestSchemaVersion());
        QCOMPARE(db.lastError(), sentence);
        QVERIFY(!db.isOpen());
        QVERIFY(!log.isOpen());
        QCOMPARE(log.lastError(), sentence);
        QCOMPARE(store.lastError(), sentence);
        QCOMPARE(log.recordRequest(AuditEntry()), qint64(-1));
        QVERIFY(!store.createIncident(QStringLiteral("x"), {}, {}, {}));

        QCOMPARE(fileBytes(path), before);
        QVERIFY(!QFileInfo::exists(path + QStringLiteral("-wal")));
        Probe after(path);
        QCOMPARE(after.value(QStringLiteral("PRAGMA user_version")).toInt(), 5);
        QCOMPARE(after.value(QStringLiteral("PRAGMA journal_mode")).toString(),
                 QStringLiteral("delete")); // not even switched to WAL
        QCOMPARE(after.column(QStringLiteral("SELECT name FROM sqlite_master")),
                 (QVariantList{QStringLiteral("team_outbox")}));
    }

    void unopenablePathsSayWhy()
    {
        QTemporaryDir dir;
        ConsoleDatabase db;

        QFile plain(dir.filePath(QStringLiteral("plain")));
        QVERIFY(plain.open(QIODevice::WriteOnly));
        QVERIFY(plain.write("not a folder\n") > 0);
        plain.close();
        QVERIFY(!db.open(dir.filePath(QStringLiteral("plain/audit.sqlite"))));
        QCOMPARE(db.lastError(), QStringLiteral("Cannot create the folder %1 for the data file")
                                     .arg(QDir::toNativeSeparators(plain.fileName())));

        QVERIFY(!db.open(plain.fileName()));
        QCOMPARE(db.lastError(),
                 QStringLiteral("Cannot read this data file: file is not a database"));
        QCOMPARE(fileBytes(plain.fileName()), QByteArray("not a folder\n"));

        QVERIFY(!db.open(dir.path()));
        QCOMPARE(db.lastError(),
                 QStringLiteral("Cannot read this data file: unable to open database file"));
        QVERIFY(!db.isOpen());
    }

    void readOnlyFolderSaysWhy()
    {
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("locked"));
        QVERIFY(QDir().mkpath(folder));
        QVERIFY(QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::ExeOwner));
        const auto restore = qScopeGuard([&] {
            QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                              QFileDevice::ExeOwner);
        });
        if (QFileInfo(folder).isWritable())
            QSKIP("file permissions do not bind this user (root)");
        ConsoleDatabase db;
        QVERIFY(!db.open(QDir(folder).filePath(QStringLiteral("audit.sqlite"))));
        QCOMPARE(db.lastError(),
                 QStringLiteral("Cannot create this data file: unable to open database file"));
        QVERIFY(!QFileInfo::exists(QDir(folder).filePath(QStringLiteral("audit.sqlite"))));
    }

    void readOnlyFileSaysWhy()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("audit.sqlite"));
        {
            ConsoleDatabase db;
            QVERIFY(db.open(path));
        }
        QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner));
        if (QFileInfo(path).isWritable())
            QSKIP("file permissions do not bind this user (root)");
        const QByteArray before = fileBytes(path);
        ConsoleDatabase db;
        QVERIFY(!db.open(path));
        QCOMPARE(db.lastError(), QStringLiteral("This data file cannot be written: attempt to "
                                                "write a readonly database"));
        QVERIFY(!db.isOpen());
        QCOMPARE(fileBytes(path), before);
    }
};

QTEST_GUILESS_MAIN(TestConsoleDatabase)
#include "tst_console_database.moc"
