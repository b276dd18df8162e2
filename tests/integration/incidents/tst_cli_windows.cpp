// dialnexa-ctl windows, end to end, as the issue's "done when": a window planned for
// now + 4 s .. now + 14 s over a search text, listed by another user; run-due before the
// start sends nothing; two run-due processes at the same moment after the start pause each
// matching active workflow exactly once; two after the end resume exactly those, once; a
// workflow paused by hand before the start stays paused; the audit carries the reason.
#include "support/SandboxControl.h"

#include "SandboxHost.h"
#include "SandboxOptions.h"
#include "audit/AuditLog.h"
#include "storage/ConsoleDatabase.h"

#include <QFileInfo>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

namespace {
struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};
} // namespace

class TestCliWindows : public QObject
{
    Q_OBJECT

    SandboxHost m_host;
    std::unique_ptr<SandboxControl> m_control;
    QTemporaryDir m_home;

    std::unique_ptr<QProcess> launch(const QStringList &args, const QString &user)
    {
        auto p = std::make_unique<QProcess>();
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("DIALNEXA_API_KEY"), m_host.apiKey());
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("HOME"), m_home.path());
        env.insert(QStringLiteral("USER"), user);
        env.remove(QStringLiteral("DIALNEXA_DATA_DIR"));
        env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
        p->setProcessEnvironment(env);
        p->start(QStringLiteral(DIALNEXA_CTL_PATH),
                 QStringList{QStringLiteral("--base-url"), m_host.baseUrl().toString()} + args);
        return p;
    }
    static Run wait(QProcess &p)
    {
        Run r;
        if (!QTest::qWaitFor([&] { return p.state() == QProcess::NotRunning; }, 60000)) {
            p.kill();
            p.waitForFinished(5000);
        }
        r.out = QString::fromUtf8(p.readAllStandardOutput());
        r.err = QString::fromUtf8(p.readAllStandardError());
        r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        return r;
    }
    Run ctl(const QStringList &args, const QString &user = QStringLiteral("carol"))
    {
        auto p = launch(args, user);
        return wait(*p);
    }
    // Two run-due processes started together, as two timers firing at the same minute.
    QPair<Run, Run> runDueTwice()
    {
        auto one =
            launch({QStringLiteral("windows"), QStringLiteral("run-due")}, QStringLiteral("carol"));
        auto two =
            launch({QStringLiteral("windows"), QStringLiteral("run-due")}, QStringLiteral("dave"));
        const Run a = wait(*one);
        const Run b = wait(*two);
        return {a, b};
    }
    QString status(const QString &id)
    {
        return m_control->json("GET", QStringLiteral("workflows/%1/state").arg(id))
            .value(QStringLiteral("status"))
            .toString();
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
        options.workflowCount = 0;
        QVERIFY(m_host.start(options));
        m_control = std::make_unique<SandboxControl>(m_host.controlUrl());
        QVERIFY(m_control->insertWorkflow(
            QStringLiteral("wf_ns_1"), QStringLiteral("Night shift 1"), QStringLiteral("active")));
        QVERIFY(m_control->insertWorkflow(
            QStringLiteral("wf_ns_2"), QStringLiteral("Night shift 2"), QStringLiteral("running")));
        QVERIFY(m_control->insertWorkflow(
            QStringLiteral("wf_ns_3"), QStringLiteral("NIGHT SHIFT 3"), QStringLiteral("active")));
        QVERIFY(m_control->insertWorkflow(QStringLiteral("wf_ns_hand"),
                                          QStringLiteral("Night shift paused by hand"),
                                          QStringLiteral("paused")));
        QVERIFY(m_control->insertWorkflow(QStringLiteral("wf_day"), QStringLiteral("Day shift"),
                                          QStringLiteral("active")));
    }

    void usageErrors()
    {
        QCOMPARE(ctl({QStringLiteral("windows"), QStringLiteral("cancel")}).exitCode, 2);
        QCOMPARE(ctl({QStringLiteral("windows"), QStringLiteral("add"), QStringLiteral("--start"),
                      QStringLiteral("2026-12-24T21:00"), QStringLiteral("--end"),
                      QStringLiteral("2026-12-24T20:00"), QStringLiteral("--reason"),
                      QStringLiteral("x")})
                     .exitCode,
                 2); // ends before it starts
        QCOMPARE(ctl({QStringLiteral("windows"), QStringLiteral("add"), QStringLiteral("--start"),
                      QStringLiteral("2026-12-24T21:00"), QStringLiteral("--end"),
                      QStringLiteral("2026-12-25T08:00"), QStringLiteral("--repeat"),
                      QStringLiteral("weekdays:funday"), QStringLiteral("--reason"),
                      QStringLiteral("x")})
                     .exitCode,
                 2);
        QCOMPARE(ctl({QStringLiteral("windows"), QStringLiteral("end"), QStringLiteral("WIN-none")})
                     .exitCode,
                 4);
    }

    void cancelAPlannedWindow()
    {
        const QDateTime start = QDateTime::currentDateTimeUtc().addDays(2);
        const Run add =
            ctl({QStringLiteral("windows"), QStringLiteral("add"), QStringLiteral("--start"),
                 start.toString(Qt::ISODate), QStringLiteral("--end"),
                 start.addSecs(3600).toString(Qt::ISODate), QStringLiteral("--search"),
                 QStringLiteral("day"), QStringLiteral("--reason"), QStringLiteral("Not needed")});
        QVERIFY2(add.exitCode == 0, qPrintable(add.err));
        const QString id = add.out.trimmed();
        QCOMPARE(ctl({QStringLiteral("windows"), QStringLiteral("cancel"), id}).exitCode, 0);
        const Run again = ctl({QStringLiteral("windows"), QStringLiteral("cancel"), id});
        QCOMPARE(again.exitCode, 3);
        QVERIFY2(again.err.contains(QStringLiteral("not planned any more")), qPrintable(again.err));
        QVERIFY(ctl({QStringLiteral("windows")}).out.contains(id + QStringLiteral(" cancelled")));
    }

    void windowOfTenSecondsRunsOnceWithTwoRunners()
    {
        const QDateTime start = QDateTime::currentDateTimeUtc().addSecs(4);
        const QDateTime end = start.addSecs(10);
        const Run add = ctl({QStringLiteral("windows"), QStringLiteral("add"),
                             QStringLiteral("--start"), start.toString(Qt::ISODateWithMs),
                             QStringLiteral("--end"), end.toString(Qt::ISODateWithMs),
                             QStringLiteral("--search"), QStringLiteral("night shift"),
                             QStringLiteral("--reason"), QStringLiteral("Quiet hours test")});
        QVERIFY2(add.exitCode == 0, qPrintable(add.err));
        const QString id = add.out.trimmed();
        QVERIFY2(id.startsWith(QStringLiteral("WIN-")), qPrintable(id));

        // Another user lists it, with who planned it.
        const Run list = ctl({QStringLiteral("windows")}, QStringLiteral("dave"));
        QCOMPARE(list.exitCode, 0);
        const QString line = list.out.split(QLatin1Char('\n')).filter(id).value(0);
        QVERIFY2(line.startsWith(id + QStringLiteral(" planned ")), qPrintable(list.out));
        QVERIFY2(line.contains(QStringLiteral(" by carol@")), qPrintable(line));
        QVERIFY2(line.contains(QStringLiteral("\"Quiet hours test\"")), qPrintable(line));

        // Before the start: nothing is sent.
        QVERIFY(m_control->clearRequests());
        const Run early = ctl({QStringLiteral("windows"), QStringLiteral("run-due")});
        QVERIFY2(early.exitCode == 0, qPrintable(early.err));
        QVERIFY(m_control->requests().isEmpty());

        // After the start, two at once: each matching active workflow is paused once.
        QTRY_VERIFY_WITH_TIMEOUT(QDateTime::currentDateTimeUtc() >= start, 10000);
        const auto [a, b] = runDueTwice();
        QVERIFY2(a.exitCode == 0 && b.exitCode == 0, qPrintable(a.err + b.err));
        QCOMPARE(m_control->postedIds(QStringLiteral("pause")),
                 (QStringList{QStringLiteral("wf_ns_1"), QStringLiteral("wf_ns_2"),
                              QStringLiteral("wf_ns_3")}));
        QVERIFY2((a.out + b.out).count(QStringLiteral(" started")) == 1, qPrintable(a.out + b.out));
        QCOMPARE(status(QStringLiteral("wf_day")), QStringLiteral("active"));
        const Run running = ctl({QStringLiteral("windows")});
        QVERIFY2(running.out.contains(id + QStringLiteral(" running ")), qPrintable(running.out));

        // After the end, two at once: exactly those are resumed, once.
        QVERIFY(m_control->clearRequests());
        QTRY_VERIFY_WITH_TIMEOUT(QDateTime::currentDateTimeUtc() >= end, 20000);
        const auto [c, d] = runDueTwice();
        QVERIFY2(c.exitCode == 0 && d.exitCode == 0, qPrintable(c.err + d.err));
        QCOMPARE(m_control->postedIds(QStringLiteral("resume")),
                 (QStringList{QStringLiteral("wf_ns_1"), QStringLiteral("wf_ns_2"),
                              QStringLiteral("wf_ns_3")}));
        QVERIFY(m_control->postedIds(QStringLiteral("pause")).isEmpty());
        QCOMPARE(status(QStringLiteral("wf_ns_hand")), QStringLiteral("paused"));
        QCOMPARE(status(QStringLiteral("wf_ns_1")), QStringLiteral("active"));
        QVERIFY(ctl({QStringLiteral("windows")}).out.contains(id + QStringLiteral(" ended ")));

        // The audit: three pauses and three resumes, with the window's reason.
        ConsoleDatabase db;
        QVERIFY(db.open(dbPath()));
        AuditLog audit(&db);
        QStringList seen;
        for (const AuditEntry &e : audit.entries()) {
            QVERIFY2(e.reason.contains(QStringLiteral("Quiet hours test")), qPrintable(e.reason));
            QCOMPARE(e.outcome, QStringLiteral("done"));
            seen.append(e.action + QLatin1Char(' ') + e.workflowId);
        }
        seen.sort();
        QCOMPARE(seen,
                 (QStringList{QStringLiteral("pause wf_ns_1"), QStringLiteral("pause wf_ns_2"),
                              QStringLiteral("pause wf_ns_3"), QStringLiteral("resume wf_ns_1"),
                              QStringLiteral("resume wf_ns_2"), QStringLiteral("resume wf_ns_3")}));
    }
};

QTEST_GUILESS_MAIN(TestCliWindows)
#include "tst_cli_windows.moc"
