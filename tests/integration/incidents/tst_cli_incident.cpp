// dialnexa-ctl pause --all-active / incidents / resume --incident / audit, run as a
// process against an in-process sandbox. The data directory is the console's default one
// under XDG_DATA_HOME, so the file the console would use is the one checked here.
#include "support/SandboxControl.h"

#include "SandboxHost.h"
#include "SandboxOptions.h"
#include "audit/AuditLog.h"
#include "audit/AuditReconciler.h"
#include "incidents/IncidentStore.h"
#include "storage/ConsoleDatabase.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

namespace {
struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
    QStringList lines() const { return out.split(QLatin1Char('\n'), Qt::SkipEmptyParts); }
};
} // namespace

class TestCliIncident : public QObject
{
    Q_OBJECT

    SandboxHost m_host;
    QNetworkAccessManager m_nam;
    QTemporaryDir m_home;
    QString m_incident;

    Run ctl(const QStringList &args, bool withKey = true) { return ctlAt(m_host, args, withKey); }

    // dialnexa-ctl --base-url <that sandbox> ARGS, with its key.
    Run ctlAt(SandboxHost &host, const QStringList &args, bool withKey = true)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        if (withKey)
            env.insert(QStringLiteral("DIALNEXA_API_KEY"), host.apiKey());
        else
            env.remove(QStringLiteral("DIALNEXA_API_KEY"));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("HOME"), m_home.path());
        env.insert(QStringLiteral("USER"), QStringLiteral("night-supervisor"));
        env.remove(QStringLiteral("DIALNEXA_DATA_DIR"));
        env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(DIALNEXA_CTL_PATH),
                QStringList{QStringLiteral("--base-url"), host.baseUrl().toString()} + args);
        Run r;
        if (!p.waitForStarted(10000))
            return r;
        if (!QTest::qWaitFor([&] { return p.state() == QProcess::NotRunning; }, 60000)) {
            p.kill();
            p.waitForFinished(5000);
        }
        r.out = QString::fromUtf8(p.readAllStandardOutput());
        r.err = QString::fromUtf8(p.readAllStandardError());
        r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        return r;
    }

    QJsonObject control(const QByteArray &method, const QString &path, const QJsonObject &body = {})
    {
        QUrl url = m_host.controlUrl();
        url.setPath(url.path() + path);
        QNetworkRequest req(url);
        req.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
        QNetworkReply *reply = m_nam.sendCustomRequest(
            req, method, body.isEmpty() ? QByteArray() : QJsonDocument(body).toJson());
        QSignalSpy done(reply, &QNetworkReply::finished);
        if (!reply->isFinished())
            done.wait(10000);
        const QByteArray bytes = reply->readAll();
        reply->deleteLater();
        return QJsonDocument::fromJson(bytes).object();
    }

    void insert(const QString &id, const QString &name, const QString &status)
    {
        control("POST", QStringLiteral("/workflows"),
                {{"id", id}, {"name", name}, {"status", status}, {"enrolled_leads", 5}});
    }
    QString status(const QString &id)
    {
        return control("GET", QStringLiteral("/workflows/%1/state").arg(id))
            .value(QStringLiteral("status"))
            .toString();
    }
    QStringList posts(const QString &action)
    {
        QStringList ids;
        const QJsonArray all =
            control("GET", QStringLiteral("/requests")).value(QStringLiteral("data")).toArray();
        for (const QJsonValue &v : all) {
            const QJsonObject o = v.toObject();
            const QString path = o.value(QStringLiteral("path")).toString();
            if (o.value(QStringLiteral("method")).toString() == QLatin1String("POST") &&
                path.endsWith(QLatin1Char('/') + action))
                ids.append(path.section(QLatin1Char('/'), -2, -2));
        }
        ids.sort();
        return ids;
    }
    QString dbPath() const
    {
        return m_home.filePath(QStringLiteral("data/DialNexa/DialNexa Console/audit.sqlite"));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        QVERIFY2(QFileInfo::exists(QStringLiteral(DIALNEXA_CTL_PATH)), DIALNEXA_CTL_PATH);
        SandboxOptions options;
        options.tickMs = 0;
        options.workflowCount = 4;
        QVERIFY(m_host.start(options));
        insert(QStringLiteral("wf_cz_1"), QStringLiteral("Ctl zone 1"), QStringLiteral("active"));
        insert(QStringLiteral("wf_cz_2"), QStringLiteral("Ctl zone 2"), QStringLiteral("running"));
        insert(QStringLiteral("wf_cz_3"), QStringLiteral("CTL ZONE 3"), QStringLiteral("active"));
        insert(QStringLiteral("wf_cz_4"), QStringLiteral("Ctl zone paused"),
               QStringLiteral("paused"));
        insert(QStringLiteral("wf_oth_1"), QStringLiteral("Other active"),
               QStringLiteral("active"));
        control("DELETE", QStringLiteral("/requests"));
    }

    void usageErrors()
    {
        QCOMPARE(ctl({QStringLiteral("pause"), QStringLiteral("--all-active")}).exitCode,
                 2); // no reason
        QCOMPARE(ctl({QStringLiteral("pause"), QStringLiteral("--all-active"),
                      QStringLiteral("--reason"), QStringLiteral("x"), QStringLiteral("wf_cz_1")})
                     .exitCode,
                 2); // ids and --all-active
        QCOMPARE(ctl({QStringLiteral("resume"), QStringLiteral("--incident")}).exitCode, 2);
        QCOMPARE(
            ctl({QStringLiteral("audit"), QStringLiteral("--since"), QStringLiteral("yesterday")})
                .exitCode,
            2);
        QVERIFY(posts(QStringLiteral("pause")).isEmpty());
    }

    void dryRunSendsNoPost()
    {
        const Run r = ctl({QStringLiteral("pause"), QStringLiteral("--all-active"),
                           QStringLiteral("--search"), QStringLiteral("ctl zone"),
                           QStringLiteral("--reason"), QStringLiteral("Carrier outage")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QStringList lines = r.lines();
        QCOMPARE(lines.size(), 3);
        QVERIFY(lines.at(0).startsWith(QStringLiteral("wf_cz_1")));
        QVERIFY(lines.at(1).startsWith(QStringLiteral("wf_cz_2")));
        QVERIFY(lines.at(2).startsWith(QStringLiteral("wf_cz_3")));
        QVERIFY(r.err.contains(QStringLiteral("--yes")));
        QVERIFY(posts(QStringLiteral("pause")).isEmpty());
        QCOMPARE(status(QStringLiteral("wf_cz_1")), QStringLiteral("active"));
    }

    void pauseWithYesOpensIncident()
    {
        const Run r =
            ctl({QStringLiteral("pause"), QStringLiteral("--all-active"),
                 QStringLiteral("--search"), QStringLiteral("ctl zone"), QStringLiteral("--reason"),
                 QStringLiteral("Carrier outage"), QStringLiteral("--yes")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        const QStringList lines = r.lines();
        QVERIFY(!lines.isEmpty());
        m_incident = lines.first();
        QVERIFY2(m_incident.startsWith(QStringLiteral("INC-")), qPrintable(m_incident));
        QVERIFY(lines.contains(QStringLiteral("wf_cz_1: paused")));
        QVERIFY(lines.contains(QStringLiteral("wf_cz_2: paused")));
        QVERIFY(lines.contains(QStringLiteral("wf_cz_3: paused")));
        QCOMPARE(posts(QStringLiteral("pause")),
                 (QStringList{QStringLiteral("wf_cz_1"), QStringLiteral("wf_cz_2"),
                              QStringLiteral("wf_cz_3")}));
        QCOMPARE(status(QStringLiteral("wf_oth_1")), QStringLiteral("active"));
        QVERIFY(QFileInfo::exists(dbPath())); // the console's own file

        // `incidents` needs no key and lists the id first.
        const Run list = ctl({QStringLiteral("incidents")}, false);
        QVERIFY2(list.exitCode == 0, qPrintable(list.err));
        const QString line = list.lines().value(0);
        QVERIFY2(line.startsWith(m_incident + QStringLiteral(" open ")), qPrintable(line));
        QVERIFY2(line.endsWith(QStringLiteral(" 3 workflows \"Carrier outage\"")),
                 qPrintable(line));
        const QRegularExpression shape(QStringLiteral(
            "^INC-\\S+ open \\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\dZ 3 workflows \"Carrier outage\"$"));
        QVERIFY2(shape.match(line).hasMatch(), qPrintable(line));

        // The console would see the same incident and who opened it.
        ConsoleDatabase database;
        IncidentStore store(&database);
        QVERIFY(database.open(dbPath()));
        const auto incident = store.incident(m_incident);
        QVERIFY(incident);
        QCOMPARE(incident->operatorName, QStringLiteral("night-supervisor"));
        // Host and port: two servers on one machine are two servers.
        QCOMPARE(incident->apiHost, QStringLiteral("127.0.0.1:%1").arg(m_host.baseUrl().port()));
    }

    void resumeIncidentResumesExactlyThose()
    {
        control("POST", QStringLiteral("/workflows/wf_cz_2/status"),
                {{"status", "active"}}); // someone else
        control("DELETE", QStringLiteral("/requests"));

        const Run dry = ctl({QStringLiteral("resume"), QStringLiteral("--incident"), m_incident});
        QVERIFY2(dry.exitCode == 0, qPrintable(dry.err));
        QCOMPARE(dry.lines().size(), 3);
        QVERIFY(dry.lines().first().startsWith(QStringLiteral("wf_cz_")));
        QVERIFY(posts(QStringLiteral("resume")).isEmpty());
        QVERIFY(control("GET", QStringLiteral("/requests"))
                    .value(QStringLiteral("data"))
                    .toArray()
                    .isEmpty());

        const Run r = ctl({QStringLiteral("resume"), QStringLiteral("--incident"), m_incident,
                           QStringLiteral("--yes")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QVERIFY(r.lines().contains(QStringLiteral("wf_cz_1: resumed")));
        QVERIFY(r.lines().contains(QStringLiteral("wf_cz_3: resumed")));
        QVERIFY2(r.out.contains(QStringLiteral("wf_cz_2: skipped (already active")),
                 qPrintable(r.out));
        QCOMPARE(posts(QStringLiteral("resume")),
                 (QStringList{QStringLiteral("wf_cz_1"), QStringLiteral("wf_cz_3")}));
        QCOMPARE(status(QStringLiteral("wf_cz_4")),
                 QStringLiteral("paused")); // paused before: untouched

        const Run list = ctl({QStringLiteral("incidents")}, false);
        QVERIFY2(list.lines().value(0).startsWith(m_incident + QStringLiteral(" closed ")),
                 qPrintable(list.out));
        // A closed incident cannot be resumed again.
        QCOMPARE(ctl({QStringLiteral("resume"), QStringLiteral("--incident"), m_incident,
                      QStringLiteral("--yes")})
                     .exitCode,
                 3);
        QCOMPARE(ctl({QStringLiteral("resume"), QStringLiteral("--incident"),
                      QStringLiteral("INC-nope")})
                     .exitCode,
                 4);
    }

    // Issue 9 item 3: an incident opened against server A is refused against server B
    // (nothing is sent to B, it stays open) and still resumes on A afterwards.
    void incidentResumedAgainstAnotherServerIsRefused()
    {
        SandboxHost other;
        SandboxOptions options;
        options.tickMs = 0;
        options.workflowCount = 0;
        QVERIFY(other.start(options));
        QVERIFY(other.baseUrl().port() != m_host.baseUrl().port());
        insert(QStringLiteral("wf_sa_1"), QStringLiteral("Server A one"), QStringLiteral("active"));
        insert(QStringLiteral("wf_sa_2"), QStringLiteral("Server A two"), QStringLiteral("active"));
        const Run pause =
            ctl({QStringLiteral("pause"), QStringLiteral("--all-active"),
                 QStringLiteral("--search"), QStringLiteral("server a"), QStringLiteral("--reason"),
                 QStringLiteral("Carrier outage A"), QStringLiteral("--yes")});
        QVERIFY2(pause.exitCode == 0, qPrintable(pause.out + pause.err));
        const QString incident = pause.lines().value(0);
        QVERIFY2(incident.startsWith(QStringLiteral("INC-")), qPrintable(incident));
        QCOMPARE(status(QStringLiteral("wf_sa_1")), QStringLiteral("paused"));

        const QString hostA = QStringLiteral("127.0.0.1:%1").arg(m_host.baseUrl().port());
        SandboxControl otherControl(other.controlUrl());
        QVERIFY(otherControl.clearRequests());
        for (const QString &command : {QStringLiteral("resume"), QStringLiteral("retry-failed")}) {
            const Run refused = ctlAt(
                other, {command, QStringLiteral("--incident"), incident, QStringLiteral("--yes")});
            QCOMPARE(refused.exitCode, 1);
            QVERIFY2(refused.err.contains(hostA), qPrintable(refused.err));
            QVERIFY2(refused.err.contains(incident), qPrintable(refused.err));
            QVERIFY(refused.out.isEmpty());
        }
        QVERIFY(otherControl.requests().isEmpty()); // nothing at all reached server B
        {
            ConsoleDatabase database;
            QVERIFY(database.open(dbPath()));
            IncidentStore store(&database);
            QVERIFY(store.incident(incident)->isOpen());
            for (const IncidentWorkflow &w : store.workflows(incident)) {
                QVERIFY(w.pausedByIncident);
                QVERIFY(!w.resumed);
                QVERIFY(w.resumeOutcome.isEmpty());
            }
        }

        // On its own server it still resumes, and closes.
        control("DELETE", QStringLiteral("/requests"));
        const Run resume = ctl({QStringLiteral("resume"), QStringLiteral("--incident"), incident,
                                QStringLiteral("--yes")});
        QVERIFY2(resume.exitCode == 0, qPrintable(resume.out + resume.err));
        QCOMPARE(posts(QStringLiteral("resume")),
                 (QStringList{QStringLiteral("wf_sa_1"), QStringLiteral("wf_sa_2")}));
        QCOMPARE(status(QStringLiteral("wf_sa_1")), QStringLiteral("active"));
        QVERIFY2(resume.err.contains(QStringLiteral("closed")), qPrintable(resume.err));
    }

    // Issue 9 item 6: a server that answers the first pause with Retry-After: 86400 does not
    // freeze the run: that workflow fails with a sentence, the others are paused, ctl exits.
    void retryAfterOfADayDoesNotFreezeThePause()
    {
        insert(QStringLiteral("wf_ra_1"), QStringLiteral("Rate day one"), QStringLiteral("active"));
        insert(QStringLiteral("wf_ra_2"), QStringLiteral("Rate day two"), QStringLiteral("active"));
        control("POST", QStringLiteral("/faults"),
                {{"method", "POST"},
                 {"path", "/v1/workflows/wf_ra_1/pause"},
                 {"count", 1},
                 {"status", 429},
                 {"headers", QJsonObject{{"Retry-After", "86400"}}}});
        QElapsedTimer clock;
        clock.start();
        const Run r =
            ctl({QStringLiteral("pause"), QStringLiteral("--all-active"),
                 QStringLiteral("--search"), QStringLiteral("rate day"), QStringLiteral("--reason"),
                 QStringLiteral("Rate limited"), QStringLiteral("--yes")});
        QVERIFY2(r.exitCode == 1, qPrintable(QString::number(r.exitCode) + r.out + r.err));
        QVERIFY(clock.elapsed() < 30000);
        QVERIFY2(r.out.contains(
                     QStringLiteral("wf_ra_1: failed (DialNexa asked to wait 24 h; not retried")),
                 qPrintable(r.out));
        QVERIFY(r.lines().contains(QStringLiteral("wf_ra_2: paused")));
        QCOMPARE(status(QStringLiteral("wf_ra_1")), QStringLiteral("active"));
        QVERIFY2(r.err.contains(QStringLiteral("retry-failed --incident")), qPrintable(r.err));
    }

    void conflictInBulkExitsThree()
    {
        insert(QStringLiteral("wf_cf_1"), QStringLiteral("Conflict one"), QStringLiteral("active"));
        insert(QStringLiteral("wf_cf_2"), QStringLiteral("Conflict two"), QStringLiteral("active"));
        control("POST", QStringLiteral("/faults"),
                {{"method", "POST"},
                 {"path", "/v1/workflows/wf_cf_2/pause"},
                 {"count", 1},
                 {"status", 409}});
        const Run r =
            ctl({QStringLiteral("pause"), QStringLiteral("--all-active"),
                 QStringLiteral("--search"), QStringLiteral("conflict"), QStringLiteral("--reason"),
                 QStringLiteral("Test"), QStringLiteral("--yes")});
        QCOMPARE(r.exitCode, 3);
        QVERIFY(r.lines().contains(QStringLiteral("wf_cf_1: paused")));
        QVERIFY2(r.out.contains(QStringLiteral("wf_cf_2: conflict (active)")), qPrintable(r.out));
    }

    void auditCsvHasHeaderAndRows()
    {
        const Run r = ctl({QStringLiteral("audit"), QStringLiteral("--csv")}, false);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QStringList lines = r.out.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QVERIFY(lines.size() >= 1 + 3 + 2 + 2);
        QVERIFY(lines.first().startsWith(
            QStringLiteral("id,requested_at_utc,completed_at_utc,os_user,")));
        int incidentPauses = 0;
        for (const QString &line : lines) {
            if (line.contains(m_incident) && line.contains(QStringLiteral(",pause,done,")))
                ++incidentPauses;
        }
        QCOMPARE(incidentPauses, 3);
        QVERIFY(!r.out.contains(m_host.apiKey()));

        const Run text = ctl({QStringLiteral("audit")}, false);
        QVERIFY2(text.exitCode == 0, qPrintable(text.err));
        QVERIFY(text.out.contains(QStringLiteral("night-supervisor")));

        const Run future = ctl({QStringLiteral("audit"), QStringLiteral("--since"),
                                QStringLiteral("2999-01-01T00:00Z"), QStringLiteral("--csv")},
                               false);
        QCOMPARE(future.exitCode, 0);
        QCOMPARE(future.out.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts).size(), 1);
    }

    void retryFailedFromANewProcess()
    {
        QCOMPARE(ctl({QStringLiteral("retry-failed")}).exitCode, 2); // no --incident
        QCOMPARE(ctl({QStringLiteral("retry-failed"), QStringLiteral("--incident"),
                      QStringLiteral("INC-x"), QStringLiteral("wf_rz_1")})
                     .exitCode,
                 2); // ids
        QCOMPARE(ctl({QStringLiteral("retry-failed"), QStringLiteral("--incident"),
                      QStringLiteral("INC-nope"), QStringLiteral("--yes")})
                     .exitCode,
                 4);

        insert(QStringLiteral("wf_rz_1"), QStringLiteral("Retry zone 1"), QStringLiteral("active"));
        insert(QStringLiteral("wf_rz_2"), QStringLiteral("Retry zone 2"), QStringLiteral("active"));
        insert(QStringLiteral("wf_rz_3"), QStringLiteral("Retry zone 3"), QStringLiteral("active"));
        control("POST", QStringLiteral("/faults"),
                {{"method", "POST"},
                 {"path", "/v1/workflows/wf_rz_2/pause"},
                 {"count", 1},
                 {"status", 503}});
        const Run pause = ctl({QStringLiteral("pause"), QStringLiteral("--all-active"),
                               QStringLiteral("--search"), QStringLiteral("retry zone"),
                               QStringLiteral("--reason"), QStringLiteral("Carrier flaps"),
                               QStringLiteral("--yes")});
        QCOMPARE(pause.exitCode, 1);
        QVERIFY2(pause.out.contains(QStringLiteral("wf_rz_2: failed")), qPrintable(pause.out));
        QVERIFY2(pause.err.contains(QStringLiteral("retry-failed --incident")),
                 qPrintable(pause.err));
        const QString incident = pause.lines().value(0);
        QVERIFY2(incident.startsWith(QStringLiteral("INC-")), qPrintable(incident));
        QCOMPARE(status(QStringLiteral("wf_rz_2")), QStringLiteral("active"));
        control("DELETE", QStringLiteral("/requests"));

        // Dry run: lists what would be retried, sends nothing.
        const Run dry =
            ctl({QStringLiteral("retry-failed"), QStringLiteral("--incident"), incident});
        QVERIFY2(dry.exitCode == 0, qPrintable(dry.err));
        QCOMPARE(dry.lines(), QStringList{QStringLiteral("wf_rz_2  Retry zone 2")});
        QVERIFY(dry.err.contains(QStringLiteral("--yes")));
        QVERIFY(control("GET", QStringLiteral("/requests"))
                    .value(QStringLiteral("data"))
                    .toArray()
                    .isEmpty());

        const Run retry = ctl({QStringLiteral("retry-failed"), QStringLiteral("--incident"),
                               incident, QStringLiteral("--yes")});
        QVERIFY2(retry.exitCode == 0, qPrintable(retry.out + retry.err));
        QCOMPARE(retry.lines(), QStringList{QStringLiteral("wf_rz_2: paused")});
        QCOMPARE(posts(QStringLiteral("pause")), QStringList{QStringLiteral("wf_rz_2")});
        QCOMPARE(status(QStringLiteral("wf_rz_2")), QStringLiteral("paused"));
        {
            ConsoleDatabase database;
            QVERIFY(database.open(dbPath()));
            IncidentStore store(&database);
            for (const IncidentWorkflow &w : store.workflows(incident))
                QVERIFY2(w.pausedByIncident, qPrintable(w.workflowId));
        }
        // Audited under the incident like the first run: 3 + the re-sent one.
        const Run audit = ctl({QStringLiteral("audit"), QStringLiteral("--csv")}, false);
        int rows = 0;
        for (const QString &line : audit.out.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts))
            rows += line.contains(incident) && line.contains(QStringLiteral(",pause,")) ? 1 : 0;
        QCOMPARE(rows, 4);

        // Nothing failed any more: nothing is sent, and that is not an error.
        control("DELETE", QStringLiteral("/requests"));
        const Run again = ctl({QStringLiteral("retry-failed"), QStringLiteral("--incident"),
                               incident, QStringLiteral("--yes")});
        QCOMPARE(again.exitCode, 0);
        QVERIFY2(again.err.contains(QStringLiteral("nothing to retry")), qPrintable(again.err));
        QVERIFY(control("GET", QStringLiteral("/requests"))
                    .value(QStringLiteral("data"))
                    .toArray()
                    .isEmpty());

        // The incident gives back all three, the retried one included.
        const Run resume = ctl({QStringLiteral("resume"), QStringLiteral("--incident"), incident,
                                QStringLiteral("--yes")});
        QVERIFY2(resume.exitCode == 0, qPrintable(resume.out + resume.err));
        QCOMPARE(posts(QStringLiteral("resume")),
                 (QStringList{QStringLiteral("wf_rz_1"), QStringLiteral("wf_rz_2"),
                              QStringLiteral("wf_rz_3")}));
        // A closed incident has nothing to retry: conflict, as for resume.
        QCOMPARE(ctl({QStringLiteral("retry-failed"), QStringLiteral("--incident"), incident,
                      QStringLiteral("--yes")})
                     .exitCode,
                 3);
    }
};

QTEST_MAIN(TestCliIncident)
#include "tst_cli_incident.moc"
