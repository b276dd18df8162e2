// The simulation clock as a client would observe it (§5.3): pause freezes movement and
// TIME countdowns, in-flight calls finish, resume continues, cancel stops, completion.
#include "SandboxTestClient.h"

#include "SandboxHost.h"
#include "SandboxOptions.h"

#include <QtTest>
#include <memory>

class TestSandboxSim : public QObject
{
    Q_OBJECT

private:
    SandboxHost m_host;
    std::unique_ptr<SandboxTestClient> m_client;
    SandboxTestClient &c() { return *m_client; }

    QStringList idsWithStatus(const QString &status)
    {
        QStringList out;
        for (const auto &v : c().allWorkflows())
            if (v.toObject().value(QStringLiteral("status")).toString() == status)
                out << v.toObject().value(QStringLiteral("id")).toString();
        return out;
    }
    static QJsonObject leadById(const QJsonObject &state, const QString &leadId)
    {
        for (const auto &v : state.value(QStringLiteral("leads")).toArray())
            if (v.toObject().value(QStringLiteral("id")).toString() == leadId)
                return v.toObject();
        return QJsonObject();
    }
    static QJsonArray leads(const QJsonObject &state)
    {
        return state.value(QStringLiteral("leads")).toArray();
    }

    // An active workflow with a lead on a TIME node (>= 3 ticks left) and a call in flight.
    bool findBusyWorkflow(QString *wfId, QString *timeLead, QString *callLead)
    {
        for (int attempt = 0; attempt < 60; ++attempt) {
            for (const QString &id : idsWithStatus(QStringLiteral("active"))) {
                timeLead->clear();
                callLead->clear();
                for (const auto &v : leads(c().state(id))) {
                    const QJsonObject l = v.toObject();
                    if (l.value(QStringLiteral("node_type")).toString() == QLatin1String("TIME") &&
                        l.value(QStringLiteral("remaining_ticks")).toInt() >= 3 &&
                        timeLead->isEmpty())
                        *timeLead = l.value(QStringLiteral("id")).toString();
                    if (l.value(QStringLiteral("call_in_flight")).toBool() && callLead->isEmpty())
                        *callLead = l.value(QStringLiteral("id")).toString();
                }
                if (!timeLead->isEmpty() && !callLead->isEmpty()) {
                    *wfId = id;
                    return true;
                }
            }
            c().tick(1);
        }
        return false;
    }

private slots:
    void initTestCase()
    {
        SandboxOptions o;
        o.tickMs = 0; // only POST /__sandbox/tick moves the clock
        QVERIFY(m_host.start(o));
        m_client = std::make_unique<SandboxTestClient>(m_host.baseUrl(), m_host.controlUrl(),
                                                       m_host.apiKey());
    }

    void init() { QCOMPARE(c().control("POST", QStringLiteral("/reset")).status, 200); }

    void pauseFreezesResumeContinues()
    {
        QString wf, timeLead, callLead;
        QVERIFY(findBusyWorkflow(&wf, &timeLead, &callLead));
        QCOMPARE(c().api("POST", QStringLiteral("/workflows/%1/pause").arg(wf)).status, 200);
        const QJsonObject s0 = c().state(wf);
        const int frozen = leadById(s0, timeLead).value(QStringLiteral("remaining_ticks")).toInt();
        QVERIFY(frozen >= 3);

        c().tick(6); // every call takes at most 4 ticks
        const QJsonObject s1 = c().state(wf);
        QCOMPARE(s1.value(QStringLiteral("status")).toString(), QStringLiteral("paused"));
        for (const auto &v : leads(s0)) {
            const QJsonObject before = v.toObject();
            const QJsonObject after = leadById(s1, before.value(QStringLiteral("id")).toString());
            if (before.value(QStringLiteral("call_in_flight")).toBool()) {
                // The call finished during the pause; the lead waits at its outcome.
                QCOMPARE(after.value(QStringLiteral("call_in_flight")).toBool(), false);
                QCOMPARE(after.value(QStringLiteral("current_node_id")),
                         before.value(QStringLiteral("current_node_id")));
                QVERIFY(after.value(QStringLiteral("waiting_outcome")).isString());
            } else {
                QCOMPARE(after, before); // nothing else moved, no countdown shrank
            }
        }
        QCOMPARE(leadById(s1, timeLead).value(QStringLiteral("remaining_ticks")).toInt(), frozen);
        const QString callLeadNode =
            leadById(s1, callLead).value(QStringLiteral("current_node_id")).toString();

        // The finished call shows in the lead's history while paused.
        const QJsonArray history =
            c().api("GET", QStringLiteral("/workflows/%1/leads/%2/history").arg(wf, callLead))
                .object()
                .value(QStringLiteral("history"))
                .toArray();
        const QJsonObject last = history.last().toObject();
        QVERIFY(
            last.value(QStringLiteral("call_id")).toString().startsWith(QStringLiteral("call_")));
        QVERIFY(!last.value(QStringLiteral("exited_at")).isNull() ||
                last.contains(QStringLiteral("ended_at")));

        c().tick(10);
        QCOMPARE(leads(c().state(wf)), leads(s1)); // still frozen

        QCOMPARE(c().api("POST", QStringLiteral("/workflows/%1/resume").arg(wf)).status, 200);
        c().tick(1);
        const QJsonObject s2 = c().state(wf);
        const QJsonObject t = leadById(s2, timeLead);
        QCOMPARE(t.value(QStringLiteral("node_type")).toString(), QStringLiteral("TIME"));
        QCOMPARE(t.value(QStringLiteral("remaining_ticks")).toInt(),
                 frozen - 1); // continued, not restarted
        const QJsonObject moved = leadById(s2, callLead);
        QVERIFY(moved.value(QStringLiteral("current_node_id")).toString() != callLeadNode);
        QVERIFY(moved.value(QStringLiteral("waiting_outcome")).isNull());
    }

