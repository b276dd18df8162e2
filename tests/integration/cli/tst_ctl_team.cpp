// dialnexa-ctl in team mode, as processes: alice pauses all active workflows, bob sees the
// incident, bob and carol resume it at the same moment (the sandbox's request log shows one
// resume per workflow), carol's audit CSV has everyone's rows; with the store stopped a
// pause still goes out and its rows arrive with alice's next command.
#include "support/SandboxControl.h"
#include "support/TeamPostgres.h"

#include "SandboxHost.h"
#include "SandboxOptions.h"

#include <QProcess>
#include <QProcessEnvironment>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

class TestCtlTeam : public QObject
{
    Q_OBJECT

    SandboxHost m_host;
    std::unique_ptr<SandboxControl> m_control;
    QTemporaryDir m_home;
    QString m_url;

    // A ctl process for `user`, with a data directory of its own and the team store set
    // through the environment.
    std::unique_ptr<QProcess> start(const QString &user, const QStringList &args)
    {
        auto p = std::make_unique<QProcess>();
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("DIALNEXA_API_KEY"), m_host.apiKey());
        env.insert(QStringLiteral("XDG_CONFIG_HOME"),
                   m_home.filePath(user + QStringLiteral("/config")));
        env.insert(QStringLiteral("DIALNEXA_DATA_DIR"),
                   m_home.filePath(user + QStringLiteral("/data")));
        env.insert(QStringLiteral("HOME"), m_home.filePath(user));
        env.insert(QStringLiteral("USER"), user);
        env.insert(QStringLiteral("DIALNEXA_TEAM_STORE"), m_url);
        env.insert(QStringLiteral("DIALNEXA_TEAM_STORE_PASSWORD"), TeamPostgres::password());
        env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
        p->setProcessEnvironment(env);
        p->start(QStringLiteral(DIALNEXA_CTL_PATH),
                 QStringList{QStringLiteral("--base-url"), m_host.baseUrl().toString()} + args);
        return p;
    }
    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };
    static Run wait(QProcess &p)
    {
        Run r;
        if (!QTest::qWaitFor([&] { return p.state() == QProcess::NotRunning; }, 90000)) {
            p.kill();
            p.waitForFinished(5000);
        }
        r.out = QString::fromUtf8(p.readAllStandardOutput());
        r.err = QString::fromUtf8(p.readAllStandardError());
        r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        return r;
    }
    Run ctl(const QString &user, const QStringList &args)
    {
        auto p = start(user, args);
        return wait(*p);
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

private Q_SLOTS:
    void initTestCase()
    {
        const QString why = TeamPostgres::unavailableReason();
        if (!why.isEmpty())
            QFAIL(qPrintable(why));
        TeamPostgres::freshDatabase(QStringLiteral("c_team"));
        m_url = TeamPostgres::url(QStringLiteral("c_team"));
        SandboxOptions options;
        options.tickMs = 0;
        options.workflowCount = 0;
        options.latencyMs = 20; // as the bench: the two resumers overlap
        QVERIFY(m_home.isValid());
        QVERIFY(m_host.start(options));
        m_control = std::make_unique<SandboxControl>(m_host.controlUrl());
    }

    void aTeamSharesOneIncidentAndOneAudit()
    {
        QStringList ids;
        for (int i = 1; i <= 30; ++i) {
            const QString id = QStringLiteral("team_%1").arg(i, 3, 10, QLatin1Char('0'));
            QVERIFY(m_control->insertWorkflow(id, id, QStringLiteral("active")));
            ids << id;
        }
        const Run paused = ctl(QStringLiteral("alice"),
                               {QStringLiteral("pause"), QStringLiteral("--all-active"),
                                QStringLiteral("--reason"), QStringLiteral("carrier outage"),
                                QStringLiteral("--yes")});
        QVERIFY2(paused.exitCode == 0, qPrintable(paused.err));
        QCOMPARE(posts(QStringLiteral("pause")), ids);

        // Bob, with an empty data directory, sees alice's incident.
        const Run listed = ctl(QStringLiteral("bob"), {QStringLiteral("incidents")});
        QVERIFY2(listed.exitCode == 0, qPrintable(listed.err));
        const QString line = listed.out.trimmed();
        QVERIFY2(line.contains(QStringLiteral(" open ")) &&
                     line.contains(QStringLiteral(" 30 workflows \"carrier outage\" by alice@") +
                                   QSysInfo::machineHostName()),
                 qPrintable(listed.out));
        const QString incident = line.section(QLatin1Char(' '), 0, 0);
        QVERIFY(incident.startsWith(QStringLiteral("INC-")));

        // Bob and carol resume it at the same moment: one resume per workflow, all active.
        QVERIFY(m_control->clearRequests());
        const QStringList resume = {QStringLiteral("resume"), QStringLiteral("--incident"),
                                    incident, QStringLiteral("--yes")};
        auto bob = start(QStringLiteral("bob"), resume);
        auto carol = start(QStringLiteral("carol"), resume);
        const Run bobRun = wait(*bob);
        const Run carolRun = wait(*carol);
        QVERIFY2(bobRun.exitCode == 0, qPrintable(bobRun.err + bobRun.out));
        QVERIFY2(carolRun.exitCode == 0, qPrintable(carolRun.err + carolRun.out));
        QCOMPARE(posts(QStringLiteral("resume")), ids);
        for (const QString &id : ids)
            QCOMPARE(m_control->json("GET", QStringLiteral("workflows/%1/state").arg(id))
                         .value(QStringLiteral("status"))
                         .toString(),
                     QStringLiteral("active"));
        QCOMPARE(bobRun.out.count(QStringLiteral(": resumed\n")) +
                     carolRun.out.count(QStringLiteral(": resumed\n")),
                 int(ids.size()));

        // Carol's audit has alice's pauses and every resume under the name of whoever sent
        // it (which of the two got more depends on who started first).
        const Run audit =
            ctl(QStringLiteral("carol"), {QStringLiteral("audit"), QStringLiteral("--csv")});
        QVERIFY2(audit.exitCode == 0, qPrintable(audit.err));
        const QString host = QSysInfo::machineHostName();
        QCOMPARE(audit.out.count(QStringLiteral(",alice@%1,").arg(host)), int(ids.size()));
        QCOMPARE(audit.out.count(QStringLiteral(",resume,done,")), int(ids.size()));
        QCOMPARE(audit.out.count(QStringLiteral(",bob@%1,").arg(host)),
                 int(bobRun.out.count(QStringLiteral(": resumed\n"))));
        QCOMPARE(audit.out.count(QStringLiteral(",carol@%1,").arg(host)),
                 int(carolRun.out.count(QStringLiteral(": resumed\n"))));
    }

    // The store is down: alice's pause goes out at once, the rows wait in her file, and her
    // next command (once the store is back) delivers them, once.
    void aPauseWhileTheStoreIsDownArrivesWithTheNextCommand()
    {
        QVERIFY(m_control->insertWorkflow(QStringLiteral("late_1"), QStringLiteral("Late"),
                                          QStringLiteral("active")));
        QVERIFY(m_control->clearRequests());
        QVERIFY(TeamPostgres::stopServer());
        const Run paused =
            ctl(QStringLiteral("alice"), {QStringLiteral("pause"), QStringLiteral("late_1")});
        QVERIFY(TeamPostgres::startServer());
        QVERIFY2(paused.exitCode == 0, qPrintable(paused.err));
        QCOMPARE(posts(QStringLiteral("pause")), QStringList{QStringLiteral("late_1")});
        QVERIFY2(paused.err.contains(QStringLiteral("Team store offline — 1 row waiting")),
                 qPrintable(paused.err));

        const Run before =
            ctl(QStringLiteral("bob"), {QStringLiteral("audit"), QStringLiteral("--csv")});
        QVERIFY(!before.out.contains(QStringLiteral("late_1")));
        const Run any = ctl(QStringLiteral("alice"), {QStringLiteral("incidents")});
        QVERIFY2(any.exitCode == 0, qPrintable(any.err));
        const Run after =
            ctl(QStringLiteral("bob"), {QStringLiteral("audit"), QStringLiteral("--csv")});
        QCOMPARE(after.out.count(QStringLiteral(",late_1,,pause,done,")), 1);
    }

    void aWrongPasswordLeavesTheCommandLocal()
    {
        auto p = std::make_unique<QProcess>();
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_CONFIG_HOME"),
                   m_home.filePath(QStringLiteral("dave/config")));
        env.insert(QStringLiteral("DIALNEXA_DATA_DIR"),
                   m_home.filePath(QStringLiteral("dave/data")));
        env.insert(QStringLiteral("DIALNEXA_TEAM_STORE"), m_url);
        env.insert(QStringLiteral("DIALNEXA_TEAM_STORE_PASSWORD"), QStringLiteral("wrong-s3cret"));
        p->setProcessEnvironment(env);
        p->start(QStringLiteral(DIALNEXA_CTL_PATH), {QStringLiteral("incidents")});
        const Run r = wait(*p);
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.err.contains(QStringLiteral("the password was refused")), qPrintable(r.err));
        QVERIFY(r.err.contains(QStringLiteral("Working local-only")));
        QVERIFY(!r.err.contains(QStringLiteral("wrong-s3cret")));
        QVERIFY(r.out.isEmpty()); // dave's own (empty) file, not the team's incidents
    }
};

QTEST_GUILESS_MAIN(TestCtlTeam)
#include "tst_ctl_team.moc"
