#pragma once

#include "domain/LifecycleAction.h"

#include <QMetaType>

// Totals of one bulk run (after retryFailed(): totals over every item).
struct BulkSummary
{
    LifecycleAction action = LifecycleAction::Pause;
    int total = 0;
    int done = 0;
    int alreadyInTarget = 0;
    int conflict = 0;
    int notFound = 0;
    int failed = 0;
    int skipped = 0;
    int rateLimitedResponses = 0; // 429s absorbed by the shared back-off
    bool cancelled = false;
    qint64 elapsedMs = 0;
};

Q_DECLARE_METATYPE(BulkSummary)
