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
    // The living workspace (tick() only; tickWorkflow, used by the seed's pre-roll, never
    // enrols): an open, moving workflow keeps a small queue of pending leads, so it enrols
    // about as fast as it completes; it keeps at most MaxLeads (the oldest finished ones
    // go). One open workflow in CloseOneIn closes per tick (then completes), and every
    // DraftEveryTicks ticks a new draft appears with even odds.
    static constexpr int PendingQueue = 2;
    static constexpr int MaxLeads = 300;
    static constexpr quint32 CloseOneIn = 20000;
    static constexpr quint64 DraftEveryTicks = 300;

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
    void enrol(WorkflowStore &store, SandboxWorkflow &wf, qint64 nowMs);
    void advance(SandboxWorkflow &wf, SandboxLead &lead, const QString &outcome, qint64 nowMs);
    QString rollOutcome();

    QRandomGenerator m_rng;
    quint64 m_ticks = 0;
};