    void cancelStopsMovement()
    {
        QString wf, timeLead, callLead;
        QVERIFY(findBusyWorkflow(&wf, &timeLead, &callLead));
        QCOMPARE(c().api("POST", QStringLiteral("/workflows/%1/cancel").arg(wf)).status, 200);
        c().tick(5);
        const QJsonObject s1 = c().state(wf);
        QCOMPARE(leadById(s1, callLead).value(QStringLiteral("call_in_flight")).toBool(),
                 false); // finished
        QCOMPARE(s1.value(QStringLiteral("lead_in_transit")).toBool(), false);
        c().tick(30);
        const QJsonObject s2 = c().state(wf);
        QCOMPARE(leads(s2), leads(s1));
        QCOMPARE(s2.value(QStringLiteral("status")).toString(), QStringLiteral("cancelled"));
    }

    void completionWhenAllLeadsTerminal()
    {
        QString smallest;
        int fewest = 1 << 30;
        for (const auto &v : c().allWorkflows()) {
            const QJsonObject o = v.toObject();
            const QString st = o.value(QStringLiteral("status")).toString();
            if (st != QLatin1String("active") && st != QLatin1String("running"))
                continue;
            const QString id = o.value(QStringLiteral("id")).toString();
            const int n = int(leads(c().state(id)).size());
            if (n > 0 && n < fewest) {
                fewest = n;
                smallest = id;
            }
        }
        QVERIFY(!smallest.isEmpty());
        for (int i = 0; i < 60 && c().statusOf(smallest) != QLatin1String("completed"); ++i)
            c().tick(20);
        QCOMPARE(c().statusOf(smallest), QStringLiteral("completed"));
        for (const auto &v : leads(c().state(smallest)))
            QVERIFY(v.toObject().value(QStringLiteral("terminal")).toBool());
        const TestResponse r =
            c().api("GET", QStringLiteral("/workflows/%1/leads?limit=100").arg(smallest));
        for (const auto &v : r.data()) {
            const QString st = v.toObject().value(QStringLiteral("status")).toString();
            QVERIFY2(QStringList({"completed", "dropped", "failed"}).contains(st), qPrintable(st));
        }
        QCOMPARE(c().api("POST", QStringLiteral("/workflows/%1/pause").arg(smallest)).status, 409);
    }

    void draftsAndPausedDoNotStartLeads()
    {
        const QStringList drafts = idsWithStatus(QStringLiteral("draft"));
        QVERIFY(!drafts.isEmpty());
        // At least one draft has leads that could start, whatever the seed gave it.
        QCOMPARE(c().control("POST", QStringLiteral("/workflows/%1/leads").arg(drafts.first()),
                             R"({"count":3})")
                     .status,
                 201);
        for (const QString &id : drafts) {
            const QJsonArray before = leads(c().state(id));
            c().tick(3);
            QCOMPARE(leads(c().state(id)), before);
        }
    }

