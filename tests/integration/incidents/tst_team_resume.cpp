// Team mode end to end in one process with two "consoles" (each its own local file, its own
// connections to the sandbox and to the team store): what the sandbox received is the
// proof — one resume POST per workflow, every pause POST sent while the store was down.
#include "support/SandboxControl.h"
#include "support/TeamPostgres.h"

#include "SandboxHost.h"
#include "api/ApiClient.h"
#include "api/ServerName.h"
#include "api/WorkflowApi.h"
#include "audit/AuditLog.h"
#include "incidents/IncidentCoordinator.h"
#include "incidents/IncidentStore.h"
#include "storage/ConsoleDatabase.h"
#include "storage/TeamLink.h"
#include "storage/TeamReplicator.h"
#include "storage/TeamStore.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace {

struct Console
{
    explicit Console(const QUrl &baseUrl, const QString &key)
    {
        client.setBaseUrl(baseUrl);
        client.setApiKey(key);
        client.setTransferTimeoutMs(15000);
        link.watch(&audit, &incidents);
        coordinator.setResumeClaims(link.store());
    }
    bool open(const TeamStoreConfig &config)
    {
        return dir.isValid() && local.open(dir.filePath(QStringLiteral("console.sqlite"))) &&
               link.connectTo(config);
    }

    QTemporaryDir dir;
    ApiClient client;
    WorkflowApi api{&client};
    ConsoleDatabase local;
    AuditLog audit{&local};
    IncidentStore incidents{&local};
    TeamLink link{&local};
    IncidentCoordinator coordinator{&api, &incidents, &audit};
};

QVariant teamValue(TeamStore *team, const QString &sql)
{
    QSqlQuery q(team->database());
    return q.exec(sql) && q.next() ? q.value(0) : QVariant();
}

} // namespace

