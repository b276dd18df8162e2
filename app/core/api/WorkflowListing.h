#pragma once

#include "domain/Workflow.h"

#include <QList>
#include <QString>
#include <QStringList>

// Everything GET /workflows gave over all its pages, and how far it can be trusted.
// - `complete` is false when workflows may be missing: a full page brought nothing new (a
//   server that ignores `page` serves page 1 again and again), or the page cap was hit
//   while pages were still full. A bulk action "by filter" must not run on such a list.
// - A row without a readable string `id` or `status` cannot be shown or acted on: it is
//   left out and counted in `unreadableRows`. An optional field that cannot be read only
//   empties that field (shown as "—"); either kind is described in `problems`.
struct WorkflowListing
{
    QList<Workflow> workflows;
    bool complete = true;
    QString incompleteReason; // English diagnostic (logs, Details), empty when complete
    int unreadableRows = 0;
    QStringList problems;   // one line per unreadable row or field, for logs and Details
    int requests = 0;       // page requests this listing took
    int unchangedPages = 0; // of them answered 304 (the page decoded last time was reused)
};
