#include "simulation/WorkflowSimulator.h"

#include "simulation/SeedGenerator.h"
#include "simulation/WorkflowStore.h"

bool WorkflowSimulator::isMoving(const QString &status)
{
    return status == QLatin1String("active") || status == QLatin1String("running");
}

QString WorkflowSimulator::activeLeadStatus(const SandboxWorkflow &wf)
{
    // Shape-B workflows speak the API prose vocabulary, shape A the guide's.
    return wf.shapeB ? QStringLiteral("in_progress") : QStringLiteral("active");
}

QString WorkflowSimulator::droppedLeadStatus(const SandboxWorkflow &wf)
{
    return wf.shapeB ? QStringLiteral("failed") : QStringLiteral("dropped");
}

void WorkflowSimulator::tick(WorkflowStore &store, qint64 nowMs)
{
    ++m_ticks;
    for (const auto &wf : store.all()) {
        enrol(store, *wf, nowMs);
        tickWorkflow(*wf, nowMs);
    }
    if (m_ticks % DraftEveryTicks == 0 && m_rng.bounded(2) == 0)
        store.add(SeedGenerator::makeDraft(store, nowMs));
}

void WorkflowSimulator::enrol(WorkflowStore &store, SandboxWorkflow &wf, qint64 nowMs)
{
    if (!wf.enrolling || !isMoving(wf.status) || wf.nodes.isEmpty())
        return;
    if (m_rng.bounded(CloseOneIn) == 0) {
        wf.enrolling = false; // its campaign is over: the leads left finish, then it completes
        return;
    }
    int pending = 0;
    for (const SandboxLead &lead : std::as_const(wf.leads))
        pending += lead.nodeIndex < 0 ? 1 : 0;
    if (pending >= PendingQueue)
        return;
    if (wf.leads.size() >= MaxLeads) {
        for (int i = 0; i < wf.leads.size(); ++i) {
            if (wf.leads.at(i).terminal) {
                wf.leads.removeAt(i);
                break;
            }
        }
    }
    wf.leads.append(SeedGenerator::makeLead(wf, store.ids(), nowMs));
    ++wf.revision; // enrolled_leads (shape B) changed
}

QString WorkflowSimulator::rollOutcome()
{
    const int r = int(m_rng.bounded(100));
    if (r < 38)
        return QStringLiteral("COMPLETED");
    if (r < 82)
        return QStringLiteral("NO_ANSWER");
    return QStringLiteral("FAILED");
}

void WorkflowSimulator::enter(SandboxWorkflow &wf, SandboxLead &lead, int nodeIndex, qint64 nowMs)
{
    const SandboxNode &node = wf.nodes.at(nodeIndex);
    lead.nodeIndex = nodeIndex;
    lead.waitingOutcome.clear();
    lead.remainingTicks = 0;
    SandboxHistoryEntry entry{node.id, node.label, node.type, QString(), QString(), nowMs, -1};
    if (node.type == QLatin1String("VOICE_CALL")) {
        lead.callInFlight = true;
        lead.remainingTicks = 2 + int(m_rng.bounded(3));
        lead.status = activeLeadStatus(wf);
        entry.status = QStringLiteral("in_progress");
        static const char alphabet[] = "0123456789abcdefghijklmnopqrstuvwxyz";
        entry.callId = QStringLiteral("call_");
        for (int i = 0; i < 12; ++i)
            entry.callId.append(QLatin1Char(alphabet[m_rng.bounded(36)]));
    } else if (node.type == QLatin1String("TIME")) {
        lead.remainingTicks = qMax(1, node.config.value(QStringLiteral("sim_ticks")).toInt(8));
        lead.status = activeLeadStatus(wf);
        entry.status = QStringLiteral("waiting");
    } else if (node.type == QLatin1String("CONVERTED")) {
        lead.status = QStringLiteral("completed");
        lead.terminal = true;
        entry.status = QStringLiteral("completed");
        entry.exitedMs = nowMs;
    } else if (node.type == QLatin1String("DROPPED")) {
        lead.status = droppedLeadStatus(wf);
        lead.terminal = true;
        entry.status = QStringLiteral("dropped");
        entry.exitedMs = nowMs;
    } else {
        // Unknown node types pass the lead through on the next tick.
        lead.status = activeLeadStatus(wf);
        entry.status = QStringLiteral("completed");
        entry.exitedMs = nowMs;
        lead.waitingOutcome = QStringLiteral("*");
    }
    lead.history.append(entry);
}

void WorkflowSimulator::advance(SandboxWorkflow &wf, SandboxLead &lead, const QString &outcome,
                                qint64 nowMs)
{
    const QString &from = wf.nodes.at(lead.nodeIndex).id;
    const bool anyEdge = outcome == QLatin1String("*");
    for (const SandboxEdge &edge : wf.edges) {
        if (edge.from != from)
            continue;
        if (anyEdge || edge.label.isEmpty() || edge.label == outcome) {
            for (int i = 0; i < wf.nodes.size(); ++i) {
                if (wf.nodes.at(i).id == edge.to) {
                    enter(wf, lead, i, nowMs);
                    return;
                }
            }
        }
    }
    // No matching edge: the lead stays stranded on this node, as the docs describe.
    lead.waitingOutcome = outcome;
}

void WorkflowSimulator::tickWorkflow(SandboxWorkflow &wf, qint64 nowMs)
{
    if (wf.nodes.isEmpty() || wf.leads.isEmpty())
        return;
    const bool moving = isMoving(wf.status);
    int started = 0;
    for (const SandboxLead &lead : wf.leads)
        started += (lead.nodeIndex >= 0 && !lead.terminal) ? 1 : 0;
    bool admitted = false;
    bool allTerminal = true;

    for (SandboxLead &lead : wf.leads) {
        if (lead.terminal)
            continue;
        if (lead.callInFlight) {
            // In-flight calls finish whatever the workflow status (pause/cancel do not hang up).
            if (--lead.remainingTicks <= 0) {
                lead.remainingTicks = 0;
                lead.callInFlight = false;
                const QString outcome = rollOutcome();
                SandboxHistoryEntry &entry = lead.history.last();
                entry.status = outcome.toLower();
                entry.exitedMs = nowMs;
                lead.waitingOutcome = outcome;
                if (moving)
                    advance(wf, lead, outcome, nowMs);
            }
        } else if (moving) {
            if (lead.nodeIndex < 0) {
                if (!admitted && started < MaxConcurrentLeads) {
                    admitted = true;
                    ++started;
                    enter(wf, lead, 0, nowMs);
                }
            } else if (!lead.waitingOutcome.isEmpty()) {
                advance(wf, lead, lead.waitingOutcome, nowMs);
            } else if (wf.nodes.at(lead.nodeIndex).type == QLatin1String("TIME")) {
                // Countdowns only shrink while moving: a pause freezes them.
                if (--lead.remainingTicks <= 0) {
                    lead.remainingTicks = 0;
                    SandboxHistoryEntry &entry = lead.history.last();
                    entry.status = QStringLiteral("completed");
                    entry.exitedMs = nowMs;
                    advance(wf, lead, QStringLiteral("*"), nowMs);
                }
            }
        }
        allTerminal = allTerminal && lead.terminal;
    }
    if (moving && allTerminal)
        WorkflowStore::setStatus(wf, QStringLiteral("completed"), nowMs);
}
