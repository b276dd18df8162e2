// dialnexa-ctl in team mode, as processes: alice pauses all active workflows, bob sees the
// incident, bob and carol resume it at the same moment (the sandbox's request log shows one
// resume per workflow; each line they print names who paused and who resumed), carol's
// audit CSV has everyone's rows; with the store stopped a pause still goes out and its rows
// arrive with alice's next command.
#include "support/SandboxControl.h"
#include "support/TeamPostgres.h"

#include "SandboxHost.h"
#include "SandboxOptions.h"

#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
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
    // osUser (default: user) is the USER the process sees, for names unfit for a directory.
    std::unique_ptr<QProcess> start(const QString &user, const QStringList &args,
                                    const QString &osUser = QString())
    {
        auto p = std::make_unique<QProcess>();
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("DIALNEXA_API_KEY"), m_host.apiKey());
        env.insert(QStringLiteral("XDG_CONFIG_HOME"),
                   m_home.filePath(user + QStringLiteral("/config")));
        env.insert(QStringLiteral("DIALNEXA_DATA_DIR"),
                   m_home.filePath(user + QStringLiteral("/data")));
        env.insert(QStringLiteral("HOME"), m_home.filePath(user));
        env.insert(QStringLiteral("USER"), osUser.isEmpty() ? user : osUser);
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

    // What one resumer printed, by workflow: the ones it resumed and, per teammate, the ones
    // it left to them or found resumed by them. Every line names who paused (pausedBy); a
    // line of any other shape fails the test.
    struct ResumeLines
    {
        QStringList resumed;
        QStringList skippedFor;   // "skipped (resumed by <mate>; …)"
        QStringList leftTo;       // "left to a teammate (<mate> is resuming it; …)"
        QStringList unrecognised; // anything else
    };
    static ResumeLines resumeLines(const QString &out, const QString &me, const QString &mate,
                                   const QString &pausedBy)
    {
        const QString e = QRegularExpression::escape(me);
        const QString m = QRegularExpression::escape(mate);
        const QString p = QRegularExpression::escape(pausedBy);
        const QRegularExpression resumed(
            QStringLiteral("^(\\w+): resumed by %1 \\(paused by %2\\)$").arg(e, p));
        const QRegularExpression skipped(
            QStringLiteral("^(\\w+): skipped \\(resumed by %1; paused by %2\\)$").arg(m, p));
        const QRegularExpression left(
            QStringLiteral("^(\\w+): left to a teammate \\(%1 is resuming it; paused by %2\\)$")
                .arg(m, p));
        ResumeLines lines;
        for (const QString &line : out.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
            if (const auto match = resumed.match(line); match.hasMatch())
                lines.resumed << match.captured(1);
            else if (const auto match = skipped.match(line); match.hasMatch())
                lines.skippedFor << match.captured(1);
            else if (const auto match = left.match(line); match.hasMatch())
                lines.leftTo << match.captured(1);
            else
                lines.unrecognised << line;
        }
        lines.resumed.sort();
        return lines;
    }
    static bool contains(const QStringList &all, const QStringList &some)
    {
        for (const QString &s : some) {
            if (!all.contains(s))
                return false;
        }
        return true;
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
        // Each names who paused every workflow (alice) and who resumed it: between them
        // bob and carol resumed each one once, and what one found resumed by or left to the
        // other, the other resumed (which of the two got more depends on who started first).
        const QString host = QSysInfo::machineHostName();
        const QString alice = QStringLiteral("alice@") + host;
        const QString bobName = QStringLiteral("bob@") + host;
        const QString carolName = QStringLiteral("carol@") + host;
        const ResumeLines byBob = resumeLines(bobRun.out, bobName, carolName, alice);
        const ResumeLines byCarol = resumeLines(carolRun.out, carolName, bobName, alice);
        QVERIFY2(byBob.unrecognised.isEmpty(), qPrintable(bobRun.out));
        QVERIFY2(byCarol.unrecognised.isEmpty(), qPrintable(carolRun.out));
        QStringList everyResumed = byBob.resumed + byCarol.resumed;
        everyResumed.sort();
        QCOMPARE(everyResumed, ids);
        QVERIFY2(contains(byCarol.resumed, byBob.skippedFor + byBob.leftTo),
                 qPrintable(bobRun.out));
        QVERIFY2(contains(byBob.resumed, byCarol.skippedFor + byCarol.leftTo),
                 qPrintable(carolRun.out));
        QCOMPARE(byBob.resumed.size() + byBob.skippedFor.size() + byBob.leftTo.size(), ids.size());
        QCOMPARE(byCarol.resumed.size() + byCarol.skippedFor.size() + byCarol.leftTo.size(),
                 ids.size());

        // Carol's audit has alice's pauses and every resume under the name of whoever sent it.
        const Run audit =
            ctl(QStringLiteral("carol"), {QStringLiteral("audit"), QStringLiteral("--csv")});
        QVERIFY2(audit.exitCode == 0, qPrintable(audit.err));
        QCOMPARE(audit.out.count(QStringLiteral(",alice@%1,").arg(host)), int(ids.size()));
        QCOMPARE(audit.out.count(QStringLiteral(",resume,done,")), int(ids.size()));
        QCOMPARE(audit.out.count(QStringLiteral(",bob@%1,").arg(host)), int(byBob.resumed.size()));
        QCOMPARE(audit.out.count(QStringLiteral(",carol@%1,").arg(host)),
                 int(byCarol.resumed.size()));
    }

    // Carol asks a moment after bob's resume closed the incident (two processes started
    // "together" may as well run one after the other): she is told who resumed each
    // workflow, sends nothing, and the command succeeds as when the two overlap.
    void aResumeAfterATeammateClosedTheIncidentSaysWhoResumed()
    {
        const QStringList ids = {QStringLiteral("after_1"), QStringLiteral("after_2"),
                                 QStringLiteral("after_3")};
        for (const QString &id : ids)
            QVERIFY(m_control->insertWorkflow(id, QStringLiteral("After %1").arg(id),
                                              QStringLiteral("active")));
        const Run paused =
            ctl(QStringLiteral("alice"),
                {QStringLiteral("pause"), QStringLiteral("--all-active"),
                 QStringLiteral("--search"), QStringLiteral("after_"), QStringLiteral("--reason"),
                 QStringLiteral("bad prompt"), QStringLiteral("--yes")});
        QVERIFY2(paused.exitCode == 0, qPrintable(paused.err));
        const QString incident = paused.out.section(QLatin1Char('\n'), 0, 0);
        QVERIFY2(incident.startsWith(QStringLiteral("INC-")), qPrintable(paused.out));
        const QStringList resume = {QStringLiteral("resume"), QStringLiteral("--incident"),
                                    incident, QStringLiteral("--yes")};
        const Run byBob = ctl(QStringLiteral("bob"), resume);
        QVERIFY2(byBob.exitCode == 0, qPrintable(byBob.err + byBob.out));
        QVERIFY2(byBob.err.contains(QStringLiteral("incident %1 closed.").arg(incident)),
                 qPrintable(byBob.err));

        QVERIFY(m_control->clearRequests());
        const Run byCarol = ctl(QStringLiteral("carol"), resume);
        QVERIFY2(byCarol.exitCode == 0, qPrintable(byCarol.err + byCarol.out));
        QCOMPARE(posts(QStringLiteral("resume")), QStringList());
        const QString host = QSysInfo::machineHostName();
        QStringList lines = byCarol.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        lines.sort();
        QStringList expected;
        for (const QString &id : ids)
            expected << QStringLiteral("%1: skipped (resumed by bob@%2; paused by alice@%2)")
                            .arg(id, host);
        QCOMPARE(lines, expected);
        QVERIFY2(byCarol.err.contains(
                     QStringLiteral("incident %1 was already closed; nothing left to resume.")
                         .arg(incident)),
                 qPrintable(byCarol.err));
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

    // Who paused is an OS user name, as untrusted as server text: its escapes are shown in
    // the resume report, never sent to the terminal.
    void aHostileOperatorNameIsShownNotObeyed()
    {
        for (const QString &id : {QStringLiteral("odd_1"), QStringLiteral("odd_2")})
            QVERIFY(m_control->insertWorkflow(id, QStringLiteral("Odd %1").arg(id),
                                              QStringLiteral("active")));
        const QString mallory = QStringLiteral("mal\x1b]0;pwned\x07lory\x1b[2J");
        auto pause =
            start(QStringLiteral("mallory"),
                  {QStringLiteral("pause"), QStringLiteral("--all-active"),
                   QStringLiteral("--search"), QStringLiteral("Odd"), QStringLiteral("--reason"),
                   QStringLiteral("odd"), QStringLiteral("--yes")},
                  mallory);
        const Run paused = wait(*pause);
        QVERIFY2(paused.exitCode == 0, qPrintable(paused.err));
        const QString incident = paused.out.section(QLatin1Char('\n'), 0, 0);
        QVERIFY2(incident.startsWith(QStringLiteral("INC-")), qPrintable(paused.out));

        const Run resumed =
            ctl(QStringLiteral("bob"), {QStringLiteral("resume"), QStringLiteral("--incident"),
                                        incident, QStringLiteral("--yes")});
        QVERIFY2(resumed.exitCode == 0, qPrintable(resumed.err));
        const QString host = QSysInfo::machineHostName();
        QStringList lines = resumed.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        lines.sort(); // in the order the answers came
        const QString pausedBy = QStringLiteral("mal\\e]0;pwned\\x07lory\\e[2J@") + host;
        QCOMPARE(
            lines,
            (QStringList{
                QStringLiteral("odd_1: resumed by bob@%1 (paused by %2)").arg(host, pausedBy),
                QStringLiteral("odd_2: resumed by bob@%1 (paused by %2)").arg(host, pausedBy)}));
    }
};

QTEST_GUILESS_MAIN(TestCtlTeam)
#include "tst_ctl_team.moc"
