#pragma once

#include "SandboxOptions.h"

class WorkflowStore;
class WorkflowSimulator;

// Fills the store deterministically from --seed: realistic names, every status, both
// object shapes, small call graphs and leads already part-way through them.
class SeedGenerator
{
public:
    static void populate(WorkflowStore &store, WorkflowSimulator &simulator,
                         const SandboxOptions &options, qint64 nowMs);
};
