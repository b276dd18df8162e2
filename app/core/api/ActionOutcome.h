#pragma once

#include "domain/Workflow.h"

// What a lifecycle POST answered. The body may be a minimal {id, status} or a full
// workflow (gap 6); `workflow` carries whatever fields were present (name empty when
// minimal), `fullRecord` says which.
struct ActionOutcome
{
    Workflow workflow;
    bool fullRecord = false;
    int httpStatus = 0;
};
