// PauseWindowStore on two connections to one SQLite file, as two consoles (or two
// dialnexa-ctl processes) share it: a window one plans the other lists, and each claim of
// a transition is won by exactly one of them.
#include "incidents/PauseWindowStore.h"
#include "storage/ConsoleDatabase.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

class TestPauseWindowStore : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    const QDateTime m_now{QDate(2026, 12, 7), QTime(20, 0), Qt::UTC};

    PauseWindow planned() const
    {
        PauseWindow w;
        w.reason = QStringLiteral("Quiet hours");
        w.firstStartUtc = m_now.addSecs(3600);
        w.firstEndUtc = m_now.addSecs(12 * 3600);
        w.timeZoneId = QStringLiteral("Europe/Berlin");
        w.search = QStringLiteral("outbound");
        w.statusFilter = QStringLiteral("active");
        w.workflowIds = {QStringLiteral("wf_1"), QStringLiteral("wf 2")};
        w.repeat = *PauseWindowRepeat::parse(QStringLiteral("weekdays:mon,tue"));
        w.plannedBy = QStringLiteral("carol@desk");
        w.plannedAtUtc = m_now;
        w.profile = QStringLiteral("Ops");
        w.apiHost = QStringLiteral("127.0.0.1:8787");
        return w;
    }

