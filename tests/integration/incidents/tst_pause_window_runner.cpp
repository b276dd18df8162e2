// PauseWindowRunner against the in-process sandbox with a ManualClock: days of windows run
// in milliseconds. Two runners, each with its own connection to one SQLite file (as two
// consoles), pass at the same instant: every start and end happens once, as the sandbox's
// request log shows. One test uses the real clock with a window a few seconds long.
#include "api/ServerName.h"
#include "support/SandboxControl.h"

#include "SandboxHost.h"
#include "api/ApiClient.h"
#include "api/WorkflowApi.h"
#include "audit/AuditLog.h"
#include "bulk/BulkSummary.h"
#include "incidents/IncidentStore.h"
#include "incidents/ManualClock.h"
#include "incidents/PauseWindowRunner.h"
#include "incidents/PauseWindowStore.h"
#include "incidents/ResumeItemReport.h"
#include "incidents/SystemClock.h"
#include "storage/ConsoleDatabase.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <memory>

namespace {

// One console: its own connection to the shared file, its own API client and runner.
struct Console
{
    ApiClient client;
    std::unique_ptr<WorkflowApi> api;
    ConsoleDatabase database;
    AuditLog audit{&database};
    IncidentStore incidents{&database};
    PauseWindowStore windows{&database};
    std::unique_ptr<PauseWindowRunner> runner;

    bool open(SandboxHost &host, const QString &path, const Clock *clock, const QString &name)
    {
        client.setBaseUrl(host.baseUrl());
        client.setApiKey(host.apiKey());
        api = std::make_unique<WorkflowApi>(&client);
        if (!database.open(path))
            return false;
        runner = std::make_unique<PauseWindowRunner>(api.get(), &windows, &incidents, &audit, clock,
                                                     QStringLiteral("Ops"),
                                                     ServerName::of(host.baseUrl()));
        runner->setRunnerName(name);
        runner->setOperatorName(name);
        return true;
    }
};

struct Env
{
    SandboxHost host;
    std::unique_ptr<SandboxControl> control;
    QTemporaryDir dir;
    ManualClock clock{QDateTime(QDate(2026, 12, 7), QTime(19, 0), Qt::UTC)};
    Console a;
    Console b;

    bool start(const Clock *useClock = nullptr)
    {
        SandboxOptions options;
        options.tickMs = 0;
        options.workflowCount = 0;
        if (!host.start(options) || !dir.isValid())
            return false;
        control = std::make_unique<SandboxControl>(host.controlUrl());
        const QString path = dir.filePath(QStringLiteral("audit.sqlite"));
        const Clock *c = useClock ? useClock : &clock;
        return a.open(host, path, c, QStringLiteral("alice")) &&
               b.open(host, path, c, QStringLiteral("bob"));
    }
    void insert(const QString &id, const QString &name, const QString &status)
    {
        QVERIFY(control->insertWorkflow(id, name, status));
    }
    QStringList posts(const QString &action)
    {
        QStringList ids;
        for (const QJsonObject &o :
             control->requestsMatching(QStringLiteral("POST"), QLatin1Char('/') + action))
            ids.append(
                o.value(QStringLiteral("path")).toString().section(QLatin1Char('/'), -2, -2));
        ids.sort();
        return ids;
    }
    QString status(const QString &id)
    {
        return control->json("GET", QStringLiteral("workflows/%1/state").arg(id))
            .value(QStringLiteral("status"))
            .toString();
    }
    PauseWindow plan(const QString &reason, const QDateTime &startUtc, const QDateTime &endUtc,
                     const QString &search, const QString &repeat = QString(),
                     const QString &zone = QStringLiteral("Europe/Berlin"))
    {
        PauseWindow w;
        w.reason = reason;
        w.firstStartUtc = startUtc;
        w.firstEndUtc = endUtc;
        w.timeZoneId = zone;
        w.search = search;
        w.repeat = PauseWindowRepeat::parse(repeat).value_or(PauseWindowRepeat());
        w.plannedBy = QStringLiteral("carol@desk");
        w.plannedAtUtc = clock.nowUtc();
        w.profile = QStringLiteral("Ops");
        w.apiHost = ServerName::of(host.baseUrl());
        return a.windows.add(w).value_or(PauseWindow());
    }
    // Both consoles pass at the same instant; waits for both.
    bool passBoth()
    {
        QSignalSpy doneA(a.runner.get(), &PauseWindowRunner::passFinished);
        QSignalSpy doneB(b.runner.get(), &PauseWindowRunner::passFinished);
        if (!a.runner->runDue() || !b.runner->runDue())
            return false;
        return (!doneA.isEmpty() || doneA.wait(20000)) && (!doneB.isEmpty() || doneB.wait(20000));
    }
};

} // namespace

