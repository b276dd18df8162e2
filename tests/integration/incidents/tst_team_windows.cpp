// Pause windows in team mode, the issue's done-when on a real PostgreSQL (fixture
// team_postgres): alice plans a window for now + 4 s .. now + 14 s over a search text; bob,
// with an empty data directory of his own, lists it; run-due before the start sends
// nothing; carol and dave (two more computers) run-due at the same moment after the start:
// each matching active workflow is paused once; after the end they resume exactly those,
// once, though the incident was opened by whichever of them won the start; the team's
// audit carries the window's reason for all of it.
#include "support/SandboxControl.h"
#include "support/TeamPostgres.h"

#include "SandboxHost.h"
#include "SandboxOptions.h"
#include "storage/TeamStore.h"

#include <QProcess>
#include <QProcessEnvironment>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

class TestTeamWindows : public QObject
{
    Q_OBJECT

    SandboxHost m_host;
    std::unique_ptr<SandboxControl> m_control;
    QTemporaryDir m_home;
    QString m_url;

    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };

    // A ctl process for `user`, with a data directory of its own (another computer) and the
    // team store set through the environment.
    std::unique_ptr<QProcess> start(const QString &user, const QStringList &args,
                                    const QString &password = TeamPostgres::password())
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
        env.insert(QStringLiteral("DIALNEXA_TEAM_STORE_PASSWORD"), password);
        env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
        p->setProcessEnvironment(env);
        p->start(QStringLiteral(DIALNEXA_CTL_PATH),
                 QStringList{QStringLiteral("--base-url"), m_host.baseUrl().toString()} + args);
        return p;
    }
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
    // carol's and dave's timers fire in the same second.
    QPair<Run, Run> runDueOnTwoComputers()
    {
        const QStringList args = {QStringLiteral("windows"), QStringLiteral("run-due")};
        auto carol = start(QStringLiteral("carol"), args);
        auto dave = start(QStringLiteral("dave"), args);
        const Run a = wait(*carol);
        const Run b = wait(*dave);
        return {a, b};
    }
    QString status(const QString &id)
    {
        return m_control->json("GET", QStringLiteral("workflows/%1/state").arg(id))
            .value(QStringLiteral("status"))
            .toString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QString why = TeamPostgres::unavailableReason();
        if (!why.isEmpty())
            QFAIL(qPrintable(why));
        TeamPostgres::freshDatabase(QStringLiteral("w_team"));
        m_url = TeamPostgres::url(QStringLiteral("w_team"));
        QVERIFY(m_home.isValid());
        SandboxOptions options;
        options.tickMs = 0;
        options.workflowCount = 0;
        options.latencyMs = 20; // the two runners overlap
        QVERIFY(m_host.start(options));
        m_control = std::make_unique<SandboxControl>(m_host.controlUrl());
        QVERIFY(m_control->insertWorkflow(QStringLiteral("wf_q_1"), QStringLiteral("Quiet one"),
                                          QStringLiteral("active")));
        QVERIFY(m_control->insertWorkflow(QStringLiteral("wf_q_2"), QStringLiteral("QUIET two"),
                                          QStringLiteral("running")));
        QVERIFY(m_control->insertWorkflow(QStringLiteral("wf_q_3"), QStringLiteral("quiet three"),
                                          QStringLiteral("active")));
        QVERIFY(m_control->insertWorkflow(QStringLiteral("wf_q_hand"),
                                          QStringLiteral("Quiet, paused by hand"),
                                          QStringLiteral("paused")));
        QVERIFY(m_control->insertWorkflow(QStringLiteral("wf_loud"), QStringLiteral("Loud"),
                                          QStringLiteral("active")));
    }

    void aTeamWindowRunsOnceAcrossComputers()
    {
        const QStringList quiet = {QStringLiteral("wf_q_1"), QStringLiteral("wf_q_2"),
                                   QStringLiteral("wf_q_3")};
        const QDateTime startAt = QDateTime::currentDateTimeUtc().addSecs(4);
        const QDateTime endAt = startAt.addSecs(10);
        const Run add = ctl(QStringLiteral("alice"),
                            {QStringLiteral("windows"), QStringLiteral("add"),
                             QStringLiteral("--start"), startAt.toString(Qt::ISODateWithMs),
                             QStringLiteral("--end"), endAt.toString(Qt::ISODateWithMs),
                             QStringLiteral("--search"), QStringLiteral("quiet"),
                             QStringLiteral("--reason"), QStringLiteral("Team quiet hours")});
        QVERIFY2(add.exitCode == 0, qPrintable(add.err));
        const QString id = add.out.trimmed();
        QVERIFY2(id.startsWith(QStringLiteral("WIN-")), qPrintable(id));

        // Bob's computer has never seen it: he lists it from the team store, alice's name on it.
        const Run list = ctl(QStringLiteral("bob"), {QStringLiteral("windows")});
        QVERIFY2(list.exitCode == 0, qPrintable(list.err));
        const QString line = list.out.split(QLatin1Char('\n')).filter(id).value(0);
        QVERIFY2(line.startsWith(id + QStringLiteral(" planned ")), qPrintable(list.out));
        QVERIFY2(line.contains(QStringLiteral(" by alice@")), qPrintable(line));
        QVERIFY2(line.contains(QStringLiteral("\"Team quiet hours\"")), qPrintable(line));

        // Before the start: nothing is sent.
        QVERIFY(m_control->clearRequests());
        const Run early =
            ctl(QStringLiteral("bob"), {QStringLiteral("windows"), QStringLiteral("run-due")});
        QVERIFY2(early.exitCode == 0, qPrintable(early.err));
        QVERIFY(m_control->requests().isEmpty());

        // After the start, two computers at once: each matching active workflow paused once.
        QTRY_VERIFY_WITH_TIMEOUT(QDateTime::currentDateTimeUtc() >= startAt, 10000);
        const auto [a, b] = runDueOnTwoComputers();
        QVERIFY2(a.exitCode == 0 && b.exitCode == 0, qPrintable(a.err + b.err));
        QCOMPARE(m_control->postedIds(QStringLiteral("pause")), quiet);
        QCOMPARE((a.out + b.out).count(QStringLiteral(" started")), 1);
        QCOMPARE(status(QStringLiteral("wf_loud")), QStringLiteral("active"));
        const Run running = ctl(QStringLiteral("bob"), {QStringLiteral("windows")});
        QVERIFY2(running.out.contains(id + QStringLiteral(" running ")), qPrintable(running.out));

        // After the end, two at once: exactly those resumed, once, by whichever claims it
        // (the incident may be the other computer's).
        QVERIFY(m_control->clearRequests());
        QTRY_VERIFY_WITH_TIMEOUT(QDateTime::currentDateTimeUtc() >= endAt, 20000);
        const auto [c, d] = runDueOnTwoComputers();
        QVERIFY2(c.exitCode == 0 && d.exitCode == 0, qPrintable(c.err + d.err));
        QCOMPARE(m_control->postedIds(QStringLiteral("resume")), quiet);
        QVERIFY(m_control->postedIds(QStringLiteral("pause")).isEmpty());
        QCOMPARE((c.out + d.out).count(QStringLiteral(" ended: 3 resumed")), 1);
        QCOMPARE(status(QStringLiteral("wf_q_hand")), QStringLiteral("paused"));
        for (const QString &wf : quiet)
            QCOMPARE(status(wf), QStringLiteral("active"));
        QVERIFY(ctl(QStringLiteral("alice"), {QStringLiteral("windows")})
                    .out.contains(id + QStringLiteral(" ended ")));

        // The team's audit: three pauses and three resumes, each with the window's reason.
        TeamStore team;
        TeamStoreConfig config = TeamPostgres::adminConfig();
        config.database = QStringLiteral("w_team");
        QVERIFY2(team.open(config), qPrintable(team.lastError()));
        QStringList seen;
        for (const AuditEntry &e : team.auditEntries()) {
            QVERIFY2(e.reason.contains(QStringLiteral("Team quiet hours")), qPrintable(e.reason));
            QCOMPARE(e.outcome, QStringLiteral("done"));
            seen.append(e.action + QLatin1Char(' ') + e.workflowId);
        }
        seen.sort();
        QCOMPARE(seen,
                 (QStringList{QStringLiteral("pause wf_q_1"), QStringLiteral("pause wf_q_2"),
                              QStringLiteral("pause wf_q_3"), QStringLiteral("resume wf_q_1"),
                              QStringLiteral("resume wf_q_2"), QStringLiteral("resume wf_q_3")}));
    }

    // Without a reachable team store, a window is never planned in the local file instead.
    void anUnreachableTeamStoreRefusesRatherThanSplitting()
    {
        auto p = start(QStringLiteral("erin"), {QStringLiteral("windows")},
                       QStringLiteral("wrong-s3cret"));
        const Run r = wait(*p);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("the team's pause windows are not reachable")) &&
                     r.err.contains(QStringLiteral("the password was refused")),
                 qPrintable(r.err));
        QVERIFY(!r.err.contains(QStringLiteral("wrong-s3cret")));
    }
};

QTEST_GUILESS_MAIN(TestTeamWindows)
#include "tst_team_windows.moc"
