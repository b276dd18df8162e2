// The team store never holds up the console's window for long: a host that drops packets
// costs the event loop nothing (connecting happens on another thread), and a store that
// stops answering in the middle of a query costs at most TeamStore's statement deadline,
// after which the console works local-only and reconnects by itself. Against the real
// PostgreSQL fixture, through a loopback relay that can freeze.
#include "support/FreezableRelay.h"
#include "support/TeamPostgres.h"

#include "audit/AuditLog.h"
#include "audit/AuditLogModel.h"
#include "storage/ConsoleDatabase.h"
#include "storage/TeamLink.h"
#include "storage/TeamReplicator.h"
#include "storage/TeamStore.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <algorithm>

namespace {

// The longest the event loop went without running a 5 ms timer: what a person at the
// window would feel as a freeze.
class EventLoopGapMeter
{
public:
    EventLoopGapMeter()
    {
        m_timer.setInterval(5);
        QObject::connect(&m_timer, &QTimer::timeout, [this] { tick(); });
        m_clock.start();
        m_timer.start();
    }
    qint64 maxGapMs()
    {
        tick();
        return m_maxGap;
    }

private:
    void tick()
    {
        const qint64 now = m_clock.elapsed();
        m_maxGap = std::max(m_maxGap, now - m_last);
        m_last = now;
    }
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    qint64 m_maxGap = 0;
};

TeamStoreConfig through(const FreezableRelay &relay, TeamStoreConfig config)
{
    config.host = QStringLiteral("127.0.0.1");
    config.port = relay.port();
    return config;
}

AuditEntry pauseOf(const QString &workflowId)
{
    AuditEntry e;
    e.osUser = QStringLiteral("alice");
    e.apiHost = QStringLiteral("127.0.0.1:1");
    e.workflowId = workflowId;
    e.workflowName = QStringLiteral("Name of %1").arg(workflowId);
    e.action = QStringLiteral("pause");
    return e;
}

// A console as the store sees it: its local file (the outbox), its audit and its link to
// the team store through a relay the test can freeze.
struct ConsoleThroughRelay
{
    explicit ConsoleThroughRelay(const QString &database)
        : config(TeamPostgres::freshDatabase(database))
        , relay(config.port)
        , audit(&local)
        , link(&local)
    { }
    // False when the local file cannot be opened.
    bool connect()
    {
        if (!local.open(dir.filePath(QStringLiteral("console.sqlite"))))
            return false;
        link.watch(&audit, nullptr);
        link.connectInBackground(through(relay, config));
        return true;
    }

    TeamStoreConfig config;
    FreezableRelay relay;
    QTemporaryDir dir;
    ConsoleDatabase local;
    AuditLog audit;
    TeamLink link;
};

} // namespace

