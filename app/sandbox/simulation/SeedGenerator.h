#pragma once

#include "SandboxOptions.h"
#include "simulation/WorkflowModel.h"

#include <memory>

class IdGenerator;

class WorkflowStore;
class WorkflowSimulator;

// Fills the store deterministically from --seed: realistic names, every status, both
// object shapes, small call graphs and leads already part-way through them.
class SeedGenerator
{
public:
    static void populate(WorkflowStore &store, WorkflowSimulator &simulator,
                         const SandboxOptions &options, qint64 nowMs);
    // A pending lead with a seeded id (in the workflow's shape), phone, name and city; used
    // by the seed and by the control API's lead enrolment.
    static SandboxLead makeLead(const SandboxWorkflow &wf, IdGenerator &ids, qint64 createdMs);
    // A new draft with a call graph and a few pending leads, as a colleague would create one
    // while the sandbox runs (the living workspace's occasional new work).
    static std::unique_ptr<SandboxWorkflow> makeDraft(WorkflowStore &store, qint64 nowMs);
};