private Q_SLOTS:
    void aWindowPlannedHereIsListedThereWithEveryField()
    {
        const QString path = m_dir.filePath(QStringLiteral("fields.sqlite"));
        ConsoleDatabase one;
        ConsoleDatabase two;
        QVERIFY(one.open(path));
        QVERIFY(two.open(path));
        QCOMPARE(one.schemaVersion(), 3);
        PauseWindowStore here(&one);
        PauseWindowStore there(&two);
        QSignalSpy changed(&here, &PauseWindowStore::windowsChanged);
        const std::optional<PauseWindow> added = here.add(planned());
        QVERIFY(added);
        QCOMPARE(changed.size(), 1);
        QVERIFY(added->id.startsWith(QStringLiteral("WIN-20261207-2000-")));
        const QList<PauseWindow> listed = there.windows();
        QCOMPARE(listed.size(), 1);
        const PauseWindow &w = listed.first();
        QCOMPARE(w.id, added->id);
        QCOMPARE(w.reason, QStringLiteral("Quiet hours"));
        QCOMPARE(w.search, QStringLiteral("outbound"));
        QCOMPARE(w.statusFilter, QStringLiteral("active"));
        QCOMPARE(w.workflowIds, (QStringList{QStringLiteral("wf_1"), QStringLiteral("wf 2")}));
        QCOMPARE(w.repeat.toString(), QStringLiteral("weekdays:mon,tue"));
        QCOMPARE(w.plannedBy, QStringLiteral("carol@desk"));
        QCOMPARE(w.apiHost, QStringLiteral("127.0.0.1:8787"));
        QCOMPARE(w.state, PauseWindow::State::Planned);
        QCOMPARE(w.firstStartUtc, m_now.addSecs(3600));
        // 7 Dec 2026 is a Monday: the first occurrence is tonight.
        QCOMPARE(w.startUtc, m_now.addSecs(3600));
        QCOMPARE(w.endUtc, m_now.addSecs(12 * 3600));
        QCOMPARE(w.scopeText(),
                 QStringLiteral("2 selected workflows, search “outbound”, status active"));
    }

    void exactlyOneClaimWinsEachTransition()
    {
        const QString path = m_dir.filePath(QStringLiteral("claims.sqlite"));
        ConsoleDatabase one;
        ConsoleDatabase two;
        QVERIFY(one.open(path));
        QVERIFY(two.open(path));
        PauseWindowStore a(&one);
        PauseWindowStore b(&two);
        const PauseWindow w = *a.add(planned());
        const QString host = QStringLiteral("127.0.0.1:8787");
        QVERIFY(a.due(host, m_now).isEmpty());
        QVERIFY(a.due(QStringLiteral("other:1"), w.startUtc).isEmpty());
        const QList<PauseWindowStore::Due> due = b.due(host, w.startUtc);
        QCOMPARE(due.size(), 1);
        QCOMPARE(due.first().kind, PauseWindowStore::Due::Kind::Start);

        // Both read the row as due, then both claim: one wins.
        QVERIFY(a.claimStart(due.first().window, QStringLiteral("alice"), w.startUtc, false));
        QVERIFY(!b.claimStart(due.first().window, QStringLiteral("bob"), w.startUtc, false));
        QVERIFY(b.due(host, w.startUtc).isEmpty());
        QVERIFY(!b.setIncident(w.id, QStringLiteral("bob"), QStringLiteral("INC-x")));
        QVERIFY(a.setIncident(w.id, QStringLiteral("alice"), QStringLiteral("INC-1")));
        QCOMPARE(b.windowOfIncident(QStringLiteral("INC-1"))->id, w.id);

        const PauseWindow running = *b.window(w.id);
        QCOMPARE(running.startedBy, QStringLiteral("alice"));
        const QList<PauseWindowStore::Due> ends = a.due(host, w.endUtc);
        QCOMPARE(ends.size(), 1);
        QCOMPARE(ends.first().kind, PauseWindowStore::Due::Kind::End);
        QVERIFY(b.claimEnd(ends.first().window, QStringLiteral("bob"), w.endUtc));
        QVERIFY(!a.claimEnd(ends.first().window, QStringLiteral("alice"), w.endUtc));
        QVERIFY(b.finishOccurrence(*b.window(w.id), QStringLiteral("bob"), w.endUtc, false));
        // Weekly on Mon and Tue: tomorrow night is next, planned again and unclaimed.
        const PauseWindow next = *a.window(w.id);
        QCOMPARE(next.state, PauseWindow::State::Planned);
        QCOMPARE(next.startUtc, w.startUtc.addDays(1));
        QCOMPARE(next.lastIncidentId, QStringLiteral("INC-1"));
        QVERIFY(next.startedBy.isEmpty());
        QCOMPARE(next.occurrencesRun, 1);
    }

    void releasedStartIsDueAgain()
    {
        const QString path = m_dir.filePath(QStringLiteral("release.sqlite"));
        ConsoleDatabase db;
        QVERIFY(db.open(path));
        PauseWindowStore store(&db);
        const PauseWindow w = *store.add(planned());
        QVERIFY(store.claimStart(w, QStringLiteral("alice"), w.startUtc, false));
        QVERIFY(store.releaseStart(w.id, QStringLiteral("alice")));
        QCOMPARE(store.due(w.apiHost, w.startUtc).size(), 1);
    }

    void extendRefusesAnEndInThePast()
    {
        const QString path = m_dir.filePath(QStringLiteral("extend.sqlite"));
        ConsoleDatabase db;
        QVERIFY(db.open(path));
        PauseWindowStore store(&db);
        const PauseWindow w = *store.add(planned());
        QVERIFY(!store.extend(w.id, w.endUtc.addSecs(3600), m_now));
        QVERIFY2(store.lastError().contains(QStringLiteral("not running")),
                 qPrintable(store.lastError()));
        QVERIFY(store.claimStart(w, QStringLiteral("alice"), w.startUtc, false));
        QVERIFY(!store.extend(w.id, w.startUtc, w.startUtc.addSecs(60)));
        QCOMPARE(store.lastError(), QStringLiteral("The new end must be later than now."));
        QVERIFY(store.extend(w.id, w.endUtc.addSecs(3600), w.startUtc));
        QCOMPARE(store.window(w.id)->endUtc, w.endUtc.addSecs(3600));
    }
};

QTEST_GUILESS_MAIN(TestPauseWindowStore)
#include "tst_pause_window_store.moc"