class TestTeamStoreStalls : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        const QString why = TeamPostgres::unavailableReason();
        if (!why.isEmpty())
            QFAIL(qPrintable(why));
    }

    void aHostThatNeverAnswersDoesNotFreezeTheWindow()
    {
        QTemporaryDir dir;
        ConsoleDatabase local;
        QVERIFY(local.open(dir.filePath(QStringLiteral("console.sqlite"))));
        FreezableRelay blackHole(0);
        QVERIFY(blackHole.port() != 0);

        EventLoopGapMeter meter;
        TeamLink link(&local);
        QSignalSpy state(link.replicator(), &TeamReplicator::stateChanged);
        link.connectInBackground(through(blackHole, TeamPostgres::adminConfig()));
        link.startRetrying(200);
        // Two attempts, each given up after the 3 s connect timeout, then the sentence.
        QTRY_VERIFY_WITH_TIMEOUT(blackHole.connectionsTaken() >= 2, 20000);
        QTRY_VERIFY_WITH_TIMEOUT(link.lastError().contains(QLatin1String("cannot be reached")),
                                 10000);
        QVERIFY2(link.lastError().contains(QLatin1String("Working local-only")),
                 qPrintable(link.lastError()));
        QVERIFY(!link.store()->isOpen());
        const qint64 gap = meter.maxGapMs();
        qInfo("longest event-loop gap while connecting to a black hole: %lld ms", gap);
        QVERIFY2(gap < 250, qPrintable(QStringLiteral("the window froze for %1 ms").arg(gap)));
    }

    void aStoreThatStopsAnsweringCostsAtMostTheDeadline()
    {
        ConsoleThroughRelay console(QStringLiteral("t_stall_frozen"));
        QVERIFY(console.connect());
        FreezableRelay &relay = console.relay;
        AuditLog &audit = console.audit;
        TeamLink &link = console.link;
        link.startRetrying(200);
        QTRY_VERIFY_WITH_TIMEOUT(link.replicator()->isOnline(), 15000);
        QCOMPARE(link.store()->incidents().size(), 0);

        relay.freeze();
        QElapsedTimer clock;
        clock.start();
        const QList<Incident> read = link.store()->incidents();
        const qint64 took = clock.elapsed();
        qInfo("a read from a frozen store returned after %lld ms", took);
        QVERIFY(read.isEmpty());
        QVERIFY2(took < TeamStore::WindowStatementDeadlineMs + 1000,
                 qPrintable(QStringLiteral("the read waited %1 ms").arg(took)));
        QVERIFY(!link.store()->isOpen());
        QVERIFY2(link.lastError().contains(QLatin1String("did not answer")),
                 qPrintable(link.lastError()));
        QTRY_VERIFY_WITH_TIMEOUT(!link.replicator()->isOnline(), 5000);

        // A pause written now waits locally; the event loop stays free while the store is
        // still frozen (reconnecting happens elsewhere), and the row arrives after the thaw.
        EventLoopGapMeter meter;
        const int taken = relay.connectionsTaken();
        audit.recordOutcome(audit.recordRequest(pauseOf(QStringLiteral("wf_1"))),
                            QStringLiteral("done"), 200, QString());
        QTRY_VERIFY_WITH_TIMEOUT(link.replicator()->pendingRows() == 1, 5000);
        QTRY_VERIFY_WITH_TIMEOUT(relay.connectionsTaken() > taken, 10000); // a reconnect try
        const qint64 gapWhileFrozen = meter.maxGapMs();
        qInfo("longest event-loop gap after the read, store still frozen: %lld ms", gapWhileFrozen);
        relay.thaw();
        QTRY_VERIFY_WITH_TIMEOUT(link.replicator()->isOnline(), 15000);
        QTRY_COMPARE_WITH_TIMEOUT(link.replicator()->pendingRows(), 0, 15000);
        QCOMPARE(link.store()->auditEntries(QString()).size(), 1);
        QCOMPARE(link.store()->auditEntries(QString()).first().workflowId, QStringLiteral("wf_1"));
        QVERIFY2(gapWhileFrozen < 250,
                 qPrintable(QStringLiteral("the window froze for %1 ms").arg(gapWhileFrozen)));
    }

    // A read the deadline cut off returned part of the audit (here: nothing). The Audit dock
    // must then show this computer's rows and say so, and a caller (dialnexa-ctl audit)
    // must learn that the list is not the whole audit.
    void anAuditReadCutShortIsNeverTakenForTheWholeAudit()
    {
        ConsoleThroughRelay console(QStringLiteral("t_stall_audit"));
        QVERIFY(console.connect());
        FreezableRelay &relay = console.relay;
        AuditLog &audit = console.audit;
        TeamLink &link = console.link;
        QTRY_VERIFY_WITH_TIMEOUT(link.replicator()->isOnline(), 15000);
        audit.recordOutcome(audit.recordRequest(pauseOf(QStringLiteral("wf_7"))),
                            QStringLiteral("done"), 200, QString());
        QTRY_COMPARE_WITH_TIMEOUT(link.replicator()->pendingRows(), 0, 15000);

        AuditLogModel dock(&audit);
        dock.setTeamStore(link.store());
        dock.refresh();
        QVERIFY(dock.showsTeam());
        QCOMPARE(dock.rowCount(), 1);

        relay.freeze();
        dock.refresh(); // cut at the deadline
        QVERIFY(!link.store()->isOpen());
        QVERIFY2(!dock.showsTeam(), "part of the team audit shown as the team's");
        QCOMPARE(dock.rowCount(), 1); // this computer's row, not an empty "team" list
        QCOMPARE(dock.entry(0).workflowId, QStringLiteral("wf_7"));

        bool complete = true;
        QVERIFY(link.store()->auditEntries(QString(), &complete).isEmpty());
        QVERIFY(!complete);
        relay.thaw();
    }
};

QTEST_GUILESS_MAIN(TestTeamStoreStalls)
#include "tst_team_store_stalls.moc"
