#include "simulation/SeedGenerator.h"

#include "simulation/WorkflowSimulator.h"
#include "simulation/WorkflowStore.h"

#include <QRandomGenerator>

namespace {

const char *const kBaseNames[] = {
    "Lead Nurture Sequence",    "30-Day Lead Nurture",        "Insurance Renewal Reminder",
    "Appointment Confirmation", "Payment Follow-up",          "Loan Pre-approval Outreach",
    "Webinar No-show Recovery", "Policy Lapse Win-back",      "Cart Abandonment Callback",
    "Welcome Call Series",      "Subscription Renewal",       "Clinic Visit Reminder",
    "EMI Due Reminder",         "Feedback Survey Calls",      "Demo Booking Follow-up",
    "Credit Card Activation",   "Delivery Slot Confirmation", "Warm Lead Qualification"};
const char *const kSuffixes[] = {
    "Mumbai",    "Pune",       "Bengaluru", "Delhi NCR",     "Chennai",    "Hyderabad",  "Kolkata",
    "Q3 Cohort", "Enterprise", "SMB",       "Weekend Shift", "Hindi Line", "Tamil Line", "Pilot"};
const char *const kDescriptions[] = {
    "Contacts cold leads three times before marking as unresponsive.",
    "Calls each lead, waits, then retries once before dropping.",
    "Reminds customers ahead of their due date and confirms intent.",
    "Confirms appointments and reschedules no-shows.", ""};
const char *const kFirstNames[] = {"Aarav", "Priya", "Rohan", "Ananya", "Vikram", "Meera",
                                   "Kabir", "Isha",  "Arjun", "Sara",   "Dev",    "Nisha"};
const char *const kCities[] = {"Mumbai", "Pune", "Delhi", "Chennai", "Jaipur", "Kochi", "Indore"};

template<typename T, std::size_t N>
constexpr int count(const T (&)[N])
{
    return int(N);
}

SandboxNode node(IdGenerator &ids, const char *type, const char *label, int col, int row,
                 QJsonObject config = {})
{
    return SandboxNode{ids.next(QStringLiteral("node_")),
                       QString::fromLatin1(type),
                       QString::fromLatin1(label),
                       100.0 + col * 240,
                       200.0 + row * 140,
                       std::move(config)};
}

QJsonObject callConfig(IdGenerator &ids)
{
    return QJsonObject{{QStringLiteral("agent_id"), ids.next(QStringLiteral("agt_"), 6)},
                       {QStringLiteral("from_phone_number"),
                        QStringLiteral("+9122%1").arg(ids.rng().bounded(10000000, 99999999))}};
}

QJsonObject timeConfig(IdGenerator &ids, int hours)
{
    return QJsonObject{{QStringLiteral("delay_hours"), hours},
                       {QStringLiteral("sim_ticks"), 5 + int(ids.rng().bounded(8))}};
}

void addEdge(SandboxWorkflow &wf, IdGenerator &ids, int from, int to, const char *label)
{
    wf.edges.append(SandboxEdge{ids.next(QStringLiteral("edge_")), wf.nodes.at(from).id,
                                wf.nodes.at(to).id, QString::fromLatin1(label)});
}

// Node 0 is always the entry node.
void buildGraph(SandboxWorkflow &wf, IdGenerator &ids)
{
    const int variant = int(ids.rng().bounded(3));
    if (variant == 0) {
        // 5 nodes, 7 edges: call -> (NO_ANSWER) wait -> follow-up call
        wf.nodes = {node(ids, "VOICE_CALL", "Initial Outreach Call", 0, 1, callConfig(ids)),
                    node(ids, "TIME", "Wait 2 hours", 1, 1, timeConfig(ids, 2)),
                    node(ids, "VOICE_CALL", "Follow-up Call", 2, 1, callConfig(ids)),
                    node(ids, "CONVERTED", "Converted", 3, 0),
                    node(ids, "DROPPED", "Dropped", 3, 2)};
        addEdge(wf, ids, 0, 3, "COMPLETED");
        addEdge(wf, ids, 0, 1, "NO_ANSWER");
        addEdge(wf, ids, 0, 4, "FAILED");
        addEdge(wf, ids, 1, 2, "");
        addEdge(wf, ids, 2, 3, "COMPLETED");
        addEdge(wf, ids, 2, 4, "FAILED");
        addEdge(wf, ids, 2, 4, "NO_ANSWER");
    } else if (variant == 1) {
        // 4 nodes, 3 edges: one call, unlabelled fallback to dropped
        wf.nodes = {node(ids, "VOICE_CALL", "Reminder Call", 0, 1, callConfig(ids)),
                    node(ids, "CONVERTED", "Confirmed", 1, 0),
                    node(ids, "DROPPED", "Not Reached", 1, 2),
                    node(ids, "TIME", "Cool-off 1 day", 1, 3, timeConfig(ids, 24))};
        addEdge(wf, ids, 0, 1, "COMPLETED");
        addEdge(wf, ids, 0, 3, "NO_ANSWER");
        addEdge(wf, ids, 0, 2, "");
        addEdge(wf, ids, 3, 2, "");
    } else {
        // 7 nodes, 9 edges: three attempts with waits in between
        wf.nodes = {node(ids, "VOICE_CALL", "Initial Outreach Call", 0, 1, callConfig(ids)),
                    node(ids, "TIME", "Wait 2 hours", 1, 1, timeConfig(ids, 2)),
                    node(ids, "VOICE_CALL", "Follow-up Call", 2, 1, callConfig(ids)),
                    node(ids, "TIME", "Wait 1 day", 3, 1, timeConfig(ids, 24)),
                    node(ids, "VOICE_CALL", "Final Attempt", 4, 1, callConfig(ids)),
                    node(ids, "CONVERTED", "Converted", 5, 0),
                    node(ids, "DROPPED", "Dropped", 5, 2)};
        addEdge(wf, ids, 0, 5, "COMPLETED");
        addEdge(wf, ids, 0, 1, "NO_ANSWER");
        addEdge(wf, ids, 0, 6, "FAILED");
        addEdge(wf, ids, 1, 2, "");
        addEdge(wf, ids, 2, 5, "COMPLETED");
        addEdge(wf, ids, 2, 3, "NO_ANSWER");
        addEdge(wf, ids, 2, 6, "FAILED");
        addEdge(wf, ids, 3, 4, "");
        addEdge(wf, ids, 4, 5, "COMPLETED");
        addEdge(wf, ids, 4, 6, "");
    }
}

} // namespace

