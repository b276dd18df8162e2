// An audit row is never left without an outcome: rows a killed process left open are
// completed by the next run against the same server (console or dialnexa-ctl), with the
// status read then; rows of other servers wait for a run against theirs.

#include "api/ApiClient.h"
#include "api/ServerName.h"
#include "api/WorkflowApi.h"
#include "audit/AuditLog.h"
#include "audit/AuditReconciler.h"
#include "storage/ConsoleDatabase.h"

#include "SandboxHost.h"
#include "SandboxOptions.h"
#include "support/SandboxControl.h"

#include <QProcess>
#include <QProcessEnvironment>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

class TestAuditReconcile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void openRowsOfThisServerGetTheStatusReadNow();
    void rowsAKilledBulkRunLeftAreCompletedByTheNextCtlCommand();

private:
    AuditEntry pending(const QString &host, const QString &workflowId);

    SandboxHost m_host;
    std::unique_ptr<SandboxControl> m_control;
    QTemporaryDir m_dir;
};

void TestAuditReconcile::initTestCase()
{
    QVERIFY(m_dir.isValid());
    SandboxOptions options;
    options.tickMs = 0;
    options.workflowCount = 0;
    QVERIFY(m_host.start(options));
    m_control = std::make_unique<SandboxControl>(m_host.controlUrl());
}

AuditEntry TestAuditReconcile::pending(const QString &host, const QString &workflowId)
{
    AuditEntry e;
    e.osUser = QStringLiteral("alice");
    e.profile = QStringLiteral("Ops");
    e.apiHost = host;
    e.workflowId = workflowId;
    e.workflowName = workflowId;
    e.action = QStringLiteral("pause");
    e.requestedAtUtc = QDateTime::currentDateTimeUtc().addSecs(-600); // a crash ago
    return e;
}

void TestAuditReconcile::openRowsOfThisServerGetTheStatusReadNow()
{
    QVERIFY(m_control->insertWorkflow(QStringLiteral("wf_rec_1"), QStringLiteral("Landed"),
                                      QStringLiteral("paused")));
    ConsoleDatabase database;
    QVERIFY(database.open(m_dir.filePath(QStringLiteral("core.sqlite"))));
    AuditLog audit(&database);
    const QString here = ServerName::of(m_host.baseUrl());
    const qint64 landed = audit.recordRequest(pending(here, QStringLiteral("wf_rec_1")));
    const qint64 gone = audit.recordRequest(pending(here, QStringLiteral("wf_rec_missing")));
    const qint64 elsewhere =
        audit.recordRequest(pending(QStringLiteral("api.dialnexa.com"), QStringLiteral("wf_1")));
    AuditEntry young = pending(here, QStringLiteral("wf_rec_1"));
    young.requestedAtUtc = QDateTime::currentDateTimeUtc(); // may be in flight elsewhere
    const qint64 inFlight = audit.recordRequest(young);
    QVERIFY(landed > 0 && gone > 0 && elsewhere > 0 && inFlight > 0);

    ApiClient client;
    client.setBaseUrl(m_host.baseUrl());
    client.setApiKey(m_host.apiKey());
    WorkflowApi api(&client);
    AuditReconciler reconciler(&api, &audit);
    QSignalSpy finished(&reconciler, &AuditReconciler::finished);
    QVERIFY(reconciler.start(here));
    QVERIFY(finished.wait(10000));
    QCOMPARE(finished.first().at(0).toInt(), 2);

    QHash<qint64, AuditEntry> rows;
    for (const AuditEntry &e : audit.entries())
        rows.insert(e.id, e);
    QCOMPARE(rows.value(landed).outcome, QStringLiteral("unknown"));
    QCOMPARE(rows.value(landed).serverMessage,
             QStringLiteral("Outcome unknown — status read afterwards: paused"));
    QVERIFY(rows.value(landed).completedAtUtc.isValid());
    QCOMPARE(rows.value(gone).serverMessage,
             QStringLiteral("Outcome unknown — the workflow no longer exists on DialNexa"));
    QVERIFY2(!rows.value(elsewhere).hasOutcome(), "a row of another server was touched");
    QVERIFY2(!rows.value(inFlight).hasOutcome(), "a row that may still be in flight was touched");
    QVERIFY(!reconciler.start(here)); // nothing left to do for this server
}

void TestAuditReconcile::rowsAKilledBulkRunLeftAreCompletedByTheNextCtlCommand()
{
    // A bulk pause is killed (kill -9) while one request hangs: its row has no outcome.
    QList<QString> ids;
    for (int i = 1; i <= 3; ++i) {
        ids << QStringLiteral("wf_kill_%1").arg(i);
        QVERIFY(m_control->insertWorkflow(ids.last(), ids.last(), QStringLiteral("active")));
    }
    QVERIFY(m_control->fault({{"method", "POST"},
                              {"path", "/v1/workflows/wf_kill_2/pause"},
                              {"count", 1},
                              {"hang", true}}));
    QTemporaryDir data;
    QVERIFY(data.isValid());
    const QString file = data.filePath(QStringLiteral("audit.sqlite"));
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("DIALNEXA_API_KEY"), m_host.apiKey());
    env.insert(QStringLiteral("DIALNEXA_DATA_DIR"), data.path());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), data.filePath(QStringLiteral("config")));
    QProcess helper;
    helper.setProcessEnvironment(env);
    helper.start(QStringLiteral(BULK_CRASH_HELPER),
                 QStringList{m_host.baseUrl().toString(), file} + ids);
    QVERIFY(helper.waitForStarted(5000));
    QByteArray output;
    QTRY_VERIFY_WITH_TIMEOUT((output += helper.readAllStandardOutput()).contains("STARTED 1"),
                             10000);
    helper.kill();
    QVERIFY(helper.waitForFinished(5000));
    {
        ConsoleDatabase database;
        QVERIFY(database.open(file));
        QCOMPARE(AuditLog(&database).pendingWithoutOutcome().size(), 1);
        // The next command comes a while after the crash.
        QSqlQuery backdate(QSqlDatabase::database(database.connectionName()));
        QVERIFY(backdate.exec(
            QStringLiteral("UPDATE audit_log SET requested_at_utc = '2026-01-01T00:00:00.000Z'")));
    }
    m_control->json("DELETE", QStringLiteral("faults"));

    // Any command that talks to that server completes the row with what it reads.
    QProcess ctl;
    ctl.setProcessEnvironment(env);
    ctl.start(QStringLiteral(DIALNEXA_CTL_PATH),
              {QStringLiteral("--base-url"), m_host.baseUrl().toString(), QStringLiteral("list")});
    QVERIFY(ctl.waitForFinished(30000));
    QCOMPARE(ctl.exitCode(), 0);
    ConsoleDatabase database;
    QVERIFY(database.open(file));
    AuditLog audit(&database);
    QVERIFY(audit.pendingWithoutOutcome().isEmpty());
    bool found = false;
    for (const AuditEntry &e : audit.entries()) {
        QVERIFY2(e.hasOutcome(), qPrintable(e.workflowId));
        if (e.workflowId == QLatin1String("wf_kill_2")) {
            found = true;
            QCOMPARE(e.outcome, QStringLiteral("unknown"));
            QVERIFY2(e.serverMessage.startsWith(QStringLiteral("Outcome unknown")),
                     qPrintable(e.serverMessage));
        }
    }
    QVERIFY(found);
}

QTEST_MAIN(TestAuditReconcile)
#include "tst_audit_reconcile.moc"
