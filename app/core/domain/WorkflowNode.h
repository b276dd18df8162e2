#pragma once

#include <QString>

// One step of a workflow's graph (GET /workflows/{id}/nodes). node_type is an open
// vocabulary (VOICE_CALL, TIME, CONDITIONAL, ... and types added later), kept as a string.
struct WorkflowNode
{
    QString id;
    QString label;
    QString nodeType;
};
