#pragma once

#include "domain/WorkflowStatus.h"

#include <QMetaType>
#include <QString>

#include <optional>

// What one workflow of a bulk action ended as.
struct BulkItemOutcome
{
    enum class Kind {
        Pending,         // not finished yet
        Done,            // the action applied (paused / resumed / cancelled)
        AlreadyInTarget, // 409, and a re-read shows the target state already ("already paused")
        Conflict,        // 409 and the re-read shows another state (currentStatus)
        NotFound,        // 404 (deleted)
        Failed,          // anything else; reason says why (retryFailed() re-runs these)
        Skipped          // cancelled before its request started
    };

    Kind kind = Kind::Pending;
    QString workflowId;
    QString workflowName;
    std::optional<WorkflowStatus> currentStatus; // confirmed by the server, when known
    int httpStatus = 0;
    QString serverMessage;
    QString reason;      // words for the supervisor (Failed/Conflict/Skipped)
    int attempts = 0;    // POSTs sent (429 re-sends included)
    qint64 auditId = -1; // last audit row for this item
    // Failed, and the request may still have applied (timeout, network, a 2xx that did not
    // show the target status...): a later "already in target" is probably this run's own.
    bool outcomeUnknown = false;
    // AlreadyInTarget, most likely through an earlier request of the same work whose outcome
    // was unknown (set by IncidentCoordinator, which remembers those).
    bool probablyOwn = false;

    bool isFinished() const { return kind != Kind::Pending; }
    static QString kindName(Kind kind)
    {
        switch (kind) {
        case Kind::Pending:
            return QStringLiteral("pending");
        case Kind::Done:
            return QStringLiteral("done");
        case Kind::AlreadyInTarget:
            return QStringLiteral("already_in_target");
        case Kind::Conflict:
            return QStringLiteral("conflict");
        case Kind::NotFound:
            return QStringLiteral("not_found");
        case Kind::Failed:
            return QStringLiteral("failed");
        case Kind::Skipped:
            return QStringLiteral("skipped");
        }
        return QString();
    }
};

Q_DECLARE_METATYPE(BulkItemOutcome)