SandboxLead SeedGenerator::makeLead(const SandboxWorkflow &wf, IdGenerator &ids, qint64 createdMs)
{
    QRandomGenerator &rng = ids.rng();
    SandboxLead lead;
    lead.id = wf.shapeB ? ids.next(QStringLiteral("wlead_"), 12)
                        : ids.next(QStringLiteral("wflead_"), 10);
    lead.phone = QStringLiteral("+9198%1").arg(rng.bounded(10000000, 99999999));
    lead.contactName = QString::fromLatin1(kFirstNames[rng.bounded(count(kFirstNames))]);
    lead.city = QString::fromLatin1(kCities[rng.bounded(count(kCities))]);
    lead.status = QStringLiteral("pending");
    lead.createdMs = createdMs;
    return lead;
}

std::unique_ptr<SandboxWorkflow> SeedGenerator::makeDraft(WorkflowStore &store, qint64 nowMs)
{
    IdGenerator &ids = store.ids();
    auto wf = std::make_unique<SandboxWorkflow>();
    wf->shapeB = ids.rng().bounded(2) == 1;
    wf->id =
        wf->shapeB ? ids.next(QStringLiteral("wfl_"), 12) : ids.next(QStringLiteral("wf_"), 10);
    wf->organizationId =
        store.all().empty() ? QStringLiteral("org_sandbox") : store.all().front()->organizationId;
    wf->name = QStringLiteral("%1 - New %2")
                   .arg(QString::fromLatin1(kBaseNames[ids.rng().bounded(count(kBaseNames))]))
                   .arg(store.all().size() + 1);
    wf->description = QString::fromLatin1(kDescriptions[ids.rng().bounded(count(kDescriptions))]);
    wf->status = QStringLiteral("draft");
    wf->createdMs = wf->updatedMs = nowMs;
    wf->enrolling = true; // once someone activates it, it keeps taking leads
    buildGraph(*wf, ids);
    for (int l = 0; l < 3; ++l)
        wf->leads.append(makeLead(*wf, ids, nowMs));
    return wf;
}

