// TeamStore and TeamReplicator against a real PostgreSQL (the team_postgres fixture): what a
// teammate would see in the shared store after this console wrote to its local file.
#include "support/TeamPostgres.h"

#include "audit/AuditLog.h"
#include "incidents/IncidentStore.h"
#include "storage/ConsoleDatabase.h"
#include "storage/TeamReplicator.h"
#include "storage/TeamStore.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTest>

namespace {

// One console: its own local file, its own connection to the team store.
struct Console
{
    QTemporaryDir dir;
    ConsoleDatabase local;
    AuditLog audit{&local};
    IncidentStore incidents{&local};
    TeamStore team;
    TeamReplicator replicator{&local, &team};

    bool open(const TeamStoreConfig &config)
    {
        return dir.isValid() && local.open(dir.filePath(QStringLiteral("console.sqlite"))) &&
               team.open(config);
    }
    qint64 pause(const QString &workflowId, const QString &outcome = QStringLiteral("done"))
    {
        AuditEntry e;
        e.osUser = QStringLiteral("alice");
        e.apiHost = QStringLiteral("127.0.0.1:1");
        e.workflowId = workflowId;
        e.workflowName = QStringLiteral("Name of %1").arg(workflowId);
        e.action = QStringLiteral("pause");
        const qint64 id = audit.recordRequest(e);
        if (!outcome.isEmpty())
            audit.recordOutcome(id, outcome, 200, QString());
        return id;
    }
};

// One value from the team store, as its administrator would query it.
QVariant teamValue(const TeamStore &team, const QString &sql)
{
    QSqlQuery q(team.database());
    return q.exec(sql) && q.next() ? q.value(0) : QVariant();
}

} // namespace

class TestTeamStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        const QString why = TeamPostgres::unavailableReason();
        if (!why.isEmpty())
            QFAIL(qPrintable(why));
    }

    void rowsArriveOnceWithWhoWroteThem()
    {
        const TeamStoreConfig config = TeamPostgres::freshDatabase(QStringLiteral("t_rows"));
        Console alice;
        QVERIFY2(alice.open(config), qPrintable(alice.team.lastError()));
        QCOMPARE(alice.team.schemaVersion(), TeamStore::latestSchemaVersion());
        const std::optional<Incident> inc = alice.incidents.createIncident(
            QStringLiteral("carrier outage"), QStringLiteral("alice"), QStringLiteral("Prod"),
            QStringLiteral("api.example:443"));
        QVERIFY(inc);
        QVERIFY(alice.incidents.addWorkflow(inc->id, QStringLiteral("wf_1"), QStringLiteral("A")));
        QVERIFY(alice.incidents.recordPauseOutcome(inc->id, QStringLiteral("wf_1"),
                                                   QStringLiteral("done"), true));
        alice.pause(QStringLiteral("wf_1"));
        const qint64 open = alice.pause(QStringLiteral("wf_2"), QString());
        QCOMPARE(alice.replicator.pendingRows(), 4);
        QVERIFY2(alice.replicator.pushNow(), qPrintable(alice.team.lastError()));
        QCOMPARE(alice.replicator.pendingRows(), 0);
        QCOMPARE(alice.replicator.statusText(), QStringLiteral("Team store online"));

        // Bob, with his own empty file, reads the team's rows.
        Console bob;
        QVERIFY(bob.open(config));
        const QList<Incident> incidents = bob.team.incidents();
        QCOMPARE(incidents.size(), 1);
        QCOMPARE(incidents.first().id, inc->id);
        QCOMPARE(incidents.first().reason, QStringLiteral("carrier outage"));
        QCOMPARE(incidents.first().operatorName,
                 QStringLiteral("alice@") + QSysInfo::machineHostName());
        QCOMPARE(bob.team.pausedCount(inc->id), 1);
        QList<AuditEntry> rows = bob.team.auditEntries();
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows.at(0).workflowId, QStringLiteral("wf_1"));
        QCOMPARE(rows.at(0).outcome, QStringLiteral("done"));
        QVERIFY(rows.at(0).osUser.startsWith(QStringLiteral("alice@")));
        QVERIFY(!rows.at(1).hasOutcome());

        // The open row gains its outcome; pushing again duplicates nothing.
        QVERIFY(alice.audit.recordOutcome(open, QStringLiteral("done"), 200, QString()));
        QCOMPARE(alice.replicator.pendingRows(), 1);
        QVERIFY(alice.replicator.pushNow());
        alice.local.database().exec(QStringLiteral("UPDATE audit_log SET team_synced_rev = 0"));
        QVERIFY(alice.replicator.pushNow()); // a full replay
        rows = bob.team.auditEntries();
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows.at(1).outcome, QStringLiteral("done"));
        QCOMPARE(bob.team.auditEntries(QStringLiteral("nobody")).size(), 0);
        QCOMPARE(bob.team.auditEntries(QStringLiteral("ALICE")).size(), 2);
    }

    void theTeamAuditIsAppendOnly()
    {
        const TeamStoreConfig config = TeamPostgres::freshDatabase(QStringLiteral("t_append"));
        Console alice;
        QVERIFY(alice.open(config));
        alice.pause(QStringLiteral("wf_1"));
        QVERIFY(alice.replicator.pushNow());
        QString error;
        QVERIFY(!TeamPostgres::exec(QStringLiteral("t_append"),
                                    QStringLiteral("UPDATE audit_log SET outcome = 'failed'"),
                                    &error));
        QVERIFY2(error.contains(QStringLiteral("append-only")), qPrintable(error));
        QVERIFY(!TeamPostgres::exec(QStringLiteral("t_append"),
                                    QStringLiteral("DELETE FROM audit_log"), &error));
        QVERIFY2(error.contains(QStringLiteral("never deleted")), qPrintable(error));
        QVERIFY(!TeamPostgres::exec(QStringLiteral("t_append"),
                                    QStringLiteral("TRUNCATE audit_log"), &error));
        QCOMPARE(teamValue(alice.team, QStringLiteral("SELECT outcome FROM audit_log")).toString(),
                 QStringLiteral("done"));
    }

    // The store goes away: rows wait in the local file, the status says how many, and they
    // arrive once when it is back.
    void rowsWaitWhileTheStoreIsDownAndArriveOnce()
    {
        const TeamStoreConfig config = TeamPostgres::freshDatabase(QStringLiteral("t_offline"));
        Console alice;
        QVERIFY(alice.open(config));
        alice.pause(QStringLiteral("wf_1"));
        QVERIFY(alice.replicator.pushNow());
        QSignalSpy state(&alice.replicator, &TeamReplicator::stateChanged);

        QVERIFY(TeamPostgres::stopServer());
        alice.pause(QStringLiteral("wf_2"));
        alice.pause(QStringLiteral("wf_3"));
        QVERIFY(!alice.replicator.pushNow());
        QCOMPARE(alice.replicator.statusText(),
                 QStringLiteral("Team store offline — 2 rows waiting"));
        QVERIFY(!state.isEmpty());
        QCOMPARE(state.last().at(0).toBool(), false);
        QCOMPARE(state.last().at(1).toInt(), 2);
        QVERIFY(!alice.replicator.pushNow()); // still down: a retry changes nothing

        QVERIFY(TeamPostgres::startServer());
        QVERIFY2(alice.replicator.pushNow(), qPrintable(alice.team.lastError()));
        QCOMPARE(alice.replicator.statusText(), QStringLiteral("Team store online"));
        QCOMPARE(state.last().at(0).toBool(), true);
        QCOMPARE(teamValue(alice.team, QStringLiteral("SELECT count(*) FROM audit_log")).toInt(),
                 3);
        QCOMPARE(teamValue(alice.team,
                           QStringLiteral("SELECT count(DISTINCT workflow_id) FROM audit_log"))
                     .toInt(),
                 3);
    }

    void aWrongPasswordSaysSoAndNamesNoSecret()
    {
        TeamStoreConfig config = TeamPostgres::freshDatabase(QStringLiteral("t_password"));
        config.password = QStringLiteral("not-the-password-s3cr3t");
        TeamStore team;
        QVERIFY(!team.open(config));
        QVERIFY(!team.isOpen());
        QVERIFY2(team.lastError().contains(QStringLiteral("the password was refused")),
                 qPrintable(team.lastError()));
        QVERIFY(team.lastError().contains(QStringLiteral("Working local-only")));
        QVERIFY(team.lastError().contains(config.displayName()));
        QVERIFY(!team.lastError().contains(config.password));
        QVERIFY(!team.lastError().contains(TeamPostgres::password()));
    }

    void anUnreachableHostSaysSo()
    {
        TeamStoreConfig config = TeamPostgres::adminConfig();
        config.port = 1; // nothing listens there on loopback
        TeamStore team;
        QVERIFY(!team.open(config));
        QVERIFY2(team.lastError().contains(QStringLiteral("the server cannot be reached")),
                 qPrintable(team.lastError()));
        QVERIFY(team.lastError().contains(QStringLiteral("Working local-only")));
        // The replicator keeps the rows and says so.
        QTemporaryDir dir;
        ConsoleDatabase local;
        QVERIFY(local.open(dir.filePath(QStringLiteral("c.sqlite"))));
        AuditLog audit(&local);
        AuditEntry e;
        e.workflowId = QStringLiteral("wf_1");
        e.action = QStringLiteral("pause");
        QVERIFY(audit.recordRequest(e) > 0);
        TeamReplicator replicator(&local, &team);
        QVERIFY(!replicator.pushNow());
        QCOMPARE(replicator.statusText(), QStringLiteral("Team store offline — 1 row waiting"));
    }

    // The test server speaks no TLS: a store that requires it is refused with a sentence.
    void aRequiredSecureConnectionThatFailsSaysSo()
    {
        TeamStoreConfig config = TeamPostgres::freshDatabase(QStringLiteral("t_tls"));
        config.sslMode = QStringLiteral("require");
        TeamStore team;
        QVERIFY(!team.open(config));
        QVERIFY(!team.isOpen());
        QVERIFY2(team.lastError().contains(QStringLiteral("the secure connection failed")),
                 qPrintable(team.lastError()));
        QVERIFY(team.lastError().contains(QStringLiteral("Working local-only")));
        QVERIFY(!team.lastError().contains(TeamPostgres::password()));
    }

    void aStoreFromThePreviousSchemaIsUpgradedWithItsRows()
    {
        const TeamStoreConfig config = TeamPostgres::freshDatabase(QStringLiteral("t_upgrade"));
        const QList<TeamStore::Migration> previous =
            TeamStore::schemaMigrations().mid(0, TeamStore::latestSchemaVersion() - 1);
        {
            TeamStore old(previous);
            QVERIFY2(old.open(config), qPrintable(old.lastError()));
            QCOMPARE(old.schemaVersion(), TeamStore::latestSchemaVersion() - 1);
            QTemporaryDir dir;
            ConsoleDatabase local;
            QVERIFY(local.open(dir.filePath(QStringLiteral("c.sqlite"))));
            IncidentStore incidents(&local);
            const auto inc = incidents.createIncident(
                QStringLiteral("old"), QStringLiteral("alice"), QString(), QString());
            QVERIFY(inc);
            QVERIFY(incidents.addWorkflow(inc->id, QStringLiteral("wf_1"), QString()));
            QVERIFY(incidents.recordPauseOutcome(inc->id, QStringLiteral("wf_1"),
                                                 QStringLiteral("done"), true));
            TeamReplicator replicator(&local, &old);
            QVERIFY2(replicator.pushNow(), qPrintable(old.lastError()));
        }
        TeamStore current;
        QVERIFY2(current.open(config), qPrintable(current.lastError()));
        QCOMPARE(current.schemaVersion(), TeamStore::latestSchemaVersion());
        QVERIFY(current.isWritable());
        const QList<Incident> incidents = current.incidents();
        QCOMPARE(incidents.size(), 1);
        // The new version's claims work on the old rows.
        QCOMPARE(current.claim(incidents.first().id, QStringLiteral("wf_1")),
                 ResumeClaims::Result::Claimed);
    }

    void aNewerSchemaIsReadButNeverWritten()
    {
        const TeamStoreConfig config = TeamPostgres::freshDatabase(QStringLiteral("t_newer"));
        {
            TeamStore team;
            QVERIFY(team.open(config));
        }
        QVERIFY(TeamPostgres::exec(QStringLiteral("t_newer"),
                                   QStringLiteral("UPDATE dialnexa_schema SET version = 99")));
        Console alice;
        QVERIFY(alice.open(config));
        QVERIFY(!alice.team.isWritable());
        QVERIFY2(alice.team.lastError().contains(QStringLiteral("schema 99, newer than this "
                                                                "console knows")),
                 qPrintable(alice.team.lastError()));
        alice.pause(QStringLiteral("wf_1"));
        QVERIFY(!alice.replicator.pushNow());
        QCOMPARE(alice.replicator.statusText(),
                 QStringLiteral("Team store offline — 1 row waiting"));
        QCOMPARE(teamValue(alice.team, QStringLiteral("SELECT count(*) FROM audit_log")).toInt(),
                 0);
    }

    // Another console's connection hears of a new row within a second (LISTEN/NOTIFY).
    void aNotificationReachesAnotherConsole()
    {
        const TeamStoreConfig config = TeamPostgres::freshDatabase(QStringLiteral("t_notify"));
        Console alice;
        Console bob;
        QVERIFY(alice.open(config));
        QVERIFY(bob.open(config));
        QVERIFY(bob.team.subscribe());
        QSignalSpy heard(&bob.team, &TeamStore::teamChanged);
        alice.pause(QStringLiteral("wf_9"));
        QVERIFY(alice.replicator.pushNow());
        QVERIFY(heard.wait(1000));
        QCOMPARE(heard.first().at(0).toString(), QStringLiteral("audit_log"));
        QCOMPARE(heard.first().at(1).toString(),
                 QStringLiteral("alice@") + QSysInfo::machineHostName());
        QVERIFY2(heard.first().at(2).toString().contains(QStringLiteral("pause Name of wf_9")),
                 qPrintable(heard.first().at(2).toString()));
    }

    // Rows written before team mode are not sent on their own: `team-store sync` offers them.
    void rowsFromBeforeTeamModeWaitForSync()
    {
        const TeamStoreConfig config = TeamPostgres::freshDatabase(QStringLiteral("t_legacy"));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("c.sqlite"));
        {
            ConsoleDatabase v1(ConsoleDatabase::schemaMigrations().mid(0, 1));
            QVERIFY(v1.open(path));
            AuditLog audit(&v1);
            AuditEntry e;
            e.workflowId = QStringLiteral("wf_old");
            e.action = QStringLiteral("pause");
            QVERIFY(audit.recordRequest(e) > 0);
        }
        ConsoleDatabase local;
        QVERIFY(local.open(path));
        TeamStore team;
        QVERIFY(team.open(config));
        TeamReplicator replicator(&local, &team);
        QCOMPARE(replicator.legacyRows(), 1);
        QCOMPARE(replicator.pendingRows(), 0);
        QVERIFY(replicator.pushNow());
        QCOMPARE(team.auditEntries().size(), 0);
        QCOMPARE(replicator.offerLegacyRows(), 1);
        QVERIFY(replicator.pushNow());
        QCOMPARE(team.auditEntries().size(), 1);
        QCOMPARE(team.auditEntries().first().workflowId, QStringLiteral("wf_old"));
        QCOMPARE(replicator.legacyRows(), 0);
    }

    // Two consoles claim one workflow: one gets it; a claim whose console died expires.
    void aClaimIsAtomicAndExpires()
    {
        const TeamStoreConfig config = TeamPostgres::freshDatabase(QStringLiteral("t_claim"));
        Console alice;
        QVERIFY(alice.open(config));
        const auto inc = alice.incidents.createIncident(
            QStringLiteral("x"), QStringLiteral("alice"), QString(), QString());
        QVERIFY(inc);
        QVERIFY(alice.incidents.addWorkflow(inc->id, QStringLiteral("wf_1"), QString()));
        QVERIFY(alice.incidents.addWorkflow(inc->id, QStringLiteral("wf_2"), QString()));
        QVERIFY(alice.replicator.pushNow());
        TeamStore bob;
        TeamStore carol;
        QVERIFY(bob.open(config));
        QVERIFY(carol.open(config));
        QString by;
        QCOMPARE(bob.claim(inc->id, QStringLiteral("wf_1")), ResumeClaims::Result::Claimed);
        QCOMPARE(carol.claim(inc->id, QStringLiteral("wf_1"), &by),
                 ResumeClaims::Result::ClaimedElsewhere);
        QCOMPARE(by, TeamStore::operatorName());
        bob.finishClaim(inc->id, QStringLiteral("wf_1"), true, QStringLiteral("resumed"));
        QCOMPARE(carol.claim(inc->id, QStringLiteral("wf_1"), &by),
                 ResumeClaims::Result::ResumedElsewhere);
        QVERIFY(carol.resumedElsewhere(inc->id, QStringLiteral("wf_1")));

        // Bob's console dies holding wf_2: after two minutes carol may take it over.
        QCOMPARE(bob.claim(inc->id, QStringLiteral("wf_2")), ResumeClaims::Result::Claimed);
        QCOMPARE(carol.claim(inc->id, QStringLiteral("wf_2")),
                 ResumeClaims::Result::ClaimedElsewhere);
        QVERIFY(TeamPostgres::exec(QStringLiteral("t_claim"),
                                   QStringLiteral("UPDATE incident_workflows SET claimed_at = "
                                                  "now() - interval '121 seconds' WHERE "
                                                  "workflow_id = 'wf_2'")));
        QCOMPARE(carol.claim(inc->id, QStringLiteral("wf_2")), ResumeClaims::Result::Claimed);
        // A failed resume frees the claim at once.
        carol.finishClaim(inc->id, QStringLiteral("wf_2"), false, QStringLiteral("failed"));
        QCOMPARE(bob.claim(inc->id, QStringLiteral("wf_2")), ResumeClaims::Result::Claimed);
    }
};

QTEST_GUILESS_MAIN(TestTeamStore)
#include "tst_team_store.moc"