class TestTeamResume : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<BulkItem>();
        qRegisterMetaType<BulkItemOutcome>();
        qRegisterMetaType<BulkSummary>();
        qRegisterMetaType<ResumeItemReport>();
        qRegisterMetaType<QList<ResumeItemReport>>();
        qRegisterMetaType<Incident>();
        const QString why = TeamPostgres::unavailableReason();
        if (!why.isEmpty())
            QFAIL(qPrintable(why));
        SandboxOptions options;
        options.tickMs = 0;
        options.workflowCount = 0;
        options.latencyMs = 5; // requests overlap, as over a real network
        QVERIFY(m_host.start(options));
        m_control = std::make_unique<SandboxControl>(m_host.controlUrl());
    }

    void init()
    {
        QVERIFY(m_control->clearRequests());
        QVERIFY(m_control->clearFaults());
    }

    // Alice pauses; bob (who never saw the incident locally) and alice resume it at the
    // same moment: every workflow gets exactly one resume POST, both did part of the work.
    void twoConsolesResumingOneIncidentNeverPostTwice()
    {
        const TeamStoreConfig config = TeamPostgres::freshDatabase(QStringLiteral("r_two"));
        const QList<BulkItem> items = insert(QStringLiteral("two"), 40);
        Console alice(m_host.baseUrl(), m_host.apiKey());
        Console bob(m_host.baseUrl(), m_host.apiKey());
        QVERIFY2(alice.open(config), qPrintable(alice.link.lastError()));
        QVERIFY2(bob.open(config), qPrintable(bob.link.lastError()));

        QSignalSpy paused(&alice.coordinator, &IncidentCoordinator::pauseFinished);
        const QString id = alice.coordinator.startPauseIncident(
            QStringLiteral("Carrier outage"), items, QString(), ServerName::of(m_host.baseUrl()));
        QVERIFY(!id.isEmpty());
        QVERIFY(paused.wait(30000));
        QVERIFY(alice.link.replicator()->pushNow());
        QCOMPARE(posts(QStringLiteral("pause")).size(), items.size());

        // Bob finds it in the team store and takes a local copy to resume.
        QCOMPARE(bob.link.store()->incidents().value(0).id, id);
        QVERIFY(bob.link.store()->importIncident(id, &bob.local));
        // The console imports again whenever the supervisor looks at it: an unchanged copy
        // is nothing to push back.
        QVERIFY(bob.link.store()->importIncident(id, &bob.local));
        QCOMPARE(bob.link.replicator()->pendingRows(), 0);
        QVERIFY(m_control->clearRequests());
        QSignalSpy aliceDone(&alice.coordinator, &IncidentCoordinator::resumeFinished);
        QSignalSpy bobDone(&bob.coordinator, &IncidentCoordinator::resumeFinished);
        QVERIFY(alice.coordinator.resumeIncident(id));
        QVERIFY(bob.coordinator.resumeIncident(id));
        QTRY_VERIFY_WITH_TIMEOUT(aliceDone.size() == 1 && bobDone.size() == 1, 60000);

        QStringList expected;
        for (const BulkItem &item : items)
            expected << item.id;
        expected.sort();
        QCOMPARE(posts(QStringLiteral("resume")), expected); // each once, none missing
        const int byAlice = resumedCount(aliceDone);
        const int byBob = resumedCount(bobDone);
        QCOMPARE(byAlice + byBob, int(items.size()));
        QVERIFY2(byAlice > 0 && byBob > 0, "the two resumers share the work");
        for (const BulkItem &item : items)
            QCOMPARE(statusOf(item.id), QStringLiteral("active"));
        // Whoever finished last saw the other's items done and closed the incident.
        QVERIFY(aliceDone.first().at(2).toBool() || bobDone.first().at(2).toBool());
        QVERIFY(alice.link.replicator()->pushNow());
        QVERIFY(bob.link.replicator()->pushNow());
        QCOMPARE(teamValue(alice.link.store(),
                           QStringLiteral("SELECT status FROM incidents WHERE id = '%1'").arg(id))
                     .toString(),
                 QStringLiteral("closed"));
        QCOMPARE(
            teamValue(alice.link.store(),
                      QStringLiteral("SELECT count(*) FROM incident_workflows WHERE resumed = 1 "
                                     "AND resumed_by IS NOT NULL"))
                .toInt(),
            int(items.size()));
        // The team audit holds every pause and every resume, each once.
        QCOMPARE(teamValue(alice.link.store(),
                           QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'resume'"))
                     .toInt(),
                 int(items.size()));
    }

    // The team store stops in the middle of a bulk pause: every pause still goes out, the
    // rows wait locally and arrive once the store is back, none twice.
    void aStoreStoppedMidPauseLosesNothingAndDuplicatesNothing()
    {
        const TeamStoreConfig config = TeamPostgres::freshDatabase(QStringLiteral("r_down"));
        const QList<BulkItem> items = insert(QStringLiteral("down"), 30);
        Console alice(m_host.baseUrl(), m_host.apiKey());
        QVERIFY(alice.open(config));
        alice.link.startRetrying(50);
        QSignalSpy state(alice.link.replicator(), &TeamReplicator::stateChanged);

        bool stopped = false;
        connect(&alice.coordinator, &IncidentCoordinator::itemFinished, this, [&] {
            if (!stopped)
                stopped = TeamPostgres::stopServer();
        });
        QSignalSpy paused(&alice.coordinator, &IncidentCoordinator::pauseFinished);
        const QString id = alice.coordinator.startPauseIncident(
            QStringLiteral("Quiet hours"), items, QString(), ServerName::of(m_host.baseUrl()));
        QVERIFY(!id.isEmpty());
        QVERIFY(paused.wait(30000));
        QVERIFY(stopped);
        QCOMPARE(posts(QStringLiteral("pause")).size(), items.size());
        QVERIFY(!alice.link.replicator()->pushNow());
        QVERIFY(alice.link.replicator()->pendingRows() > 0);
        QVERIFY(alice.link.replicator()->statusText().startsWith(
            QStringLiteral("Team store offline — ")));

        QVERIFY(TeamPostgres::startServer());
        QTRY_COMPARE_WITH_TIMEOUT(alice.link.replicator()->pendingRows(), 0, 20000);
        QTRY_VERIFY(alice.link.replicator()->isOnline());
        TeamStore *team = alice.link.store();
        QCOMPARE(teamValue(team, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = "
                                                "'pause' AND outcome = 'done'"))
                     .toInt(),
                 int(items.size()));
        QCOMPARE(teamValue(team, QStringLiteral("SELECT count(*) FROM audit_log")).toInt(),
                 int(items.size()));
        QCOMPARE(teamValue(team, QStringLiteral("SELECT count(*) FROM incident_workflows WHERE "
                                                "paused_by_incident = 1"))
                     .toInt(),
                 int(items.size()));
        QCOMPARE(team->pausedCount(id), int(items.size()));
    }

private:
    QList<BulkItem> insert(const QString &prefix, int count)
    {
        QList<BulkItem> items;
        for (int i = 1; i <= count; ++i) {
            const QString id = QStringLiteral("%1_%2").arg(prefix).arg(i, 4, 10, QLatin1Char('0'));
            if (m_control->insertWorkflow(id, id, QStringLiteral("active")))
                items.append({id, id, 0});
        }
        return items;
    }
    QStringList posts(const QString &action)
    {
        QStringList ids;
        for (const QJsonObject &o :
             m_control->requestsMatching(QStringLiteral("POST"), QLatin1Char('/') + action))
            ids.append(
                o.value(QStringLiteral("path")).toString().section(QLatin1Char('/'), -2, -2));
        ids.sort();
        return ids;
    }
    QString statusOf(const QString &id)
    {
        return m_control->json("GET", QStringLiteral("workflows/%1/state").arg(id))
            .value(QStringLiteral("status"))
            .toString();
    }
    static int resumedCount(const QSignalSpy &done)
    {
        int n = 0;
        for (const ResumeItemReport &r : done.first().at(1).value<QList<ResumeItemReport>>())
            n += r.outcome == ResumeItemReport::Outcome::Resumed ? 1 : 0;
        return n;
    }

    SandboxHost m_host;
    std::unique_ptr<SandboxControl> m_control;
};

QTEST_GUILESS_MAIN(TestTeamResume)
#include "tst_team_resume.moc"