    void activateStartsLeadsAndRecordsHistory()
    {
        const TestResponse created =
            c().api("POST", QStringLiteral("/workflows"), R"({"title":"Empty"})");
        const QString id = created.object().value(QStringLiteral("id")).toString();
        QCOMPARE(c().api("POST", QStringLiteral("/workflows/%1/activate").arg(id)).status, 200);
        c().tick(5);
        QCOMPARE(c().statusOf(id),
                 QStringLiteral("active")); // no leads: stays active, not completed

        // A draft with leads starts moving once activated: a copy of a seeded workflow has
        // its graph (and no leads), the control API enrols them.
        const TestResponse copy =
            c().api("POST", QStringLiteral("/workflows/%1/duplicate")
                                .arg(idsWithStatus(QStringLiteral("active")).value(0)));
        QCOMPARE(copy.status, 201);
        const QString draft = copy.object().value(QStringLiteral("id")).toString();
        QCOMPARE(
            c().control("POST", QStringLiteral("/workflows/%1/leads").arg(draft), R"({"count":3})")
                .status,
            201);
        QCOMPARE(c().statusOf(draft), QStringLiteral("draft"));
        QVERIFY(leads(c().state(draft))
                    .first()
                    .toObject()
                    .value(QStringLiteral("current_node_id"))
                    .isNull());
        QCOMPARE(c().api("POST", QStringLiteral("/workflows/%1/activate").arg(draft)).status, 200);
        c().tick(2);
        const QJsonObject lead = leads(c().state(draft)).first().toObject();
        QVERIFY(!lead.value(QStringLiteral("current_node_id")).isNull());
        const TestResponse h =
            c().api("GET", QStringLiteral("/workflows/%1/leads/%2/history")
                               .arg(draft, lead.value(QStringLiteral("id")).toString()));
        QCOMPARE(h.status, 200);
        QVERIFY(!h.object().value(QStringLiteral("history")).toArray().isEmpty());
    }

    void realTimeClockMovesLeads()
    {
        SandboxHost host;
        SandboxOptions o;
        o.tickMs = 25;
        o.workflowCount = 6;
        QVERIFY(host.start(o));
        SandboxTestClient client(host.baseUrl(), host.controlUrl(), host.apiKey());
        QString active;
        for (const auto &v : client.allWorkflows())
            if (v.toObject().value(QStringLiteral("status")).toString() == QLatin1String("active"))
                active = v.toObject().value(QStringLiteral("id")).toString();
        QVERIFY(!active.isEmpty());
        const QJsonArray before = client.state(active).value(QStringLiteral("leads")).toArray();
        QTRY_VERIFY_WITH_TIMEOUT(
            client.state(active).value(QStringLiteral("leads")).toArray() != before, 5000);
    }

    // Issue 13: hours of simulated time later a drill still has work to pause: live
    // workflows keep enrolling leads, some close and complete, new drafts appear.
    void workspaceStaysAliveForThousandsOfTicks()
    {
        const int before = int(c().allWorkflows().size());
        c().tick(3000);
        c().tick(3000);
        const QJsonArray after = c().allWorkflows();
        int active = 0;
        int drafts = 0;
        for (const auto &v : after) {
            const QString st = v.toObject().value(QStringLiteral("status")).toString();
            active += st == QLatin1String("active") || st == QLatin1String("running") ? 1 : 0;
            drafts += st == QLatin1String("draft") ? 1 : 0;
        }
        QVERIFY2(active >= 5, qPrintable(QString::number(active)));
        QVERIFY2(after.size() > before,
                 qPrintable(QStringLiteral("%1 -> %2").arg(before).arg(after.size())));
        // A live workflow has leads in flight, not only finished ones.
        int moving = 0;
        for (const QString &id : idsWithStatus(QStringLiteral("active"))) {
            for (const auto &l : leads(c().state(id)))
                moving += l.toObject().value(QStringLiteral("terminal")).toBool() ? 0 : 1;
        }
        QVERIFY(moving > 0);
        QVERIFY(drafts > 0);
    }

    void simulationIsDeterministic()
    {
        const auto run = [] {
            SandboxHost host;
            SandboxOptions o;
            o.tickMs = 0;
            o.seed = 99;
            o.workflowCount = 10;
            if (!host.start(o))
                return QList<QJsonArray>();
            SandboxTestClient client(host.baseUrl(), host.controlUrl(), host.apiKey());
            client.tick(25);
            QList<QJsonArray> out;
            for (const auto &v : client.allWorkflows())
                out << client.state(v.toObject().value(QStringLiteral("id")).toString())
                           .value(QStringLiteral("leads"))
                           .toArray();
            return out;
        };
        const QList<QJsonArray> a = run();
        QCOMPARE(a.size(), 10);
        QCOMPARE(run(), a);
    }
};

QTEST_GUILESS_MAIN(TestSandboxSim)
#include "tst_sandbox_sim.moc"
