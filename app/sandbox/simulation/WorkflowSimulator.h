#pragma once

#include "simulation/WorkflowModel.h"

#include <QRandomGenerator>

class WorkflowStore;

// Moves leads through each workflow's graph one tick at a time (§5.3 semantics):
// active/running workflows move; any other status only lets in-flight calls finish.
class WorkflowSimulator
{
public:
    // At most this many leads are mid-graph per workflow, so large enrolments take minutes.
    static constexpr int MaxConcurrentLeads = 3;

    explicit WorkflowSimulator(quint32 seed = 42)
        : m_rng(seed ^ 0x5eedu)
    { }
    void reseed(quint32 seed)
    {
        m_rng.seed(seed ^ 0x5eedu);
        m_ticks = 0;
    }

    void tick(WorkflowStore &store, qint64 nowMs);
    void tickWorkflow(SandboxWorkflow &wf, qint64 nowMs);
    quint64 ticks() const { return m_ticks; }

    static bool isMoving(const QString &status);
    static QString activeLeadStatus(const SandboxWorkflow &wf);
    static QString droppedLeadStatus(const SandboxWorkflow &wf);

    // The lead arrives on node `nodeIndex` now: a VOICE_CALL starts a call, a TIME node its
    // countdown, CONVERTED/DROPPED end the lead; history records the step. Ticks use it to
    // move leads; the control API uses it to place a new lead on a chosen node.
    void enter(SandboxWorkflow &wf, SandboxLead &lead, int nodeIndex, qint64 nowMs);

private:
    void advance(SandboxWorkflow &wf, SandboxLead &lead, const QString &outcome, qint64 nowMs);
    QString rollOutcome();

    QRandomGenerator m_rng;
    quint64 m_ticks = 0;
};
