#pragma once

#include <QString>

// Optional server-side filters for GET /workflows. They are sent only when set, and the
// console filters on its side as well (gap 1: the filters are undocumented).
struct WorkflowQuery
{
    QString status; // raw API word, e.g. "active"
    QString search;
};