class TestPauseWindowRunner : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<BulkSummary>();
        qRegisterMetaType<QList<ResumeItemReport>>();
    }

    void startAndEndRunOnceWithTwoRunnersAtTheSameInstant()
    {
        Env env;
        QVERIFY(env.start());
        env.insert(QStringLiteral("wf_q_1"), QStringLiteral("Quiet calls 1"),
                   QStringLiteral("active"));
        env.insert(QStringLiteral("wf_q_2"), QStringLiteral("Quiet calls 2"),
                   QStringLiteral("running"));
        env.insert(QStringLiteral("wf_q_3"), QStringLiteral("Quiet calls 3"),
                   QStringLiteral("active"));
        env.insert(QStringLiteral("wf_q_hand"), QStringLiteral("Quiet calls paused by hand"),
                   QStringLiteral("paused"));
        env.insert(QStringLiteral("wf_other"), QStringLiteral("Daytime"), QStringLiteral("active"));
        const QDateTime start = env.clock.nowUtc().addSecs(3600);
        const PauseWindow w = env.plan(QStringLiteral("Quiet hours"), start,
                                       start.addSecs(11 * 3600), QStringLiteral("quiet calls"));
        QVERIFY(!w.id.isEmpty());
        QVERIFY(env.control->clearRequests());

        // Before the start: nothing is sent at all.
        QVERIFY(env.passBoth());
        QVERIFY(env.control->requests().isEmpty());

        // At the start, both pass at once: each matching active workflow is paused once.
        env.clock.setNowUtc(start.addSecs(5));
        QVERIFY(env.passBoth());
        QCOMPARE(env.posts(QStringLiteral("pause")),
                 (QStringList{QStringLiteral("wf_q_1"), QStringLiteral("wf_q_2"),
                              QStringLiteral("wf_q_3")}));
        const PauseWindow running = *env.b.windows.window(w.id);
        QCOMPARE(running.state, PauseWindow::State::Running);
        QVERIFY(running.incidentId.startsWith(QStringLiteral("INC-")));
        QVERIFY(!running.startedLate);
        QCOMPARE(env.status(QStringLiteral("wf_other")), QStringLiteral("active"));
        // The audit has the window's reason on every pause row.
        int pauseRows = 0;
        for (const AuditEntry &e : env.a.audit.entries()) {
            if (e.action != QLatin1String("pause"))
                continue;
            ++pauseRows;
            QCOMPARE(e.reason, QStringLiteral("Quiet hours"));
            QCOMPARE(e.incidentId, running.incidentId);
        }
        QCOMPARE(pauseRows, 3);

        // Meanwhile a supervisor resumes one by hand: the end must not touch it.
        QVERIFY(env.control->setStatus(QStringLiteral("wf_q_3"), QStringLiteral("active")));
        // Passes during the window send nothing.
        env.clock.advanceSecs(3600);
        QVERIFY(env.control->clearRequests());
        QVERIFY(env.passBoth());
        QVERIFY(env.control->requests().isEmpty());

        env.clock.setNowUtc(start.addSecs(11 * 3600 + 1));
        QVERIFY(env.passBoth());
        QCOMPARE(env.posts(QStringLiteral("resume")),
                 (QStringList{QStringLiteral("wf_q_1"), QStringLiteral("wf_q_2")}));
        QCOMPARE(env.status(QStringLiteral("wf_q_hand")), QStringLiteral("paused"));
        QCOMPARE(env.status(QStringLiteral("wf_q_1")), QStringLiteral("active"));
        const PauseWindow ended = *env.a.windows.window(w.id);
        QCOMPARE(ended.state, PauseWindow::State::Ended);
        QCOMPARE(ended.lastIncidentId, running.incidentId);
        QVERIFY(!env.a.incidents.incident(running.incidentId)->isOpen());

        // Nothing more happens afterwards.
        QVERIFY(env.control->clearRequests());
        env.clock.advanceSecs(86400);
        QVERIFY(env.passBoth());
        QVERIFY(env.control->requests().isEmpty());
    }

    void dailyWindowRunsEveryNightForAWeekIncludingADaylightSavingChange()
    {
        Env env;
        QVERIFY(env.start());
        env.insert(QStringLiteral("wf_n_1"), QStringLiteral("Night 1"), QStringLiteral("active"));
        // 21:00–08:00 Berlin from Friday 23 Oct 2026; clocks go back on Sunday 25 Oct.
        const QTimeZone berlin("Europe/Berlin");
        env.clock.setNowUtc(QDateTime(QDate(2026, 10, 23), QTime(12, 0), berlin));
        const PauseWindow w = env.plan(QStringLiteral("Quiet hours"),
                                       QDateTime(QDate(2026, 10, 23), QTime(21, 0), berlin).toUTC(),
                                       QDateTime(QDate(2026, 10, 24), QTime(8, 0), berlin).toUTC(),
                                       QStringLiteral("night"), QStringLiteral("daily"));
        QStringList startsLocal;
        QStringList endsLocal;
        QSignalSpy started(env.a.runner.get(), &PauseWindowRunner::windowStarted);
        QSignalSpy startedB(env.b.runner.get(), &PauseWindowRunner::windowStarted);
        // Every 10 minutes of four days, both consoles pass.
        for (int step = 0; step < 4 * 24 * 6; ++step) {
            env.clock.advanceSecs(600);
            const PauseWindow before = *env.a.windows.window(w.id);
            QVERIFY(env.passBoth());
            const PauseWindow after = *env.a.windows.window(w.id);
            if (before.state == PauseWindow::State::Planned &&
                after.state == PauseWindow::State::Running)
                startsLocal.append(
                    env.clock.nowUtc().toTimeZone(berlin).toString(QStringLiteral("ddd HH:mm")));
            if (before.state == PauseWindow::State::Running &&
                after.state == PauseWindow::State::Planned)
                endsLocal.append(
                    env.clock.nowUtc().toTimeZone(berlin).toString(QStringLiteral("ddd HH:mm")));
        }
        QCOMPARE(startsLocal,
                 (QStringList{QStringLiteral("Fri 21:00"), QStringLiteral("Sat 21:00"),
                              QStringLiteral("Sun 21:00"), QStringLiteral("Mon 21:00")}));
        QCOMPARE(endsLocal,
                 (QStringList{QStringLiteral("Sat 08:00"), QStringLiteral("Sun 08:00"),
                              QStringLiteral("Mon 08:00"), QStringLiteral("Tue 08:00")}));
        QCOMPARE(started.size() + startedB.size(), 4); // once per night, never twice
        QCOMPARE(env.posts(QStringLiteral("pause")).size(), 4);
        QCOMPARE(env.posts(QStringLiteral("resume")).size(), 4);
        QCOMPARE(env.a.windows.window(w.id)->occurrencesRun, 4);
    }

    void missedStartRunsLateAndSaysSo()
    {
        Env env;
        QVERIFY(env.start());
        env.insert(QStringLiteral("wf_l_1"), QStringLiteral("Late 1"), QStringLiteral("active"));
        const QDateTime start = env.clock.nowUtc().addSecs(600);
        const PauseWindow w =
            env.plan(QStringLiteral("Holiday"), start, start.addSecs(7200), QStringLiteral("late"));
        // Nothing ran until 40 minutes after the start.
        env.clock.setNowUtc(start.addSecs(40 * 60));
        QVERIFY(env.passBoth());
        QCOMPARE(env.posts(QStringLiteral("pause")), QStringList{QStringLiteral("wf_l_1")});
        QVERIFY(env.a.windows.window(w.id)->startedLate);
        const QList<AuditEntry> rows = env.a.audit.entries();
        QCOMPARE(rows.size(), 1);
        QVERIFY2(rows.first().reason.startsWith(QStringLiteral("Holiday (pause window %1 started "
                                                               "40 min late")
                                                    .arg(w.id)),
                 qPrintable(rows.first().reason));
    }

    void anOccurrenceMissedEntirelyIsSkippedNotReplayed()
    {
        Env env;
        QVERIFY(env.start());
        env.insert(QStringLiteral("wf_s_1"), QStringLiteral("Skip 1"), QStringLiteral("active"));
        const QDateTime start = env.clock.nowUtc().addSecs(600);
        const PauseWindow w = env.plan(QStringLiteral("Quiet"), start, start.addSecs(3600),
                                       QStringLiteral("skip"), QStringLiteral("daily"));
        env.clock.setNowUtc(start.addSecs(2 * 3600)); // the whole first night passed unseen
        QVERIFY(env.passBoth());
        QVERIFY(env.posts(QStringLiteral("pause")).isEmpty());
        const PauseWindow next = *env.a.windows.window(w.id);
        QCOMPARE(next.state, PauseWindow::State::Planned);
        QCOMPARE(next.startUtc, start.addDays(1));
    }

    void cancelEndEarlyAndExtend()
    {
        Env env;
        QVERIFY(env.start());
        env.insert(QStringLiteral("wf_c_1"), QStringLiteral("Change 1"), QStringLiteral("active"));
        const QDateTime start = env.clock.nowUtc().addSecs(600);
        const PauseWindow cancelled = env.plan(QStringLiteral("Not needed"), start,
                                               start.addSecs(3600), QStringLiteral("change"));
        const PauseWindow w = env.plan(QStringLiteral("Maintenance"), start, start.addSecs(3600),
                                       QStringLiteral("change"));
        QVERIFY(env.b.windows.cancel(cancelled.id));
        QVERIFY(!env.b.windows.cancel(cancelled.id));
        env.clock.setNowUtc(start);
        QVERIFY(env.passBoth());
        QCOMPARE(env.posts(QStringLiteral("pause")), QStringList{QStringLiteral("wf_c_1")});
        QCOMPARE(env.a.windows.window(cancelled.id)->state, PauseWindow::State::Cancelled);
        QVERIFY(!env.a.windows.cancel(w.id)); // running: end it instead

        // Extended by two hours: the planned end passes with nothing sent.
        QVERIFY(env.a.windows.extend(w.id, start.addSecs(3 * 3600), env.clock.nowUtc()));
        env.clock.setNowUtc(start.addSecs(3601));
        QVERIFY(env.passBoth());
        QVERIFY(env.posts(QStringLiteral("resume")).isEmpty());
        // Ended early: the next pass resumes.
        QVERIFY(env.b.windows.endNow(w.id, env.clock.nowUtc()));
        QVERIFY(env.passBoth());
        QCOMPARE(env.posts(QStringLiteral("resume")), QStringList{QStringLiteral("wf_c_1")});
        QCOMPARE(env.a.windows.window(w.id)->state, PauseWindow::State::Ended);
        QVERIFY(!env.a.windows.endNow(w.id, env.clock.nowUtc()));
    }

    void realClockWindowOfAFewSeconds()
    {
        SystemClock clock;
        Env env;
        QVERIFY(env.start(&clock));
        env.insert(QStringLiteral("wf_r_1"), QStringLiteral("Real 1"), QStringLiteral("active"));
        const QDateTime start = clock.nowUtc().addSecs(1);
        const PauseWindow w = env.plan(QStringLiteral("Short quiet"), start, start.addSecs(2),
                                       QStringLiteral("real"));
        QVERIFY(!w.id.isEmpty());
        // Passes as a console's timer would make them, until the window has run.
        QTRY_VERIFY_WITH_TIMEOUT(
            (env.passBoth(), env.a.windows.window(w.id)->state == PauseWindow::State::Ended),
            15000);
        QCOMPARE(env.posts(QStringLiteral("pause")), QStringList{QStringLiteral("wf_r_1")});
        QCOMPARE(env.posts(QStringLiteral("resume")), QStringList{QStringLiteral("wf_r_1")});
        QCOMPARE(env.status(QStringLiteral("wf_r_1")), QStringLiteral("active"));
    }
};

QTEST_GUILESS_MAIN(TestPauseWindowRunner)
#include "tst_pause_window_runner.moc"