void SeedGenerator::populate(WorkflowStore &store, WorkflowSimulator &simulator,
                             const SandboxOptions &options, qint64 nowMs)
{
    store.clear(options.seed);
    simulator.reseed(options.seed);
    IdGenerator &ids = store.ids();
    QRandomGenerator &rng = ids.rng();

    // The first six slots guarantee every status; the rest are weighted towards active.
    QStringList statuses = {QStringLiteral("draft"),     QStringLiteral("active"),
                            QStringLiteral("paused"),    QStringLiteral("completed"),
                            QStringLiteral("cancelled"), QStringLiteral("running")};
    for (int i = statuses.size() - 1; i > 0; --i)
        statuses.swapItemsAt(i, int(rng.bounded(i + 1)));

    const int nBase = count(kBaseNames);
    const int nSuffix = count(kSuffixes);
    const QString org = QStringLiteral("org_") + ids.next(QString(), 8);
    int activeSmall = 0;

    for (int i = 0; i < options.workflowCount; ++i) {
        QString status;
        if (i < statuses.size()) {
            status = statuses.at(i);
        } else {
            const int r = int(rng.bounded(100));
            status = r < 40   ? QStringLiteral("active")
                     : r < 55 ? QStringLiteral("paused")
                     : r < 70 ? QStringLiteral("draft")
                     : r < 82 ? QStringLiteral("completed")
                     : r < 92 ? QStringLiteral("cancelled")
                              : QStringLiteral("running");
        }
        auto wf = std::make_unique<SandboxWorkflow>();
        wf->shapeB = options.shape == QLatin1String("b") ||
                     (options.shape == QLatin1String("mixed") && i % 2 == 1);
        wf->id =
            wf->shapeB ? ids.next(QStringLiteral("wfl_"), 12) : ids.next(QStringLiteral("wf_"), 10);
        wf->organizationId = org;
        // Distinct names: walk base x suffix combinations, number them past the end.
        wf->name = QStringLiteral("%1 - %2").arg(
            QString::fromLatin1(kBaseNames[i % nBase]),
            QString::fromLatin1(kSuffixes[(i / nBase + i) % nSuffix]));
        if (i >= nBase * nSuffix)
            wf->name += QStringLiteral(" #%1").arg(i);
        wf->description = QString::fromLatin1(kDescriptions[rng.bounded(count(kDescriptions))]);
        const qint64 ageMs =
            qint64(1 + rng.bounded(60)) * 86400000LL + qint64(rng.bounded(86400)) * 1000;
        wf->createdMs = nowMs - ageMs;
        wf->updatedMs = wf->createdMs + qint64(rng.bounded(quint32(ageMs / 1000))) * 1000;
        buildGraph(*wf, ids);

        int leads = 0;
        if (status == QLatin1String("draft"))
            leads = int(rng.bounded(4));
        else if ((status == QLatin1String("active") || status == QLatin1String("running")) &&
                 activeSmall < 2 && i >= 6) {
            leads = 2 + int(rng.bounded(3)); // a few small ones complete while you watch
            ++activeSmall;
        } else {
            leads = 20 + int(rng.bounded(61));
            // Live ones keep enrolling; completed and cancelled ones are closed.
            wf->enrolling = status == QLatin1String("active") ||
                            status == QLatin1String("running") || status == QLatin1String("paused");
        }
        for (int l = 0; l < leads; ++l)
            wf->leads.append(makeLead(*wf, ids, wf->createdMs + qint64(l) * 1000));

        // Pre-roll the graph so leads are part-way through when the server starts.
        if (status != QLatin1String("draft")) {
            wf->status = QStringLiteral("active");
            const bool finish = status == QLatin1String("completed");
            const int rolls = finish ? 5000 : 6 + int(rng.bounded(40));
            qint64 t = nowMs - qint64(rolls) * 1000;
            for (int k = 0; k < rolls && WorkflowSimulator::isMoving(wf->status); ++k, t += 1000)
                simulator.tickWorkflow(*wf, qMin(t, nowMs));
        }
        wf->status = status;
        store.add(std::move(wf));
    }
}
